#include "DocumentCatalog.h"

#include "CaseStore.h"
#include "SqlStatement.h"

namespace rebuttal {

DocumentCatalog::DocumentCatalog(CaseStore &store)
    : m_store(store)
{
}

QList<DocumentSummary> DocumentCatalog::documents(StoreError *error) const
{
    QList<DocumentSummary> result;
    SqlStatement select(m_store.database(),
                        QStringLiteral("SELECT d.id, d.file_name, d.sha256, d.size, d.imported_at, d.page_count,"
                                       " (SELECT count(*) FROM redactions r JOIN pages p ON p.id = r.page_id"
                                       "   WHERE p.document_id = d.id AND r.rejected = 0),"
                                       " (SELECT count(*) FROM pages p WHERE p.document_id = d.id AND p.withheld_in_full)"
                                       " FROM documents d ORDER BY d.id"));
    if (select.exec()) {
        while (select.next()) {
            DocumentSummary summary;
            summary.id = select.value(0).toLongLong();
            summary.fileName = select.value(1).toString();
            summary.sha256 = select.value(2).toString();
            summary.size = select.value(3).toLongLong();
            summary.importedAt = QDateTime::fromString(select.value(4).toString(), Qt::ISODateWithMs);
            summary.pages = select.value(5).toInt();
            summary.redactions = select.value(6).toInt();
            summary.withheldPages = select.value(7).toInt();
            result << summary;
        }
    }
    if (error)
        *error = select.error();
    return result;
}

} // namespace rebuttal
