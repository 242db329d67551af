#include "PreferencesDialog.h"
#include "ScreenFit.h"

#include "report/EvidenceSummary.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace rebuttal {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
{
    setWindowTitle(tr("Preferences"));
    m_name->setText(EvidenceSummary::preparerSetting());
    m_name->setPlaceholderText(EvidenceSummary::defaultPreparer());
    auto *form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_name);
    auto *hint = new QLabel(tr("Printed as \"Prepared by\" on evidence summaries and set as the PDF's author. "
                               "De-identified summaries never carry it."),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(480, sizeHint().height()));
}

void PreferencesDialog::accept()
{
    EvidenceSummary::setPreparerSetting(m_name->text());
    QDialog::accept();
}

} // namespace rebuttal
