// What the Vaughn import, the audit, the agreement check and the read commands ask of the Vaughn
// indexes held in a store, whichever it is: a case file (VaughnIndexes) or a matter on a
// PostgreSQL server (ServerVaughnIndexes). core/vaughn never learns which one it reads.
#pragma once

#include "StoreError.h"
#include "domain/ActivityDetail.h"
#include "domain/VaughnEntry.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rebuttal {

struct VaughnIndexSummary
{
    qint64 id = 0;
    QString fileName;
    QString sha256;
    qint64 size = 0;
    QDateTime importedAt;
    int entries = 0;
};

class VaughnIndexStore
{
public:
    virtual ~VaughnIndexStore() = default;

    // The store as messages name it: the case file's name, or the matter's address.
    virtual QString storeName() const = 0;

    // Stores the file and its entries in one transaction and logs the import; `id` receives the
    // new index's id. A failure leaves the store as it was.
    [[nodiscard]] virtual StoreError add(const QString &fileName, const QString &sha256, const QByteArray &bytes,
                                         const QList<VaughnEntry> &entries, qint64 *id) = 0;

    // The index whose file has this SHA-256; nullopt when there is none, or when the read failed
    // (then `error` says why).
    virtual std::optional<qint64> indexWithSha256(const QString &sha256, StoreError *error) const = 0;
    // In import order.
    virtual QList<VaughnIndexSummary> indexes(StoreError *error = nullptr) const = 0;
    // In entry order.
    virtual QList<VaughnEntry> entries(qint64 indexId, StoreError *error = nullptr) const = 0;

    // nullopt when there is no index `id`, or when the read failed (then `error` says why).
    std::optional<VaughnIndexSummary> index(qint64 id, StoreError *error = nullptr) const
    {
        for (const VaughnIndexSummary &summary : indexes(error)) {
            if (summary.id == id)
                return summary;
        }
        return std::nullopt;
    }

protected:
    // The activity log's entry for an import, alike on both stores: by the index's number, not its
    // file name (which may name a client), so the log carries no client data.
    static ActivityDetail importLogged(qint64 indexId, const QString &sha256, int entries);
};

} // namespace rebuttal
