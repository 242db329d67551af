// Which label belongs to which box on a text page: layouts where the nearest label is not the
// box's own (a label below a box, the next line's box right under it, already labelled beside
// or in the margin; a column of boxes labelled on one side, set tight),
// and labels an FBI margin wraps over two lines; a sentence that opens with a mention of an
// exemption stays prose. Each row draws one page with known truth.
#include "TextPageFixture.h"

#include <QTest>

using namespace rebuttal;
using namespace rebuttal::test;

namespace {

using F = ProductionFixture;

struct Truth
{
    QRectF box; // 1/100 inch
    QStringList codes;
};

// A sentence with a box in it, at baseline y: words, the box, (a label), words.
void sentence(QPainter &p, double y, const QString &before, const QRectF &box, const QString &after, int points = 11)
{
    F::text(p, 100, y, before, points);
    F::box(p, box);
    F::text(p, box.right() + 8, y, after, points);
}

// The page turned 0.75 degrees clockwise about its centre, as a scanner skews it.
void skewAsScanned(QPainter &p)
{
    p.translate(425, 550);
    p.rotate(0.75);
    p.translate(-425, -550);
}

// An FBI margin stack from baseline y down, set tighter than the text (9 pt on 14/100 inch).
void marginStack(QPainter &p, double y, const QStringList &labels)
{
    for (const QString &label : labels) {
        F::text(p, 718, y, label, 9);
        y += 14;
    }
}

} // namespace

Q_DECLARE_METATYPE(QList<Truth>)

class TestLabelPlacement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelsGoToTheirBoxes_data()
    {
        QTest::addColumn<Draw>("draw");
        QTest::addColumn<QList<Truth>>("truth");
        QTest::addColumn<QStringList>("pageCodes");

        {
            // A label printed below a wide box; the next line's box comes closer to it than its
            // own, and carries its own label beside it.
            const QRectF block(100, 200, 500, 40), next(260, 264, 100, 18);
            QTest::newRow("below, the next line's box labelled beside")
                << Draw([=](QPainter &p) {
                       F::box(p, block, QColor(128, 128, 128));
                       F::text(p, 104, 258, QStringLiteral("(b)(6). (b)(7)(C). (b)(4)"));
                       sentence(p, 278, QStringLiteral("Without inspection"), next, QStringLiteral("b(6) & b(7)(C) was present."));
                   })
                << QList<Truth>{{block, codes({"(b)(4)", "(b)(6)", "(b)(7)(C)"})}, {next, codes({"(b)(6)", "(b)(7)(C)"})}}
                << QStringList{};
        }
        {
            // The same below a box the next line's box with its label printed inside.
            const QRectF block(100, 200, 500, 40), next(260, 264, 160, 18);
            QTest::newRow("below, the next line's box labelled inside")
                << Draw([=](QPainter &p) {
                       F::box(p, block);
                       F::text(p, 104, 258, QStringLiteral("(b)(6) and (b)(4)"));
                       F::text(p, 100, 278, QStringLiteral("Foreign partner"));
                       F::labelledBox(p, next, QStringLiteral("(b)(3): 8 U.S.C. 1202(f)"));
                       F::text(p, 430, 278, QStringLiteral("at the field office on June 13."));
                   })
                << QList<Truth>{{block, codes({"(b)(4)", "(b)(6)"})}, {next, codes({"(b)(3)"})}}
                << QStringList{};
        }
        {
            // A label below a box and nothing under it; a label above a box and nothing over it.
            const QRectF below(100, 200, 500, 30), above(100, 420, 500, 30);
            QTest::newRow("below only, above only")
                << Draw([=](QPainter &p) {
                       F::box(p, below);
                       F::text(p, 104, 246, QStringLiteral("(b)(6)"), 9);
                       F::text(p, 104, 410, QStringLiteral("Ex. 5"), 9);
                       F::box(p, above);
                   })
                << QList<Truth>{{below, codes({"(b)(6)"})}, {above, codes({"(b)(5)"})}} << QStringList{};
        }
        {
            // Boxes down a column, each labelled below, the lines set tight: each label stands
            // nearer the next box than its own. The last has only its own box in reach.
            const QRectF a(100, 200, 400, 30), b(100, 260, 400, 30), c(100, 320, 400, 30);
            QTest::newRow("a column of boxes each labelled below")
                << Draw([=](QPainter &p) {
                       F::box(p, a);
                       F::text(p, 104, 252, QStringLiteral("(b)(6)"), 9);
                       F::box(p, b);
                       F::text(p, 104, 312, QStringLiteral("(b)(7)(C)"), 9);
                       F::box(p, c);
                       F::text(p, 104, 372, QStringLiteral("(b)(5)"), 9);
                   })
                << QList<Truth>{{a, codes({"(b)(6)"})}, {b, codes({"(b)(7)(C)"})}, {c, codes({"(b)(5)"})}}
                << QStringList{};
        }
        {
            // The same labelled above: each label nearer the box before it than its own; the
            // first has only its own box in reach.
            const QRectF a(100, 210, 400, 30), b(100, 269, 400, 30), c(100, 328, 400, 30);
            QTest::newRow("a column of boxes each labelled above")
                << Draw([=](QPainter &p) {
                       F::text(p, 104, 200, QStringLiteral("(b)(6)"), 9);
                       F::box(p, a);
                       F::text(p, 104, 257, QStringLiteral("(b)(7)(C)"), 9);
                       F::box(p, b);
                       F::text(p, 104, 316, QStringLiteral("(b)(5)"), 9);
                       F::box(p, c);
                   })
                << QList<Truth>{{a, codes({"(b)(6)"})}, {b, codes({"(b)(7)(C)"})}, {c, codes({"(b)(5)"})}}
                << QStringList{};
        }
        {
            // A label between two boxes neither of which has another: the nearer takes it.
            const QRectF a(100, 200, 500, 30), b(100, 262, 500, 30);
            QTest::newRow("a label between two boxes, nearer the one above")
                << Draw([=](QPainter &p) {
                       F::box(p, a);
                       F::text(p, 104, 246, QStringLiteral("(b)(4)"), 9);
                       F::box(p, b);
                   })
                << QList<Truth>{{a, codes({"(b)(4)"})}, {b, {}}} << QStringList{};
            const QRectF c(100, 200, 500, 30), d(100, 254, 500, 30);
            QTest::newRow("a label between two boxes, nearer the one below")
                << Draw([=](QPainter &p) {
                       F::box(p, c);
                       F::text(p, 104, 250, QStringLiteral("(b)(4)"), 9);
                       F::box(p, d);
                   })
                << QList<Truth>{{c, {}}, {d, codes({"(b)(4)"})}} << QStringList{};
        }
        {
            // A label below a block, the next line's box (opening its line, under the label)
            // nearer to it but labelled in the margin on its own line: the label is the block's.
            const QRectF block(100, 200, 500, 40), next(100, 268, 100, 18);
            QTest::newRow("below, the next line's box labelled in the margin")
                << Draw([=](QPainter &p) {
                       F::box(p, block);
                       F::text(p, 104, 262, QStringLiteral("b4 -1"), 9);
                       F::box(p, next);
                       F::text(p, 208, 282, QStringLiteral("was known to the agent at the time."));
                       F::text(p, 718, 282, QStringLiteral("b6 -1"), 8);
                   })
                << QList<Truth>{{block, codes({"(b)(4)"})}, {next, codes({"(b)(6)"})}} << QStringList{};
        }
        {
            // A label below a block; the next line opens with an article, then a box and its label
            // beside it. The label is no label wrapped onto that line (the article is a stray
            // letter to the grammar): a box between words ends a wrapped label.
            const QRectF block(100, 200, 366, 68), next(116, 290, 42, 18);
            QTest::newRow("below, the next line an article, a box and its label")
                << Draw([=](QPainter &p) {
                       F::box(p, block, QColor(128, 128, 128));
                       F::text(p, 108, 284, QStringLiteral("b4 -1"), 8);
                       F::text(p, 100, 305, QStringLiteral("A"));
                       F::box(p, next);
                       F::text(p, 164, 305, QStringLiteral("FOIA Exemption (b)(6); FOIA Exemption (b)(7)(C)"));
                   })
                << QList<Truth>{{block, codes({"(b)(4)"})}, {next, codes({"(b)(6)", "(b)(7)(C)"})}}
                << QStringList{};
        }
        {
            // A label below a block; the next line opens with a short word and the label of the
            // box after it ("By (b)7(C),(b)7(E) [box]"), right under the block's label. That line
            // is a sentence, not the rest of the block's label wrapped onto it.
            const QRectF block(100, 200, 600, 60), next(290, 285, 110, 20);
            QTest::newRow("below, the next line a short word and a label left of its box")
                << Draw([=](QPainter &p) {
                       F::box(p, block);
                       F::text(p, 110, 278, QStringLiteral("(b)(6),(b)(7)(C),(b)(7)(A)"), 8);
                       F::text(p, 100, 300, QStringLiteral("By (b)7(C),(b)7(E)"));
                       F::box(p, next);
                       F::text(p, 408, 300, QStringLiteral("on July 25 at the port of entry."));
                   })
                << QList<Truth>{{block, codes({"(b)(6)", "(b)(7)(A)", "(b)(7)(C)"})}, {next, codes({"(b)(7)(C)", "(b)(7)(E)"})}}
                << QStringList{};
        }
        {
            // An FBI margin: labels in a column right of the text, two of them wrapped onto a
            // second line ("and (b) (7)(D)"; "(5);(b) (4)" after "(b) (7) (E);(b)").
            const QRectF a(300, 186, 110, 18), b(260, 286, 120, 18), c(280, 386, 110, 18);
            QTest::newRow("margin labels wrapped over two lines")
                << Draw([=](QPainter &p) {
                       sentence(p, 200, QStringLiteral("Answer further questions"), a, QStringLiteral("stated that"));
                       F::text(p, 680, 200, QStringLiteral("b6 -1"), 8);
                       sentence(p, 300, QStringLiteral("Information about"), b, QStringLiteral("was known to"));
                       F::text(p, 680, 300, QStringLiteral("(b) (6) and (b) (5)"), 8);
                       F::text(p, 680, 312, QStringLiteral("and (b) (7)(D)"), 8);
                       sentence(p, 400, QStringLiteral("Shared under the"), c, QStringLiteral("and the case"));
                       F::text(p, 680, 400, QStringLiteral("(b) (7) (E);(b)"), 8);
                       F::text(p, 680, 412, QStringLiteral("(5);(b) (4)"), 8);
                   })
                << QList<Truth>{{a, codes({"(b)(6)"})},
                                {b, codes({"(b)(5)", "(b)(6)", "(b)(7)(D)"})},
                                {c, codes({"(b)(4)", "(b)(5)", "(b)(7)(E)"})}}
                << QStringList{};
        }
        {
            // Spaced labels wrapped anywhere: after a 7 ("(C) and (b) (7)(E)" goes on from
            // "(b) (6) and (b) (7)"), after a "(b)" ("(7)(E) and (b) (4)").
            const QRectF a(300, 186, 110, 18), b(260, 286, 120, 18), c(280, 386, 110, 18);
            QTest::newRow("margin labels wrapped inside a code")
                << Draw([=](QPainter &p) {
                       sentence(p, 200, QStringLiteral("Alleged that the"), a, QStringLiteral("was at the"));
                       F::text(p, 680, 200, QStringLiteral("(b) (7)(C)"), 8);
                       sentence(p, 300, QStringLiteral("Record of the"), b, QStringLiteral("was present"));
                       F::text(p, 680, 300, QStringLiteral("(b) (6) and (b) (7)"), 8);
                       F::text(p, 680, 312, QStringLiteral("(C) and (b) (7)(E)"), 8);
                       sentence(p, 400, QStringLiteral("Partner concerning"), c, QStringLiteral("and the case"));
                       F::text(p, 680, 400, QStringLiteral("(b) (7) (C) and (b)"), 8);
                       F::text(p, 680, 412, QStringLiteral("(7)(E) and (b) (4)"), 8);
                   })
                << QList<Truth>{{a, codes({"(b)(7)(C)"})},
                                {b, codes({"(b)(6)", "(b)(7)(C)", "(b)(7)(E)"})},
                                {c, codes({"(b)(4)", "(b)(7)(C)", "(b)(7)(E)"})}}
                << QStringList{};
        }
        {
            // A margin label's second line set between two lines of the text, nearer the next
            // one, whose words the line builder reads it with ("(7)(C),(b) (4)" under "(b)
            // (6),(b)", seed 821); the next line's own label stands lower, on its line.
            const QRectF a(300, 286, 110, 18), b(260, 310, 120, 18);
            QTest::newRow("a margin label wrapped onto the next sentence's line")
                << Draw([=](QPainter &p) {
                       sentence(p, 300, QStringLiteral("For further"), a, QStringLiteral("on February 23 at the"));
                       F::text(p, 680, 300, QStringLiteral("(b) (6),(b)"), 8);
                       F::text(p, 680, 320, QStringLiteral("(7)(C),(b) (4)"), 8);
                       sentence(p, 324, QStringLiteral("To verify the"), b, QStringLiteral("who provided the"));
                       F::text(p, 680, 332, QStringLiteral("b7C -5"), 8);
                   })
                << QList<Truth>{{a, codes({"(b)(4)", "(b)(6)", "(b)(7)(C)"})}, {b, codes({"(b)(7)(C)"})}}
                << QStringList{};
        }
        {
            // Labels wrapped over three lines: the third goes on from the second, which alone
            // reads as no label either ("(7)(E)" under "(7)(C) and (b)" under "(b) (6) and (b)").
            const QRectF a(300, 186, 110, 18), b(260, 286, 120, 18), c(280, 386, 110, 18);
            QTest::newRow("margin labels wrapped over three lines")
                << Draw([=](QPainter &p) {
                       sentence(p, 200, QStringLiteral("Alleged that the"), a, QStringLiteral("was at the"));
                       F::text(p, 680, 200, QStringLiteral("(b) (6) and (b)"), 8);
                       F::text(p, 680, 212, QStringLiteral("(7)(C) and (b)"), 8);
                       F::text(p, 680, 224, QStringLiteral("(7)(E)"), 8);
                       sentence(p, 300, QStringLiteral("Record of the"), b, QStringLiteral("was present"));
                       F::text(p, 680, 300, QStringLiteral("(b) (7) (C);(b)"), 8);
                       F::text(p, 680, 312, QStringLiteral("(6);(b) (7)"), 8);
                       F::text(p, 680, 324, QStringLiteral("(D);(b) (4)"), 8);
                       sentence(p, 400, QStringLiteral("Partner concerning"), c, QStringLiteral("and the case"));
                       F::text(p, 680, 400, QStringLiteral("b6 -1"), 8);
                   })
                << QList<Truth>{{a, codes({"(b)(6)", "(b)(7)(C)", "(b)(7)(E)"})},
                                {b, codes({"(b)(4)", "(b)(6)", "(b)(7)(C)", "(b)(7)(D)"})},
                                {c, codes({"(b)(6)"})}}
                << QStringList{};
        }
        {
            // FBI margin stacks set tighter than the text ("b6 -4" over "b7C -4" over "b7E -3"),
            // the next line's stack starting right under the last, on a page skewed as a scan is
            // (0.75 degrees clockwise): each stack's last line comes down beside the next line's
            // box, yet belongs to the stack above, whose first line is level with its own box.
            const QRectF a(300, 186, 140, 18), b(320, 230, 110, 18), c(180, 262, 110, 18);
            QTest::newRow("stacked margin labels on a skewed page")
                << Draw([=](QPainter &p) {
                       skewAsScanned(p);
                       sentence(p, 200, QStringLiteral("Was conducted in Spanish with"), a, QStringLiteral("stated that"));
                       marginStack(p, 200, {QStringLiteral("b6 -4"), QStringLiteral("b7C -4"), QStringLiteral("b7E -3")});
                       sentence(p, 244, QStringLiteral("Without inspection of"), b, QStringLiteral("on March 16"));
                       marginStack(p, 244, {QStringLiteral("b6 -3"), QStringLiteral("b4 -1")});
                       sentence(p, 276, QStringLiteral("By officers"), c, QStringLiteral("at the field office on"));
                       marginStack(p, 276, {QStringLiteral("b7C -1"), QStringLiteral("b7D -1")});
                   })
                << QList<Truth>{{a, codes({"(b)(6)", "(b)(7)(C)", "(b)(7)(E)"})},
                                {b, codes({"(b)(4)", "(b)(6)"})},
                                {c, codes({"(b)(7)(C)", "(b)(7)(D)"})}}
                << QStringList{};
        }
        {
            // The same skew, the next line's box labelled inside: no stack starts on its line, and
            // the stack above still runs down beside it. Level once the page's slant is taken
            // out, "b4 -1" is the second line of the stack above, not a label of that line.
            const QRectF a(300, 186, 140, 18), b(180, 216, 110, 18);
            QTest::newRow("a stack beside the next line's labelled box on a skewed page")
                << Draw([=](QPainter &p) {
                       skewAsScanned(p);
                       sentence(p, 200, QStringLiteral("Was conducted in Spanish with"), a, QStringLiteral("stated that"));
                       marginStack(p, 200, {QStringLiteral("b6 -2"), QStringLiteral("b4 -1")});
                       F::text(p, 100, 230, QStringLiteral("By officers"));
                       F::labelledBox(p, b, QStringLiteral("(b)(7)(C)"));
                       F::text(p, 300, 230, QStringLiteral("at the field office on June 7."));
                       F::text(p, 100, 254, QStringLiteral("local police cooperation and answer further without inspection"));
                   })
                << QList<Truth>{{a, codes({"(b)(4)", "(b)(6)"})}, {b, codes({"(b)(7)(C)"})}}
                << QStringList{};
        }
        {
            // A row of adjoining boxes labelled after the row; under it, a sentence that opens by
            // mentioning an exemption ("Exemption 5 protects ... 552(b)(5)"), at the left edge
            // where the labels above two blocks stand too. The mention stays prose: the row's
            // first box takes the row's label, not (b)(5).
            const QRectF blockA(100, 166, 500, 30), blockB(100, 246, 500, 30);
            const QRectF rowA(160, 386, 90, 18), rowB(258, 386, 90, 18);
            QTest::newRow("a mention opening the line under a row of boxes")
                << Draw([=](QPainter &p) {
                       F::text(p, 100, 160, QStringLiteral("(b)(6)"), 9);
                       F::box(p, blockA);
                       F::text(p, 100, 240, QStringLiteral("b7C"), 9);
                       F::box(p, blockB);
                       F::text(p, 100, 400, QStringLiteral("Row 3:"), 9);
                       F::box(p, rowA);
                       F::box(p, rowB);
                       F::text(p, 360, 400, QStringLiteral("(b)7(E)"), 9);
                       F::text(p, 100, 424, QStringLiteral("Exemption 5 protects deliberative material, see 5 U.S.C. 552(b)(5), but not facts."), 9);
                   })
                << QList<Truth>{{blockA, codes({"(b)(6)"})},
                                {blockB, codes({"(b)(7)(C)"})},
                                {rowA, codes({"(b)(7)(E)"})},
                                {rowB, codes({"(b)(7)(E)"})}}
                << QStringList{};
        }
        {
            // A numbered list beside a box is no label: "(2)" opens a line, nothing follows it.
            const QRectF a(160, 186, 110, 18);
            QTest::newRow("a numbered list item stays prose")
                << Draw([=](QPainter &p) {
                       F::text(p, 100, 200, QStringLiteral("(2)"));
                       F::box(p, a);
                       F::text(p, 280, 200, QStringLiteral("(b)(6) was interviewed at the office."));
                   })
                << QList<Truth>{{a, codes({"(b)(6)"})}} << QStringList{};
        }
    }

    void labelsGoToTheirBoxes()
    {
        QFETCH(Draw, draw);
        QFETCH(QList<Truth>, truth);
        QFETCH(QStringList, pageCodes);
        const std::optional<ProductionPage> read = analyzedTextPage(draw);
        QVERIFY(read);
        const ProductionPage &page = *read;
        QCOMPARE(page.textSource, TextSource::Layer);
        QCOMPARE(page.redactions.size(), truth.size());
        for (const Truth &expected : truth) {
            const QString wrong = wrongCodes(page, expected.box, expected.codes);
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        }
        QCOMPARE(page.pageExemptions, pageCodes);
    }
};

QTEST_MAIN(TestLabelPlacement)
#include "tst_labelplacement.moc"
