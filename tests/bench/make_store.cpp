// Fills a new case file with generated productions for the read benchmarks of scripts/benchmark.sh,
// through the store's own API (ProductionWriter), without analysing a PDF: the pages are what an
// import would have stored (text, Bates numbers, boxes with exemption codes; one page in seven
// read by OCR from a scan, one in forty withheld in full), so reads meet the rows and the search
// index of a real production of that length. Each production's PDF is generated too, one line of
// text per page, so that the Documents page can render it. The same arguments give the same file.
//   bench_make_store OUT.rebuttal PAGES [PAGES ...]   one production of each length, in that order
//   bench_make_store --pdf OUT.pdf PAGES [--scans]
//                                 a text production of PAGES pages to import; with --scans, three
//                                 pages in twenty are scans (images without a text layer)
#include "store/CaseStore.h"
#include "store/ProductionWriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace rebuttal;

namespace {

// Words of the pages: the vocabulary of an immigration file, so the search benchmark's query
// ("detention records") matches a realistic share of pages.
const char *const kWords[] = {
    "the", "of", "and", "to", "subject", "was", "in", "a", "on", "by", "for", "with", "at", "from", "that",
    "detention", "records", "removal", "alien", "officer", "encounter", "interview", "criminal", "history",
    "gang", "affiliation", "report", "agency", "department", "homeland", "security", "custody", "bond",
    "hearing", "immigration", "judge", "asylum", "notice", "appear", "release", "parole", "family",
    "separation", "transfer", "facility", "processing", "field", "office", "enforcement", "operations",
    "database", "query", "result", "foreign", "partner", "information", "sharing", "agreement", "country",
    "police", "national", "warrant", "interpol", "notice", "biometric", "fingerprint", "identity", "name",
    "date", "birth", "nationality", "address", "telephone", "narrative", "summary", "comments", "approved",
    "supervisor", "signature", "page", "attachment", "form", "case", "number", "status", "pending", "denied",
};
constexpr int kWordCount = int(sizeof(kWords) / sizeof(kWords[0]));

// Whether page k (0-based) of a production with scans is one: three in twenty, as 1,500 of a
// 10,000-page production.
bool isScan(int k)
{
    return k % 20 == 3 || k % 20 == 10 || k % 20 == 17;
}

// A scanned letter page at 200 dpi, grey, as a FlateDecode image stream's dictionary and data:
// a heading, eight lines of the vocabulary's words and a black box over a line, as a scanner sees
// them (a little grey noise on the paper). One image serves every scanned page of a production
// (the same object drawn again), so a 10,000-page production stays small on disk; each page is
// still rendered and read on its own.
QByteArray scannedImage(std::mt19937 &random)
{
    QImage image(1700, 2200, QImage::Format_Grayscale8);
    image.fill(255);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::TextAntialiasing);
        QFont font(QStringLiteral("Helvetica"));
        font.setPixelSize(33); // 12 pt at 200 dpi
        painter.setFont(font);
        painter.setPen(Qt::black);
        std::uniform_int_distribution<int> word(0, kWordCount - 1);
        painter.drawText(200, 250, QStringLiteral("Record of Deportable/Inadmissible Alien (scanned)"));
        for (int line = 0; line < 8; ++line) {
            QString text;
            for (int w = 0; w < 10; ++w)
                text += QLatin1String(kWords[word(random)]) + QLatin1Char(' ');
            painter.drawText(200, 350 + 55 * line, text);
        }
        painter.fillRect(QRect(480, 350 + 55 * 3 - 33, 500, 42), Qt::black);
    }
    std::uniform_int_distribution<int> speck(0, 400);
    for (int y = 0; y < image.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            if (speck(random) == 0)
                line[x] = uchar(std::max(0, line[x] - 60));
        }
    }
    QByteArray pixels;
    for (int y = 0; y < image.height(); ++y)
        pixels.append(reinterpret_cast<const char *>(image.constScanLine(y)), image.width());
    const QByteArray flate = qCompress(pixels).mid(4); // qCompress puts the length before the zlib stream
    return "<< /Type /XObject /Subtype /Image /Width 1700 /Height 2200 /ColorSpace /DeviceGray /BitsPerComponent 8"
           " /Filter /FlateDecode /Length " + QByteArray::number(flate.size()) + " >>\nstream\n" + flate + "\nendstream";
}

// A PDF of `pages` letter pages of text in Helvetica: "Page k", then `lines` lines of the
// vocabulary's words, and on every other page a black box over a line (a redaction for the detector).
// With `scans`, three pages in twenty are a scanned image instead (isScan).
QByteArray generatedPdf(int pages, int lines, std::mt19937 &random, bool scans = false)
{
    QByteArray pdf("%PDF-1.4\n");
    QList<qint64> offsets;
    auto object = [&](const QByteArray &body) {
        offsets << pdf.size();
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    // 1 catalog, 2 page tree, 3 font, then a page and its content per page.
    QByteArray kids;
    for (int k = 0; k < pages; ++k)
        kids += QByteArray::number(4 + 2 * k) + " 0 R ";
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Count " + QByteArray::number(pages) + " /Kids [" + kids + "] >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    std::uniform_int_distribution<int> word(0, kWordCount - 1);
    const QByteArray image = QByteArray::number(4 + 2 * pages) + " 0 R"; // after every page
    for (int k = 0; k < pages; ++k) {
        if (scans && isScan(k)) {
            object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Scan " + image
                   + " >> >> /Contents " + QByteArray::number(5 + 2 * k) + " 0 R >>");
            const QByteArray content = "q 612 0 0 792 0 0 cm /Scan Do Q";
            object("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream");
            continue;
        }
        QByteArray content = "BT /F1 12 Tf 72 720 Td 14 TL (Page " + QByteArray::number(k + 1) + ") Tj";
        for (int line = 0; line < lines; ++line) {
            QByteArray text;
            for (int w = 0; w < 12; ++w)
                text += QByteArray(kWords[word(random)]) + ' ';
            content += " T* (" + text + ") Tj";
        }
        content += " ET";
        if (lines > 0 && k % 2 == 0)
            content += " 0 g 140 " + QByteArray::number(700 - 14 * (k % 20)) + " 180 12 re f";
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents "
               + QByteArray::number(5 + 2 * k) + " 0 R >>");
        object("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream");
    }
    if (scans)
        object(scannedImage(random));
    const qint64 xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qint64 offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

ProductionPage generatedPage(int copy, int number, std::mt19937 &random)
{
    ProductionPage page;
    page.number = number;
    page.sizePt = QSizeF(612, 792);
    page.bates = QStringLiteral("DHS-%1-%2").arg(copy + 1, 2, 10, QLatin1Char('0')).arg(number, 6, 10, QLatin1Char('0'));
    page.imageOnly = number % 7 == 4;
    page.textSource = page.imageOnly ? TextSource::Ocr : TextSource::Layer;
    page.withheldInFull = number % 40 == 0;
    if (page.withheldInFull) {
        page.textSource = TextSource::None;
        page.pageExemptions = {QStringLiteral("(b)(5)")};
        return page;
    }
    std::uniform_int_distribution<int> word(0, kWordCount - 1);
    QString text;
    for (int i = 0; i < 200; ++i) {
        text += QLatin1String(kWords[word(random)]);
        text += (i % 14 == 13) ? QLatin1Char('\n') : QLatin1Char(' ');
    }
    // A name found only in the first production: a search for it has as many hits in any case file
    // that holds that production, whatever else it holds.
    if (copy == 0)
        text += QStringLiteral("Zelaya");
    page.text = text;
    static const QStringList codes{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)"), QStringLiteral("(b)(7)(E)")};
    for (int b = 0; b < number % 4; ++b) {
        Redaction box;
        box.box = QRectF(0.1, 0.1 + 0.2 * b, 0.3, 0.03);
        box.exemptions = {codes.at((number + b) % codes.size())};
        box.label = box.exemptions.constFirst();
        page.redactions << box;
    }
    return page;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // fonts for the scanned page's text
    QGuiApplication app(argc, argv);
    std::mt19937 random(15);
    // --pdf OUT.pdf PAGES [--scans]: only a production for the import's memory benchmark (40 lines
    // a text page).
    if ((argc == 4 || (argc == 5 && QByteArray(argv[4]) == "--scans")) && QByteArray(argv[1]) == "--pdf") {
        const QByteArray pdf = generatedPdf(QByteArray(argv[3]).toInt(), 40, random, argc == 5);
        QFile file(QString::fromLocal8Bit(argv[2]));
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
            return 1;
        return 0;
    }
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_make_store OUT.rebuttal PAGES [PAGES ...]\n"
                             "       bench_make_store --pdf OUT.pdf PAGES [--scans]\n");
        return 2;
    }
    StoreError error;
    std::unique_ptr<CaseStore> store = CaseStore::create(QString::fromLocal8Bit(argv[1]), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    QTemporaryDir dir;
    const int copies = argc - 2;
    int total = 0;
    for (int copy = 0; copy < copies; ++copy) {
        const int pages = QByteArray(argv[2 + copy]).toInt();
        total += pages;
        // Each copy differs by a comment, so that its SHA-256 does too.
        const QByteArray pdf = generatedPdf(pages, 0, random) + "% copy " + QByteArray::number(copy) + "\n";
        const QString path = dir.filePath(QStringLiteral("production-%1.pdf").arg(copy + 1));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
            return 1;
        file.close();
        ProductionWriter writer(*store);
        error = writer.begin(path, QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
        for (int number = 1; number <= pages && !error.isError(); ++number)
            error = writer.addPage(generatedPage(copy, number, random));
        if (!error.isError())
            error = writer.commit(pages);
        if (error.isError()) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
    }
    std::printf("%d productions, %d pages\n", copies, total);
    return 0;
}
