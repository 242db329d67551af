#include "FileCopyEndpoint.h"

#include "ActivityLog.h"
#include "CaseStore.h"
#include "ClientRecords.h"
#include "SqlStatement.h"
#include "text/ExportTarget.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>

#include <sqlite3.h>

#include <cstdio>

namespace rebuttal {

namespace {

constexpr int kBatchRows = 256;
constexpr int kChunkBytes = 1 << 20;

// The kind of a column by SQLite's rules of type affinity (INT, CHAR/CLOB/TEXT, BLOB or none, REAL/FLOA/DOUB).
std::optional<CopyKind> kindOfDeclared(const QString &declared)
{
    const QString type = declared.toUpper();
    if (type.contains(QLatin1String("INT")))
        return CopyKind::Integer;
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB")) || type.contains(QLatin1String("TEXT")))
        return CopyKind::Text;
    if (type.isEmpty() || type.contains(QLatin1String("BLOB")))
        return CopyKind::Blob;
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA")) || type.contains(QLatin1String("DOUB")))
        return CopyKind::Real;
    return std::nullopt;
}

QString keyCondition(const CopyTable &table)
{
    QStringList terms;
    for (const QString &column : table.key)
        terms << quotedName(column) + QStringLiteral(" = ?");
    return terms.join(QStringLiteral(" AND "));
}

} // namespace

FileCopyEndpoint::FileCopyEndpoint(std::unique_ptr<CaseStore> store, QString target, QString partial)
    : m_store(std::move(store))
    , m_target(std::move(target))
    , m_partial(std::move(partial))
{
}

FileCopyEndpoint::~FileCopyEndpoint()
{
    rollback();
}

std::unique_ptr<FileCopyEndpoint> FileCopyEndpoint::openSource(const QString &path, StoreError *error)
{
    std::unique_ptr<CaseStore> store = CaseStore::openReadOnly(path, error);
    if (!store)
        return nullptr;
    // Every read of the copy sees the file as it was at its first read.
    QSqlDatabase db = store->database();
    if (!db.transaction()) {
        *error = SqlStatement::errorOf(db.lastError());
        return nullptr;
    }
    return std::unique_ptr<FileCopyEndpoint>(new FileCopyEndpoint(std::move(store), {}, {}));
}

std::unique_ptr<FileCopyEndpoint> FileCopyEndpoint::createDestination(const QString &path, bool replace, StoreError *error)
{
    const QFileInfo target(path);
    if ((target.exists() || target.isSymLink()) && !replace) {
        *error = StoreError::make(StoreError::Kind::Exists,
                                  tr("%1 already exists; a copy goes into a new case file (choose another name).")
                                      .arg(target.fileName()));
        return nullptr;
    }
    if (const QString refused = ExportTarget::refusal(path); !refused.isEmpty()) {
        *error = StoreError::make(StoreError::Kind::Exists, refused);
        return nullptr;
    }
    const QString partial = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.partial").arg(target.fileName()).arg(QCoreApplication::applicationPid()));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    std::unique_ptr<CaseStore> store = CaseStore::createForCopy(partial, error);
    if (!store)
        return nullptr;
    std::unique_ptr<FileCopyEndpoint> endpoint(new FileCopyEndpoint(std::move(store), target.absoluteFilePath(), partial));
    QSqlDatabase db = endpoint->m_store->database();
    if (!db.transaction()) {
        *error = SqlStatement::errorOf(db.lastError());
        return nullptr;
    }
    return endpoint;
}

sqlite3 *FileCopyEndpoint::handle() const
{
    return *static_cast<sqlite3 **>(m_store->database().driver()->handle().data());
}

QStringList FileCopyEndpoint::tableNames(StoreError *error) const
{
    SqlStatement list(m_store->database(), QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table'"
                                                          " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    QStringList names;
    QStringList virtualTables;
    if (!list.exec()) {
        *error = list.error();
        return {};
    }
    while (list.next()) {
        const QString name = list.value(0).toString();
        (list.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive) ? virtualTables : names) << name;
    }
    // A virtual table's shadow tables (page_search_data...) belong to it: SQLite rebuilds them.
    names.removeIf([&](const QString &name) {
        return std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                           [&](const QString &owner) { return name.startsWith(owner + QLatin1Char('_')); });
    });
    *error = list.error();
    return names;
}

std::optional<CopyTable> FileCopyEndpoint::describe(const QString &name, StoreError *error) const
{
    const QSqlDatabase db = m_store->database();
    CopyTable table{name, {}, {}, {}, {}};
    QMap<int, QString> key;
    SqlStatement columns(db, QStringLiteral("PRAGMA table_xinfo(%1)").arg(quotedName(name)));
    if (!columns.exec())
        return *error = columns.error(), std::nullopt;
    while (columns.next()) {
        if (columns.value(6).toInt() >= 2) // generated: computed again where it is copied to
            continue;
        const QString column = columns.value(1).toString();
        const std::optional<CopyKind> kind = kindOfDeclared(columns.value(2).toString());
        if (!kind)
            return *error = StoreError::make(StoreError::Kind::Sql, tr("column %1.%2 has a type a copy does not know: %3")
                                                                        .arg(name, column, columns.value(2).toString())),
                   std::nullopt;
        table.columns << CopyColumn{column, *kind};
        if (const int position = columns.value(5).toInt(); position > 0)
            key.insert(position, column);
    }
    table.key = key.values();
    if (table.key.isEmpty()) {
        for (const CopyColumn &column : std::as_const(table.columns))
            table.key << column.name;
    }
    SqlStatement parents(db, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quotedName(name)));
    if (!parents.exec())
        return *error = parents.error(), std::nullopt;
    while (parents.next())
        table.parents << parents.value(2).toString();
    return table;
}

QList<CopyTable> FileCopyEndpoint::tables(StoreError *error)
{
    QList<CopyTable> result;
    for (const QString &name : tableNames(error)) {
        const std::optional<CopyTable> table = describe(name, error);
        if (!table)
            return {};
        result << *table;
    }
    return result;
}

qint64 FileCopyEndpoint::rowCount(const CopyTable &table, StoreError *error)
{
    SqlStatement count(m_store->database(), QStringLiteral("SELECT count(*) FROM %1").arg(quotedName(table.name)));
    const bool ok = count.exec() && count.next();
    *error = count.error();
    return ok ? count.value(0).toLongLong() : 0;
}

StoreError FileCopyEndpoint::readRows(const CopyTable &table, const Rows &rows)
{
    QStringList select;
    for (const CopyColumn &column : table.columns)
        select << (column.kind == CopyKind::Blob ? QStringLiteral("length(%1)") : QStringLiteral("%1")).arg(quotedName(column.name));
    QStringList order;
    for (const QString &column : table.key)
        order << quotedName(column);
    SqlStatement statement(m_store->database(), QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                                    .arg(select.join(QStringLiteral(", ")), quotedName(table.name),
                                                         order.join(QStringLiteral(", "))));
    if (!statement.exec())
        return statement.error();
    QList<QVariantList> batch;
    while (statement.next()) {
        QVariantList row;
        for (int i = 0; i < table.columns.size(); ++i)
            row << statement.value(i);
        batch << row;
        if (batch.size() == kBatchRows) {
            if (const StoreError error = rows(batch); error.isError())
                return error;
            batch.clear();
        }
    }
    if (statement.error().isError())
        return statement.error();
    return batch.isEmpty() ? StoreError{} : rows(batch);
}

qint64 FileCopyEndpoint::rowidOf(const CopyTable &table, const QVariantList &key, StoreError *error) const
{
    SqlStatement select(m_store->database(),
                        QStringLiteral("SELECT rowid FROM %1 WHERE %2").arg(quotedName(table.name), keyCondition(table)));
    for (const QVariant &value : key)
        select.bind(value);
    if (!select.exec() || !select.next()) {
        *error = select.error().isError() ? select.error()
                                          : StoreError::make(StoreError::Kind::Sql, tr("a row of %1 vanished during the copy").arg(table.name));
        return 0;
    }
    *error = {};
    return select.value(0).toLongLong();
}

StoreError FileCopyEndpoint::openBlob(const CopyTable &table, const QString &column, const QVariantList &key, bool writable,
                                      sqlite3_blob **blob) const
{
    StoreError error;
    const qint64 rowid = rowidOf(table, key, &error);
    if (error.isError())
        return error;
    const QByteArray tableName = table.name.toUtf8();
    const QByteArray columnName = column.toUtf8();
    if (sqlite3_blob_open(handle(), "main", tableName.constData(), columnName.constData(), rowid, writable ? 1 : 0, blob) != SQLITE_OK)
        return SqlStatement::errorOf(sqlite3_extended_errcode(handle()), QString::fromUtf8(sqlite3_errmsg(handle())));
    return {};
}

StoreError FileCopyEndpoint::readBlob(const CopyTable &table, const QString &column, const QVariantList &key, const Chunk &chunk)
{
    sqlite3_blob *blob = nullptr;
    StoreError error = openBlob(table, column, key, false, &blob);
    if (error.isError())
        return error;
    const int size = sqlite3_blob_bytes(blob);
    QByteArray buffer(kChunkBytes, Qt::Uninitialized);
    for (int offset = 0; offset < size && !error.isError(); offset += kChunkBytes) {
        const int length = std::min(kChunkBytes, size - offset);
        if (const int rc = sqlite3_blob_read(blob, buffer.data(), length, offset); rc != SQLITE_OK)
            error = SqlStatement::errorOf(rc, QString::fromUtf8(sqlite3_errstr(rc)));
        else
            error = chunk(QByteArrayView(buffer.constData(), length));
    }
    sqlite3_blob_close(blob);
    return error;
}

QString FileCopyEndpoint::blobSha256(const CopyTable &table, const QString &column, const QVariantList &key, StoreError *error)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    *error = readBlob(table, column, key, [&](QByteArrayView chunk) {
        hash.addData(chunk);
        return StoreError{};
    });
    return QString::fromLatin1(hash.result().toHex());
}

StoreError FileCopyEndpoint::insertRows(const CopyTable &table, const QList<QVariantList> &rows)
{
    QStringList names;
    QStringList values;
    for (const CopyColumn &column : table.columns) {
        names << quotedName(column.name);
        values << (column.kind == CopyKind::Blob ? QStringLiteral("zeroblob(?)") : QStringLiteral("?"));
    }
    SqlStatement insert(m_store->database(), QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                                 .arg(quotedName(table.name), names.join(QStringLiteral(", ")),
                                                      values.join(QStringLiteral(", "))));
    for (const QVariantList &row : rows) {
        for (const QVariant &value : row)
            insert.bind(value);
        if (!insert.exec())
            return insert.error();
    }
    return {};
}

StoreError FileCopyEndpoint::writeBlob(const CopyTable &table, const QString &column, const QVariantList &key,
                                       const std::function<StoreError(const Chunk &write)> &source)
{
    sqlite3_blob *blob = nullptr;
    StoreError error = openBlob(table, column, key, true, &blob);
    if (error.isError())
        return error;
    int offset = 0;
    error = source([&](QByteArrayView chunk) {
        if (offset + chunk.size() > sqlite3_blob_bytes(blob))
            return StoreError::make(StoreError::Kind::Sql, tr("a stored file of %1 grew during the copy").arg(table.name));
        const int rc = sqlite3_blob_write(blob, chunk.constData(), int(chunk.size()), offset);
        offset += int(chunk.size());
        return rc == SQLITE_OK ? StoreError{} : SqlStatement::errorOf(rc, QString::fromUtf8(sqlite3_errstr(rc)));
    });
    sqlite3_blob_close(blob);
    return error;
}

StoreError FileCopyEndpoint::rebuildDerived()
{
    QSqlDatabase db = m_store->database();
    if (const StoreError error = ClientRecords::rebuildAllSpells(db); error.isError())
        return error;
    // The search index was filled by the pages' triggers as rows went in; FTS5 checks it against them.
    SqlStatement check(db, QStringLiteral("INSERT INTO page_search(page_search) VALUES ('integrity-check')"));
    return check.exec() ? StoreError{} : check.error();
}

StoreError FileCopyEndpoint::appendLog(const QString &action, const QString &storedDetail)
{
    return m_store->activity().appendAsWritten(action, storedDetail);
}

StoreError FileCopyEndpoint::commit()
{
    if (StoreError error = commitAndCheckpoint(); error.isError())
        return error;
    m_store.reset();
    // A file being replaced (the user confirmed it) leaves no journal that SQLite would apply to the copy.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(m_target + suffix);
    if (std::rename(QFile::encodeName(m_partial).constData(), QFile::encodeName(m_target).constData()) != 0) {
        removePartial();
        return StoreError::make(StoreError::Kind::Io, tr("Cannot write %1.").arg(QFileInfo(m_target).fileName()));
    }
    removePartial();
    m_partial.clear();
    return {};
}

StoreError FileCopyEndpoint::commitAndCheckpoint()
{
    QSqlDatabase db = m_store->database();
    if (!db.commit())
        return SqlStatement::errorOf(db.lastError());
    // One self-contained file: the WAL folded back before the file is renamed without it.
    SqlStatement checkpoint(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!checkpoint.exec() || !checkpoint.next() || checkpoint.value(0).toInt() != 0) {
        const StoreError error = checkpoint.error();
        return error.isError() ? error : StoreError::make(StoreError::Kind::Locked, tr("the copy could not be written out whole"));
    }
    return {};
}

void FileCopyEndpoint::removePartial()
{
    if (m_partial.isEmpty())
        return;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_partial + suffix);
}

void FileCopyEndpoint::rollback()
{
    if (m_store) {
        {
            QSqlDatabase db = m_store->database();
            if (db.isOpen())
                db.rollback();
        }
        m_store.reset();
    }
    if (!m_target.isEmpty())
        removePartial();
}

StoreError FileCopyEndpoint::execForTest(const QString &sql)
{
    SqlStatement statement(m_store->database(), sql);
    return statement.exec() ? StoreError{} : statement.error();
}

} // namespace rebuttal
