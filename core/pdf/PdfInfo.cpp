#include "PdfInfo.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

namespace rebuttal {

QByteArray PdfInfo::withAuthor(const QByteArray &pdf, const QString &author, QString *error)
{
    // qpdf reports problems with exceptions; none may cross into Qt code.
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("summary.pdf", pdf.constData(), size_t(pdf.size()));
        QPDFObjectHandle trailer = document.getTrailer();
        QPDFObjectHandle info = trailer.getKey("/Info");
        if (!info.isDictionary()) {
            info = document.makeIndirectObject(QPDFObjectHandle::newDictionary());
            trailer.replaceKey("/Info", info);
        }
        info.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(author.toStdString()));
        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return {};
    }
}

} // namespace rebuttal
