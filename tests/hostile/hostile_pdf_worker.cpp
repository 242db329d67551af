// A stand-in for rebuttal-pdf-worker (through REBUTTAL_PDF_WORKER) that speaks the worker protocol
// but is slow on purpose, so the importer's time limits can be tried in seconds without a seam in
// the shipped worker. It never reads the PDF; the environment says how it behaves:
//   HOSTILE_WORKER_PAGES       pages the "PDF" has (default 3)
//   HOSTILE_WORKER_PAGE_MS     time every page takes (default 0)
//   HOSTILE_WORKER_SLOW_PAGE   a 1-based page that takes HOSTILE_WORKER_SLOW_MS (default: an hour);
//                              "all" for every page
//   HOSTILE_WORKER_BEAT_MS     while on a slow page, announces it again this often (the shipped
//                              worker does so as each OCR reading starts)
//   HOSTILE_WORKER_NEVER_OPENS never says whether the PDF opened
// A page's text says which process analysed it: "page N by PID".
#include "pdf/WorkerProtocol.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <algorithm>
#include <optional>

using namespace rebuttal;

namespace {

void send(QFile &out, const WorkerMessage &message)
{
    out.write(message.toFrame());
    out.flush();
}

int setting(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariable(name).toInt(&ok);
    return ok ? value : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2)
        return 2;
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    in.readLine(); // the password
    if (args.at(1) == QLatin1String("-")) {
        const qint64 size = in.readLine().trimmed().toLongLong();
        for (qint64 read = 0; read < size;) {
            const QByteArray chunk = in.read(size - read);
            if (chunk.isEmpty())
                return 0;
            read += chunk.size();
        }
    }
    QFile out;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);

    if (qEnvironmentVariableIsSet("HOSTILE_WORKER_NEVER_OPENS"))
        QThread::sleep(3600);
    const int pages = setting("HOSTILE_WORKER_PAGES", 3);
    WorkerMessage opened;
    opened.kind = WorkerMessage::Kind::Opened;
    opened.pageCount = pages;
    send(out, opened);

    const QString slow = qEnvironmentVariable("HOSTILE_WORKER_SLOW_PAGE");
    for (QByteArray line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
        const std::optional<int> asked = WorkerMessage::analysedPage(line);
        if (!asked || *asked >= pages)
            continue;
        const int index = *asked;
        WorkerMessage starting;
        starting.kind = WorkerMessage::Kind::Starting;
        starting.pageIndex = index;
        send(out, starting);
        if (slow == QLatin1String("all") || slow.toInt() == index + 1) {
            const int slowMs = setting("HOSTILE_WORKER_SLOW_MS", 3600000);
            const int beatMs = setting("HOSTILE_WORKER_BEAT_MS", 0);
            for (int waited = 0; waited < slowMs;) {
                const int step = beatMs > 0 ? std::min(beatMs, slowMs - waited) : slowMs;
                QThread::msleep(ulong(step));
                waited += step;
                if (beatMs > 0)
                    send(out, starting);
            }
        }
        QThread::msleep(ulong(setting("HOSTILE_WORKER_PAGE_MS", 0)));
        WorkerMessage page;
        page.kind = WorkerMessage::Kind::Page;
        page.pageIndex = index;
        page.page.number = index + 1;
        page.page.sizePt = QSizeF(612, 792);
        page.page.bates = QStringLiteral("HOSTILE-%1").arg(index + 1, 4, 10, QLatin1Char('0'));
        page.page.text = QStringLiteral("page %1 by %2").arg(index + 1).arg(QCoreApplication::applicationPid());
        page.page.textSource = TextSource::Layer;
        send(out, page);
    }
    WorkerMessage finished;
    finished.kind = WorkerMessage::Kind::Finished;
    send(out, finished);
    return 0;
}
