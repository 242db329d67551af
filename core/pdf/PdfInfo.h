// A PDF's document information dictionary, for the entries QPdfWriter cannot set (Author).
#pragma once

#include <QByteArray>
#include <QString>

namespace rebuttal {

class PdfInfo
{
public:
    // `pdf` with /Author set to `author` in its Info dictionary, rewritten by qpdf; an empty
    // byte array (and `error` set) when the PDF cannot be read.
    static QByteArray withAuthor(const QByteArray &pdf, const QString &author, QString *error = nullptr);
};

} // namespace rebuttal
