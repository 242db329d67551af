// The case-store schema on a PostgreSQL server: the same numbered migrations as the SQLite store
// (Schema), each written in PostgreSQL's dialect, applied to one matter's schema.
#pragma once

#include "StoreError.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rebuttal {

class PgConnection;

struct ServerMigration
{
    int version = 0;        // the same number as the SQLite store's migration
    QString description;    // the SQLite migration's own description
    QStringList statements; // run in order, in the matter's schema, inside one transaction
};

class ServerSchema
{
public:
    // Every migration, in version order; versions and descriptions are those of Schema::migrations().
    static const QList<ServerMigration> &migrations();

    // The version recorded in the matter's schema (0: the schema is there but holds no tables yet;
    // -1 with *error when it cannot be read).
    static int storedVersion(PgConnection &connection, const QString &schema, StoreError *error);

    // Brings the matter's schema up to the last migration, in one transaction that also takes an
    // advisory lock on the matter, so two clients upgrading at once run it once. The matter's
    // grants are applied again at the end (new tables get them too). A failure leaves the schema
    // as it was.
    [[nodiscard]] static StoreError migrate(PgConnection &connection, const QString &schema, const QString &readerRole,
                              const QString &editorRole, const QList<ServerMigration> &plan = migrations());
    // The same, inside a transaction the caller opened (matter creation).
    [[nodiscard]] static StoreError migrateInTransaction(PgConnection &connection, const QString &schema, const QString &readerRole,
                                           const QString &editorRole, const QList<ServerMigration> &plan = migrations());
};

} // namespace rebuttal
