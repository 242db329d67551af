// What a text page's boxes show and hide, read at detection resolution (96 dpi): a label's print
// too thin to show there (the "1" of "Exemption 1", the periods of "U.S.C." in small white type)
// is the label's, not text the box hides, while a word hidden beside a label still leaks; small
// cross-hatched boxes are found and labelled, and a hatched box over a one-letter word leaks that
// word. Rows draw one page (or its text layer and render) with known truth.
#include "TextPageFixture.h"
#include "foia/PageText.h"
#include "foia/RedactionReader.h"

#include <QTest>

using namespace rebuttal;
using namespace rebuttal::test;

namespace {

using F = ProductionFixture;
constexpr double kUnitsPerPoint = 100.0 / 72;

struct Truth
{
    QRectF box; // 1/100 inch
    QStringList codes;
    QString textUnderBox;
};

// Text of `points` at baseline y (1/100 inch).
void print(QPainter &p, double x, double y, const QString &line, double points, QColor colour = Qt::black)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(int(std::lround(points * kUnitsPerPoint)));
    p.setFont(font);
    p.setPen(colour);
    p.drawText(QPointF(x, y), line);
}

// A box in points (x, top, width, height), in the page's 1/100-inch units.
QRectF points(double x, double top, double w, double h)
{
    return QRectF(x * kUnitsPerPoint, top * kUnitsPerPoint, w * kUnitsPerPoint, h * kUnitsPerPoint);
}

// A black box cross-hatched in grey as redaction tools draw it: half-point lines at 45 degrees,
// 4 points apart, from edge to edge of the box (so their ends stick out past it a little).
void hatchedBox(QPainter &p, const QRectF &box)
{
    p.fillRect(box, Qt::black);
    QPen pen(QColor(153, 153, 153), 0.5 * kUnitsPerPoint);
    pen.setCapStyle(Qt::FlatCap);
    p.setPen(pen);
    const double step = 4 * kUnitsPerPoint, w = box.width(), h = box.height();
    for (double t = -h; t < w; t += step) {
        const double x1 = box.left() + std::max(t, 0.0), x2 = box.left() + std::min(t + h, w);
        p.drawLine(QPointF(x1, box.top() + std::max(-t, 0.0)), QPointF(x2, box.top() + std::min(h, w - t)));
        p.drawLine(QPointF(x1, box.bottom() - std::max(-t, 0.0)), QPointF(x2, box.bottom() - std::min(h, w - t)));
    }
}


// A word of `size` points at (x, top) points on a letter page, as the text layer gives it
// (fractions of the page), a character box for each letter.
PdfWord word(const QString &text, double x, double top, double size)
{
    PdfWord word;
    word.text = text;
    const double advance = 0.6 * size;
    for (qsizetype i = 0; i < text.size(); ++i)
        word.characters << QRectF((x + i * advance) / 612, top / 792, advance / 612, size / 792);
    word.box = QRectF(x / 612, top / 792, advance * text.size() / 612, size / 792);
    return word;
}

// The middle of each character of `word` painted in `colour` on a 96 dpi render: its print.
void paintPrint(QImage &render, const PdfWord &word, QColor colour)
{
    QPainter painter(&render);
    for (const QRectF &c : word.characters) {
        const QRectF glyph = c.adjusted(c.width() * 0.25, c.height() * 0.3, -c.width() * 0.25, -c.height() * 0.3);
        painter.fillRect(QRectF(glyph.x() * render.width(), glyph.y() * render.height(), glyph.width() * render.width(),
                                glyph.height() * render.height()),
                         colour);
    }
}

// A letter page's render at 96 dpi, white but for a near-black box.
QImage pageWithBox(const QRect &box)
{
    QImage render(816, 1056, QImage::Format_Grayscale8);
    render.fill(255);
    QPainter(&render).fillRect(box, QColor(33, 33, 33));
    return render;
}

} // namespace

Q_DECLARE_METATYPE(QList<Truth>)

class TestPrintOnBoxes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boxesShowTheirLabelsAndHideTheirText_data()
    {
        QTest::addColumn<Draw>("draw");
        QTest::addColumn<QList<Truth>>("truth");

        {
            // A box drawn over a date, its label printed on it beside the date: the date leaks.
            const QRectF box = points(72, 290, 150, 14);
            QTest::newRow("a date hidden beside the label on its box")
                << Draw([=](QPainter &p) {
                       print(p, box.left() + 4, box.bottom() - 3.5 * kUnitsPerPoint, QStringLiteral("12/10/19"), 10);
                       F::box(p, box);
                       print(p, box.left() + 80 * kUnitsPerPoint, box.bottom() - 3.5 * kUnitsPerPoint, QStringLiteral("(b)(6)"), 8, Qt::white);
                   })
                << QList<Truth>{{box, codes({"(b)(6)"}), QStringLiteral("12/10/19")}};
        }
        {
            // Small cross-hatched boxes in a sentence, each labelled right after it.
            const QRectF a = points(120, 290, 24, 12), b = points(120, 330, 53.2, 13.2);
            QTest::newRow("small cross-hatched boxes")
                << Draw([=](QPainter &p) {
                       print(p, 72, a.bottom() - 3 * kUnitsPerPoint, QStringLiteral("Seen"), 10);
                       hatchedBox(p, a);
                       print(p, a.right() + 4 * kUnitsPerPoint, a.bottom() - 3 * kUnitsPerPoint, QStringLiteral("(b)(6) at the field office."), 10);
                       print(p, 72, b.bottom() - 3 * kUnitsPerPoint, QStringLiteral("Told"), 10);
                       hatchedBox(p, b);
                       print(p, b.right() + 4 * kUnitsPerPoint, b.bottom() - 3 * kUnitsPerPoint, QStringLiteral("b7C on March 3."), 10);
                   })
                << QList<Truth>{{a, codes({"(b)(6)"}), {}}, {b, codes({"(b)(7)(C)"}), {}}};
        }
        {
            // A cross-hatched box over the article "a" of a live sentence, 7 points wide.
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPixelSize(int(std::lround(11 * kUnitsPerPoint)));
            const QFontMetricsF metrics(font);
            const QString before = QStringLiteral("The agent obtained ");
            const double baseline = 300, at = 100 + metrics.horizontalAdvance(before);
            const QRectF box(at - 1 * kUnitsPerPoint, baseline - 13 * kUnitsPerPoint, 7 * kUnitsPerPoint, 17.5 * kUnitsPerPoint);
            QTest::newRow("a one-letter word under a hatched box")
                << Draw([=](QPainter &p) {
                       print(p, 100, baseline, before, 11);
                       print(p, at, baseline, QStringLiteral("a"), 11);
                       print(p, at + metrics.horizontalAdvance(QStringLiteral("a ")), baseline, QStringLiteral("number of accounts."), 11);
                       hatchedBox(p, box);
                   })
                << QList<Truth>{{box, {}, QStringLiteral("a")}};
        }
        {
            // A redaction tool's navy box with no label over a name in a form cell: it hides the
            // name, so it is a redaction (bad) whatever its colour. A navy band with white words on
            // it and nothing under it is a banner, and no box at all.
            const QRectF hiding = points(72, 200, 80, 20), band = points(72, 400, 300, 20);
            QTest::newRow("a navy box over a name, a navy banner")
                << Draw([=](QPainter &p) {
                       print(p, 72, 190, QStringLiteral("Country of Citizenship"), 8);
                       print(p, hiding.left() + 4, hiding.bottom() - 5 * kUnitsPerPoint, QStringLiteral("Honduras"), 10);
                       p.fillRect(hiding, QColor(31, 41, 115));
                       p.fillRect(band, QColor(31, 41, 115));
                       print(p, band.left() + 6, band.bottom() - 5 * kUnitsPerPoint, QStringLiteral("Department of Homeland Security"), 10, Qt::white);
                   })
                << QList<Truth>{{hiding, {}, QStringLiteral("Honduras")}};
        }
    }

    void boxesShowTheirLabelsAndHideTheirText()
    {
        QFETCH(Draw, draw);
        QFETCH(QList<Truth>, truth);
        const std::optional<ProductionPage> read = analyzedTextPage(draw);
        QVERIFY(read);
        const ProductionPage &page = *read;
        QCOMPARE(page.textSource, TextSource::Layer);
        QCOMPARE(page.redactions.size(), truth.size());
        for (const Truth &expected : truth) {
            const QString wrong = wrongCodes(page, expected.box, expected.codes);
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
            const Redaction *found = redactionAt(page, expected.box);
            QVERIFY2(found->textUnderBox == expected.textUnderBox,
                     qPrintable(QStringLiteral("box at y %1: \"%2\" under it, want \"%3\"")
                                    .arg(expected.box.y() / 1100)
                                    .arg(found->textUnderBox, expected.textUnderBox)));
        }
    }

    void faintPrintOnABoxIsItsLabels_data()
    {
        QTest::addColumn<QStringList>("shown");  // words whose print shows on the box
        QTest::addColumn<QStringList>("faint");  // words too thin to show at 96 dpi (or hidden)
        QTest::addColumn<QStringList>("order");  // all of them as printed, left to right
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QString>("textUnderBox");

        QTest::newRow("the 1 of Exemption 1")
            << QStringList{QStringLiteral("Exemption"), QStringLiteral("7(E);Exemption")} << QStringList{QStringLiteral("1")}
            << QStringList{QStringLiteral("Exemption"), QStringLiteral("7(E);Exemption"), QStringLiteral("1")}
            << codes({"(b)(1)", "(b)(7)(E)"}) << QString();
        QTest::newRow("the U.S.C. of a statute")
            << QStringList{QStringLiteral("(b)(3):"), QStringLiteral("8"), QStringLiteral("1202(f)"), QStringLiteral("(b)(6)")}
            << QStringList{QStringLiteral("U.S.C.")}
            << QStringList{QStringLiteral("(b)(3):"), QStringLiteral("8"), QStringLiteral("U.S.C."), QStringLiteral("1202(f)"), QStringLiteral("(b)(6)")}
            << codes({"(b)(3)", "(b)(6)"}) << QString();
        // A date under the box beside its label is no part of the label: it leaks.
        QTest::newRow("a date beside the label")
            << QStringList{QStringLiteral("(b)(6)")} << QStringList{QStringLiteral("12/10/19")}
            << QStringList{QStringLiteral("12/10/19"), QStringLiteral("(b)(6)")} << codes({"(b)(6)"}) << QStringLiteral("12/10/19");
    }

    void faintPrintOnABoxIsItsLabels()
    {
        // A near-black box with a 7 pt white label; the print of some of its words does not show
        // in the render the boxes are read from.
        QFETCH(QStringList, shown);
        QFETCH(QStringList, faint);
        QFETCH(QStringList, order);
        QFETCH(QStringList, codes);
        QFETCH(QString, textUnderBox);
        const QRect box(180, 380, 200, 15); // 96 dpi pixels
        QImage render = pageWithBox(box);
        QList<PdfWord> words;
        double x = box.left() * 0.75 + 3;
        for (const QString &text : std::as_const(order)) {
            words << word(text, x, box.top() * 0.75 + 2, 7);
            x += 0.6 * 7 * (text.size() + 1);
            if (shown.contains(text))
                paintPrint(render, words.last(), Qt::white);
        }
        QVERIFY(x < box.right() * 0.75);
        QCOMPARE(shown.size() + faint.size(), order.size());
        const PageText text(words);
        const RedactionReader reader(text, render, true);
        const QList<Redaction> redactions = reader.finish(reader.examine(BoxFinder::find(render.convertToFormat(QImage::Format_RGB32), 96)), nullptr);
        QCOMPARE(redactions.size(), 1);
        QCOMPARE(redactions.first().exemptions, codes);
        QCOMPARE(redactions.first().textUnderBox, textUnderBox);
    }

    void aGarbledReadingOnABoxIsNoWord_data()
    {
        // A scan's invisible text layer holds an earlier OCR's reading of the white label printed
        // on each box, garbled ("riMldWhiM": released ICE I-213s). Such a reading is no word: it
        // makes a box neither a header bar nor a clump of bold letters, and the box stays a
        // redaction. A real word printed on a bar does make it a header.
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("runsPast"); // the word runs on past the box's right edge
        QTest::addColumn<bool>("redaction");
        QTest::newRow("case changing inside") << QStringLiteral("riMldWhiM") << false << true;
        QTest::newRow("signs among letters") << QStringLiteral("rmrm\u2022m") << false << true;
        QTest::newRow("digits and signs, running past the edge") << QStringLiteral("r1:iw@w1MtMlil") << true << true;
        QTest::newRow("six consonants, running past the edge") << QStringLiteral("rmtdlM") << true << true;
        QTest::newRow("a header's word") << QStringLiteral("Department") << false << false;
        QTest::newRow("a capitalised name") << QStringLiteral("McAllen") << false << false;
        QTest::newRow("a bold word running past the edge") << QStringLiteral("Removal") << true << false;
    }

    void aGarbledReadingOnABoxIsNoWord()
    {
        QFETCH(QString, text);
        QFETCH(bool, runsPast);
        QFETCH(bool, redaction);
        const QRect box(180, 380, 90, 15); // 96 dpi pixels
        QImage render = pageWithBox(box);
        const double size = 9;
        const double x = runsPast ? box.right() * 0.75 - 0.6 * size * (text.size() - 2) : box.left() * 0.75 + 3;
        const QList<PdfWord> words{word(text, x, box.top() * 0.75 + 1.5, size)};
        paintPrint(render, words.first(), Qt::white);
        const PageText page(words);
        const RedactionReader reader(page, render, true);
        const QList<Redaction> found = reader.finish(reader.examine(BoxFinder::find(render.convertToFormat(QImage::Format_RGB32), 96)), nullptr);
        QCOMPARE(found.size(), redaction ? 1 : 0);
    }
};

QTEST_MAIN(TestPrintOnBoxes)
#include "tst_printonboxes.moc"
