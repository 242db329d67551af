#include "CiteEventDialog.h"

#include "ReadFailureState.h"
#include "ScreenFit.h"
#include "TableColumns.h"

#include "domain/CaseTimeline.h"
#include "models/ClientListModel.h"
#include "store/ClientRecords.h"
#include "store/OpenStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rebuttal {

CiteEventDialog::CiteEventDialog(OpenStore *store, const QString &preferredRef, const QString &page, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_clients(new ClientListModel(this))
    , m_filter(new QLineEdit(this))
    , m_clientList(new QTableView(this))
    , m_events(new QComboBox(this))
    , m_note(new QLabel(this))
{
    setWindowTitle(tr("Cite as Evidence"));
    m_clients->setStore(store);

    m_filter->setObjectName(QStringLiteral("clientFilter"));
    m_filter->setPlaceholderText(tr("Type part of a name, ref or country"));
    m_filter->setClearButtonEnabled(true);
    m_clientList->setObjectName(QStringLiteral("clients"));
    m_clientList->setModel(m_clients);
    m_clientList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clientList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_clientList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_clientList->verticalHeader()->hide();
    m_clientList->setWordWrap(false);
    // Enough to tell clients apart; the rest is on the Clients page (or a right-click on the header).
    QList<int> hidden;
    for (int column = 0; column < ClientListModel::ColumnCount; ++column) {
        if (column != ClientListModel::Ref && column != ClientListModel::Name && column != ClientListModel::Country)
            hidden << column;
    }
    TableColumns::arrange(m_clientList, ClientListModel::Name, QStringLiteral("citeClients"))->hideByDefault(hidden);
    m_events->setObjectName(QStringLiteral("event"));
    m_note->setWordWrap(true);

    auto *explanation = new QLabel(tr("Cite %1 as evidence for an event of a client:").arg(page), this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Find client:"), m_filter);
    form->addRow(tr("&Client:"), m_clientList);
    form->addRow(tr("&Event:"), m_events);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    connect(m_clientList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showClient(current.isValid() ? m_clients->refAt(current.row()) : QString()); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString chosen = clientRef();
        m_clients->setFilter(text);
        // Keep the chosen client if the filter still shows it; else the first that matches.
        if (!selectClient(chosen) && m_clients->rowCount() > 0)
            m_clientList->setCurrentIndex(m_clients->index(0, ClientListModel::Name));
        else if (m_clients->rowCount() == 0)
            showClient({});
    });
    // Return in the filter moves on to the events rather than closing the dialog.
    connect(m_filter, &QLineEdit::returnPressed, m_events, qOverload<>(&QWidget::setFocus));

    if (!selectClient(preferredRef) && m_clients->rowCount() > 0)
        m_clientList->setCurrentIndex(m_clients->index(0, ClientListModel::Name));
    showClient(clientRef());
    m_filter->setFocus();
    ScreenFit::resize(this, QSize(560, 420));
}

bool CiteEventDialog::selectClient(const QString &ref)
{
    if (ref.isEmpty())
        return false;
    const int row = m_clients->rowOf(ref);
    if (row < 0)
        return false;
    m_clientList->setCurrentIndex(m_clients->index(row, ClientListModel::Name));
    m_clientList->scrollTo(m_clientList->currentIndex());
    return true;
}

void CiteEventDialog::showClient(const QString &ref)
{
    if (m_client && m_client->ref == ref)
        return;
    StoreError error;
    m_client = ref.isEmpty() || !m_store ? std::nullopt : m_store->clients().client(ref, &error);
    m_events->clear();
    if (m_client) {
        const CaseTimeline timeline(*m_client, QDate::currentDate());
        for (int index : timeline.eventOrder()) {
            const CaseEvent &event = m_client->events.at(index);
            m_events->addItem(tr("%1 — %2").arg(event.date.toString(), displayName(event.type)), index);
            m_events->setItemData(m_events->count() - 1, event.detail, Qt::ToolTipRole);
        }
    }
    const bool events = m_events->count() > 0;
    m_events->setEnabled(events);
    if (m_ok)
        m_ok->setEnabled(events);
    if (error.isError())
        m_note->setText(ReadFailureState::describe(*m_store, error));
    else if (!m_client)
        m_note->setText(tr("Choose the client the page is evidence for."));
    else if (!events)
        m_note->setText(tr("%1 has no events yet. Add the event this page proves (Client > Add Event), then cite the page.")
                            .arg(m_client->name));
    else
        m_note->clear();
}

QString CiteEventDialog::clientRef() const
{
    return m_client ? m_client->ref : QString();
}

int CiteEventDialog::eventIndex() const
{
    return m_events->currentData().isValid() ? m_events->currentData().toInt() : -1;
}

void CiteEventDialog::setEventIndex(int index)
{
    m_events->setCurrentIndex(m_events->findData(index));
}

} // namespace rebuttal
