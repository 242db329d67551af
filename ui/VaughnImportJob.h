// Runs a Vaughn index import off the GUI thread with its own connection to the case file;
// cancel() stops it before anything is written.
#pragma once

#include "vaughn/VaughnImport.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace rebuttal {

class VaughnImportJob : public QObject
{
    Q_OBJECT

public:
    VaughnImportJob(const QString &storePath, const QString &filePath, QObject *parent = nullptr);
    ~VaughnImportJob() override;

    void start();
    void cancel() { m_cancel = true; }
    QString filePath() const { return m_filePath; }

    Q_SIGNAL void progress(int done, int total);
    Q_SIGNAL void finished(const rebuttal::VaughnImport::Result &result);

private:
    QString m_storePath;
    QString m_filePath;
    std::atomic_bool m_cancel = false;
    QFutureWatcher<VaughnImport::Result> m_watcher;
};

} // namespace rebuttal
