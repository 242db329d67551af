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

class ActivityLog
{
public:
    explicit ActivityLog(QString connectionName);

    [[nodiscard]] StoreError append(const QString &action, const QString &detail);
    // A sentence every reader sees in their own language (see ActivityDetail).
    [[nodiscard]] StoreError append(const QString &action, const ActivityDetail &detail);
    // Oldest first.
    QList<ActivityEntry> entries(StoreError *error = nullptr) const;

    // The operating-system account name recorded with each entry.
    static QString currentUser();

private:
    QString m_connectionName;
};

} // namespace rebuttal
