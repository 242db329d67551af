// Times the Documents page opening a production of a case file, as a user selecting it would:
// the page strip filled and laid out, then the first page drawn by the PDF worker.
//   bench_open_documents STORE.rebuttal DOCUMENT_ID
// Prints "strip MS first-page MS pages N strip-cpu MS": pages is how many rows the strip holds
// (read so far), strip-cpu the GUI thread's CPU time to the strip (wall times on a shared machine
// mostly measure the other work).
#include "pages/DocumentsPage.h"
#include "PageRenderer.h"
#include "store/CaseStore.h"
#include "store/OpenStore.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>
#include <ctime>

using namespace rebuttal;

namespace {

qint64 threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_open_documents STORE.rebuttal DOCUMENT_ID\n");
        return 2;
    }
    StoreError error;
    std::unique_ptr<CaseStore> store = CaseStore::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    QUndoStack undo;
    QAction import(QStringLiteral("Import"));
    DocumentsPage page(&undo, &import);
    page.resize(1366, 768);
    page.show();
    const std::unique_ptr<OpenStore> open = OpenStore::ofFile(std::move(store));
    page.setStore(open.get());
    QCoreApplication::processEvents();

    const qint64 documentId = QByteArray(argv[2]).toLongLong();
    QElapsedTimer clock;
    clock.start();
    const qint64 cpuBefore = threadCpuMs();
    QEventLoop drawn;
    qint64 firstPageMs = -1;
    const auto *renderer = page.findChild<PageRenderer *>();
    if (renderer) {
        QObject::connect(renderer, &PageRenderer::pageReady, &drawn, [&](int number, int) {
            if (number == 1 && firstPageMs < 0) {
                firstPageMs = clock.elapsed();
                drawn.quit();
            }
        });
    }
    page.showDocument(documentId, 1);
    QCoreApplication::processEvents(); // the strip laid out and painted
    const qint64 stripMs = clock.elapsed();
    const qint64 stripCpuMs = threadCpuMs() - cpuBefore;
    QTimer::singleShot(20000, &drawn, &QEventLoop::quit);
    if (renderer && firstPageMs < 0)
        drawn.exec();
    std::printf("strip %lld first-page %lld pages %d strip-cpu %lld\n", static_cast<long long>(stripMs),
                static_cast<long long>(firstPageMs), page.pageModel()->rowCount(), static_cast<long long>(stripCpuMs));
    return 0;
}
