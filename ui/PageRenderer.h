// Renders production pages off the GUI thread and keeps recent images: thumbnails for the page
// strip, full pages for the page view. Requests for pages scrolled past are dropped, not queued.
#pragma once

#include <QByteArray>
#include <QCache>
#include <QImage>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QThread>

namespace rebuttal {

class PdfDocument;

// Lives in the render thread: owns the Poppler document there.
class PageRasterizer : public QObject
{
    Q_OBJECT

public:
    void load(const QByteArray &pdf, const QByteArray &password);
    Q_SIGNAL void loaded(bool needsPassword, quint64 generation);

    Q_SLOT void render(int page, int width, quint64 generation);
    Q_SIGNAL void rendered(int page, int width, const QImage &image, quint64 generation);

    // For search highlights: where a term occurs on a page.
    Q_SLOT void find(int page, const QString &term, quint64 generation);
    Q_SIGNAL void found(int page, const QList<QRectF> &areas, quint64 generation);

private:
    std::shared_ptr<PdfDocument> m_document;
};

class PageRenderer : public QObject
{
    Q_OBJECT

public:
    explicit PageRenderer(QObject *parent = nullptr);
    ~PageRenderer() override;

    // Switches to another production (empty bytes: none). Pending work for the old one is dropped.
    // An encrypted production needs its password: passwordNeeded() asks for it.
    void setDocument(const QByteArray &pdf, const QByteArray &password = {});

    // The image of `page` (1-based) at `width` pixels if it is ready; otherwise a null image and
    // the page is rendered, and pageReady() follows.
    QImage page(int page, int width);
    void findText(int page, const QString &term);

    Q_SIGNAL void pageReady(int page, int width);
    Q_SIGNAL void textFound(int page, const QList<QRectF> &areas);
    Q_SIGNAL void passwordNeeded();

    Q_SIGNAL void renderRequested(int page, int width, quint64 generation);
    Q_SIGNAL void findRequested(int page, const QString &term, quint64 generation);

private:
    void takeRendered(int page, int width, const QImage &image, quint64 generation);

    QThread m_thread;
    PageRasterizer *m_rasterizer;
    quint64 m_generation = 0;
    QCache<QPair<int, int>, QImage> m_cache;
    QSet<QPair<int, int>> m_pending;
};

} // namespace rebuttal
