#include "CaseFileJobs.h"

#include "cases/CaseRecordsReader.h"
#include "store/CaseStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

namespace rebuttal {

namespace {

// Opens the production import's own connection and lets `run` use it.
std::unique_ptr<TypedJob<ProductionImport::Result>>
productionJob(const QString &storePath, std::function<ProductionImport::Result(ProductionImport &)> run)
{
    return std::make_unique<TypedJob<ProductionImport::Result>>([storePath, run](Job &job) {
        StoreError error;
        std::unique_ptr<CaseStore> store = CaseStore::open(storePath, &error);
        if (!store) {
            ProductionImport::Result result;
            result.outcome = ProductionImport::Outcome::StoreFailed;
            result.message = error.message;
            return result;
        }
        ProductionImport import(*store);
        import.setWorkerCount(std::max(1, QThread::idealThreadCount()));
        import.setCancelFlag(job.cancelFlag());
        import.setProgress([&job](int done, int total) { job.reportProgress(done, total); });
        import.setBudgetKnown([&job](qint64 budgetMs) { job.reportTimeLimit(budgetMs); });
        return run(import);
    });
}

} // namespace

namespace CaseFileJobs {

std::unique_ptr<TypedJob<ProductionImport::Result>> importProduction(const QString &storePath, const QString &pdfPath,
                                                                     const QString &password)
{
    return productionJob(storePath, [pdfPath, password](ProductionImport &import) {
        import.setPassword(password);
        return import.run(pdfPath);
    });
}

std::unique_ptr<TypedJob<ProductionImport::Result>> redetectProduction(const QString &storePath, qint64 documentId)
{
    return productionJob(storePath, [documentId](ProductionImport &import) { return import.redetect(documentId); });
}

std::unique_ptr<TypedJob<VaughnImport::Result>> importVaughnIndex(const QString &storePath, const QString &path)
{
    return std::make_unique<TypedJob<VaughnImport::Result>>([storePath, path](Job &job) {
        StoreError error;
        std::unique_ptr<CaseStore> store = CaseStore::open(storePath, &error);
        if (!store) {
            VaughnImport::Result result;
            result.outcome = VaughnImport::Outcome::StoreFailed;
            result.message = error.message;
            return result;
        }
        VaughnImport import(*store);
        import.setCancelFlag(job.cancelFlag());
        import.setProgress([&job](int done, int total) { job.reportProgress(done, total); });
        return import.run(path);
    });
}

std::unique_ptr<TypedJob<CaseRecordsImportResult>> importCaseRecords(const QString &storePath, const QString &recordsPath)
{
    using Outcome = CaseRecordsImportResult::Outcome;
    return std::make_unique<TypedJob<CaseRecordsImportResult>>([storePath, recordsPath](Job &job) {
        CaseRecordsImportResult result;
        // The whole file is checked before anything is written; a rejected file changes nothing.
        CaseRecordsReader reader;
        const std::optional<CaseRecords> records = reader.readFile(recordsPath);
        if (!records) {
            result.outcome = Outcome::Rejected;
            result.message = reader.errorString();
            return result;
        }
        if (job.isCancelled()) {
            result.outcome = Outcome::Cancelled;
            return result;
        }
        StoreError error;
        std::unique_ptr<CaseStore> store = CaseStore::open(storePath, &error);
        if (!store) {
            result.outcome = Outcome::StoreFailed;
            result.message = error.message;
            return result;
        }
        bool cancelled = false;
        const StoreError written = ClientRecords(*store).importRecords(
            *records, reader.sourceDescription(), &result.counts,
            [&job](int done, int total) {
                job.reportProgress(done, total);
                return !job.isCancelled();
            },
            &cancelled);
        result.warnings = reader.warnings();
        if (cancelled) {
            result.outcome = Outcome::Cancelled;
        } else if (written.isError()) {
            // The file was checked whole: what failed is the case file, and the message says so.
            result.outcome = Outcome::StoreFailed;
            result.message = QCoreApplication::translate("rebuttal::CaseImportJob", "%1: the case records were not imported: %2")
                                 .arg(QFileInfo(storePath).fileName(), written.message);
        } else {
            result.outcome = Outcome::Imported;
        }
        return result;
    });
}

std::unique_ptr<TypedJob<VerifyResult>> verify(const QString &storePath)
{
    return std::make_unique<TypedJob<VerifyResult>>([storePath](Job &job) {
        CaseVerifier verifier(storePath);
        verifier.setCancelFlag(job.cancelFlag());
        verifier.setProgress([&job](int done, int total) { job.reportProgress(done, total); });
        VerifyResult result;
        result.report = verifier.run();
        if (!result.report.problems.isEmpty())
            result.outcome = VerifyResult::Outcome::Damaged;
        else
            result.outcome = result.report.finished ? VerifyResult::Outcome::Sound : VerifyResult::Outcome::Cancelled;
        return result;
    });
}

std::unique_ptr<TypedJob<CopyReport>> saveCopy(const QString &storePath, const QString &targetPath)
{
    return std::make_unique<TypedJob<CopyReport>>([storePath, targetPath](Job &job) {
        StoreCopier copier(StoreAddress{storePath, std::nullopt}, StoreAddress{targetPath, std::nullopt});
        copier.setReplaceExistingFile(true);
        copier.setCancelFlag(job.cancelFlag());
        copier.setProgress([&job](qint64 done, qint64 total) {
            // The progress bar counts in int: a store of more rows is shown in thousands.
            const qint64 scale = total > std::numeric_limits<int>::max() ? 1000 : 1;
            job.reportProgress(int(done / scale), int(total / scale));
        });
        return copier.run();
    });
}

} // namespace CaseFileJobs

} // namespace rebuttal
