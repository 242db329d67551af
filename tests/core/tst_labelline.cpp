// LabelLine: the line of print nearest a box's top or bottom edge on a scanned page. Each row
// draws a page at 200 dpi (grey paper, seeded noise, a skew of up to 0.8 degrees) with a box, a
// line of small print at a known place beside it, and a line of prose further off; the line
// found must be the small print's, straightened, and nothing when no print is within reach.
#include "foia/LabelLine.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTest>
#include <QTransform>

using namespace rebuttal;

namespace {

constexpr double kDpi = 200;
constexpr int kPaper = 235;

struct DrawnPage
{
    QImage gray;
    QRect box;        // the upright rectangle around the (skewed) box, as a box finder reports it
    QPointF printAt;  // the middle of the small print, where it ended up on the page
    QPointF proseAt;  // the middle of the prose line
};

// A letter page with `box` (pixels before the skew) filled with `fill` (outlined when -1), a line
// of 6.5 pt print whose baseline is `printBaseline`, a line of 11 pt prose whose baseline is
// `proseBaseline`, turned `degrees` about the page's middle, with noise.
DrawnPage draw(const QRect &box, int fill, int printBaseline, int proseBaseline, double degrees)
{
    QImage page(int(8.5 * kDpi), int(11 * kDpi), QImage::Format_Grayscale8);
    page.fill(kPaper);
    const QTransform turn = QTransform()
                                .translate(page.width() / 2.0, page.height() / 2.0)
                                .rotate(degrees)
                                .translate(-page.width() / 2.0, -page.height() / 2.0);
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPixelSize(int(6.5 * kDpi / 72));
    QFont prose(QStringLiteral("DejaVu Serif"));
    prose.setPixelSize(int(11 * kDpi / 72));
    const QString label = QStringLiteral("(b)(6); (b)(7)(C)");
    const QString sentence = QStringLiteral("The subject was interviewed at the field office.");
    {
        QPainter p(&page);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.setTransform(turn);
        if (fill < 0) {
            p.setPen(QPen(Qt::black, 3));
            p.setBrush(Qt::NoBrush);
            p.drawRect(box);
        } else {
            p.fillRect(box, QColor(fill, fill, fill));
        }
        p.setPen(Qt::black);
        p.setFont(small);
        p.drawText(QPointF(box.left() + 10, printBaseline), label);
        p.setFont(prose);
        p.drawText(QPointF(box.left(), proseBaseline), sentence);
    }
    QRandomGenerator noise(7);
    for (int y = 0; y < page.height(); ++y) {
        uchar *line = page.scanLine(y);
        for (int x = 0; x < page.width(); ++x)
            line[x] = uchar(std::clamp(int(line[x]) + int(noise.bounded(17)) - 8, 0, 255));
    }
    DrawnPage drawn;
    drawn.gray = page;
    drawn.box = turn.mapRect(QRectF(box)).toAlignedRect();
    const QFontMetricsF smallMetrics(small), proseMetrics(prose);
    drawn.printAt = turn.map(QPointF(box.left() + 10 + smallMetrics.horizontalAdvance(label) / 2, printBaseline - smallMetrics.xHeight() / 2));
    drawn.proseAt = turn.map(QPointF(box.left() + proseMetrics.horizontalAdvance(sentence) / 2, proseBaseline - proseMetrics.xHeight() / 2));
    return drawn;
}

// Whether `image` is one line of print: more than `middleMarks` marks across its middle row, its
// first and last rows paper but for the tips of a glyph or two (fewer marks than a row of print
// has).
bool isOneLineOfPrint(const QImage &image, int middleMarks)
{
    auto marks = [&image](int row) {
        const uchar *pixels = image.constScanLine(row);
        return std::count_if(pixels, pixels + image.width(), [](uchar level) { return level < kPaper - 64; });
    };
    const auto first = marks(0), last = marks(image.height() - 1), middle = marks(image.height() / 2);
    if (first < 3 && last < 3 && middle > middleMarks)
        return true;
    qWarning("marks on the first row %d, the middle row %d, the last row %d", int(first), int(middle), int(last));
    return false;
}

} // namespace

class TestLabelLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheLineNearestTheBox_data()
    {
        QTest::addColumn<QRect>("box");
        QTest::addColumn<int>("fill");
        QTest::addColumn<int>("side");          // LabelLine::Side
        QTest::addColumn<int>("printBaseline");
        QTest::addColumn<int>("proseBaseline");
        QTest::addColumn<double>("degrees");
        QTest::addColumn<bool>("found");
        const QRect wide(240, 1000, 1200, 160), narrow(240, 1000, 400, 40);
        const int above = int(LabelLine::Side::Above), below = int(LabelLine::Side::Below);
        QTest::newRow("above a black box, level") << wide << 0 << above << 990 << 940 << 0.0 << true;
        QTest::newRow("below a black box, level") << wide << 0 << below << 1180 << 1240 << 0.0 << true;
        // Over the whole width of a wide box a skew of 0.8 degrees drifts by more than a line: the
        // print above the box's low end lies inside the upright rectangle around it.
        QTest::newRow("above a light grey box's low end, skewed") << wide << 190 << above << 990 << 940 << 0.8 << true;
        QTest::newRow("above a dark grey box, skewed the other way") << wide << 60 << above << 990 << 940 << -0.8 << true;
        QTest::newRow("below a grey box, skewed") << wide << 150 << below << 1182 << 1240 << 0.6 << true;
        QTest::newRow("below an outlined box") << narrow << -1 << below << 1060 << 1120 << 0.3 << true;
        QTest::newRow("above a one-line box in prose") << narrow << 0 << above << 990 << 930 << -0.4 << true;
        // Prose half an inch off is no label of the box: nothing within reach.
        QTest::newRow("nothing within reach above") << wide << 0 << above << 700 << 880 << 0.5 << false;
    }

    void findsTheLineNearestTheBox()
    {
        QFETCH(QRect, box);
        QFETCH(int, fill);
        QFETCH(int, side);
        QFETCH(int, printBaseline);
        QFETCH(int, proseBaseline);
        QFETCH(double, degrees);
        QFETCH(bool, found);
        const DrawnPage page = draw(box, fill, printBaseline, proseBaseline, degrees);
        const std::optional<LabelLine> line = LabelLine::find(page.gray, page.box, LabelLine::Side(side), kDpi);
        QCOMPARE(line.has_value(), found);
        if (!found)
            return;
        QVERIFY2(line->holds(page.printAt), qPrintable(QStringLiteral("the print at (%1, %2) is not on the line found at %3,%4 %5x%6")
                                                           .arg(page.printAt.x())
                                                           .arg(page.printAt.y())
                                                           .arg(line->area().x())
                                                           .arg(line->area().y())
                                                           .arg(line->area().width())
                                                           .arg(line->area().height())));
        QVERIFY(!line->holds(page.proseAt));
        // Straightened, one line.
        const QImage &image = line->image();
        QVERIFY(image.height() >= 5);
        QVERIFY(isOneLineOfPrint(image, 20));
        QVERIFY(std::abs(line->paper() - kPaper) <= 8);
        // The page's point of the image's middle lies on the line.
        const QRectF middle = line->toPage(QRectF(image.width() / 2.0, image.height() / 2.0, 1, 1));
        QVERIFY(line->holds(middle.topLeft()));
    }

    void aLabelRunningPastItsWindowIsTakenWhole()
    {
        // The label above the next line's box begins over an inch and a half before this box's
        // left end, beyond the window a line is looked for in: the line found is the whole label,
        // its first code too, and stops at the wide gap after the print before it ("Item 2").
        QImage page(int(8.5 * kDpi), int(11 * kDpi), QImage::Format_Grayscale8);
        page.fill(kPaper);
        const QRect box(1000, 1000, 300, 40);
        QFont small(QStringLiteral("DejaVu Sans"));
        small.setPixelSize(int(8 * kDpi / 72));
        const QString label = QStringLiteral("Ex. 6, Ex. 7(C), Ex. 3, Ex. 7(E)");
        const int start = 450;
        {
            QPainter p(&page);
            p.setRenderHint(QPainter::TextAntialiasing);
            p.fillRect(box, Qt::black);
            p.setPen(Qt::black);
            p.setFont(small);
            p.drawText(QPointF(start, 985), label);
            p.drawText(QPointF(150, 985), QStringLiteral("Item 2"));
        }
        const int end = start + int(QFontMetricsF(small).horizontalAdvance(label));
        QVERIFY(end > box.left() - int(1.5 * kDpi)); // the label reaches into the window
        const std::optional<LabelLine> line = LabelLine::find(page, box, LabelLine::Side::Above, kDpi);
        QVERIFY(line.has_value());
        QVERIFY2(line->area().left() <= start && line->area().left() > start - int(0.2 * kDpi) && line->area().right() >= end,
                 qPrintable(QStringLiteral("%1..%2").arg(line->area().left()).arg(line->area().right())));
    }

    // Beside a box on its line: the print from the box's side to the first gap wider than a
    // word's, on the box's rows; nothing when the print starts out of reach, and no reach past
    // another box of the row.
    void findsThePrintBesideABox_data()
    {
        QTest::addColumn<int>("side");        // LabelLine::Side
        QTest::addColumn<int>("labelStart");  // pixels from the box's side to the label's first mark
        QTest::addColumn<double>("degrees");
        QTest::addColumn<bool>("found");
        const int right = int(LabelLine::Side::Right), left = int(LabelLine::Side::Left);
        QTest::newRow("right, a space after the box") << right << 20 << 0.0 << true;
        QTest::newRow("right, skewed") << right << 25 << 0.7 << true;
        QTest::newRow("left, a space before the box") << left << 20 << 0.0 << true;
        QTest::newRow("left, skewed the other way") << left << 30 << -0.6 << true;
        // An inch off is no label set beside the box.
        QTest::newRow("right, out of reach") << right << 200 << 0.0 << false;
    }

    void findsThePrintBesideABox()
    {
        QFETCH(int, side);
        QFETCH(int, labelStart);
        QFETCH(double, degrees);
        QFETCH(bool, found);
        QImage page(int(8.5 * kDpi), int(11 * kDpi), QImage::Format_Grayscale8);
        page.fill(kPaper);
        const QRect box(700, 1000, 260, 34);
        const bool rightward = side == int(LabelLine::Side::Right);
        QFont print(QStringLiteral("DejaVu Sans Mono"));
        print.setPixelSize(int(10 * kDpi / 72));
        const QFontMetricsF metrics(print);
        const QString label = QStringLiteral("Ex. 8");
        const QString far = QStringLiteral("after");
        const double labelWidth = metrics.horizontalAdvance(label);
        const double labelLeft = rightward ? box.right() + labelStart : box.left() - labelStart - labelWidth;
        // The next words of the sentence, half an inch past the label: a gap wider than a word's.
        const double farLeft = rightward ? labelLeft + labelWidth + 0.5 * kDpi : labelLeft - 0.5 * kDpi - metrics.horizontalAdvance(far);
        // A box further along the row, right after those words: the line stops before it.
        const QTransform turn = QTransform().translate(page.width() / 2.0, page.height() / 2.0).rotate(degrees).translate(-page.width() / 2.0,
                                                                                                                          -page.height() / 2.0);
        const double baseline = box.bottom() - 6;
        {
            QPainter p(&page);
            p.setRenderHint(QPainter::Antialiasing);
            p.setRenderHint(QPainter::TextAntialiasing);
            p.setTransform(turn);
            p.fillRect(box, Qt::black);
            p.setPen(Qt::black);
            p.setFont(print);
            p.drawText(QPointF(labelLeft, baseline), label);
            p.drawText(QPointF(farLeft, baseline), far);
            // The lines above and below, a line's height off.
            p.drawText(QPointF(box.left() - 300, box.top() - 30), QStringLiteral("The subject was interviewed at the port of entry on"));
            p.drawText(QPointF(box.left() - 300, box.bottom() + 60), QStringLiteral("March 3 by officers of the task force assigned"));
        }
        const QRect skewedBox = turn.mapRect(QRectF(box)).toAlignedRect();
        const std::optional<LabelLine> line = LabelLine::find(page, skewedBox, LabelLine::Side(side), kDpi);
        QCOMPARE(line.has_value(), found);
        if (!found)
            return;
        const QPointF labelMiddle = turn.map(QPointF(labelLeft + labelWidth / 2, baseline - metrics.xHeight() / 2));
        const QPointF farMiddle = turn.map(QPointF(farLeft + metrics.horizontalAdvance(far) / 2, baseline - metrics.xHeight() / 2));
        QVERIFY2(line->holds(labelMiddle), qPrintable(QStringLiteral("label at %1,%2; line %3,%4 %5x%6")
                                                          .arg(labelMiddle.x())
                                                          .arg(labelMiddle.y())
                                                          .arg(line->area().x())
                                                          .arg(line->area().y())
                                                          .arg(line->area().width())
                                                          .arg(line->area().height())));
        QVERIFY(!line->holds(farMiddle));
        QVERIFY(!line->area().intersects(skewedBox.adjusted(2, 2, -2, -2)));
        // Only the box's line: no print of the lines above and below.
        QVERIFY(isOneLineOfPrint(line->image(), 10));
    }

    void aRowOfBoxesEndsThePrintBeside()
    {
        // "[box] b6 [box]": the print beside the first box is its label, not the next box.
        QImage page(int(8.5 * kDpi), int(11 * kDpi), QImage::Format_Grayscale8);
        page.fill(kPaper);
        const QRect box(700, 1000, 200, 34), next(990, 1000, 200, 34);
        QFont print(QStringLiteral("DejaVu Sans Mono"));
        print.setPixelSize(int(10 * kDpi / 72));
        {
            QPainter p(&page);
            p.fillRect(box, Qt::black);
            p.fillRect(next, Qt::black);
            p.setPen(Qt::black);
            p.setFont(print);
            p.drawText(QPointF(box.right() + 15, box.bottom() - 6), QStringLiteral("b6"));
        }
        const std::optional<LabelLine> line = LabelLine::find(page, box, LabelLine::Side::Right, kDpi);
        QVERIFY(line.has_value());
        QVERIFY2(line->area().right() < next.left(), qPrintable(QString::number(line->area().right())));
    }

    void refusesWhatIsNoPage()
    {
        QImage empty;
        QVERIFY(!LabelLine::find(empty, QRect(0, 0, 10, 10), LabelLine::Side::Above, kDpi));
        QImage colour(100, 100, QImage::Format_RGB32);
        colour.fill(Qt::white);
        QVERIFY(!LabelLine::find(colour, QRect(10, 40, 80, 20), LabelLine::Side::Above, kDpi));
        QImage gray(100, 100, QImage::Format_Grayscale8);
        gray.fill(kPaper);
        QVERIFY(!LabelLine::find(gray, QRect(10, 40, 80, 20), LabelLine::Side::Below, kDpi));
        QVERIFY(!LabelLine::find(gray, QRect(200, 200, 80, 20), LabelLine::Side::Below, kDpi));
    }
};

QTEST_MAIN(TestLabelLine)
#include "tst_labelline.moc"
