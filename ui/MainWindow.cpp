#include "MainWindow.h"
#include "text/AtomicFile.h"

#include "AboutDialog.h"
#include "CaseFile.h"
#include "CustodyLog.h"
#include "EmptyState.h"
#include "ReadFailureState.h"
#include "jobs/CaseFileJobs.h"
#include "jobs/JobRunner.h"
#include "MessageBox.h"
#include "SaveFileDialog.h"
#include "PageView.h"
#include "models/ActivityLogModel.h"
#include "models/ClientListModel.h"
#include "dialogs/CiteEventDialog.h"
#include "dialogs/ServerConnectDialog.h"
#include "pages/ClientsPage.h"
#include "PreferencesDialog.h"
#include "ScreenFit.h"
#include "ShortcutsDialog.h"
#include "SummaryPreviewDialog.h"
#include "UserGuideDialog.h"
#include "pages/DocumentsPage.h"
#include "pages/AuditPage.h"
#include "pages/ResearchPage.h"
#include "pages/TablePage.h"
#include "pages/VaughnPage.h"
#include "pages/AgreementsPage.h"
#include "cases/CaseRecordsReader.h"
#include "cases/CaseRecordsWriter.h"
#include "store/ActivityLog.h"
#include "store/DocumentCatalog.h"
#include "store/CaseStore.h"
#include "store/ClientRecords.h"
#include "store/OpenStore.h"
#include "store/ServerLocation.h"
#include "store/ServerStore.h"
#include "import/DemoCaseFile.h"
#include "report/EvidenceSummary.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QListView>
#include <QMenuBar>
#include <QUndoStack>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

namespace rebuttal {

namespace {
constexpr int kMaxRecentFiles = 8;
const QString kRecentKey = QStringLiteral("recentFiles");

QString caseFileFilter()
{
    return MainWindow::tr("Rebuttal case files (*.rebuttal)");
}

const QString kFolderKey = QStringLiteral("files/lastFolder");

// Where the file dialogs open: the folder of the last file chosen in one (productions arrive
// together in one download folder), else the documents folder, else home (a fresh account may
// have no Documents, and a folder that is missing would be offered as the file's name).
QString startFolder()
{
    for (const QString &folder : {QSettings().value(kFolderKey).toString(),
                                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)}) {
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return folder;
    }
    return QDir::homePath();
}

// `path`, when one was chosen, is where the next file dialog opens; passes it on.
QString rememberFolder(const QString &path)
{
    if (!path.isEmpty())
        QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    return path;
}

QString withSuffix(QString path)
{
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".rebuttal");
    return path;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_central(new QStackedWidget(this))
    , m_clients(new ClientListModel(this))
    , m_undoStack(new QUndoStack(this))
    , m_activity(new ActivityLogModel(this))
    , m_jobs(new JobRunner(this))
    , m_caseFile(new CaseFile(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/rebuttal.svg")));
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_central);
    createActions();
    createPages();
    // An import's job commits on a connection of its own and the window refreshes once it ends:
    // the feed leaves its notices out until the job's connection says it is done, so one import
    // is one refresh.
    m_caseFile->setOwnWriters([this](int backendPid) { return m_jobs->ranOnServerBackend(backendPid); });
    connect(m_caseFile, &CaseFile::serverSessionEnded, m_jobs, &JobRunner::heardSessionEnd);
    connect(m_caseFile, &CaseFile::serverFeedInterrupted, m_jobs, [this](const QString &problem) {
        if (!problem.isEmpty())
            m_jobs->forgetEndedSessions();
    });
    // The change feed of a server matter: a drop is said where it does not interrupt the work, and
    // so is its return (when every page has been read again).
    connect(m_caseFile, &CaseFile::serverFeedInterrupted, this, [this](const QString &problem) {
        const ServerLocation *server = m_caseFile->openStore() ? m_caseFile->openStore()->serverLocation() : nullptr;
        const QString where = server ? server->title() : tr("the server");
        statusBar()->setToolTip(problem); // why it dropped, for whoever asks
        if (problem.isEmpty()) {
            statusBar()->showMessage(tr("Reconnected to %1; every page was read again.").arg(where), 10000);
            return;
        }
        statusBar()->showMessage(tr("Connection to %1 lost; retrying... Colleagues' changes show once it is back.").arg(where));
    });
    restoreLayout();
    updateTitleAndActions();
    statusBar()->showMessage(tr("Ready"), 3000);
}

MainWindow::~MainWindow()
{
    // Pages and models refer to the store: they let go of it before it goes.
    closeCaseFile();
}

void MainWindow::createActions()
{
    createFileMenu();
    createOtherMenus();
    rebuildRecentMenu();
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_newAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Case File..."), this,
                                  &MainWindow::chooseAndCreate);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Create an empty case file for a new matter"));
    m_openAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Case File..."), this,
                                   &MainWindow::chooseAndOpen);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open an existing case file (.rebuttal)"));
    m_connectAction = file->addAction(QIcon::fromTheme(QStringLiteral("network-server")), tr("Connect to &Server..."), this,
                                      &MainWindow::chooseAndConnect);
    m_connectAction->setObjectName(QStringLiteral("connectToServer"));
    m_connectAction->setToolTip(tr("Open a matter your team keeps on a PostgreSQL server"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    // The welcome's "Open <last case file>": Open Recent's first entry again (rebuildRecentMenu).
    m_reopenAction = new QAction(this);
    m_reopenAction->setObjectName(QStringLiteral("reopenLast"));
    connect(m_reopenAction, &QAction::triggered, this, [this] {
        if (QAction *last = m_recentMenu->actions().value(0))
            last->trigger();
    });
    m_demoAction = file->addAction(tr("Open &Demo Case File"), this, &MainWindow::openDemo);
    m_demoAction->setToolTip(tr("Explore Rebuttal with the published client stories"));
    file->addSeparator();
    m_importProductionAction = file->addAction(tr("&Import Production..."), this, &MainWindow::chooseAndImportProduction);
    m_importProductionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importProductionAction->setObjectName(QStringLiteral("importProduction"));
    m_importProductionAction->setToolTip(tr("Add a FOIA production (PDF, text or scanned) to this case file"));
    m_importVaughnAction = file->addAction(tr("Import &Vaughn Index..."), this, &MainWindow::chooseAndImportVaughnIndex);
    m_importVaughnAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_importVaughnAction->setObjectName(QStringLiteral("importVaughnIndex"));
    m_importVaughnAction->setToolTip(tr("Add the agency's Vaughn index (a PDF table, text or CSV) to audit it against the production"));
    m_importAgreementsAction = file->addAction(tr("Import &Agreements..."), this, [this] {
        const QString path = rememberFolder(QFileDialog::getOpenFileName(this, tr("Import Agreements"), startFolder(),
                                                          tr("Agreements registries (*.json)") + QStringLiteral(";;") + tr("All files (*)")));
        if (!path.isEmpty())
            importAgreements(path);
    });
    m_importAgreementsAction->setObjectName(QStringLiteral("importAgreements"));
    m_importAgreementsAction->setToolTip(tr("Add or update the agreements (MOC, SOP, ISAA...) of a rebuttal.agreements registry"));
    m_importCasesAction = file->addAction(tr("Import Case R&ecords..."), this, &MainWindow::chooseAndImportCases);
    m_importCasesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_importCasesAction->setObjectName(QStringLiteral("importCaseRecords"));
    m_importCasesAction->setToolTip(tr("Add or update clients from a rebuttal.cases JSON or CSV file"));
    m_exportCasesAction = file->addAction(tr("E&xport Case Records..."), this, &MainWindow::chooseAndExportCases);
    m_exportCasesAction->setObjectName(QStringLiteral("exportCaseRecords"));
    m_exportCasesAction->setToolTip(tr("Write every client's records as rebuttal.cases JSON or CSV, e.g. for another case file"));
    file->addSeparator();
    m_exportSummaryAction = file->addAction(tr("Export Su&mmary..."), this, [this] { exportSummary(selectedClientRef()); });
    m_exportSummaryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportSummaryAction->setToolTip(tr("Write the selected client's evidence summary as a PDF, for a hearing, a "
                                         "congressional office or a complaint"));
    m_saveCopyAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save a &Copy..."), this,
                                       &MainWindow::chooseAndSaveCopy);
    m_saveCopyAction->setObjectName(QStringLiteral("saveCopy"));
    // The platform's Save As where it has one; Ctrl+Shift+S where it has none (XFCE, offscreen).
    m_saveCopyAction->setShortcut(QKeySequence::keyBindings(QKeySequence::SaveAs).value(0, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    m_saveCopyAction->setToolTip(tr("Write a copy of the open case file, everything in it, and check it table by table "
                                    "against the original, e.g. for a backup"));
    m_verifyAction = file->addAction(tr("Veri&fy Case File..."), this, &MainWindow::verifyCaseFile);
    m_verifyAction->setObjectName(QStringLiteral("verifyCaseFile"));
    m_verifyAction->setToolTip(tr("Read the whole case file or matter for damage: every page of the database (on a "
                                  "server: the matter's objects, grants and rows), and every stored file against its SHA-256"));
    // Research exports act on the Research page's figures, with its filters; they show it first.
    m_exportChartAction = file->addAction(tr("Export C&hart..."), this, [this] {
        showPage(ResearchPage);
        m_researchPage->chooseAndExportChart();
    });
    m_exportChartAction->setToolTip(tr("Save the Research page's current chart as a PNG or SVG image"));
    m_exportDeidentifiedAction = file->addAction(tr("Export De-iden&tified..."), this, [this] {
        showPage(ResearchPage);
        m_researchPage->chooseAndExportDeidentified();
    });
    m_exportDeidentifiedAction->setToolTip(tr("Save outcome counts by source as CSV, without identities, counts below 5 suppressed"));
    m_exportDatasetAction = file->addAction(tr("Ex&port Research Dataset..."), this, [this] {
        showPage(ResearchPage);
        m_researchPage->chooseAndExportDataset();
    });
    m_exportDatasetAction->setToolTip(tr("Save one de-identified row per client as CSV: no names, refs or dates"));
    m_closeAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-close")), tr("C&lose Case File"), this,
                                    &MainWindow::closeCaseFile);
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    m_quitAction = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
}

// Edit (undo, preferences), Client (the Clients page's actions, added with the page) and Help.
void MainWindow::createOtherMenus()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addActions({undo, redo});
    edit->addSeparator();
    m_preferencesAction = edit->addAction(tr("&Preferences..."), this, &MainWindow::showPreferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);

    m_clientMenu = menuBar()->addMenu(tr("&Client"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("&User Guide"), this,
                                     &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    help->addSeparator();
    m_aboutAction = help->addAction(tr("&About Rebuttal"), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createPages()
{
    createWelcome();
    m_workspace = new QSplitter(Qt::Horizontal, m_central);
    m_workspace->setObjectName(QStringLiteral("workspace"));
    m_workspace->setChildrenCollapsible(false);
    createNavigation();
    m_pages = new QStackedWidget(m_workspace);
    createClientsPage();
    createDocumentsPage();
    createIndexPages();
    createResearchPage();
    createActivityPage();
    // A page's title names it where its actions are listed (Help > Keyboard Shortcuts).
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setWindowTitle(m_navigationModel->item(i)->text());

    m_workspace->addWidget(m_navigation);
    m_workspace->addWidget(m_pages);
    m_workspace->setStretchFactor(1, 1);
    m_workspace->setSizes({180, 820});

    m_central->addWidget(m_welcome);
    m_central->addWidget(m_workspace);

    connect(m_navigation->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showCurrentPage();
            });
    showPage(ClientsPage);
}

void MainWindow::createWelcome()
{
    m_welcome = new EmptyState(m_central);
    m_welcome->setTitle(tr("No case file is open"));
    m_welcome->setExplanation(tr("A case file keeps a matter's FOIA productions, Vaughn indexes and client records "
                                 "together in one file on this computer. Create one, open one, or explore the demo."));
    // The matter worked on last time comes first: most days the user goes back to it.
    m_welcome->addAction(m_reopenAction);
    m_welcome->addAction(m_newAction);
    m_welcome->addAction(m_openAction);
    m_welcome->addAction(m_connectAction);
    m_welcome->addAction(m_demoAction);
}

void MainWindow::createNavigation()
{
    m_navigation = new QListView(m_workspace);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigation->setMinimumWidth(160);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral("QListView { background: palette(window); font-size: 11pt; }"
                                               "QListView::item { padding: 8px 12px; }"));
    m_navigationModel = new QStandardItemModel(this);
    const QList<std::pair<QString, QString>> entries{
        {tr("Clients"), tr("Clients, their allegations, events and timelines")},
        {tr("Documents"), tr("FOIA productions: pages, redactions and exemptions")},
        {tr("Vaughn indexes"), tr("The agency's justifications for each withholding")},
        {tr("Agreements"), tr("The instruments under which foreign data was shared, and the check against them")},
        {tr("Audit"), tr("Where the Vaughn index and the production disagree")},
        {tr("Research"), tr("Aggregated outcomes across clients")},
        {tr("Activity log"), tr("Chain of custody: every import, edit and export")},
    };
    for (int i = 0; i < entries.size(); ++i) {
        auto *item = new QStandardItem(entries.at(i).first);
        item->setToolTip(entries.at(i).second + QStringLiteral(" (Ctrl+%1)").arg(i + 1));
        m_navigationModel->appendRow(item);
        auto *shortcut = new QAction(tr("Show %1").arg(entries.at(i).first), this);
        shortcut->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(shortcut, &QAction::triggered, this, [this, i] { showPage(static_cast<Page>(i)); });
        addAction(shortcut);
    }
    m_navigation->setModel(m_navigationModel);
    // As wide as its longest entry in the current language, never scrolling sideways.
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setMinimumWidth(std::max(160, m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 8));
}

void MainWindow::createClientsPage()
{
    m_clientsPage = new rebuttal::ClientsPage(m_clients, m_undoStack, m_pages);
    m_clientsPage->follow(m_caseFile);
    m_clientsPage->emptyState()->addAction(m_importCasesAction);
    m_clientsPage->emptyState()->addAction(m_demoAction);
    connect(m_clientsPage, &rebuttal::ClientsPage::citationActivated, this, &MainWindow::openCitation);
    m_pages->addWidget(m_clientsPage);
    m_clientMenu->addActions({m_clientsPage->newClientAction(), m_clientsPage->editClientAction(),
                              m_clientsPage->deleteClientAction()});
    m_clientMenu->addSeparator();
    m_clientMenu->addActions({m_clientsPage->addAllegationAction(), m_clientsPage->addEventAction(),
                              m_clientsPage->editItemAction(), m_clientsPage->deleteItemAction(),
                              m_clientsPage->openCitationAction()});
    m_selectedClientRef = [this] { return m_clientsPage->currentRef(); };
    connect(m_clientsPage, &rebuttal::ClientsPage::currentClientChanged, this, &MainWindow::clientSelectionChanged);
    m_clientsPage->clientToolBar()->addSeparator();
    m_clientsPage->clientToolBar()->addAction(m_exportSummaryAction);
    m_clientsPage->setShownPageSource([this] { return shownPage(); });
}

void MainWindow::createDocumentsPage()
{
    m_documentsPage = new rebuttal::DocumentsPage(m_undoStack, m_importProductionAction, m_pages);
    m_documentsPage->follow(m_caseFile);
    auto *cite = new QAction(tr("&Cite as Evidence..."), this);
    cite->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    cite->setToolTip(tr("Cite this page as evidence for an event of a client"));
    connect(cite, &QAction::triggered, this, &MainWindow::citeShownPage);
    m_documentsPage->addPageAction(cite);
    connect(m_documentsPage, &rebuttal::DocumentsPage::redetectRequested, this, &MainWindow::redetectProduction);
    // The page's "Reading the production..." goes when the read ends, without taking another
    // notice shown since with it (the change feed's "Connection lost; retrying...").
    connect(m_documentsPage, &rebuttal::DocumentsPage::statusMessage, this,
            [this, pageSaid = std::make_shared<QString>()](const QString &message) {
                if (!message.isEmpty())
                    statusBar()->showMessage(message, 8000);
                else if (statusBar()->currentMessage() == *pageSaid)
                    statusBar()->clearMessage();
                *pageSaid = message;
            });
    m_pages->addWidget(m_documentsPage);
}

void MainWindow::createIndexPages()
{
    m_vaughnPage = new rebuttal::VaughnPage(m_importVaughnAction, m_pages);
    m_vaughnPage->follow(m_caseFile);
    // A page asked for from an entry or a finding opens on the Documents page, to be worked on there.
    const auto openPage = [this](qint64 production, int page) {
        m_documentsPage->showDocument(production, page);
        showPage(DocumentsPage);
    };
    connect(m_vaughnPage, &rebuttal::VaughnPage::pageRequested, this, openPage);
    m_pages->addWidget(m_vaughnPage);
    m_agreementsPage = new rebuttal::AgreementsPage(m_importAgreementsAction, m_undoStack, m_pages);
    m_agreementsPage->follow(m_caseFile);
    connect(m_agreementsPage, &rebuttal::AgreementsPage::citationActivated, this, &MainWindow::openCitation);
    m_pages->addWidget(m_agreementsPage);
    m_auditPage = new rebuttal::AuditPage(m_importVaughnAction, m_pages);
    m_auditPage->follow(m_caseFile);
    connect(m_auditPage, &rebuttal::AuditPage::pageRequested, this, openPage);
    m_pages->addWidget(m_auditPage);
}

void MainWindow::createResearchPage()
{
    m_researchPage = new rebuttal::ResearchPage(m_pages);
    m_researchPage->follow(m_caseFile);
    m_researchPage->emptyState()->addAction(m_importCasesAction);
    m_researchPage->emptyState()->addAction(m_demoAction);
    m_pages->addWidget(m_researchPage);
}

void MainWindow::createActivityPage()
{
    m_activity->follow(m_caseFile);
    auto *activity = new TablePage(m_activity, [this] { return m_activity->rowCount() == 0; }, m_pages);
    activity->emptyState()->setTitle(tr("No activity recorded"));
    activity->emptyState()->setExplanation(tr("Every import, edit and export of this case file is recorded here."));
    activity->setReadFailure([this] {
        const StoreError error = m_activity->readError();
        return error.isError() && m_activity->store() ? ReadFailureState::describe(*m_activity->store(), error) : QString();
    });
    activity->enableFilter(tr("Filter the log"));
    activity->setStretchColumn(ActivityLogModel::Detail, QStringLiteral("activity"));
    m_pages->addWidget(activity);
}

CaseStore *MainWindow::store() const
{
    return m_caseFile->store();
}

OpenStore *MainWindow::openStore() const
{
    return m_caseFile->openStore();
}

MainWindow::Page MainWindow::currentPage() const
{
    const int row = m_navigation->currentIndex().row();
    return static_cast<Page>(row >= 0 ? row : m_pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentIndex(m_navigationModel->index(page, 0));
    showCurrentPage();
}

void MainWindow::showCurrentPage()
{
    const int row = m_navigation->currentIndex().row();
    const Page page = static_cast<Page>(row >= 0 ? row : 0);
    m_pages->setCurrentWidget(m_pages->widget(page));
}

bool MainWindow::connectToServer(const ServerLocation &location)
{
    StoreError error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ServerStore::SchemaState schema = ServerStore::schemaState(location, &error);
    QApplication::restoreOverrideCursor();
    if (error.isError()) {
        MessageBox::critical(this, tr("Cannot open the matter"), error.message);
        return false;
    }
    // An older matter is upgraded only when the user agrees, since it changes the matter for the
    // whole team, and off the GUI thread.
    if (schema.needsUpgrade())
        return upgradeThenConnect(location, schema);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::unique_ptr<ServerStore> server = ServerStore::open(location, &error);
    QApplication::restoreOverrideCursor();
    if (!server) {
        MessageBox::critical(this, tr("Cannot open the matter"), error.message);
        return false;
    }
    closeCaseFile();
    m_caseFile->adopt(OpenStore::ofServer(std::move(server)));
    updateTitleAndActions();
    rememberRecent(location.display());
    return true;
}

bool MainWindow::upgradeThenConnect(const ServerLocation &location, const ServerStore::SchemaState &schema)
{
    const QString why = tr("The matter %1 was last used with an older version of Rebuttal (schema %2; this version needs %3).")
                            .arg(location.title())
                            .arg(schema.stored)
                            .arg(schema.current);
    if (!schema.mayUpgrade) {
        MessageBox::critical(this, tr("The matter needs an upgrade"),
                             why + QStringLiteral("\n\n")
                                 + tr("Only its owner (%1) or a database administrator may upgrade it: ask them to open it once "
                                      "with this version. Until then, open it with the version of Rebuttal it was last used with.")
                                       .arg(schema.owner));
        return false;
    }
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Upgrade the matter?"),
        why + QStringLiteral("\n\n")
            + tr("Upgrading changes the matter for the whole team: colleagues still on an older version of Rebuttal cannot open "
                 "it until they update. The upgrade runs in one transaction, so if it fails or is cancelled the matter stays as it was.\n\n"
                 "Upgrade it now?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    // The result: nullopt when the upgrade was cancelled and rolled back.
    auto job = std::make_unique<TypedJob<std::optional<StoreError>>>([location](Job &job) -> std::optional<StoreError> {
        bool rolledBack = false;
        const StoreError failure = ServerStore::upgrade(location, job.cancelFlag(), &rolledBack);
        if (rolledBack && !failure.isError())
            return std::nullopt;
        return failure;
    });
    return m_jobs->start(std::move(job), {tr("Upgrading the Matter"), tr("Upgrading %1 on the server...").arg(location.title()), {}},
                         [this, location](const std::optional<StoreError> &failure) {
                             if (!failure)
                                 return; // cancelled: the matter stays as it was, and closed
                             if (failure->isError()) {
                                 MessageBox::critical(this, tr("Cannot upgrade the matter"), failure->message);
                                 return;
                             }
                             connectToServer(location);
                         });
}

void MainWindow::chooseAndConnect()
{
    // The last matter connected to fills the fields: a team works the same server day after day.
    QString problem;
    const QString last = QSettings().value(QStringLiteral("lastServerMatter")).toString();
    ServerConnectDialog dialog(ServerLocation::parse(last, &problem).value_or(ServerLocation()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (connectToServer(dialog.location()))
        QSettings().setValue(QStringLiteral("lastServerMatter"), dialog.location().display());
}

QWidget *MainWindow::pageWidget(Page page) const
{
    return m_pages->widget(page);
}

bool MainWindow::openCaseFile(const QString &path)
{
    StoreError error;
    std::unique_ptr<CaseStore> store = CaseStore::open(path, &error);
    if (!store) {
        MessageBox::critical(this, tr("Cannot open the case file"), error.message);
        return false;
    }
    adopt(std::move(store));
    rememberRecent(path);
    return true;
}

bool MainWindow::createCaseFile(const QString &path)
{
    StoreError error;
    std::unique_ptr<CaseStore> store = CaseStore::create(path, &error);
    if (!store) {
        MessageBox::critical(this, tr("Cannot create the case file"), error.message);
        return false;
    }
    adopt(std::move(store));
    rememberRecent(path);
    return true;
}

bool MainWindow::openDemo()
{
    const QString path = DemoCaseFile::defaultPath();
    if (const StoreError error = DemoCaseFile::ensure(path); error.isError()) {
        MessageBox::critical(this, tr("Cannot create the demo case file"), error.message);
        return false;
    }
    if (!openCaseFile(path))
        return false;
    statusBar()->showMessage(tr("Demo case file: the client stories of a published policy brief."), 8000);
    return true;
}

void MainWindow::adopt(std::unique_ptr<CaseStore> store)
{
    closeCaseFile();
    m_caseFile->adopt(std::move(store));
    updateTitleAndActions();
}

void MainWindow::closeCaseFile()
{
    cancelImport();
    m_undoStack->clear();
    m_caseFile->close();
    updateTitleAndActions();
}

void MainWindow::updateTitleAndActions()
{
    // What needs a case file yet is disabled on a server matter.
    const bool anything = m_caseFile->isOpen();
    const bool open = store() != nullptr;
    m_central->setCurrentWidget(anything ? static_cast<QWidget *>(m_workspace) : m_welcome);
    // After Close the focus would stay on a hidden page: the keyboard starts at the first step.
    if (!anything)
        m_welcome->focusFirstStep();
    showCurrentPage();
    // Imports, exports and Save a Copy run on a server matter too (each job opens its own
    // connection to it; the research exports act on the Research page, which reads either);
    // Verify checks a case file or a matter alike.
    m_saveCopyAction->setEnabled(anything);
    m_verifyAction->setEnabled(anything);
    for (QAction *action : {m_exportChartAction, m_exportDeidentifiedAction, m_exportDatasetAction})
        action->setEnabled(anything);
    for (QAction *action : {m_importCasesAction, m_exportCasesAction, m_importProductionAction, m_importVaughnAction,
                            m_importAgreementsAction})
        action->setEnabled(anything);
    m_closeAction->setEnabled(anything);
    clientSelectionChanged();
    setWindowFilePath(open ? store()->filePath() : QString());
    // A server matter by host/db/matter: the address holds no password, so none can show.
    const QString name = open ? QFileInfo(store()->filePath()).fileName() : anything ? openStore()->displayName() : QString();
    setWindowTitle(anything ? tr("%1 — Rebuttal").arg(name) : tr("Rebuttal"));
}

void MainWindow::chooseAndCreate()
{
    // A name to type over, never a folder's: "New case file.rebuttal", numbered past those there are.
    const QDir folder(startFolder());
    QString suggestion = folder.filePath(tr("New case file") + QStringLiteral(".rebuttal"));
    for (int number = 2; QFileInfo::exists(suggestion); ++number)
        suggestion = folder.filePath(tr("New case file %1").arg(number) + QStringLiteral(".rebuttal"));
    const QString path = rememberFolder(QFileDialog::getSaveFileName(this, tr("New Case File"), suggestion, caseFileFilter()));
    if (path.isEmpty())
        return;
    const QString target = withSuffix(path);
    if (QFileInfo::exists(target)) {
        // The dialog already asked to overwrite; a case file is never replaced by an empty one.
        MessageBox::critical(this, tr("Cannot create the case file"),
                             tr("%1 already exists. Rebuttal does not overwrite files; choose a new name.")
                                 .arg(QFileInfo(target).fileName()));
        return;
    }
    createCaseFile(target);
}

void MainWindow::chooseAndOpen()
{
    const QString path = rememberFolder(QFileDialog::getOpenFileName(this, tr("Open Case File"), startFolder(),
                                                                     caseFileFilter() + QStringLiteral(";;") + tr("All files (*)")));
    if (!path.isEmpty())
        openCaseFile(path);
}

void MainWindow::importCaseRecords(const QString &path)
{
    if (!openStore())
        return;
    // Thousands of clients take seconds: off the GUI thread, with a Cancel that rolls back.
    m_jobs->start(CaseFileJobs::importCaseRecords(openAddress(), path),
                  {tr("Import Case Records"), tr("Importing case records from %1...").arg(QFileInfo(path).fileName()), {}},
                  [this](const CaseRecordsImportResult &result) { finishCaseRecordsImport(result); });
}

void MainWindow::finishCaseRecordsImport(const CaseRecordsImportResult &result)
{
    using Outcome = CaseRecordsImportResult::Outcome;
    switch (result.outcome) {
    case Outcome::Cancelled:
        statusBar()->showMessage(unchangedAfterCancel(), 8000);
        break;
    case Outcome::Rejected:
    case Outcome::StoreFailed:
        MessageBox::critical(this, tr("Cannot import the case records"), result.message);
        break;
    case Outcome::Imported: {
        const CaseImportCounts &counts = result.counts;
        if (!result.warnings.isEmpty())
            MessageBox::information(this, tr("Imported: some dates to check"), result.warnings.join(QLatin1Char('\n')));
        // Records the import replaced may be in the undo history.
        m_undoStack->clear();
        m_caseFile->notify({CaseFile::Change::Clients, CaseFile::Change::Activity});
        showPage(ClientsPage);
        statusBar()->showMessage(tr("Imported %n client(s)", nullptr, counts.clients)
                                     + tr(" with %n allegation(s)", nullptr, counts.allegations)
                                     + tr(" and %n event(s).", nullptr, counts.events),
                                 8000);
        break;
    }
    }
    Q_EMIT caseRecordsImportFinished(result.outcome);
}

void MainWindow::chooseAndExportCases()
{
    if (!openStore())
        return;
    QString selected;
    const QString json = tr("Case records (*.json)");
    const QString csv = tr("Case records as CSV (*.csv)");
    const QString path = rememberFolder(SaveFileDialog::ask(this, tr("Export Case Records"), startFolder(),
                                                            json + QStringLiteral(";;") + csv, &selected));
    if (path.isEmpty())
        return;
    QString target = path;
    const QString wanted = selected == csv ? QStringLiteral(".csv") : QStringLiteral(".json");
    if (!target.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) && !target.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        target += wanted;
    exportCaseRecords(target);
}

bool MainWindow::exportCaseRecords(const QString &path)
{
    if (!openStore())
        return false;
    StoreError error;
    const std::optional<CaseRecords> records = openStore()->clients().allRecords(&error);
    if (!records) {
        MessageBox::critical(this, tr("Cannot export the case records"), error.message);
        return false;
    }
    const bool csv = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    const QByteArray bytes = csv ? CaseRecordsWriter::toCsv(*records) : CaseRecordsWriter::toJson(*records);
    QString problem;
    if (!AtomicFile::write(path, bytes, &problem)) {
        MessageBox::critical(this, tr("Cannot export the case records"),
                             tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), problem));
        return false;
    }
    CustodyLog::record(this, *openStore(), QStringLiteral("export.cases"),
                       CaseRecordsWriter::logDetail(static_cast<int>(records->clients.size()), csv, bytes));
    m_caseFile->notify(CaseFile::Change::Activity);
    statusBar()->showMessage(tr("Exported %n client(s) to %1.", nullptr, static_cast<int>(records->clients.size()))
                                 .arg(QFileInfo(path).fileName()),
                             8000);
    return true;
}

std::optional<EventDialog::ShownPage> MainWindow::shownPage() const
{
    if (!openStore() || m_documentsPage->currentDocument() <= 0)
        return std::nullopt;
    const qint64 document = m_documentsPage->currentDocument();
    const int page = m_documentsPage->currentPage();
    // Cite by Bates number when the page has one: that is how the production names it. The page
    // view already holds the shown page; no need to read the production's pages again.
    const QString bates = m_documentsPage->pageView()->page().bates;
    StoreError error;
    const std::optional<DocumentSummary> summary = openStore()->documents().document(document, &error);
    if (error.isError()) {
        showReadFailure(error);
        return std::nullopt;
    }
    const QString file = summary ? summary->fileName : QString::number(document);
    if (!bates.isEmpty())
        return EventDialog::ShownPage{{bates, 0}, tr("%1, page %2 (Bates %3)").arg(file).arg(page).arg(bates)};
    return EventDialog::ShownPage{{QString::number(document), page}, tr("%1, page %2").arg(file).arg(page)};
}

void MainWindow::showReadFailure(const StoreError &error) const
{
    // window(): a const function may still parent a message box on this window.
    const OpenStore *store = openStore();
    const QString failure = store ? ReadFailureState::describe(*store, error) : error.message;
    MessageBox::critical(window(), store ? ReadFailureState::title(*store) : tr("Cannot read the case file"), failure);
}

void MainWindow::citeShownPage()
{
    const std::optional<EventDialog::ShownPage> shown = shownPage();
    if (!shown)
        return;
    StoreError error;
    const int clients = openStore()->clients().clientCount(ClientQuery(), &error);
    if (error.isError()) {
        showReadFailure(error);
        return;
    }
    if (clients == 0) {
        MessageBox::information(this, tr("Cite as Evidence"),
                                tr("There are no clients yet. Add the client and the event this page proves on the Clients "
                                   "page, then cite the page."));
        return;
    }
    CiteEventDialog dialog(openStore(), m_clientsPage->currentRef(), shown->description, this);
    if (!m_clientsPage->runDialog(&dialog) || dialog.eventIndex() < 0)
        return;
    if (m_clientsPage->citeInEvent(dialog.clientRef(), dialog.eventIndex(), shown->citation))
        statusBar()->showMessage(tr("Cited %1 for %2.").arg(shown->description, dialog.clientRef()), 8000);
}

void MainWindow::openCitation(const QString &document, int page)
{
    if (!openStore())
        return;
    StoreError error;
    const std::optional<DocumentReader::PageRef> target = openStore()->documents().resolveCitation(document, page, &error);
    if (error.isError())
        return showReadFailure(error);
    if (!target) {
        const QString cited = page > 0 ? tr("%1, page %2").arg(document).arg(page) : document;
        MessageBox::information(this, tr("Cited page not found"),
                                tr("No imported production has the page cited as %1. Import the production that "
                                   "carries it (File > Import Production) and the citation will open it.")
                                    .arg(cited));
        return;
    }
    showPage(DocumentsPage);
    m_documentsPage->showDocument(target->documentId, target->page);
}

void MainWindow::chooseAndImportCases()
{
    const QString path = rememberFolder(QFileDialog::getOpenFileName(
        this, tr("Import Case Records"), startFolder(), tr("Case records (*.json *.csv)") + QStringLiteral(";;") + tr("All files (*)")));
    if (!path.isEmpty())
        importCaseRecords(path);
}

void MainWindow::chooseAndImportProduction()
{
    const QString path = rememberFolder(QFileDialog::getOpenFileName(this, tr("Import Production"), startFolder(),
                                                                     tr("PDF files (*.pdf)") + QStringLiteral(";;") + tr("All files (*)")));
    if (!path.isEmpty())
        importProduction(path);
}

void MainWindow::importProduction(const QString &path, const QString &password)
{
    if (!openStore())
        return;
    m_jobs->start(CaseFileJobs::importProduction(openAddress(), path, password),
                  {tr("Import Production"), tr("Importing %1…").arg(QFileInfo(path).fileName()), tr("Analysing page %1 of %2…")},
                  [this, path](const ProductionImport::Result &result) { finishImport(path, result); });
}

void MainWindow::redetectProduction(qint64 documentId)
{
    if (!openStore() || m_jobs->isBusy())
        return;
    // Detection replaces boxes the undo history may refer to.
    m_undoStack->clear();
    m_jobs->start(CaseFileJobs::redetectProduction(openAddress(), documentId),
                  {tr("Detect Again"), tr("Detecting redactions again…"), tr("Analysing page %1 of %2…")},
                  [this](const ProductionImport::Result &result) { finishImport(QString(), result); });
}

bool MainWindow::isImporting() const
{
    return m_jobs->isBusy();
}

void MainWindow::cancelImport()
{
    m_jobs->cancel();
}

void MainWindow::finishImport(const QString &path, const ProductionImport::Result &result)
{
    using Outcome = ProductionImport::Outcome;
    switch (result.outcome) {
    case Outcome::Imported:
    case Outcome::AlreadyImported:
        m_caseFile->notify({CaseFile::Change::Documents, CaseFile::Change::Activity});
        m_documentsPage->showDocument(result.documentId);
        showPage(DocumentsPage);
        if (!result.skippedPages.isEmpty()) {
            MessageBox::information(this, tr("Some pages could not be analysed"),
                                    tr("%1 was imported, but these pages could not be analysed in full:\n%2")
                                        .arg(QFileInfo(path).fileName(), result.skippedPages.join(QLatin1Char('\n'))));
        }
        statusBar()->showMessage(result.message, 8000);
        break;
    case Outcome::NeedsPassword: {
        QString password;
        if (MessageBox::password(this, tr("Password Required"),
                                 tr("%1 is protected by a password. Enter it to import the file:").arg(QFileInfo(path).fileName()),
                                 &password)) {
            Q_EMIT importFinished(result.outcome, result.documentId, result.message);
            importProduction(path, password);
            return;
        }
        break;
    }
    case Outcome::Cancelled:
        statusBar()->showMessage(unchangedAfterCancel(), 8000);
        break;
    case Outcome::Rejected:
    case Outcome::StoreFailed:
        MessageBox::critical(this, tr("Cannot import the production"), result.message);
        break;
    }
    Q_EMIT importFinished(result.outcome, result.documentId, result.message);
}

void MainWindow::chooseAndImportVaughnIndex()
{
    const QString path = rememberFolder(QFileDialog::getOpenFileName(
        this, tr("Import Vaughn Index"), startFolder(),
        tr("Vaughn indexes (*.pdf *.txt *.csv)") + QStringLiteral(";;") + tr("All files (*)")));
    if (!path.isEmpty())
        importVaughnIndex(path);
}

void MainWindow::importVaughnIndex(const QString &path)
{
    if (!openStore())
        return;
    m_jobs->start(CaseFileJobs::importVaughnIndex(openAddress(), path),
                  {tr("Import Vaughn Index"), tr("Reading %1…").arg(QFileInfo(path).fileName()), {}},
                  [this](const VaughnImport::Result &result) { finishVaughnImport(result); });
}

void MainWindow::finishVaughnImport(const VaughnImport::Result &result)
{
    using Outcome = VaughnImport::Outcome;
    switch (result.outcome) {
    case Outcome::Imported:
    case Outcome::AlreadyImported:
        m_caseFile->notify({CaseFile::Change::Indexes, CaseFile::Change::Activity});
        m_vaughnPage->showIndex(result.indexId);
        showPage(VaughnPage);
        if (result.outcome == Outcome::AlreadyImported)
            MessageBox::information(this, tr("Already imported"), result.message);
        statusBar()->showMessage(result.message, 8000);
        break;
    case Outcome::Cancelled:
        statusBar()->showMessage(unchangedAfterCancel(), 8000);
        break;
    case Outcome::Rejected:
    case Outcome::StoreFailed:
        MessageBox::critical(this, tr("Cannot import the Vaughn index"), result.message);
        break;
    }
    Q_EMIT vaughnImportFinished(result.outcome, result.indexId, result.message);
}

void MainWindow::importAgreements(const QString &path)
{
    if (!openStore())
        return;
    if (store()) {
        // A case file: the Agreements page reads, checks and writes the registry itself.
        if (m_agreementsPage->importFile(path)) {
            showPage(AgreementsPage);
            Q_EMIT agreementsImportFinished(AgreementsImportResult::Outcome::Imported);
        }
        return;
    }
    // A server matter: on the job's own connection, behind the progress dialog and its Cancel.
    m_jobs->start(CaseFileJobs::importAgreements(openAddress(), path),
                  {tr("Import Agreements"), tr("Reading %1…").arg(QFileInfo(path).fileName()), {}},
                  [this](const AgreementsImportResult &result) { finishAgreementsImport(result); });
}

void MainWindow::finishAgreementsImport(const AgreementsImportResult &result)
{
    using Outcome = AgreementsImportResult::Outcome;
    switch (result.outcome) {
    case Outcome::Imported:
        m_caseFile->notify({CaseFile::Change::Agreements, CaseFile::Change::Activity});
        statusBar()->showMessage(tr("Imported %n agreement(s).", nullptr, result.agreements), 8000);
        break;
    case Outcome::Cancelled:
        statusBar()->showMessage(unchangedAfterCancel(), 8000);
        break;
    case Outcome::Rejected:
    case Outcome::StoreFailed:
        MessageBox::critical(this, tr("Agreements not imported"), result.message);
        break;
    }
    Q_EMIT agreementsImportFinished(result.outcome);
}

StoreAddress MainWindow::openAddress() const
{
    if (const ServerLocation *server = openStore() ? openStore()->serverLocation() : nullptr)
        return StoreAddress{QString(), *server};
    return StoreAddress::ofFile(store() ? store()->filePath() : QString());
}

QString MainWindow::unchangedAfterCancel() const
{
    return m_caseFile->isServerMatter() ? tr("Import cancelled; the matter on the server is unchanged.")
                                        : tr("Import cancelled; the case file is unchanged.");
}

void MainWindow::chooseAndSaveCopy()
{
    if (!openStore())
        return;
    // A server matter is saved as a case file named after the matter, in the user's documents.
    const ServerLocation *server = openStore()->serverLocation();
    const QFileInfo current(server ? QDir(startFolder())
                                         .filePath(server->matter + QStringLiteral(".rebuttal"))
                                   : store()->filePath());
    const QString suggestion = current.absoluteDir().filePath(current.completeBaseName() + tr(" (copy).rebuttal"));
    const QString path = rememberFolder(SaveFileDialog::ask(this, tr("Save a Copy"), suggestion, caseFileFilter()));
    if (path.isEmpty())
        return;
    const QString target = withSuffix(path);
    const QString shown = server ? openStore()->displayName() : current.fileName();
    // Off the GUI thread: a case file or a matter of gigabytes is copied a batch of rows and a
    // megabyte of a production at a time, then read back and compared table by table.
    m_jobs->start(CaseFileJobs::saveCopy(openAddress(), target),
                  {tr("Save a Copy"), tr("Copying %1 and checking the copy...").arg(shown), {}},
                  [this, target](const CopyReport &report) { finishSaveCopy(target, report); });
}

void MainWindow::finishSaveCopy(const QString &target, const CopyReport &report)
{
    switch (report.outcome) {
    case CopyReport::Outcome::Copied:
        m_caseFile->notify(CaseFile::Change::Activity);
        statusBar()->showMessage((m_caseFile->isServerMatter()
                                      ? tr("Saved a copy as %1: %n row(s), every table checked against the matter.", nullptr,
                                           int(std::min<qint64>(report.rows, std::numeric_limits<int>::max())))
                                      : tr("Saved a copy as %1: %n row(s), every table checked against the case file.", nullptr,
                                           int(std::min<qint64>(report.rows, std::numeric_limits<int>::max()))))
                                     .arg(QFileInfo(target).fileName()),
                                 8000);
        if (!report.sourceLogNote.isEmpty())
            MessageBox::information(this, tr("Save a Copy"), report.sourceLogNote);
        break;
    case CopyReport::Outcome::Cancelled:
        statusBar()->showMessage(tr("Save a Copy cancelled; nothing was written."), 5000);
        break;
    default:
        MessageBox::critical(this, tr("Cannot save a copy"), report.message);
        break;
    }
    Q_EMIT saveCopyFinished(report.outcome);
}

void MainWindow::verifyCaseFile()
{
    if (!openStore())
        return;
    // A matter is checked over a connection of its own, read-only, like a file.
    const StoreAddress address = openAddress();
    const QString name = address.isServer() ? openStore()->displayName() : QFileInfo(address.filePath).fileName();
    m_jobs->start(CaseFileJobs::verify(address),
                  {tr("Verify Case File"), tr("Checking %1 for damage...").arg(name), {}},
                  [this, name](const VerifyResult &result) {
                      finishVerify(name, result);
                  });
}

void MainWindow::finishVerify(const QString &name, const VerifyResult &result)
{
    // What could not be checked (a server's amcheck without the privilege) is said, not hidden.
    const QString notChecked = result.report.notChecked.isEmpty()
                                   ? QString()
                                   : QStringLiteral("\n\n") + result.report.notChecked.join(QLatin1Char('\n'));
    switch (result.outcome) {
    case VerifyResult::Outcome::Damaged:
        MessageBox::critical(this, m_caseFile->isServerMatter() ? tr("The matter is damaged") : tr("The case file is damaged"),
                             tr("%1 is damaged:\n%2\n\nOpen a backup copy, or save a copy of what can still be read.")
                                     .arg(name, result.report.problems.join(QLatin1Char('\n')))
                                 + notChecked);
        break;
    case VerifyResult::Outcome::Cancelled:
        statusBar()->showMessage(tr("Check cancelled."), 5000);
        break;
    case VerifyResult::Outcome::Sound:
        MessageBox::information(this, tr("Verify Case File"),
                                tr("No damage found in %1: the database and %n stored file(s) were checked.", nullptr,
                                   result.report.storedFiles)
                                        .arg(name)
                                    + notChecked);
        break;
    }
    Q_EMIT verifyFinished(result.outcome);
}

QString MainWindow::selectedClientRef() const
{
    return openStore() && m_selectedClientRef ? m_selectedClientRef() : QString();
}

void MainWindow::setSelectedClientRefProvider(std::function<QString()> provider)
{
    m_selectedClientRef = std::move(provider);
    clientSelectionChanged();
}

void MainWindow::clientSelectionChanged()
{
    if (m_exportSummaryAction)
        m_exportSummaryAction->setEnabled(!selectedClientRef().isEmpty());
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

bool MainWindow::exportSummary(const QString &clientRef, const QString &path)
{
    if (!openStore() || clientRef.isEmpty())
        return false;
    StoreError error;
    const std::optional<Client> client = openStore()->clients().client(clientRef, &error);
    if (!client) {
        MessageBox::critical(this, tr("Cannot export the summary"),
                             error.isError()            ? error.message
                             : m_caseFile->isServerMatter() ? tr("There is no client %1 in this matter.").arg(clientRef)
                                                            : tr("There is no client %1 in this case file.").arg(clientRef));
        return false;
    }
    // The first summary asks who prepares it; Edit > Preferences changes it later.
    if (EvidenceSummary::preparerSetting().isEmpty()) {
        QString name;
        if (MessageBox::text(this, tr("Your Name"),
                             tr("Your name, printed as \"Prepared by\" on evidence summaries (Edit > Preferences "
                                "changes it):"),
                             EvidenceSummary::defaultPreparer(), &name)
            && !name.trimmed().isEmpty())
            EvidenceSummary::setPreparerSetting(name);
    }
    SummaryOptions options;
    options.preparer = EvidenceSummary::defaultPreparer();
    SummaryPreviewDialog preview(openAddress(), *client, options, this);
    if (preview.exec() != QDialog::Accepted || preview.pdf().isEmpty())
        return false;
    const bool deidentified = preview.isDeidentified();
    QString target = path;
    if (target.isEmpty()) {
        // A de-identified summary's suggested file name names no one either.
        const QString suggestion = QDir(startFolder())
                                       .filePath(tr("Evidence summary - %1.pdf")
                                                     .arg(EvidenceSummary::displayedName(*client, deidentified)));
        target = rememberFolder(QFileDialog::getSaveFileName(this, tr("Export Summary"), suggestion, tr("PDF files (*.pdf)")));
        if (target.isEmpty())
            return false;
    }
    EvidenceSummary summary(*openStore());
    if (!summary.save(preview.pdf(), deidentified, target)) {
        MessageBox::critical(this, tr("Cannot export the summary"), summary.errorString());
        return false;
    }
    if (summary.logError().isError())
        CustodyLog::reportFailure(this, *openStore(), summary.logError());
    m_caseFile->notify(CaseFile::Change::Activity);
    statusBar()->showMessage(tr("Saved the evidence summary as %1").arg(QFileInfo(target).fileName()), 8000);
    return true;
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this, this);
    dialog.exec();
}

void MainWindow::showUserGuide()
{
    UserGuideDialog dialog(this);
    dialog.exec();
}

void MainWindow::rememberRecent(const QString &path)
{
    // The demo is always one click away; it does not crowd out real matters.
    const bool server = ServerLocation::looksLikeServer(path);
    if (!server && QFileInfo(path).absoluteFilePath() == QFileInfo(DemoCaseFile::defaultPath()).absoluteFilePath())
        return;
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = server ? path : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        QString problem;
        if (const std::optional<ServerLocation> server = ServerLocation::looksLikeServer(path) ? ServerLocation::parse(path, &problem)
                                                                                              : std::nullopt) {
            // A matter by where it lives (host/db/matter); its address never holds a password.
            QAction *action = m_recentMenu->addAction(server->title(), this,
                                                      [this, location = *server] { connectToServer(location); });
            action->setToolTip(path);
            continue;
        }
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openCaseFile(path); });
        action->setToolTip(path);
        action->setEnabled(QFileInfo::exists(path));
    }
    // The welcome offers the last one again when it can be opened (a case file still there, or a matter).
    const QAction *last = m_recentMenu->actions().value(0);
    m_reopenAction->setVisible(last && last->isEnabled());
    m_reopenAction->setToolTip(last ? last->toolTip() : QString());
    m_reopenAction->setText(last ? tr("Open %1").arg(last->text()) : QString());
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent case files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
        QSettings().remove(kRecentKey);
        rebuildRecentMenu();
    });
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) {
        // First run: most of the screen, since the timeline and the page view want room; on a
        // laptop all of it.
        ScreenFit::resize(this, QSize(1360, 900));
    }
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_workspace->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    const int page = settings.value(QStringLiteral("page"), int(ClientsPage)).toInt();
    showPage(static_cast<Page>(qBound(0, page, PageCount - 1)));
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_workspace->saveState());
    settings.setValue(QStringLiteral("page"), int(currentPage()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    closeCaseFile();
    event->accept();
}

} // namespace rebuttal
