// Writes one imported production into a case file inside a single transaction: the PDF's bytes
// (streamed, never whole in memory), then its pages as they are analysed. Nothing is visible to
// anyone until commit(); rollback() (or destruction) leaves the case file as it was.
#pragma once

#include "ProductionDestination.h"
#include "StoreError.h"
#include "domain/ProductionPage.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace rebuttal {

class CaseStore;

// Page text as stored and indexed for search.
QString searchableText(const QString &text);
// How pages.text_source names where the text came from.
QString textSourceCode(TextSource source);
// A size in megabytes as messages give it ("12.5", "340").
QString megabytesText(qint64 bytes);
// A new pages row, for either store: its columns, and their values in that order.
extern const QString kNewPageColumns;
QVariantList newPageValues(qint64 documentId, const ProductionPage &page);
// Two boxes are the same redaction when they overlap by more than half of the smaller one.
bool sameBox(const QRectF &a, const QRectF &b);
// Stores what the detector found on page `pageId`: the page's own exemptions and its boxes,
// except boxes that are the same as one in `kept` (the user's decisions). Counts boxes in `added`.
[[nodiscard]] StoreError insertDetections(const QSqlDatabase &db, qint64 pageId, const ProductionPage &page, const QList<QRectF> &kept,
                            int *added);

class ProductionWriter final : public ProductionDestination
{
    Q_DECLARE_TR_FUNCTIONS(ProductionWriter)

public:
    explicit ProductionWriter(CaseStore &store);
    ~ProductionWriter() override;
    ProductionWriter(const ProductionWriter &) = delete;
    ProductionWriter &operator=(const ProductionWriter &) = delete;

    // The largest file a case file can hold: SQLite's limit on the length of one value.
    static qint64 maxFileBytes(CaseStore &store);

    QString storeName() const override;
    QString sizeRefusal(qint64 size) const override;
    std::optional<DocumentSummary> documentWithSha256(const QString &sha256, StoreError *error) const override;
    [[nodiscard]] StoreError begin(const QString &filePath, const QString &sha256) override;
    [[nodiscard]] StoreError addPage(const ProductionPage &page) override;

private:
    [[nodiscard]] StoreError finish(int pageCount, const QString &action, const ActivityDetail &logged) override;
    void rollbackTransaction() override;
    [[nodiscard]] StoreError streamBytes(const QString &filePath, qint64 size);

    CaseStore &m_store;
};

} // namespace rebuttal
