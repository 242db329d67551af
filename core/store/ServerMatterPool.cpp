#include "ServerMatterPool.h"

#include "PgConnection.h"
#include "ServerSchema.h"

namespace rebuttal {

namespace {

// The tables research reads (OutcomeStatistics): a matter is pooled only when all are readable.
const QStringList &researchTables()
{
    static const QStringList tables{QStringLiteral("clients"), QStringLiteral("allegations"), QStringLiteral("events"),
                                    QStringLiteral("event_allegations"), QStringLiteral("spells")};
    return tables;
}

} // namespace

ServerMatterPool::ServerMatterPool(std::unique_ptr<PgConnection> connection)
    : m_connection(std::move(connection))
{
}

ServerMatterPool::~ServerMatterPool() = default;

const ServerLocation &ServerMatterPool::location() const
{
    return m_connection->location();
}

std::unique_ptr<ServerMatterPool> ServerMatterPool::open(const ServerLocation &location, StoreError *error)
{
    auto fail = [&](const StoreError &why) -> std::unique_ptr<ServerMatterPool> {
        if (error)
            *error = why;
        return nullptr;
    };
    StoreError failure;
    std::unique_ptr<PgConnection> connection = PgConnection::open(location, &failure);
    if (!connection)
        return fail(failure);
    std::unique_ptr<ServerMatterPool> pool(new ServerMatterPool(std::move(connection)));
    PgConnection &db = *pool->m_connection;
    // Every schema named as a matter's, in byte order (the order does not reach the output: rows
    // are ordered by what they say).
    PgStatement schemas(db, QStringLiteral("SELECT nspname, has_schema_privilege(oid, 'USAGE') FROM pg_namespace"
                                           " WHERE nspname LIKE 'matter\\_%' ORDER BY nspname COLLATE \"C\""));
    if (!schemas.exec())
        return fail(schemas.error());
    const int current = ServerSchema::migrations().constLast().version;
    while (schemas.next()) {
        const QString schema = schemas.value(0).toString();
        const QString matter = schema.mid(QStringLiteral("matter_").size());
        if (!ServerLocation::isValidMatterName(matter))
            continue;
        auto skip = [&](const QString &reason) { pool->m_skipped.append({matter, reason}); };
        if (schemas.value(1).toString() != QLatin1String("t")) {
            skip(tr("your login is neither a reader nor an editor of it"));
            continue;
        }
        StoreError versionError;
        const int version = ServerSchema::storedVersion(db, schema, &versionError);
        if (versionError.isError()) {
            skip(versionError.message);
            continue;
        }
        if (version != current) {
            skip(version > current ? tr("it was written by a newer version of Rebuttal (schema %1; this one knows up to %2)")
                                         .arg(version)
                                         .arg(current)
                                   : tr("it needs a schema upgrade (from %1 to %2): open it once for writing")
                                         .arg(version)
                                         .arg(current));
            continue;
        }
        PgStatement readable(db, QStringLiteral("SELECT count(*), bool_and(has_table_privilege(c.oid, 'SELECT')) FROM pg_class c"
                                                " WHERE c.relnamespace = $1::regnamespace AND c.relname = ANY($2::text[])"));
        readable.bind(schema).bind(QString(QLatin1Char('{') + researchTables().join(QLatin1Char(',')) + QLatin1Char('}')));
        if (!readable.exec() || !readable.next())
            return fail(readable.error());
        if (readable.value(0).toInt() != researchTables().size() || readable.value(1).toString() != QLatin1String("t")) {
            skip(tr("your login may not read all of its case records"));
            continue;
        }
        pool->m_matters << matter;
    }
    if (pool->m_matters.isEmpty())
        return fail(StoreError::make(StoreError::Kind::NotFound,
                                     tr("%1: there is no matter in this database that your login may read")
                                         .arg(location.display())));
    if (error)
        *error = {};
    return pool;
}

QStringList ServerMatterPool::schemas() const
{
    QStringList result;
    for (const QString &matter : m_matters)
        result << QStringLiteral("matter_") + matter;
    return result;
}

StoreError ServerMatterPool::appendActivity(const QString &action, const ActivityDetail &detail)
{
    PgConnection &db = *m_connection;
    if (StoreError error = db.begin(); error.isError())
        return error;
    // No user and no time: each matter's trigger writes the server's session_user and clock.
    for (const QString &schema : schemas()) {
        if (StoreError error = db.exec(QStringLiteral("INSERT INTO %1.activity_log (action, detail) VALUES ($1, $2)").arg(schema),
                                       {action, detail.toStored()});
            error.isError()) {
            db.rollback();
            return error;
        }
    }
    if (StoreError error = db.commit(); error.isError()) {
        db.rollback();
        return error;
    }
    return {};
}

} // namespace rebuttal
