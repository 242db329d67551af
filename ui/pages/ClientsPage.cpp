#include "ClientsPage.h"
#include "PageKeys.h"

#include "CaseFile.h"
#include "domain/CountryNames.h"
#include "ClientCommands.h"
#include "TimelineView.h"
#include "agreements/CaseFileCheck.h"
#include "EmptyState.h"
#include "ReadFailureState.h"
#include "MessageBox.h"
#include "TableColumns.h"
#include "domain/CaseTimeline.h"
#include "dialogs/AllegationDialog.h"
#include "dialogs/ClientDialog.h"
#include "models/AllegationTableModel.h"
#include "models/ClientListModel.h"
#include "models/EventTableModel.h"
#include "store/CaseStore.h"
#include "store/ClientRecords.h"
#include "store/OpenStore.h"

#include <utility>

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>

#include "LegalBasisView.h"
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rebuttal {

namespace {

QTableView *recordTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

// A record's table in a tab, or while it has no rows an empty state that says what it holds and
// offers the step that adds the first row (an empty grid of headers told the user nothing).
QStackedWidget *withEmptyState(QTableView *table, const QString &title, const QString &explanation, QAction *add,
                               QWidget *parent)
{
    auto *stack = new QStackedWidget(parent);
    auto *empty = new EmptyState(stack);
    empty->setObjectName(table->objectName() + QStringLiteral("Empty"));
    empty->setTitle(title);
    empty->setExplanation(explanation);
    empty->addAction(add);
    stack->addWidget(table);
    stack->addWidget(empty);
    const auto follow = [stack, table, empty] {
        const bool rows = table->model()->rowCount() > 0;
        const bool focused = stack->isAncestorOf(QApplication::focusWidget());
        stack->setCurrentWidget(rows ? static_cast<QWidget *>(table) : empty);
        // The keyboard stays in the tab: on the first row's table, or on the step that adds one.
        if (focused && !rows)
            empty->focusFirstStep();
        else if (focused)
            table->setFocus(Qt::OtherFocusReason);
    };
    QObject::connect(table->model(), &QAbstractItemModel::modelReset, stack, follow);
    follow();
    return stack;
}

// The next free ref of the shape PREFIX1, PREFIX2, ...
QString nextRef(const QString &prefix, const QStringList &taken)
{
    for (int n = 1;; ++n) {
        const QString ref = prefix + QString::number(n);
        if (!taken.contains(ref))
            return ref;
    }
}

} // namespace

ClientsPage::ClientsPage(ClientListModel *clients, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_clients(clients)
    , m_undoStack(undoStack)
    , m_runDialog([](QDialog *dialog) { return dialog->exec() == QDialog::Accepted; })
{
    buildActions();
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("clientsSplitter"));
    splitter->addWidget(buildListPane());
    splitter->addWidget(buildRecordPane());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 600}); // proportions: the list takes 40% of the page
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    updateActions();
}

void ClientsPage::buildActions()
{
    auto make = [this](const QString &icon, const QString &text, const QString &tip, const QKeySequence &shortcut,
                       void (ClientsPage::*slot)()) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setToolTip(tip);
        // Page-local, all of them: these actions are in the menu bar's Client menu too, and Qt counts
        // a window-wide key of an action in a visible menu as active on every page (Ctrl+Alt+N
        // would then be both New Client and the Agreements page's New Agreement, and do neither).
        setPageShortcut(action, shortcut, KeyScope::Page);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_newClient = make(QStringLiteral("contact-new"), tr("&New Client..."), tr("Add a client to this case file"),
                       QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N), &ClientsPage::newClient);
    m_editClient = make(QStringLiteral("document-edit"), tr("Edit &Client..."),
                        tr("Change the client's name, nationality, A-number or notes"), QKeySequence(Qt::Key_F2),
                        &ClientsPage::editClient);
    m_deleteClient = make(QStringLiteral("edit-delete"), tr("Delete C&lient"),
                          tr("Remove the client and their whole record (undo brings it back)"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), &ClientsPage::deleteClient);
    m_addAllegation = make(QStringLiteral("list-add"), tr("Add &Allegation..."),
                           tr("Record a foreign-data allegation against this client"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &ClientsPage::addAllegation);
    m_addEvent = make(QStringLiteral("appointment-new"), tr("Add E&vent..."),
                      tr("Record an event of the case: detention, bond, separation, asylum, removal..."),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &ClientsPage::addEvent);
    m_editItem = make(QStringLiteral("document-properties"), tr("&Edit Selected..."),
                      tr("Edit the selected allegation or event"), QKeySequence(Qt::Key_Return), &ClientsPage::editSelected);
    m_deleteItem = make(QStringLiteral("list-remove"), tr("&Delete Selected"), tr("Delete the selected allegation or event"),
                        QKeySequence::Delete, &ClientsPage::deleteSelected);
    m_openCitation = make(QStringLiteral("document-open"), tr("&Open Cited Page"),
                          tr("Show the production page the selected event cites"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                          &ClientsPage::openSelectedCitation);
}

QWidget *ClientsPage::buildListPane()
{
    m_listStack = new QStackedWidget(this);
    m_emptyState = new EmptyState(m_listStack);
    m_emptyState->setTitle(tr("No clients yet"));
    m_emptyState->setExplanation(
        tr("Each client's record holds the foreign-data allegations against them (SAFE, TAG, CHIS, Interpol Red "
           "Notices...), the events of their case and the decisions that relied on each allegation. Add a client, "
           "import case records (File > Import Case Records), or open the demo case file to see how it looks."));
    m_emptyState->addAction(m_newClient);

    auto *pane = new QWidget(m_listStack);
    m_filter = new QLineEdit(pane);
    m_filter->setObjectName(QStringLiteral("clientFilter"));
    m_filter->setPlaceholderText(tr("Filter clients by name, ref, country or source"));
    m_filter->setClearButtonEnabled(true);
    // The filter runs in SQL; wait for a pause in typing rather than query on every key.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { m_clients->setFilter(m_filter->text()); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this, debounce] {
        debounce->stop();
        m_clients->setFilter(m_filter->text());
    });

    m_clientTable = recordTable(m_clients, pane);
    m_clientTable->setObjectName(QStringLiteral("clientTable"));
    m_clientTable->setSortingEnabled(true);
    m_clientTable->sortByColumn(ClientListModel::Ref, Qt::AscendingOrder);
    // Narrow beside the record: the counts are in the record itself, and a right-click on the
    // header shows them here too.
    TableColumns::arrange(m_clientTable, ClientListModel::Name, QStringLiteral("clients"))
        ->hideByDefault({ClientListModel::Allegations, ClientListModel::Events});
    m_clientTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_clientTable->addActions({m_editClient, m_deleteClient});
    connect(m_clientTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QString ref = m_clients->refAt(current.row());
        if (ref != currentRef()) {
            showClient(m_store && !ref.isEmpty() ? readClient(ref) : std::nullopt);
        }
    });
    connect(m_clients, &ClientListModel::readFailed, this, [this] { showReadFailure(m_clients->readError()); });
    connect(m_clients, &QAbstractItemModel::modelReset, this, [this] {
        m_listStack->setCurrentIndex(m_clients->storeCount() == 0 ? 0 : 1);
        showRecordPane();
        if (const StoreError error = m_clients->readError(); error.isError())
            showReadFailure(error);
    });
    connect(m_clients, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the shown client selected when it is still listed.
        if (m_client) {
            const int row = m_clients->rowOf(m_client->ref);
            if (row >= 0)
                m_clientTable->selectRow(row);
        }
        updateActions();
    }, Qt::QueuedConnection); // after every view has seen the reset: re-selecting may fetch rows

    auto *listToolBar = new QToolBar(pane);
    listToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    listToolBar->addAction(m_newClient);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(listToolBar);
    layout->addWidget(m_filter);
    layout->addWidget(m_clientTable);
    m_listStack->addWidget(m_emptyState);
    m_listStack->addWidget(pane);
    m_readFailure = new ReadFailureState(m_listStack);
    m_listStack->addWidget(m_readFailure);
    return m_listStack;
}

QWidget *ClientsPage::buildRecordPane()
{
    m_recordStack = new QStackedWidget(this);
    auto *none = new EmptyState(m_recordStack);
    none->setObjectName(QStringLiteral("noClientSelected"));
    none->setTitle(tr("No client selected"));
    none->setExplanation(tr("Choose a client in the list to see their timeline, allegations and events."));
    m_recordStack->addWidget(none);
    m_noClientSelected = none;
    // With no clients at all there is no list to choose from: the list pane's own empty state says
    // what to do, and this pane stays blank rather than contradict it.
    m_noClients = new QWidget(m_recordStack);
    m_recordStack->addWidget(m_noClients);

    auto *record = new QWidget(m_recordStack);
    m_header = new QLabel(record);
    m_header->setObjectName(QStringLiteral("clientHeader"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    m_figures = new QLabel(record);
    m_figures->setObjectName(QStringLiteral("clientFigures"));
    m_figures->setWordWrap(true);
    m_figures->setToolTip(tr("Days detained and separated count every spell up to today; the disclosure delay is the "
                             "days between DHS asserting an allegation and counsel learning of it."));
    m_toolBar = new QToolBar(record);
    m_toolBar->setObjectName(QStringLiteral("clientToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({m_editClient, m_addAllegation, m_addEvent});

    QWidget *tablesPane = buildTablesPane(record);
    QWidget *timelinePane = buildTimelinePane(record);

    m_recordSplitter = new QSplitter(Qt::Vertical, record);
    m_recordSplitter->setObjectName(QStringLiteral("recordSplitter"));
    m_recordSplitter->addWidget(timelinePane);
    m_recordSplitter->addWidget(tablesPane);
    m_recordSplitter->setStretchFactor(0, 1);
    m_recordSplitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(record);
    layout->addWidget(m_header);
    layout->addWidget(m_figures);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_recordSplitter, 1);
    m_recordStack->addWidget(record);
    m_record = record;
    return m_recordStack;
}

QWidget *ClientsPage::buildTablesPane(QWidget *record)
{
    m_allegations = new AllegationTableModel(this);
    m_events = new EventTableModel(this);
    m_allegationTable = recordTable(m_allegations, record);
    m_allegationTable->setObjectName(QStringLiteral("allegationTable"));
    m_eventTable = recordTable(m_events, record);
    m_eventTable->setObjectName(QStringLiteral("eventTable"));
    TableColumns::arrange(m_allegationTable, AllegationTableModel::Origin, QStringLiteral("allegations"));
    TableColumns::arrange(m_eventTable, EventTableModel::Detail, QStringLiteral("events"));
    connect(m_allegationTable, &QAbstractItemView::doubleClicked, this, &ClientsPage::editSelected);
    connect(m_eventTable, &QAbstractItemView::doubleClicked, this, &ClientsPage::editSelected);
    connect(m_allegationTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClientsPage::updateActions);
    connect(m_eventTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClientsPage::updateActions);
    m_tabs = new QTabWidget(record);
    m_eventTab = withEmptyState(
        m_eventTable, tr("No events yet"),
        tr("Events are what happened in the case: encounters, detention and release, bond hearings, family "
           "separation, asylum interviews, removal. Each can name the allegations it relied on and cite production "
           "pages as evidence."),
        m_addEvent, record);
    m_allegationTab = withEmptyState(
        m_allegationTable, tr("No allegations yet"),
        tr("Allegations are the foreign-data claims made against this client (SAFE, TAG, CHIS, Interpol Red "
           "Notices...), with when DHS asserted each one and when counsel learned of it."),
        m_addAllegation, record);
    m_tabs->addTab(m_eventTab, tr("E&vents"));
    m_tabs->addTab(m_allegationTab, tr("Alle&gations"));
    m_legalBasis = new LegalBasisView(record);
    m_tabs->addTab(m_legalBasis, tr("Legal &basis"));
    connect(m_legalBasis, &LegalBasisView::citationActivated, this, &ClientsPage::citationActivated);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ClientsPage::updateActions);
    // What works on the selected row sits with the tables.
    auto *itemBar = new QToolBar(record);
    itemBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    itemBar->addActions({m_editItem, m_deleteItem, m_openCitation});
    auto *tablesPane = new QWidget(record);
    auto *tablesLayout = new QVBoxLayout(tablesPane);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->setSpacing(0);
    tablesLayout->addWidget(itemBar);
    tablesLayout->addWidget(m_tabs, 1);
    for (QTableView *table : {m_allegationTable, m_eventTable}) {
        table->setContextMenuPolicy(Qt::ActionsContextMenu);
        table->addActions({m_editItem, m_deleteItem});
    }
    m_eventTable->addAction(m_openCitation);
    return tablesPane;
}

QWidget *ClientsPage::buildTimelinePane(QWidget *record)
{
    m_timeline = new TimelineView(record);
    connect(m_timeline, &TimelineView::citationActivated, this, &ClientsPage::citationActivated);
    connect(m_timeline, &TimelineView::eventActivated, this, [this](int index) {
        m_tabs->setCurrentWidget(m_eventTab);
        for (int row = 0; row < m_events->rowCount(); ++row) {
            if (m_events->index(row, 0).data(Qt::UserRole).toInt() == index)
                m_eventTable->selectRow(row);
        }
    });
    connect(m_timeline, &TimelineView::allegationActivated, this, [this](int index) {
        m_tabs->setCurrentWidget(m_allegationTab);
        m_allegationTable->selectRow(index);
    });
    auto *zoomIn = new QAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom In"), this);
    zoomIn->setToolTip(tr("Zoom into the timeline (or scroll over it; + when it has focus)"));
    connect(zoomIn, &QAction::triggered, m_timeline, [this] { m_timeline->zoom(0.7); });
    auto *zoomOut = new QAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom Out"), this);
    zoomOut->setToolTip(tr("Zoom out of the timeline (- when it has focus)"));
    connect(zoomOut, &QAction::triggered, m_timeline, [this] { m_timeline->zoom(1.4); });
    auto *fit = new QAction(QIcon::fromTheme(QStringLiteral("zoom-fit-best")), tr("Whole Case"), this);
    fit->setToolTip(tr("Show the whole case (0 when the timeline has focus, or double-click an empty spot)"));
    connect(fit, &QAction::triggered, m_timeline, &TimelineView::fit);
    auto *timelineBar = new QToolBar(record);
    timelineBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    timelineBar->addActions({zoomIn, zoomOut, fit});
    auto *timelineTitle = new QLabel(tr("<b>Timeline</b>"), record);
    auto *timelinePane = new QWidget(record);
    auto *timelineHeader = new QHBoxLayout;
    timelineHeader->addWidget(timelineTitle);
    timelineHeader->addStretch();
    timelineHeader->addWidget(timelineBar);
    auto *timelineLayout = new QVBoxLayout(timelinePane);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(0);
    timelineLayout->addLayout(timelineHeader);
    timelineLayout->addWidget(m_timeline, 1);
    return timelinePane;
}

bool ClientsPage::isShowingEmptyState() const
{
    return m_listStack->currentWidget() == m_emptyState;
}

bool ClientsPage::isShowingReadFailure() const
{
    return m_listStack->currentWidget() == m_readFailure;
}

void ClientsPage::showReadFailure(const StoreError &error)
{
    m_readFailure->setFailure(*m_store, error);
    m_listStack->setCurrentWidget(m_readFailure);
}

std::optional<Client> ClientsPage::readClient(const QString &ref)
{
    StoreError error;
    RowStamp stamp;
    std::optional<Client> client = m_store->clients().client(ref, &error, &stamp);
    if (error.isError())
        showReadFailure(error);
    if (client)
        m_readVersions.insert(ref, stamp.version);
    return client;
}

void ClientsPage::setStore(OpenStore *store)
{
    m_store = store;
    m_client.reset();
    m_filter->clear();
    m_clients->setFilter(QString());
    m_clients->setStore(store);
    showClient(std::nullopt);
    // Open on the first client rather than an empty record pane.
    if (m_clients->canFetchMore({}))
        m_clients->fetchMore({});
    if (m_clients->rowCount() > 0)
        m_clientTable->selectRow(0);
}

void ClientsPage::reload()
{
    if (m_dialogOpen) {
        m_reloadWaiting = true;
        return;
    }
    const QString ref = currentRef();
    m_clients->reload();
    if (!ref.isEmpty() && !selectClient(ref))
        showClient(std::nullopt);
}

bool ClientsPage::selectClient(const QString &ref)
{
    if (!m_store)
        return false;
    std::optional<Client> client = readClient(ref);
    if (!client)
        return false;
    int row = m_clients->rowOf(ref);
    if (row < 0 && !m_filter->text().isEmpty()) {
        m_filter->clear();
        m_clients->setFilter(QString());
        row = m_clients->rowOf(ref);
    }
    showClient(client);
    if (row >= 0) {
        const QSignalBlocker blocker(m_clientTable->selectionModel());
        m_clientTable->selectRow(row);
        m_clientTable->scrollTo(m_clients->index(row, 0));
    }
    return true;
}

void ClientsPage::showRecordPane()
{
    if (m_client)
        m_recordStack->setCurrentWidget(m_record);
    else
        m_recordStack->setCurrentWidget(m_clients->storeCount() == 0 ? m_noClients : m_noClientSelected);
}

void ClientsPage::showClient(const std::optional<Client> &client)
{
    const bool changed = (client ? client->ref : QString()) != currentRef();
    m_client = client;
    if (changed)
        Q_EMIT currentClientChanged(currentRef());
    showRecordPane();
    m_timeline->setClient(client);
    CaseStore *caseFile = m_store ? m_store->caseFile() : nullptr;
    if (client && caseFile) {
        // As the Legal basis tab: today's flags from the one check.
        StoreError error;
        if (const std::optional<AgreementCheck> check = CaseFileCheck::engine(*caseFile, &error))
            m_timeline->setFlags(check->check({*client}, QDate::currentDate()).flags);
        else if (error.isError())
            showReadFailure(error);
    }
    m_legalBasis->showClient(caseFile, client);
    if (!client) {
        m_allegations->setAllegations({});
        m_events->setClient({});
        updateActions();
        return;
    }
    QStringList identity;
    if (!client->country.isEmpty())
        identity << tr("Nationality: %1").arg(CountryNames::nameWithCode(client->country));
    if (!client->aNumber.isEmpty())
        identity << tr("A-number: %1").arg(client->aNumber);
    identity << tr("Ref: %1").arg(client->ref);
    m_header->setText(QStringLiteral("<span style='font-size:large; font-weight:600'>%1</span><br>%2")
                          .arg(client->name.toHtmlEscaped(), identity.join(QStringLiteral(" · ")).toHtmlEscaped()));

    const CaseTimeline timeline(*client, QDate::currentDate());
    const std::optional<int> delay = timeline.longestDisclosureDelayDays();
    m_figures->setText(tr("Days detained: %1 · Days separated: %2 · Longest disclosure delay: %3")
                           .arg(timeline.detentionDays())
                           .arg(timeline.separationDays())
                           .arg(delay ? tr("%n day(s)", nullptr, *delay) : tr("none recorded")));
    m_allegations->setAllegations(client->allegations);
    m_events->setClient(*client);
    updateActions();
}

bool ClientsPage::eventsTabShown() const
{
    return m_tabs->currentWidget() == m_eventTab;
}

int ClientsPage::selectedAllegation() const
{
    const QModelIndexList rows = m_allegationTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().data(Qt::UserRole).toInt();
}

int ClientsPage::selectedEvent() const
{
    const QModelIndexList rows = m_eventTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().data(Qt::UserRole).toInt();
}

void ClientsPage::updateActions()
{
    const bool open = m_store != nullptr;
    const bool client = m_client.has_value();
    const int item = eventsTabShown() ? selectedEvent() : selectedAllegation();
    m_newClient->setEnabled(open);
    m_editClient->setEnabled(client);
    m_deleteClient->setEnabled(client);
    m_addAllegation->setEnabled(client);
    m_addEvent->setEnabled(client);
    m_editItem->setEnabled(client && item >= 0);
    m_deleteItem->setEnabled(client && item >= 0);
    const int event = selectedEvent();
    m_openCitation->setEnabled(client && eventsTabShown() && event >= 0 && !m_client->events.at(event).evidence.isEmpty());
}

bool ClientsPage::runDialog(QDialog *dialog)
{
    m_dialogOpen = true;
    const bool accepted = m_runDialog(dialog);
    m_dialogOpen = false;
    // After the edit this dialog belongs to is saved (or refused), not in the middle of it.
    if (std::exchange(m_reloadWaiting, false))
        QTimer::singleShot(0, this, &ClientsPage::reload);
    return accepted;
}

bool ClientsPage::applyEdit(const std::optional<Client> &before, const std::optional<Client> &after, const char *text)
{
    if (!m_store)
        return false;
    ClientEditContext context;
    context.store = [this] { return m_store; };
    context.changed = [this](const QString &ref) {
        m_clients->reload();
        if (ref.isEmpty() || !selectClient(ref))
            showClient(std::nullopt);
        Q_EMIT clientsChanged();
    };
    context.failed = [this](const StoreError &error) {
        if (MessageBox::refusedSave(this, tr("Cannot save the change"), error, tr("Reload the client now?")))
            reload();
    };
    context.knownVersion = [this](const QString &ref) {
        return m_readVersions.contains(ref) ? std::optional<qint64>(m_readVersions.value(ref)) : std::nullopt;
    };
    context.saved = [this](const QString &ref, qint64 version) { m_readVersions.insert(ref, version); };
    auto *command = new SaveClientCommand(context, before, after, text);
    if (!command->applyBeforePush()) {
        delete command;
        return false;
    }
    m_undoStack->push(command);
    return true;
}

void ClientsPage::newClient()
{
    if (!m_store)
        return;
    Client client;
    StoreError error;
    const int clients = m_store->clients().clientCount(ClientQuery(), &error);
    if (error.isError())
        return showReadFailure(error);
    client.ref = QStringLiteral("C-%1").arg(clients + 1, 3, 10, QLatin1Char('0'));
    ClientDialog dialog(Client{}, this);
    dialog.findChild<QLineEdit *>(QStringLiteral("ref"))->setText(client.ref);
    // A ref another client has is refused by the case file (with a message); ask again.
    for (;;) {
        if (!runDialog(&dialog))
            return;
        if (applyEdit(std::nullopt, dialog.client(), QT_TRANSLATE_NOOP("ActivityLog", "Add Client")))
            return;
    }
}

void ClientsPage::editClient()
{
    if (!m_client)
        return;
    ClientDialog dialog(*m_client, this);
    for (;;) {
        if (!runDialog(&dialog))
            return;
        const Client edited = dialog.client();
        if (edited == *m_client || applyEdit(m_client, edited, QT_TRANSLATE_NOOP("ActivityLog", "Edit Client")))
            return;
    }
}

void ClientsPage::deleteClient()
{
    if (!m_client)
        return;
    const auto answer = MessageBox::question(
        this, tr("Delete Client"),
        tr("Delete %1 (%2) with %n allegation(s) and their events? Edit > Undo brings the record back.", nullptr,
           static_cast<int>(m_client->allegations.size()))
            .arg(m_client->name, m_client->ref),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        applyEdit(m_client, std::nullopt, QT_TRANSLATE_NOOP("ActivityLog", "Delete Client"));
}

void ClientsPage::addAllegation()
{
    if (!m_client)
        return;
    QStringList taken;
    for (const Allegation &a : m_client->allegations)
        taken << a.ref;
    Allegation allegation;
    allegation.ref = nextRef(QStringLiteral("AL"), taken);
    allegation.originCountry = m_client->country;
    AllegationDialog dialog(allegation, taken, this);
    // The ref is only a suggestion: this is a new allegation, not AL3 being edited.
    dialog.setWindowTitle(tr("New Allegation"));
    if (!runDialog(&dialog))
        return;
    Client edited = *m_client;
    edited.allegations << dialog.allegation();
    applyEdit(m_client, edited, QT_TRANSLATE_NOOP("ActivityLog", "Add Allegation"));
    m_tabs->setCurrentWidget(m_allegationTab);
}

void ClientsPage::editAllegation(int index)
{
    QStringList taken;
    for (const Allegation &a : m_client->allegations) {
        if (a.ref != m_client->allegations.at(index).ref)
            taken << a.ref;
    }
    AllegationDialog dialog(m_client->allegations.at(index), taken, this);
    if (!runDialog(&dialog))
        return;
    Client edited = *m_client;
    const Allegation changed = dialog.allegation();
    const QString oldRef = edited.allegations.at(index).ref;
    edited.allegations[index] = changed;
    // A renamed allegation keeps its links.
    if (changed.ref != oldRef) {
        for (CaseEvent &event : edited.events)
            std::replace(event.reliedOn.begin(), event.reliedOn.end(), oldRef, changed.ref);
    }
    if (edited != *m_client)
        applyEdit(m_client, edited, QT_TRANSLATE_NOOP("ActivityLog", "Edit Allegation"));
}

void ClientsPage::addEvent()
{
    if (!m_client)
        return;
    QStringList taken;
    for (const CaseEvent &e : m_client->events)
        taken << e.ref;
    CaseEvent event;
    event.ref = nextRef(QStringLiteral("E"), taken);
    event.type = EventType::Encounter;
    EventDialog dialog(event, m_client->allegations, taken, m_shownPage, this);
    dialog.setWindowTitle(tr("New Event"));
    if (!runDialog(&dialog))
        return;
    Client edited = *m_client;
    edited.events << dialog.event();
    applyEdit(m_client, edited, QT_TRANSLATE_NOOP("ActivityLog", "Add Event"));
    m_tabs->setCurrentWidget(m_eventTab);
}

void ClientsPage::editEvent(int index)
{
    QStringList taken;
    for (const CaseEvent &e : m_client->events) {
        if (e.ref != m_client->events.at(index).ref)
            taken << e.ref;
    }
    EventDialog dialog(m_client->events.at(index), m_client->allegations, taken, m_shownPage, this);
    if (!runDialog(&dialog))
        return;
    Client edited = *m_client;
    edited.events[index] = dialog.event();
    if (edited != *m_client)
        applyEdit(m_client, edited, QT_TRANSLATE_NOOP("ActivityLog", "Edit Event"));
}

bool ClientsPage::citeInEvent(const QString &ref, int eventIndex, const EvidenceCitation &citation)
{
    // Read again: the client cited may not be the one shown here.
    const std::optional<Client> client = m_store ? readClient(ref) : std::nullopt;
    if (!client || eventIndex < 0 || eventIndex >= client->events.size())
        return false;
    Client edited = *client;
    if (!edited.events[eventIndex].evidence.contains(citation)) {
        edited.events[eventIndex].evidence << citation;
        if (!applyEdit(client, edited, QT_TRANSLATE_NOOP("ActivityLog", "Cite Page as Evidence")))
            return false;
    }
    selectClient(ref);
    return true;
}

void ClientsPage::editSelected()
{
    if (!m_client)
        return;
    if (eventsTabShown()) {
        if (const int index = selectedEvent(); index >= 0)
            editEvent(index);
    } else if (const int index = selectedAllegation(); index >= 0) {
        editAllegation(index);
    }
}

void ClientsPage::deleteSelected()
{
    if (!m_client)
        return;
    Client edited = *m_client;
    if (eventsTabShown()) {
        const int index = selectedEvent();
        if (index < 0)
            return;
        edited.events.removeAt(index);
        applyEdit(m_client, edited, QT_TRANSLATE_NOOP("ActivityLog", "Delete Event"));
        return;
    }
    const int index = selectedAllegation();
    if (index < 0)
        return;
    const QString ref = edited.allegations.at(index).ref;
    int relying = 0;
    for (CaseEvent &event : edited.events)
        relying += event.reliedOn.removeAll(ref) > 0 ? 1 : 0;
    if (relying > 0) {
        const auto answer = MessageBox::question(
            this, tr("Delete Allegation"),
            tr("%n event(s) relied on allegation %1. Delete it and those links?", nullptr, relying).arg(ref),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    edited.allegations.removeAt(index);
    applyEdit(m_client, edited, QT_TRANSLATE_NOOP("ActivityLog", "Delete Allegation"));
}

void ClientsPage::openSelectedCitation()
{
    const int index = selectedEvent();
    if (!m_client || index < 0 || m_client->events.at(index).evidence.isEmpty())
        return;
    const EvidenceCitation &citation = m_client->events.at(index).evidence.constFirst();
    Q_EMIT citationActivated(citation.document, citation.page);
}

void ClientsPage::follow(CaseFile *caseFile)
{
    connect(caseFile, &CaseFile::openStoreChanged, this, &ClientsPage::setStore);
    connect(caseFile, &CaseFile::clientsChanged, this, &ClientsPage::reload);
    // This page shows its own edits already; the log records them.
    connect(this, &ClientsPage::clientsChanged, caseFile, [caseFile] { caseFile->notify(CaseFile::Change::Activity); });
}

} // namespace rebuttal
