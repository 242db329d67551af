#include "ServerStore.h"

#include "PgConnection.h"
#include "ServerSchema.h"

#include <QRegularExpression>

namespace rebuttal {

ServerStore::ServerStore(std::unique_ptr<PgConnection> connection)
    : m_connection(std::move(connection))
{
}

QStringList ServerStore::matters(const ServerLocation &database, StoreError *error)
{
    std::unique_ptr<PgConnection> connection = PgConnection::open(database, error);
    if (!connection)
        return {};
    // A matter is a schema named matter_NAME with our version table; one the login may not use is
    // not offered (its name alone says nothing the login may know).
    PgStatement select(*connection, QStringLiteral("SELECT substr(n.nspname, 8) FROM pg_namespace n"
                                                   " WHERE n.nspname LIKE 'matter\\_%' AND has_schema_privilege(n.oid, 'USAGE')"
                                                   " AND EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = n.oid AND c.relname = 'schema_version')"
                                                   " ORDER BY 1"));
    QStringList names;
    if (select.exec()) {
        while (select.next())
            names << select.value(0).toString();
    }
    if (error)
        *error = select.error();
    return names;
}

ServerStore::~ServerStore() = default;

const ServerLocation &ServerStore::location() const
{
    return m_connection->location();
}

StoreError ServerStore::useSchema()
{
    // The matter's schema first; pg_catalog stays implicitly first, and nothing else is searched,
    // so no other schema's function or table can stand in for the matter's.
    return m_connection->setSessionSetting(QStringLiteral("search_path"), location().schemaName());
}

StoreError ServerStore::refusedPool(const ServerLocation &location)
{
    if (!location.isAllMatters())
        return {};
    return StoreError::make(StoreError::Kind::NotFound,
                            tr("%1: matter=* pools every matter for research (stats, dataset) only; name one matter with "
                               "?matter=NAME")
                                .arg(location.display()));
}

std::unique_ptr<ServerStore> ServerStore::createForCopy(const ServerLocation &location, StoreError *error)
{
    if (const StoreError refused = refusedPool(location); refused.isError()) {
        if (error)
            *error = refused;
        return nullptr;
    }
    StoreError failure;
    std::unique_ptr<PgConnection> connection = PgConnection::open(location, &failure);
    auto fail = [&](const StoreError &why) -> std::unique_ptr<ServerStore> {
        if (connection)
            connection->rollback();
        if (error)
            *error = why;
        return nullptr;
    };
    if (!connection)
        return fail(failure);
    if (failure = connection->begin(); failure.isError())
        return fail(failure);

    PgStatement exists(*connection, QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = $1"));
    exists.bind(location.schemaName());
    if (!exists.exec())
        return fail(exists.error());
    if (exists.next())
        return fail(StoreError::make(StoreError::Kind::Exists,
                                     tr("%1: the matter %2 already exists").arg(location.display(), location.matter)));
    const QString schema = location.schemaName();
    for (const QString &role : {location.readerRole(), location.editorRole()}) {
        PgStatement known(*connection, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"));
        known.bind(role);
        if (!known.exec())
            return fail(known.error());
        if (!known.next()) {
            if (failure = connection->exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role)); failure.isError())
                return fail(failure);
        }
    }
    if (failure = connection->exec(QStringLiteral("CREATE SCHEMA %1").arg(schema)); failure.isError())
        return fail(failure);
    failure = ServerSchema::migrateInTransaction(*connection, schema, location.readerRole(), location.editorRole());
    if (failure.isError())
        return fail(failure);
    std::unique_ptr<ServerStore> store(new ServerStore(std::move(connection)));
    if (failure = store->useSchema(); failure.isError()) {
        store->m_connection->rollback();
        if (error)
            *error = failure;
        return nullptr;
    }
    if (error)
        *error = {};
    return store;
}

std::unique_ptr<ServerStore> ServerStore::create(const ServerLocation &location, StoreError *error)
{
    std::unique_ptr<ServerStore> store = createForCopy(location, error);
    if (!store)
        return nullptr;
    auto failStore = [&](const StoreError &why) -> std::unique_ptr<ServerStore> {
        store->m_connection->rollback();
        if (error)
            *error = why;
        return nullptr;
    };
    const QString detail = QStringLiteral("schema %1, version %2, PostgreSQL %3")
                               .arg(location.schemaName())
                               .arg(ServerSchema::migrations().constLast().version)
                               .arg(store->m_connection->serverVersion());
    if (StoreError failure = store->appendActivity(QStringLiteral("store.create"), detail); failure.isError())
        return failStore(failure);
    if (StoreError failure = store->m_connection->commit(); failure.isError())
        return failStore(failure);
    if (error)
        *error = {};
    return store;
}

std::unique_ptr<ServerStore> ServerStore::open(const ServerLocation &location, StoreError *error, [[maybe_unused]] bool readOnly)
{
    auto fail = [&](const StoreError &why) -> std::unique_ptr<ServerStore> {
        if (error)
            *error = why;
        return nullptr;
    };
    if (const StoreError refused = refusedPool(location); refused.isError())
        return fail(refused);
    StoreError failure;
    std::unique_ptr<PgConnection> connection = PgConnection::open(location, &failure);
    if (!connection)
        return fail(failure);
    const int version = checkedVersion(*connection, location, &failure);
    if (failure.isError())
        return fail(failure);
    const int current = ServerSchema::migrations().constLast().version;
    // An older schema is never upgraded in passing, read-only or not: an upgrade changes the matter
    // for the whole team, so it is asked for (the GUI asks; the CLI's init does it) and said.
    if (version < current)
        return fail(StoreError::make(StoreError::Kind::NewerSchema,
                                     tr("%1 needs a schema upgrade (from %2 to %3), which colleagues on older versions of "
                                        "Rebuttal cannot open until they update. Its owner upgrades it by connecting with "
                                        "File > Connect to Server (which asks first) or with 'rebuttal-cli init --store %1'.")
                                         .arg(location.display())
                                         .arg(version)
                                         .arg(current)));
    std::unique_ptr<ServerStore> store(new ServerStore(std::move(connection)));
    if (failure = store->useSchema(); failure.isError())
        return fail(failure);
    if (error)
        *error = {};
    return store;
}

int ServerStore::checkedVersion(PgConnection &connection, const ServerLocation &location, StoreError *error)
{
    auto fail = [&](const StoreError &why) {
        if (error)
            *error = why;
        return 0;
    };
    PgStatement exists(connection, QStringLiteral("SELECT has_schema_privilege(oid, 'USAGE') FROM pg_namespace WHERE nspname = $1"));
    exists.bind(location.schemaName());
    if (!exists.exec())
        return fail(exists.error());
    if (!exists.next())
        return fail(StoreError::make(StoreError::Kind::NotFound,
                                     tr("%1: there is no matter %2 in this database").arg(location.display(), location.matter)));
    if (exists.value(0).toString() != QLatin1String("t"))
        return fail(StoreError::make(StoreError::Kind::Denied,
                                     tr("%1: your login is neither a reader nor an editor of the matter %2")
                                         .arg(location.display(), location.matter)));
    StoreError failure;
    const int version = ServerSchema::storedVersion(connection, location.schemaName(), &failure);
    if (failure.isError())
        return fail(failure);
    const int current = ServerSchema::migrations().constLast().version;
    if (version > current)
        return fail(StoreError::make(StoreError::Kind::NewerSchema,
                                     tr("%1 was written by a newer version of Rebuttal (schema %2; this one knows up to %3).")
                                         .arg(location.display())
                                         .arg(version)
                                         .arg(current)));
    if (error)
        *error = {};
    return version;
}

ServerStore::SchemaState ServerStore::schemaState(const ServerLocation &location, StoreError *error)
{
    SchemaState state;
    if (StoreError refused = refusedPool(location); refused.isError()) {
        if (error)
            *error = refused;
        return state;
    }
    std::unique_ptr<PgConnection> connection = PgConnection::open(location, error);
    if (!connection)
        return state;
    StoreError failure;
    state.stored = checkedVersion(*connection, location, &failure);
    state.current = ServerSchema::migrations().constLast().version;
    if (!failure.isError()) {
        // Migrations alter the matter's tables: only their owner (the owning role or a member) may.
        PgStatement owner(*connection, QStringLiteral("SELECT pg_get_userbyid(nspowner), pg_has_role(nspowner, 'USAGE')"
                                                      " FROM pg_namespace WHERE nspname = $1"));
        owner.bind(location.schemaName());
        if (owner.exec() && owner.next()) {
            state.owner = owner.value(0).toString();
            state.mayUpgrade = owner.value(1).toString() == QLatin1String("t");
        }
        failure = owner.error();
    }
    if (error)
        *error = failure;
    return failure.isError() ? SchemaState() : state;
}

StoreError ServerStore::upgrade(const ServerLocation &location, const std::atomic_bool *cancelled, bool *rolledBack)
{
    if (rolledBack)
        *rolledBack = false;
    StoreError failure;
    std::unique_ptr<PgConnection> connection = PgConnection::open(location, &failure);
    if (!connection)
        return failure;
    const int version = checkedVersion(*connection, location, &failure);
    const int current = ServerSchema::migrations().constLast().version;
    if (failure.isError() || version == current)
        return failure;
    const QString schema = location.schemaName();
    if (failure = connection->begin(); failure.isError())
        return failure;
    failure = ServerSchema::migrateInTransaction(*connection, schema, location.readerRole(), location.editorRole());
    // Logged in the same transaction, as a case file's upgrade is.
    if (!failure.isError())
        failure = connection->exec(QStringLiteral("INSERT INTO %1.activity_log (action, detail) VALUES ($1, $2)").arg(schema),
                                   {QStringLiteral("store.upgrade"),
                                    ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Upgraded the matter from schema %1 to %2"))
                                        .arg(qint64(version))
                                        .arg(qint64(current))
                                        .toStored()});
    // Cancelled while it ran: rolled back, the matter as it was.
    const bool keep = !failure.isError() && !(cancelled && cancelled->load());
    if (keep)
        failure = connection->commit();
    connection->rollback();
    if (rolledBack)
        *rolledBack = !keep || failure.isError();
    return failure;
}

int ServerStore::schemaVersion(StoreError *error) const
{
    return ServerSchema::storedVersion(*m_connection, location().schemaName(), error);
}

QString ServerStore::sessionUser(StoreError *error) const
{
    PgStatement select(*m_connection, QStringLiteral("SELECT session_user"));
    const bool ok = select.exec() && select.next();
    if (error)
        *error = select.error();
    return ok ? select.value(0).toString() : QString();
}

bool ServerStore::mayChange(StoreError *error) const
{
    // A reader has SELECT on every table and INSERT on the log only: a production is what every
    // import of a matter's material writes next to it, so INSERT there tells an editor apart.
    PgStatement select(*m_connection, QStringLiteral("SELECT has_table_privilege('documents', 'INSERT')"));
    const bool ok = select.exec() && select.next();
    if (error)
        *error = select.error();
    return ok && select.value(0).toString() == QLatin1String("t");
}

StoreError ServerStore::appendActivity(const QString &action, const QString &detail)
{
    // No user and no time: the server's trigger writes its session_user and its clock.
    return m_connection->exec(QStringLiteral("INSERT INTO activity_log (action, detail) VALUES ($1, $2)"),
                              {action, detail});
}

StoreError ServerStore::appendActivity(const QString &action, const ActivityDetail &detail)
{
    return appendActivity(action, detail.toStored());
}

QList<ActivityEntry> ServerStore::activityEntries(StoreError *error) const
{
    QList<ActivityEntry> result;
    PgStatement select(*m_connection,
                       QStringLiteral("SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),"
                                      " \"user\", action, detail FROM activity_log ORDER BY id"));
    if (select.exec())
        result = activityEntriesOf(select);
    if (error)
        *error = select.error();
    return result;
}

StoreError ServerStore::grant(const QString &login, Role role)
{
    // A role name is an identifier, not a value: quoted by the server's own quote_ident.
    PgStatement quoted(*m_connection, QStringLiteral("SELECT quote_ident($1) FROM pg_roles WHERE rolname = $1"));
    quoted.bind(login);
    if (!quoted.exec())
        return quoted.error();
    if (!quoted.next())
        return StoreError::make(StoreError::Kind::NotFound, tr("There is no PostgreSQL login named %1.").arg(login));
    const QString group = role == Role::Reader ? location().readerRole() : location().editorRole();
    if (StoreError error = m_connection->begin(); error.isError())
        return error;
    StoreError error = m_connection->exec(QStringLiteral("GRANT %1 TO %2").arg(group, quoted.value(0).toString()));
    if (!error.isError())
        error = appendActivity(QStringLiteral("matter.grant"),
                               QStringLiteral("%1 %2").arg(role == Role::Reader ? QStringLiteral("reader") : QStringLiteral("editor"),
                                                           login));
    if (!error.isError())
        error = m_connection->commit();
    if (error.isError())
        m_connection->rollback();
    return error;
}

} // namespace rebuttal
