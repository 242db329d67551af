// The FOIA productions held in a case file: lists, page details, full-text search.
#pragma once

#include "DocumentReader.h"
#include "StoreError.h"
#include "domain/ProductionPage.h"

#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

namespace rebuttal {

class CaseStore;

class DocumentCatalog final : public DocumentReader
{
public:
    explicit DocumentCatalog(CaseStore &store);

    // In import order.
    QList<DocumentSummary> documents(StoreError *error = nullptr) const override;
    std::optional<DocumentSummary> document(qint64 id, StoreError *error = nullptr) const override;
    // The document whose PDF has this SHA-256; nullopt when there is none, or when the read failed
    // (then `error` says why: the caller must tell "not imported yet" from "could not look").
    std::optional<DocumentSummary> documentWithSha256(const QString &sha256, StoreError *error) const;
    // Every page with its redactions (without page text), in page order.
    QList<ProductionPage> pages(qint64 documentId, StoreError *error = nullptr) const override;
    QList<ProductionPage> pageRange(qint64 documentId, int firstPage, int lastPage, StoreError *error = nullptr) const override;
    BoxTally boxTally(qint64 documentId, StoreError *error = nullptr) const override;
    // The text of page `page` (1-based) as indexed for search; empty for a page without text, or
    // when the read failed (then `error` says why).
    QString pageText(qint64 documentId, int page, StoreError *error) const;
    // The production's PDF as imported.
    QByteArray fileBytes(qint64 documentId, StoreError *error = nullptr) const override;

    std::optional<PageRef> resolveCitation(const QString &document, int page, StoreError *error = nullptr) const override;

    QList<SearchHit> search(const QString &query, int limit, StoreError *error = nullptr) const override;
    // The words of `query` as FTS5 matches them: bare words and "quoted phrases", safely quoted.
    static QString ftsQuery(const QString &query);

private:
    // The first document the summary select finds with `where` (one placeholder, bound to `value`).
    std::optional<DocumentSummary> first(const QString &where, const QVariant &value, StoreError *error) const;
    CaseStore &m_store;
};

} // namespace rebuttal
