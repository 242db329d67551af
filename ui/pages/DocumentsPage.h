// The Documents page: the productions of the case file, their pages as thumbnails, the page view
// with redactions coloured by exemption, search, and the user's corrections (undoable).
#pragma once

#include "store/DocumentCatalog.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>

class QAbstractItemModel;
class QAction;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QToolBar;
class QUndoStack;

namespace rebuttal {

class CaseFile;
class OpenStore;
struct CorrectionContext;
class DocumentListModel;
class EmptyState;
class ReadFailureState;
class PageFilterModel;
class PageListModel;
class PageRenderer;
class PageScrollArea;
class PageView;

class DocumentsPage : public QWidget
{
    Q_OBJECT

public:
    DocumentsPage(QUndoStack *undoStack, QAction *importAction, QWidget *parent = nullptr);
    ~DocumentsPage() override;

    void setStore(OpenStore *store);
    // Follows the open case file: its store, and the changes this page shows.
    void follow(CaseFile *caseFile);
    // Re-reads the list of productions (after an import; on a server matter off the GUI thread).
    void reloadDocuments();
    // Re-reads the shown production's pages (after detection ran again), staying on the page.
    void reloadPages() { reloadPages(currentPage()); }
    void showDocument(qint64 documentId, int page = 1);
    void showPage(int page);
    void search(const QString &query);

    qint64 currentDocument() const { return m_documentId; }
    // A server matter's production is being read (off the GUI thread); its pages show after.
    bool isReadingDocument() const { return m_readingDocument; }
    int currentPage() const;
    bool isShowingEmptyState() const;
    // The page shows why its read of the case file failed, in place of its content.
    bool isShowingReadFailure() const;
    PageView *pageView() const { return m_pageView; }
    PageScrollArea *pageScroll() const { return m_scroll; }
    QListView *pageList() const { return m_pageList; }
    QComboBox *filterBox() const { return m_filterBox; }
    QLineEdit *searchField() const { return m_searchField; }
    QListView *hitList() const { return m_hitList; }
    // The message shown instead of the page strip when the filter keeps no page (empty: none).
    QString emptyFilterMessage() const;
    QAbstractItemModel *pageModel() const;
    QAbstractItemModel *searchResults() const;
    QAbstractItemModel *legend() const;
    // Restricts the page strip: "all", "withheld", "bad", or an exemption code.
    void setPageFilter(const QString &filter);

    // How dialogs run: exec() by default; tests tick their boxes and press OK instead.
    void setDialogRunner(std::function<bool(QDialog *)> runner) { m_runDialog = std::move(runner); }

    // Adds an action that works on the shown page (e.g. citing it as evidence) to the page toolbar.
    void addPageAction(QAction *action);

    // Actions for the toolbar and menus.
    QAction *nextBadRedactionAction() const { return m_nextBad; }
    QAction *nextWithheldAction() const { return m_nextWithheld; }
    QAction *drawBoxAction() const { return m_drawBox; }
    QAction *editCodesAction() const { return m_editCodes; }
    QAction *deleteBoxAction() const { return m_deleteBox; }
    QAction *markWithheldAction() const { return m_markWithheld; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *fitWidthAction() const { return m_fitWidth; }
    QAction *fitPageAction() const { return m_fitPage; }
    QAction *nextHitAction() const { return m_nextHit; }
    QAction *previousHitAction() const { return m_previousHit; }
    QToolBar *pageToolBar() const { return m_pageToolBar; }
    QToolBar *correctionToolBar() const { return m_correctionToolBar; }

    Q_SIGNAL void documentsChanged();
    Q_SIGNAL void redetectRequested(qint64 documentId);
    // A passing remark for the status bar ("Nothing found ...").
    Q_SIGNAL void statusMessage(const QString &message);

private:
    // The list as read (or why it could not be), the shown production still selected.
    void showDocumentList(const QList<DocumentSummary> &rows, const StoreError &error);
    void buildActions();
    QToolBar *m_pageToolBar = nullptr;
    QToolBar *m_correctionToolBar = nullptr;
    QHash<qint64, QByteArray> m_passwords; // of encrypted productions, this session only
    QWidget *buildDocumentPane();
    QWidget *buildPagePane();
    QWidget *buildViewPane();
    QWidget *buildZoomBar(QWidget *parent);
    void updateZoomActions();
    void updateEmptyFilter();
    // Moves to the next (`step` 1) or previous (-1) search hit: on this page first, then the next page with hits.
    void stepHit(int step);
    void reloadPages(int keepPage);
    // On a server matter: the page strip read off the GUI thread, then shown at `keepPage`.
    void readPageStrip(int keepPage);
    // The filter's choices, the legend and the page `keepPage` once the strip holds the pages.
    void applyPageStrip(const BoxTally &tally, int keepPage);
    void showReadFailure(const StoreError &error);
    // The rest of showDocument once the production's bytes are in the renderer.
    void documentRead(qint64 documentId, int page);
    void selectDocumentRow(qint64 documentId);
    // Says the page is busy while a production's bytes or its page strip are read from the server.
    void updateReading();
    void showHits(const QList<SearchHit> &hits, const StoreError &error);
    void updateLegend(const BoxTally &tally);
    void updatePageInfo();
    void updateActions();
    void jumpTo(const std::function<bool(const ProductionPage &)> &matches, const QString &nothingFound);
    bool runDialog(QDialog *dialog) { return m_runDialog(dialog); }
    CorrectionContext corrections();
    void addDrawnBox(const QRectF &box);
    // The box `id` of the page on show, as it was read (its version included).
    Redaction selectedBox(qint64 id) const;
    void editSelectedCodes();
    void deleteSelectedBox();
    void toggleWithheld();

    // What it reads and its corrections write to: a case file or a server matter.
    OpenStore *m_open = nullptr;
    // The version this window's own last save left on each box (CorrectionContext::savedVersions).
    std::shared_ptr<QHash<qint64, qint64>> m_savedVersions = std::make_shared<QHash<qint64, qint64>>();
    QUndoStack *m_undoStack;
    qint64 m_documentId = 0;
    // Reads of a server matter under way (ServerReads): a result whose number is no longer the
    // latest is one the user moved on from.
    quint64 m_documentRequest = 0;
    quint64 m_stripRequest = 0;
    quint64 m_searchRequest = 0;
    quint64 m_listRequest = 0;
    bool m_selectFirstListed = false; // a store just opened: its first production is shown once listed
    bool m_readingBytes = false;
    bool m_readingStrip = false;
    bool m_readingDocument = false; // either
    bool m_sayingReading = false;   // the status bar says the bytes are being read
    int m_pageAfterReading = 1;
    QString m_query;
    bool m_reloading = false;
    bool m_wantLastHit = false; // going backwards: the page's last hit, once the renderer finds them
    std::function<bool(QDialog *)> m_runDialog;

    QStackedWidget *m_stack = nullptr;
    EmptyState *m_emptyState = nullptr;
    ReadFailureState *m_readFailure = nullptr;
    DocumentListModel *m_documents = nullptr;
    QTableView *m_documentTable = nullptr;
    QLineEdit *m_searchField = nullptr;
    QStandardItemModel *m_hits = nullptr;
    QListView *m_hitList = nullptr;
    PageRenderer *m_renderer = nullptr;
    PageListModel *m_pages = nullptr;
    PageFilterModel *m_pageFilter = nullptr;
    QComboBox *m_filterBox = nullptr;
    QListView *m_pageList = nullptr;
    QStackedWidget *m_pageStack = nullptr;
    QLabel *m_noPages = nullptr;
    PageView *m_pageView = nullptr;
    PageScrollArea *m_scroll = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_pageInfo = nullptr;
    QStandardItemModel *m_legend = nullptr;

    QAction *m_previousPage = nullptr;
    QAction *m_nextPage = nullptr;
    QAction *m_nextBad = nullptr;
    QAction *m_nextWithheld = nullptr;
    QAction *m_drawBox = nullptr;
    QAction *m_editCodes = nullptr;
    QAction *m_deleteBox = nullptr;
    QAction *m_markWithheld = nullptr;
    QAction *m_redetect = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fitWidth = nullptr;
    QAction *m_fitPage = nullptr;
    QAction *m_nextHit = nullptr;
    QAction *m_previousHit = nullptr;
};

} // namespace rebuttal
