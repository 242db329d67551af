// The client of the page-drawing worker (rebuttal-pdf-worker --serve) for one untrusted PDF: it
// starts the worker, sends it one request at a time and waits for the answer, so that a PDF that
// crashes or hangs Poppler costs a page, never the caller. A worker that dies on a page is started
// afresh for the next; one that does not answer within the page time limit is killed; a page that
// did either is reported as such and never asked for again (WorkerRestarts, with no budget: the
// user may look at every other page). Synchronous: the summaries call it
// directly, the app's page view from a thread of its own (ui/PageRenderer).
#pragma once

#include "pdf/PdfDocument.h"
#include "pdf/WorkerProcess.h"
#include "pdf/WorkerRestarts.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRectF>

#include <functional>
#include <optional>

namespace rebuttal {

class WorkerClient
{
public:
    // How long the worker may take to open the document, or to answer for one page.
    static constexpr int DefaultPageTimeoutMs = 30000;

    // Why a request about a page (draw it, search it) got no answer. Not a stored page problem
    // (domain/PageProblem, why the import could not analyse a page): this is the drawing worker's.
    enum class Failure {
        None,
        NotDrawn,           // the worker answered without an image (it could not draw the page)
        Crashed,            // the worker died on this page; the next page gets a new worker
        TimedOut,           // no answer within the page time limit: the worker was killed
        Garbled,            // the worker's answer was not a well-formed message: it was stopped
        BrokenBefore,       // the page crashed, hung or garbled a worker earlier: not asked for again
        DocumentUnreadable, // the worker cannot open the document: documentProblem() says why
        Interrupted,        // the caller stopped waiting (setInterruption); nothing is known of the page
    };

    struct Drawing
    {
        QImage image; // null unless failure is None
        Failure failure = Failure::None;
    };

    struct Search
    {
        QList<QRectF> areas; // fractions of the page
        Failure failure = Failure::None;
    };

    explicit WorkerClient(const QByteArray &pdf, const QByteArray &password = {}, int pageTimeoutMs = DefaultPageTimeoutMs);
    WorkerClient(const WorkerClient &) = delete;
    WorkerClient &operator=(const WorkerClient &) = delete;

    // Asked while waiting for the worker (every few tens of milliseconds): true stops the wait, and
    // the worker, at once. The app's page view gives up a page when the user moves to another document.
    void setInterruption(std::function<bool()> interrupted) { m_interrupted = std::move(interrupted); }

    // Starts a worker, unless one has the document open, and waits for it to open the document.
    // False when it cannot (documentProblem() says why) or when interrupted first.
    bool open();
    // None while the document is open or not yet tried; NeedsPassword or WrongPassword when the
    // password is missing or wrong; Damaged when the worker crashed or hung opening it.
    PdfDocument::Problem documentProblem() const { return m_documentProblem; }

    // Page `pageIndex` (0-based), `width` pixels wide.
    Drawing render(int pageIndex, int width);
    // Where the words of `term` occur on page `pageIndex` (0-based); no areas for an empty term.
    Search find(int pageIndex, const QString &term);

    bool isBroken(int pageIndex) const { return m_restarts.isLost(pageIndex); }

private:
    enum class Wait { Message, Ended, TimedOut, Interrupted };
    Wait awaitMessage(std::optional<WorkerMessage> &message);
    // The request to send, given its id.
    using Request = std::function<QByteArray(qint64 requestId)>;
    // Sends `request` about page `pageIndex` and waits for its answer, of kind `kind`.
    Failure ask(int pageIndex, const Request &request, WorkerMessage::Kind kind, std::optional<WorkerMessage> &answer);
    Failure givenUp(int pageIndex, Failure failure);

    QByteArray m_pdf;
    QByteArray m_password;
    int m_timeoutMs;
    WorkerProcess m_worker;
    std::function<bool()> m_interrupted;
    PdfDocument::Problem m_documentProblem = PdfDocument::Problem::None;
    WorkerRestarts m_restarts{WorkerRestarts::Unlimited};
    qint64 m_nextId = 1;
};

} // namespace rebuttal
