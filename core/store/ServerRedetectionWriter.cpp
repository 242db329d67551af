#include "ServerRedetectionWriter.h"

#include "PgConnection.h"
#include "ProductionWriter.h"
#include "ServerProductionWriter.h"
#include "ServerStore.h"

namespace rebuttal {

ServerRedetectionWriter::ServerRedetectionWriter(ServerStore &store, qint64 documentId)
    : m_store(store)
    , m_documentId(documentId)
{
}

ServerRedetectionWriter::~ServerRedetectionWriter()
{
    rollback();
}

StoreError ServerRedetectionWriter::begin(int pageCount)
{
    PgConnection &connection = m_store.connection();
    if (StoreError error = connection.begin(); error.isError())
        return error;
    m_open = true;
    m_added = 0;
    // Locked until the commit: a second run on this production waits here.
    PgStatement count(connection, QStringLiteral("SELECT page_count, file_name FROM documents WHERE id = $1 FOR UPDATE"));
    if (!count.bind(m_documentId).exec()) {
        rollback();
        return count.error();
    }
    const bool found = count.next();
    if (found)
        m_fileName = count.value(1).toString();
    if (const StoreError refused = pageCountRefusal(found ? std::optional<int>(count.value(0).toInt()) : std::nullopt, pageCount);
        refused.isError()) {
        rollback();
        return refused;
    }
    return {};
}

StoreError ServerRedetectionWriter::updatePage(const ProductionPage &page)
{
    PgConnection &connection = m_store.connection();
    PgStatement find(connection, QStringLiteral("SELECT id FROM pages WHERE document_id = $1 AND page_no = $2"));
    if (!find.bind(m_documentId).bind(page.number).exec())
        return find.error();
    if (!find.next())
        return find.error().isError() ? find.error() : pageGone(page.number);
    const qint64 pageId = find.value(0).toLongLong();

    // The page's own findings; a withholding the user decided stays as they decided.
    const QVariant none{QMetaType(QMetaType::QString)};
    if (StoreError error = connection.exec(
            QStringLiteral("UPDATE pages SET bates = $1, text = $2, text_source = $3, image_only = $4, problem = $5,"
                           " withheld_in_full = CASE WHEN withheld_origin = 'user' THEN withheld_in_full ELSE $6 END,"
                           " withheld_origin = CASE WHEN withheld_origin = 'user' THEN 'user' WHEN $7 THEN 'detector' ELSE NULL END"
                           " WHERE id = $8"),
            {page.bates.isEmpty() ? none : QVariant(page.bates), searchableText(page.text), textSourceCode(page.textSource),
             int(page.imageOnly), page.problem.isEmpty() ? none : QVariant(page.problem), int(page.withheldInFull),
             page.withheldInFull, pageId});
        error.isError())
        return error;
    if (StoreError error = connection.exec(QStringLiteral("DELETE FROM page_exemptions WHERE page_id = $1 AND origin = 'detector'"),
                                           {pageId});
        error.isError())
        return error;

    // The detector's untouched boxes are replaced; what the user touched stays and blocks the
    // same box coming back (a deleted box stays deleted, a recoded box keeps its codes).
    if (StoreError error = connection.exec(QStringLiteral("DELETE FROM redactions WHERE page_id = $1 AND origin = 'detector'"
                                                          " AND codes_by_user = 0 AND rejected = 0"),
                                           {pageId});
        error.isError())
        return error;
    QList<QRectF> kept;
    PgStatement keptBoxes(connection, QStringLiteral("SELECT x, y, w, h FROM redactions WHERE page_id = $1"));
    if (!keptBoxes.bind(pageId).exec())
        return keptBoxes.error();
    while (keptBoxes.next())
        kept << QRectF(keptBoxes.value(0).toDouble(), keptBoxes.value(1).toDouble(), keptBoxes.value(2).toDouble(),
                       keptBoxes.value(3).toDouble());
    return insertServerDetections(connection, pageId, page, kept, &m_added);
}

StoreError ServerRedetectionWriter::commit()
{
    const QString file = m_fileName.isEmpty() ? QString::number(m_documentId) : m_fileName;
    StoreError error = m_store.appendActivity(QStringLiteral("redetect.production"), logged(file, m_added));
    if (!error.isError())
        error = m_store.connection().commit();
    if (error.isError()) {
        rollback();
        return error;
    }
    m_open = false;
    return {};
}

void ServerRedetectionWriter::rollback()
{
    if (m_open) {
        m_store.connection().rollback();
        m_open = false;
    }
}

} // namespace rebuttal
