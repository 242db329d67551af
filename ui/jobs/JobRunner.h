// Runs one long task at a time for a window: the job off the GUI thread, a window-modal progress
// dialog whose Cancel stops it, and, once it is done, a completion handed the job's typed result.
#pragma once

#include "Job.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>

#include <functional>
#include <memory>
#include <type_traits>

class QWidget;

namespace rebuttal {

// What the progress dialog says.
struct JobText
{
    QString title;
    QString label; // until the task reports a time limit
    // Once it has: "%1 of %2" filled with the progress, above the time left. Empty: keep `label`.
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

    // Stops the running job and waits until it has let go (an import has rolled back); its
    // completion is not called.
    void cancel();

private:
    void begin(Job *job, const JobText &text, std::function<void()> finished);
    void showProgress();
    void end(const std::function<void()> &finished);

    QWidget *m_window;
    Job *m_job = nullptr;
    QPointer<QProgressDialog> m_dialog;
    JobText m_text;
    int m_done = 0;
    int m_total = 0;
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever};
};

} // namespace rebuttal
