#include "DocumentCatalog.h"

#include "CaseStore.h"
#include "SqlStatement.h"
#include "domain/ExemptionLabel.h"

#include <QHash>
#include <QRegularExpression>

namespace rebuttal {

namespace {

const QString kSummarySelect = QStringLiteral(
    "SELECT d.id, d.file_name, d.sha256, d.size, d.imported_at, d.page_count,"
    " (SELECT count(*) FROM redactions r JOIN pages p ON p.id = r.page_id"
    "   WHERE p.document_id = d.id AND r.rejected = 0),"
    " (SELECT count(*) FROM pages p WHERE p.document_id = d.id AND p.withheld_in_full),"
    " (SELECT count(*) FROM redactions r JOIN pages p ON p.id = r.page_id"
    "   WHERE p.document_id = d.id AND r.rejected = 0 AND r.text_under_box IS NOT NULL)"
    " FROM documents d");

DocumentSummary summaryFrom(const SqlStatement &row)
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

} // namespace

DocumentCatalog::DocumentCatalog(CaseStore &store)
    : m_store(store)
{
}

QList<DocumentSummary> DocumentCatalog::documents(StoreError *error) const
{
    QList<DocumentSummary> result;
    SqlStatement select(m_store.database(), kSummarySelect + QStringLiteral(" ORDER BY d.id"));
    if (select.exec()) {
        while (select.next())
            result << summaryFrom(select);
    }
    if (error)
        *error = select.error();
    return result;
}

std::optional<DocumentSummary> DocumentCatalog::document(qint64 id, StoreError *error) const
{
    SqlStatement select(m_store.database(), kSummarySelect + QStringLiteral(" WHERE d.id = ?"));
    select.bind(id);
    std::optional<DocumentSummary> result;
    if (select.exec() && select.next())
        result = summaryFrom(select);
    if (error)
        *error = select.error();
    return result;
}

std::optional<qint64> DocumentCatalog::documentWithSha256(const QString &sha256, StoreError *error) const
{
    SqlStatement select(m_store.database(), QStringLiteral("SELECT id FROM documents WHERE sha256 = ?"));
    select.bind(sha256);
    std::optional<qint64> result;
    if (select.exec() && select.next())
        result = select.value(0).toLongLong();
    if (error)
        *error = select.error();
    return result;
}

QList<ProductionPage> DocumentCatalog::pages(qint64 documentId, StoreError *error) const
{
    const QSqlDatabase db = m_store.database();
    QList<ProductionPage> result;
    QHash<qint64, qsizetype> byId;
    SqlStatement select(db, QStringLiteral(
        "SELECT id, page_no, bates, width_pt, height_pt, image_only, withheld_in_full, withheld_origin, problem"
        " FROM pages WHERE document_id = ? ORDER BY page_no"));
    select.bind(documentId);
    if (!select.exec()) {
        if (error)
            *error = select.error();
        return result;
    }
    while (select.next()) {
        ProductionPage page;
        page.id = select.value(0).toLongLong();
        page.number = select.value(1).toInt();
        page.bates = select.value(2).toString();
        page.sizePt = QSizeF(select.value(3).toDouble(), select.value(4).toDouble());
        page.imageOnly = select.value(5).toBool();
        page.withheldInFull = select.value(6).toBool();
        page.withheldByUser = select.value(7).toString() == QLatin1String("user");
        page.problem = select.value(8).toString();
        byId.insert(page.id, result.size());
        result << page;
    }

    SqlStatement codes(db, QStringLiteral(
        "SELECT e.page_id, e.code FROM page_exemptions e JOIN pages p ON p.id = e.page_id WHERE p.document_id = ?"));
    codes.bind(documentId);
    if (codes.exec()) {
        while (codes.next()) {
            if (const auto at = byId.find(codes.value(0).toLongLong()); at != byId.end())
                result[*at].pageExemptions << codes.value(1).toString();
        }
    }
    SqlStatement boxes(db, QStringLiteral(
        "SELECT r.id, r.page_id, r.x, r.y, r.w, r.h, r.label_text, r.text_under_box, r.origin, r.codes_by_user,"
        " (SELECT group_concat(code, ' ') FROM redaction_exemptions x WHERE x.redaction_id = r.id)"
        " FROM redactions r JOIN pages p ON p.id = r.page_id"
        " WHERE p.document_id = ? AND r.rejected = 0 ORDER BY r.page_id, r.y, r.x"));
    boxes.bind(documentId);
    if (boxes.exec()) {
        while (boxes.next()) {
            Redaction redaction;
            redaction.id = boxes.value(0).toLongLong();
            redaction.box = QRectF(boxes.value(2).toDouble(), boxes.value(3).toDouble(), boxes.value(4).toDouble(),
                                   boxes.value(5).toDouble());
            redaction.label = boxes.value(6).toString();
            redaction.textUnderBox = boxes.value(7).toString();
            redaction.drawnByUser = boxes.value(8).toString() == QLatin1String("user");
            redaction.codesByUser = boxes.value(9).toBool();
            redaction.exemptions = ExemptionLabel::normalized(boxes.value(10).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts));
            if (const auto at = byId.find(boxes.value(1).toLongLong()); at != byId.end())
                result[*at].redactions << redaction;
        }
    }
    for (ProductionPage &page : result)
        page.pageExemptions = ExemptionLabel::normalized(page.pageExemptions);
    if (error)
        *error = boxes.error().isError() ? boxes.error() : codes.error();
    return result;
}

QString DocumentCatalog::pageText(qint64 documentId, int page, StoreError *error) const
{
    SqlStatement select(m_store.database(), QStringLiteral("SELECT text FROM pages WHERE document_id = ? AND page_no = ?"));
    select.bind(documentId).bind(page);
    QString text;
    if (select.exec() && select.next())
        text = select.value(0).toString();
    if (error)
        *error = select.error();
    return text;
}

QByteArray DocumentCatalog::fileBytes(qint64 documentId, StoreError *error) const
{
    SqlStatement select(m_store.database(), QStringLiteral("SELECT bytes FROM document_files WHERE document_id = ?"));
    select.bind(documentId);
    if (select.exec() && select.next())
        return select.value(0).toByteArray();
    if (error)
        *error = select.error();
    return {};
}

QString DocumentCatalog::ftsQuery(const QString &query)
{
    // Every term is quoted, so nothing the user types is read as FTS5 syntax.
    static const QRegularExpression terms(QStringLiteral("\"([^\"]*)\"|(\\S+)"));
    QStringList parts;
    QRegularExpressionMatchIterator it = terms.globalMatch(query.normalized(QString::NormalizationForm_KC));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString term = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        term = term.trimmed();
        if (term.isEmpty())
            continue;
        parts << QLatin1Char('"') + QString(term).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    }
    return parts.join(QLatin1Char(' '));
}

QList<SearchHit> DocumentCatalog::search(const QString &query, int limit, StoreError *error) const
{
    QList<SearchHit> hits;
    const QString match = ftsQuery(query);
    if (match.isEmpty()) {
        if (error)
            *error = {};
        return hits;
    }
    SqlStatement select(m_store.database(), QStringLiteral(
        "SELECT p.document_id, p.page_no, p.bates, snippet(page_search, 0, '«', '»', '…', 12)"
        " FROM page_search JOIN pages p ON p.id = page_search.rowid"
        " WHERE page_search MATCH ? ORDER BY rank, p.document_id, p.page_no LIMIT ?"));
    select.bind(match).bind(limit);
    if (select.exec()) {
        while (select.next()) {
            hits << SearchHit{select.value(0).toLongLong(), select.value(1).toInt(), select.value(2).toString(),
                              select.value(3).toString().simplified()};
        }
    }
    if (error)
        *error = select.error();
    return hits;
}

std::optional<DocumentCatalog::PageRef> DocumentCatalog::resolveCitation(const QString &document, int page, StoreError *error) const
{
    const QSqlDatabase db = m_store.database();
    const QString ref = document.trimmed();
    if (ref.isEmpty())
        return std::nullopt;
    auto pageAt = [&](qint64 documentId, int pageNo) -> std::optional<PageRef> {
        SqlStatement select(db, QStringLiteral("SELECT bates FROM pages WHERE document_id = ? AND page_no = ?"));
        if (!select.bind(documentId).bind(pageNo).exec() || !select.next()) {
            if (error)
                *error = select.error();
            return std::nullopt;
        }
        return PageRef{documentId, pageNo, select.value(0).toString()};
    };
    // A Bates number first: productions are cited by their stamps.
    SqlStatement byBates(db, QStringLiteral(
        "SELECT document_id, page_no FROM pages WHERE bates = ? COLLATE NOCASE ORDER BY document_id, page_no LIMIT 1"));
    if (byBates.bind(ref).exec() && byBates.next()) {
        const qint64 documentId = byBates.value(0).toLongLong();
        const int first = byBates.value(1).toInt();
        byBates.finish();
        return pageAt(documentId, page > 0 ? first + page - 1 : first);
    }
    if (byBates.error().isError()) {
        if (error)
            *error = byBates.error();
        return std::nullopt;
    }
    bool isNumber = false;
    const qint64 documentId = ref.toLongLong(&isNumber);
    if (isNumber && page > 0)
        return pageAt(documentId, page);
    return std::nullopt;
}

} // namespace rebuttal
