#include "PageRenderer.h"

#include "pdf/WorkerClient.h"

#include <QPainter>

namespace rebuttal {

PageRasterizer::PageRasterizer(const std::atomic<quint64> &shown)
    : m_shown(shown)
{
}

PageRasterizer::~PageRasterizer() = default;

void PageRasterizer::load(const QByteArray &pdf, const QByteArray &password, quint64 generation)
{
    m_client.reset();
    m_generation = generation;
    if (pdf.isEmpty() || generation != m_shown.load())
        return;
    m_client = std::make_unique<WorkerClient>(pdf, password);
    m_client->setInterruption([this, generation] { return m_shown.load() != generation; });
    if (!m_client->open()) {
        const PdfDocument::Problem problem = m_client->documentProblem();
        Q_EMIT loaded(problem == PdfDocument::Problem::NeedsPassword || problem == PdfDocument::Problem::WrongPassword, generation);
    }
}

void PageRasterizer::render(int page, int width, quint64 generation)
{
    if (!isCurrent(generation))
        return;
    const WorkerClient::Drawing drawing = m_client ? m_client->render(page - 1, width)
                                                   : WorkerClient::Drawing{{}, WorkerClient::Failure::DocumentUnreadable};
    if (drawing.failure != WorkerClient::Failure::Interrupted)
        Q_EMIT rendered(page, width, drawing.image, generation);
}

void PageRasterizer::find(int page, const QString &term, quint64 generation)
{
    if (!isCurrent(generation))
        return;
    const WorkerClient::Search search = m_client ? m_client->find(page - 1, term) : WorkerClient::Search{};
    if (search.failure != WorkerClient::Failure::Interrupted)
        Q_EMIT found(page, search.areas, generation);
}

PageRenderer::PageRenderer(QObject *parent)
    : QObject(parent)
    , m_rasterizer(new PageRasterizer(m_generation))
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
    connect(m_rasterizer, &PageRasterizer::loaded, this, [this](bool needsPassword, quint64 generation) {
        if (needsPassword && generation == m_generation)
            Q_EMIT passwordNeeded();
    });
    m_thread.setObjectName(QStringLiteral("page renderer"));
    m_thread.start();
}

PageRenderer::~PageRenderer()
{
    // The worker process belongs to the render thread: stop it there before the thread ends. The
    // new generation makes the client give up the page in hand, if any, at once.
    const quint64 none = ++m_generation;
    QMetaObject::invokeMethod(m_rasterizer, [rasterizer = m_rasterizer, none] { rasterizer->load({}, {}, none); },
                              Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void PageRenderer::setDocument(const QByteArray &pdf, const QByteArray &password)
{
    const quint64 generation = ++m_generation;
    m_pdf = pdf;
    m_cache.clear();
    m_pending.clear();
    QMetaObject::invokeMethod(m_rasterizer,
                              [rasterizer = m_rasterizer, pdf, password, generation] { rasterizer->load(pdf, password, generation); },
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
