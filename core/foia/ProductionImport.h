// Imports a FOIA production PDF into a case file. The PDF is parsed by worker processes (one per
// core), each analysing every N-th page and streaming results back; a watchdog kills a worker that
// crashes or hangs on a page, records that page as skipped and restarts the worker after it.
// Everything lands in one transaction: a rejected, cancelled or failed import leaves no trace.
#pragma once

#include "ImportLimits.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>

namespace rebuttal {

class CaseStore;
class DocumentReader;
class ProductionDestination;
class RedetectionDestination;
struct ProductionPage;
struct WorkerMessage;

// Receives the pages of one analysis run, inside one transaction.
class PageSink
{
public:
    virtual ~PageSink() = default;
    [[nodiscard]] virtual StoreError begin(int pageCount) = 0;
    [[nodiscard]] virtual StoreError addPage(const ProductionPage &page) = 0;
    [[nodiscard]] virtual StoreError commit(int pageCount) = 0;
    virtual void rollback() = 0;
};

class ProductionImport
{
    Q_DECLARE_TR_FUNCTIONS(ProductionImport)

public:
    enum class Outcome { Imported, AlreadyImported, Rejected, NeedsPassword, Cancelled, StoreFailed };

    struct Result
    {
        Outcome outcome = Outcome::Rejected;
        qint64 documentId = 0;
        int pages = 0;
        int redactions = 0;
        int withheldPages = 0;
        QString message;             // one line naming the file and the problem
        QStringList skippedPages;    // "page 12: the PDF reader crashed on it"
    };

    // Imports into a case file; redetect() works on it too.
    explicit ProductionImport(CaseStore &store);
    // Imports into any store (a matter on a server: ServerProductionWriter); redetect() with a
    // reader and a writer of that store.
    explicit ProductionImport(ProductionDestination &destination);
    ~ProductionImport();
    ProductionImport(const ProductionImport &) = delete;
    ProductionImport &operator=(const ProductionImport &) = delete;

    void setPassword(const QString &password) { m_password = password; }
    // At most ImportLimits::MaxWorkers: each worker may use ImportLimits::workerMemoryMiB.
    void setWorkerCount(int workers) { m_workers = std::clamp(workers, 1, ImportLimits::MaxWorkers); }
    // The bounds on memory and time (ImportLimits::fromEnvironment() unless set).
    void setLimits(const ImportLimits &limits) { m_limits = limits; }
    // How long one page may take before its worker is presumed hung (OCR pages take seconds).
    void setPageTimeoutMs(int milliseconds) { m_limits.pageTimeoutMs = milliseconds; }
    // Called after each page with the pages done and the total.
    void setProgress(std::function<void(int done, int total)> progress) { m_progress = std::move(progress); }
    // Called once the page count is known, with the time the whole import may take (opening plus
    // pages x the per-page limit), counted from the start: past it the import stops and is refused.
    void setBudgetKnown(std::function<void(qint64 budgetMs)> known) { m_budgetKnown = std::move(known); }
    // Checked between reads; setting it stops the import and rolls it back.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    Result run(const QString &path);
    // Runs detection again over a stored production, keeping every correction the user made:
    // their boxes, their codes, the boxes they deleted, the pages they marked withheld.
    Result redetect(qint64 documentId);
    // The same on any store: `catalog` reads the production (and its counts after), `bytes` is
    // its PDF as stored, `writer` takes the new reading.
    Result redetect(qint64 documentId, const DocumentReader &catalog, const QByteArray &bytes, RedetectionDestination &writer);

private:
    class Analysis; // one run of the workers into a sink (ProductionImport.cpp)

    Result reject(const QString &path, const QString &problem, Outcome outcome = Outcome::Rejected) const;
    // A read of the case file failed (StoreFailed, naming the case file).
    Result storeUnreadable(const StoreError &error) const;
    // AlreadyImported when the store holds a production with that SHA-256.
    std::optional<Result> alreadyStored(const QString &fileName, const QString &sha256) const;
    struct Refusal
    {
        QString problem;
        Outcome outcome;
    };
    // Why a PDF a worker opened is refused (its password, no pages, damage), or nullopt.
    static std::optional<Refusal> refusalOf(const WorkerMessage &opened);
    // Writes the pages no worker delivered, empty, with why; lists every page not analysed (in full).
    [[nodiscard]] static StoreError keepUndelivered(int pageCount, const std::set<int> &done, const std::map<int, QString> &skipped,
                                                    const std::map<int, QString> &notAnalysed, PageSink &sink, QStringList *listed);
    // Runs the workers over `source` (a path, or "-" with `bytes` on their stdin) into `sink`.
    Result analyse(const QString &name, const QString &source, const QByteArray &bytes, PageSink &sink);

    CaseStore *m_store = nullptr;                        // a case file's, for redetect()
    std::unique_ptr<ProductionDestination> m_ownWriter; // the case file's writer
    ProductionDestination &m_destination;
    QString m_password;
    int m_workers = 2;
    ImportLimits m_limits = ImportLimits::fromEnvironment();
    std::function<void(int, int)> m_progress;
    std::function<void(qint64)> m_budgetKnown;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace rebuttal
