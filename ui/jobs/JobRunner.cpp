#include "JobRunner.h"

#include <QProgressDialog>
#include <QTimer>

#include <algorithm>

namespace rebuttal {

JobRunner::JobRunner(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

JobRunner::~JobRunner()
{
    cancel();
}

void JobRunner::begin(Job *job, const JobText &text, std::function<void()> finished)
{
    m_job = job;
    m_job->setParent(this);
    m_runningJobHeardOut = false;
    m_text = text;
    m_done = m_total = 0;
    m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    m_elapsed.start();
    m_dialog = new QProgressDialog(text.label, tr("Cancel"), 0, 0, m_window);
    m_dialog->setWindowTitle(text.title);
    // Modal: an import holds the case file's write lock until it commits.
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(kShowAfterMs);
    // QProgressDialog shows itself after that time only if the first value it is given is its
    // minimum; a first report further along (a copy's first kibibytes, a resumed count) sent within
    // its first 50 ms stops that timer, and the dialog waits for a later value to decide. A job
    // that then stalls (a slow link, a lock) would run for seconds without a dialog, and without
    // its Cancel. So the runner shows it itself once the time is up, as the dialog's own timer does.
    QTimer::singleShot(kShowAfterMs, m_dialog, [this, dialog = m_dialog.data()] {
        if (m_dialog == dialog && !dialog->isVisible())
            QMetaObject::invokeMethod(dialog, "forceShow"); // a protected slot: also marks it shown
    });
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, job, &Job::cancel);
    connect(job, &Job::progress, this, [this](int done, int total) {
        m_done = done;
        m_total = total;
        showProgress();
    });
    // The time a task may still take, counted down every second: the user sees how long a
    // hostile file could hold them up.
    connect(job, &Job::timeLimitKnown, this, [this](qint64 ms) {
        m_deadline = QDeadlineTimer(ms);
        showProgress();
    });
    auto *tick = new QTimer(m_dialog);
    connect(tick, &QTimer::timeout, this, &JobRunner::showProgress);
    tick->start(1000);
    connect(job, &Job::finished, this, [this, finished = std::move(finished)] { end(finished); });
    job->start();
}

bool JobRunner::ranOnServerBackend(int pid) const
{
    if (pid == 0)
        return false;
    return (m_job && m_job->serverBackendPid() == pid) || m_endedBackends.contains(pid);
}

void JobRunner::heardSessionEnd(int pid)
{
    if (m_job && m_job->serverBackendPid() == pid)
        m_runningJobHeardOut = true; // before its end reached the GUI thread
    else
        m_endedBackends.removeAll(pid);
}

void JobRunner::forgetEndedSessions()
{
    m_endedBackends.clear();
    m_runningJobHeardOut = true;
}

void JobRunner::showProgress()
{
    if (!m_dialog || m_total <= 0)
        return;
    QProgressDialog *dialog = m_dialog;
    dialog->setMaximum(m_total);
    // A window-modal progress dialog's setValue() processes events: the job may finish (or the
    // user cancel) right there, and end() forget the dialog before we touch it again.
    dialog->setValue(m_done);
    if (m_dialog != dialog || m_deadline.isForever() || m_text.stepLabel.isEmpty())
        return;
    // The step under way, not the steps done: "page 1 of 3" while the first page is read.
    const int step = std::min(m_done + 1, m_total);
    // The limit alone (half an hour for a long production) reads as how long the task will take:
    // once a step is done, the time the steps so far suggest comes first, the limit after it.
    const qint64 limit = std::max<qint64>(0, m_deadline.remainingTime() / 1000);
    QString left = tr("At most %1 left").arg(minutesAndSeconds(limit));
    if (m_done > 0 && m_done < m_total) {
        const qint64 estimate = std::min(limit, m_elapsed.elapsed() * (m_total - m_done) / m_done / 1000);
        left = tr("About %1 left (at most %2)").arg(minutesAndSeconds(estimate), minutesAndSeconds(limit));
    }
    m_dialog->setLabelText(m_text.stepLabel.arg(step).arg(m_total) + QLatin1Char('\n') + left);
}

QString JobRunner::minutesAndSeconds(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void JobRunner::end(const std::function<void()> &finished)
{
    // Forgotten before the completion runs, which may start the next job.
    Job *job = m_job;
    m_job = nullptr;
    // Without its last word sent (the connection gone) nothing would ever let the process go;
    // at worst a notice of a commit just before the drop comes late and refreshes once more.
    if (const int pid = job->serverBackendPid(); pid && job->sessionEndAnnounced() && !m_runningJobHeardOut)
        m_endedBackends.append(pid);
    m_runningJobHeardOut = false;
    if (m_dialog) {
        m_dialog->close();
        m_dialog->deleteLater();
    }
    m_dialog = nullptr;
    finished();
    job->deleteLater();
}

void JobRunner::cancel()
{
    if (!m_job)
        return;
    m_job->cancel();
    delete m_job; // waits for the task to let go
    m_job = nullptr;
    delete m_dialog;
}

} // namespace rebuttal
