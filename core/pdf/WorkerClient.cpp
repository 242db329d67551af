#include "WorkerClient.h"

namespace rebuttal {

namespace {
// How often a wait looks at the interruption: short enough that leaving a document feels immediate.
constexpr int kPollMs = 50;
} // namespace

WorkerClient::WorkerClient(const QByteArray &pdf, const QByteArray &password, int pageTimeoutMs)
    : m_pdf(pdf)
    , m_password(password)
    , m_timeoutMs(pageTimeoutMs)
{
}

WorkerClient::Wait WorkerClient::awaitMessage(std::optional<WorkerMessage> &message)
{
    for (;;) {
        if ((message = m_worker.takeMessage()))
            return Wait::Message;
        if (m_worker.hasEnded())
            return Wait::Ended;
        if (m_worker.silentMs() > m_timeoutMs)
            return Wait::TimedOut;
        if (m_interrupted && m_interrupted())
            return Wait::Interrupted;
        m_worker.receive(kPollMs);
    }
}

bool WorkerClient::open()
{
    // A running worker is one that has opened the document: any other is stopped below.
    if (m_worker.isRunning())
        return true;
    if (m_documentProblem != PdfDocument::Problem::None)
        return false;
    if (!WorkerProcess::isInstalled()) {
        m_documentProblem = PdfDocument::Problem::Unreadable;
        return false;
    }
    m_worker.start({QStringLiteral("--serve")}, WorkerMessage::serveOpening(m_pdf, m_password));
    // The worker says first whether it could open the document.
    std::optional<WorkerMessage> opened;
    switch (awaitMessage(opened)) {
    case Wait::Message:
        if (opened->kind == WorkerMessage::Kind::Opened && opened->problem == int(PdfDocument::Problem::None))
            return true;
        m_documentProblem = opened->kind == WorkerMessage::Kind::Opened && opened->problem > 0
            ? PdfDocument::Problem(opened->problem)
            : PdfDocument::Problem::Damaged;
        break;
    case Wait::Ended:
    case Wait::TimedOut:
        // Poppler crashed or hung on the document itself: no page of it can be drawn.
        m_documentProblem = PdfDocument::Problem::Damaged;
        break;
    case Wait::Interrupted:
        break;
    }
    m_worker.stop();
    return false;
}

WorkerClient::Failure WorkerClient::givenUp(int pageIndex, Failure failure)
{
    // Whatever the worker was doing is what brought it down: that page is not asked for again.
    if (failure != Failure::Interrupted)
        m_restarts.lose(pageIndex);
    m_worker.stop();
    return failure;
}

WorkerClient::Failure WorkerClient::ask(int pageIndex, const Request &request, WorkerMessage::Kind kind,
                                        std::optional<WorkerMessage> &answer)
{
    if (m_restarts.isLost(pageIndex))
        return Failure::BrokenBefore;
    if (!open())
        return m_documentProblem == PdfDocument::Problem::None ? Failure::Interrupted : Failure::DocumentUnreadable;
    const qint64 requestId = m_nextId++;
    m_worker.send(request(requestId));
    for (;;) {
        switch (awaitMessage(answer)) {
        case Wait::Message:
            if (answer->kind == WorkerMessage::Kind::Finished && answer->problem == -1)
                return givenUp(pageIndex, Failure::Garbled);
            if (answer->requestId != requestId)
                continue; // an answer to no request of ours
            return answer->kind == kind ? Failure::None : givenUp(pageIndex, Failure::Garbled);
        case Wait::Ended:
            return givenUp(pageIndex, Failure::Crashed);
        case Wait::TimedOut:
            return givenUp(pageIndex, Failure::TimedOut);
        case Wait::Interrupted:
            return givenUp(pageIndex, Failure::Interrupted);
        }
    }
}

WorkerClient::Drawing WorkerClient::render(int pageIndex, int width)
{
    std::optional<WorkerMessage> answer;
    const Failure failure = ask(pageIndex, [&](qint64 id) { return WorkerMessage::renderRequest(pageIndex, width, id); },
                                WorkerMessage::Kind::Rendered, answer);
    if (failure != Failure::None)
        return {{}, failure};
    if (answer->image.isNull())
        return {{}, Failure::NotDrawn};
    return {answer->image, Failure::None};
}

WorkerClient::Search WorkerClient::find(int pageIndex, const QString &term)
{
    if (term.simplified().isEmpty())
        return {};
    std::optional<WorkerMessage> answer;
    const Failure failure = ask(pageIndex, [&](qint64 id) { return WorkerMessage::findRequest(pageIndex, term, id); },
                                WorkerMessage::Kind::Found, answer);
    if (failure != Failure::None)
        return {{}, failure};
    return {answer->areas, Failure::None};
}

} // namespace rebuttal
