// The main window: a case file's pages behind a navigation sidebar, and the File and Help menus.
#pragma once

#include <QMainWindow>

#include <memory>

class QListView;
class QMenu;
class QSplitter;
class QStackedWidget;
class QStandardItemModel;
class QProgressDialog;
class QUndoStack;

namespace rebuttal {

class ActivityLogModel;
class CaseStore;
class ClientListModel;
class DocumentsPage;
class ProductionImportJob;
class ResearchPage;
class EmptyState;
class TablePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The pages of a case file, in sidebar order.
    enum Page { ClientsPage, DocumentsPage, VaughnPage, AuditPage, ResearchPage, ActivityPage, PageCount };

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
    void chooseAndImportProduction();
    void startJob(ProductionImportJob *job, const QString &title, const QString &path);
    void finishImport(const QString &path, int outcome, qint64 documentId, const QString &message,
                      const QStringList &skippedPages);
    void chooseAndSaveCopy();
    void showAbout();

    std::unique_ptr<CaseStore> m_store;
    QStackedWidget *m_central = nullptr;
    EmptyState *m_welcome = nullptr;
    QSplitter *m_workspace = nullptr;
    QListView *m_navigation = nullptr;
    QStandardItemModel *m_navigationModel = nullptr;
    QStackedWidget *m_pages = nullptr;

    ClientListModel *m_clients = nullptr;
    rebuttal::DocumentsPage *m_documentsPage = nullptr;
    rebuttal::ResearchPage *m_researchPage = nullptr;
    QUndoStack *m_undoStack = nullptr;
    ProductionImportJob *m_importJob = nullptr;
    QProgressDialog *m_importProgress = nullptr;
    ActivityLogModel *m_activity = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_importCasesAction = nullptr;
    QAction *m_importProductionAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_exportChartAction = nullptr;
    QAction *m_exportDeidentifiedAction = nullptr;
    QAction *m_exportDatasetAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace rebuttal
