// The agreements registry of a case file (rebuttal.agreements): import by ref, read back, replace.
#pragma once

#include "StoreError.h"
#include "domain/ActivityDetail.h"
#include "domain/Agreement.h"

#include <QCoreApplication>

namespace rebuttal {

class CaseStore;

class AgreementRegistry
{
    Q_DECLARE_TR_FUNCTIONS(AgreementRegistry)

public:
    explicit AgreementRegistry(CaseStore &store);

    // Every stored agreement, in the order they were first imported or added.
    QList<Agreement> agreements(StoreError *error = nullptr) const;

    // Writes `agreements` in one transaction, replacing those whose ref is already stored (they keep
    // their place) and adding the others; logged with `sourceName`. On error nothing is written.
    [[nodiscard]] StoreError importAgreements(const QList<Agreement> &agreements, const QString &sourceName);

    // The registry becomes exactly `agreements` (the GUI's add, edit, delete and their undo), in one
    // transaction logged under `action` with `detail`.
    [[nodiscard]] StoreError replaceAll(const QList<Agreement> &agreements, const QString &action, const ActivityDetail &detail);

private:
    [[nodiscard]] StoreError write(const QList<Agreement> &agreements);

    CaseStore &m_store;
};

} // namespace rebuttal
