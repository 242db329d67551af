// The long tasks the GUI runs on a case file, as jobs for JobRunner. Each opens its own
// connection to the case file (one connection per thread) and writes in one transaction, so
// Cancel leaves the file as it was.
#pragma once

#include "Job.h"

#include "foia/ProductionImport.h"
#include "store/CaseVerifier.h"
#include "store/ClientRecords.h"
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

struct VerifyResult
{
    enum class Outcome { Sound, Damaged, Cancelled };
    Outcome outcome = Outcome::Cancelled;
    CaseVerifier::Report report;
};

namespace CaseFileJobs {

std::unique_ptr<TypedJob<ProductionImport::Result>> importProduction(const QString &storePath, const QString &pdfPath,
                                                                     const QString &password);
// Runs detection again over stored production `documentId`, keeping the user's corrections.
std::unique_ptr<TypedJob<ProductionImport::Result>> redetectProduction(const QString &storePath, qint64 documentId);
std::unique_ptr<TypedJob<VaughnImport::Result>> importVaughnIndex(const QString &storePath, const QString &path);
// The whole records file is read and checked before anything is written.
std::unique_ptr<TypedJob<CaseRecordsImportResult>> importCaseRecords(const QString &storePath, const QString &recordsPath);
// Reads the whole case file for damage over its own read-only connection.
std::unique_ptr<TypedJob<VerifyResult>> verify(const QString &storePath);
// Copies the case file to `targetPath` with StoreCopier (every table checked before the copy is
// renamed into place), replacing a file there: the save dialog asked the user.
std::unique_ptr<TypedJob<CopyReport>> saveCopy(const QString &storePath, const QString &targetPath);

} // namespace CaseFileJobs

} // namespace rebuttal
