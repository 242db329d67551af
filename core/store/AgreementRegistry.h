// The agreements registry of a case file (rebuttal.agreements): import by ref, read back, replace.
#pragma once

#include "AgreementStore.h"

namespace rebuttal {

class CaseStore;

class AgreementRegistry final : public AgreementStore
{
public:
    explicit AgreementRegistry(CaseStore &store);

    [[nodiscard]] StoreError importAgreements(const QList<Agreement> &agreements, const QString &sourceName) override;
    // SQLite has no session user: the saved rows are stamped with the OS login (as a client's save is).
    [[nodiscard]] StoreError replaceAll(const QList<Agreement> &agreements, const QString &action, const ActivityDetail &detail,
                                        const QHash<QString, qint64> *readVersions = nullptr,
                                        QHash<QString, qint64> *savedVersions = nullptr) override;

private:
    QList<StoredAgreement> stored(StoreError *error) const override;
    // The plan's writes and deletes, inside replaceAll's transaction.
    [[nodiscard]] StoreError apply(const Plan &plan);

    CaseStore &m_store;
};

} // namespace rebuttal
