#include "ServerReads.h"

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
    return QtConcurrent::run([location, read]() -> std::pair<Value, StoreError> {
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

QFuture<std::pair<QByteArray, StoreError>> fileBytes(const ServerLocation &location, qint64 documentId)
{
    return offTheGuiThread<QByteArray>(location, [documentId](const ServerDocumentCatalog &documents, StoreError *error) {
        return documents.fileBytes(documentId, error);
    });
}

QFuture<std::pair<QList<SearchHit>, StoreError>> search(const ServerLocation &location, const QString &query, int limit)
{
    return offTheGuiThread<QList<SearchHit>>(location, [query, limit](const ServerDocumentCatalog &documents, StoreError *error) {
        return documents.search(query, limit, error);
    });
}

} // namespace rebuttal::ServerReads
