// The Vaughn indexes page: the entries of an index in a sortable table filtered by exemption,
// the chosen entry's reasons per exemption and audit findings, and the production pages it
// lists as thumbnails with the exemptions actually applied on them.
#pragma once

#include "vaughn/VaughnAudit.h"

#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTextBrowser;

namespace rebuttal {

class CaseFile;
class OpenStore;
class EmptyState;
class ReadFailureState;
class PageRenderer;
class VaughnEntryFilter;
class VaughnEntryModel;

class VaughnPage : public QWidget
{
    Q_OBJECT

public:
    VaughnPage(QAction *importAction, QWidget *parent = nullptr);
    ~VaughnPage() override;

    void setStore(OpenStore *store);
    // Follows the open case file or server matter: its store, and the changes this page shows
    // (a colleague's too, on a server).
    void follow(CaseFile *caseFile);
    // Re-reads the indexes and the productions (after an import), staying on the shown index.
    void reload();
    void showIndex(qint64 indexId);
    void selectEntry(int number);
    // Only entries claiming `code` (empty: all).
    void setExemptionFilter(const QString &code);
    void setTextFilter(const QString &text);

    qint64 currentIndex() const { return m_indexId; }
    int currentEntry() const { return m_entryNumber; }
    bool isShowingEmptyState() const;
    // The page shows why its read of the case file failed, in place of the index.
    bool isShowingReadFailure() const;
    QAbstractItemModel *entryModel() const;
    QAbstractItemModel *listedPages() const;
    QString detailsText() const;
    QTableView *entryTable() const { return m_table; }

    // The user asked to see a production page (double-click on a thumbnail).
    Q_SIGNAL void pageRequested(qint64 production, int page);

private:
    QWidget *buildWorkspace();
    QHBoxLayout *buildFilterBar(QWidget *workspace);
    void buildEntryTable(QWidget *workspace);
    void buildPageList(QWidget *workspace);
    void showEntry(int number);
    void updateThumbnail(int page, int width);
    void saveSplitters() const;
    void showReadFailure(const StoreError &error);

    OpenStore *m_store = nullptr;
    qint64 m_indexId = 0;
    int m_entryNumber = 0;
    std::optional<VaughnAudit> m_audit;
    QList<AuditFinding> m_findings;
    qint64 m_renderedProduction = 0;

    QStackedWidget *m_stack = nullptr;
    EmptyState *m_emptyState = nullptr;
    ReadFailureState *m_readFailure = nullptr;
    QComboBox *m_indexBox = nullptr;
    QComboBox *m_exemptionBox = nullptr;
    QLineEdit *m_filterField = nullptr;
    VaughnEntryModel *m_entries = nullptr;
    VaughnEntryFilter *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QStandardItemModel *m_pages = nullptr;
    QListView *m_pageList = nullptr;
    QLabel *m_pagesNote = nullptr;
    PageRenderer *m_renderer = nullptr;
    QSplitter *m_split = nullptr;
    QSplitter *m_detailSplit = nullptr;
};

} // namespace rebuttal
