#include "ServerDocumentCatalog.h"

#include "DocumentRows.h"
#include "PgConnection.h"
#include "ServerStore.h"

#include <QCoreApplication>
#include <limits>

namespace rebuttal {

ServerDocumentCatalog::ServerDocumentCatalog(ServerStore &store)
    : m_store(store)
{
}

QList<DocumentSummary> ServerDocumentCatalog::documents(StoreError *error) const
{
    PgStatement select(m_store.connection(), documentrows::summarySelect() + QStringLiteral(" ORDER BY d.id"));
    return documentrows::summaries(select, error);
}

std::optional<DocumentSummary> ServerDocumentCatalog::first(const QString &where, const QVariant &value, StoreError *error) const
{
    PgStatement select(m_store.connection(), documentrows::summarySelect() + where);
    select.bind(value);
    const QList<DocumentSummary> found = documentrows::summaries(select, error);
    return found.isEmpty() ? std::nullopt : std::optional<DocumentSummary>(found.first());
}

std::optional<DocumentSummary> ServerDocumentCatalog::document(qint64 id, StoreError *error) const
{
    return first(QStringLiteral(" WHERE d.id = $1"), id, error);
}

std::optional<DocumentSummary> ServerDocumentCatalog::documentWithSha256(const QString &sha256, StoreError *error) const
{
    return first(QStringLiteral(" WHERE d.sha256 = $1"), sha256, error);
}

QByteArray ServerDocumentCatalog::fileBytes(qint64 documentId, StoreError *error) const
{
    // A megabyte at a time, hex-encoded by the server (bytea's text form would be as long, and
    // escaped): the client never holds more than the file and one chunk of it.
    constexpr qint64 chunk = 1 << 20;
    PgConnection &connection = m_store.connection();
    PgStatement size(connection, QStringLiteral("SELECT octet_length(bytes) FROM document_files WHERE document_id = $1"));
    if (!size.bind(documentId).exec() || !size.next()) {
        if (error)
            *error = size.error().isError()
                         ? size.error()
                         : StoreError::make(StoreError::Kind::NotFound, QCoreApplication::translate(
                                                "ServerDocumentCatalog", "no production %1 in this matter").arg(documentId));
        return {};
    }
    const qint64 total = size.value(0).toLongLong();
    QByteArray bytes;
    bytes.reserve(total);
    for (qint64 offset = 0; offset < total; offset += chunk) {
        PgStatement part(connection, QStringLiteral("SELECT encode(substring(bytes FROM $2 FOR $3), 'hex') FROM document_files"
                                                    " WHERE document_id = $1"));
        if (!part.bind(documentId).bind(offset + 1).bind(chunk).exec() || !part.next()) {
            if (error)
                *error = part.error();
            return {};
        }
        bytes += QByteArray::fromHex(part.value(0).toString().toLatin1());
    }
    if (error)
        *error = {};
    return bytes;
}

std::optional<DocumentReader::PageRef> ServerDocumentCatalog::resolveCitation(const QString &document, int page,
                                                                           StoreError *error) const
{
    // SQLite's NOCASE folds ASCII letters only: so does translate() here, whatever the collation.
    const QString folded = QStringLiteral("translate(%1, 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')");
    return documentrows::resolveCitation<PgStatement>(
        m_store.connection(),
        QStringLiteral("SELECT document_id, page_no FROM pages WHERE %1 = %2 ORDER BY document_id, page_no LIMIT 1")
            .arg(folded.arg(QStringLiteral("bates")), folded.arg(QStringLiteral("$1"))),
        QStringLiteral("SELECT bates FROM pages WHERE document_id = $1 AND page_no = $2"), document, page, error);
}

QList<ProductionPage> ServerDocumentCatalog::pages(qint64 documentId, StoreError *error) const
{
    return pageRange(documentId, 1, std::numeric_limits<int>::max(), error);
}

QList<ProductionPage> ServerDocumentCatalog::pageRange(qint64 documentId, int firstPage, int lastPage, StoreError *error) const
{
    static const documentrows::PageQueries queries =
        documentrows::pageQueries({QStringLiteral("$1"), QStringLiteral("$2"), QStringLiteral("$3")}, QStringLiteral("string_agg(code, ' ' ORDER BY code)"));
    return documentrows::readPages<PgStatement>(m_store.connection(), queries, documentId, firstPage, lastPage, error);
}

BoxTally ServerDocumentCatalog::boxTally(qint64 documentId, StoreError *error) const
{
    static const QString query = documentrows::tallyQuery(QStringLiteral("$1"));
    return documentrows::readTally<PgStatement>(m_store.connection(), query, documentId, error);
}

QString ServerDocumentCatalog::tsQuery(int termCount)
{
    // Only placeholders go into the text: the terms travel as parameters.
    QStringList terms;
    for (int n = 1; n <= termCount; ++n)
        terms << QStringLiteral("(phraseto_tsquery('english_unaccent', $%1) || phraseto_tsquery('spanish_unaccent', $%1))").arg(n);
    return terms.join(QStringLiteral(" && "));
}

QString ServerDocumentCatalog::searchSql(int termCount)
{
    // The snippet from the English reading of the page when it marks the match, else the Spanish one.
    const QString headline = QStringLiteral(
        "ts_headline('%1', p.text, q.query, 'StartSel=«, StopSel=», MaxWords=12, MinWords=4, MaxFragments=1')");
    return QStringLiteral(
               "WITH q AS (SELECT %1 AS query),"
               " hits AS (SELECT p.document_id, p.page_no, p.bates, ts_rank(p.search, q.query) AS rank, %2 AS english, %3 AS spanish"
               "  FROM pages p, q WHERE p.search @@ q.query ORDER BY rank DESC, p.document_id, p.page_no LIMIT $%4)"
               " SELECT document_id, page_no, bates, CASE WHEN strpos(english, '«') > 0 THEN english ELSE spanish END"
               " FROM hits ORDER BY rank DESC, document_id, page_no")
        .arg(tsQuery(termCount), headline.arg(QStringLiteral("english_unaccent")), headline.arg(QStringLiteral("spanish_unaccent")))
        .arg(termCount + 1);
}

QList<SearchHit> ServerDocumentCatalog::search(const QString &query, int limit, StoreError *error) const
{
    QList<SearchHit> hits;
    const QStringList terms = searchTerms(query);
    PgConnection &connection = m_store.connection();
    // A term of stop words only is left out of the query, and the server says so in a notice
    // that would otherwise reach the user's terminal.
    StoreError failed = terms.isEmpty() ? StoreError{}
                                        : connection.setSessionSetting(QStringLiteral("client_min_messages"), QStringLiteral("warning"));
    if (!terms.isEmpty() && !failed.isError()) {
        PgStatement select(connection, searchSql(int(terms.size())));
        for (const QString &term : terms)
            select.bind(term);
        select.bind(limit);
        const bool ran = select.exec();
        while (ran && select.next()) {
            // A phrase comes back word by word («deportation» «order»); FTS5 marks it whole.
            QString snippet = select.value(3).toString().simplified();
            snippet.replace(QStringLiteral("» «"), QStringLiteral(" "));
            hits << SearchHit{select.value(0).toLongLong(), select.value(1).toInt(), select.value(2).toString(), snippet};
        }
        failed = select.error();
    }
    if (error)
        *error = failed;
    return hits;
}

} // namespace rebuttal
