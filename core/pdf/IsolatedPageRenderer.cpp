#include "IsolatedPageRenderer.h"

#include "pdf/WorkerProcess.h"
#include "pdf/PdfDocument.h"

#include <QDeadlineTimer>
#include <QProcess>

namespace rebuttal {

IsolatedPageRenderer::IsolatedPageRenderer(const QByteArray &pdf, const QByteArray &password, int pageTimeoutMs)
    : m_pdf(pdf)
    , m_password(password)
    , m_timeoutMs(pageTimeoutMs)
{
}

IsolatedPageRenderer::~IsolatedPageRenderer()
{
    stop();
}

void IsolatedPageRenderer::stop()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(1000);
    m_process.reset();
}

bool IsolatedPageRenderer::start()
{
    m_process = std::make_unique<QProcess>();
    m_process->setStandardErrorFile(QProcess::nullDevice());
    m_process->start(WorkerProcess::program(), {QStringLiteral("--serve")});
    if (!m_process->waitForStarted(m_timeoutMs)) {
        m_unusable = true;
        stop();
        return false;
    }
    m_process->write(WorkerMessage::serveOpening(m_pdf, m_password));
    m_buffer.clear();
    // The worker says first whether it could open the document.
    const QDeadlineTimer deadline(m_timeoutMs);
    for (;;) {
        if (std::optional<WorkerMessage> message = WorkerMessage::takeFrame(m_buffer)) {
            if (message->kind == WorkerMessage::Kind::Opened && message->problem == int(PdfDocument::Problem::None))
                return true;
            m_unusable = true;
            stop();
            return false;
        }
        if (deadline.hasExpired() || !m_process->waitForReadyRead(int(deadline.remainingTime()))) {
            m_unusable = true;
            stop();
            return false;
        }
        m_buffer += m_process->readAllStandardOutput();
    }
}

QImage IsolatedPageRenderer::render(int pageIndex, int width)
{
    if (m_unusable || m_broken.contains(pageIndex) || (!m_process && !start()))
        return {};
    const qint64 id = m_nextId++;
    m_process->write(WorkerMessage::renderRequest(pageIndex, width, id));
    const QDeadlineTimer deadline(m_timeoutMs);
    for (;;) {
        while (std::optional<WorkerMessage> message = WorkerMessage::takeFrame(m_buffer)) {
            if (message->kind == WorkerMessage::Kind::Rendered && message->requestId == id)
                return message->image;
        }
        if (deadline.hasExpired() || !m_process->waitForReadyRead(int(deadline.remainingTime()))) {
            // Crashed or hung on this page: never ask for it again, start afresh for the next.
            m_broken.insert(pageIndex);
            stop();
            return {};
        }
        m_buffer += m_process->readAllStandardOutput();
    }
}

} // namespace rebuttal
