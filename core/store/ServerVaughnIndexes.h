// The Vaughn indexes of a matter on a PostgreSQL server: VaughnIndexes' import and read-back for
// team mode (issue 18), read the same way (VaughnRows.h). An index's entries, pages, exemptions
// and reasons travel as JSON in four set-based statements (json_to_recordset), so an index of
// thousands of entries costs a handful of round trips, all in the one transaction of the import.
#pragma once

#include "VaughnIndexStore.h"

#include <QCoreApplication>

namespace rebuttal {

class ServerStore;

class ServerVaughnIndexes final : public VaughnIndexStore
{
    Q_DECLARE_TR_FUNCTIONS(ServerVaughnIndexes)

public:
    explicit ServerVaughnIndexes(ServerStore &store);

    QString storeName() const override;
    // Two imports of the same file at once: the second waits on the first's SHA-256 and, once the
    // first commits, is refused (a unique violation), and stores nothing.
    [[nodiscard]] StoreError add(const QString &fileName, const QString &sha256, const QByteArray &bytes,
                                 const QList<VaughnEntry> &entries, qint64 *id) override;
    std::optional<qint64> indexWithSha256(const QString &sha256, StoreError *error) const override;
    QList<VaughnIndexSummary> indexes(StoreError *error = nullptr) const override;
    QList<VaughnEntry> entries(qint64 indexId, StoreError *error = nullptr) const override;

private:
    [[nodiscard]] StoreError insertEntries(qint64 indexId, const QList<VaughnEntry> &entries);

    ServerStore &m_store;
};

} // namespace rebuttal
