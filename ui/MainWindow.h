// The main window: a case file's pages behind a navigation sidebar, and the File and Help menus.
#pragma once

#include <QMainWindow>

#include "dialogs/EventDialog.h"
#include "foia/ProductionImport.h"
#include "jobs/CaseFileJobs.h"
#include "store/ServerStore.h"
#include "vaughn/VaughnImport.h"

#include <functional>
#include <memory>
#include <optional>

class QListView;
class QMenu;
class QSplitter;
class QStackedWidget;
class QStandardItemModel;
class QUndoStack;

namespace rebuttal {

class ActivityLogModel;
class AuditPage;
class CaseFile;
class CaseStore;
class OpenStore;
struct ServerLocation;
struct StoreError;
class ClientListModel;
class ClientsPage;
class DocumentsPage;
class JobRunner;
class ResearchPage;
class AgreementsPage;
class EmptyState;
class TablePage;
class VaughnPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The pages of a case file, in sidebar order.
    enum Page { ClientsPage, DocumentsPage, VaughnPage, AgreementsPage, AuditPage, ResearchPage, ActivityPage, PageCount };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Each returns false (after telling the user why) when the file could not be used.
    bool openCaseFile(const QString &path);
    bool createCaseFile(const QString &path);
    bool openDemo();
    // Opens a matter on a PostgreSQL server (File > Connect to Server...); false (after telling
    // the user why) when the server refused or could not be reached. A matter with an older schema
    // is upgraded first if the user agrees, in a job (true: started; the matter opens when done).
    bool connectToServer(const ServerLocation &location);
    // Whatever is open: a case file or a server matter; nullptr when nothing is.
    OpenStore *openStore() const;
    // File > Connect to Server...: asks where, then connects.
    void chooseAndConnect();
    // Each long task runs in the background behind a progress dialog with Cancel; a signal
    // reports its outcome once the user has been told.
    void importCaseRecords(const QString &path);
    Q_SIGNAL void caseRecordsImportFinished(rebuttal::CaseRecordsImportResult::Outcome outcome);
    // importFinished() reports the outcome.
    void importProduction(const QString &path, const QString &password = {});
    // Runs detection again on a stored production, keeping the user's corrections.
    void redetectProduction(qint64 documentId);
    // Whether a long task (an import, a check) is running.
    bool isImporting() const;
    void cancelImport();
    rebuttal::DocumentsPage *documentsPage() const { return m_documentsPage; }
    rebuttal::ClientsPage *clientsPage() const { return m_clientsPage; }
    // Writes every client's records as rebuttal.cases JSON (or CSV when `path` ends in .csv).
    bool exportCaseRecords(const QString &path);
    // Shows the production page an evidence citation names, or says why it cannot.
    void openCitation(const QString &document, int page);
    // Cites the page shown in the Documents page in an event of the client shown in the Clients page.
    void citeShownPage();
    rebuttal::VaughnPage *vaughnPage() const { return m_vaughnPage; }
    rebuttal::AuditPage *auditPage() const { return m_auditPage; }
    // Starts importing a Vaughn index (PDF, text or CSV) in the background;
    // vaughnImportFinished() reports the outcome.
    void importVaughnIndex(const QString &path);
    // Imports an agreements registry (rebuttal.agreements JSON) in the background on a server
    // matter, through the Agreements page on a case file; agreementsImportFinished() reports it.
    void importAgreements(const QString &path);
    Q_SIGNAL void agreementsImportFinished(rebuttal::AgreementsImportResult::Outcome outcome);
    Q_SIGNAL void vaughnImportFinished(rebuttal::VaughnImport::Outcome outcome, qint64 indexId, const QString &message);
    rebuttal::ResearchPage *researchPage() const { return m_researchPage; }
    QAction *exportChartAction() const { return m_exportChartAction; }
    QAction *exportDeidentifiedAction() const { return m_exportDeidentifiedAction; }
    QAction *exportDatasetAction() const { return m_exportDatasetAction; }
    QUndoStack *undoStack() const { return m_undoStack; }

    Q_SIGNAL void verifyFinished(rebuttal::VerifyResult::Outcome outcome);
    // File > Save a Copy... is done (its message shown).
    Q_SIGNAL void saveCopyFinished(rebuttal::CopyReport::Outcome outcome);
    Q_SIGNAL void importFinished(rebuttal::ProductionImport::Outcome outcome, qint64 documentId, const QString &message);
    void closeCaseFile();

    // The open case file; nullptr when none is, and on a server matter.
    CaseStore *store() const;
    Page currentPage() const;
    void showPage(Page page);
    QWidget *pageWidget(Page page) const;
    QListView *navigation() const { return m_navigation; }

    // The client the user has selected (the Clients page's current row); empty when none.
    QString selectedClientRef() const;
    // For a Clients page that tracks its own selection: how to ask it for the selected ref.
    // Call clientSelectionChanged() whenever that selection changes.
    void setSelectedClientRefProvider(std::function<QString()> provider);
    QAction *exportSummaryAction() const { return m_exportSummaryAction; }

public Q_SLOTS:
    // Makes the client's evidence summary, previews it and, once the user saves, writes it to
    // `path` (asked for with a file dialog when empty). Returns whether a file was written.
    bool exportSummary(const QString &clientRef, const QString &path = {});
    void clientSelectionChanged();
    void showPreferences();
    // Reads the whole open case file for damage (File > Verify Case File...), off the GUI thread
    // behind a progress dialog; says what it found, then emits verifyFinished().
    void verifyCaseFile();

public:

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // connectToServer on a matter whose schema is older: asks, then upgrades in a job.
    bool upgradeThenConnect(const ServerLocation &location, const ServerStore::SchemaState &schema);
    void createActions();
    void createFileMenu();
    void createOtherMenus();
    void createPages();
    void createWelcome();
    void createNavigation();
    void createClientsPage();
    void createDocumentsPage();
    void createIndexPages();
    void createResearchPage();
    void createActivityPage();
    void adopt(std::unique_ptr<CaseStore> store);
    void updateTitleAndActions();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void restoreLayout();
    void saveLayout() const;

    void chooseAndCreate();
    void chooseAndOpen();
    void showCurrentPage();
    void chooseAndImportCases();
    void chooseAndExportCases();
    std::optional<EventDialog::ShownPage> shownPage() const;
    // Tells the user that reading the open case file failed, naming it and the cause.
    void showReadFailure(const StoreError &error) const;
    void chooseAndImportProduction();
    void chooseAndImportVaughnIndex();
    void finishCaseRecordsImport(const CaseRecordsImportResult &result);
    void finishVaughnImport(const VaughnImport::Result &result);
    void finishImport(const QString &path, const ProductionImport::Result &result);
    void finishVerify(const QString &name, const VerifyResult &result);
    void finishAgreementsImport(const AgreementsImportResult &result);
    // Where a job opens its own connection to what is open: the case file's path or the matter.
    StoreAddress openAddress() const;
    // "the case file is unchanged" or "the matter is unchanged", after a cancelled import.
    QString unchangedAfterCancel() const;
    void chooseAndSaveCopy();
    void finishSaveCopy(const QString &target, const CopyReport &report);
    void showAbout();
    void showShortcuts();
    void showUserGuide();

    QStackedWidget *m_central = nullptr;
    EmptyState *m_welcome = nullptr;
    QSplitter *m_workspace = nullptr;
    QListView *m_navigation = nullptr;
    QStandardItemModel *m_navigationModel = nullptr;
    QStackedWidget *m_pages = nullptr;

    ClientListModel *m_clients = nullptr;
    rebuttal::DocumentsPage *m_documentsPage = nullptr;
    rebuttal::ClientsPage *m_clientsPage = nullptr;
    QAction *m_exportCasesAction = nullptr;
    rebuttal::ResearchPage *m_researchPage = nullptr;
    rebuttal::AgreementsPage *m_agreementsPage = nullptr;
    QAction *m_importAgreementsAction = nullptr;
    QUndoStack *m_undoStack = nullptr;
    ActivityLogModel *m_activity = nullptr;
    JobRunner *m_jobs = nullptr;
    CaseFile *m_caseFile = nullptr;
    rebuttal::VaughnPage *m_vaughnPage = nullptr;
    rebuttal::AuditPage *m_auditPage = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_reopenAction = nullptr; // the welcome's "Open <last case file>"
    QAction *m_importCasesAction = nullptr;
    QAction *m_importProductionAction = nullptr;
    QAction *m_importVaughnAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_verifyAction = nullptr;
    QAction *m_exportChartAction = nullptr;
    QAction *m_exportDeidentifiedAction = nullptr;
    QAction *m_exportDatasetAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_exportSummaryAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    std::function<QString()> m_selectedClientRef;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_clientMenu = nullptr;
};

} // namespace rebuttal
