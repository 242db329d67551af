// LabelAssignment: each box takes one label standing above or below it; as many labels as can be
// are placed, then the gaps are as small as can be together. Each row gives the gaps (label by
// box, -1 out of reach) and the box each label must go to.
#include "foia/LabelAssignment.h"

#include <QTest>

using namespace rebuttal;

using Gaps = QList<QList<double>>;
Q_DECLARE_METATYPE(Gaps)

class TestLabelAssignment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closest_data()
    {
        constexpr double out = LabelAssignment::kOutOfReach;
        QTest::addColumn<Gaps>("gaps");
        QTest::addColumn<QList<int>>("boxes");
        QTest::newRow("no labels") << Gaps{} << QList<int>{};
        QTest::newRow("one label, the nearer of two boxes") << Gaps{{0.010, 0.004}} << QList<int>{1};
        QTest::newRow("one label, no box in reach") << Gaps{{out, out}} << QList<int>{-1};
        QTest::newRow("two labels for one box: the nearer has it") << Gaps{{0.006}, {0.003}} << QList<int>{-1, 0};
        // A column of boxes labelled below, set tight: each label nearer the next box than its
        // own, the last with only its own in reach.
        QTest::newRow("a column labelled below")
            << Gaps{{0.009, 0.005, out}, {out, 0.009, 0.005}, {out, out, 0.009}} << QList<int>{0, 1, 2};
        // The same labelled above: the first label has only the first box in reach.
        QTest::newRow("a column labelled above")
            << Gaps{{0.006, out, out}, {0.005, 0.008, out}, {out, 0.005, 0.008}} << QList<int>{0, 1, 2};
        // Both ways place every label: the gaps decide.
        QTest::newRow("two labels between two boxes")
            << Gaps{{0.003, 0.020}, {0.018, 0.004}} << QList<int>{0, 1};
        QTest::newRow("a label between two boxes nearer the lower") << Gaps{{0.012, 0.004}, {out, out}}
                                                                    << QList<int>{1, -1};
        QTest::newRow("more boxes than labels") << Gaps{{out, 0.010, 0.004, out}} << QList<int>{2};
    }

    void closest()
    {
        QFETCH(Gaps, gaps);
        QFETCH(QList<int>, boxes);
        QCOMPARE(LabelAssignment::closest(gaps), boxes);
    }
};

QTEST_MAIN(TestLabelAssignment)
#include "tst_labelassignment.moc"
