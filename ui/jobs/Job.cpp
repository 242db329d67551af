#include "Job.h"
#include "WorkThreads.h"

#include <QtConcurrent/QtConcurrentRun>

namespace rebuttal {

Job::Job(std::function<void(Job &job)> task, QObject *parent)
    : QObject(parent)
    , m_task(std::move(task))
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &Job::finished);
}

Job::~Job()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void Job::start()
{
    m_cancel = false;
    m_watcher.setFuture(QtConcurrent::run(workThreads(), [this] { m_task(*this); }));
}

} // namespace rebuttal
