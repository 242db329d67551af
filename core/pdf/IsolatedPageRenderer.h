// Draws pages of an untrusted PDF in a rebuttal-pdf-worker process (--serve), synchronously: for
// work that is not interactive (the exhibits of a PDF summary). A page that crashes or hangs the
// worker comes back as a null image; the worker is started again for the next page.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QSet>

#include <memory>

class QProcess;

namespace rebuttal {

class IsolatedPageRenderer
{
public:
    explicit IsolatedPageRenderer(const QByteArray &pdf, const QByteArray &password = {}, int pageTimeoutMs = 30000);
    ~IsolatedPageRenderer();
    IsolatedPageRenderer(const IsolatedPageRenderer &) = delete;
    IsolatedPageRenderer &operator=(const IsolatedPageRenderer &) = delete;

    // Page `pageIndex` (0-based), `width` pixels wide; null when it could not be drawn.
    QImage render(int pageIndex, int width);

private:
    bool start();
    void stop();

    QByteArray m_pdf;
    QByteArray m_password;
    int m_timeoutMs;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_buffer;
    QSet<int> m_broken;
    bool m_unusable = false; // the worker cannot open this document
    qint64 m_nextId = 1;
};

} // namespace rebuttal
