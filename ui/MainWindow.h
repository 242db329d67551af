// The main window: a case file's pages behind a navigation sidebar, and the File and Help menus.
#pragma once

#include <QMainWindow>

#include <memory>

class QListView;
class QMenu;
class QSplitter;
class QStackedWidget;
class QStandardItemModel;

namespace rebuttal {

class ActivityLogModel;
class CaseStore;
class ClientListModel;
class DocumentListModel;
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
    DocumentListModel *m_documents = nullptr;
    ActivityLogModel *m_activity = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_importCasesAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace rebuttal
