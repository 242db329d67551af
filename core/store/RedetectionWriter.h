// Replaces the detector's findings on a stored production with a fresh run, in one transaction,
// keeping everything the user decided: boxes they drew, codes they set, boxes they deleted
// (which stay deleted), pages they marked withheld or not.
#pragma once

#include "RedetectionDestination.h"

#include <QCoreApplication>

namespace rebuttal {

class CaseStore;

class RedetectionWriter final : public RedetectionDestination
{
    Q_DECLARE_TR_FUNCTIONS(RedetectionWriter)

public:
    RedetectionWriter(CaseStore &store, qint64 documentId);
    ~RedetectionWriter() override;
    RedetectionWriter(const RedetectionWriter &) = delete;
    RedetectionWriter &operator=(const RedetectionWriter &) = delete;

    [[nodiscard]] StoreError begin(int pageCount) override;
    [[nodiscard]] StoreError updatePage(const ProductionPage &page) override;
    [[nodiscard]] StoreError commit() override;
    void rollback() override;

private:
    CaseStore &m_store;
    qint64 m_documentId;
    bool m_open = false;
    int m_added = 0;
};

} // namespace rebuttal
