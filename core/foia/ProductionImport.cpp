#include "ProductionImport.h"

#include "domain/PageProblem.h"
#include "pdf/AnalysisWorkers.h"
#include "pdf/WorkerProcess.h"
#include "pdf/PdfDocument.h"
#include "store/CaseStore.h"
#include "store/DocumentCatalog.h"
#include "store/ProductionWriter.h"
#include "store/RedetectionWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>

#include <map>
#include <set>

Q_LOGGING_CATEGORY(lcImport, "rebuttal.import")

namespace rebuttal {

namespace {

constexpr int kMaxPages = 200000;

QString seconds(qint64 milliseconds)
{
    return QLocale::c().toString(double(milliseconds) / 1000.0, 'f', milliseconds % 1000 ? 1 : 0);
}

QString sha256Of(QFile &file)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// Poppler repairs many truncated files silently; a PDF ends with %%EOF (after its last update).
bool endsLikePdf(QFile &file)
{
    const qint64 tail = std::min<qint64>(file.size(), 2048);
    file.seek(file.size() - tail);
    return file.read(tail).contains("%%EOF");
}

bool startsLikePdf(QFile &file)
{
    file.seek(0);
    return file.read(1024).contains("%PDF-");
}

// Where analysed pages go: a new document, or an existing one being detected again.
class ImportSink : public PageSink
{
public:
    ImportSink(ProductionDestination &destination, const QString &path, const QString &sha256)
        : m_destination(destination), m_path(path), m_sha256(sha256) {}
    [[nodiscard]] StoreError begin(int) override { return m_destination.begin(m_path, m_sha256); }
    [[nodiscard]] StoreError addPage(const ProductionPage &page) override { return m_destination.addPage(page); }
    [[nodiscard]] StoreError commit(int pageCount) override { return m_destination.commit(pageCount); }
    void rollback() override { m_destination.rollback(); }

private:
    ProductionDestination &m_destination;
    QString m_path, m_sha256;
};

class RedetectSink : public PageSink
{
public:
    explicit RedetectSink(RedetectionDestination &writer) : m_writer(writer) {}
    [[nodiscard]] StoreError begin(int pageCount) override { return m_writer.begin(pageCount); }
    [[nodiscard]] StoreError addPage(const ProductionPage &page) override { return m_writer.updatePage(page); }
    [[nodiscard]] StoreError commit(int) override { return m_writer.commit(); }
    void rollback() override { m_writer.rollback(); }

private:
    RedetectionDestination &m_writer;
};

} // namespace

ProductionImport::ProductionImport(CaseStore &store)
    : m_store(&store)
    , m_ownWriter(std::make_unique<ProductionWriter>(store))
    , m_destination(*m_ownWriter)
{
}

ProductionImport::ProductionImport(ProductionDestination &destination)
    : m_destination(destination)
{
}

ProductionImport::~ProductionImport() = default;

ProductionImport::Result ProductionImport::reject(const QString &path, const QString &problem, Outcome outcome) const
{
    Result result;
    result.outcome = outcome;
    result.message = tr("%1: %2").arg(QFileInfo(path).fileName(), problem);
    return result;
}

ProductionImport::Result ProductionImport::storeUnreadable(const StoreError &error) const
{
    // The store failed, not the production: name the case file (or the server matter) and its cause.
    Result result;
    result.outcome = Outcome::StoreFailed;
    result.message = tr("%1 could not be read: %2").arg(m_destination.storeName(), error.message);
    return result;
}

std::optional<ProductionImport::Result> ProductionImport::alreadyStored(const QString &fileName, const QString &sha256) const
{
    StoreError error;
    const std::optional<DocumentSummary> existing = m_destination.documentWithSha256(sha256, &error);
    if (error.isError())
        return storeUnreadable(error);
    if (!existing)
        return std::nullopt;
    Result result;
    result.outcome = Outcome::AlreadyImported;
    result.documentId = existing->id;
    result.pages = existing->pages;
    result.redactions = existing->redactions;
    result.withheldPages = existing->withheldPages;
    result.message = tr("%1: already in %2 as document %3 (same SHA-256); nothing imported")
                         .arg(fileName, m_destination.storeName())
                         .arg(existing->id);
    return result;
}

ProductionImport::Result ProductionImport::run(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return reject(path, tr("no such file"));
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return reject(path, tr("cannot be read (%1)").arg(file.errorString()));
    if (info.size() == 0)
        return reject(path, tr("the file is empty (0 bytes)"));
    // Before anything reads it: a file the store cannot hold is refused at once, by its size.
    if (const QString tooLarge = m_destination.sizeRefusal(info.size()); !tooLarge.isEmpty())
        return reject(path, tooLarge);
    if (!startsLikePdf(file))
        return reject(path, tr("not a PDF file (no %PDF header)"));
    if (!endsLikePdf(file))
        return reject(path, tr("the PDF is truncated (it stops before its %%EOF end marker)"));
    file.seek(0);
    const QString sha256 = sha256Of(file);
    file.close();

    if (std::optional<Result> stored = alreadyStored(info.fileName(), sha256))
        return *stored;

    ImportSink sink(m_destination, info.absoluteFilePath(), sha256);
    Result result = analyse(info.fileName(), info.absoluteFilePath(), {}, sink);
    if (result.outcome == Outcome::StoreFailed) {
        // Another import of the same file committed first (a colleague's, on a server matter): the
        // store refused this one's copy, and the production is there once.
        if (std::optional<Result> stored = alreadyStored(info.fileName(), sha256);
            stored && stored->outcome == Outcome::AlreadyImported)
            return *stored;
    }
    if (result.outcome != Outcome::Imported)
        return result;
    result.documentId = m_destination.documentId();
    result.redactions = m_destination.redactionCount();
    result.withheldPages = m_destination.withheldCount();
    result.message = tr("%1: imported as document %2 (%3 pages)").arg(info.fileName()).arg(result.documentId).arg(result.pages);
    return result;
}

ProductionImport::Result ProductionImport::redetect(qint64 documentId)
{
    if (!m_store) {
        Result result;
        result.outcome = Outcome::StoreFailed;
        result.message = tr("detection cannot run again on a matter on a server yet");
        return result;
    }
    DocumentCatalog catalog(*m_store);
    StoreError error;
    // The stored bytes go to the workers through a pipe: no copy of the production on disk.
    const QByteArray bytes = catalog.fileBytes(documentId, &error);
    if (error.isError())
        return storeUnreadable(error);
    RedetectionWriter writer(*m_store, documentId);
    return redetect(documentId, catalog, bytes, writer);
}

ProductionImport::Result ProductionImport::redetect(qint64 documentId, const DocumentReader &catalog, const QByteArray &bytes,
                                                    RedetectionDestination &writer)
{
    StoreError error;
    const std::optional<DocumentSummary> summary = catalog.document(documentId, &error);
    if (error.isError())
        return storeUnreadable(error);
    if (!summary) {
        Result result;
        result.message = tr("there is no document %1 in this case file").arg(documentId);
        return result;
    }
    RedetectSink sink(writer);
    Result result = analyse(summary->fileName, QStringLiteral("-"), bytes, sink);
    if (result.outcome != Outcome::Imported)
        return result;
    result.documentId = documentId;
    if (const auto updated = catalog.document(documentId, &error)) {
        result.redactions = updated->redactions;
        result.withheldPages = updated->withheldPages;
    }
    result.message = tr("%1: detection run again; your corrections were kept").arg(summary->fileName);
    // The new reading is saved by now: a failed read of its counts is said, not made a failure.
    if (error.isError())
        result.message += QLatin1Char(' ') + tr("(its new counts could not be read back from %1: %2)").arg(m_destination.storeName(), error.message);
    return result;
}

std::optional<ProductionImport::Refusal> ProductionImport::refusalOf(const WorkerMessage &opened)
{
    const auto problem = PdfDocument::Problem(opened.problem);
    if (problem == PdfDocument::Problem::NeedsPassword)
        return Refusal{tr("the PDF is password-protected; give its password"), Outcome::NeedsPassword};
    if (problem == PdfDocument::Problem::WrongPassword)
        return Refusal{tr("the password is not right for this PDF"), Outcome::NeedsPassword};
    if (problem == PdfDocument::Problem::NoPages)
        return Refusal{tr("the PDF has no pages"), Outcome::Rejected};
    if (problem != PdfDocument::Problem::None)
        return Refusal{tr("the PDF is damaged and cannot be read"), Outcome::Rejected};
    if (opened.pageCount > kMaxPages)
        return Refusal{tr("the PDF claims %1 pages, more than any production; it is damaged").arg(opened.pageCount), Outcome::Rejected};
    return std::nullopt;
}

StoreError ProductionImport::keepUndelivered(int pageCount, const std::set<int> &done, const std::map<int, QString> &skipped,
                                             const std::map<int, QString> &notAnalysed, PageSink &sink, QStringList *listed)
{
    // Pages the readers never delivered are kept, empty, with the reason: the page numbering of the
    // production must stay whole for Bates arithmetic and Vaughn audits.
    for (int index = 0; index < pageCount; ++index) {
        if (const auto problem = notAnalysed.find(index); problem != notAnalysed.end())
            *listed << tr("page %1: %2").arg(index + 1).arg(PageProblem::text(problem->second));
        if (done.count(index))
            continue;
        ProductionPage placeholder;
        placeholder.number = index + 1;
        const auto why = skipped.find(index);
        placeholder.problem = why != skipped.end() ? why->second : PageProblem::stored(PageProblem::Kind::NotDelivered);
        *listed << tr("page %1: %2").arg(index + 1).arg(PageProblem::text(placeholder.problem));
        if (const StoreError error = sink.addPage(placeholder); error.isError())
            return error;
    }
    return {};
}

// One run of the analysis workers into a sink: the pages delivered and lost, the time budget, and
// what the user is told when the run stops.
class ProductionImport::Analysis
{
public:
    Analysis(ProductionImport &import, const QString &name, PageSink &sink);
    Result run(const QString &source, const QByteArray &bytes);

private:
    AnalysisWorkers::Reply take(WorkerMessage &message);
    AnalysisWorkers::Reply opened(const WorkerMessage &message);
    AnalysisWorkers::Reply delivered(WorkerMessage &message);
    void lost(const AnalysisWorkers::LostPage &lost);
    // Cancelled, or over the time budget: the reason to stop before reading more.
    std::optional<Result> interruption();
    Result failureOf(AnalysisWorkers::Failure failure);
    Result completed();
    Result fail(const QString &problem, Outcome outcome);
    // The case file failed, not the PDF: the message names the case file and its cause.
    Result failToStore(const StoreError &error);

    ProductionImport &m_import;
    const ImportLimits &m_limits;
    QString m_name;
    PageSink &m_sink;
    AnalysisWorkers m_workers;
    QElapsedTimer m_clock;
    qint64 m_budgetMs = 0; // known with the page count
    int m_pageCount = -1;
    std::set<int> m_done;
    std::map<int, QString> m_skipped;
    std::map<int, QString> m_notAnalysed; // pages the workers delivered with a problem
    std::optional<Result> m_stopped;      // why a message stopped the run
};

ProductionImport::Analysis::Analysis(ProductionImport &import, const QString &name, PageSink &sink)
    : m_import(import)
    , m_limits(import.m_limits)
    , m_name(name)
    , m_sink(sink)
    , m_workers(import.m_workers, {import.m_limits.pageTimeoutMs, import.m_limits.openTimeoutMs, import.m_limits.maxRestarts, import.m_limits.pageMostMs})
{
}

ProductionImport::Result ProductionImport::Analysis::run(const QString &source, const QByteArray &bytes)
{
    m_workers.start(source, bytes, m_import.m_password.toUtf8());
    m_clock.start();
    const auto onMessage = [this](WorkerMessage &message) { return take(message); };
    const auto onLoss = [this](const AnalysisWorkers::LostPage &page) { lost(page); };
    while (m_workers.isWorking()) {
        if (std::optional<Result> stop = interruption())
            return *stop;
        if (const AnalysisWorkers::Failure failure = m_workers.poll(onMessage, onLoss); failure != AnalysisWorkers::Failure::None)
            return failureOf(failure);
    }
    m_workers.finishAll(5000);
    return completed();
}

std::optional<ProductionImport::Result> ProductionImport::Analysis::interruption()
{
    if (m_import.m_cancel && m_import.m_cancel->load())
        return fail(tr("import cancelled"), Outcome::Cancelled);
    if (m_budgetMs > 0 && m_clock.elapsed() > m_budgetMs) {
        return fail(tr("not imported: the import took longer than its time limit of %1 s (%2 pages at %3 s each); "
                       "the case file is unchanged")
                        .arg(seconds(m_budgetMs), QString::number(m_pageCount), seconds(m_limits.pageTimeoutMs)),
                    Outcome::Rejected);
    }
    return std::nullopt;
}

AnalysisWorkers::Reply ProductionImport::Analysis::take(WorkerMessage &message)
{
    if (message.kind == WorkerMessage::Kind::Opened)
        return opened(message);
    if (message.kind == WorkerMessage::Kind::Page)
        return delivered(message);
    return AnalysisWorkers::Reply::Continue;
}

AnalysisWorkers::Reply ProductionImport::Analysis::opened(const WorkerMessage &message)
{
    if (const std::optional<Refusal> refusal = refusalOf(message)) {
        m_stopped = fail(refusal->problem, refusal->outcome);
        return AnalysisWorkers::Reply::Stop;
    }
    if (m_pageCount >= 0)
        return AnalysisWorkers::Reply::Continue;
    m_pageCount = message.pageCount;
    if (const StoreError error = m_sink.begin(m_pageCount); error.isError()) {
        m_stopped = failToStore(error);
        return AnalysisWorkers::Reply::Stop;
    }
    m_budgetMs = m_limits.budgetMs(m_pageCount);
    if (m_import.m_budgetKnown)
        m_import.m_budgetKnown(m_budgetMs);
    return AnalysisWorkers::Reply::Continue;
}

AnalysisWorkers::Reply ProductionImport::Analysis::delivered(WorkerMessage &message)
{
    if (message.pageIndex < 0 || message.pageIndex >= m_pageCount || m_done.count(message.pageIndex))
        return AnalysisWorkers::Reply::Continue;
    message.page.number = message.pageIndex + 1;
    if (!message.page.problem.isEmpty()) // e.g. over the worker's memory limit
        m_notAnalysed[message.pageIndex] = message.page.problem;
    if (const StoreError error = m_sink.addPage(message.page); error.isError()) {
        m_stopped = failToStore(error);
        return AnalysisWorkers::Reply::Stop;
    }
    m_done.insert(message.pageIndex);
    if (m_import.m_progress)
        m_import.m_progress(int(m_done.size() + m_skipped.size()), m_pageCount);
    return AnalysisWorkers::Reply::Delivered;
}

// A worker died, hung or garbled its answer on a page: the page is kept as skipped, with why.
void ProductionImport::Analysis::lost(const AnalysisWorkers::LostPage &lost)
{
    switch (lost.why) {
    case AnalysisWorkers::Loss::Garbled:
        m_skipped[lost.page] = PageProblem::stored(PageProblem::Kind::ReaderGarbage);
        break;
    case AnalysisWorkers::Loss::TimedOut:
        qCWarning(lcImport) << "worker" << "hung" << "on page" << lost.announced + 1;
        m_skipped[lost.page] = PageProblem::stored(PageProblem::Kind::ReaderTimedOut, seconds(m_limits.pageTimeoutMs));
        break;
    case AnalysisWorkers::Loss::Crashed:
        qCWarning(lcImport) << "worker" << "crashed" << "on page" << lost.announced + 1;
        m_skipped[lost.page] = PageProblem::stored(PageProblem::Kind::ReaderCrashed);
        break;
    }
}

ProductionImport::Result ProductionImport::Analysis::failureOf(AnalysisWorkers::Failure failure)
{
    switch (failure) {
    case AnalysisWorkers::Failure::Stopped:
        if (m_stopped)
            return *m_stopped;
        break;
    case AnalysisWorkers::Failure::OpenCrashed:
        return fail(tr("the PDF reader could not open the file (it stopped unexpectedly)"), Outcome::Rejected);
    case AnalysisWorkers::Failure::OpenTimedOut:
        return fail(tr("the PDF reader could not open the file within its time limit of %1 s").arg(seconds(m_limits.openTimeoutMs)),
                    Outcome::Rejected);
    case AnalysisWorkers::Failure::TooManyRestarts:
    case AnalysisWorkers::Failure::None:
        break;
    }
    return fail(tr("the PDF reader failed on too many pages"), Outcome::Rejected);
}

ProductionImport::Result ProductionImport::Analysis::completed()
{
    if (m_pageCount < 0)
        return fail(tr("the PDF reader gave no answer"), Outcome::Rejected);
    if (m_done.empty())
        return fail(tr("no page of the PDF could be read"), Outcome::Rejected);
    Result result;
    if (const StoreError error = keepUndelivered(m_pageCount, m_done, m_skipped, m_notAnalysed, m_sink, &result.skippedPages);
        error.isError())
        return failToStore(error);
    if (const StoreError error = m_sink.commit(m_pageCount); error.isError())
        return failToStore(error);
    result.outcome = Outcome::Imported;
    result.pages = m_pageCount;
    return result;
}

ProductionImport::Result ProductionImport::Analysis::fail(const QString &problem, Outcome outcome)
{
    m_workers.stopAll();
    m_sink.rollback();
    return m_import.reject(m_name, problem, outcome);
}

ProductionImport::Result ProductionImport::Analysis::failToStore(const StoreError &error)
{
    Result result = fail(error.message, Outcome::StoreFailed);
    result.message = tr("%1: %2 could not be stored: %3")
                         .arg(m_import.m_destination.storeName(), QFileInfo(m_name).fileName(), error.message);
    return result;
}

ProductionImport::Result ProductionImport::analyse(const QString &name, const QString &source, const QByteArray &bytes, PageSink &sink)
{
    if (!WorkerProcess::isInstalled())
        return reject(name, tr("the PDF reader (%1) is missing from this installation").arg(WorkerProcess::program()),
                      Outcome::StoreFailed);
    return Analysis(*this, name, sink).run(source, bytes);
}

} // namespace rebuttal
