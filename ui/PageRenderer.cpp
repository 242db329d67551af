#include "PageRenderer.h"

#include "pdf/WorkerProcess.h"
#include "pdf/PdfDocument.h"

#include <QPainter>
#include <QProcess>
#include <QTimer>

namespace rebuttal {

void PageRasterizer::load(const QByteArray &pdf, const QByteArray &password)
{
    stop();
    m_pdf = pdf;
    m_password = password;
    m_queue.clear();
    m_broken.clear();
    m_unusable = pdf.isEmpty();
    if (!m_unusable)
        start();
}

void PageRasterizer::render(int page, int width, quint64 generation)
{
    enqueue({true, page, width, {}, generation, 0});
}

void PageRasterizer::find(int page, const QString &term, quint64 generation)
{
    if (term.simplified().isEmpty()) {
        Q_EMIT found(page, {}, generation);
        return;
    }
    enqueue({false, page, 0, term, generation, 0});
}

void PageRasterizer::enqueue(Request request)
{
    request.id = m_nextId++;
    m_queue.push_back(std::move(request));
    pump();
}

void PageRasterizer::fail(const Request &request)
{
    if (request.render)
        Q_EMIT rendered(request.page, request.width, QImage(), request.generation);
    else
        Q_EMIT found(request.page, {}, request.generation);
}

void PageRasterizer::start()
{
    m_process = new QProcess(this);
    m_buffer.clear();
    if (!m_watchdog) {
        m_watchdog = new QTimer(this);
        m_watchdog->setSingleShot(true);
        m_watchdog->setInterval(PageTimeoutMs);
        connect(m_watchdog, &QTimer::timeout, this, [this] {
            if (m_process)
                m_process->kill();
        });
    }
    connect(m_process, &QProcess::readyReadStandardOutput, this, &PageRasterizer::readAnswers);
    connect(m_process, &QProcess::finished, this, &PageRasterizer::workerEnded);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            workerEnded();
    });
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardErrorFile(QProcess::nullDevice());
    m_process->start(WorkerProcess::program(), {QStringLiteral("--serve")});
    m_process->write(WorkerMessage::serveOpening(m_pdf, m_password));
}

void PageRasterizer::stop()
{
    if (m_inFlight) {
        fail(*m_inFlight);
        m_inFlight.reset();
    }
    if (m_watchdog)
        m_watchdog->stop();
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
        delete m_process;
        m_process = nullptr;
    }
}

void PageRasterizer::pump()
{
    while (!m_inFlight && !m_queue.empty()) {
        Request request = m_queue.front();
        m_queue.pop_front();
        if (m_unusable || m_broken.contains(request.page)) {
            fail(request);
            continue;
        }
        if (!m_process)
            start();
        m_process->write(request.render ? WorkerMessage::renderRequest(request.page - 1, request.width, request.id)
                                        : WorkerMessage::findRequest(request.page - 1, request.term, request.id));
        m_inFlight = request;
        m_watchdog->start();
    }
}

void PageRasterizer::readAnswers()
{
    m_buffer += m_process->readAllStandardOutput();
    while (std::optional<WorkerMessage> message = WorkerMessage::takeFrame(m_buffer)) {
        if (message->kind == WorkerMessage::Kind::Opened) {
            const auto problem = PdfDocument::Problem(message->problem);
            if (problem != PdfDocument::Problem::None) {
                m_unusable = true;
                Q_EMIT loaded(problem == PdfDocument::Problem::NeedsPassword || problem == PdfDocument::Problem::WrongPassword, 0);
            }
            continue;
        }
        if (!m_inFlight || message->requestId != m_inFlight->id)
            continue;
        const Request request = *m_inFlight;
        m_inFlight.reset();
        m_watchdog->stop();
        if (message->kind == WorkerMessage::Kind::Rendered && request.render)
            Q_EMIT rendered(request.page, request.width, message->image, request.generation);
        else if (message->kind == WorkerMessage::Kind::Found && !request.render)
            Q_EMIT found(request.page, message->areas, request.generation);
        else
            fail(request);
    }
    pump();
}

void PageRasterizer::workerEnded()
{
    if (!m_process)
        return;
    m_watchdog->stop();
    // Whatever it was drawing is what brought it down: that page is not asked for again.
    if (m_inFlight) {
        m_broken.insert(m_inFlight->page);
        fail(*m_inFlight);
        m_inFlight.reset();
    } else if (!m_unusable && m_process->exitStatus() == QProcess::CrashExit) {
        m_unusable = true; // it died opening the document
    }
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;
    pump();
}

PageRenderer::PageRenderer(QObject *parent)
    : QObject(parent)
    , m_rasterizer(new PageRasterizer)
    , m_cache(64 * 1024) // in KiB: about 64 MiB of images
{
    m_rasterizer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_rasterizer, &QObject::deleteLater);
    connect(this, &PageRenderer::renderRequested, m_rasterizer, &PageRasterizer::render);
    connect(this, &PageRenderer::findRequested, m_rasterizer, &PageRasterizer::find);
    connect(m_rasterizer, &PageRasterizer::rendered, this, &PageRenderer::takeRendered);
    connect(m_rasterizer, &PageRasterizer::found, this, [this](int page, const QList<QRectF> &areas, quint64 generation) {
        if (generation == m_generation)
            Q_EMIT textFound(page, areas);
    });
    connect(m_rasterizer, &PageRasterizer::loaded, this, [this](bool needsPassword) {
        if (needsPassword)
            Q_EMIT passwordNeeded();
    });
    m_thread.setObjectName(QStringLiteral("page renderer"));
    m_thread.start();
}

PageRenderer::~PageRenderer()
{
    // The worker process belongs to the render thread: stop it there before the thread ends.
    QMetaObject::invokeMethod(m_rasterizer, [rasterizer = m_rasterizer] { rasterizer->load({}, {}); },
                              Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void PageRenderer::setDocument(const QByteArray &pdf, const QByteArray &password)
{
    ++m_generation;
    m_cache.clear();
    m_pending.clear();
    QMetaObject::invokeMethod(m_rasterizer, [rasterizer = m_rasterizer, pdf, password] { rasterizer->load(pdf, password); },
                              Qt::QueuedConnection);
}

QImage PageRenderer::page(int page, int width)
{
    const QPair<int, int> key(page, width);
    if (const QImage *image = m_cache.object(key))
        return *image;
    if (!m_pending.contains(key)) {
        m_pending.insert(key);
        Q_EMIT renderRequested(page, width, m_generation);
    }
    return {};
}

QImage PageRenderer::unreadablePage(int width)
{
    QImage image(std::max(width, 16), std::max(width, 16) * 11 / 8, QImage::Format_RGB32);
    image.fill(QColor(0xEE, 0xEE, 0xEE));
    QPainter painter(&image);
    painter.setPen(QColor(0x66, 0x66, 0x66));
    QFont font = painter.font();
    font.setPixelSize(std::max(8, width / 22));
    painter.setFont(font);
    painter.drawText(image.rect().adjusted(width / 10, 0, -width / 10, 0), Qt::AlignCenter | Qt::TextWordWrap,
                     tr("This page could not be drawn: the PDF is damaged here."));
    return image;
}

void PageRenderer::findText(int page, const QString &term)
{
    Q_EMIT findRequested(page, term, m_generation);
}

void PageRenderer::takeRendered(int page, int width, const QImage &image, quint64 generation)
{
    if (generation != m_generation)
        return;
    const QPair<int, int> key(page, width);
    m_pending.remove(key);
    // A page that could not be drawn shows as such, rather than being asked for again and again.
    const QImage shown = image.isNull() ? unreadablePage(width) : image;
    m_cache.insert(key, new QImage(shown), int(shown.sizeInBytes() / 1024) + 1);
    Q_EMIT pageReady(page, width);
}

} // namespace rebuttal
