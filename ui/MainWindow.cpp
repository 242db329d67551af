#include "MainWindow.h"

#include "AboutDialog.h"
#include "EmptyState.h"
#include "MessageBox.h"
#include "models/ActivityLogModel.h"
#include "models/ClientListModel.h"
#include "ProductionImportJob.h"
#include "pages/DocumentsPage.h"
#include "pages/ResearchPage.h"
#include "pages/TablePage.h"
#include "cases/CaseRecordsReader.h"
#include "store/CaseStore.h"
#include "store/ClientRecords.h"
#include "store/DemoCaseFile.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QListView>
#include <QMenuBar>
#include <QProgressDialog>
#include <QUndoStack>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

namespace rebuttal {

namespace {
constexpr int kMaxRecentFiles = 8;
const QString kRecentKey = QStringLiteral("recentFiles");

QString caseFileFilter()
{
    return MainWindow::tr("Rebuttal case files (*.rebuttal)");
}

QString withSuffix(QString path)
{
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".rebuttal");
    return path;
}

// A page that has nothing to list yet and no action of its own: it says what will appear here.
EmptyState *informationPage(const QString &title, const QString &text, QWidget *parent)
{
    auto *page = new EmptyState(parent);
    page->setTitle(title);
    page->setExplanation(text);
    return page;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_central(new QStackedWidget(this))
    , m_clients(new ClientListModel(this))
    , m_undoStack(new QUndoStack(this))
    , m_activity(new ActivityLogModel(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/rebuttal.svg")));
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_central);
    createActions();
    createPages();
    restoreLayout();
    updateTitleAndActions();
    statusBar()->showMessage(tr("Ready"), 3000);
}

MainWindow::~MainWindow()
{
    // Models refer to the store: detach them before it goes.
    cancelImport();
    m_clients->setStore(nullptr);
    m_activity->setStore(nullptr);
}

void MainWindow::createActions()
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
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_demoAction = file->addAction(tr("Open &Demo Case File"), this, &MainWindow::openDemo);
    m_demoAction->setToolTip(tr("Explore Rebuttal with the published client stories"));
    file->addSeparator();
    m_importProductionAction = file->addAction(tr("&Import Production..."), this, &MainWindow::chooseAndImportProduction);
    m_importProductionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importProductionAction->setToolTip(tr("Add a FOIA production (PDF, text or scanned) to this case file"));
    m_importCasesAction = file->addAction(tr("Import Case &Records..."), this, &MainWindow::chooseAndImportCases);
    m_importCasesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_importCasesAction->setToolTip(tr("Add or update clients from a rebuttal.cases JSON file"));
    file->addSeparator();
    m_saveCopyAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save a &Copy..."), this,
                                       &MainWindow::chooseAndSaveCopy);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    m_saveCopyAction->setToolTip(tr("Write a consistent copy of the open case file, e.g. for a backup"));
    // Research exports act on the Research page's figures, with its filters; they show it first.
    m_exportChartAction = file->addAction(tr("Export C&hart..."), this, [this] {
        showPage(ResearchPage);
        m_researchPage->chooseAndExportChart();
    });
    m_exportChartAction->setToolTip(tr("Save the Research page's current chart as a PNG or SVG image"));
    m_exportDeidentifiedAction = file->addAction(tr("Export De-&identified..."), this, [this] {
        showPage(ResearchPage);
        m_researchPage->chooseAndExportDeidentified();
    });
    m_exportDeidentifiedAction->setToolTip(tr("Save outcome counts by source as CSV, without identities, counts below 5 suppressed"));
    m_exportDatasetAction = file->addAction(tr("Export Research &Dataset..."), this, [this] {
        showPage(ResearchPage);
        m_researchPage->chooseAndExportDataset();
    });
    m_exportDatasetAction->setToolTip(tr("Save one de-identified row per client as CSV: no names, refs or dates"));
    m_closeAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-close")), tr("&Close Case File"), this,
                                    &MainWindow::closeCaseFile);
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    m_quitAction = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addActions({undo, redo});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_aboutAction = help->addAction(tr("&About Rebuttal"), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    rebuildRecentMenu();
}

void MainWindow::createPages()
{
    m_welcome = new EmptyState(m_central);
    m_welcome->setTitle(tr("No case file is open"));
    m_welcome->setExplanation(tr("A case file keeps a matter's FOIA productions, Vaughn indexes and client records "
                                 "together in one file on this computer. Create one, open one, or explore the demo."));
    m_welcome->addAction(m_newAction);
    m_welcome->addAction(m_openAction);
    m_welcome->addAction(m_demoAction);

    m_workspace = new QSplitter(Qt::Horizontal, m_central);
    m_workspace->setObjectName(QStringLiteral("workspace"));
    m_workspace->setChildrenCollapsible(false);
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
        {tr("Audit"), tr("Where the Vaughn index and the production disagree")},
        {tr("Research"), tr("Aggregated outcomes across clients")},
        {tr("Activity log"), tr("Chain of custody: every import, edit and export")},
    };
    for (int i = 0; i < entries.size(); ++i) {
        auto *item = new QStandardItem(entries.at(i).first);
        item->setToolTip(entries.at(i).second + QStringLiteral(" (Ctrl+%1)").arg(i + 1));
        m_navigationModel->appendRow(item);
        auto *shortcut = new QAction(this);
        shortcut->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(shortcut, &QAction::triggered, this, [this, i] { showPage(static_cast<Page>(i)); });
        addAction(shortcut);
    }
    m_navigation->setModel(m_navigationModel);
    // As wide as its longest entry in the current language, never scrolling sideways.
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setMinimumWidth(std::max(160, m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 8));

    m_pages = new QStackedWidget(m_workspace);
    auto *clients = new TablePage(m_clients, [this] { return m_clients->totalCount() == 0; }, m_pages);
    clients->emptyState()->setTitle(tr("No clients yet"));
    clients->emptyState()->setExplanation(
        tr("Each client's record holds the foreign-data allegations against them (SAFE, TAG, CHIS, Interpol Red "
           "Notices...), the events of their case and the decisions that relied on each allegation. Import case records "
           "(File > Import Case Records), or open the demo case file to see how it looks."));
    clients->emptyState()->addAction(m_importCasesAction);
    clients->emptyState()->addAction(m_demoAction);
    clients->enableFilter(tr("Filter clients by name, ref, country or source"));
    clients->setStretchColumn(ClientListModel::Name);
    m_pages->addWidget(clients);

    m_documentsPage = new rebuttal::DocumentsPage(m_undoStack, m_importProductionAction, m_pages);
    connect(m_documentsPage, &rebuttal::DocumentsPage::documentsChanged, this, [this] {
        m_documentsPage->reloadDocuments();
        m_activity->refresh();
    });
    connect(m_documentsPage, &rebuttal::DocumentsPage::redetectRequested, this, &MainWindow::redetectProduction);
    m_pages->addWidget(m_documentsPage);

    m_pages->addWidget(informationPage(
        tr("No Vaughn indexes yet"),
        tr("A Vaughn index is the agency's itemized justification for what it withheld. Imported indexes are listed "
           "here with their entries, pages, exemptions and reasons."),
        m_pages));
    m_pages->addWidget(informationPage(
        tr("Nothing to audit yet"),
        tr("The audit compares a Vaughn index with the production it describes: exemptions claimed but never applied, "
           "withheld pages the index omits, boilerplate justifications, and redactions that leave text readable. "
           "It needs a production and its Vaughn index."),
        m_pages));
    m_researchPage = new rebuttal::ResearchPage(m_pages);
    m_researchPage->emptyState()->addAction(m_importCasesAction);
    m_researchPage->emptyState()->addAction(m_demoAction);
    connect(m_researchPage, &rebuttal::ResearchPage::exported, m_activity, &ActivityLogModel::refresh);
    m_pages->addWidget(m_researchPage);

    auto *activity = new TablePage(m_activity, [this] { return m_activity->rowCount() == 0; }, m_pages);
    activity->emptyState()->setTitle(tr("No activity recorded"));
    activity->emptyState()->setExplanation(tr("Every import, edit and export of this case file is recorded here."));
    activity->enableFilter(tr("Filter the log"));
    activity->setStretchColumn(ActivityLogModel::Detail);
    m_pages->addWidget(activity);

    m_workspace->addWidget(m_navigation);
    m_workspace->addWidget(m_pages);
    m_workspace->setStretchFactor(1, 1);
    m_workspace->setSizes({180, 820});

    m_central->addWidget(m_welcome);
    m_central->addWidget(m_workspace);

    connect(m_navigation->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_pages->setCurrentIndex(current.row());
            });
    showPage(ClientsPage);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentIndex(m_navigationModel->index(page, 0));
    m_pages->setCurrentIndex(page);
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
    m_store = std::move(store);
    m_clients->setStore(m_store.get());
    m_documentsPage->setStore(m_store.get());
    m_researchPage->setStore(m_store.get());
    m_activity->setStore(m_store.get());
    updateTitleAndActions();
}

void MainWindow::closeCaseFile()
{
    cancelImport();
    m_undoStack->clear();
    m_clients->setStore(nullptr);
    m_documentsPage->setStore(nullptr);
    m_researchPage->setStore(nullptr);
    m_activity->setStore(nullptr);
    m_store.reset();
    updateTitleAndActions();
}

void MainWindow::updateTitleAndActions()
{
    const bool open = m_store != nullptr;
    m_central->setCurrentWidget(open ? static_cast<QWidget *>(m_workspace) : m_welcome);
    m_saveCopyAction->setEnabled(open);
    for (QAction *action : {m_exportChartAction, m_exportDeidentifiedAction, m_exportDatasetAction})
        action->setEnabled(open);
    m_importCasesAction->setEnabled(open);
    m_importProductionAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    setWindowFilePath(open ? m_store->filePath() : QString());
    setWindowTitle(open ? tr("%1 — Rebuttal").arg(QFileInfo(m_store->filePath()).fileName()) : tr("Rebuttal"));
}

void MainWindow::chooseAndCreate()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Case File"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      caseFileFilter());
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
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Case File"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      caseFileFilter() + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        openCaseFile(path);
}

bool MainWindow::importCaseRecords(const QString &path)
{
    if (!m_store)
        return false;
    // The whole file is checked before anything is written; a rejected file changes nothing.
    CaseRecordsReader reader;
    const std::optional<CaseRecords> records = reader.readFile(path);
    if (!records) {
        MessageBox::critical(this, tr("Cannot import the case records"), reader.errorString());
        return false;
    }
    CaseImportCounts counts;
    const StoreError error = ClientRecords(*m_store).importRecords(*records, QFileInfo(path).fileName(), &counts);
    if (error.isError()) {
        MessageBox::critical(this, tr("Cannot import the case records"), error.message);
        return false;
    }
    m_clients->setStore(m_store.get());
    m_activity->refresh();
    showPage(ClientsPage);
    statusBar()->showMessage(tr("Imported %n client(s)", nullptr, counts.clients)
                                 + tr(" with %n allegation(s)", nullptr, counts.allegations)
                                 + tr(" and %n event(s).", nullptr, counts.events),
                             8000);
    return true;
}

void MainWindow::chooseAndImportCases()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Case Records"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("Case records (*.json)") + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        importCaseRecords(path);
}

void MainWindow::chooseAndImportProduction()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Production"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("PDF files (*.pdf)") + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        importProduction(path);
}

void MainWindow::importProduction(const QString &path, const QString &password)
{
    if (!m_store || m_importJob)
        return;
    startJob(new ProductionImportJob(m_store->filePath(), path, password, this),
             tr("Importing %1…").arg(QFileInfo(path).fileName()), path);
}

void MainWindow::redetectProduction(qint64 documentId)
{
    if (!m_store || m_importJob)
        return;
    // Detection replaces boxes the undo history may refer to.
    m_undoStack->clear();
    startJob(new ProductionImportJob(m_store->filePath(), documentId, this), tr("Detecting redactions again…"), QString());
}

void MainWindow::startJob(ProductionImportJob *job, const QString &title, const QString &path)
{
    m_importJob = job;
    m_importProgress = new QProgressDialog(title, tr("Cancel"), 0, 0, this);
    m_importProgress->setWindowTitle(path.isEmpty() ? tr("Detect Again") : tr("Import Production"));
    // Modal: the import holds the case file's write lock until it commits.
    m_importProgress->setWindowModality(Qt::WindowModal);
    m_importProgress->setMinimumDuration(300);
    m_importProgress->setAutoClose(false);
    m_importProgress->setAutoReset(false);
    connect(m_importProgress, &QProgressDialog::canceled, m_importJob, &ProductionImportJob::cancel);
    connect(m_importJob, &ProductionImportJob::progress, this, [this](int done, int total) {
        if (!m_importProgress)
            return;
        m_importProgress->setMaximum(total);
        m_importProgress->setValue(done);
        m_importProgress->setLabelText(tr("Analysing page %1 of %2…").arg(done).arg(total));
    });
    connect(m_importJob, &ProductionImportJob::finished, this, [this, path](const ProductionImport::Result &result) {
        // Detecting again changed the pages of the production on show.
        if (path.isEmpty())
            m_documentsPage->reloadPages();
        finishImport(path, int(result.outcome), result.documentId, result.message, result.skippedPages);
    });
    m_importJob->start();
}

void MainWindow::cancelImport()
{
    if (!m_importJob)
        return;
    m_importJob->cancel();
    delete m_importJob; // waits for the import to roll back
    m_importJob = nullptr;
    delete m_importProgress;
    m_importProgress = nullptr;
}

void MainWindow::finishImport(const QString &path, int outcome, qint64 documentId, const QString &message,
                              const QStringList &skippedPages)
{
    m_importJob->deleteLater();
    m_importJob = nullptr;
    if (m_importProgress) {
        m_importProgress->deleteLater();
        m_importProgress = nullptr;
    }
    using Outcome = ProductionImport::Outcome;
    switch (Outcome(outcome)) {
    case Outcome::Imported:
    case Outcome::AlreadyImported:
        m_documentsPage->reloadDocuments();
        m_documentsPage->showDocument(documentId);
        m_activity->refresh();
        showPage(DocumentsPage);
        if (!skippedPages.isEmpty()) {
            MessageBox::information(this, tr("Some pages could not be analysed"),
                                    tr("%1 was imported, but these pages were skipped and kept empty:\n%2")
                                        .arg(QFileInfo(path).fileName(), skippedPages.join(QLatin1Char('\n'))));
        }
        statusBar()->showMessage(message, 8000);
        break;
    case Outcome::NeedsPassword: {
        QString password;
        if (MessageBox::password(this, tr("Password Required"),
                                 tr("%1 is protected by a password. Enter it to import the file:").arg(QFileInfo(path).fileName()),
                                 &password)) {
            Q_EMIT importFinished(outcome, documentId, message);
            importProduction(path, password);
            return;
        }
        break;
    }
    case Outcome::Cancelled:
        statusBar()->showMessage(tr("Import cancelled; the case file is unchanged."), 8000);
        break;
    case Outcome::Rejected:
    case Outcome::StoreFailed:
        MessageBox::critical(this, tr("Cannot import the production"), message);
        break;
    }
    Q_EMIT importFinished(outcome, documentId, message);
}

void MainWindow::chooseAndSaveCopy()
{
    if (!m_store)
        return;
    const QFileInfo current(m_store->filePath());
    const QString suggestion = current.absoluteDir().filePath(current.completeBaseName() + tr(" (copy).rebuttal"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy"), suggestion, caseFileFilter());
    if (path.isEmpty())
        return;
    if (const StoreError error = m_store->saveCopy(withSuffix(path)); error.isError()) {
        MessageBox::critical(this, tr("Cannot save a copy"), error.message);
        return;
    }
    m_activity->refresh();
    statusBar()->showMessage(tr("Saved a copy as %1").arg(QFileInfo(withSuffix(path)).fileName()), 5000);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::rememberRecent(const QString &path)
{
    // The demo is always one click away; it does not crowd out real matters.
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(DemoCaseFile::defaultPath()).absoluteFilePath())
        return;
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
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
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openCaseFile(path); });
        action->setToolTip(path);
        action->setEnabled(QFileInfo::exists(path));
    }
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
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1100, 720);
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
