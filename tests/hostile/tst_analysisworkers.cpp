// AnalysisWorkers (core/pdf) on its own, through the slow stand-in worker: a page a worker hangs on
// is reported lost once, with the page it announced, and its worker goes on after it; a slow page
// leaves the pages after it to the other worker; the restart
// budget ends the run; a worker that never opens the PDF fails at the open limit.
#include "core/ScopedEnvironment.h"
#include "pdf/AnalysisWorkers.h"

#include <QElapsedTimer>
#include <QTest>

#include <map>
#include <set>

using namespace rebuttal;
using namespace rebuttal::test;

namespace {

QByteArray hostileWorker()
{
    return QByteArray(HOSTILE_PDF_WORKER);
}

// What one run of the workers delivered, lost and ended with.
struct Run
{
    std::set<int> delivered;
    std::map<QString, std::set<int>> byWorker; // the stand-in's process id: the pages it delivered
    std::vector<AnalysisWorkers::LostPage> lost;
    int opened = 0;
    AnalysisWorkers::Failure failure = AnalysisWorkers::Failure::None;
};

Run runWorkers(int count, const AnalysisWorkers::Limits &limits)
{
    Run run;
    AnalysisWorkers workers(count, limits);
    workers.start(QStringLiteral("-"), QByteArray("%PDF-1.4 not read by the stand-in"), QByteArray());
    const auto onMessage = [&run](WorkerMessage &message) {
        if (message.kind == WorkerMessage::Kind::Opened) {
            ++run.opened;
            return AnalysisWorkers::Reply::Continue;
        }
        run.delivered.insert(message.pageIndex);
        run.byWorker[message.page.text.section(QLatin1Char(' '), 3)].insert(message.pageIndex);
        return AnalysisWorkers::Reply::Delivered;
    };
    const auto onLoss = [&run](const AnalysisWorkers::LostPage &lost) { run.lost.push_back(lost); };
    QElapsedTimer clock;
    clock.start();
    while (workers.isWorking() && run.failure == AnalysisWorkers::Failure::None && clock.elapsed() < 60000)
        run.failure = workers.poll(onMessage, onLoss);
    workers.stopAll();
    return run;
}

} // namespace

class TestAnalysisWorkers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aHungPageIsLostAndItsWorkerGoesOnAfterIt()
    {
        const ScopedEnvironment env{{"REBUTTAL_PDF_WORKER", hostileWorker()}, {"HOSTILE_WORKER_PAGES", "6"},
                                      {"HOSTILE_WORKER_SLOW_PAGE", "3"}};
        const Run run = runWorkers(2, {500, 60000, 8});
        QCOMPARE(run.failure, AnalysisWorkers::Failure::None);
        QCOMPARE(run.delivered, (std::set<int>{0, 1, 3, 4, 5}));
        QCOMPARE(run.lost.size(), size_t(1));
        QCOMPARE(run.lost.front().page, 2);
        QCOMPARE(run.lost.front().announced, 2);
        QCOMPARE(run.lost.front().why, AnalysisWorkers::Loss::TimedOut);
        QCOMPARE(run.opened, 3); // two workers, and the one started again after page 3
    }

    // A slow page whose worker keeps saying it is at work on it (as the shipped worker does at
    // each OCR reading) is waited for past the silence limit, up to the page's whole limit.
    void aSlowPageThatReportsProgressIsWaitedFor()
    {
        const ScopedEnvironment env{{"REBUTTAL_PDF_WORKER", hostileWorker()}, {"HOSTILE_WORKER_PAGES", "3"},
                                      {"HOSTILE_WORKER_SLOW_PAGE", "2"}, {"HOSTILE_WORKER_SLOW_MS", "2000"},
                                      {"HOSTILE_WORKER_BEAT_MS", "100"}};
        const Run run = runWorkers(1, {500, 60000, 8, 20000});
        QCOMPARE(run.failure, AnalysisWorkers::Failure::None);
        QCOMPARE(run.delivered, (std::set<int>{0, 1, 2}));
        QVERIFY(run.lost.empty());
    }

    void aPageReportingProgressForeverIsLostAtItsWholeLimit()
    {
        const ScopedEnvironment env{{"REBUTTAL_PDF_WORKER", hostileWorker()}, {"HOSTILE_WORKER_PAGES", "3"},
                                      {"HOSTILE_WORKER_SLOW_PAGE", "2"}, {"HOSTILE_WORKER_BEAT_MS", "100"}};
        const Run run = runWorkers(1, {500, 60000, 8, 1500});
        QCOMPARE(run.failure, AnalysisWorkers::Failure::None);
        QCOMPARE(run.delivered, (std::set<int>{0, 2}));
        QCOMPARE(run.lost.size(), size_t(1));
        QCOMPARE(run.lost.front().page, 1);
        QCOMPARE(run.lost.front().why, AnalysisWorkers::Loss::TimedOut);
    }

    void aHungLastPageEndsItsWorker()
    {
        const ScopedEnvironment env{{"REBUTTAL_PDF_WORKER", hostileWorker()}, {"HOSTILE_WORKER_PAGES", "4"},
                                      {"HOSTILE_WORKER_SLOW_PAGE", "4"}};
        const Run run = runWorkers(2, {500, 60000, 8});
        QCOMPARE(run.failure, AnalysisWorkers::Failure::None);
        QCOMPARE(run.delivered, (std::set<int>{0, 1, 2}));
        QCOMPARE(run.lost.size(), size_t(1));
        QCOMPARE(run.lost.front().page, 3);
        QCOMPARE(run.opened, 2); // nothing is left after the last page: no worker started for it
    }

    void theRestartBudgetEndsTheRun()
    {
        const ScopedEnvironment env{{"REBUTTAL_PDF_WORKER", hostileWorker()}, {"HOSTILE_WORKER_PAGES", "40"},
                                      {"HOSTILE_WORKER_SLOW_PAGE", "all"}};
        const Run run = runWorkers(1, {200, 60000, 2});
        QCOMPARE(run.failure, AnalysisWorkers::Failure::TooManyRestarts);
        QCOMPARE(run.lost.size(), size_t(3)); // two restarts allowed, the third loss is one too many
        QCOMPARE(run.lost.at(0).page, 0);
        QCOMPARE(run.lost.at(1).page, 1);
        QCOMPARE(run.lost.at(2).page, 2);
        QVERIFY(run.delivered.empty());
    }

    // Pages are handed out as the workers finish them, not in fixed slices: while one worker is held
    // up by a slow page (a scan), the other takes every page after it but the one already waiting
    // in the slow worker's pipe.
    void aSlowPageDoesNotHoldUpThePagesAfterIt()
    {
        const ScopedEnvironment env{{"REBUTTAL_PDF_WORKER", hostileWorker()}, {"HOSTILE_WORKER_PAGES", "12"},
                                      {"HOSTILE_WORKER_SLOW_PAGE", "1"}, {"HOSTILE_WORKER_SLOW_MS", "5000"},
                                      {"HOSTILE_WORKER_PAGE_MS", "20"}};
        const Run run = runWorkers(2, {30000, 60000, 8});
        QCOMPARE(run.failure, AnalysisWorkers::Failure::None);
        QCOMPARE(run.delivered.size(), size_t(12));
        QVERIFY(run.lost.empty());
        QCOMPARE(run.byWorker.size(), size_t(2));
        for (const auto &[worker, pages] : run.byWorker) {
            if (pages.count(0))
                QCOMPARE(pages, (std::set<int>{0, 1})); // the slow page and the one asked with it
            else
                QCOMPARE(pages.size(), size_t(10));
        }
    }

    void aWorkerThatNeverOpensFailsAtTheOpenLimit()
    {
        const ScopedEnvironment env{{"REBUTTAL_PDF_WORKER", hostileWorker()}, {"HOSTILE_WORKER_NEVER_OPENS", "1"}};
        const Run run = runWorkers(2, {500, 500, 8});
        QCOMPARE(run.failure, AnalysisWorkers::Failure::OpenTimedOut);
        QCOMPARE(run.opened, 0);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisWorkers)
#include "tst_analysisworkers.moc"
