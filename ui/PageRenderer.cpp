#include "PageRenderer.h"

#include "pdf/PdfDocument.h"

namespace rebuttal {

void PageRasterizer::load(const QByteArray &pdf, const QByteArray &password)
{
    PdfDocument::Problem problem = PdfDocument::Problem::None;
    m_document = pdf.isEmpty() ? nullptr : std::shared_ptr<PdfDocument>(PdfDocument::openData(pdf, password, &problem));
    Q_EMIT loaded(problem == PdfDocument::Problem::NeedsPassword || problem == PdfDocument::Problem::WrongPassword, 0);
}

void PageRasterizer::render(int page, int width, quint64 generation)
{
    QImage image;
    if (m_document && page >= 1 && page <= m_document->pageCount()) {
        const QSizeF size = m_document->pageSize(page - 1);
        const double dpi = size.width() > 0 ? 72.0 * width / size.width() : 72.0;
        image = m_document->render(page - 1, dpi);
    }
    Q_EMIT rendered(page, width, image, generation);
}

void PageRasterizer::find(int page, const QString &term, quint64 generation)
{
    QList<QRectF> areas;
    if (m_document && page >= 1 && page <= m_document->pageCount()) {
        for (const QString &word : term.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            areas << m_document->find(page - 1, word);
    }
    Q_EMIT found(page, areas, generation);
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
    if (image.isNull())
        return;
    m_cache.insert(key, new QImage(image), int(image.sizeInBytes() / 1024) + 1);
    Q_EMIT pageReady(page, width);
}

} // namespace rebuttal
