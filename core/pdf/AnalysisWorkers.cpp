#include "AnalysisWorkers.h"

#include <algorithm>

namespace rebuttal {

AnalysisWorkers::AnalysisWorkers(int count, const Limits &limits)
    : m_workers(static_cast<size_t>(count))
    , m_limits(limits)
    , m_restarts(std::max(0, limits.maxRestarts))
{
}

void AnalysisWorkers::start(const QString &source, const QByteArrayList &input)
{
    m_source = source;
    m_input = input;
    for (size_t k = 0; k < m_workers.size(); ++k)
        startAt(m_workers[k], int(k));
}

void AnalysisWorkers::startAt(Worker &worker, int firstPage)
{
    worker.first = firstPage;
    worker.current = -1;
    worker.opened = false;
    worker.finished = false;
    worker.process.start({m_source, QString::number(firstPage), QString::number(m_workers.size())}, m_input,
                         WorkerProcess::Input::Close);
}

bool AnalysisWorkers::isWorking() const
{
    return std::any_of(m_workers.begin(), m_workers.end(), [](const Worker &w) { return !w.finished; });
}

AnalysisWorkers::Failure AnalysisWorkers::poll(const MessageHandler &onMessage, const LossHandler &onLoss)
{
    for (Worker &worker : m_workers) {
        if (worker.finished)
            continue;
        worker.process.receive(20);
        if (const Failure failure = readMessages(worker, onMessage, onLoss); failure != Failure::None)
            return failure;
        if (worker.finished)
            continue;
        if (const Failure failure = watch(worker, onLoss); failure != Failure::None)
            return failure;
    }
    return Failure::None;
}

AnalysisWorkers::Failure AnalysisWorkers::readMessages(Worker &worker, const MessageHandler &onMessage, const LossHandler &onLoss)
{
    while (std::optional<WorkerMessage> message = worker.process.takeMessage()) {
        switch (message->kind) {
        case WorkerMessage::Kind::Opened:
            if (onMessage(*message) == Reply::Stop)
                return Failure::Stopped;
            if (m_pageCount < 0)
                m_pageCount = message->pageCount;
            worker.opened = true;
            break;
        case WorkerMessage::Kind::Starting:
            worker.current = message->pageIndex;
            break;
        case WorkerMessage::Kind::Page: {
            const Reply reply = onMessage(*message);
            if (reply == Reply::Stop)
                return Failure::Stopped;
            if (reply == Reply::Delivered)
                worker.current = -1;
            break;
        }
        case WorkerMessage::Kind::Finished:
            if (message->problem == -1) {
                if (!loseAndRestart(worker, Loss::Garbled, onLoss))
                    return Failure::TooManyRestarts;
            } else {
                worker.finished = true;
            }
            break;
        case WorkerMessage::Kind::Rendered:
        case WorkerMessage::Kind::Found:
            break; // serve-mode answers; an analysis worker never sends them
        }
        if (worker.finished)
            break;
    }
    return Failure::None;
}

// A worker that died, or hung on its announced page, costs that page.
AnalysisWorkers::Failure AnalysisWorkers::watch(Worker &worker, const LossHandler &onLoss)
{
    const bool died = worker.process.hasEnded();
    const bool hung = worker.current >= 0 && worker.process.silentMs() > m_limits.pageTimeoutMs;
    if (died && !worker.opened)
        return Failure::OpenCrashed;
    if (!worker.opened && worker.process.silentMs() > m_limits.openTimeoutMs)
        return Failure::OpenTimedOut;
    if (!died && !hung)
        return Failure::None;
    if (hung)
        worker.process.stop();
    if (!loseAndRestart(worker, hung ? Loss::TimedOut : Loss::Crashed, onLoss))
        return Failure::TooManyRestarts;
    return Failure::None;
}

bool AnalysisWorkers::loseAndRestart(Worker &worker, Loss why, const LossHandler &onLoss)
{
    const int page = WorkerRestarts::lostPage(worker.current, worker.first);
    onLoss(LostPage{page, worker.current, why});
    m_restarts.lose(page);
    if (m_restarts.isExhausted())
        return false;
    const std::optional<int> next = WorkerRestarts::resumeAfter(page, int(m_workers.size()), m_pageCount);
    if (!next) {
        worker.finished = true;
        return true;
    }
    startAt(worker, *next);
    return true;
}

void AnalysisWorkers::stopAll()
{
    for (Worker &worker : m_workers)
        worker.process.stop();
}

void AnalysisWorkers::finishAll(int waitMs)
{
    for (Worker &worker : m_workers)
        worker.process.finish(waitMs);
}

} // namespace rebuttal
