// The job runner: a job runs off the GUI thread behind a progress dialog whose Cancel button
// stops it, and its completion gets a typed result.
#include "jobs/CaseFileJobs.h"
#include "jobs/JobRunner.h"

#include "store/CaseStore.h"
#include "store/ClientRecords.h"

#include <QMainWindow>
#include <QImage>
#include <QLinearGradient>
#include <QThreadPool>
#include <QPainter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <future>
#include <vector>

using namespace rebuttal;

namespace {

enum class Counted { Finished, Cancelled };

struct CountResult
{
    Counted outcome = Counted::Finished;
    int steps = 0;
};

// Counts until cancelled (or a step limit): a task that is still running whenever the test acts.
std::unique_ptr<TypedJob<CountResult>> countingJob(int limit)
{
    return std::make_unique<TypedJob<CountResult>>([limit](Job &job) {
        CountResult result;
        while (result.steps < limit) {
            if (job.isCancelled()) {
                result.outcome = Counted::Cancelled;
                return result;
            }
            job.reportProgress(result.steps++ % 100, 100);
            QThread::msleep(5);
        }
        return result;
    });
}

} // namespace

class TestJobRunner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cancelButtonStopsTheJob()
    {
        QMainWindow window;
        window.show();
        JobRunner runner(&window);
        std::optional<CountResult> finished;
        QVERIFY(runner.start(countingJob(std::numeric_limits<int>::max()), {QStringLiteral("Count"), QStringLiteral("Counting"), {}},
                             [&finished](const CountResult &result) { finished = result; }));
        QVERIFY(runner.isBusy());
        // One job at a time: a second is refused while the first runs.
        QVERIFY(!runner.start(countingJob(1), {}, [](const CountResult &) { QFAIL("a refused job never completes"); }));
        QProgressDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QProgressDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Count"));
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QTRY_VERIFY(dialog->maximum() == 100);
        auto *cancel = dialog->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(finished.has_value());
        QCOMPARE(finished->outcome, Counted::Cancelled);
        QVERIFY(finished->steps > 0);
        QVERIFY(!runner.isBusy());
        QTRY_VERIFY(!window.findChild<QProgressDialog *>());
    }

    void completionGetsTheTypedResult()
    {
        QMainWindow window;
        JobRunner runner(&window);
        std::optional<CountResult> finished;
        QVERIFY(runner.start(countingJob(3), {}, [&finished](const CountResult &result) { finished = result; }));
        QTRY_VERIFY(finished.has_value());
        QCOMPARE(finished->outcome, Counted::Finished);
        QCOMPARE(finished->steps, 3);
    }

    // The completion may start the next job (an import asking for a password starts again).
    void completionMayStartTheNextJob()
    {
        QMainWindow window;
        JobRunner runner(&window);
        int completions = 0;
        QVERIFY(runner.start(countingJob(1), {}, [&](const CountResult &) {
            ++completions;
            QVERIFY(runner.start(countingJob(1), {}, [&](const CountResult &) { ++completions; }));
        }));
        QTRY_COMPARE(completions, 2);
        QVERIFY(!runner.isBusy());
    }

    // A job's server process stays left out of the change feed after the job ends, however long,
    // until the feed hears the job's last word (announced as its connection closed), even when
    // that word came before the end reached the GUI thread; one that could not say it is let
    // go at its end, and a dropped feed lets every ended one go.
    void endedJobsProcessesAreLeftOutUntilHeard()
    {
        QMainWindow window;
        JobRunner runner(&window);
        const auto serverJob = [](int pid, bool announced) {
            return std::make_unique<TypedJob<CountResult>>([pid, announced](Job &job) {
                job.reportServerBackend(pid);
                job.reportSessionEnd(announced);
                return CountResult{};
            });
        };
        int ended = 0;
        QVERIFY(runner.start(serverJob(4101, true), {}, [&ended](const CountResult &) { ++ended; }));
        QTRY_COMPARE(ended, 1);
        QVERIFY(runner.ranOnServerBackend(4101));
        QVERIFY(!runner.ranOnServerBackend(4102));
        runner.heardSessionEnd(4102); // another process's end changes nothing
        QVERIFY(runner.ranOnServerBackend(4101));
        runner.heardSessionEnd(4101);
        QVERIFY(!runner.ranOnServerBackend(4101));

        // Heard while the job still runs (its end not yet on the GUI thread): not kept after.
        QSemaphore go;
        QVERIFY(runner.start(std::make_unique<TypedJob<CountResult>>([&go](Job &job) {
                                 job.reportServerBackend(4103);
                                 go.acquire();
                                 job.reportSessionEnd(true);
                                 return CountResult{};
                             }),
                             {}, [&ended](const CountResult &) { ++ended; }));
        QTRY_VERIFY(runner.ranOnServerBackend(4103));
        runner.heardSessionEnd(4103);
        QVERIFY(runner.ranOnServerBackend(4103)); // its notices may still come while it runs
        go.release();
        QTRY_COMPARE(ended, 2);
        QVERIFY(!runner.ranOnServerBackend(4103));

        // Not announced (its connection gone): let go at its end.
        QVERIFY(runner.start(serverJob(4104, false), {}, [&ended](const CountResult &) { ++ended; }));
        QTRY_COMPARE(ended, 3);
        QVERIFY(!runner.ranOnServerBackend(4104));

        // The feed dropped: what it would have heard is lost, so nothing ended is kept.
        QVERIFY(runner.start(serverJob(4105, true), {}, [&ended](const CountResult &) { ++ended; }));
        QTRY_COMPARE(ended, 4);
        QVERIFY(runner.ranOnServerBackend(4105));
        runner.forgetEndedSessions();
        QVERIFY(!runner.ranOnServerBackend(4105));
    }

    // A shown window-modal progress dialog handles events inside setValue(): the job's last
    // progress report and its end queued together must not leave the runner touching a dialog
    // it has already let go (CI saw a null dereference on a matter import's Cancel).
    void jobEndingInsideAProgressReport()
    {
        QMainWindow window;
        window.show();
        JobRunner runner(&window);
        QSemaphore go, end;
        auto job = std::make_unique<TypedJob<CountResult>>([&go, &end](Job &job) {
            job.reportTimeLimit(60000);
            job.reportProgress(0, 10);
            go.acquire();
            job.reportProgress(5, 10);
            end.acquire();
            return CountResult{Counted::Finished, 5};
        });
        // Connected before the runner's own: on the GUI thread, this runs first in the same pass of
        // queued events, lets the task end and waits until its end is queued behind the runner's report.
        QObject first;
        connect(job.get(), &Job::progress, &first, [&end](int done, int) {
            if (done == 5) {
                end.release();
                QThread::msleep(300);
            }
        });
        std::optional<CountResult> finished;
        QVERIFY(runner.start(std::move(job), {QStringLiteral("Count"), QStringLiteral("Counting"), QStringLiteral("%1 of %2")},
                             [&finished](const CountResult &result) { finished = result; }));
        QProgressDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QProgressDialog *>()) && dialog->isVisible());
        go.release();
        QTRY_VERIFY(finished.has_value());
        QCOMPARE(finished->steps, 5);
        QVERIFY(!runner.isBusy());
    }

    // The progress names the step under way (not the steps done) and, once a step is done, the
    // time the steps so far suggest before the limit: a 30-minute limit is not a 30-minute task.
    void progressSaysTheStepUnderWayAndTheTimeLeft()
    {
        QMainWindow window;
        window.show();
        JobRunner runner(&window);
        QSemaphore firstShown, secondShown, end;
        auto job = std::make_unique<TypedJob<CountResult>>([&](Job &job) {
            job.reportTimeLimit(30 * 60 * 1000);
            job.reportProgress(0, 4);
            firstShown.acquire();
            job.reportProgress(1, 4);
            secondShown.acquire();
            end.acquire();
            return CountResult{Counted::Finished, 1};
        });
        std::optional<CountResult> finished;
        QVERIFY(runner.start(std::move(job), {QStringLiteral("Import"), QStringLiteral("Importing"), QStringLiteral("Page %1 of %2")},
                             [&finished](const CountResult &result) { finished = result; }));
        QProgressDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QProgressDialog *>()) && dialog->isVisible());
        QTRY_VERIFY2(dialog->labelText().startsWith(QStringLiteral("Page 1 of 4\nAt most 29:")), qPrintable(dialog->labelText()));
        firstShown.release();
        // Three pages to go at the pace of the first (seconds at most here): well under the limit.
        static const QRegularExpression estimate(QStringLiteral("^Page 2 of 4\n(?:About [0-9]:[0-5][0-9] left \\(at most 29:[0-5][0-9]\\))$"));
        QTRY_VERIFY2(estimate.match(dialog->labelText()).hasMatch(), qPrintable(dialog->labelText()));
        secondShown.release();
        end.release();
        QTRY_VERIFY(finished.has_value());
    }

    // A job whose first report is already along its way (a copy's first kibibytes) and which then
    // stalls (a slow link, a lock) still shows its dialog, and its Cancel, at once: QProgressDialog
    // alone waits for a later value before it shows, and a stalled job sends none.
    void aJobStalledAfterItsFirstReportShowsItsDialog()
    {
        QMainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        JobRunner runner(&window);
        auto job = std::make_unique<TypedJob<CountResult>>([](Job &job) {
            job.reportProgress(7, 100);
            while (!job.isCancelled())
                QThread::msleep(5);
            return CountResult{Counted::Cancelled, 7};
        });
        std::optional<CountResult> finished;
        QVERIFY(runner.start(std::move(job), {QStringLiteral("Copy"), QStringLiteral("Copying"), {}},
                             [&finished](const CountResult &result) { finished = result; }));
        // Within a few times the dialog's minimum duration, not whenever the job moves again.
        QProgressDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<QProgressDialog *>()) && dialog->isVisible(), 3000);
        QCOMPARE(dialog->value(), 7);
        auto *cancel = dialog->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(finished.has_value());
        QCOMPARE(finished->outcome, Counted::Cancelled);
    }

    // Jobs that wait (on a slow server, a lock) do not hold the threads Qt's painting needs:
    // Qt 6.4 splits a large fill across its global thread pool and waits for the pieces, so with
    // that pool's threads all held by waiting jobs the window could not paint until they ended.
    void paintingGoesOnWhileJobsWait()
    {
        std::vector<std::unique_ptr<TypedJob<CountResult>>> jobs;
        for (int i = 0; i <= QThreadPool::globalInstance()->maxThreadCount(); ++i) {
            jobs.push_back(std::make_unique<TypedJob<CountResult>>([](Job &job) {
                while (!job.isCancelled())
                    QThread::msleep(5);
                return CountResult{Counted::Cancelled, 0};
            }));
            jobs.back()->start();
        }
        QTRY_VERIFY(std::all_of(jobs.cbegin(), jobs.cend(), [](const auto &job) { return job->isRunning(); }));
        // Painted off this thread, so that a painting that waits forever fails the test instead of hanging it.
        std::future<bool> painted = std::async(std::launch::async, [] {
            QImage image(2000, 2000, QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&image);
            QLinearGradient gradient(0, 0, 2000, 2000);
            gradient.setColorAt(0, Qt::white);
            gradient.setColorAt(1, Qt::darkBlue);
            painter.fillRect(image.rect(), gradient);
            return painter.end();
        });
        const bool paintedInTime = painted.wait_for(std::chrono::seconds(30)) == std::future_status::ready;
        for (const auto &job : jobs)
            job->cancel();
        jobs.clear(); // waits for each job to return, which frees a waiting painting too
        QVERIFY2(paintedInTime, "painting waited for the jobs");
        QVERIFY(painted.get());
    }

    // cancel() stops and waits, and the completion is not called: the window is going away.
    void cancelWaitsWithoutCompleting()
    {
        QMainWindow window;
        JobRunner runner(&window);
        bool completed = false;
        QVERIFY(runner.start(countingJob(std::numeric_limits<int>::max()), {}, [&completed](const CountResult &) { completed = true; }));
        runner.cancel();
        QVERIFY(!runner.isBusy());
        QVERIFY(!window.findChild<QProgressDialog *>());
        QCoreApplication::processEvents();
        QVERIFY(!completed);
    }

    // Real jobs on a real case file: their outcomes are enums, with what goes with them.
    void caseFileJobsReportTypedOutcomes()
    {
        const QString path = m_dir.filePath(QStringLiteral("jobs.rebuttal"));
        StoreError error;
        QVERIFY(CaseStore::create(path, &error));
        QMainWindow window;
        JobRunner runner(&window);

        std::optional<CaseRecordsImportResult> imported;
        QVERIFY(runner.start(CaseFileJobs::importCaseRecords(StoreAddress::ofFile(path), QStringLiteral(REBUTTAL_SOURCE_DIR "/resources/demo/cases.json")),
                             {}, [&imported](const CaseRecordsImportResult &result) { imported = result; }));
        QTRY_VERIFY_WITH_TIMEOUT(imported.has_value(), 60000);
        QCOMPARE(imported->outcome, CaseRecordsImportResult::Outcome::Imported);
        QVERIFY(imported->counts.clients > 0);

        const QString missing = m_dir.filePath(QStringLiteral("missing.json"));
        imported.reset();
        QVERIFY(runner.start(CaseFileJobs::importCaseRecords(StoreAddress::ofFile(path), missing), {},
                             [&imported](const CaseRecordsImportResult &result) { imported = result; }));
        QTRY_VERIFY_WITH_TIMEOUT(imported.has_value(), 60000);
        QCOMPARE(imported->outcome, CaseRecordsImportResult::Outcome::Rejected);
        QVERIFY2(imported->message.contains(QStringLiteral("missing.json")), qPrintable(imported->message));

        std::optional<VerifyResult> verified;
        QVERIFY(runner.start(CaseFileJobs::verify(StoreAddress::ofFile(path)), {}, [&verified](const VerifyResult &result) { verified = result; }));
        QTRY_VERIFY_WITH_TIMEOUT(verified.has_value(), 60000);
        QCOMPARE(verified->outcome, VerifyResult::Outcome::Sound);
        QVERIFY(verified->report.problems.isEmpty());

        std::optional<VaughnImport::Result> index;
        QVERIFY(runner.start(CaseFileJobs::importVaughnIndex(StoreAddress::ofFile(path), missing), {},
                             [&index](const VaughnImport::Result &result) { index = result; }));
        QTRY_VERIFY_WITH_TIMEOUT(index.has_value(), 60000);
        QCOMPARE(index->outcome, VaughnImport::Outcome::Rejected);
    }
};

QTEST_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
