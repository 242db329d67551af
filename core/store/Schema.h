// The case-store schema as numbered migrations, and the code that applies them.
#pragma once

#include "StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace rebuttal {

struct Migration
{
    int version = 0;         // the user_version the store has once this migration ran
    QString description;     // for the activity log
    QStringList statements;  // run in order inside one transaction
    // Run after the statements of every pending migration, in the same transaction: fills what SQL
    // alone cannot derive, reading the tables as this build knows them.
    std::function<StoreError(QSqlDatabase &)> fill;
};

// A table whose rows people edit: it carries version, changed_by and changed_at (schema 6).
struct VersionedTable
{
    QString name;
    QStringList dataColumns; // a change to any of them raises the row's version
};

class Schema
{
public:
    // Every migration of this build, in version order; the last one's version is the build's schema version.
    static const QList<Migration> &migrations();
    static int currentVersion();
    // The tables with row versions, and their data columns (both backends use them).
    static const QList<VersionedTable> &versionedTables();

    // Brings `db` from its user_version up to the last of `plan` (defaults to migrations()).
    // All pending migrations and the new application_id/user_version run in one transaction,
    // so a failure anywhere leaves the file exactly as it was.
    [[nodiscard]] static StoreError migrate(QSqlDatabase &db, const QList<Migration> &plan = migrations());
};

} // namespace rebuttal
