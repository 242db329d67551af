#include "SummaryPreviewDialog.h"

#include "pdf/PdfDocument.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rebuttal {

SummaryPreviewDialog::SummaryPreviewDialog(std::function<QByteArray(bool)> make, bool deidentified, QWidget *parent)
    : QDialog(parent)
    , m_make(std::move(make))
    , m_deidentify(new QCheckBox(tr("&De-identify: leave out the name, A-number, preparer and page images"), this))
    , m_pages(new QVBoxLayout)
    , m_status(new QLabel(this))
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

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save As..."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_deidentify);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 900);

    m_deidentify->setChecked(deidentified);
    connect(m_deidentify, &QCheckBox::toggled, this, &SummaryPreviewDialog::regenerate);
    regenerate();
}

bool SummaryPreviewDialog::isDeidentified() const
{
    return m_deidentify->isChecked();
}

void SummaryPreviewDialog::setDeidentified(bool deidentified)
{
    m_deidentify->setChecked(deidentified);
}

void SummaryPreviewDialog::regenerate()
{
    while (QLayoutItem *item = m_pages->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_pdf = m_make(isDeidentified());
    PdfDocument::Problem problem = PdfDocument::Problem::None;
    const std::unique_ptr<PdfDocument> document = PdfDocument::openData(m_pdf, {}, &problem);
    m_pageCount = document ? document->pageCount() : 0;
    // Screen resolution, and twice that on high-density screens, so the preview reads like paper.
    const double dpi = 80 * devicePixelRatioF();
    for (int i = 0; i < m_pageCount; ++i) {
        QImage image = document->render(i, dpi);
        image.setDevicePixelRatio(devicePixelRatioF());
        auto *page = new QLabel;
        page->setPixmap(QPixmap::fromImage(image));
        page->setAccessibleName(tr("Page %1 of %2").arg(i + 1).arg(m_pageCount));
        m_pages->addWidget(page, 0, Qt::AlignHCenter);
    }
    m_status->setText(m_pageCount ? tr("%n page(s)", nullptr, m_pageCount) : tr("The summary could not be made."));
}

} // namespace rebuttal
