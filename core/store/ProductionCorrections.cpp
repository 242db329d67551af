#include "ProductionCorrections.h"

#include "ActivityLog.h"
#include "CaseStore.h"
#include "SqlStatement.h"
#include "domain/ExemptionLabel.h"

namespace rebuttal {

namespace {

// Runs `work` inside a transaction with the activity-log entry, so an edit and its record of
// custody land together or not at all.
template <typename Work>
[[nodiscard]] StoreError inTransaction(CaseStore &store, Work work)
{
    QSqlDatabase db = store.database();
    if (!db.transaction())
        return SqlStatement::errorOf(db.lastError());
    StoreError error = work();
    if (!error.isError() && !db.commit())
        error = SqlStatement::errorOf(db.lastError());
    if (error.isError())
        db.rollback();
    return error;
}

[[nodiscard]] StoreError replaceCodes(const QSqlDatabase &db, qint64 redactionId, const QStringList &codes)
{
    SqlStatement clear(db, QStringLiteral("DELETE FROM redaction_exemptions WHERE redaction_id = ?"));
    if (!clear.bind(redactionId).exec())
        return clear.error();
    SqlStatement insert(db, QStringLiteral("INSERT OR IGNORE INTO redaction_exemptions (redaction_id, code) VALUES (?, ?)"));
    for (const QString &code : codes) {
        if (!insert.bind(redactionId).bind(code).exec())
            return insert.error();
    }
    return {};
}

} // namespace

ProductionCorrections::ProductionCorrections(CaseStore &store)
    : m_store(store)
{
}

StoreError ProductionCorrections::logged(const QString &action, const ActivityDetail &detail)
{
    return m_store.activity().append(action, detail);
}

ActivityDetail ProductionCorrections::where(qint64 redactionId) const
{
    SqlStatement select(m_store.database(), QStringLiteral(
        "SELECT d.file_name, p.page_no FROM redactions r JOIN pages p ON p.id = r.page_id"
        " JOIN documents d ON d.id = p.document_id WHERE r.id = ?"));
    select.bind(redactionId);
    if (select.exec() && select.next())
        return ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "%1, page %2"))
            .arg(select.value(0).toString())
            .arg(select.value(1).toLongLong());
    return ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "box %1")).arg(redactionId);
}

qint64 ProductionCorrections::addBox(qint64 documentId, int page, const QRectF &box, const QStringList &codes, StoreError *error)
{
    qint64 id = 0;
    *error = inTransaction(m_store, [&]() -> StoreError {
        SqlStatement insert(m_store.database(), QStringLiteral(
            "INSERT INTO redactions (page_id, x, y, w, h, origin, codes_by_user)"
            " SELECT id, ?, ?, ?, ?, 'user', 1 FROM pages WHERE document_id = ? AND page_no = ?"));
        insert.bind(box.x()).bind(box.y()).bind(box.width()).bind(box.height()).bind(documentId).bind(page);
        if (!insert.exec())
            return insert.error();
        if (insert.rowsAffected() != 1)
            return StoreError::make(StoreError::Kind::Sql, tr("There is no page %1 in document %2.").arg(page).arg(documentId));
        id = insert.lastInsertId();
        if (const StoreError e = replaceCodes(m_store.database(), id, ExemptionLabel::normalized(codes)); e.isError())
            return e;
        return logged(QStringLiteral("edit.redaction.add"),
                      ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Drew a redaction box on %1 (%2)"))
                          .arg(where(id))
                          .arg(codes.join(QStringLiteral(", "))));
    });
    return error->isError() ? 0 : id;
}

StoreError ProductionCorrections::removeBox(qint64 redactionId)
{
    return inTransaction(m_store, [&]() -> StoreError {
        const ActivityDetail place = where(redactionId);
        SqlStatement reject(m_store.database(), QStringLiteral("UPDATE redactions SET rejected = 1 WHERE id = ?"));
        if (!reject.bind(redactionId).exec())
            return reject.error();
        return logged(QStringLiteral("edit.redaction.delete"), ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Deleted a redaction box on %1")).arg(place));
    });
}

StoreError ProductionCorrections::restoreBox(qint64 redactionId)
{
    return inTransaction(m_store, [&]() -> StoreError {
        SqlStatement restore(m_store.database(), QStringLiteral("UPDATE redactions SET rejected = 0 WHERE id = ?"));
        if (!restore.bind(redactionId).exec())
            return restore.error();
        return logged(QStringLiteral("edit.redaction.restore"), ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Restored a redaction box on %1")).arg(where(redactionId)));
    });
}

StoreError ProductionCorrections::setCodes(qint64 redactionId, const QStringList &codes, QStringList *previous)
{
    return inTransaction(m_store, [&]() -> StoreError {
        const QSqlDatabase db = m_store.database();
        if (previous) {
            SqlStatement select(db, QStringLiteral("SELECT code FROM redaction_exemptions WHERE redaction_id = ? ORDER BY code"));
            previous->clear();
            if (select.bind(redactionId).exec()) {
                while (select.next())
                    *previous << select.value(0).toString();
            }
        }
        if (const StoreError e = replaceCodes(db, redactionId, ExemptionLabel::normalized(codes)); e.isError())
            return e;
        SqlStatement mark(db, QStringLiteral("UPDATE redactions SET codes_by_user = 1 WHERE id = ?"));
        if (!mark.bind(redactionId).exec())
            return mark.error();
        return logged(QStringLiteral("edit.redaction.codes"),
                      codes.isEmpty()
                          ? ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Removed the exemptions of a box on %1")).arg(where(redactionId))
                          : ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Set the exemptions of a box on %1 to %2"))
                                .arg(where(redactionId))
                                .arg(codes.join(QStringLiteral(", "))));
    });
}

StoreError ProductionCorrections::setWithheld(qint64 documentId, int page, bool withheld)
{
    return inTransaction(m_store, [&]() -> StoreError {
        SqlStatement update(m_store.database(), QStringLiteral(
            "UPDATE pages SET withheld_in_full = ?, withheld_origin = 'user' WHERE document_id = ? AND page_no = ?"));
        update.bind(withheld).bind(documentId).bind(page);
        if (!update.exec())
            return update.error();
        SqlStatement name(m_store.database(), QStringLiteral("SELECT file_name FROM documents WHERE id = ?"));
        const QString file = name.bind(documentId).exec() && name.next() ? name.value(0).toString() : QString::number(documentId);
        return logged(QStringLiteral("edit.page.withheld"),
                      ActivityDetail(withheld ? QT_TRANSLATE_NOOP("ActivityLog", "Marked %1, page %2 as withheld in full")
                                              : QT_TRANSLATE_NOOP("ActivityLog", "Marked %1, page %2 as not withheld in full"))
                          .arg(file)
                          .arg(qint64(page)));
    });
}

} // namespace rebuttal
