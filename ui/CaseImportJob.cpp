#include "CaseImportJob.h"

#include "cases/CaseRecordsReader.h"
#include "store/CaseStore.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace rebuttal {

CaseImportJob::CaseImportJob(const QString &storePath, const QString &recordsPath, QObject *parent)
    : QObject(parent)
    , m_storePath(storePath)
    , m_recordsPath(recordsPath)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &CaseImportJob::finished);
}

CaseImportJob::~CaseImportJob()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void CaseImportJob::start()
{
    m_watcher.setFuture(QtConcurrent::run([this]() -> Result {
        Result result;
        // The whole file is checked before anything is written; a rejected file changes nothing.
        CaseRecordsReader reader;
        const std::optional<CaseRecords> records = reader.readFile(m_recordsPath);
        if (!records) {
            result.rejected = true;
            result.message = reader.errorString();
            return result;
        }
        if (m_cancel) {
            result.cancelled = true;
            return result;
        }
        StoreError error;
        std::unique_ptr<CaseStore> store = CaseStore::open(m_storePath, &error);
        if (!store) {
            result.message = error.message;
            return result;
        }
        const StoreError written = ClientRecords(*store).importRecords(
            *records, reader.sourceDescription(), &result.counts,
            [this](int done, int total) {
                Q_EMIT progress(done, total);
                return !m_cancel;
            },
            &result.cancelled);
        // The file was checked whole: what failed is the case file, and the message says so.
        if (written.isError())
            result.message = tr("%1: the case records were not imported: %2").arg(QFileInfo(m_storePath).fileName(), written.message);
        result.warnings = reader.warnings();
        result.imported = !written.isError() && !result.cancelled;
        return result;
    }));
}

} // namespace rebuttal
