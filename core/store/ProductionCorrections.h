// A person's corrections to what the detector found on production pages: boxes drawn, boxes
// deleted, codes changed, pages marked withheld. Each is recorded as the user's (so re-detection
// keeps it), logged in the activity log, and can be reverted (for undo).
#pragma once

#include "domain/ActivityDetail.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QRectF>
#include <QStringList>

namespace rebuttal {

class CaseStore;

class ProductionCorrections
{
    Q_DECLARE_TR_FUNCTIONS(ProductionCorrections)

public:
    explicit ProductionCorrections(CaseStore &store);

    // A box the detector missed; returns its id (0 on error).
    qint64 addBox(qint64 documentId, int page, const QRectF &box, const QStringList &codes, StoreError *error);
    // A false box: the user's own boxes are deleted, the detector's are marked rejected so that
    // re-detection does not bring them back. `restoreBox` undoes either.
    [[nodiscard]] StoreError removeBox(qint64 redactionId);
    [[nodiscard]] StoreError restoreBox(qint64 redactionId);
    // Sets a box's codes as the user's; `previous` receives the codes it had.
    [[nodiscard]] StoreError setCodes(qint64 redactionId, const QStringList &codes, QStringList *previous = nullptr);
    [[nodiscard]] StoreError setWithheld(qint64 documentId, int page, bool withheld);

private:
    [[nodiscard]] StoreError logged(const QString &action, const ActivityDetail &detail);
    ActivityDetail where(qint64 redactionId) const;

    CaseStore &m_store;
};

} // namespace rebuttal
