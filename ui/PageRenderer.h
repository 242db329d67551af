// Renders production pages off the GUI thread and keeps recent images: thumbnails for the page
// strip, full pages for the page view. The drawing itself is a WorkerClient's (core/pdf): a PDF that
// crashes or hangs Poppler costs that page, never the app.
#pragma once

#include <QByteArray>
#include <QCache>
#include <QImage>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QThread>

#include <atomic>
#include <memory>

namespace rebuttal {

class WorkerClient;

// Lives in the render thread: runs the document's WorkerClient there and emits its answers, one
// per request of the document shown (a null image when the page could not be drawn). Requests for
// a document no longer shown are dropped, and the page in hand is given up as soon as it changes.
class PageRasterizer : public QObject
{
    Q_OBJECT

public:
    // `shown`: the generation of the document the renderer shows now (set on the GUI thread).
    explicit PageRasterizer(const std::atomic<quint64> &shown);
    ~PageRasterizer() override;

    void load(const QByteArray &pdf, const QByteArray &password, quint64 generation);
    Q_SIGNAL void loaded(bool needsPassword, quint64 generation);

    Q_SLOT void render(int page, int width, quint64 generation);
    Q_SIGNAL void rendered(int page, int width, const QImage &image, quint64 generation);

    // For search highlights: where a term occurs on a page.
    Q_SLOT void find(int page, const QString &term, quint64 generation);
    Q_SIGNAL void found(int page, const QList<QRectF> &areas, quint64 generation);

private:
    bool isCurrent(quint64 generation) const { return generation == m_generation && generation == m_shown.load(); }

    const std::atomic<quint64> &m_shown;
    std::unique_ptr<WorkerClient> m_client; // none while no document is loaded
    quint64 m_generation = 0;               // the document m_client draws
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
    // The production on show again, opened with `password` (the bytes are kept: nothing is read
    // from the store again).
    void setPassword(const QByteArray &password) { setDocument(m_pdf, password); }

    // The image of `page` (1-based) at `width` pixels if it is ready; otherwise a null image and
    // the page is rendered, and pageReady() follows.
    QImage page(int page, int width);
    void findText(int page, const QString &term);

    Q_SIGNAL void pageReady(int page, int width);
    Q_SIGNAL void textFound(int page, const QList<QRectF> &areas);
    Q_SIGNAL void passwordNeeded();

    Q_SIGNAL void renderRequested(int page, int width, quint64 generation);
    Q_SIGNAL void findRequested(int page, const QString &term, quint64 generation);

    // What a page that could not be drawn looks like, `width` pixels wide.
    static QImage unreadablePage(int width);

private:
    void takeRendered(int page, int width, const QImage &image, quint64 generation);

    QThread m_thread;
    QByteArray m_pdf; // the production on show (shared with the render thread's copy, not copied)
    std::atomic<quint64> m_generation = 0; // read by the render thread: which document is shown
    PageRasterizer *m_rasterizer;
    QCache<QPair<int, int>, QImage> m_cache;
    QSet<QPair<int, int>> m_pending;
};

} // namespace rebuttal
