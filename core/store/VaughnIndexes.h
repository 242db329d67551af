// The Vaughn indexes held in a case file: the file as imported, its entries, pages, exemptions
// and reasons. An index is written in one transaction, logged, and stored once per SHA-256.
#pragma once

#include "StoreError.h"
#include "domain/VaughnEntry.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace rebuttal {

class CaseStore;

struct VaughnIndexSummary
{
    qint64 id = 0;
    QString fileName;
    QString sha256;
    qint64 size = 0;
    QDateTime importedAt;
    int entries = 0;
};

class VaughnIndexes
{
    Q_DECLARE_TR_FUNCTIONS(VaughnIndexes)

public:
    explicit VaughnIndexes(CaseStore &store);

    // Stores the file and its entries in one transaction and logs the import; `id` receives the
    // new index's id. A failure leaves the case file as it was.
    [[nodiscard]] StoreError add(const QString &fileName, const QString &sha256, const QByteArray &bytes,
                   const QList<VaughnEntry> &entries, qint64 *id);

    // The index whose file has this SHA-256; nullopt when there is none, or when the read failed
    // (then `error` says why).
    std::optional<qint64> indexWithSha256(const QString &sha256, StoreError *error) const;
    // In import order.
    QList<VaughnIndexSummary> indexes(StoreError *error = nullptr) const;
    // nullopt when there is no index `id`, or when the read failed (then `error` says why).
    std::optional<VaughnIndexSummary> index(qint64 id, StoreError *error = nullptr) const;
    // In entry order.
    QList<VaughnEntry> entries(qint64 indexId, StoreError *error = nullptr) const;

private:
    [[nodiscard]] StoreError insertEntries(qint64 indexId, const QList<VaughnEntry> &entries);

    CaseStore &m_store;
};

} // namespace rebuttal
