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

ActivityDetail CorrectionWriter::place(const std::optional<std::pair<QString, qint64>> &filePage, qint64 redactionId)
{
    if (filePage)
        return ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "%1, page %2")).arg(filePage->first).arg(filePage->second);
    return ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "box %1")).arg(redactionId);
}

ActivityDetail CorrectionWriter::added(const ActivityDetail &where, const QStringList &codes)
{
    return ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Drew a redaction box on %1 (%2)")).arg(where).arg(codes.join(QStringLiteral(", ")));
}

ActivityDetail CorrectionWriter::removed(const ActivityDetail &where)
{
    return ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Deleted a redaction box on %1")).arg(where);
}

ActivityDetail CorrectionWriter::restored(const ActivityDetail &where)
{
    return ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Restored a redaction box on %1")).arg(where);
}

ActivityDetail CorrectionWriter::recoded(const ActivityDetail &where, const QStringList &codes)
{
    return codes.isEmpty() ? ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Removed the exemptions of a box on %1")).arg(where)
                           : ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Set the exemptions of a box on %1 to %2"))
                                 .arg(where)
                                 .arg(codes.join(QStringLiteral(", ")));
}

ActivityDetail CorrectionWriter::withheldMarked(const QString &file, int page, bool withheld)
{
    return ActivityDetail(withheld ? QT_TRANSLATE_NOOP("ActivityLog", "Marked %1, page %2 as withheld in full")
                                   : QT_TRANSLATE_NOOP("ActivityLog", "Marked %1, page %2 as not withheld in full"))
        .arg(file)
        .arg(qint64(page));
}

StoreError CorrectionWriter::versionRefusal(const ActivityDetail &where, qint64 readVersion, const std::optional<RowStamp> &stored)
{
    if (stored && stored->version == readVersion)
        return {};
    return RowStamp::changedSinceRead(ProductionCorrections::tr("The box on %1").arg(where.text()), stored);
}

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
        return place(std::pair{select.value(0).toString(), select.value(1).toLongLong()}, redactionId);
    return place(std::nullopt, redactionId);
}

std::optional<RowStamp> ProductionCorrections::boxStamp(qint64 redactionId, StoreError *error) const
{
    SqlStatement select(m_store.database(), QStringLiteral("SELECT version, changed_by, changed_at FROM redactions WHERE id = ?"));
    const bool found = select.bind(redactionId).exec() && select.next();
    if (error)
        *error = select.error();
    if (!found)
        return std::nullopt;
    return RowStamp{select.value(0).toLongLong(), select.value(1).toString(), select.value(2).toString()};
}

StoreError ProductionCorrections::unchangedSince(qint64 redactionId, std::optional<qint64> readVersion) const
{
    if (!readVersion)
        return {};
    StoreError error;
    const std::optional<RowStamp> stored = boxStamp(redactionId, &error);
    return error.isError() ? error : versionRefusal(where(redactionId), *readVersion, stored);
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
        return logged(QStringLiteral("edit.redaction.add"), added(where(id), codes));
    });
    return error->isError() ? 0 : id;
}

StoreError ProductionCorrections::removeBox(qint64 redactionId, std::optional<qint64> readVersion)
{
    return inTransaction(m_store, [&]() -> StoreError {
        if (const StoreError refused = unchangedSince(redactionId, readVersion); refused.isError())
            return refused;
        const ActivityDetail box = where(redactionId);
        SqlStatement reject(m_store.database(), QStringLiteral("UPDATE redactions SET rejected = 1 WHERE id = ?"));
        if (!reject.bind(redactionId).exec())
            return reject.error();
        return logged(QStringLiteral("edit.redaction.delete"), removed(box));
    });
}

StoreError ProductionCorrections::restoreBox(qint64 redactionId, std::optional<qint64> readVersion)
{
    return inTransaction(m_store, [&]() -> StoreError {
        if (const StoreError refused = unchangedSince(redactionId, readVersion); refused.isError())
            return refused;
        SqlStatement restore(m_store.database(), QStringLiteral("UPDATE redactions SET rejected = 0 WHERE id = ?"));
        if (!restore.bind(redactionId).exec())
            return restore.error();
        return logged(QStringLiteral("edit.redaction.restore"), restored(where(redactionId)));
    });
}

StoreError ProductionCorrections::setCodes(qint64 redactionId, const QStringList &codes, QStringList *previous,
                                           std::optional<qint64> readVersion)
{
    return inTransaction(m_store, [&]() -> StoreError {
        if (const StoreError refused = unchangedSince(redactionId, readVersion); refused.isError())
            return refused;
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
        return logged(QStringLiteral("edit.redaction.codes"), recoded(where(redactionId), codes));
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
        return logged(QStringLiteral("edit.page.withheld"), withheldMarked(file, page, withheld));
    });
}

} // namespace rebuttal
