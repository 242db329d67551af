// The reading of productions that both stores share (DocumentCatalog on SQLite,
// ServerDocumentCatalog on PostgreSQL): the same columns, the same rows -> DocumentSummary and
// ProductionPage mapping, over either statement class (SqlStatement, PgStatement: the same
// bind/exec/next/value shape). Only the dialect differs, and it comes in as SQL text.
// For the classes of core/store only.
#pragma once

#include "DocumentReader.h"
#include "StoreError.h"
#include "domain/ExemptionLabel.h"

#include <QHash>
#include <QRectF>
#include <QSizeF>

namespace rebuttal::documentrows {

// Flags compare with <> 0: both stores keep them as integers, and PostgreSQL wants a boolean.
inline QString summarySelect()
{
    return QStringLiteral(
        "SELECT d.id, d.file_name, d.sha256, d.size, d.imported_at, d.page_count,"
        " (SELECT count(*) FROM redactions r JOIN pages p ON p.id = r.page_id"
        "   WHERE p.document_id = d.id AND r.rejected = 0),"
        " (SELECT count(*) FROM pages p WHERE p.document_id = d.id AND p.withheld_in_full <> 0),"
        " (SELECT count(*) FROM redactions r JOIN pages p ON p.id = r.page_id"
        "   WHERE p.document_id = d.id AND r.rejected = 0 AND r.text_under_box IS NOT NULL)"
        " FROM documents d");
}

template <class Row>
DocumentSummary summaryFrom(const Row &row)
{
    DocumentSummary summary;
    summary.id = row.value(0).toLongLong();
    summary.fileName = row.value(1).toString();
    summary.sha256 = row.value(2).toString();
    summary.size = row.value(3).toLongLong();
    summary.importedAt = QDateTime::fromString(row.value(4).toString(), Qt::ISODateWithMs);
    summary.pages = row.value(5).toInt();
    summary.redactions = row.value(6).toInt();
    summary.withheldPages = row.value(7).toInt();
    summary.badRedactions = row.value(8).toInt();
    return summary;
}

// Runs `select` (the summary select with a filter and order) and maps every row.
template <class Statement>
QList<DocumentSummary> summaries(Statement &select, StoreError *error)
{
    QList<DocumentSummary> result;
    if (select.exec()) {
        while (select.next())
            result << summaryFrom(select);
    }
    if (error)
        *error = select.error();
    return result;
}

// The three statements of pages(), in the store's dialect; each takes the document id, the first
// and the last page number as its three parameters (in that order).
struct PageQueries
{
    QString pages;      // id, page_no, bates, width_pt, height_pt, image_only, withheld_in_full, withheld_origin, problem
    QString exemptions; // page_id, code
    QString boxes;      // id, page_id, x, y, w, h, label_text, text_under_box, origin, codes_by_user, codes (space-separated), version
};

inline PageQueries pageQueries(const QStringList &parameters, const QString &codesAggregate)
{
    const QString &document = parameters.at(0), &first = parameters.at(1), &last = parameters.at(2);
    return {QStringLiteral("SELECT id, page_no, bates, width_pt, height_pt, image_only, withheld_in_full, withheld_origin, problem"
                           " FROM pages WHERE document_id = %1 AND page_no BETWEEN %2 AND %3 ORDER BY page_no")
                .arg(document, first, last),
            QStringLiteral("SELECT e.page_id, e.code FROM page_exemptions e JOIN pages p ON p.id = e.page_id"
                           " WHERE p.document_id = %1 AND p.page_no BETWEEN %2 AND %3")
                .arg(document, first, last),
            QStringLiteral("SELECT r.id, r.page_id, r.x, r.y, r.w, r.h, r.label_text, r.text_under_box, r.origin, r.codes_by_user,"
                           " (SELECT %4 FROM redaction_exemptions x WHERE x.redaction_id = r.id), r.version"
                           " FROM redactions r JOIN pages p ON p.id = r.page_id"
                           " WHERE p.document_id = %1 AND p.page_no BETWEEN %2 AND %3 AND r.rejected = 0 ORDER BY r.page_id, r.y, r.x")
                .arg(document, first, last, codesAggregate)};
}

// The box tally of a production in one statement, the same SQL in both dialects (the document id
// given once, cast so PostgreSQL knows its type): rows of kind ('box', 'page', 'unlabeled',
// 'readable'), code, count.
inline QString tallyQuery(const QString &parameter)
{
    return QStringLiteral(
               "WITH d(id) AS (SELECT CAST(%1 AS BIGINT)),"
               " kept AS (SELECT r.id, r.text_under_box FROM redactions r JOIN pages p ON p.id = r.page_id"
               "   WHERE p.document_id = (SELECT id FROM d) AND r.rejected = 0)"
               " SELECT 'box', x.code, count(*) FROM kept JOIN redaction_exemptions x ON x.redaction_id = kept.id GROUP BY x.code"
               " UNION ALL SELECT 'page', e.code, count(*) FROM page_exemptions e JOIN pages p ON p.id = e.page_id"
               "   WHERE p.document_id = (SELECT id FROM d) GROUP BY e.code"
               " UNION ALL SELECT 'unlabeled', '', count(*) FROM kept"
               "   WHERE NOT EXISTS (SELECT 1 FROM redaction_exemptions x WHERE x.redaction_id = kept.id)"
               " UNION ALL SELECT 'readable', '', count(*) FROM kept WHERE kept.text_under_box <> ''")
        .arg(parameter);
}

template <class Statement, class Connection>
BoxTally readTally(Connection &connection, const QString &query, qint64 documentId, StoreError *error)
{
    BoxTally tally;
    Statement select(connection, query);
    select.bind(documentId);
    QStringList codes;
    if (select.exec()) {
        while (select.next()) {
            const QString kind = select.value(0).toString();
            const int count = select.value(2).toInt();
            if (kind == QLatin1String("unlabeled")) {
                tally.unlabeled = count;
            } else if (kind == QLatin1String("readable")) {
                tally.readable = count;
            } else {
                // Codes are counted as a page reads them: normalized (a stored variant counts as its code).
                const QStringList normal = ExemptionLabel::normalized({select.value(1).toString()});
                codes << normal;
                if (kind == QLatin1String("box")) {
                    for (const QString &code : normal)
                        tally.boxesByCode[code] += count;
                }
            }
        }
    }
    tally.codes = ExemptionLabel::normalized(codes);
    if (error)
        *error = select.error();
    return tally;
}

// Flags are read as numbers: PostgreSQL's text format gives "0" and "1" for integer columns.
inline bool flag(const QVariant &value)
{
    return value.toInt() != 0;
}

template <class Row>
ProductionPage pageFrom(const Row &row)
{
    ProductionPage page;
    page.id = row.value(0).toLongLong();
    page.number = row.value(1).toInt();
    page.bates = row.value(2).toString();
    page.sizePt = QSizeF(row.value(3).toDouble(), row.value(4).toDouble());
    page.imageOnly = flag(row.value(5));
    page.withheldInFull = flag(row.value(6));
    page.withheldByUser = row.value(7).toString() == QLatin1String("user");
    page.problem = row.value(8).toString();
    return page;
}

template <class Row>
Redaction redactionFrom(const Row &row)
{
    Redaction redaction;
    redaction.id = row.value(0).toLongLong();
    redaction.box = QRectF(row.value(2).toDouble(), row.value(3).toDouble(), row.value(4).toDouble(), row.value(5).toDouble());
    redaction.label = row.value(6).toString();
    redaction.textUnderBox = row.value(7).toString();
    redaction.drawnByUser = row.value(8).toString() == QLatin1String("user");
    redaction.codesByUser = flag(row.value(9));
    redaction.exemptions = ExemptionLabel::normalized(row.value(10).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts));
    redaction.version = row.value(11).toLongLong();
    return redaction;
}

// Every page of a document with its exemptions and redactions, on `connection` (a
// QSqlDatabase or a PgConnection) with `Statement` (SqlStatement or PgStatement).
template <class Statement, class Connection>
QList<ProductionPage> readPages(Connection &connection, const PageQueries &queries, qint64 documentId, int firstPage,
                                int lastPage, StoreError *error)
{
    QList<ProductionPage> result;
    QHash<qint64, qsizetype> byId;
    Statement select(connection, queries.pages);
    select.bind(documentId).bind(firstPage).bind(lastPage);
    if (!select.exec()) {
        if (error)
            *error = select.error();
        return result;
    }
    while (select.next()) {
        byId.insert(select.value(0).toLongLong(), result.size());
        result << pageFrom(select);
    }
    Statement codes(connection, queries.exemptions);
    codes.bind(documentId).bind(firstPage).bind(lastPage);
    if (codes.exec()) {
        while (codes.next()) {
            if (const auto at = byId.find(codes.value(0).toLongLong()); at != byId.end())
                result[*at].pageExemptions << codes.value(1).toString();
        }
    }
    Statement boxes(connection, queries.boxes);
    boxes.bind(documentId).bind(firstPage).bind(lastPage);
    if (boxes.exec()) {
        while (boxes.next()) {
            if (const auto at = byId.find(boxes.value(1).toLongLong()); at != byId.end())
                result[*at].redactions << redactionFrom(boxes);
        }
    }
    for (ProductionPage &page : result)
        page.pageExemptions = ExemptionLabel::normalized(page.pageExemptions);
    if (error)
        *error = boxes.error().isError() ? boxes.error() : codes.error();
    return result;
}

// The page an evidence citation names (DocumentReader::resolveCitation) on `connection`:
// `byBatesSql` selects document_id and page_no of the first page stamped with the Bates number
// bound, matched without regard to case in the store's dialect; `pageAtSql` the bates of the page
// (document_id, page_no) bound.
template <class Statement, class Connection>
std::optional<DocumentReader::PageRef> resolveCitation(Connection &connection, const QString &byBatesSql, const QString &pageAtSql,
                                                       const QString &document, int page, StoreError *error)
{
    const QString ref = document.trimmed();
    if (ref.isEmpty())
        return std::nullopt;
    auto pageAt = [&](qint64 documentId, int pageNo) -> std::optional<DocumentReader::PageRef> {
        Statement select(connection, pageAtSql);
        if (!select.bind(documentId).bind(pageNo).exec() || !select.next()) {
            if (error)
                *error = select.error();
            return std::nullopt;
        }
        return DocumentReader::PageRef{documentId, pageNo, select.value(0).toString()};
    };
    // A Bates number first: productions are cited by their stamps.
    std::optional<std::pair<qint64, int>> stamped;
    {
        Statement byBates(connection, byBatesSql);
        if (byBates.bind(ref).exec() && byBates.next())
            stamped = std::pair{byBates.value(0).toLongLong(), byBates.value(1).toInt()};
        else if (byBates.error().isError()) {
            if (error)
                *error = byBates.error();
            return std::nullopt;
        }
    } // the statement ends before the next one runs
    if (stamped)
        return pageAt(stamped->first, page > 0 ? stamped->second + page - 1 : stamped->second);
    bool isNumber = false;
    const qint64 documentId = ref.toLongLong(&isNumber);
    if (isNumber && page > 0)
        return pageAt(documentId, page);
    return std::nullopt;
}

} // namespace rebuttal::documentrows
