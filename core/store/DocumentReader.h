// What the read commands (documents, document, search) and the importer ask of the productions
// held in a store, whichever it is: a case file (DocumentCatalog) or a matter on a PostgreSQL
// server (ServerDocumentCatalog).
#pragma once

#include "StoreError.h"
#include "domain/ProductionPage.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace rebuttal {

struct DocumentSummary
{
    qint64 id = 0;
    QString fileName;
    QString sha256;
    qint64 size = 0;
    QDateTime importedAt;
    int pages = 0;
    int redactions = 0;
    int withheldPages = 0;
    int badRedactions = 0;
};

// A production's boxes counted for the Documents page's legend and filter, without reading its pages.
struct BoxTally
{
    QMap<QString, int> boxesByCode; // kept boxes per exemption code
    int unlabeled = 0;              // kept boxes with no code
    int readable = 0;               // kept boxes with text under them
    QStringList codes;              // every code on the production: boxes' and pages' own, normalized
};

struct SearchHit
{
    qint64 documentId = 0;
    int page = 0;
    QString bates;
    QString snippet; // the match in context, with the hit between « and »
};

class DocumentReader
{
public:
    virtual ~DocumentReader() = default;

    // In import order.
    virtual QList<DocumentSummary> documents(StoreError *error = nullptr) const = 0;
    virtual std::optional<DocumentSummary> document(qint64 id, StoreError *error = nullptr) const = 0;
    // Every page with its redactions (without page text), in page order.
    virtual QList<ProductionPage> pages(qint64 documentId, StoreError *error = nullptr) const = 0;
    // The pages numbered firstPage to lastPage, as pages() reads them: the page strip reads a
    // large production a batch at a time.
    virtual QList<ProductionPage> pageRange(qint64 documentId, int firstPage, int lastPage, StoreError *error = nullptr) const = 0;
    virtual BoxTally boxTally(qint64 documentId, StoreError *error = nullptr) const = 0;
    // The production's PDF as imported (the page view renders it whole, as Poppler needs it).
    virtual QByteArray fileBytes(qint64 documentId, StoreError *error = nullptr) const = 0;
    // The stored page an evidence citation names (rebuttal.cases "evidence"): a Bates number;
    // or, with a page, the Bates number where a document starts (its page k is that Bates
    // + k - 1) or a store document id. Bates numbers match without regard to case.
    // nullopt when no imported production has that page (yet), or when the read failed: then
    // `error` says why.
    struct PageRef
    {
        qint64 documentId = 0;
        int page = 0; // 1-based page of that production
        QString bates;
    };
    virtual std::optional<PageRef> resolveCitation(const QString &document, int page, StoreError *error = nullptr) const = 0;
    // Pages whose text matches every word of `query` ("quoted phrases" stay together), best first.
    virtual QList<SearchHit> search(const QString &query, int limit, StoreError *error = nullptr) const = 0;

    // The terms of a query as both stores read it: bare words and "quoted phrases", in
    // compatibility form (as page text is stored: searchableText()), empty ones dropped.
    static QStringList searchTerms(const QString &query);
};

} // namespace rebuttal
