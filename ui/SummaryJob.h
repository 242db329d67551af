// Makes an evidence summary and draws its preview off the GUI thread, with its own connection to
// the case file: exhibits are production pages drawn by worker processes, which takes seconds,
// and the window must stay responsive (and the preview cancellable) meanwhile.
#pragma once

#include "report/EvidenceSummary.h"
#include "store/StoreCopier.h"

#include <QFutureWatcher>
#include <QImage>
#include <QList>
#include <QObject>

#include <atomic>

namespace rebuttal {

class SummaryJob : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QByteArray pdf;       // empty when the summary could not be made (see message)
        QList<QImage> pages;  // the preview, one image per page
        QString message;
        bool cancelled = false;
    };

    // `dpi`: the preview's resolution (device pixels).
    SummaryJob(const StoreAddress &store, const Client &client, const SummaryOptions &options, double dpi,
               QObject *parent = nullptr);
    // Cancels and waits for the thread to stop.
    ~SummaryJob() override;

    void start();
    void cancel() { m_cancel = true; }
    Result result() const { return m_watcher.result(); }

    // `stage` 0: drawing the summary's pages; 1: drawing the preview.
    Q_SIGNAL void progress(int stage, int done, int total);
    Q_SIGNAL void finished();

private:
    Result run();

    StoreAddress m_store;
    Client m_client;
    SummaryOptions m_options;
    double m_dpi;
    std::atomic_bool m_cancel = false;
    QFutureWatcher<Result> m_watcher;
};

} // namespace rebuttal
