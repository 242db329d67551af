// The main window: a case file's pages behind a navigation sidebar, and the File and Help menus.
#pragma once

#include <QMainWindow>

#include "dialogs/EventDialog.h"

#include <functional>
#include <memory>
#include <optional>

class QListView;
class QMenu;
class QSplitter;
class QStackedWidget;
class QStandardItemModel;
class QProgressDialog;
class QUndoStack;

namespace rebuttal {

class ActivityLogModel;
class AuditPage;
class CaseStore;
class ClientListModel;
class ClientsPage;
class DocumentsPage;
class ProductionImportJob;
class ResearchPage;
class AgreementsPage;
class EmptyState;
class TablePage;
class VaughnImportJob;
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
    bool importCaseRecords(const QString &path);
    // Starts importing a production in the background; importFinished() reports the outcome.
    void importProduction(const QString &path, const QString &password = {});
    // Runs detection again on a stored production, keeping the user's corrections.
    void redetectProduction(qint64 documentId);
    bool isImporting() const { return m_importJob != nullptr; }
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
    // vaughnImportFinished() reports the outcome (a VaughnImport::Outcome).
    void importVaughnIndex(const QString &path);
    bool isImportingVaughnIndex() const { return m_vaughnJob != nullptr; }
    Q_SIGNAL void vaughnImportFinished(int outcome, qint64 indexId, const QString &message);
    rebuttal::ResearchPage *researchPage() const { return m_researchPage; }
    QAction *exportChartAction() const { return m_exportChartAction; }
    QAction *exportDeidentifiedAction() const { return m_exportDeidentifiedAction; }
    QAction *exportDatasetAction() const { return m_exportDatasetAction; }
    QUndoStack *undoStack() const { return m_undoStack; }

    Q_SIGNAL void importFinished(int outcome, qint64 documentId, const QString &message);
    void closeCaseFile();

    CaseStore *store() const { return m_store.get(); }
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
    // behind a progress dialog; says what it found. Returns whether the file is sound.
    bool verifyCaseFile();

public:

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createPages();
    void adopt(std::unique_ptr<CaseStore> store);
    void updateTitleAndActions();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void restoreLayout();
    void saveLayout() const;

    void chooseAndCreate();
    void chooseAndOpen();
    void chooseAndImportCases();
    void chooseAndExportCases();
    std::optional<EventDialog::ShownPage> shownPage() const;
    void chooseAndImportProduction();
    void chooseAndImportVaughnIndex();
    void finishVaughnImport(int outcome, qint64 indexId, const QString &message);
    void cancelVaughnImport();
    void startJob(ProductionImportJob *job, const QString &title, const QString &path);
    void finishImport(const QString &path, int outcome, qint64 documentId, const QString &message,
                      const QStringList &skippedPages);
    void chooseAndSaveCopy();
    void showAbout();
    void showShortcuts();
    void showUserGuide();

    std::unique_ptr<CaseStore> m_store;
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
    ProductionImportJob *m_importJob = nullptr;
    QProgressDialog *m_importProgress = nullptr;
    ActivityLogModel *m_activity = nullptr;
    rebuttal::VaughnPage *m_vaughnPage = nullptr;
    rebuttal::AuditPage *m_auditPage = nullptr;
    VaughnImportJob *m_vaughnJob = nullptr;
    QProgressDialog *m_vaughnProgress = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
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
