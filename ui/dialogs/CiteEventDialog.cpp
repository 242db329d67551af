#include "CiteEventDialog.h"

#include "cases/CaseTimeline.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rebuttal {

CiteEventDialog::CiteEventDialog(const Client &client, const QString &page, QWidget *parent)
    : QDialog(parent)
    , m_events(new QComboBox(this))
{
    setWindowTitle(tr("Cite as Evidence"));
    m_events->setObjectName(QStringLiteral("event"));
    const CaseTimeline timeline(client, QDate::currentDate());
    for (int index : timeline.eventOrder()) {
        const CaseEvent &event = client.events.at(index);
        m_events->addItem(tr("%1 — %2").arg(event.date.toString(), displayName(event.type)), index);
        m_events->setItemData(m_events->count() - 1, event.detail, Qt::ToolTipRole);
    }
    auto *explanation = new QLabel(tr("Cite %1 as evidence for an event of %2 (%3):").arg(page, client.name, client.ref), this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Event:"), m_events);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

int CiteEventDialog::eventIndex() const
{
    return m_events->currentData().toInt();
}

void CiteEventDialog::setEventIndex(int index)
{
    m_events->setCurrentIndex(m_events->findData(index));
}

} // namespace rebuttal
