// The chain-of-custody log inside a case file: who did what, when. Append-only.
#pragma once

#include "domain/ActivityDetail.h"
#include "StoreError.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace rebuttal {

struct ActivityEntry
{
    qint64 id = 0;
    QDateTime at;   // UTC
    QString user;   // the operating-system account
    QString action; // a stable identifier: "store.create", "import.cases", "store.copy", ...
    QString detail; // file names, SHA-256 sums, counts: never client data. Stored form: see ActivityDetail
};

// The rows of `SELECT id, at (ISO 8601 with milliseconds), user, action, detail`, on either
// store's statement class (SqlStatement, PgStatement), oldest first as selected.
template <typename Statement>
QList<ActivityEntry> activityEntriesOf(Statement &select)
{
    QList<ActivityEntry> result;
    while (select.next()) {
        ActivityEntry entry;
        entry.id = select.value(0).toLongLong();
        entry.at = QDateTime::fromString(select.value(1).toString(), Qt::ISODateWithMs);
        entry.user = select.value(2).toString();
        entry.action = select.value(3).toString();
        entry.detail = select.value(4).toString();
        result << entry;
    }
    return result;
}

class ActivityLog
{
public:
    explicit ActivityLog(QString connectionName);

    // A sentence every reader sees in their own language (see ActivityDetail). Every entry the app
    // writes is one: a detail stored as translated text would stay in the writer's language.
    [[nodiscard]] StoreError append(const QString &action, const ActivityDetail &detail);
    // A detail kept as written, as versions before ActivityDetail stored it (tests reproduce such
    // entries; the app never writes one).
    [[nodiscard]] StoreError appendAsWritten(const QString &action, const QString &detail);
    // Oldest first.
    QList<ActivityEntry> entries(StoreError *error = nullptr) const;

    // The operating-system account name recorded with each entry.
    static QString currentUser();

private:
    QString m_connectionName;
};

} // namespace rebuttal
