// The FOIA productions held in a case file, as the lists of the GUI and the CLI show them.
#pragma once

#include "StoreError.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rebuttal {

class CaseStore;

struct DocumentSummary
{
    qint64 id = 0;
    QString fileName;
    QString sha256;
    qint64 size = 0;
    QDateTime importedAt;
    int pages = 0;
    int redactions = 0;
    int withheldPages = 0;
};

class DocumentCatalog
{
public:
    explicit DocumentCatalog(CaseStore &store);

    // In import order.
    QList<DocumentSummary> documents(StoreError *error = nullptr) const;

private:
    CaseStore &m_store;
};

} // namespace rebuttal
