// The PDF library behind core/pdf, as the About box names it.
#pragma once

#include <QString>

namespace rebuttal {

class PdfLibrary
{
public:
    static QString popplerVersion();
};

} // namespace rebuttal
