#include "WorkThreads.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace rebuttal {

namespace {

struct WorkPool : QThreadPool
{
    WorkPool()
    {
        // Most of this work waits (on a server, a lock, a reader process) rather than computes:
        // a few more threads than cores keep one stalled task from queueing the others.
        setMaxThreadCount(std::max(4, 2 * QThread::idealThreadCount()));
        setObjectName(QStringLiteral("rebuttal work"));
    }
};

} // namespace

Q_GLOBAL_STATIC(WorkPool, s_workThreads)

QThreadPool *workThreads()
{
    return s_workThreads();
}

} // namespace rebuttal
