// Renders production pages off the GUI thread and keeps recent images: thumbnails for the page
// strip, full pages for the page view. The drawing itself happens in a rebuttal-pdf-worker
// process (--serve): a PDF that crashes or hangs Poppler costs that page, never the app.
#pragma once

#include <QByteArray>
#include <QCache>
#include <QImage>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QThread>

#include <deque>
#include <optional>

class QProcess;
class QTimer;

namespace rebuttal {

// Lives in the render thread: owns the worker process that draws the pages, sends it one
// request at a time, and answers every request, with a null image when the page could not be
// drawn (the worker crashed or hung on it; it is restarted for the next page).
class PageRasterizer : public QObject
{
    Q_OBJECT

public:
    // How long one page may take before its worker is considered hung.
    static constexpr int PageTimeoutMs = 30000;

    void load(const QByteArray &pdf, const QByteArray &password);
    Q_SIGNAL void loaded(bool needsPassword, quint64 generation);

    Q_SLOT void render(int page, int width, quint64 generation);
    Q_SIGNAL void rendered(int page, int width, const QImage &image, quint64 generation);

    // For search highlights: where a term occurs on a page.
    Q_SLOT void find(int page, const QString &term, quint64 generation);
    Q_SIGNAL void found(int page, const QList<QRectF> &areas, quint64 generation);

private:
    struct Request
    {
        bool render = true;
        int page = 0; // 1-based
        int width = 0;
        QString term;
        quint64 generation = 0;
        qint64 id = 0;
    };

    void enqueue(Request request);
    void pump();
    void start();
    void stop();
    void readAnswers();
    void workerEnded();
    void fail(const Request &request);

    QByteArray m_pdf;
    QByteArray m_password;
    QProcess *m_process = nullptr;
    QTimer *m_watchdog = nullptr;
    QByteArray m_buffer;
    std::deque<Request> m_queue;
    std::optional<Request> m_inFlight;
    QSet<int> m_broken;  // pages that crashed or hung a worker
    bool m_unusable = false; // the worker could not open the document (or needs a password)
    qint64 m_nextId = 1;
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

    // What a page that could not be drawn looks like, `width` pixels wide.
    static QImage unreadablePage(int width);

private:
    void takeRendered(int page, int width, const QImage &image, quint64 generation);

    QThread m_thread;
    PageRasterizer *m_rasterizer;
    quint64 m_generation = 0;
    QCache<QPair<int, int>, QImage> m_cache;
    QSet<QPair<int, int>> m_pending;
};

} // namespace rebuttal
