#include "CaseFileJobs.h"

#include "agreements/AgreementsReader.h"
#include "cases/CaseRecordsReader.h"
#include "store/AgreementStore.h"
#include "store/ClientRecordStore.h"
#include "store/DocumentReader.h"
#include "store/OpenStore.h"
#include "store/ProductionDestination.h"
#include "store/RedetectionDestination.h"
#include "store/ServerLocation.h"
#include "store/VaughnIndexStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

namespace rebuttal {

namespace {

// A write the server refused: when the login only reads the matter, said in plain words, with
// the server's own message after it.
QString plainRefusal(OpenStore &store, const QString &message)
{
    const ServerLocation *server = store.serverLocation();
    StoreError error;
    if (!server || store.mayChange(&error) || error.isError())
        return message;
    return QCoreApplication::translate("rebuttal::CaseFileJobs",
                                       "You may read the matter %1 but not change it: your login is one of its readers, and "
                                       "the server refused the import. Nothing was imported. Ask the matter's owner to make "
                                       "you an editor (rebuttal-cli grant editor LOGIN).\n\nThe server said: %2")
        .arg(server->matter, message);
}

// Closes a job's own connection with its last word to the matter's listeners and tells the job
// whether it was said: the window's change feed leaves the job's server process out until it
// hears it (JobRunner::heardSessionEnd).
struct EndSession
{
    Job *job = nullptr;
    void operator()(OpenStore *store) const
    {
        job->reportSessionEnd(store->announceSessionEnd());
        delete store;
    }
};
using JobStore = std::unique_ptr<OpenStore, EndSession>;

// The job's own connection to the store, its server process told to the window (whose change
// feed leaves out what the job commits); when it cannot be opened, `result` says why (StoreFailed).
template <class Result>
JobStore openFor(const StoreAddress &address, Job &job, Result &result)
{
    StoreError error;
    JobStore store(OpenStore::open(address, &error).release(), EndSession{&job});
    if (!store) {
        result.outcome = decltype(result.outcome)::StoreFailed;
        result.message = error.message;
        return store;
    }
    job.reportServerBackend(store->serverBackendPid());
    return store;
}

// How messages name the store: the case file's name, or the matter as host/db/matter.
QString storeName(const StoreAddress &address)
{
    return address.isServer() ? address.server->title() : QFileInfo(address.filePath).fileName();
}

// Opens the production import's own connection and lets `run` use it (with the store and a
// writer into it).
std::unique_ptr<TypedJob<ProductionImport::Result>>
productionJob(const StoreAddress &address,
              std::function<ProductionImport::Result(ProductionImport &, OpenStore &)> run)
{
    return std::make_unique<TypedJob<ProductionImport::Result>>([address, run](Job &job) {
        ProductionImport::Result failed;
        const JobStore store = openFor(address, job, failed);
        if (!store)
            return failed;
        const std::unique_ptr<ProductionDestination> destination = store->productionDestination();
        ProductionImport import(*destination);
        import.setWorkerCount(std::max(1, QThread::idealThreadCount()));
        import.setCancelFlag(job.cancelFlag());
        import.setProgress([&job](int done, int total) { job.reportProgress(done, total); });
        import.setBudgetKnown([&job](qint64 budgetMs) { job.reportTimeLimit(budgetMs); });
        ProductionImport::Result result = run(import, *store);
        if (result.outcome == ProductionImport::Outcome::StoreFailed)
            result.message = plainRefusal(*store, result.message);
        return result;
    });
}

} // namespace

namespace CaseFileJobs {

std::unique_ptr<TypedJob<ProductionImport::Result>> importProduction(const StoreAddress &store, const QString &pdfPath,
                                                                     const QString &password)
{
    return productionJob(store, [pdfPath, password](ProductionImport &import, OpenStore &) {
        import.setPassword(password);
        return import.run(pdfPath);
    });
}

std::unique_ptr<TypedJob<ProductionImport::Result>> redetectProduction(const StoreAddress &store, qint64 documentId)
{
    return productionJob(store, [documentId](ProductionImport &import, OpenStore &opened) {
        // The stored bytes go to the workers through a pipe: no copy of the production on disk.
        StoreError error;
        const QByteArray bytes = opened.documents().fileBytes(documentId, &error);
        if (error.isError()) {
            ProductionImport::Result result;
            result.outcome = ProductionImport::Outcome::StoreFailed;
            result.message = error.message;
            return result;
        }
        const std::unique_ptr<RedetectionDestination> writer = opened.redetectionDestination(documentId);
        return import.redetect(documentId, opened.documents(), bytes, *writer);
    });
}

std::unique_ptr<TypedJob<VaughnImport::Result>> importVaughnIndex(const StoreAddress &store, const QString &path)
{
    return std::make_unique<TypedJob<VaughnImport::Result>>([store, path](Job &job) {
        VaughnImport::Result failed;
        const JobStore opened = openFor(store, job, failed);
        if (!opened)
            return failed;
        VaughnImport import(opened->vaughnIndexes());
        import.setCancelFlag(job.cancelFlag());
        import.setProgress([&job](int done, int total) { job.reportProgress(done, total); });
        VaughnImport::Result result = import.run(path);
        if (result.outcome == VaughnImport::Outcome::StoreFailed)
            result.message = plainRefusal(*opened, result.message);
        return result;
    });
}

std::unique_ptr<TypedJob<CaseRecordsImportResult>> importCaseRecords(const StoreAddress &store, const QString &recordsPath)
{
    using Outcome = CaseRecordsImportResult::Outcome;
    return std::make_unique<TypedJob<CaseRecordsImportResult>>([store, recordsPath](Job &job) {
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
        const JobStore opened = openFor(store, job, result);
        if (!opened)
            return result;
        bool cancelled = false;
        const StoreError written = opened->clients().importRecords(
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
            // The file was checked whole: what failed is the store, and the message says so.
            result.outcome = Outcome::StoreFailed;
            result.message = plainRefusal(*opened, QCoreApplication::translate("rebuttal::CaseImportJob",
                                                                               "%1: the case records were not imported: %2")
                                                       .arg(storeName(store), written.message));
        } else {
            result.outcome = Outcome::Imported;
        }
        return result;
    });
}

std::unique_ptr<TypedJob<AgreementsImportResult>> importAgreements(const StoreAddress &store, const QString &path)
{
    using Outcome = AgreementsImportResult::Outcome;
    return std::make_unique<TypedJob<AgreementsImportResult>>([store, path](Job &job) {
        AgreementsImportResult result;
        const JobStore opened = openFor(store, job, result);
        if (!opened)
            return result;
        AgreementStore &registry = opened->agreements();
        StoreError error;
        const QList<Agreement> stored = registry.agreements(&error);
        if (error.isError()) {
            result.outcome = Outcome::StoreFailed;
            result.message = error.message;
            return result;
        }
        // Checked whole, against the registry it joins, before anything is written.
        AgreementsReader reader;
        const std::optional<QList<Agreement>> agreements = reader.readFile(path, stored);
        if (!agreements) {
            result.message = reader.errorString();
            return result;
        }
        // A registry is small and written in one statement set: Cancel counts until the write begins.
        if (job.isCancelled()) {
            result.outcome = Outcome::Cancelled;
            return result;
        }
        error = registry.importAgreements(*agreements, QFileInfo(path).fileName());
        if (error.isError()) {
            result.outcome = Outcome::StoreFailed;
            result.message = plainRefusal(*opened, QCoreApplication::translate("rebuttal::CaseFileJobs", "%1: the agreements were not imported: %2")
                                                       .arg(QFileInfo(path).fileName(), error.message));
            return result;
        }
        result.outcome = Outcome::Imported;
        result.agreements = int(agreements->size());
        result.firstRef = agreements->isEmpty() ? QString() : agreements->constFirst().ref;
        return result;
    });
}

std::unique_ptr<TypedJob<VerifyResult>> verify(const StoreAddress &store)
{
    return std::make_unique<TypedJob<VerifyResult>>([store](Job &job) {
        const auto check = [&job](auto &&verifier) {
            verifier.setCancelFlag(job.cancelFlag());
            verifier.setProgress([&job](int done, int total) { job.reportProgress(done, total); });
            return verifier.run();
        };
        VerifyResult result;
        result.report = store.isServer() ? check(ServerVerifier(*store.server)) : check(CaseVerifier(store.filePath));
        if (!result.report.problems.isEmpty())
            result.outcome = VerifyResult::Outcome::Damaged;
        else
            result.outcome = result.report.finished ? VerifyResult::Outcome::Sound : VerifyResult::Outcome::Cancelled;
        return result;
    });
}

std::unique_ptr<TypedJob<CopyReport>> saveCopy(const StoreAddress &store, const QString &targetPath)
{
    return std::make_unique<TypedJob<CopyReport>>([store, targetPath](Job &job) {
        StoreCopier copier(store, StoreAddress::ofFile(targetPath));
        copier.setReplaceExistingFile(true);
        copier.setCancelFlag(job.cancelFlag());
        copier.setProgress([&job](qint64 done, qint64 total) {
            // The progress bar counts in int: a store of more rows is shown in thousands.
            const qint64 scale = total > std::numeric_limits<int>::max() ? 1000 : 1;
            job.reportProgress(int(done / scale), int(total / scale));
        });
        // A production of hundreds of megabytes streams for minutes: the bar follows its bytes
        // (in KiB, which an int holds up to 2 TiB) until its rows resume.
        copier.setStreamProgress([&job](qint64 done, qint64 total) { job.reportProgress(int(done / 1024), int(total / 1024)); });
        return copier.run();
    });
}

} // namespace CaseFileJobs

} // namespace rebuttal
