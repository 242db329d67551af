// One side of a copy between stores (StoreCopier): a case file or a matter on a server, seen as
// tables of typed rows. Each backend reads its own catalog, so a column a migration adds is copied
// without anyone listing it here; the values travel in one form whichever backend they come from.
#pragma once

#include "StoreError.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <functional>

namespace rebuttal {

// What a column holds, whatever the backend calls it (SQLite's INTEGER and PostgreSQL's bigint...).
// Time is PostgreSQL's timestamptz, which travels as ISO 8601 text with milliseconds, as the
// file store keeps it. A Blob column is read as its size; its bytes are streamed apart.
enum class CopyKind { Integer, Real, Text, Time, Blob };

struct CopyColumn
{
    QString name;
    CopyKind kind = CopyKind::Text;
};

struct CopyTable
{
    QString name;
    QList<CopyColumn> columns; // generated columns left out: the destination computes its own
    QStringList key;           // the primary key's columns, or every column where there is none
    QStringList parents;       // tables its foreign keys refer to
    QString identityColumn;    // (server) the column the server numbers; a copy gives its values

    int columnIndex(const QString &column) const;
    bool hasBlob() const;
};

class CopyEndpoint
{
public:
    virtual ~CopyEndpoint() = default;

    // The copyable tables: neither virtual (SQLite's FTS index) nor bookkeeping (the server's
    // schema_version); derived tables (spells) are listed, the copier leaves them out.
    virtual QList<CopyTable> tables(StoreError *error) = 0;
    virtual qint64 rowCount(const CopyTable &table, StoreError *error) = 0;
    // Every row of `table` in key order (NULL first, text by its bytes), `batch` rows at a time;
    // a Blob column's value is its size in bytes.
    using Rows = std::function<StoreError(const QList<QVariantList> &rows)>;
    [[nodiscard]] virtual StoreError readRows(const CopyTable &table, const Rows &rows) = 0;
    // A Blob value read in chunks, the row named by its key values.
    using Chunk = std::function<StoreError(QByteArrayView chunk)>;
    [[nodiscard]] virtual StoreError readBlob(const CopyTable &table, const QString &column, const QVariantList &key,
                                              const Chunk &chunk) = 0;
    // The SHA-256 (hex) of a Blob value, computed where it is stored.
    virtual QString blobSha256(const CopyTable &table, const QString &column, const QVariantList &key, StoreError *error) = 0;

    // Writing (destination only), inside the copy's one transaction. A row with Blob columns is
    // complete once writeBlob has been called for each of them (the copier calls it right after).
    [[nodiscard]] virtual StoreError insertRows(const CopyTable &table, const QList<QVariantList> &rows) = 0;
    [[nodiscard]] virtual StoreError writeBlob(const CopyTable &table, const QString &column, const QVariantList &key,
                                               const std::function<StoreError(const Chunk &write)> &source) = 0;
    // After the tables: what the destination derives (spells, the search index) and its counters.
    [[nodiscard]] virtual StoreError rebuildDerived() = 0;
    // Whether the server stamps the log's user and time itself (then the copy keeps the original
    // ones in the detail, see StoreCopier).
    virtual bool stampsLog() const = 0;
    [[nodiscard]] virtual StoreError appendLog(const QString &action, const QString &storedDetail) = 0;
    [[nodiscard]] virtual StoreError commit() = 0;
    virtual void rollback() = 0;
    // Tests only: SQL run on the destination inside the copy's transaction.
    [[nodiscard]] virtual StoreError execForTest(const QString &sql) = 0;
};

// "name" quoted as an SQL identifier (both backends use double quotes).
QString quotedName(const QString &name);
// Tables in an order where each comes after those it refers to.
QList<CopyTable> dependencyOrder(QList<CopyTable> tables);

} // namespace rebuttal
