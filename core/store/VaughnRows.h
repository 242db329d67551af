// The reading of Vaughn indexes that both stores share (VaughnIndexes on SQLite,
// ServerVaughnIndexes on PostgreSQL): the same columns, the same rows -> VaughnIndexSummary and
// VaughnEntry mapping, over either statement class (SqlStatement, PgStatement). Only the
// placeholder of the index id differs ("?" or "$1"). For the classes of core/store only.
#pragma once

#include "StoreError.h"
#include "VaughnIndexStore.h"
#include "domain/ExemptionLabel.h"

#include <QHash>

namespace rebuttal::vaughnrows {

// The index whose file has this SHA-256; `sha` is the SQL placeholder of the hash.
template <class Statement, class Database>
std::optional<qint64> indexWithSha256(Database &db, const QString &sha, const QString &sha256, StoreError *error)
{
    Statement query(db, QStringLiteral("SELECT id FROM vaughn_indexes WHERE sha256 = %1").arg(sha));
    query.bind(sha256);
    std::optional<qint64> result;
    if (query.exec() && query.next())
        result = query.value(0).toLongLong();
    if (error)
        *error = query.error();
    return result;
}

inline QString summarySelect()
{
    return QStringLiteral("SELECT i.id, i.file_name, i.sha256, i.size, i.imported_at,"
                          " (SELECT COUNT(*) FROM vaughn_entries e WHERE e.index_id = i.id)"
                          " FROM vaughn_indexes i ORDER BY i.id");
}

template <class Statement>
QList<VaughnIndexSummary> summaries(Statement &query, StoreError *error)
{
    QList<VaughnIndexSummary> result;
    if (query.exec()) {
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
    }
    if (error)
        *error = query.error();
    return result;
}

// The entries of index `indexId`, in entry order, their pages in page order; `id` is the SQL
// placeholder of the index id.
template <class Statement, class Database>
QList<VaughnEntry> entries(Database &db, const QString &id, qint64 indexId, StoreError *error)
{
    QList<VaughnEntry> result;
    QHash<qint64, qsizetype> rowOf;
    auto failed = [&](const Statement &statement) {
        if (error)
            *error = statement.error();
        return QList<VaughnEntry>();
    };
    Statement entries(db, QStringLiteral(
        "SELECT id, entry_no, document_ref, withholding, pages_as_written, description FROM vaughn_entries"
        " WHERE index_id = %1 ORDER BY entry_no").arg(id));
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
    Statement pages(db, QStringLiteral(
        "SELECT p.entry_id, p.page_no FROM vaughn_entry_pages p JOIN vaughn_entries e ON e.id = p.entry_id"
        " WHERE e.index_id = %1 ORDER BY p.entry_id, p.page_no").arg(id));
    pages.bind(indexId);
    if (!pages.exec())
        return failed(pages);
    while (pages.next())
        result[rowOf.value(pages.value(0).toLongLong())].pages << pages.value(1).toInt();
    Statement codes(db, QStringLiteral(
        "SELECT x.entry_id, x.code FROM vaughn_entry_exemptions x JOIN vaughn_entries e ON e.id = x.entry_id"
        " WHERE e.index_id = %1").arg(id));
    codes.bind(indexId);
    if (!codes.exec())
        return failed(codes);
    while (codes.next())
        result[rowOf.value(codes.value(0).toLongLong())].exemptions << codes.value(1).toString();
    Statement reasons(db, QStringLiteral(
        "SELECT j.entry_id, j.code, j.reasons FROM vaughn_justifications j JOIN vaughn_entries e ON e.id = j.entry_id"
        " WHERE e.index_id = %1").arg(id));
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

} // namespace rebuttal::vaughnrows
