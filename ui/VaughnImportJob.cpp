#include "VaughnImportJob.h"

#include "store/CaseStore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace rebuttal {

VaughnImportJob::VaughnImportJob(const QString &storePath, const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_storePath(storePath)
    , m_filePath(filePath)
{
    connect(&m_watcher, &QFutureWatcher<VaughnImport::Result>::finished, this, [this] { Q_EMIT finished(m_watcher.result()); });
}

VaughnImportJob::~VaughnImportJob()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void VaughnImportJob::start()
{
    m_cancel = false;
    m_watcher.setFuture(QtConcurrent::run([this]() -> VaughnImport::Result {
        // One connection per thread: this thread opens its own.
        StoreError error;
        std::unique_ptr<CaseStore> store = CaseStore::open(m_storePath, &error);
        if (!store) {
            VaughnImport::Result result;
            result.outcome = VaughnImport::Outcome::StoreFailed;
            result.message = error.message;
            return result;
        }
        VaughnImport import(*store);
        import.setCancelFlag(&m_cancel);
        import.setProgress([this](int done, int total) { Q_EMIT progress(done, total); });
        return import.run(m_filePath);
    }));
}

} // namespace rebuttal
