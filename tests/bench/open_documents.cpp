// Times the Documents page opening a production of a case file, as a user selecting it would:
// the page strip filled and laid out, then the first page drawn by the PDF worker.
//   bench_open_documents STORE.rebuttal DOCUMENT_ID
// Prints "strip MS first-page MS pages N".
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

using namespace rebuttal;

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
    QTimer::singleShot(20000, &drawn, &QEventLoop::quit);
    if (renderer && firstPageMs < 0)
        drawn.exec();
    std::printf("strip %lld first-page %lld pages %d\n", static_cast<long long>(stripMs), static_cast<long long>(firstPageMs),
                page.pageModel()->rowCount());
    return 0;
}
