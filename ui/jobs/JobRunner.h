// Runs one long task at a time for a window: the job off the GUI thread, a window-modal progress
// dialog whose Cancel stops it, and, once it is done, a completion handed the job's typed result.
#pragma once

#include "Job.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

class QWidget;

namespace rebuttal {

// What the progress dialog says.
struct JobText
{
    QString title;
    QString label; // until the task reports a time limit
    // Once it has: "%1 of %2" filled with the step under way and the steps, above the time left
    // (estimated from the steps done, and the limit). Empty: keep `label`.
    QString stepLabel;
};

class JobRunner : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(QWidget *window);
    ~JobRunner() override;

    bool isBusy() const { return m_job != nullptr; }
    QProgressDialog *progressDialog() const { return m_dialog; }

    // Starts `job` unless one is running (then returns false and drops it). `finished` runs on
    // the GUI thread after the dialog has gone; it may start the next job.
    template <typename Result>
    bool start(std::unique_ptr<TypedJob<Result>> job, const JobText &text,
               std::type_identity_t<std::function<void(const Result &)>> finished)
    {
        if (isBusy())
            return false;
        TypedJob<Result> *raw = job.release();
        begin(raw, text, [raw, finished = std::move(finished)] { finished(raw->result()); });
        return true;
    }

    // Whether server process `pid` is the connection of this runner's running job, or of one that
    // ended whose last word (ServerChangeFeed::sessionEnded) the change feed has not heard yet:
    // the server delivers a job's notices in commit order but not in step with the job's end, so
    // they may come after it, and until that last word they are the job's, however late.
    bool ranOnServerBackend(int pid) const;
    // The change feed heard server process `pid` say it is done: nothing more of it is to come.
    void heardSessionEnd(int pid);
    // The change feed dropped: what ended jobs said meanwhile is lost, and every page is read
    // again when it listens, so no ended job's process is left out any longer.
    void forgetEndedSessions();

    // Stops the running job and waits until it has let go (an import has rolled back); its
    // completion is not called.
    void cancel();

private:
    void begin(Job *job, const JobText &text, std::function<void()> finished);
    void showProgress();
    void end(const std::function<void()> &finished);
    static QString minutesAndSeconds(qint64 seconds);

    // A task done sooner shows no dialog at all: a flash is noise.
    static constexpr int kShowAfterMs = 300;

    QWidget *m_window;
    Job *m_job = nullptr;
    QPointer<QProgressDialog> m_dialog;
    JobText m_text;
    int m_done = 0;
    int m_total = 0;
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever};
    QElapsedTimer m_elapsed; // since the job started: the pace of its steps
    // The server processes of ended jobs, each until the feed hears its last word.
    QList<int> m_endedBackends;
    // The running job's last word was heard already (or lost in a drop): not kept after its end.
    bool m_runningJobHeardOut = false;
};

} // namespace rebuttal
