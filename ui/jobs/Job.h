// A long task run off the GUI thread: it reports progress (and, if it has one, its time limit),
// stops at the next check once cancelled, and hands back a typed result (TypedJob).
#pragma once

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace rebuttal {

class Job : public QObject
{
    Q_OBJECT

public:
    // Cancels and waits: whatever the task holds (a connection, a transaction) is released first.
    ~Job() override;

    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_watcher.isRunning(); }
    bool isCancelled() const { return m_cancel; }

    // For the task, on its thread: the flag the core's long operations poll, and what to report.
    const std::atomic_bool *cancelFlag() const { return &m_cancel; }
    void reportProgress(int done, int total) { Q_EMIT progress(done, total); }
    void reportTimeLimit(qint64 ms) { Q_EMIT timeLimitKnown(ms); }
    // The server process of the task's own connection to a matter, told once it is open (before
    // anything is written), so that the window's change feed can leave out what the task commits:
    // the window refreshes once the task is done. Read on the GUI thread; 0: none (a case file).
    void reportServerBackend(int pid) { m_serverBackendPid = pid; }
    int serverBackendPid() const { return m_serverBackendPid; }
    // Whether that connection told the matter's listeners it was done as it closed (its last
    // word: ServerChangeFeed::announceSessionEnd), so the window's feed will hear when every
    // notice of the task's has come.
    void reportSessionEnd(bool announced) { m_sessionEndAnnounced = announced; }
    bool sessionEndAnnounced() const { return m_sessionEndAnnounced; }

    Q_SIGNAL void progress(int done, int total);
    // The time the whole task may take, counted from its start (a production import's budget).
    Q_SIGNAL void timeLimitKnown(qint64 ms);
    // On the GUI thread, once the task has returned (cancelled or not).
    Q_SIGNAL void finished();

protected:
    // `task` runs on a pool thread; it belongs to this base class so that it outlives the
    // thread whatever the subclass holds.
    explicit Job(std::function<void(Job &job)> task, QObject *parent = nullptr);

private:
    std::function<void(Job &job)> m_task;
    std::atomic_bool m_cancel = false;
    std::atomic_int m_serverBackendPid = 0;
    std::atomic_bool m_sessionEndAnnounced = false;
    QFutureWatcher<void> m_watcher;
};

// A job whose task returns a `Result` (an outcome enum and what goes with it, never an int).
template <typename Result>
class TypedJob : public Job
{
public:
    using Task = std::function<Result(Job &job)>;

    explicit TypedJob(Task task, QObject *parent = nullptr)
        : TypedJob(std::make_shared<Result>(), std::move(task), parent)
    {
    }

    // Valid once finished() was emitted.
    const Result &result() const { return *m_result; }

private:
    TypedJob(std::shared_ptr<Result> result, Task task, QObject *parent)
        : Job([result, task = std::move(task)](Job &job) { *result = task(job); }, parent)
        , m_result(std::move(result))
    {
    }

    std::shared_ptr<Result> m_result;
};

} // namespace rebuttal
