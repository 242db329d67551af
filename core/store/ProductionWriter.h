// Writes one imported production into a case file inside a single transaction: the PDF's bytes
// (streamed, never whole in memory), then its pages as they are analysed. Nothing is visible to
// anyone until commit(); rollback() (or destruction) leaves the case file as it was.
#pragma once

#include "StoreError.h"
#include "domain/ProductionPage.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace rebuttal {

class CaseStore;

// Page text as stored and indexed for search.
QString searchableText(const QString &text);
// How pages.text_source names where the text came from.
QString textSourceCode(TextSource source);
// Stores what the detector found on page `pageId`: the page's own exemptions and its boxes,
// except boxes that are the same as one in `kept` (the user's decisions). Counts boxes in `added`.
[[nodiscard]] StoreError insertDetections(const QSqlDatabase &db, qint64 pageId, const ProductionPage &page, const QList<QRectF> &kept,
                            int *added);

class ProductionWriter
{
    Q_DECLARE_TR_FUNCTIONS(ProductionWriter)

public:
    explicit ProductionWriter(CaseStore &store);
    ~ProductionWriter();
    ProductionWriter(const ProductionWriter &) = delete;
    ProductionWriter &operator=(const ProductionWriter &) = delete;

    // The largest file a case file can hold: SQLite's limit on the length of one value.
    static qint64 maxFileBytes(CaseStore &store);

    // Starts the transaction and stores the file itself.
    [[nodiscard]] StoreError begin(const QString &filePath, const QString &sha256);
    [[nodiscard]] StoreError addPage(const ProductionPage &page);
    // Records the page count and the import in the activity log, then commits.
    [[nodiscard]] StoreError commit(int pageCount);
    void rollback();

    qint64 documentId() const { return m_documentId; }
    int redactionCount() const { return m_redactions; }
    int withheldCount() const { return m_withheld; }

private:
    [[nodiscard]] StoreError streamBytes(const QString &filePath, qint64 size);

    CaseStore &m_store;
    bool m_open = false;
    qint64 m_documentId = 0;
    QString m_fileName;
    QString m_sha256;
    int m_redactions = 0;
    int m_withheld = 0;
};

} // namespace rebuttal
