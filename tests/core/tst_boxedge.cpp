// BoxEdge: a scanned box's top and bottom edges as straight lines, and its inside cut out
// straightened along them. Each row draws a page at 200 dpi (grey paper, seeded noise) with a wide
// box turned by up to a degree, and across its middle a light stripe turned with it; cut out, the
// inside has the stripe level, on rows of its own from end to end, and no paper at its corners.
#include "foia/BoxEdge.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTest>
#include <QTransform>

using namespace rebuttal;

namespace {

constexpr int kPaper = 235;

struct DrawnBox
{
    QImage gray;
    QRect upright; // the upright rectangle around the turned box, as a box finder reports it
};

// A page with `box` filled with `fill`, a stripe of `stripe` grey two pixels tall along its
// middle, all turned `degrees` about the box's middle, with noise.
DrawnBox draw(const QRect &box, int fill, int stripe, double degrees)
{
    QImage page(1700, 600, QImage::Format_Grayscale8);
    page.fill(kPaper);
    const QTransform turn = QTransform()
                                .translate(box.center().x(), box.center().y())
                                .rotate(degrees)
                                .translate(-box.center().x(), -box.center().y());
    {
        QPainter p(&page);
        p.setRenderHint(QPainter::Antialiasing);
        p.setTransform(turn);
        p.fillRect(box, QColor(fill, fill, fill));
        p.fillRect(QRectF(box.left() + 20, box.center().y() - 1, box.width() - 40, 2), QColor(stripe, stripe, stripe));
    }
    QRandomGenerator noise(7);
    for (int y = 0; y < page.height(); ++y) {
        uchar *line = page.scanLine(y);
        for (int x = 0; x < page.width(); ++x)
            line[x] = uchar(std::clamp(int(line[x]) + int(noise.bounded(7)) - 3, 0, 255));
    }
    return DrawnBox{page, turn.mapRect(QRectF(box)).toAlignedRect()};
}

// The mean grey of row `y` of `image` between columns `from` and `to`.
int meanOfRow(const QImage &image, int y, int from, int to)
{
    qint64 sum = 0;
    for (int x = from; x <= to; ++x)
        sum += image.constScanLine(y)[x];
    return int(sum / (to - from + 1));
}

} // namespace

class TestBoxEdge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anInsideIsCutStraightened_data()
    {
        QTest::addColumn<QRect>("box");
        QTest::addColumn<int>("fill");
        QTest::addColumn<int>("stripe");
        QTest::addColumn<double>("degrees");
        QTest::newRow("black, level") << QRect(200, 200, 1100, 60) << 10 << 250 << 0.0;
        QTest::newRow("black, turned clockwise") << QRect(200, 200, 1100, 60) << 10 << 250 << 0.8;
        QTest::newRow("grey, turned anticlockwise") << QRect(300, 250, 900, 50) << 170 << 30 << -1.0;
        QTest::newRow("dark grey, a little turned") << QRect(150, 220, 1300, 45) << 90 << 245 << 0.4;
    }

    void anInsideIsCutStraightened()
    {
        QFETCH(QRect, box);
        QFETCH(int, fill);
        QFETCH(int, stripe);
        QFETCH(double, degrees);
        const DrawnBox drawn = draw(box, fill, stripe, degrees);
        const QImage inside = BoxEdge::insideOf(drawn.gray, drawn.upright, kPaper, 2);
        QVERIFY(!inside.isNull());
        // As tall as the box less its insets (a row of rounding either way), and no more.
        QVERIFY2(std::abs(inside.height() - (box.height() - 6)) <= 2, qPrintable(QString::number(inside.height())));
        const int from = 30, to = inside.width() - 31;
        // The stripe level: its rows are the stripe's grey from one end to the other, in both
        // halves alike.
        int stripeRows = 0;
        for (int y = 0; y < inside.height(); ++y) {
            const int left = meanOfRow(inside, y, from, inside.width() / 2), right = meanOfRow(inside, y, inside.width() / 2, to);
            if (std::abs(left - stripe) < 40 && std::abs(right - stripe) < 40)
                ++stripeRows;
        }
        QVERIFY2(stripeRows >= 1 && stripeRows <= 3, qPrintable(QString::number(stripeRows)));
        // No paper at the corners: the first and last rows are the fill's to the ends.
        for (const int y : {0, inside.height() - 1}) {
            for (const auto &[a, b] : {std::pair{0, 40}, std::pair{inside.width() - 41, inside.width() - 1}})
                QVERIFY2(std::abs(meanOfRow(inside, y, a, b) - fill) < 30, qPrintable(QStringLiteral("row %1 columns %2-%3: %4").arg(y).arg(a).arg(b).arg(meanOfRow(inside, y, a, b))));
        }
    }

    void aBoxOfThePapersGreyHasNoEdges()
    {
        const DrawnBox drawn = draw(QRect(200, 200, 800, 50), kPaper, kPaper, 0.5);
        QVERIFY(!BoxEdge::of(drawn.gray, drawn.upright, BoxEdge::Side::Top, kPaper));
        QVERIFY(BoxEdge::insideOf(drawn.gray, drawn.upright, kPaper, 2).isNull());
    }

    void badInputIsNoEdge()
    {
        QVERIFY(!BoxEdge::of(QImage(), QRect(0, 0, 10, 10), BoxEdge::Side::Top, kPaper));
        QImage rgb(100, 100, QImage::Format_RGB32);
        rgb.fill(Qt::black);
        QVERIFY(!BoxEdge::of(rgb, QRect(10, 10, 50, 20), BoxEdge::Side::Bottom, kPaper));
        QImage gray(100, 100, QImage::Format_Grayscale8);
        gray.fill(0);
        // A box that runs off the page, and one too small to have edges.
        QVERIFY(BoxEdge::insideOf(gray, QRect(-50, -50, 20, 20), kPaper, 2).isNull());
        QVERIFY(BoxEdge::insideOf(gray, QRect(10, 10, 4, 2), kPaper, 2).isNull());
    }
};

QTEST_GUILESS_MAIN(TestBoxEdge)
#include "tst_boxedge.moc"
