// Runs a production import off the GUI thread, with its own connection to the case file, and
// reports progress; cancel() stops it and rolls it back.
#pragma once

#include "foia/ProductionImport.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace rebuttal {

class ProductionImportJob : public QObject
{
    Q_OBJECT

public:
    ProductionImportJob(const QString &storePath, const QString &pdfPath, const QString &password, QObject *parent = nullptr);
    // Runs detection again over stored production `documentId` instead of importing a file.
    ProductionImportJob(const QString &storePath, qint64 documentId, QObject *parent = nullptr);
    ~ProductionImportJob() override;

    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_watcher.isRunning(); }
    QString pdfPath() const { return m_pdfPath; }

    Q_SIGNAL void progress(int done, int total);
    // The time the whole import may take, counted from its start (see ProductionImport).
    Q_SIGNAL void budgetKnown(qint64 budgetMs);
    Q_SIGNAL void finished(const rebuttal::ProductionImport::Result &result);

private:
    QString m_storePath;
    QString m_pdfPath;
    QString m_password;
    qint64 m_redetect = 0;
    std::atomic_bool m_cancel = false;
    QFutureWatcher<ProductionImport::Result> m_watcher;
};

} // namespace rebuttal
