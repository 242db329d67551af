// Where a fresh detection run over a stored production goes (ProductionImport::redetect in
// core/foia), whichever the store: a case file (RedetectionWriter) or a matter on a PostgreSQL
// server (ServerRedetectionWriter). Either replaces the detector's findings in one transaction
// and keeps every correction a person made.
#pragma once

#include "StoreError.h"
#include "domain/ActivityDetail.h"
#include "domain/ProductionPage.h"

#include <optional>

namespace rebuttal {

class RedetectionDestination
{
public:
    virtual ~RedetectionDestination() = default;

    // Checks the stored production has `pageCount` pages, then opens the transaction.
    [[nodiscard]] virtual StoreError begin(int pageCount) = 0;
    [[nodiscard]] virtual StoreError updatePage(const ProductionPage &page) = 0;
    // Logs the run in the activity log and commits.
    [[nodiscard]] virtual StoreError commit() = 0;
    // Leaves the store as it was before begin(); also what destruction does to an open run.
    virtual void rollback() = 0;

protected:
    // What both stores say alike (RedetectionWriter.cpp): the refusal of a production whose stored
    // page count (nullopt: gone) is not the reader's, or none; and the run's log entry.
    [[nodiscard]] static StoreError pageCountRefusal(std::optional<int> stored, int found);
    // A page the count promised whose row is gone (a colleague's edit between the two).
    [[nodiscard]] static StoreError pageGone(int page);
    static ActivityDetail logged(const QString &fileName, int added);
};

} // namespace rebuttal
