#include "RedetectionWriter.h"

#include "ActivityLog.h"
#include "CaseStore.h"
#include "ProductionWriter.h"
#include "SqlStatement.h"

namespace rebuttal {

StoreError RedetectionDestination::pageCountRefusal(std::optional<int> stored, int found)
{
    if (!stored)
        return StoreError::make(StoreError::Kind::Sql, RedetectionWriter::tr("The production is gone."));
    if (*stored != found)
        return StoreError::make(StoreError::Kind::Sql, RedetectionWriter::tr("The stored production has %1 pages; the reader found %2.")
                                                           .arg(*stored)
                                                           .arg(found));
    return {};
}

StoreError RedetectionDestination::pageGone(int page)
{
    return StoreError::make(StoreError::Kind::Sql, RedetectionWriter::tr("Page %1 of the stored production is gone.").arg(page));
}

ActivityDetail RedetectionDestination::logged(const QString &fileName, int added)
{
    return ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Ran detection again on %1 (%2 boxes found anew; corrections kept)"))
        .arg(fileName)
        .arg(qint64(added));
}

RedetectionWriter::RedetectionWriter(CaseStore &store, qint64 documentId)
    : m_store(store)
    , m_documentId(documentId)
{
}

RedetectionWriter::~RedetectionWriter()
{
    rollback();
}

StoreError RedetectionWriter::begin(int pageCount)
{
    QSqlDatabase db = m_store.database();
    SqlStatement count(db, QStringLiteral("SELECT page_count FROM documents WHERE id = ?"));
    if (!count.bind(m_documentId).exec())
        return count.error();
    const std::optional<int> stored = count.next() ? std::optional<int>(count.value(0).toInt()) : std::nullopt;
    if (const StoreError refused = pageCountRefusal(stored, pageCount); refused.isError())
        return refused;
    count.finish();
    if (!db.transaction())
        return SqlStatement::errorOf(db.lastError());
    m_open = true;
    return {};
}

StoreError RedetectionWriter::updatePage(const ProductionPage &page)
{
    const QSqlDatabase db = m_store.database();
    SqlStatement find(db, QStringLiteral("SELECT id FROM pages WHERE document_id = ? AND page_no = ?"));
    if (!find.bind(m_documentId).bind(page.number).exec())
        return find.error();
    if (!find.next())
        return find.error().isError() ? find.error() : pageGone(page.number);
    const qint64 pageId = find.value(0).toLongLong();
    find.finish();

    // The page's own findings; a withholding the user decided stays as they decided.
    SqlStatement update(db, QStringLiteral(
        "UPDATE pages SET bates = ?, text = ?, text_source = ?, image_only = ?, problem = ?,"
        " withheld_in_full = CASE WHEN withheld_origin = 'user' THEN withheld_in_full ELSE ? END,"
        " withheld_origin = CASE WHEN withheld_origin = 'user' THEN 'user' WHEN ? THEN 'detector' ELSE NULL END"
        " WHERE id = ?"));
    update.bind(SqlStatement::textOrNull(page.bates)).bind(searchableText(page.text))
        .bind(textSourceCode(page.textSource)).bind(page.imageOnly).bind(SqlStatement::textOrNull(page.problem))
        .bind(page.withheldInFull).bind(page.withheldInFull).bind(pageId);
    if (!update.exec())
        return update.error();
    SqlStatement clearCodes(db, QStringLiteral("DELETE FROM page_exemptions WHERE page_id = ? AND origin = 'detector'"));
    if (!clearCodes.bind(pageId).exec())
        return clearCodes.error();

    // The detector's untouched boxes are replaced; what the user touched stays and blocks the
    // same box coming back (a deleted box stays deleted, a recoded box keeps its codes).
    SqlStatement clearBoxes(db, QStringLiteral(
        "DELETE FROM redactions WHERE page_id = ? AND origin = 'detector' AND codes_by_user = 0 AND rejected = 0"));
    if (!clearBoxes.bind(pageId).exec())
        return clearBoxes.error();
    QList<QRectF> kept;
    SqlStatement keptBoxes(db, QStringLiteral("SELECT x, y, w, h FROM redactions WHERE page_id = ?"));
    if (keptBoxes.bind(pageId).exec()) {
        while (keptBoxes.next())
            kept << QRectF(keptBoxes.value(0).toDouble(), keptBoxes.value(1).toDouble(), keptBoxes.value(2).toDouble(),
                           keptBoxes.value(3).toDouble());
    }
    return insertDetections(db, pageId, page, kept, &m_added);
}

StoreError RedetectionWriter::commit()
{
    SqlStatement name(m_store.database(), QStringLiteral("SELECT file_name FROM documents WHERE id = ?"));
    const QString file = name.bind(m_documentId).exec() && name.next() ? name.value(0).toString() : QString::number(m_documentId);
    name.finish();
    if (const StoreError error = m_store.activity().append(QStringLiteral("redetect.production"), logged(file, m_added));
        error.isError()) {
        return error;
    }
    QSqlDatabase db = m_store.database();
    if (!db.commit())
        return SqlStatement::errorOf(db.lastError());
    m_open = false;
    return {};
}

void RedetectionWriter::rollback()
{
    if (m_open) {
        m_store.database().rollback();
        m_open = false;
    }
}

} // namespace rebuttal
