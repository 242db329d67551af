// WorkerRestarts (core/pdf), the restart policy shared by the import's pool and the page-drawing
// client: which page a lost worker costs, when the budget is spent.
#include "pdf/WorkerRestarts.h"

#include <QTest>

using namespace rebuttal;

class TestWorkerRestarts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lostPage_data()
    {
        QTest::addColumn<int>("announced");
        QTest::addColumn<int>("firstGiven");
        QTest::addColumn<int>("lost");
        QTest::newRow("the page it announced") << 7 << 1 << 7;
        QTest::newRow("the first page, announced") << 0 << 0 << 0;
        QTest::newRow("none announced: the first it was asked for") << -1 << 3 << 3;
    }

    void lostPage()
    {
        QFETCH(int, announced);
        QFETCH(int, firstGiven);
        QFETCH(int, lost);
        QCOMPARE(WorkerRestarts::lostPage(announced, firstGiven), lost);
    }

    void theBudgetSurvivesThatManyLostPages()
    {
        WorkerRestarts restarts(2);
        restarts.lose(4);
        restarts.lose(9);
        QVERIFY(!restarts.isExhausted());
        restarts.lose(11);
        QVERIFY(restarts.isExhausted());
        QCOMPARE(restarts.losses(), 3);
    }

    void noBudgetNoRestart()
    {
        WorkerRestarts restarts(0);
        QVERIFY(!restarts.isExhausted());
        restarts.lose(0);
        QVERIFY(restarts.isExhausted());
    }

    void unlimitedIsNeverSpent()
    {
        WorkerRestarts restarts;
        for (int page = 0; page < 1000; ++page)
            restarts.lose(page);
        QVERIFY(!restarts.isExhausted());
        QCOMPARE(restarts.losses(), 1000);
    }

    void aLostPageStaysLost()
    {
        WorkerRestarts restarts;
        QVERIFY(!restarts.isLost(3));
        restarts.lose(3);
        QVERIFY(restarts.isLost(3));
        QVERIFY(!restarts.isLost(2));
        QVERIFY(!restarts.isLost(4));
    }
};

QTEST_GUILESS_MAIN(TestWorkerRestarts)
#include "tst_workerrestarts.moc"
