// The long tasks the GUI runs on a case file or a matter on a server, as jobs for JobRunner. Each
// opens its own connection to the store (one connection per thread: a StoreAddress, the file's
// path or the matter's location, crosses to the job's thread, never a connection) and writes in
// one transaction, so Cancel leaves the store as it was.
#pragma once

#include "Job.h"

#include "foia/ProductionImport.h"
#include "store/CaseVerifier.h"
#include "store/ClientRecords.h"
#include "store/ServerVerifier.h"
#include "store/StoreCopier.h"
#include "vaughn/VaughnImport.h"

#include <QStringList>

#include <memory>

namespace rebuttal {

struct CaseRecordsImportResult
{
    enum class Outcome {
        Imported,
        Cancelled,
        Rejected,    // the records file was the problem; nothing was written
        StoreFailed, // the case file was
    };
    Outcome outcome = Outcome::Rejected;
    QString message;      // why not, in one line naming the file
    QStringList warnings; // imported, but doubtful: one line each
    CaseImportCounts counts;
};

// An agreements registry imported (rebuttal.agreements JSON).
struct AgreementsImportResult
{
    enum class Outcome { Imported, Cancelled, Rejected, StoreFailed };
    Outcome outcome = Outcome::Rejected;
    QString message;
    int agreements = 0;
    QString firstRef; // the first agreement of the file, to show it
};

struct VerifyResult
{
    enum class Outcome { Sound, Damaged, Cancelled };
    Outcome outcome = Outcome::Cancelled;
    CaseVerifier::Report report;
};

namespace CaseFileJobs {

// Imports a production into the store; on a server the PDF is streamed to it a megabyte at a time.
std::unique_ptr<TypedJob<ProductionImport::Result>> importProduction(const StoreAddress &store, const QString &pdfPath,
                                                                     const QString &password);
// Runs detection again over stored production `documentId`, keeping the user's corrections.
std::unique_ptr<TypedJob<ProductionImport::Result>> redetectProduction(const StoreAddress &store, qint64 documentId);
std::unique_ptr<TypedJob<VaughnImport::Result>> importVaughnIndex(const StoreAddress &store, const QString &path);
// The whole records file is read and checked before anything is written.
std::unique_ptr<TypedJob<CaseRecordsImportResult>> importCaseRecords(const StoreAddress &store, const QString &recordsPath);
// The whole registry is read and checked against the stored one before anything is written.
std::unique_ptr<TypedJob<AgreementsImportResult>> importAgreements(const StoreAddress &store, const QString &path);
// Reads the whole case file or matter for damage over its own read-only connection.
std::unique_ptr<TypedJob<VerifyResult>> verify(const StoreAddress &store);
// Copies the store (a case file or a server matter) to the case file `targetPath` with StoreCopier
// (every table checked before the copy is renamed into place), replacing a file there: the save
// dialog asked the user.
std::unique_ptr<TypedJob<CopyReport>> saveCopy(const StoreAddress &store, const QString &targetPath);

} // namespace CaseFileJobs

} // namespace rebuttal
