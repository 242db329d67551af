#include "AgreementRegistry.h"

#include "ActivityLog.h"
#include "CaseStore.h"
#include "SqlStatement.h"

namespace rebuttal {

AgreementRegistry::AgreementRegistry(CaseStore &store)
    : m_store(store)
{
}

QList<AgreementStore::StoredAgreement> AgreementRegistry::stored(StoreError *error) const
{
    SqlStatement select(m_store.database(), storedSelect());
    return storedRows(select, error);
}

StoreError AgreementRegistry::importAgreements(const QList<Agreement> &agreements, const QString &sourceName)
{
    QSqlDatabase db = m_store.database();
    if (!db.transaction())
        return SqlStatement::errorOf(db.lastError());
    SqlStatement upsert(db, upsertSql(false, [](int) { return QStringLiteral("?"); }));
    StoreError error;
    for (const Agreement &agreement : agreements) {
        for (const QVariant &value : rowValues(agreement))
            upsert.bind(value);
        if (!upsert.exec()) {
            error = upsert.error();
            break;
        }
    }
    upsert.finish();
    if (!error.isError())
        error = m_store.activity().append(QStringLiteral("import.agreements"), importLogged(agreements.size(), sourceName));
    if (error.isError() || !db.commit()) {
        if (!error.isError())
            error = SqlStatement::errorOf(db.lastError());
        db.rollback();
    }
    return error;
}

StoreError AgreementRegistry::apply(const Plan &plan)
{
    const QSqlDatabase db = m_store.database();
    SqlStatement remove(db, QStringLiteral("DELETE FROM agreements WHERE ref = ?"));
    for (const QString &ref : plan.deletes) {
        if (!remove.bind(ref).exec())
            return remove.error();
    }
    SqlStatement upsert(db, upsertSql(true, [](int) { return QStringLiteral("?"); }));
    // The trigger raised the version of an updated row; the login is the edit path's to say.
    SqlStatement stamp(db, QStringLiteral("UPDATE agreements SET changed_by = ?, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
                                          " WHERE ref = ?"));
    for (const auto &[agreement, position] : plan.writes) {
        upsert.bind(position);
        for (const QVariant &value : rowValues(agreement))
            upsert.bind(value);
        if (!upsert.exec())
            return upsert.error();
        if (!stamp.bind(ActivityLog::currentUser()).bind(agreement.ref).exec())
            return stamp.error();
    }
    return {};
}

StoreError AgreementRegistry::replaceAll(const QList<Agreement> &agreements, const QString &action, const ActivityDetail &detail,
                                         const QHash<QString, qint64> *readVersions, QHash<QString, qint64> *savedVersions)
{
    QSqlDatabase db = m_store.database();
    // IMMEDIATE: the versions read below stay true until the commit, even with another process
    // writing the same file.
    if (SqlStatement begin(db, QStringLiteral("BEGIN IMMEDIATE")); !begin.exec())
        return begin.error();
    StoreError error;
    const QList<StoredAgreement> now = stored(&error);
    if (!error.isError()) {
        const Plan planned = plan(now, agreements, readVersions);
        error = planned.refusal.isError() ? planned.refusal : apply(planned);
    }
    if (!error.isError() && savedVersions)
        *savedVersions = versionsOf(stored(&error));
    if (!error.isError())
        error = m_store.activity().append(action, detail);
    if (error.isError() || !db.commit()) {
        if (!error.isError())
            error = SqlStatement::errorOf(db.lastError());
        db.rollback();
    }
    return error;
}

} // namespace rebuttal
