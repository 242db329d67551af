#include "RedetectionWriter.h"

#include "ActivityLog.h"
#include "CaseStore.h"
#include "ProductionWriter.h"
#include "SqlStatement.h"

namespace rebuttal {

namespace {

// Two boxes are the same redaction when they overlap by more than half of the smaller one.
bool sameBox(const QRectF &a, const QRectF &b)
{
    const QRectF overlap = a.intersected(b);
    const double smaller = std::min(a.width() * a.height(), b.width() * b.height());
    return smaller > 0 && overlap.width() * overlap.height() > 0.5 * smaller;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

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
    if (!count.bind(m_documentId).exec() || !count.next())
        return count.error().isError() ? count.error() : StoreError::make(StoreError::Kind::Sql, tr("The production is gone."));
    if (count.value(0).toInt() != pageCount)
        return StoreError::make(StoreError::Kind::Sql, tr("The stored production has %1 pages; the reader found %2.")
                                                           .arg(count.value(0).toInt())
                                                           .arg(pageCount));
    count.finish();
    if (!db.transaction())
        return SqlStatement::errorOf(db.lastError());
    m_open = true;
    return {};
}

StoreError RedetectionWriter::updatePage(const PageAnalysis &page)
{
    const QSqlDatabase db = m_store.database();
    SqlStatement find(db, QStringLiteral("SELECT id FROM pages WHERE document_id = ? AND page_no = ?"));
    if (!find.bind(m_documentId).bind(page.page).exec() || !find.next())
        return find.error();
    const qint64 pageId = find.value(0).toLongLong();
    find.finish();

    // The page's own findings; a withholding the user decided stays as they decided.
    SqlStatement update(db, QStringLiteral(
        "UPDATE pages SET bates = ?, text = ?, text_source = ?, image_only = ?, problem = ?,"
        " withheld_in_full = CASE WHEN withheld_origin = 'user' THEN withheld_in_full ELSE ? END,"
        " withheld_origin = CASE WHEN withheld_origin = 'user' THEN 'user' WHEN ? THEN 'detector' ELSE NULL END"
        " WHERE id = ?"));
    const char *source = page.textSource == TextSource::Layer ? "layer" : page.textSource == TextSource::Ocr ? "ocr" : "none";
    update.bind(textOrNull(page.bates)).bind(searchableText(page.text))
        .bind(QString::fromLatin1(source)).bind(page.imageOnly).bind(textOrNull(page.problem))
        .bind(page.withheldInFull).bind(page.withheldInFull).bind(pageId);
    if (!update.exec())
        return update.error();
    SqlStatement clearCodes(db, QStringLiteral("DELETE FROM page_exemptions WHERE page_id = ? AND origin = 'detector'"));
    if (!clearCodes.bind(pageId).exec())
        return clearCodes.error();
    SqlStatement addCode(db, QStringLiteral("INSERT OR IGNORE INTO page_exemptions (page_id, code) VALUES (?, ?)"));
    for (const QString &code : page.pageExemptions) {
        if (!addCode.bind(pageId).bind(code).exec())
            return addCode.error();
    }

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
    SqlStatement insertBox(db, QStringLiteral(
        "INSERT INTO redactions (page_id, x, y, w, h, label_text, text_under_box) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    SqlStatement boxCode(db, QStringLiteral("INSERT OR IGNORE INTO redaction_exemptions (redaction_id, code) VALUES (?, ?)"));
    for (const DetectedRedaction &redaction : page.redactions) {
        if (std::any_of(kept.cbegin(), kept.cend(), [&](const QRectF &k) { return sameBox(k, redaction.box); }))
            continue;
        insertBox.bind(pageId).bind(redaction.box.x()).bind(redaction.box.y()).bind(redaction.box.width())
            .bind(redaction.box.height()).bind(textOrNull(redaction.label)).bind(textOrNull(redaction.textUnderBox));
        if (!insertBox.exec())
            return insertBox.error();
        const qint64 id = insertBox.lastInsertId();
        for (const QString &code : redaction.exemptions) {
            if (!boxCode.bind(id).bind(code).exec())
                return boxCode.error();
        }
        ++m_added;
    }
    return {};
}

StoreError RedetectionWriter::commit()
{
    SqlStatement name(m_store.database(), QStringLiteral("SELECT file_name FROM documents WHERE id = ?"));
    const QString file = name.bind(m_documentId).exec() && name.next() ? name.value(0).toString() : QString::number(m_documentId);
    name.finish();
    if (const StoreError error = m_store.activity().append(
            QStringLiteral("redetect.production"),
            tr("Ran detection again on %1 (%2 boxes found anew; corrections kept)").arg(file).arg(m_added));
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
