// Hostile inputs, generated with their intent beside them: tiny PDFs that cost gigabytes or never
// finish drawing, and Vaughn indexes whose page ranges would expand to millions of pages. Used by
// the tst_hostile_* tests and by scripts/hostile.sh (through make_hostile_inputs).
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace rebuttal::test {

// A PDF from its objects' bodies (object k + 1 is objects[k]; object 1 is the catalog), with a
// correct cross-reference table.
inline QByteArray pdfOf(const QList<QByteArray> &objects)
{
    QByteArray pdf("%PDF-1.4\n");
    QList<qsizetype> offsets;
    for (qsizetype k = 0; k < objects.size(); ++k) {
        offsets << pdf.size();
        pdf += QByteArray::number(k + 1) + " 0 obj\n" + objects.at(k) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

inline QByteArray stream(const QByteArray &dictionary, const QByteArray &content)
{
    return "<< " + dictionary + " /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream";
}

// Square pages of the given sides in points, each with one black box: sides of 14400 (200 x 200
// inches, the most PDF allows) make some 600 bytes that a renderer drawing at full size turns into
// 5 GB per page.
inline QByteArray squarePagesPdf(const QList<int> &sides)
{
    QByteArray kids;
    for (qsizetype k = 0; k < sides.size(); ++k)
        kids += QByteArray::number(3 + 2 * k) + " 0 R ";
    QList<QByteArray> objects{"<< /Type /Catalog /Pages 2 0 R >>",
                              "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(sides.size()) + " >>"};
    for (qsizetype k = 0; k < sides.size(); ++k) {
        const QByteArray side = QByteArray::number(sides.at(k));
        const auto at = [&](int numerator, int denominator) { return QByteArray::number(sides.at(k) * numerator / denominator); };
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + side + " " + side + "] /Contents "
                       + QByteArray::number(4 + 2 * k) + " 0 R >>";
        objects << stream({}, "0 g " + at(1, 7) + " " + at(1, 2) + " " + at(3, 7) + " " + at(1, 10) + " re f");
    }
    return pdfOf(objects);
}

inline QByteArray hugeMediaBoxPdf(int pages = 1)
{
    return squarePagesPdf(QList<int>(pages, 14400));
}

// A form XObject that draws itself twice: 2^depth draws for a renderer without a loop check.
inline QByteArray recursiveFormPdf()
{
    return pdfOf({"<< /Type /Catalog /Pages 2 0 R >>",
                  "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Fm1 5 0 R >> >>"
                  " /Contents 4 0 R >>",
                  stream({}, "q /Fm1 Do Q"),
                  stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /Fm1 5 0 R >> >>",
                         "0 g 10 10 5 5 re f q 0.9 0 0 0.9 1 1 cm /Fm1 Do Q q 0.8 0 0 0.8 2 2 cm /Fm1 Do Q")});
}

// Two pages: the first draws an image that declares 100000 x 100000 grey pixels from 10 bytes of
// data (Poppler scales every declared pixel: minutes per page), the second a 100 x 100 image and a
// black box, an ordinary page.
inline QByteArray implausibleImagePdf()
{
    const QByteArray image = "/Type /XObject /Subtype /Image /ColorSpace /DeviceGray /BitsPerComponent 8";
    return pdfOf({"<< /Type /Catalog /Pages 2 0 R >>",
                  "<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>",
                  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 7 0 R >> >>"
                  " /Contents 4 0 R >>",
                  stream({}, "q 612 0 0 792 0 0 cm /Im1 Do Q"),
                  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im2 8 0 R >> >>"
                  " /Contents 6 0 R >>",
                  stream({}, "q 100 0 0 100 72 600 cm /Im2 Do Q 0 g 200 400 150 20 re f"),
                  stream(image + " /Width 100000 /Height 100000", QByteArray(10, '\x80')),
                  stream(image + " /Width 100 /Height 100", QByteArray(100 * 100, '\xff'))});
}

// A Vaughn index as text (the layout PDF-to-text tools give a table) whose entry 2 lists
// `pages`, e.g. "1-999999999".
inline QByteArray vaughnText(const QString &pages)
{
    return QStringLiteral("Entry\nDocument Identification\nWithholding\nPages\nDescription\nExemptions\n"
                          "1\n2022-ICLI00010\nPartial\n3-5\nMemorandum of cooperation.\n(b)(5)\n"
                          "2\n2022-ICLI00050\nFull\n%1\nStandard operating procedures.\n(b)(7)(E)\n")
        .arg(pages)
        .toUtf8();
}

inline QByteArray vaughnCsv(const QString &pages, int entries = 2)
{
    QByteArray csv("Entry,Document,Pages,Exemptions,Description\n1,2022-ICLI00010,3-5,(b)(5),Memorandum\n");
    for (int n = 2; n <= entries; ++n)
        csv += QByteArray::number(n) + ",2022-ICLI00050," + pages.toUtf8() + ",(b)(7)(E),Procedures\n";
    return csv;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// A file of `size` bytes that starts and ends like a PDF and holds nothing in between: sparse, so
// it takes no disk (as `truncate -s 20G` makes).
inline bool writeSparsePdf(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write("%PDF-1.4\n") != 9 || !file.resize(size))
        return false;
    return file.seek(size - 6) && file.write("%%EOF\n") == 6;
}

} // namespace rebuttal::test
