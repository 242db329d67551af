// A matter on a PostgreSQL server: the team-mode counterpart of CaseStore (issue 18). One schema
// per matter (matter_NAME) with the case store's tables, and two group roles the firm grants to
// people: rebuttal_NAME_readers (read everything, write nothing but their own log entries) and
// rebuttal_NAME_editors (read and change everything but the log, which only grows).
#pragma once

#include "ActivityLog.h"
#include "ServerLocation.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace rebuttal {

class PgConnection;

class ServerStore
{
    Q_DECLARE_TR_FUNCTIONS(ServerStore)

public:
    enum class Role { Reader, Editor };

    // Creates the matter: its schema, its two roles (when they do not exist yet), every migration,
    // the grants and the log's first entry, in one transaction. Needs a login that may create
    // schemas in the database and roles (CREATEROLE). Refuses a matter that exists (Exists).
    static std::unique_ptr<ServerStore> create(const ServerLocation &location, StoreError *error);
    // The same, for StoreCopier: no log entry, and the transaction left open, so the copy fills the
    // matter in it and commits (or rolls back, and there never was a matter).
    static std::unique_ptr<ServerStore> createForCopy(const ServerLocation &location, StoreError *error);
    // Opens an existing matter. An older schema is refused (NewerSchema, saying how to upgrade)
    // whether `readOnly` or not: upgrade() does it once someone chose to (schemaState() first).
    static std::unique_ptr<ServerStore> open(const ServerLocation &location, StoreError *error, bool readOnly = false);

    // Where a matter's schema stands before it is opened (open() refuses an older one): what the
    // GUI asks about first, since an upgrade changes the matter for everyone.
    struct SchemaState
    {
        int stored = 0;
        int current = 0;
        // Whether this login may upgrade it: the schema's owner (or a member of the owning role).
        bool mayUpgrade = false;
        // Who may: the owning role's name.
        QString owner;
        bool needsUpgrade() const { return stored < current; }
    };
    // Nothing with *error (NotFound, Denied, NewerSchema, Unreachable) as open() would say it.
    static SchemaState schemaState(const ServerLocation &location, StoreError *error);
    // Upgrades the matter's schema to this version's and logs it, in one transaction (nothing
    // changes when it fails, or when `cancelled` is set by the time it would commit: then
    // *rolledBack), on a connection of its own: a job runs it off the GUI thread.
    [[nodiscard]] static StoreError upgrade(const ServerLocation &location, const std::atomic_bool *cancelled = nullptr,
                                            bool *rolledBack = nullptr);

    // The matters of `database` (its matter is ignored) that this login may read, by name: what
    // File > Connect to Server offers. Empty with *error set when the server cannot be reached.
    static QStringList matters(const ServerLocation &database, StoreError *error);

    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    const ServerLocation &location() const;
    int schemaVersion(StoreError *error = nullptr) const;
    // The login the server authenticated for this connection.
    QString sessionUser(StoreError *error = nullptr) const;
    // Whether this login may change the matter (an editor, or its owner) rather than only read it,
    // as the server's own privileges say: how a refused write is explained in plain words. The
    // server enforces the roles whatever this says.
    bool mayChange(StoreError *error = nullptr) const;
    // The store's connection, for the classes of core/store only.
    PgConnection &connection() { return *m_connection; }

    // Chain of custody on the server: see ServerActivityLog.
    [[nodiscard]] StoreError appendActivity(const QString &action, const QString &detail);
    [[nodiscard]] StoreError appendActivity(const QString &action, const ActivityDetail &detail);
    QList<ActivityEntry> activityEntries(StoreError *error = nullptr) const;

    // Makes `login` (an existing PostgreSQL role) a reader or an editor of the matter, and logs it.
    [[nodiscard]] StoreError grant(const QString &login, Role role);

private:
    explicit ServerStore(std::unique_ptr<PgConnection> connection);
    // ?matter=* names no one matter: refused by everything but research (ServerMatterPool).
    [[nodiscard]] static StoreError refusedPool(const ServerLocation &location);
    [[nodiscard]] StoreError useSchema();
    // The checks open() and schemaState() share: the matter exists, the login may use it, and the
    // version it holds (refused when newer than this one knows).
    static int checkedVersion(PgConnection &connection, const ServerLocation &location, StoreError *error);

    std::unique_ptr<PgConnection> m_connection;
};

} // namespace rebuttal
