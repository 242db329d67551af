// The agreements registry of a matter on a PostgreSQL server: AgreementRegistry's import,
// read-back and replace for team mode (issue 18), with the same rows and the same save plan
// (AgreementStore). Every write first takes the table's SHARE ROW EXCLUSIVE lock: readers go on
// reading, a second writer waits, then finds the versions the first one left (a save against
// them is refused, "changed by USER at TIME"); who and when are the server's (session_user, its
// clock: schema 6's trigger). A matter's reader is refused that lock by the server.
#pragma once

#include "AgreementStore.h"

namespace rebuttal {

class ServerStore;

class ServerAgreementRegistry final : public AgreementStore
{
public:
    explicit ServerAgreementRegistry(ServerStore &store);

    [[nodiscard]] StoreError importAgreements(const QList<Agreement> &agreements, const QString &sourceName) override;
    [[nodiscard]] StoreError replaceAll(const QList<Agreement> &agreements, const QString &action, const ActivityDetail &detail,
                                        const QHash<QString, qint64> *readVersions = nullptr,
                                        QHash<QString, qint64> *savedVersions = nullptr) override;

private:
    QList<StoredAgreement> stored(StoreError *error) const override;
    // In `write`'s transaction: the table locked, then the writes and the log entry.
    [[nodiscard]] StoreError inTransaction(const std::function<StoreError()> &write, const QString &action,
                                           const ActivityDetail &detail);
    [[nodiscard]] StoreError upsert(const QString &sql, const QVariantList &values);

    ServerStore &m_store;
};

} // namespace rebuttal
