#include "VaughnIndexes.h"

#include "ActivityLog.h"
#include "CaseStore.h"
#include "domain/Clock.h"
#include "SqlStatement.h"
#include "domain/ExemptionLabel.h"

#include <QHash>

namespace rebuttal {

VaughnIndexes::VaughnIndexes(CaseStore &store)
    : m_store(store)
{
}

StoreError VaughnIndexes::add(const QString &fileName, const QString &sha256, const QByteArray &bytes,
                              const QList<VaughnEntry> &entries, qint64 *id)
{
    QSqlDatabase db = m_store.database();
    if (!db.transaction())
        return SqlStatement::errorOf(db.lastError());
    auto fail = [&db](const StoreError &error) {
        db.rollback();
        return error;
    };
    SqlStatement insert(db, QStringLiteral(
        "INSERT INTO vaughn_indexes (file_name, sha256, size, imported_at, bytes) VALUES (?, ?, ?, ?, ?)"));
    insert.bind(fileName).bind(sha256).bind(bytes.size()).bind(Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(bytes);
    if (!insert.exec())
        return fail(insert.error());
    const qint64 indexId = insert.lastInsertId();
    insert.finish();
    if (const StoreError error = insertEntries(indexId, entries); error.isError())
        return fail(error);
    if (const StoreError error = m_store.activity().append(
            QStringLiteral("import.vaughn"),
            // By its number, not its file name (which may name a client): the log carries no client data.
            ActivityDetail(QT_TRANSLATE_N_NOOP("ActivityLog", "Imported Vaughn index no. %1 (SHA-256 %2): %n entry(ies)"), int(entries.size()))
                .arg(indexId)
                .arg(sha256));
        error.isError()) {
        return fail(error);
    }
    if (!db.commit())
        return fail(SqlStatement::errorOf(db.lastError()));
    *id = indexId;
    return {};
}

StoreError VaughnIndexes::insertEntries(qint64 indexId, const QList<VaughnEntry> &entries)
{
    const QSqlDatabase db = m_store.database();
    SqlStatement entry(db, QStringLiteral(
        "INSERT INTO vaughn_entries (index_id, entry_no, document_ref, withholding, pages_as_written, description)"
        " VALUES (?, ?, ?, ?, ?, ?)"));
    SqlStatement page(db, QStringLiteral("INSERT OR IGNORE INTO vaughn_entry_pages (entry_id, page_no) VALUES (?, ?)"));
    SqlStatement code(db, QStringLiteral("INSERT OR IGNORE INTO vaughn_entry_exemptions (entry_id, code) VALUES (?, ?)"));
    SqlStatement reasons(db, QStringLiteral(
        "INSERT OR REPLACE INTO vaughn_justifications (entry_id, code, reasons) VALUES (?, ?, ?)"));
    // Empty text is stored as '' in these NOT NULL columns, never as NULL.
    auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    for (const VaughnEntry &e : entries) {
        entry.bind(indexId).bind(e.number).bind(text(e.documentId))
            .bind(e.withholding == Withholding::Unknown ? QVariant(QMetaType(QMetaType::QString)) : QVariant(withholdingCode(e.withholding)))
            .bind(text(e.pagesAsWritten)).bind(text(e.description));
        if (!entry.exec())
            return entry.error();
        const qint64 entryId = entry.lastInsertId();
        for (const int p : e.pages) {
            if (!page.bind(entryId).bind(p).exec())
                return page.error();
        }
        for (const QString &c : e.exemptions) {
            if (!code.bind(entryId).bind(c).exec())
                return code.error();
        }
        for (auto it = e.justifications.cbegin(); it != e.justifications.cend(); ++it) {
            if (!reasons.bind(entryId).bind(it.key()).bind(text(it.value())).exec())
                return reasons.error();
        }
    }
    return {};
}

std::optional<qint64> VaughnIndexes::indexWithSha256(const QString &sha256, StoreError *error) const
{
    SqlStatement query(m_store.database(), QStringLiteral("SELECT id FROM vaughn_indexes WHERE sha256 = ?"));
    query.bind(sha256);
    std::optional<qint64> result;
    if (query.exec() && query.next())
        result = query.value(0).toLongLong();
    if (error)
        *error = query.error();
    return result;
}

QList<VaughnIndexSummary> VaughnIndexes::indexes(StoreError *error) const
{
    SqlStatement query(m_store.database(), QStringLiteral(
        "SELECT i.id, i.file_name, i.sha256, i.size, i.imported_at,"
        " (SELECT COUNT(*) FROM vaughn_entries e WHERE e.index_id = i.id)"
        " FROM vaughn_indexes i ORDER BY i.id"));
    QList<VaughnIndexSummary> result;
    if (!query.exec()) {
        if (error)
            *error = query.error();
        return result;
    }
    while (query.next()) {
        VaughnIndexSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.fileName = query.value(1).toString();
        summary.sha256 = query.value(2).toString();
        summary.size = query.value(3).toLongLong();
        summary.importedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        summary.entries = query.value(5).toInt();
        result << summary;
    }
    return result;
}

std::optional<VaughnIndexSummary> VaughnIndexes::index(qint64 id, StoreError *error) const
{
    for (const VaughnIndexSummary &summary : indexes(error)) {
        if (summary.id == id)
            return summary;
    }
    return std::nullopt;
}

QList<VaughnEntry> VaughnIndexes::entries(qint64 indexId, StoreError *error) const
{
    const QSqlDatabase db = m_store.database();
    QList<VaughnEntry> result;
    QHash<qint64, qsizetype> rowOf;
    auto failed = [&](const SqlStatement &statement) {
        if (error)
            *error = statement.error();
        return QList<VaughnEntry>();
    };
    SqlStatement entries(db, QStringLiteral(
        "SELECT id, entry_no, document_ref, withholding, pages_as_written, description FROM vaughn_entries"
        " WHERE index_id = ? ORDER BY entry_no"));
    entries.bind(indexId);
    if (!entries.exec())
        return failed(entries);
    while (entries.next()) {
        VaughnEntry e;
        e.number = entries.value(1).toInt();
        e.documentId = entries.value(2).toString();
        e.withholding = withholdingFromCode(entries.value(3).toString());
        e.pagesAsWritten = entries.value(4).toString();
        e.description = entries.value(5).toString();
        rowOf.insert(entries.value(0).toLongLong(), result.size());
        result << e;
    }
    SqlStatement pages(db, QStringLiteral(
        "SELECT p.entry_id, p.page_no FROM vaughn_entry_pages p JOIN vaughn_entries e ON e.id = p.entry_id"
        " WHERE e.index_id = ? ORDER BY p.entry_id, p.page_no"));
    pages.bind(indexId);
    if (!pages.exec())
        return failed(pages);
    while (pages.next())
        result[rowOf.value(pages.value(0).toLongLong())].pages << pages.value(1).toInt();
    SqlStatement codes(db, QStringLiteral(
        "SELECT x.entry_id, x.code FROM vaughn_entry_exemptions x JOIN vaughn_entries e ON e.id = x.entry_id"
        " WHERE e.index_id = ?"));
    codes.bind(indexId);
    if (!codes.exec())
        return failed(codes);
    while (codes.next())
        result[rowOf.value(codes.value(0).toLongLong())].exemptions << codes.value(1).toString();
    SqlStatement reasons(db, QStringLiteral(
        "SELECT j.entry_id, j.code, j.reasons FROM vaughn_justifications j JOIN vaughn_entries e ON e.id = j.entry_id"
        " WHERE e.index_id = ?"));
    reasons.bind(indexId);
    if (!reasons.exec())
        return failed(reasons);
    while (reasons.next())
        result[rowOf.value(reasons.value(0).toLongLong())].justifications.insert(reasons.value(1).toString(),
                                                                                  reasons.value(2).toString());
    for (VaughnEntry &e : result)
        e.exemptions = ExemptionLabel::normalized(e.exemptions);
    return result;
}

} // namespace rebuttal
