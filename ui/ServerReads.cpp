#include "ServerReads.h"
#include "jobs/WorkThreads.h"

#include "store/ServerDocumentCatalog.h"
#include "store/ServerStore.h"

#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace rebuttal::ServerReads {

namespace {

// Runs `read` on a worker thread against the matter's documents, on a connection opened there.
template <typename Value, typename Read>
QFuture<std::pair<Value, StoreError>> offTheGuiThread(const ServerLocation &location, Read read)
{
    return QtConcurrent::run(workThreads(), [location, read]() -> std::pair<Value, StoreError> {
        StoreError error;
        // Read-only: a background read never upgrades a schema (the window's own store did).
        const std::unique_ptr<ServerStore> store = ServerStore::open(location, &error, true);
        if (!store)
            return {Value(), error};
        Value value = read(ServerDocumentCatalog(*store), &error);
        return {std::move(value), error};
    });
}

} // namespace

QFuture<std::pair<QList<DocumentSummary>, StoreError>> documents(const ServerLocation &location)
{
    return offTheGuiThread<QList<DocumentSummary>>(location, [](const ServerDocumentCatalog &documents, StoreError *error) {
        return documents.documents(error);
    });
}

QFuture<std::pair<QByteArray, StoreError>> fileBytes(const ServerLocation &location, qint64 documentId)
{
    return offTheGuiThread<QByteArray>(location, [documentId](const ServerDocumentCatalog &documents, StoreError *error) {
        return documents.fileBytes(documentId, error);
    });
}

QFuture<std::pair<PageStrip, StoreError>> pageStrip(const ServerLocation &location, qint64 documentId)
{
    return offTheGuiThread<PageStrip>(location, [documentId](const ServerDocumentCatalog &documents, StoreError *error) {
        // Every page at once, not a batch at a time as the strip scrolls: each batch would be
        // another wait on the link, and on the GUI thread.
        PageStrip strip;
        const std::optional<DocumentSummary> summary = documents.document(documentId, error);
        if (!summary || error->isError())
            return strip;
        strip.pages = documents.pageRange(documentId, 1, summary->pages, error);
        if (!error->isError())
            strip.tally = documents.boxTally(documentId, error);
        return strip;
    });
}

QFuture<std::pair<QList<SearchHit>, StoreError>> search(const ServerLocation &location, const QString &query, int limit)
{
    return offTheGuiThread<QList<SearchHit>>(location, [query, limit](const ServerDocumentCatalog &documents, StoreError *error) {
        return documents.search(query, limit, error);
    });
}

} // namespace rebuttal::ServerReads
