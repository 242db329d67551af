#include "SummaryPreviewDialog.h"

#include "ScreenFit.h"
#include "SummaryJob.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rebuttal {

SummaryPreviewDialog::SummaryPreviewDialog(const StoreAddress &store, const Client &client, const SummaryOptions &options,
                                           QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_client(client)
    , m_options(options)
    , m_deidentify(new QCheckBox(tr("&De-identify: leave out the name, A-number, preparer and page images"), this))
    , m_pages(new QVBoxLayout)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Evidence Summary Preview"));
    auto *scroll = new QScrollArea(this);
    auto *strip = new QWidget(scroll);
    strip->setLayout(m_pages);
    m_pages->setSpacing(12);
    scroll->setWidget(strip);
    scroll->setWidgetResizable(true);
    scroll->setAlignment(Qt::AlignHCenter);
    strip->setBackgroundRole(QPalette::Dark);
    strip->setAutoFillBackground(true);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("&Save As..."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_deidentify);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    // A page at reading size, but never taller than the screen: Save As... must stay on it.
    ScreenFit::resize(this, QSize(760, 900));

    m_deidentify->setChecked(options.deidentified);
    connect(m_deidentify, &QCheckBox::toggled, this, &SummaryPreviewDialog::regenerate);
    regenerate();
}

SummaryPreviewDialog::~SummaryPreviewDialog()
{
    delete m_job; // cancels and waits
}

bool SummaryPreviewDialog::isDeidentified() const
{
    return m_deidentify->isChecked();
}

void SummaryPreviewDialog::setDeidentified(bool deidentified)
{
    m_deidentify->setChecked(deidentified);
}

void SummaryPreviewDialog::clearPages()
{
    while (QLayoutItem *item = m_pages->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void SummaryPreviewDialog::regenerate()
{
    // A summary still in the making is for the switch's old position.
    delete m_job;
    clearPages();
    m_pdf.clear();
    m_error.clear();
    m_pageCount = 0;
    m_save->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_status->setText(tr("Making the summary…"));
    SummaryOptions options = m_options;
    options.deidentified = isDeidentified();
    // Screen resolution, and twice that on high-density screens, so the preview reads like paper.
    m_job = new SummaryJob(m_store, m_client, options, 80 * devicePixelRatioF(), this);
    // The job as the context: progress still queued from a job replaced since is dropped with it.
    connect(m_job, &SummaryJob::progress, m_job, [this](int stage, int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_status->setText(stage == 0 ? tr("Making the summary: page %1 of %2…").arg(done + 1).arg(total)
                                     : tr("Drawing the preview: page %1 of %2…").arg(done + 1).arg(total));
    });
    connect(m_job, &SummaryJob::finished, this, &SummaryPreviewDialog::showResult);
    m_job->start();
}

void SummaryPreviewDialog::showResult()
{
    const SummaryJob::Result result = m_job->result();
    m_job->deleteLater();
    m_job = nullptr;
    m_progress->hide();
    m_pdf = result.pdf;
    m_error = result.message;
    m_pageCount = int(result.pages.size());
    for (int i = 0; i < m_pageCount; ++i) {
        QImage image = result.pages.at(i);
        image.setDevicePixelRatio(devicePixelRatioF());
        auto *page = new QLabel;
        page->setPixmap(QPixmap::fromImage(image));
        page->setAccessibleName(tr("Page %1 of %2").arg(i + 1).arg(m_pageCount));
        m_pages->addWidget(page, 0, Qt::AlignHCenter);
    }
    m_save->setEnabled(!m_pdf.isEmpty());
    m_status->setText(!m_pdf.isEmpty() ? tr("%n page(s)", nullptr, m_pageCount)
                                       : tr("The summary could not be made: %1").arg(m_error));
    Q_EMIT ready();
}

} // namespace rebuttal
