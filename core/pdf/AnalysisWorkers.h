// The analysis workers of one import (rebuttal-pdf-worker without --serve): each reads the whole PDF
// and analyses the pages it is asked for, one or two ahead of what it has delivered, taken from one
// queue in page order: a worker held up by a slow page (a scan) leaves the pages after it to the
// others, so every core stays busy to the end. The pool owns the generic part of running them: a
// worker that dies, hangs on a page or garbles its answer costs that page, which is reported lost,
// and is started afresh, within a budget of restarts (the policy of WorkerRestarts); the other page
// it had been asked for goes back to the queue. What the pages mean, and what a failure tells the
// user, is the caller's (foia/ProductionImport).
#pragma once

#include "pdf/WorkerProcess.h"
#include "pdf/WorkerRestarts.h"

#include <QByteArrayList>
#include <QElapsedTimer>
#include <QString>

#include <deque>
#include <functional>
#include <vector>

namespace rebuttal {

class AnalysisWorkers
{
public:
    struct Limits
    {
        int pageTimeoutMs = 0; // a worker silent this long on an announced page is killed
        int openTimeoutMs = 0; // a worker that has not opened the PDF by then fails the import
        int maxRestarts = 0;   // restarts after a lost page; one more fails the import
        // A worker still on one page this long is killed however often it says it is at work on
        // it (a page analysis that loops); 0: no such limit.
        int pageMostMs = 0;
    };

    // Why a page was lost: what its worker did on it.
    enum class Loss { Crashed, TimedOut, Garbled };

    struct LostPage
    {
        int page = 0;       // 0-based: the page announced, or the first it was asked for when none was
        int announced = -1; // the page the worker announced last (-1: none since it was started)
        Loss why = Loss::Crashed;
    };

    // Why poll() stopped the import.
    enum class Failure {
        None,
        Stopped,         // the message handler said stop
        OpenCrashed,     // a worker stopped before it opened the PDF
        OpenTimedOut,    // a worker did not open the PDF within the open time limit
        TooManyRestarts, // more pages lost than the restart budget allows
    };

    // What the message handler did with a message (Opened or Page).
    enum class Reply { Continue, Delivered, Stop };
    using MessageHandler = std::function<Reply(WorkerMessage &message)>;
    using LossHandler = std::function<void(const LostPage &lost)>;

    AnalysisWorkers(int count, const Limits &limits);

    // Starts every worker on `source`: a path, or "-" for `pdf`, which is passed on without a copy.
    void start(const QString &source, const QByteArray &pdf, const QByteArray &password);
    // Some worker has pages left to analyse.
    bool isWorking() const;

    // Waits briefly on each working worker in turn; hands its Opened and Page messages to `onMessage`
    // and its lost pages to `onLoss`, restarting it after a lost page.
    Failure poll(const MessageHandler &onMessage, const LossHandler &onLoss);

    void stopAll();
    // Lets each worker exit by itself within `waitMs`, then kills it.
    void finishAll(int waitMs);

private:
    struct Worker
    {
        WorkerProcess process; // its silence is the time since it announced its page (or was started)
        std::deque<int> asked; // pages it was asked for and has not delivered, in the order asked
        int current = -1;      // the page it announced last
        QElapsedTimer onPage;  // since it announced `current` first (it announces a slow page again)
        bool opened = false;
        bool finished = false;
    };

    void startOne(Worker &worker);
    // Asks `worker` for pages from the queue until it has two (one near the end); ends its input when the queue
    // is empty.
    void feed(Worker &worker);
    Failure readMessages(Worker &worker, const MessageHandler &onMessage, const LossHandler &onLoss);
    Failure watch(Worker &worker, const LossHandler &onLoss);
    // Reports the worker's page lost, puts the other pages it was asked for back at the head of the
    // queue and starts it again if pages are left; false past the budget.
    bool loseAndRestart(Worker &worker, Loss why, const LossHandler &onLoss);

    std::vector<Worker> m_workers;
    Limits m_limits;
    QString m_source;
    QByteArrayList m_opening;
    int m_pageCount = -1; // known once a worker has opened the PDF
    std::deque<int> m_queue; // pages no worker has been asked for (filled when the count is known)
    WorkerRestarts m_restarts;
};

} // namespace rebuttal
