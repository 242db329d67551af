// Reads, checks and writes a case-records file off the GUI thread, with its own connection to the
// case file: 20,000 clients take seconds, and the window stays responsive with a Cancel that
// rolls everything back.
#pragma once

#include "store/ClientRecords.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace rebuttal {

class CaseImportJob : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool imported = false;
        bool cancelled = false;
        bool rejected = false; // the file (not the case file) was the problem
        QString message;       // why not, in one line naming the file
        QStringList warnings;  // imported, but doubtful: one line each
        CaseImportCounts counts;
    };

    CaseImportJob(const QString &storePath, const QString &recordsPath, QObject *parent = nullptr);
    ~CaseImportJob() override;

    void start();
    void cancel() { m_cancel = true; }
    Result result() const { return m_watcher.result(); }

    Q_SIGNAL void progress(int done, int total);
    Q_SIGNAL void finished();

private:
    QString m_storePath;
    QString m_recordsPath;
    std::atomic_bool m_cancel = false;
    QFutureWatcher<Result> m_watcher;
};

} // namespace rebuttal
