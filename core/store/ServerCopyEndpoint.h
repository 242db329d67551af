// A matter on a PostgreSQL server as one side of a copy (StoreCopier): read in one REPEATABLE READ,
// READ ONLY transaction through a cursor (a bounded batch of rows in memory at a time), or created
// and filled in one transaction, so a failed or killed copy leaves no matter behind.
#pragma once

#include "CopyEndpoint.h"
#include "ServerLocation.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace rebuttal {

class ServerStore;

class ServerCopyEndpoint final : public CopyEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(ServerCopyEndpoint)

public:
    // The source: opened without an upgrade (an older schema is refused), its snapshot taken.
    static std::unique_ptr<ServerCopyEndpoint> openSource(const ServerLocation &location, StoreError *error);
    // The destination: a matter that does not exist yet, created in the copy's transaction.
    static std::unique_ptr<ServerCopyEndpoint> createDestination(const ServerLocation &location, StoreError *error);
    ~ServerCopyEndpoint() override;

    QList<CopyTable> tables(StoreError *error) override;
    qint64 rowCount(const CopyTable &table, StoreError *error) override;
    [[nodiscard]] StoreError readRows(const CopyTable &table, const Rows &rows) override;
    [[nodiscard]] StoreError readBlob(const CopyTable &table, const QString &column, const QVariantList &key,
                                      const Chunk &chunk) override;
    QString blobSha256(const CopyTable &table, const QString &column, const QVariantList &key, StoreError *error) override;
    [[nodiscard]] StoreError insertRows(const CopyTable &table, const QList<QVariantList> &rows) override;
    [[nodiscard]] StoreError writeBlob(const CopyTable &table, const QString &column, const QVariantList &key,
                                       const std::function<StoreError(const Chunk &write)> &source) override;
    // Spells from the events, and each identity column's counter moved past the copied ids.
    [[nodiscard]] StoreError rebuildDerived() override;
    bool stampsLog() const override { return true; }
    [[nodiscard]] StoreError appendLog(const QString &action, const QString &storedDetail) override;
    [[nodiscard]] StoreError commit() override;
    void rollback() override;
    [[nodiscard]] StoreError execForTest(const QString &sql) override;

private:
    explicit ServerCopyEndpoint(std::unique_ptr<ServerStore> store);
    // Columns, keys and foreign keys of the matter's schema, from the server's catalog.
    [[nodiscard]] StoreError readColumns(QMap<QString, CopyTable> *tables);
    [[nodiscard]] StoreError readKeys(QMap<QString, CopyTable> *tables);

    static QString keyText(const CopyTable &table, const QVariantList &row);
    // Inserts a row whose stored files wait, in chunks, in the temporary table.
    [[nodiscard]] StoreError insertAssembled(const CopyTable &table, const QVariantList &row);

    std::unique_ptr<ServerStore> m_store;
    QList<CopyTable> m_written; // tables with an identity column the copy filled
    bool m_chunkTable = false;  // the temporary table a stored file is assembled in exists
    // Rows of a table with stored files, inserted once their files are assembled: the row, and
    // how many of its files are.
    QHash<QString, std::pair<QVariantList, qsizetype>> m_pending;
};

} // namespace rebuttal
