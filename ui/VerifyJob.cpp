#include "VerifyJob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace rebuttal {

VerifyJob::VerifyJob(const QString &storePath, QObject *parent)
    : QObject(parent)
    , m_storePath(storePath)
{
    connect(&m_watcher, &QFutureWatcher<CaseVerifier::Report>::finished, this, &VerifyJob::finished);
}

VerifyJob::~VerifyJob()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void VerifyJob::start()
{
    m_watcher.setFuture(QtConcurrent::run([this] {
        CaseVerifier verifier(m_storePath);
        verifier.setCancelFlag(&m_cancel);
        verifier.setProgress([this](int done, int total) { Q_EMIT progress(done, total); });
        return verifier.run();
    }));
}

} // namespace rebuttal
