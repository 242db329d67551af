// One rebuttal-pdf-worker process: where the program is, how it is started, its answers read back as
// WorkerMessages, and the clock its watchdog reads. The import runs its analysis workers on it;
// WorkerClient runs the page-drawing worker (--serve) on it. Nothing else starts a PDF worker.
#pragma once

#include "pdf/WorkerProtocol.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QElapsedTimer>
#include <QStringList>

#include <memory>
#include <optional>

class QProcess;

namespace rebuttal {

class WorkerProcess
{
public:
    // The worker executable: $REBUTTAL_PDF_WORKER (tests point it at a test worker), or beside this
    // program, or in libexec.
    static QString program();
    // Whether program() is there to be started (a broken installation lacks it).
    static bool isInstalled();

    WorkerProcess();
    ~WorkerProcess(); // kills the worker if it still runs
    WorkerProcess(const WorkerProcess &) = delete;
    WorkerProcess &operator=(const WorkerProcess &) = delete;

    // Starts the worker afresh (killing the one running, if any) with `arguments`, and writes the
    // pieces of `input` (in pieces, so that a production's bytes are passed on without a copy). Its
    // input stays open for requests (send) until closeInput().
    void start(const QStringList &arguments, const QByteArrayList &input);
    void send(const QByteArray &bytes);
    // Ends the worker's input: an analysis worker finishes the pages it was asked for, then exits.
    void closeInput();

    // Waits up to `waitMs` for output and takes in what has come.
    void receive(int waitMs);
    // The next whole message received; nullopt until one has come. A malformed frame comes back
    // as a message of kind Finished with problem -1.
    std::optional<WorkerMessage> takeMessage();

    bool isRunning() const;
    // It has stopped (exited, crashed, killed, or never started) and nothing it wrote is left to read.
    bool hasEnded() const;
    // Milliseconds since the worker was started, was sent a request, or sent a message: how long it
    // has been silent, for the watchdog (a worker announces each page before it works on it).
    qint64 silentMs() const { return m_sinceExchange.elapsed(); }

    // Kills the worker and waits for it to go.
    void stop();
    // Gives a worker that has said all it will say `waitMs` to exit by itself, then kills it.
    void finish(int waitMs);

private:
    std::unique_ptr<QProcess> m_process;
    QByteArray m_buffer;
    QElapsedTimer m_sinceExchange;
};

} // namespace rebuttal
