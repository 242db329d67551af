#include "AnalysisWorkers.h"

#include <algorithm>

namespace rebuttal {

AnalysisWorkers::AnalysisWorkers(int count, const Limits &limits)
    : m_workers(static_cast<size_t>(count))
    , m_limits(limits)
    , m_restarts(std::max(0, limits.maxRestarts))
{
}

namespace {
// Pages a worker is asked for ahead of what it has delivered: one being analysed and one waiting in
// its pipe, so that it never waits on the importer between pages. Near the end, one: a last page
// waiting behind a slow one would leave the other workers idle while it waits.
constexpr size_t kInAdvance = 2;
} // namespace

void AnalysisWorkers::start(const QString &source, const QByteArray &pdf, const QByteArray &password)
{
    m_source = source;
    m_opening = WorkerMessage::analysisOpening(source, pdf, password);
    for (Worker &worker : m_workers)
        startOne(worker);
}

void AnalysisWorkers::startOne(Worker &worker)
{
    worker.asked.clear();
    worker.current = -1;
    worker.onPage.invalidate();
    worker.opened = false;
    worker.finished = false;
    worker.process.start({m_source}, m_opening);
}

void AnalysisWorkers::feed(Worker &worker)
{
    const size_t inAdvance = m_queue.size() > m_workers.size() ? kInAdvance : 1;
    while (worker.asked.size() < inAdvance && !m_queue.empty()) {
        const int page = m_queue.front();
        m_queue.pop_front();
        worker.asked.push_back(page);
        worker.process.send(WorkerMessage::analyseRequest(page));
    }
    if (m_queue.empty())
        worker.process.closeInput();
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
            if (m_pageCount < 0) {
                m_pageCount = message->pageCount;
                for (int page = 0; page < m_pageCount; ++page)
                    m_queue.push_back(page);
            }
            worker.opened = true;
            feed(worker);
            break;
        case WorkerMessage::Kind::Starting:
            // A page announced again is the same page still at work (the worker's heartbeat).
            if (worker.current != message->pageIndex)
                worker.onPage.start();
            worker.current = message->pageIndex;
            break;
        case WorkerMessage::Kind::Page: {
            const Reply reply = onMessage(*message);
            if (reply == Reply::Stop)
                return Failure::Stopped;
            if (reply == Reply::Delivered) {
                worker.current = -1;
                worker.onPage.invalidate();
            }
            std::erase(worker.asked, message->pageIndex);
            feed(worker);
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
    const bool hung = worker.current >= 0
        && (worker.process.silentMs() > m_limits.pageTimeoutMs
            || (m_limits.pageMostMs > 0 && worker.onPage.isValid() && worker.onPage.elapsed() > m_limits.pageMostMs));
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
    if (worker.current < 0 && worker.asked.empty()) {
        // Lost with nothing asked of it (after its last page): no page is lost.
        worker.finished = true;
        return true;
    }
    const int page = WorkerRestarts::lostPage(worker.current, worker.asked.empty() ? worker.current : worker.asked.front());
    onLoss(LostPage{page, worker.current, why});
    m_restarts.lose(page);
    std::erase(worker.asked, page);
    m_queue.insert(m_queue.begin(), worker.asked.begin(), worker.asked.end());
    worker.asked.clear();
    if (m_restarts.isExhausted())
        return false;
    if (m_queue.empty()) {
        worker.finished = true;
        return true;
    }
    startOne(worker);
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
