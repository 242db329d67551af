// Where ProductionImport (core/foia) writes a new production, inside one transaction: a case file
// (ProductionWriter) or a matter on a PostgreSQL server (ServerProductionWriter). The import
// analyses the PDF the same way for both and never learns which one it writes to. This base
// keeps what both do alike: the import's counts, its log entry, and when it is open.
#pragma once

#include "DocumentReader.h"
#include "StoreError.h"
#include "domain/ActivityDetail.h"
#include "domain/ProductionPage.h"

#include <QString>

#include <optional>

namespace rebuttal {

class ProductionDestination
{
public:
    virtual ~ProductionDestination() = default;

    // The store as messages name it: the case file's name, or the matter's address.
    virtual QString storeName() const = 0;
    // Why a file of `size` bytes cannot be stored here (the store's limit on one value), or
    // empty when it can.
    virtual QString sizeRefusal(qint64 size) const = 0;
    // The production already stored with that SHA-256; nullopt when there is none or on error.
    virtual std::optional<DocumentSummary> documentWithSha256(const QString &sha256, StoreError *error) const = 0;

    // Starts the transaction and stores the file itself, streamed in chunks.
    [[nodiscard]] virtual StoreError begin(const QString &filePath, const QString &sha256) = 0;
    [[nodiscard]] virtual StoreError addPage(const ProductionPage &page) = 0;
    // Records the page count and the import in the activity log, then commits.
    [[nodiscard]] StoreError commit(int pageCount);
    // Leaves the store as it was before begin(); also what destruction does to an open import.
    void rollback();

    // Of the import begun last.
    qint64 documentId() const { return m_documentId; }
    int redactionCount() const { return m_redactions; }
    int withheldCount() const { return m_withheld; }

protected:
    // For begin(), once the transaction is open: a new import, its counts from zero.
    void started(const QString &fileName, const QString &sha256);
    // For addPage(), once a page and its `boxes` redactions are written.
    void written(const ProductionPage &page, int boxes);
    // Sets the document's page count, appends `logged` to the activity log, and commits.
    [[nodiscard]] virtual StoreError finish(int pageCount, const QString &action, const ActivityDetail &logged) = 0;
    virtual void rollbackTransaction() = 0;

    qint64 m_documentId = 0;
    QString m_fileName;

private:
    bool m_open = false;
    QString m_sha256;
    int m_redactions = 0;
    int m_withheld = 0;
};

} // namespace rebuttal
