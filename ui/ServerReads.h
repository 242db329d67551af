// Reads of a server matter off the GUI thread (issue 18): a production's PDF or a search over a
// slow link must not freeze the window. Each read opens a connection of its own in the worker
// thread (a PgConnection serves the thread that opened it, never two), read-only, and closes it
// when done; the caller's continuation runs on its own thread and drops a result the user has
// moved on from.
#pragma once

#include "store/DocumentReader.h"
#include "store/ServerLocation.h"
#include "store/StoreError.h"

#include <QByteArray>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QList>

#include <utility>

namespace rebuttal::ServerReads {

// The matter's productions, as the Documents page lists them.
QFuture<std::pair<QList<DocumentSummary>, StoreError>> documents(const ServerLocation &location);
// The stored PDF of production `documentId`; empty with the error when it cannot be read.
QFuture<std::pair<QByteArray, StoreError>> fileBytes(const ServerLocation &location, qint64 documentId);
// What the page strip shows of a production: every page (with its boxes) and the count of its
// boxes by code (none when the production is gone).
struct PageStrip
{
    QList<ProductionPage> pages;
    BoxTally tally;
};
QFuture<std::pair<PageStrip, StoreError>> pageStrip(const ServerLocation &location, qint64 documentId);
// DocumentReader::search on the matter.
QFuture<std::pair<QList<SearchHit>, StoreError>> search(const ServerLocation &location, const QString &query, int limit);

// Runs `then(result)` on `context`'s thread once `future` is done, unless `context` is gone by then
// (the watcher goes with it). Not QFuture::then(context): Qt 6.4 asserts on a context destroyed
// while the read still runs (a window closed mid-read).
template <typename T, typename Then>
void whenDone(QObject *context, const QFuture<T> &future, Then then)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, then = std::move(then)] {
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(future);
}

} // namespace rebuttal::ServerReads
