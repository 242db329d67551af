#include "ActivityLog.h"

#include "domain/Clock.h"
#include "SqlStatement.h"

#include <pwd.h>
#include <unistd.h>

namespace rebuttal {

ActivityLog::ActivityLog(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

QString ActivityLog::currentUser()
{
    // The account, not $USER, which any process can set.
    if (const passwd *entry = ::getpwuid(::getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER", QStringLiteral("unknown"));
}

StoreError ActivityLog::appendAsWritten(const QString &action, const QString &detail)
{
    SqlStatement insert(QSqlDatabase::database(m_connectionName, false),
                        QStringLiteral("INSERT INTO activity_log (at, user, action, detail) VALUES (?, ?, ?, ?)"));
    insert.bind(Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs)).bind(currentUser()).bind(action).bind(detail);
    insert.exec();
    return insert.error();
}

StoreError ActivityLog::append(const QString &action, const ActivityDetail &detail)
{
    return appendAsWritten(action, detail.toStored());
}

QList<ActivityEntry> ActivityLog::entries(StoreError *error) const
{
    QList<ActivityEntry> result;
    SqlStatement select(QSqlDatabase::database(m_connectionName, false),
                        QStringLiteral("SELECT id, at, user, action, detail FROM activity_log ORDER BY id"));
    if (select.exec())
        result = activityEntriesOf(select);
    if (error)
        *error = select.error();
    return result;
}

} // namespace rebuttal
