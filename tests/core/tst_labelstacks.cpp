// The places where a scanned page's reading ran a margin's stacked labels together are found from
// the words OCR read: a column of labels ending their lines holding a word that is no label, or
// one as tall as two of its lines. Pages laid out here as an FBI release is: prose on the left,
// labels in the right margin in stacks set tighter than the prose.
#include "foia/LabelStacks.h"

#include <QTest>

using namespace rebuttal;

Q_DECLARE_METATYPE(QList<rebuttal::PdfWord>)

namespace {

constexpr double kLabelHeight = 0.009;
constexpr double kStackLine = 0.011; // a stack's lines, closer than the prose's (0.021)

PdfWord word(const QString &text, double x, double y, double width, double height = kLabelHeight)
{
    PdfWord w;
    w.text = text;
    w.box = QRectF(x, y, width, height);
    return w;
}

// A line of prose from the left margin to `right`, at `y`.
QList<PdfWord> prose(double y, double right = 0.72)
{
    QList<PdfWord> line;
    const QStringList texts{QStringLiteral("Interviewed"), QStringLiteral("at"), QStringLiteral("the"), QStringLiteral("field"),
                            QStringLiteral("office"), QStringLiteral("on"), QStringLiteral("March")};
    double x = 0.12;
    for (qsizetype i = 0; x < right; ++i, x += 0.09)
        line << word(texts[i % texts.size()], x, y, 0.07, 0.011);
    return line;
}

// A stack of FBI labels in the margin at `x`, its first line level with the prose line at `y`.
QList<PdfWord> stack(double x, double y, const QStringList &codes)
{
    QList<PdfWord> words;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        words << word(codes[i], x, y + i * kStackLine, 0.03);
        words << word(QStringLiteral("-%1").arg(i + 1), x + 0.035, y + i * kStackLine, 0.015);
    }
    return words;
}

// Six prose lines with a box's stack in the margin on each; `drift` moves the margin right by so
// much a line (a scan's skew).
QList<PdfWord> fbiPage(double drift = 0)
{
    QList<PdfWord> words;
    for (int line = 0; line < 6; ++line) {
        const double y = 0.2 + line * 0.1;
        words << prose(y) << stack(0.845 + line * drift, y, {QStringLiteral("b6"), QStringLiteral("b7C")});
    }
    return words;
}

} // namespace

class TestLabelStacks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void garbledStacksAreFound_data()
    {
        QTest::addColumn<QList<PdfWord>>("words");
        // Points (fractions of the page) each of which a place read again must hold, and points
        // none may hold.
        QTest::addColumn<QList<QPointF>>("read");
        QTest::addColumn<QList<QPointF>>("notRead");

        QTest::newRow("every stack read whole") << fbiPage() << QList<QPointF>{} << QList<QPointF>{QPointF(0.86, 0.2), QPointF(0.86, 0.5)};

        // The third stack's two lines read as one word twice a label's height.
        QList<PdfWord> merged = fbiPage();
        merged.removeIf([](const PdfWord &w) {
            return w.box.left() > 0.8 && (std::abs(w.box.top() - 0.4) < 0.001 || std::abs(w.box.top() - 0.411) < 0.001);
        });
        merged << word(QStringLiteral("b7D"), 0.845, 0.4, 0.03, 2 * kStackLine) << word(QStringLiteral("4"), 0.88, 0.4, 0.01, 2 * kStackLine);
        QTest::newRow("two lines read as one tall word") << merged << QList<QPointF>{QPointF(0.86, 0.41)}
                                                         << QList<QPointF>{QPointF(0.86, 0.2), QPointF(0.5, 0.41)};

        // The fourth stack's second line read as junk.
        QList<PdfWord> junk = fbiPage();
        junk.removeIf([](const PdfWord &w) { return std::abs(w.box.top() - 0.511) < 0.001; });
        junk << word(QStringLiteral("bad"), 0.845, 0.511, 0.03);
        QTest::newRow("a line read as junk") << junk << QList<QPointF>{QPointF(0.86, 0.515)}
                                             << QList<QPointF>{QPointF(0.86, 0.3), QPointF(0.86, 0.7)};

        // The margin slants across the page (0.006 a line, 0.03 from top to bottom): the junk at the
        // bottom is in the column where the labels nearest it stand.
        QList<PdfWord> skewed = fbiPage(0.006);
        skewed.removeIf([](const PdfWord &w) { return std::abs(w.box.top() - 0.711) < 0.001; });
        skewed << word(QStringLiteral("ES"), 0.875, 0.711, 0.02);
        QTest::newRow("a skewed column") << skewed << QList<QPointF>{QPointF(0.88, 0.715)} << QList<QPointF>{QPointF(0.85, 0.2)};

        // Labels that open lines of prose are no column: the prose beside them is no junk.
        QList<PdfWord> opening;
        for (int line = 0; line < 5; ++line) {
            const double y = 0.2 + line * 0.05;
            opening << word(QStringLiteral("(b)(6)"), 0.12, y, 0.05) << prose(y).mid(2);
            opening << prose(y + 0.021);
        }
        QTest::newRow("labels opening lines") << opening << QList<QPointF>{} << QList<QPointF>{QPointF(0.15, 0.225), QPointF(0.3, 0.2)};

        // Two labels make no column.
        QList<PdfWord> few = prose(0.2) + stack(0.845, 0.2, {QStringLiteral("b6")}) + prose(0.3) + stack(0.845, 0.3, {QStringLiteral("b3")});
        few << word(QStringLiteral("bad"), 0.845, 0.311, 0.03);
        QTest::newRow("two labels") << few << QList<QPointF>{} << QList<QPointF>{QPointF(0.86, 0.315)};
    }

    void garbledStacksAreFound()
    {
        QFETCH(QList<PdfWord>, words);
        QFETCH(QList<QPointF>, read);
        QFETCH(QList<QPointF>, notRead);
        const QList<QRectF> places = LabelStacks::garbled(words);
        auto held = [&places](const QPointF &point) {
            return std::any_of(places.cbegin(), places.cend(), [&point](const QRectF &place) { return place.contains(point); });
        };
        for (const QPointF &point : std::as_const(read))
            QVERIFY2(held(point), qPrintable(QStringLiteral("%1,%2 not read again (%3 places)").arg(point.x()).arg(point.y()).arg(places.size())));
        for (const QPointF &point : std::as_const(notRead))
            QVERIFY2(!held(point), qPrintable(QStringLiteral("%1,%2 read again").arg(point.x()).arg(point.y())));
        if (read.isEmpty())
            QVERIFY2(places.isEmpty(), qPrintable(QStringLiteral("%1 places read again").arg(places.size())));
    }

    void labelWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("isLabelWord");
        QTest::newRow("fbi code") << QStringLiteral("b7C") << true;
        QTest::newRow("fbi count") << QStringLiteral("-12") << true;
        QTest::newRow("canonical, comma") << QStringLiteral("(b)(6),") << true;
        QTest::newRow("spaced part") << QStringLiteral("(b)") << true;
        QTest::newRow("spaced subparagraph") << QStringLiteral("(C)") << true;
        QTest::newRow("and") << QStringLiteral("and") << true;
        QTest::newRow("b1 with its 1 read as l") << QStringLiteral("bl") << true;
        QTest::newRow("a word starting bl") << QStringLiteral("blue") << false;
        QTest::newRow("junk") << QStringLiteral("bad") << false;
        QTest::newRow("a lone digit") << QStringLiteral("4") << false;
        QTest::newRow("prose") << QStringLiteral("office") << false;
    }

    void labelWords()
    {
        QFETCH(QString, word);
        QFETCH(bool, isLabelWord);
        QCOMPARE(LabelStacks::isLabelWord(word), isLabelWord);
    }
};

QTEST_GUILESS_MAIN(TestLabelStacks)
#include "tst_labelstacks.moc"
