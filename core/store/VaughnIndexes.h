// The Vaughn indexes held in a case file: the file as imported, its entries, pages, exemptions
// and reasons. An index is written in one transaction, logged, and stored once per SHA-256.
#pragma once

#include "VaughnIndexStore.h"

#include <QCoreApplication>

namespace rebuttal {

class CaseStore;

class VaughnIndexes final : public VaughnIndexStore
{
    Q_DECLARE_TR_FUNCTIONS(VaughnIndexes)

public:
    explicit VaughnIndexes(CaseStore &store);

    QString storeName() const override;
    [[nodiscard]] StoreError add(const QString &fileName, const QString &sha256, const QByteArray &bytes,
                                 const QList<VaughnEntry> &entries, qint64 *id) override;
    std::optional<qint64> indexWithSha256(const QString &sha256, StoreError *error) const override;
    QList<VaughnIndexSummary> indexes(StoreError *error = nullptr) const override;
    QList<VaughnEntry> entries(qint64 indexId, StoreError *error = nullptr) const override;

private:
    [[nodiscard]] StoreError insertEntries(qint64 indexId, const QList<VaughnEntry> &entries);

    CaseStore &m_store;
};

} // namespace rebuttal
