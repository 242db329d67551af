#include "PdfLibrary.h"

#include <poppler-version.h>

namespace rebuttal {

QString PdfLibrary::popplerVersion()
{
    return Poppler::Version::string();
}

} // namespace rebuttal
