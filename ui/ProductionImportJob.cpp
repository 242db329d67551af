#include "ProductionImportJob.h"

#include "store/CaseStore.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace rebuttal {

ProductionImportJob::ProductionImportJob(const QString &storePath, const QString &pdfPath, const QString &password, QObject *parent)
    : QObject(parent)
    , m_storePath(storePath)
    , m_pdfPath(pdfPath)
    , m_password(password)
{
    connect(&m_watcher, &QFutureWatcher<ProductionImport::Result>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

ProductionImportJob::ProductionImportJob(const QString &storePath, qint64 documentId, QObject *parent)
    : ProductionImportJob(storePath, QString(), QString(), parent)
{
    m_redetect = documentId;
}

ProductionImportJob::~ProductionImportJob()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void ProductionImportJob::start()
{
    m_cancel = false;
    m_watcher.setFuture(QtConcurrent::run([this]() -> ProductionImport::Result {
        // One connection per thread: this thread opens its own.
        StoreError error;
        std::unique_ptr<CaseStore> store = CaseStore::open(m_storePath, &error);
        if (!store) {
            ProductionImport::Result result;
            result.outcome = ProductionImport::Outcome::StoreFailed;
            result.message = error.message;
            return result;
        }
        ProductionImport import(*store);
        import.setPassword(m_password);
        import.setWorkerCount(std::max(1, QThread::idealThreadCount()));
        import.setCancelFlag(&m_cancel);
        import.setProgress([this](int done, int total) { Q_EMIT progress(done, total); });
        import.setBudgetKnown([this](qint64 budgetMs) { Q_EMIT budgetKnown(budgetMs); });
        return m_redetect ? import.redetect(m_redetect) : import.run(m_pdfPath);
    }));
}

} // namespace rebuttal
