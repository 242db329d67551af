// WorkerRestarts (core/pdf), the restart policy shared by the import's pool and the page-drawing
// client: which page a lost worker costs, where its successor starts, when the budget is spent.
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
        QTest::newRow("none announced: the first of its slice") << -1 << 3 << 3;
    }

    void lostPage()
    {
        QFETCH(int, announced);
        QFETCH(int, firstGiven);
        QFETCH(int, lost);
        QCOMPARE(WorkerRestarts::lostPage(announced, firstGiven), lost);
    }

    void resumeAfter_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("stride");
        QTest::addColumn<int>("pageCount");
        QTest::addColumn<int>("next"); // -1: no new worker
        QTest::newRow("the next page of its slice") << 2 << 2 << 6 << 4;
        QTest::newRow("one worker: the next page") << 2 << 1 << 6 << 3;
        QTest::newRow("the last page of its slice") << 4 << 2 << 6 << -1;
        QTest::newRow("the last page") << 5 << 1 << 6 << -1;
        QTest::newRow("just before the end") << 3 << 2 << 6 << 5;
        QTest::newRow("page count not known yet") << 40 << 4 << -1 << 44;
    }

    void resumeAfter()
    {
        QFETCH(int, page);
        QFETCH(int, stride);
        QFETCH(int, pageCount);
        QFETCH(int, next);
        QCOMPARE(WorkerRestarts::resumeAfter(page, stride, pageCount).value_or(-1), next);
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
