#include "DocumentCatalog.h"

#include "CaseStore.h"
#include "DocumentRows.h"
#include "SqlStatement.h"

#include <QRegularExpression>
#include <limits>

namespace rebuttal {

DocumentCatalog::DocumentCatalog(CaseStore &store)
    : m_store(store)
{
}

QList<DocumentSummary> DocumentCatalog::documents(StoreError *error) const
{
    SqlStatement select(m_store.database(), documentrows::summarySelect() + QStringLiteral(" ORDER BY d.id"));
    return documentrows::summaries(select, error);
}

std::optional<DocumentSummary> DocumentCatalog::first(const QString &where, const QVariant &value, StoreError *error) const
{
    SqlStatement select(m_store.database(), documentrows::summarySelect() + where);
    select.bind(value);
    const QList<DocumentSummary> found = documentrows::summaries(select, error);
    return found.isEmpty() ? std::nullopt : std::optional<DocumentSummary>(found.first());
}

std::optional<DocumentSummary> DocumentCatalog::document(qint64 id, StoreError *error) const
{
    return first(QStringLiteral(" WHERE d.id = ?"), id, error);
}

std::optional<DocumentSummary> DocumentCatalog::documentWithSha256(const QString &sha256, StoreError *error) const
{
    return first(QStringLiteral(" WHERE d.sha256 = ?"), sha256, error);
}

QList<ProductionPage> DocumentCatalog::pages(qint64 documentId, StoreError *error) const
{
    return pageRange(documentId, 1, std::numeric_limits<int>::max(), error);
}

QList<ProductionPage> DocumentCatalog::pageRange(qint64 documentId, int firstPage, int lastPage, StoreError *error) const
{
    static const documentrows::PageQueries queries =
        documentrows::pageQueries({QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?")}, QStringLiteral("group_concat(code, ' ')"));
    const QSqlDatabase db = m_store.database();
    return documentrows::readPages<SqlStatement>(db, queries, documentId, firstPage, lastPage, error);
}

BoxTally DocumentCatalog::boxTally(qint64 documentId, StoreError *error) const
{
    static const QString query = documentrows::tallyQuery(QStringLiteral("?"));
    const QSqlDatabase db = m_store.database();
    return documentrows::readTally<SqlStatement>(db, query, documentId, error);
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

QStringList DocumentReader::searchTerms(const QString &query)
{
    static const QRegularExpression terms(QStringLiteral("\"([^\"]*)\"|(\\S+)"));
    QStringList result;
    QRegularExpressionMatchIterator it = terms.globalMatch(query.normalized(QString::NormalizationForm_KC));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString term = (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).trimmed();
        if (!term.isEmpty())
            result << term;
    }
    return result;
}

QString DocumentCatalog::ftsQuery(const QString &query)
{
    // Every term is quoted, so nothing the user types is read as FTS5 syntax.
    QStringList parts;
    for (QString term : searchTerms(query))
        parts << QLatin1Char('"') + term.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
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
    return documentrows::resolveCitation<SqlStatement>(
        db, QStringLiteral("SELECT document_id, page_no FROM pages WHERE bates = ? COLLATE NOCASE ORDER BY document_id, page_no LIMIT 1"),
        QStringLiteral("SELECT bates FROM pages WHERE document_id = ? AND page_no = ?"), document, page, error);
}

} // namespace rebuttal
