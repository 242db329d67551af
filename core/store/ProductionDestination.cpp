#include "ProductionDestination.h"

namespace rebuttal {

void ProductionDestination::started(const QString &fileName, const QString &sha256)
{
    m_open = true;
    m_documentId = 0;
    m_fileName = fileName;
    m_sha256 = sha256;
    m_redactions = 0;
    m_withheld = 0;
}

void ProductionDestination::written(const ProductionPage &page, int boxes)
{
    m_withheld += page.withheldInFull;
    m_redactions += boxes;
}

StoreError ProductionDestination::commit(int pageCount)
{
    // By its number in the store, not its file name: a release is often named after the client
    // it concerns, and the log must carry no client data.
    const ActivityDetail logged =
        ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Imported production no. %1 (SHA-256 %2): %3 pages, %4 redactions, %5 withheld in full"))
            .arg(m_documentId)
            .arg(m_sha256)
            .arg(qint64(pageCount))
            .arg(qint64(m_redactions))
            .arg(qint64(m_withheld));
    if (StoreError error = finish(pageCount, QStringLiteral("import.production"), logged); error.isError())
        return error;
    m_open = false;
    return {};
}

void ProductionDestination::rollback()
{
    if (!m_open)
        return;
    rollbackTransaction();
    m_open = false;
    m_documentId = 0;
}

} // namespace rebuttal
