// A person's corrections to what the detector found on the production pages of a case file:
// boxes drawn, boxes deleted, codes changed, pages marked withheld (CorrectionWriter says how).
#pragma once

#include "CorrectionWriter.h"

#include <QCoreApplication>

namespace rebuttal {

class CaseStore;

class ProductionCorrections final : public CorrectionWriter
{
    Q_DECLARE_TR_FUNCTIONS(ProductionCorrections)

public:
    explicit ProductionCorrections(CaseStore &store);

    qint64 addBox(qint64 documentId, int page, const QRectF &box, const QStringList &codes, StoreError *error) override;
    [[nodiscard]] StoreError removeBox(qint64 redactionId, std::optional<qint64> readVersion = std::nullopt) override;
    [[nodiscard]] StoreError restoreBox(qint64 redactionId, std::optional<qint64> readVersion = std::nullopt) override;
    [[nodiscard]] StoreError setCodes(qint64 redactionId, const QStringList &codes, QStringList *previous = nullptr,
                                      std::optional<qint64> readVersion = std::nullopt) override;
    [[nodiscard]] StoreError setWithheld(qint64 documentId, int page, bool withheld) override;
    std::optional<RowStamp> boxStamp(qint64 redactionId, StoreError *error = nullptr) const override;

private:
    [[nodiscard]] StoreError logged(const QString &action, const ActivityDetail &detail);
    ActivityDetail where(qint64 redactionId) const;
    // Inside the edit's transaction: refuses a box changed since `readVersion` (none: no check).
    [[nodiscard]] StoreError unchangedSince(qint64 redactionId, std::optional<qint64> readVersion) const;

    CaseStore &m_store;
};

} // namespace rebuttal
