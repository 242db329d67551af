#include "SummaryJob.h"
#include "jobs/WorkThreads.h"

#include "pdf/PdfDocument.h"
#include "store/OpenStore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace rebuttal {

SummaryJob::SummaryJob(const StoreAddress &store, const Client &client, const SummaryOptions &options, double dpi,
                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_options(options)
    , m_dpi(dpi)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &SummaryJob::finished);
}

SummaryJob::~SummaryJob()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void SummaryJob::start()
{
    m_watcher.setFuture(QtConcurrent::run(workThreads(), [this] { return run(); }));
}

SummaryJob::Result SummaryJob::run()
{
    Result result;
    StoreError error;
    // One connection per thread: the GUI's connection stays on the GUI thread.
    const std::unique_ptr<OpenStore> store = OpenStore::open(m_store, &error);
    if (!store) {
        result.message = error.message;
        return result;
    }
    SummaryOptions options = m_options;
    options.progress = [this](int done, int total) {
        Q_EMIT progress(0, done, total);
        return !m_cancel;
    };
    EvidenceSummary summary(*store);
    result.pdf = summary.toPdf(m_client, options);
    if (m_cancel) {
        result.cancelled = true;
        result.pdf.clear();
        return result;
    }
    if (result.pdf.isEmpty()) {
        result.message = summary.errorString();
        return result;
    }
    PdfDocument::Problem problem = PdfDocument::Problem::None;
    const std::unique_ptr<PdfDocument> document = PdfDocument::openData(result.pdf, {}, &problem);
    const int count = document ? document->pageCount() : 0;
    for (int i = 0; i < count; ++i) {
        Q_EMIT progress(1, i, count);
        if (m_cancel) {
            result.cancelled = true;
            result.pdf.clear();
            result.pages.clear();
            return result;
        }
        result.pages << document->render(i, m_dpi);
    }
    return result;
}

} // namespace rebuttal
