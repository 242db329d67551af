// PdfDocument::renderArea on scanned pages cuts areas from one render of the whole page when
// Poppler would draw the very same pixels there, and renders the area alone otherwise: every area
// must come out pixel for pixel as a render of the area alone (the reader's accuracy rests on it).
// PdfDocument::renderGray draws a grey scan read at its own resolution from its image's samples as
// qpdf decodes them: pixel for pixel what Poppler's render in grey is, as every other page is.
#include "pdf/PdfDocument.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace rebuttal;

namespace {

// A scan as a scanner makes it: grey text, a black box, noise.
QImage scannedPage(int width, int height, bool colour)
{
    QImage image(width, height, colour ? QImage::Format_RGB32 : QImage::Format_Grayscale8);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(width / 50);
        p.setFont(font);
        p.setPen(colour ? QColor(20, 30, 90) : QColor(Qt::black));
        for (int line = 0; line < 30; ++line)
            p.drawText(width / 10, height / 10 + line * width / 35, QStringLiteral("Record of deportable alien, line %1: (b)(6) detention").arg(line));
        p.fillRect(QRect(width / 3, height / 3, width / 4, width / 40), Qt::black);
    }
    QRandomGenerator random(7);
    for (int y = 0; y < height; y += 3) {
        for (int x = int(random.bounded(3)); x < width; x += 7)
            image.setPixelColor(x, y, QColor::fromHsv(0, 0, int(random.bounded(256))));
    }
    return image;
}

// A one-page PDF drawing `image` with the content `placement` ("... cm /Scan Do ...").
QByteArray pdfWithImage(const QImage &image, const QByteArray &format, const QByteArray &placement)
{
    QByteArray data, filter;
    const bool colour = image.format() != QImage::Format_Grayscale8;
    if (format == "jpeg") {
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setQuality(70);
        writer.write(image);
        filter = "/DCTDecode";
    } else {
        QByteArray raw;
        for (int y = 0; y < image.height(); ++y) {
            if (colour) {
                for (int x = 0; x < image.width(); ++x) {
                    const QRgb rgb = image.pixel(x, y);
                    raw += char(qRed(rgb));
                    raw += char(qGreen(rgb));
                    raw += char(qBlue(rgb));
                }
            } else {
                raw.append(reinterpret_cast<const char *>(image.constScanLine(y)), image.width());
            }
        }
        data = qCompress(raw).mid(4); // the zlib stream after qCompress's length
        filter = "/FlateDecode";
    }
    QByteArray pdf("%PDF-1.4\n");
    QList<qint64> offsets;
    auto object = [&](const QByteArray &body) {
        offsets << pdf.size();
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Count 1 /Kids [3 0 R] >>");
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Scan 5 0 R >> "
           "/Font << /F1 6 0 R >> >> /Contents 4 0 R >>");
    object("<< /Length " + QByteArray::number(placement.size()) + " >>\nstream\n" + placement + "\nendstream");
    object("<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(image.width()) + " /Height "
           + QByteArray::number(image.height()) + " /ColorSpace " + (colour ? "/DeviceRGB" : "/DeviceGray")
           + " /BitsPerComponent 8 /Filter " + filter + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data
           + "\nendstream");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    const qint64 xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qint64 offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// How two grey images of one size differ: the largest difference of level, and how many pixels differ.
struct Difference
{
    int largest = 0;
    qint64 differing = 0;
};

Difference difference(const QImage &a, const QImage &b)
{
    Difference d;
    for (int y = 0; y < a.height(); ++y) {
        const uchar *lineA = a.constScanLine(y), *lineB = b.constScanLine(y);
        for (int x = 0; x < a.width(); ++x) {
            const int level = std::abs(int(lineA[x]) - int(lineB[x]));
            d.largest = std::max(d.largest, level);
            d.differing += level != 0;
        }
    }
    return d;
}

} // namespace

class TestPdfRenderArea : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void areasAreThePixelsOfARenderAlone_data()
    {
        QTest::addColumn<int>("scanDpi");
        QTest::addColumn<bool>("colour");
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QByteArray>("placement");
        QTest::addColumn<bool>("reusable"); // whether the page draws its image only

        const QByteArray page = "q 612 0 0 792 0 0 cm /Scan Do Q";
        QTest::newRow("200 dpi grey, Flate") << 200 << false << QByteArray("flate") << page << true;
        QTest::newRow("150 dpi grey, JPEG") << 150 << false << QByteArray("jpeg") << page << true;
        QTest::newRow("300 dpi colour, JPEG") << 300 << true << QByteArray("jpeg") << page << true;
        QTest::newRow("nested cm, set in") << 200 << false << QByteArray("flate")
                                          << QByteArray("1 0 0 1 0 0 cm BT /F1 12 Tf 14 TL ET q 2 0 0 2 36 36 cm q 270 0 0 360 0 0 cm /Scan Do Q Q")
                                          << true;
        QTest::newRow("with a text layer") << 200 << false << QByteArray("flate")
                                           << QByteArray("q 612 0 0 792 0 0 cm /Scan Do Q BT /F1 9 Tf 500 20 Td (DHS-000123) Tj ET")
                                           << false;
        QTest::newRow("fractional placement") << 200 << false << QByteArray("flate")
                                              << QByteArray("q 611.5 0 0 791.5 0.25 0.25 cm /Scan Do Q") << false;
    }

    void areasAreThePixelsOfARenderAlone()
    {
        QFETCH(int, scanDpi);
        QFETCH(bool, colour);
        QFETCH(QByteArray, format);
        QFETCH(QByteArray, placement);
        QFETCH(bool, reusable);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("scan.pdf"));
        QVERIFY(writeFile(path, pdfWithImage(scannedPage(int(8.5 * scanDpi), 11 * scanDpi, colour), format, placement)));

        PdfDocument::Problem problem;
        const std::unique_ptr<PdfDocument> reusing = PdfDocument::open(path, {}, &problem);
        const std::unique_ptr<PdfDocument> alone = PdfDocument::open(path, {}, &problem);
        QVERIFY(reusing && alone);
        alone->setReusesPageRenders(false);
        // Areas of every size and place, as the reader asks for boxes (fractions of the page).
        QRandomGenerator random(11);
        constexpr int kAreas = 16;
        for (int i = 0; i < kAreas; ++i) {
            const double w = 0.02 + 0.3 * random.generateDouble(), h = 0.005 + 0.05 * random.generateDouble();
            const QRectF area((1 - w) * random.generateDouble(), (1 - h) * random.generateDouble(), w, h);
            const QImage cut = reusing->renderArea(0, 300, area);
            const QImage drawn = alone->renderArea(0, 300, area);
            QVERIFY(!drawn.isNull());
            QCOMPARE(cut.size(), drawn.size());
            QVERIFY2(cut == drawn, qPrintable(QStringLiteral("area %1 differs").arg(i)));
        }
        QCOMPARE(alone->areasCutFromPageRenders(), 0);
        if (reusable) // most areas fall where Poppler places the image as in the whole page
            QVERIFY2(reusing->areasCutFromPageRenders() >= kAreas / 3, qPrintable(QString::number(reusing->areasCutFromPageRenders())));
        else
            QCOMPARE(reusing->areasCutFromPageRenders(), 0);
    }

    void grayRenderOfAScanIsItsImage_data()
    {
        QTest::addColumn<int>("scanDpi");
        QTest::addColumn<int>("dpi"); // asked of renderGray
        QTest::addColumn<bool>("colour");
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QByteArray>("placement");
        QTest::addColumn<bool>("decoded"); // whether the image's samples are the page's pixels

        const QByteArray page = "q 612 0 0 792 0 0 cm /Scan Do Q";
        QTest::newRow("200 dpi grey, Flate") << 200 << 200 << false << QByteArray("flate") << page << true;
        QTest::newRow("300 dpi grey, JPEG") << 300 << 300 << false << QByteArray("jpeg") << page << true;
        QTest::newRow("200 dpi grey, JPEG") << 200 << 200 << false << QByteArray("jpeg") << page << true;
        QTest::newRow("200 dpi colour, Flate") << 200 << 200 << true << QByteArray("flate") << page << false;
        QTest::newRow("200 dpi colour, JPEG") << 200 << 200 << true << QByteArray("jpeg") << page << false;
        QTest::newRow("150 dpi read at 200") << 150 << 200 << false << QByteArray("flate") << page << false;
        QTest::newRow("200 dpi read at 96") << 200 << 96 << false << QByteArray("flate") << page << false;
        QTest::newRow("set in, not over the page") << 200 << 200 << false << QByteArray("flate")
                                                   << QByteArray("q 2 0 0 2 36 36 cm q 270 0 0 360 0 0 cm /Scan Do Q Q") << false;
        QTest::newRow("with a text layer") << 200 << 200 << false << QByteArray("flate")
                                           << QByteArray("q 612 0 0 792 0 0 cm /Scan Do Q BT /F1 9 Tf 500 20 Td (DHS-000123) Tj ET")
                                           << false;
        QTest::newRow("upside down") << 200 << 200 << false << QByteArray("flate") << QByteArray("q 612 0 0 -792 0 792 cm /Scan Do Q")
                                     << false;
    }

    void grayRenderOfAScanIsItsImage()
    {
        QFETCH(int, scanDpi);
        QFETCH(int, dpi);
        QFETCH(bool, colour);
        QFETCH(QByteArray, format);
        QFETCH(QByteArray, placement);
        QFETCH(bool, decoded);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("scan.pdf"));
        QVERIFY(writeFile(path, pdfWithImage(scannedPage(int(8.5 * scanDpi), 11 * scanDpi, colour), format, placement)));

        PdfDocument::Problem problem;
        const std::unique_ptr<PdfDocument> document = PdfDocument::open(path, {}, &problem);
        QVERIFY(document);
        const QImage gray = document->renderGray(0, dpi);
        QCOMPARE(gray.format(), QImage::Format_Grayscale8);
        const QImage rendered = document->render(0, dpi).convertToFormat(QImage::Format_Grayscale8);
        QCOMPARE(gray.size(), rendered.size());
        QCOMPARE(document->imagesDecoded(), decoded ? 1 : 0);
        const Difference poppler = difference(gray, rendered);
        QVERIFY2(poppler.differing == 0, qPrintable(QStringLiteral("%1 pixels differ, by up to %2").arg(poppler.differing).arg(poppler.largest)));
    }
};

QTEST_MAIN(TestPdfRenderArea)
#include "tst_pdfrenderarea.moc"
