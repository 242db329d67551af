// Runs the full check of a case file (CaseVerifier) off the GUI thread, with its own read-only
// connection: reading a case file of gigabytes takes a while, and the window stays responsive
// with a progress bar and a Cancel.
#pragma once

#include "store/CaseVerifier.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace rebuttal {

class VerifyJob : public QObject
{
    Q_OBJECT

public:
    explicit VerifyJob(const QString &storePath, QObject *parent = nullptr);
    ~VerifyJob() override;

    void start();
    void cancel() { m_cancel = true; }
    CaseVerifier::Report result() const { return m_watcher.result(); }

    Q_SIGNAL void progress(int done, int total);
    Q_SIGNAL void finished();

private:
    QString m_storePath;
    std::atomic_bool m_cancel = false;
    QFutureWatcher<CaseVerifier::Report> m_watcher;
};

} // namespace rebuttal
