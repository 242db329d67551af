// Writes one imported production into a matter on a PostgreSQL server, in one transaction:
// ProductionWriter's twin for team mode (issue 18). The PDF's bytes go to the server through
// COPY FROM STDIN a chunk at a time, so the client never holds the whole file; the pages follow
// as they are analysed. Nothing is visible to the team until commit(); a rollback, a cancelled
// import, a killed client or a lost connection leave the matter as it was (the server rolls
// back a transaction whose client went away).
#pragma once

#include "ProductionDestination.h"

#include <QCoreApplication>

namespace rebuttal {

class PgConnection;
class ServerStore;

// ProductionWriter.h's insertDetections on a server matter: the page's own exemptions and the
// detector's boxes with their codes, except boxes the same as one in `kept`; counts boxes in `added`.
[[nodiscard]] StoreError insertServerDetections(PgConnection &connection, qint64 pageId, const ProductionPage &page,
                                                const QList<QRectF> &kept, int *added);

class ServerProductionWriter final : public ProductionDestination
{
    Q_DECLARE_TR_FUNCTIONS(ServerProductionWriter)

public:
    explicit ServerProductionWriter(ServerStore &store);
    ~ServerProductionWriter() override;
    ServerProductionWriter(const ServerProductionWriter &) = delete;
    ServerProductionWriter &operator=(const ServerProductionWriter &) = delete;

    // PostgreSQL's limit on one bytea value (1 GB), less the room COPY needs around it.
    static constexpr qint64 MaxFileBytes = (qint64(1) << 30) - (qint64(1) << 20);

    QString storeName() const override;
    QString sizeRefusal(qint64 size) const override;
    std::optional<DocumentSummary> documentWithSha256(const QString &sha256, StoreError *error) const override;
    [[nodiscard]] StoreError begin(const QString &filePath, const QString &sha256) override;
    [[nodiscard]] StoreError addPage(const ProductionPage &page) override;

private:
    [[nodiscard]] StoreError finish(int pageCount, const QString &action, const ActivityDetail &logged) override;
    void rollbackTransaction() override;
    [[nodiscard]] StoreError streamBytes(const QString &filePath, qint64 size);
    // Ends the COPY of a file of `size` bytes of which `sent` went (-1: the connection failed).
    [[nodiscard]] StoreError endCopy(qint64 sent, qint64 size);

    ServerStore &m_store;
};

} // namespace rebuttal
