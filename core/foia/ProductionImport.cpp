#include "ProductionImport.h"

#include "domain/PageProblem.h"
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

// One worker process and what it is doing.
struct Worker
{
    WorkerProcess process; // its silence is the time since it announced its page (or was started)
    int first = 0;        // the slice: pages first, first + step, ...
    int current = -1;     // the page it announced last
    bool opened = false;
    bool finished = false;
};

QString megabytes(qint64 bytes)
{
    return QLocale::c().toString(double(bytes) / 1e6, 'f', bytes < 10'000'000 ? 1 : 0);
}

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
    ImportSink(CaseStore &store, const QString &path, const QString &sha256)
        : writer(store), m_path(path), m_sha256(sha256) {}
    [[nodiscard]] StoreError begin(int) override { return writer.begin(m_path, m_sha256); }
    [[nodiscard]] StoreError addPage(const ProductionPage &page) override { return writer.addPage(page); }
    [[nodiscard]] StoreError commit(int pageCount) override { return writer.commit(pageCount); }
    void rollback() override { writer.rollback(); }
    ProductionWriter writer;

private:
    QString m_path, m_sha256;
};

class RedetectSink : public PageSink
{
public:
    explicit RedetectSink(RedetectionWriter &writer) : m_writer(writer) {}
    [[nodiscard]] StoreError begin(int pageCount) override { return m_writer.begin(pageCount); }
    [[nodiscard]] StoreError addPage(const ProductionPage &page) override { return m_writer.updatePage(page); }
    [[nodiscard]] StoreError commit(int) override { return m_writer.commit(); }
    void rollback() override { m_writer.rollback(); }

private:
    RedetectionWriter &m_writer;
};

} // namespace

ProductionImport::ProductionImport(CaseStore &store)
    : m_store(store)
{
}

ProductionImport::Result ProductionImport::reject(const QString &path, const QString &problem, Outcome outcome) const
{
    Result result;
    result.outcome = outcome;
    result.message = tr("%1: %2").arg(QFileInfo(path).fileName(), problem);
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
    // Before anything reads it: a file the case file cannot hold is refused at once, by its size.
    if (const qint64 limit = ProductionWriter::maxFileBytes(m_store); limit > 0 && info.size() > limit) {
        return reject(path, tr("the file is %1 MB; a case file holds files of at most %2 MB (SQLite's length limit)")
                                .arg(megabytes(info.size()), megabytes(limit)));
    }
    if (!startsLikePdf(file))
        return reject(path, tr("not a PDF file (no %PDF header)"));
    if (!endsLikePdf(file))
        return reject(path, tr("the PDF is truncated (it stops before its %%EOF end marker)"));
    file.seek(0);
    const QString sha256 = sha256Of(file);
    file.close();

    DocumentCatalog catalog(m_store);
    if (const std::optional<qint64> existing = catalog.documentWithSha256(sha256)) {
        Result result;
        result.outcome = Outcome::AlreadyImported;
        result.documentId = *existing;
        if (const auto summary = catalog.document(*existing)) {
            result.pages = summary->pages;
            result.redactions = summary->redactions;
            result.withheldPages = summary->withheldPages;
        }
        result.message = tr("%1: already in this case file as document %2 (same SHA-256); nothing imported")
                             .arg(info.fileName())
                             .arg(*existing);
        return result;
    }

    ImportSink sink(m_store, info.absoluteFilePath(), sha256);
    Result result = analyse(info.fileName(), info.absoluteFilePath(), {}, sink);
    if (result.outcome != Outcome::Imported)
        return result;
    result.documentId = sink.writer.documentId();
    result.redactions = sink.writer.redactionCount();
    result.withheldPages = sink.writer.withheldCount();
    result.message = tr("%1: imported as document %2 (%3 pages)").arg(info.fileName()).arg(result.documentId).arg(result.pages);
    return result;
}

ProductionImport::Result ProductionImport::redetect(qint64 documentId)
{
    DocumentCatalog catalog(m_store);
    const std::optional<DocumentSummary> summary = catalog.document(documentId);
    if (!summary) {
        Result result;
        result.message = tr("there is no document %1 in this case file").arg(documentId);
        return result;
    }
    // The stored bytes go to the workers through a pipe: no copy of the production on disk.
    RedetectionWriter writer(m_store, documentId);
    RedetectSink sink(writer);
    StoreError error;
    const QByteArray bytes = catalog.fileBytes(documentId, &error);
    if (error.isError()) {
        Result result = reject(summary->fileName, error.message, Outcome::StoreFailed);
        result.message = tr("%1 could not be read: %2").arg(QFileInfo(m_store.filePath()).fileName(), error.message);
        return result;
    }
    Result result = analyse(summary->fileName, QStringLiteral("-"), bytes, sink);
    if (result.outcome != Outcome::Imported)
        return result;
    result.documentId = documentId;
    if (const auto updated = catalog.document(documentId)) {
        result.redactions = updated->redactions;
        result.withheldPages = updated->withheldPages;
    }
    result.message = tr("%1: detection run again; your corrections were kept").arg(summary->fileName);
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

ProductionImport::Result ProductionImport::analyse(const QString &name, const QString &source, const QByteArray &bytes, PageSink &sink)
{
    if (!WorkerProcess::isInstalled())
        return reject(name, tr("the PDF reader (%1) is missing from this installation").arg(WorkerProcess::program()),
                      Outcome::StoreFailed);

    std::vector<Worker> workers(static_cast<size_t>(m_workers));
    auto start = [&](Worker &worker, int firstPage) {
        worker.first = firstPage;
        worker.current = -1;
        worker.opened = false;
        worker.finished = false;
        worker.process.start({source, QString::number(firstPage), QString::number(m_workers)}, {m_password.toUtf8() + '\n', bytes},
                             WorkerProcess::Input::Close);
    };
    for (int k = 0; k < m_workers; ++k)
        start(workers[size_t(k)], k);

    QElapsedTimer clock;
    clock.start();
    qint64 budgetMs = 0; // known with the page count
    int pageCount = -1;
    std::set<int> done;
    std::map<int, QString> skipped;
    std::map<int, QString> notAnalysed; // pages the workers delivered with a problem
    int restarts = 0;
    auto stopAll = [&] {
        for (Worker &worker : workers)
            worker.process.stop();
    };
    auto fail = [&](const QString &problem, Outcome outcome) {
        stopAll();
        sink.rollback();
        return reject(name, problem, outcome);
    };
    // The case file failed, not the PDF: the message names the case file and its cause.
    auto failToStore = [&](const StoreError &error) {
        Result result = fail(error.message, Outcome::StoreFailed);
        result.message = tr("%1: %2 could not be stored: %3")
                             .arg(QFileInfo(m_store.filePath()).fileName(), QFileInfo(name).fileName(), error.message);
        return result;
    };
    // A worker died or hung on `page`: keep the page as skipped and carry on after it.
    auto skipAndRestart = [&](Worker &worker, const QString &why) -> bool {
        const int page = worker.current >= 0 ? worker.current : worker.first;
        skipped[page] = why;
        if (++restarts > m_limits.maxRestarts)
            return false;
        const int next = page + m_workers;
        if (pageCount >= 0 && next >= pageCount) {
            worker.finished = true;
            return true;
        }
        start(worker, next);
        return true;
    };

    while (std::any_of(workers.begin(), workers.end(), [](const Worker &w) { return !w.finished; })) {
        if (m_cancel && m_cancel->load())
            return fail(tr("import cancelled"), Outcome::Cancelled);
        if (budgetMs > 0 && clock.elapsed() > budgetMs) {
            return fail(tr("not imported: the import took longer than its time limit of %1 s (%2 pages at %3 s each); "
                           "the case file is unchanged")
                            .arg(seconds(budgetMs), QString::number(pageCount), seconds(m_limits.pageTimeoutMs)),
                        Outcome::Rejected);
        }
        for (Worker &worker : workers) {
            if (worker.finished)
                continue;
            worker.process.receive(20);
            while (std::optional<WorkerMessage> message = worker.process.takeMessage()) {
                switch (message->kind) {
                case WorkerMessage::Kind::Opened: {
                    if (const std::optional<Refusal> refusal = refusalOf(*message))
                        return fail(refusal->problem, refusal->outcome);
                    if (pageCount < 0) {
                        pageCount = message->pageCount;
                        if (const StoreError error = sink.begin(pageCount); error.isError())
                            return failToStore(error);
                        budgetMs = m_limits.budgetMs(pageCount);
                        if (m_budgetKnown)
                            m_budgetKnown(budgetMs);
                    }
                    worker.opened = true;
                    break;
                }
                case WorkerMessage::Kind::Starting:
                    worker.current = message->pageIndex;
                    break;
                case WorkerMessage::Kind::Page:
                    if (message->pageIndex < 0 || message->pageIndex >= pageCount || done.count(message->pageIndex))
                        break;
                    message->page.number = message->pageIndex + 1;
                    if (!message->page.problem.isEmpty()) // e.g. over the worker's memory limit
                        notAnalysed[message->pageIndex] = message->page.problem;
                    if (const StoreError error = sink.addPage(message->page); error.isError())
                        return failToStore(error);
                    done.insert(message->pageIndex);
                    worker.current = -1;
                    if (m_progress)
                        m_progress(int(done.size() + skipped.size()), pageCount);
                    break;
                case WorkerMessage::Kind::Finished:
                    if (message->problem == -1) {
                        if (!skipAndRestart(worker, PageProblem::stored(PageProblem::Kind::ReaderGarbage)))
                            return fail(tr("the PDF reader failed on too many pages"), Outcome::Rejected);
                    } else {
                        worker.finished = true;
                    }
                    break;
                case WorkerMessage::Kind::Rendered:
                case WorkerMessage::Kind::Found:
                    break; // serve-mode answers; an import worker never sends them
                }
                if (worker.finished)
                    break;
            }
            if (worker.finished)
                continue;
            const bool died = worker.process.hasEnded();
            const bool hung = worker.current >= 0 && worker.process.silentMs() > m_limits.pageTimeoutMs;
            if (died && !worker.opened)
                return fail(tr("the PDF reader could not open the file (it stopped unexpectedly)"), Outcome::Rejected);
            if (!worker.opened && worker.process.silentMs() > m_limits.openTimeoutMs)
                return fail(tr("the PDF reader could not open the file within its time limit of %1 s").arg(seconds(m_limits.openTimeoutMs)),
                            Outcome::Rejected);
            if (died || hung) {
                if (hung)
                    worker.process.stop();
                qCWarning(lcImport) << "worker" << (hung ? "hung" : "crashed") << "on page" << worker.current + 1;
                const QString why = hung ? PageProblem::stored(PageProblem::Kind::ReaderTimedOut, seconds(m_limits.pageTimeoutMs))
                                      : PageProblem::stored(PageProblem::Kind::ReaderCrashed);
                if (!skipAndRestart(worker, why))
                    return fail(tr("the PDF reader failed on too many pages"), Outcome::Rejected);
            }
        }
    }
    for (Worker &worker : workers)
        worker.process.finish(5000);
    if (pageCount < 0)
        return fail(tr("the PDF reader gave no answer"), Outcome::Rejected);
    if (done.empty())
        return fail(tr("no page of the PDF could be read"), Outcome::Rejected);
    Result result;
    if (const StoreError error = keepUndelivered(pageCount, done, skipped, notAnalysed, sink, &result.skippedPages); error.isError())
        return failToStore(error);
    if (const StoreError error = sink.commit(pageCount); error.isError())
        return failToStore(error);
    result.outcome = Outcome::Imported;
    result.pages = pageCount;
    return result;
}

} // namespace rebuttal
