#include "ServerAgreementRegistry.h"

#include "PgConnection.h"
#include "ServerStore.h"

namespace rebuttal {

namespace {

QString numbered(int n)
{
    return QStringLiteral("$%1").arg(n);
}

} // namespace

ServerAgreementRegistry::ServerAgreementRegistry(ServerStore &store)
    : m_store(store)
{
}

QList<AgreementStore::StoredAgreement> ServerAgreementRegistry::stored(StoreError *error) const
{
    PgStatement select(m_store.connection(), storedSelect());
    return storedRows(select, error);
}

StoreError ServerAgreementRegistry::upsert(const QString &sql, const QVariantList &values)
{
    return m_store.connection().exec(sql, values);
}

StoreError ServerAgreementRegistry::inTransaction(const std::function<StoreError()> &write, const QString &action,
                                                  const ActivityDetail &detail)
{
    PgConnection &connection = m_store.connection();
    if (StoreError error = connection.begin(); error.isError())
        return error;
    // Writers one at a time (a new agreement's place is the last one), readers never kept waiting.
    StoreError error = connection.exec(QStringLiteral("LOCK TABLE agreements IN SHARE ROW EXCLUSIVE MODE"));
    if (!error.isError())
        error = write();
    if (!error.isError())
        error = m_store.appendActivity(action, detail);
    if (!error.isError())
        error = connection.commit();
    if (error.isError())
        connection.rollback();
    return error;
}

StoreError ServerAgreementRegistry::importAgreements(const QList<Agreement> &agreements, const QString &sourceName)
{
    const QString sql = upsertSql(false, numbered);
    return inTransaction(
        [&] {
            for (const Agreement &agreement : agreements) {
                if (StoreError error = upsert(sql, rowValues(agreement)); error.isError())
                    return error;
            }
            return StoreError{};
        },
        QStringLiteral("import.agreements"), importLogged(agreements.size(), sourceName));
}

StoreError ServerAgreementRegistry::replaceAll(const QList<Agreement> &agreements, const QString &action,
                                               const ActivityDetail &detail, const QHash<QString, qint64> *readVersions,
                                               QHash<QString, qint64> *savedVersions)
{
    return inTransaction(
        [&] {
            StoreError error;
            const QList<StoredAgreement> now = stored(&error);
            if (error.isError())
                return error;
            const Plan planned = plan(now, agreements, readVersions);
            if (planned.refusal.isError())
                return planned.refusal;
            for (const QString &ref : planned.deletes) {
                if (error = m_store.connection().exec(QStringLiteral("DELETE FROM agreements WHERE ref = $1"), {ref}); error.isError())
                    return error;
            }
            const QString sql = upsertSql(true, numbered);
            for (const auto &[agreement, position] : planned.writes) {
                if (error = upsert(sql, QVariantList{position} + rowValues(agreement)); error.isError())
                    return error;
            }
            if (savedVersions)
                *savedVersions = versionsOf(stored(&error));
            return error;
        },
        action, detail);
}

} // namespace rebuttal
