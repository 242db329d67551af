#include "ServerCopyEndpoint.h"

#include "PgConnection.h"
#include "ServerClientRecords.h"
#include "ServerStore.h"

#include <QLocale>
#include <QMap>

namespace rebuttal {

namespace {

constexpr int kBatchRows = 256;
constexpr int kChunkBytes = 1 << 20;
// PostgreSQL takes at most 65,535 parameters in one statement.
constexpr int kMaxParameters = 30000;

std::optional<CopyKind> kindOfType(const QString &type)
{
    if (type == QLatin1String("bigint") || type == QLatin1String("integer") || type == QLatin1String("smallint"))
        return CopyKind::Integer;
    if (type == QLatin1String("double precision") || type == QLatin1String("real"))
        return CopyKind::Real;
    if (type == QLatin1String("text") || type.startsWith(QLatin1String("character varying")))
        return CopyKind::Text;
    if (type == QLatin1String("bytea"))
        return CopyKind::Blob;
    if (type == QLatin1String("timestamp with time zone"))
        return CopyKind::Time;
    return std::nullopt;
}

// `column` as the copy reads it: a time as the file store writes one, a stored file as its size.
QString selected(const CopyColumn &column)
{
    const QString name = quotedName(column.name);
    switch (column.kind) {
    case CopyKind::Time:
        return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')").arg(name);
    case CopyKind::Blob:
        return QStringLiteral("octet_length(%1)").arg(name);
    default:
        return name;
    }
}

QVariant valueOf(const QVariant &text, CopyKind kind)
{
    if (text.isNull())
        return {};
    switch (kind) {
    case CopyKind::Integer:
    case CopyKind::Blob:
        return text.toLongLong();
    case CopyKind::Real:
        return text.toDouble();
    default:
        return text.toString();
    }
}

// A value as a statement parameter: a number in the text PostgreSQL reads back exactly.
QVariant parameterOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (value.typeId() == QMetaType::QByteArray)
        return value;
    return value.toString();
}

// "k1" = $first AND "k2" = $first+1...
QString keyCondition(const CopyTable &table, int first)
{
    QStringList terms;
    for (const QString &column : table.key)
        terms << QStringLiteral("%1 = $%2").arg(quotedName(column)).arg(first++);
    return terms.join(QStringLiteral(" AND "));
}

} // namespace

ServerCopyEndpoint::ServerCopyEndpoint(std::unique_ptr<ServerStore> store)
    : m_store(std::move(store))
{
}

ServerCopyEndpoint::~ServerCopyEndpoint()
{
    rollback();
}

std::unique_ptr<ServerCopyEndpoint> ServerCopyEndpoint::openSource(const ServerLocation &location, StoreError *error)
{
    std::unique_ptr<ServerStore> store = ServerStore::open(location, error, true);
    if (!store)
        return nullptr;
    // One snapshot for the whole copy: work committed meanwhile is not half in it.
    if (*error = store->connection().exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")); error->isError())
        return nullptr;
    return std::unique_ptr<ServerCopyEndpoint>(new ServerCopyEndpoint(std::move(store)));
}

std::unique_ptr<ServerCopyEndpoint> ServerCopyEndpoint::createDestination(const ServerLocation &location, StoreError *error)
{
    std::unique_ptr<ServerStore> store = ServerStore::createForCopy(location, error);
    if (!store)
        return nullptr;
    return std::unique_ptr<ServerCopyEndpoint>(new ServerCopyEndpoint(std::move(store)));
}

StoreError ServerCopyEndpoint::readColumns(QMap<QString, CopyTable> *tables)
{
    PgStatement columns(m_store->connection(), QStringLiteral(
        "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attgenerated <> '', a.attidentity <> ''"
        " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid"
        " WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped"
        " ORDER BY c.relname, a.attnum"));
    columns.bind(m_store->location().schemaName());
    if (!columns.exec())
        return columns.error();
    while (columns.next()) {
        const QString name = columns.value(0).toString();
        // The schema's version is the matter's bookkeeping, written by its migrations.
        if (name == QLatin1String("schema_version") || columns.value(3).toString() == QLatin1String("t"))
            continue;
        CopyTable &table = (*tables)[name];
        table.name = name;
        const QString column = columns.value(1).toString();
        const std::optional<CopyKind> kind = kindOfType(columns.value(2).toString());
        if (!kind)
            return StoreError::make(StoreError::Kind::Sql, tr("column %1.%2 has a type a copy does not know: %3")
                                                               .arg(name, column, columns.value(2).toString()));
        table.columns << CopyColumn{column, *kind};
        if (columns.value(4).toString() == QLatin1String("t"))
            table.identityColumn = column;
    }
    return {};
}

StoreError ServerCopyEndpoint::readKeys(QMap<QString, CopyTable> *tables)
{
    PgStatement keys(m_store->connection(), QStringLiteral(
        "SELECT c.relname, a.attname FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid"
        " JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (i.indkey)"
        " WHERE i.indisprimary AND n.nspname = $1 ORDER BY c.relname, array_position(i.indkey::int2[], a.attnum)"));
    keys.bind(m_store->location().schemaName());
    if (!keys.exec())
        return keys.error();
    while (keys.next()) {
        if (auto table = tables->find(keys.value(0).toString()); table != tables->end())
            table->key << keys.value(1).toString();
    }
    PgStatement parents(m_store->connection(), QStringLiteral(
        "SELECT c.relname, p.relname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid"
        " JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE k.contype = 'f' AND n.nspname = $1"));
    parents.bind(m_store->location().schemaName());
    if (!parents.exec())
        return parents.error();
    while (parents.next()) {
        if (auto table = tables->find(parents.value(0).toString()); table != tables->end())
            table->parents << parents.value(1).toString();
    }
    return {};
}

QList<CopyTable> ServerCopyEndpoint::tables(StoreError *error)
{
    QMap<QString, CopyTable> tables;
    if (*error = readColumns(&tables); error->isError())
        return {};
    if (*error = readKeys(&tables); error->isError())
        return {};
    for (CopyTable &table : tables) {
        if (table.key.isEmpty()) {
            for (const CopyColumn &column : std::as_const(table.columns))
                table.key << column.name;
        }
    }
    return tables.values();
}

qint64 ServerCopyEndpoint::rowCount(const CopyTable &table, StoreError *error)
{
    PgStatement count(m_store->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(quotedName(table.name)));
    const bool ok = count.exec() && count.next();
    *error = count.error();
    return ok ? count.value(0).toLongLong() : 0;
}

StoreError ServerCopyEndpoint::readRows(const CopyTable &table, const Rows &rows)
{
    PgConnection &connection = m_store->connection();
    QStringList select;
    for (const CopyColumn &column : table.columns)
        select << selected(column);
    QStringList order;
    for (const QString &name : table.key) {
        const int at = table.columnIndex(name);
        const bool text = at >= 0 && table.columns.at(at).kind == CopyKind::Text;
        // Text by its bytes and NULL first: the order SQLite's BINARY collation gives.
        order << quotedName(name) + (text ? QStringLiteral(" COLLATE \"C\"") : QString()) + QStringLiteral(" NULLS FIRST");
    }
    StoreError error = connection.exec(QStringLiteral("DECLARE rebuttal_copy NO SCROLL CURSOR FOR SELECT %1 FROM %2 ORDER BY %3")
                                           .arg(select.join(QStringLiteral(", ")), quotedName(table.name),
                                                order.join(QStringLiteral(", "))));
    while (!error.isError()) {
        PgStatement fetch(connection, QStringLiteral("FETCH FORWARD %1 FROM rebuttal_copy").arg(kBatchRows));
        if (!fetch.exec()) {
            error = fetch.error();
            break;
        }
        if (fetch.rowCount() == 0)
            break;
        QList<QVariantList> batch;
        while (fetch.next()) {
            QVariantList row;
            for (int i = 0; i < table.columns.size(); ++i)
                row << valueOf(fetch.value(i), table.columns.at(i).kind);
            batch << row;
        }
        error = rows(batch);
    }
    if (error.isError())
        return error;
    return connection.exec(QStringLiteral("CLOSE rebuttal_copy"));
}

StoreError ServerCopyEndpoint::readBlob(const CopyTable &table, const QString &column, const QVariantList &key, const Chunk &chunk)
{
    PgStatement size(m_store->connection(), QStringLiteral("SELECT octet_length(%1) FROM %2 WHERE %3")
                                                .arg(quotedName(column), quotedName(table.name), keyCondition(table, 1)));
    for (const QVariant &value : key)
        size.bind(parameterOf(value));
    if (!size.exec())
        return size.error();
    if (!size.next())
        return StoreError::make(StoreError::Kind::Sql, tr("a row of %1 vanished during the copy").arg(table.name));
    const qint64 total = size.value(0).toLongLong();
    const int first = int(key.size()) + 1;
    // A stored file a megabyte at a time; substring reads only those bytes of an uncompressed value.
    const QString sql = QStringLiteral("SELECT encode(substring(%1 FROM $%4 FOR $%5), 'hex') FROM %2 WHERE %3")
                            .arg(quotedName(column), quotedName(table.name), keyCondition(table, 1))
                            .arg(first)
                            .arg(first + 1);
    for (qint64 offset = 0; offset < total; offset += kChunkBytes) {
        PgStatement part(m_store->connection(), sql);
        for (const QVariant &value : key)
            part.bind(parameterOf(value));
        part.bind(offset + 1).bind(qint64(kChunkBytes));
        if (!part.exec())
            return part.error();
        if (!part.next())
            return StoreError::make(StoreError::Kind::Sql, tr("a row of %1 vanished during the copy").arg(table.name));
        const QByteArray bytes = QByteArray::fromHex(part.value(0).toString().toLatin1());
        if (const StoreError error = chunk(bytes); error.isError())
            return error;
    }
    return {};
}

QString ServerCopyEndpoint::blobSha256(const CopyTable &table, const QString &column, const QVariantList &key, StoreError *error)
{
    PgStatement hash(m_store->connection(), QStringLiteral("SELECT encode(sha256(%1), 'hex') FROM %2 WHERE %3")
                                                .arg(quotedName(column), quotedName(table.name), keyCondition(table, 1)));
    for (const QVariant &value : key)
        hash.bind(parameterOf(value));
    if (!hash.exec() || !hash.next()) {
        *error = hash.error().isError() ? hash.error()
                                        : StoreError::make(StoreError::Kind::Sql, tr("a row of %1 vanished during the copy").arg(table.name));
        return {};
    }
    *error = {};
    return hash.value(0).toString();
}

StoreError ServerCopyEndpoint::insertRows(const CopyTable &table, const QList<QVariantList> &rows)
{
    if (!table.identityColumn.isEmpty() && std::none_of(m_written.cbegin(), m_written.cend(), [&](const CopyTable &t) {
            return t.name == table.name;
        }))
        m_written << table;
    if (table.hasBlob()) {
        // Written whole by writeBlob once its stored files are on the server: a row is inserted
        // once, never updated afterwards (an UPDATE would wake any trigger that stamps changes).
        for (const QVariantList &row : rows)
            m_pending.insert(keyText(table, row), {row, 0});
        return {};
    }
    QStringList names;
    for (const CopyColumn &column : table.columns)
        names << quotedName(column.name);
    const int perStatement = std::clamp(kMaxParameters / std::max<int>(1, int(table.columns.size())), 1, kBatchRows);
    // The ids are the source's: a copy keeps them, even in a column the server numbers itself.
    const QString head = QStringLiteral("INSERT INTO %1 (%2)%3 VALUES ")
                             .arg(quotedName(table.name), names.join(QStringLiteral(", ")),
                                  table.identityColumn.isEmpty() ? QString() : QStringLiteral(" OVERRIDING SYSTEM VALUE"));
    for (qsizetype start = 0; start < rows.size(); start += perStatement) {
        QStringList tuples;
        QVariantList parameters;
        for (qsizetype r = start; r < std::min<qsizetype>(rows.size(), start + perStatement); ++r) {
            QStringList values;
            for (const QVariant &value : rows.at(r)) {
                parameters << parameterOf(value);
                values << QStringLiteral("$%1").arg(parameters.size());
            }
            tuples << QLatin1Char('(') + values.join(QStringLiteral(", ")) + QLatin1Char(')');
        }
        if (const StoreError error = m_store->connection().exec(head + tuples.join(QStringLiteral(", ")), parameters); error.isError())
            return error;
    }
    return {};
}

QString ServerCopyEndpoint::keyText(const CopyTable &table, const QVariantList &row)
{
    QStringList parts{table.name};
    for (const QString &column : table.key)
        parts << row.value(table.columnIndex(column)).toString();
    return parts.join(QChar(0x1F));
}

StoreError ServerCopyEndpoint::writeBlob(const CopyTable &table, const QString &column, const QVariantList &key,
                                         const std::function<StoreError(const Chunk &write)> &source)
{
    PgConnection &connection = m_store->connection();
    // The chunks are assembled on the server: the client never holds the whole file, and the
    // value is written once (appending to a bytea would rewrite it for every chunk).
    if (!m_chunkTable) {
        if (StoreError error = connection.exec(QStringLiteral("CREATE TEMPORARY TABLE rebuttal_copy_chunks"
                                                              " (col text NOT NULL, n integer NOT NULL, data bytea NOT NULL,"
                                                              " PRIMARY KEY (col, n)) ON COMMIT DROP"));
            error.isError())
            return error;
        m_chunkTable = true;
    }
    QStringList keyParts{table.name};
    for (const QVariant &value : key)
        keyParts << value.toString();
    const auto pending = m_pending.find(keyParts.join(QChar(0x1F)));
    if (pending == m_pending.end())
        return StoreError::make(StoreError::Kind::Sql, tr("a row of %1 vanished during the copy").arg(table.name));
    if (StoreError error = connection.exec(QStringLiteral("DELETE FROM pg_temp.rebuttal_copy_chunks WHERE col = $1"), {column});
        error.isError())
        return error;
    int n = 0;
    const StoreError written = source([&](QByteArrayView chunk) {
        return connection.exec(QStringLiteral("INSERT INTO pg_temp.rebuttal_copy_chunks (col, n, data) VALUES ($1, $2, $3)"),
                               {column, ++n, chunk.toByteArray()});
    });
    if (written.isError())
        return written;
    const qsizetype blobs = std::count_if(table.columns.cbegin(), table.columns.cend(),
                                          [](const CopyColumn &c) { return c.kind == CopyKind::Blob; });
    if (++pending->second < blobs)
        return {};
    const QVariantList row = pending->first;
    m_pending.erase(pending);
    return insertAssembled(table, row);
}

StoreError ServerCopyEndpoint::insertAssembled(const CopyTable &table, const QVariantList &row)
{
    QStringList names;
    QStringList values;
    QVariantList parameters;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        const CopyColumn &column = table.columns.at(c);
        names << quotedName(column.name);
        if (column.kind == CopyKind::Blob) {
            parameters << column.name;
            values << QStringLiteral("(SELECT coalesce(string_agg(data, ''::bytea ORDER BY n), ''::bytea)"
                                     " FROM pg_temp.rebuttal_copy_chunks WHERE col = $%1)")
                          .arg(parameters.size());
        } else {
            parameters << parameterOf(row.at(c));
            values << QStringLiteral("$%1").arg(parameters.size());
        }
    }
    const QString sql = QStringLiteral("INSERT INTO %1 (%2)%3 VALUES (%4)")
                            .arg(quotedName(table.name), names.join(QStringLiteral(", ")),
                                 table.identityColumn.isEmpty() ? QString() : QStringLiteral(" OVERRIDING SYSTEM VALUE"),
                                 values.join(QStringLiteral(", ")));
    if (StoreError error = m_store->connection().exec(sql, parameters); error.isError())
        return error;
    return m_store->connection().exec(QStringLiteral("DELETE FROM pg_temp.rebuttal_copy_chunks"));
}

StoreError ServerCopyEndpoint::rebuildDerived()
{
    if (StoreError error = ServerClientRecords(*m_store).rebuildAllSpells(); error.isError())
        return error;
    // Rows given their ids do not move the counters: the next row added must not take a copied id.
    const QString schema = quotedName(m_store->location().schemaName());
    for (const CopyTable &table : std::as_const(m_written)) {
        const QString sql = QStringLiteral("SELECT setval(pg_get_serial_sequence($1, $2), coalesce(max(%1), 0) + 1, false) FROM %2")
                                .arg(quotedName(table.identityColumn), quotedName(table.name));
        if (StoreError error = m_store->connection().exec(sql, {QString(schema + QLatin1Char('.') + quotedName(table.name)), table.identityColumn});
            error.isError())
            return error;
    }
    return {};
}

StoreError ServerCopyEndpoint::appendLog(const QString &action, const QString &storedDetail)
{
    return m_store->appendActivity(action, storedDetail);
}

StoreError ServerCopyEndpoint::commit()
{
    return m_store->connection().commit();
}

void ServerCopyEndpoint::rollback()
{
    if (m_store)
        m_store->connection().rollback();
}

StoreError ServerCopyEndpoint::execForTest(const QString &sql)
{
    return m_store->connection().exec(sql);
}

} // namespace rebuttal
