// Replaces the detector's findings on a stored production with a fresh run, in one transaction,
// keeping everything the user decided: boxes they drew, codes they set, boxes they deleted
// (which stay deleted), pages they marked withheld or not.
#pragma once

#include "StoreError.h"
#include "domain/ProductionPage.h"

#include <QCoreApplication>

namespace rebuttal {

class CaseStore;

class RedetectionWriter
{
    Q_DECLARE_TR_FUNCTIONS(RedetectionWriter)

public:
    RedetectionWriter(CaseStore &store, qint64 documentId);
    ~RedetectionWriter();

    [[nodiscard]] StoreError begin(int pageCount);
    [[nodiscard]] StoreError updatePage(const ProductionPage &page);
    [[nodiscard]] StoreError commit();
    void rollback();

private:
    CaseStore &m_store;
    qint64 m_documentId;
    bool m_open = false;
    int m_added = 0;
};

} // namespace rebuttal
