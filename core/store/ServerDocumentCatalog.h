// The FOIA productions of a matter on a PostgreSQL server: DocumentCatalog's lists, pages and
// full-text search for team mode (issue 18), read the same way (DocumentRows.h).
//
// Search runs on the pages' tsvector column (English and Spanish stems of the unaccented page
// text, schema 7's english_unaccent and spanish_unaccent configurations, GIN index). Every term of
// the query, bare word or "quoted phrase", becomes a phrase of the English or of the Spanish
// configuration (phraseto_tsquery), and a page matches when it has every term, as FTS5's quoted
// terms do in a case file; accents are folded on both (deportacion finds deportación). What
// differs from a case file: words match by stem (deported finds deportation; FTS5 matches whole
// words), a term made only of stop words ("the", "de") is left out, and hits are ranked by
// ts_rank with ts_headline's snippets.
#pragma once

#include "DocumentReader.h"

#include <optional>

namespace rebuttal {

class ServerStore;

class ServerDocumentCatalog final : public DocumentReader
{
public:
    explicit ServerDocumentCatalog(ServerStore &store);

    QList<DocumentSummary> documents(StoreError *error = nullptr) const override;
    std::optional<DocumentSummary> document(qint64 id, StoreError *error = nullptr) const override;
    std::optional<DocumentSummary> documentWithSha256(const QString &sha256, StoreError *error) const;
    QList<ProductionPage> pages(qint64 documentId, StoreError *error = nullptr) const override;
    QList<ProductionPage> pageRange(qint64 documentId, int firstPage, int lastPage, StoreError *error = nullptr) const override;
    BoxTally boxTally(qint64 documentId, StoreError *error = nullptr) const override;
    // The production's PDF as stored (empty, with *error, when it cannot be read), as DocumentCatalog's.
    QByteArray fileBytes(qint64 documentId, StoreError *error = nullptr) const override;
    // As DocumentCatalog's: a Bates number matched without regard to ASCII case, as SQLite's NOCASE does.
    std::optional<PageRef> resolveCitation(const QString &document, int page, StoreError *error = nullptr) const override;
    QList<SearchHit> search(const QString &query, int limit, StoreError *error = nullptr) const override;

    // The tsquery expression for `termCount` terms, bound as $1...$termCount.
    static QString tsQuery(int termCount);
    // The search statement for `termCount` terms, then the limit as $(termCount + 1).
    static QString searchSql(int termCount);

private:
    std::optional<DocumentSummary> first(const QString &where, const QVariant &value, StoreError *error) const;

    ServerStore &m_store;
};

} // namespace rebuttal
