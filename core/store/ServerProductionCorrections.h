// ProductionCorrections' twin for a matter on a PostgreSQL server (issue 18): the same corrections,
// each in one transaction with its log entry. A box's change that carries the version read is
// checked on the box locked (FOR UPDATE), so of two editors changing one box from the same
// version, the second is refused with "changed by USER at TIME" instead of undoing the first.
#pragma once

#include "CorrectionWriter.h"

namespace rebuttal {

class ServerStore;

class ServerProductionCorrections final : public CorrectionWriter
{
public:
    explicit ServerProductionCorrections(ServerStore &store);

    qint64 addBox(qint64 documentId, int page, const QRectF &box, const QStringList &codes, StoreError *error) override;
    [[nodiscard]] StoreError removeBox(qint64 redactionId, std::optional<qint64> readVersion = std::nullopt) override;
    [[nodiscard]] StoreError restoreBox(qint64 redactionId, std::optional<qint64> readVersion = std::nullopt) override;
    [[nodiscard]] StoreError setCodes(qint64 redactionId, const QStringList &codes, QStringList *previous = nullptr,
                                      std::optional<qint64> readVersion = std::nullopt) override;
    [[nodiscard]] StoreError setWithheld(qint64 documentId, int page, bool withheld) override;
    std::optional<RowStamp> boxStamp(qint64 redactionId, StoreError *error = nullptr) const override;

private:
    // Runs `work` in a transaction that also holds the box locked and checked against
    // `readVersion` (redactionId 0: no box yet), then commits; rolls back on any error.
    template <typename Work>
    [[nodiscard]] StoreError edit(qint64 redactionId, std::optional<qint64> readVersion, Work work);
    ActivityDetail where(qint64 redactionId) const;
    [[nodiscard]] StoreError replaceCodes(qint64 redactionId, const QStringList &codes);

    ServerStore &m_store;
};

} // namespace rebuttal
