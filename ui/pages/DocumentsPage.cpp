#include "DocumentsPage.h"
#include "PageKeys.h"

#include "CaseFile.h"
#include "domain/PageProblem.h"
#include "CorrectionCommands.h"
#include "EmptyState.h"
#include "ReadFailureState.h"
#include "ExemptionPalette.h"
#include "MessageBox.h"
#include "PageRenderer.h"
#include "PageScrollArea.h"
#include "PageView.h"
#include "CaptionDelegate.h"
#include "TableColumns.h"
#include "dialogs/ExemptionDialog.h"
#include "domain/ExemptionLabel.h"
#include "models/DocumentListModel.h"
#include "models/PageListModel.h"
#include "ServerReads.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QListView>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace rebuttal {

// QT_LOGGING_RULES="rebuttal.ui.documents.debug=true" prints where opening a production's time goes.
Q_LOGGING_CATEGORY(lcDocumentsPage, "rebuttal.ui.documents", QtInfoMsg)

// Keeps the pages that match the chosen filter: all, withheld, bad redactions, or one exemption.
class PageFilterModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilter(const QString &filter)
    {
        m_filter = filter;
        invalidateFilter();
    }
    QString filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (m_filter.isEmpty() || m_filter == QLatin1String("all"))
            return true;
        if (m_filter == QLatin1String("withheld"))
            return index.data(PageListModel::WithheldRole).toBool();
        if (m_filter == QLatin1String("bad"))
            return index.data(PageListModel::BadRedactionRole).toBool();
        return index.data(PageListModel::ExemptionsRole).toStringList().contains(m_filter);
    }

private:
    QString m_filter;
};

namespace {

enum HitRole { DocumentRole = Qt::UserRole + 1, PageNumberRole };

QString codesText(const QStringList &codes)
{
    // A code is one word: a word joiner after each ")" keeps a wrapped line from breaking
    // "(b)(7)(C)" into "(b)" and "(7)(C)".
    QStringList whole;
    for (const QString &code : codes)
        whole << QString(code).replace(QStringLiteral(")("), QStringLiteral(")\u2060("));
    return whole.join(QStringLiteral(", "));
}

} // namespace

DocumentsPage::DocumentsPage(QUndoStack *undoStack, QAction *importAction, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_runDialog([](QDialog *dialog) { return dialog->exec() == QDialog::Accepted; })
    , m_stack(new QStackedWidget(this))
    , m_documents(new DocumentListModel(this))
    , m_hits(new QStandardItemModel(this))
    , m_renderer(new PageRenderer(this))
    , m_pages(new PageListModel(m_renderer, this))
    , m_pageFilter(new PageFilterModel(this))
    , m_legend(new QStandardItemModel(this))
{
    m_pageFilter->setSourceModel(m_pages);
    buildActions();

    m_emptyState = new EmptyState(m_stack);
    m_emptyState->setTitle(tr("No FOIA productions yet"));
    m_emptyState->setExplanation(
        tr("Productions are the pages an agency released under FOIA. Import one (a PDF, text or scanned) and "
           "Rebuttal lists each page's Bates number, its redactions and the exemptions claimed for them, the pages "
           "withheld in full, and redactions that leave the text readable."));
    if (importAction)
        m_emptyState->addAction(importAction);

    auto *workspace = new QSplitter(Qt::Horizontal, m_stack);
    workspace->setObjectName(QStringLiteral("documentsSplitter"));
    workspace->addWidget(buildDocumentPane());
    workspace->addWidget(buildPagePane());
    workspace->addWidget(buildViewPane());
    workspace->setStretchFactor(2, 1);
    workspace->setSizes({230, PageListModel::ThumbnailWidth + 70, 760});
    workspace->setStretchFactor(0, 0);
    workspace->setStretchFactor(1, 0);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(workspace);
    m_readFailure = new ReadFailureState(m_stack);
    m_stack->addWidget(m_readFailure);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    updateActions();
}

DocumentsPage::~DocumentsPage() = default;

void DocumentsPage::buildActions()
{
    auto make = [this](const QString &text, const QString &tip, const QKeySequence &key, KeyScope scope = KeyScope::Window) {
        auto *action = new QAction(text, this);
        action->setToolTip(tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
        setPageShortcut(action, key, scope);
        addAction(action);
        return action;
    };
    m_previousPage = make(tr("Previous"), tr("Show the previous page"), QKeySequence(Qt::Key_PageUp), KeyScope::Page);
    m_nextPage = make(tr("Next"), tr("Show the next page"), QKeySequence(Qt::Key_PageDown), KeyScope::Page);
    // Arrows in the toolbar (names in menus and tooltips), so the row fits a laptop in Spanish too.
    m_previousPage->setIconText(QStringLiteral("\u25C0"));
    m_nextPage->setIconText(QStringLiteral("\u25B6"));
    m_nextBad = make(tr("Next Readable"), tr("Go to the next page where text is still readable under a box"),
                     QKeySequence(Qt::CTRL | Qt::Key_B));
    m_nextWithheld = make(tr("Next Withheld"), tr("Go to the next page withheld in full"), QKeySequence(Qt::CTRL | Qt::Key_J));
    m_drawBox = make(tr("Draw Box"), tr("Drag on the page to add a redaction the detector missed"), QKeySequence(Qt::Key_D), KeyScope::Page);
    m_drawBox->setCheckable(true);
    m_editCodes = make(tr("Exemptions..."), tr("Change the exemptions of the selected box"), QKeySequence(Qt::Key_E), KeyScope::Page);
    m_deleteBox = make(tr("Delete Box"), tr("Remove the selected box: it is not a redaction"), QKeySequence(Qt::Key_Delete), KeyScope::Page);
    m_markWithheld = make(tr("Withheld"), tr("Mark or unmark the page as withheld in full"), QKeySequence(Qt::Key_W), KeyScope::Page);
    m_markWithheld->setCheckable(true);
    m_zoomIn = make(tr("Zoom In"), tr("Show the page larger"), QKeySequence(QKeySequence::ZoomIn));
    // Ctrl+= too: on most keyboards "+" needs Shift.
    setPageShortcuts(m_zoomIn, {QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)}, KeyScope::Window);
    m_zoomOut = make(tr("Zoom Out"), tr("Show the page smaller"), QKeySequence(QKeySequence::ZoomOut));
    m_fitWidth = make(tr("Fit Width"), tr("Fit the page to the width of the view"), QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fitPage = make(tr("Fit Page"), tr("Show the whole page"), QKeySequence(Qt::CTRL | Qt::Key_9));
    m_fitWidth->setCheckable(true);
    m_fitPage->setCheckable(true);
    m_nextHit = make(tr("Next Hit"), tr("Go to the next search hit"), QKeySequence(Qt::Key_F3));
    m_previousHit = make(tr("Previous Hit"), tr("Go to the previous search hit"), QKeySequence(Qt::SHIFT | Qt::Key_F3));
    m_redetect = new QAction(tr("Detect Again"), this);
    m_redetect->setToolTip(tr("Run redaction detection again on this production; your corrections are kept"));
    connect(m_redetect, &QAction::triggered, this, [this] {
        if (m_documentId)
            Q_EMIT redetectRequested(m_documentId);
    });

    connect(m_previousPage, &QAction::triggered, this, [this] { showPage(currentPage() - 1); });
    connect(m_nextPage, &QAction::triggered, this, [this] { showPage(currentPage() + 1); });
    connect(m_nextBad, &QAction::triggered, this, [this] {
        jumpTo([](const ProductionPage &p) { return p.hasBadRedaction(); },
               tr("Nothing found: no page of this production has text readable under a box."));
    });
    connect(m_nextWithheld, &QAction::triggered, this, [this] {
        jumpTo([](const ProductionPage &p) { return p.withheldInFull; }, tr("Nothing found: no page of this production is withheld in full."));
    });
    connect(m_nextHit, &QAction::triggered, this, [this] { stepHit(1); });
    connect(m_previousHit, &QAction::triggered, this, [this] { stepHit(-1); });
    connect(m_drawBox, &QAction::toggled, this, [this](bool on) {
        if (m_pageView)
            m_pageView->setDrawing(on);
    });
    connect(m_editCodes, &QAction::triggered, this, &DocumentsPage::editSelectedCodes);
    connect(m_deleteBox, &QAction::triggered, this, &DocumentsPage::deleteSelectedBox);
    connect(m_markWithheld, &QAction::triggered, this, &DocumentsPage::toggleWithheld);
}

QWidget *DocumentsPage::buildDocumentPane()
{
    auto *pane = new QWidget(this);
    m_documentTable = new QTableView(pane);
    m_documentTable->setObjectName(QStringLiteral("documentTable"));
    m_documentTable->setModel(m_documents);
    m_documentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documentTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_documentTable->verticalHeader()->hide();
    m_documentTable->setWordWrap(false);
    m_documentTable->setToolTip(tr("The productions in this case file"));
    // The pane is narrow (a fifth of a laptop's screen): each production is its name over a line
    // of its figures, rather than columns that would need sideways scrolling. The columns of
    // figures and the import date show on request (right-click on the header) and sort.
    TableColumns::arrange(m_documentTable, DocumentListModel::Name, QStringLiteral("productions"))
        ->hideByDefault({DocumentListModel::Pages, DocumentListModel::Redactions, DocumentListModel::Withheld,
                         DocumentListModel::Imported});
    m_documentTable->setItemDelegateForColumn(DocumentListModel::Name,
                                              new CaptionDelegate(DocumentListModel::FiguresRole, m_documentTable));
    m_documentTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_documentTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        // Reselecting the shown production (after a reload) keeps the page the user is on.
        if (current.isValid() && m_documents->documentId(current.row()) != m_documentId)
            showDocument(m_documents->documentId(current.row()));
    });

    m_searchField = new QLineEdit(pane);
    // Short enough to stay whole in the narrow pane at 1366 px, in Spanish too; the syntax is in the tooltip.
    m_searchField->setPlaceholderText(tr("Search the pages"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setToolTip(tr("Full-text search over every page, scanned pages included: words, or \"a phrase\" in quotes"));
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] { search(m_searchField->text()); });

    m_hitList = new QListView(pane);
    m_hitList->setModel(m_hits);
    m_hitList->setWordWrap(true);
    m_hitList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hitList->setToolTip(tr("Click a result to open its page with the words highlighted"));
    connect(m_hitList, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (const qint64 document = index.data(DocumentRole).toLongLong()) // not "Searching..." or "No page contains"
            showDocument(document, index.data(PageNumberRole).toInt());
    });

    // F3 and Shift+F3 beside the field, so the mouse finds them too.
    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(2);
    searchRow->addWidget(m_searchField, 1);
    for (auto [action, arrow] : {std::pair{m_previousHit, Qt::UpArrow}, std::pair{m_nextHit, Qt::DownArrow}}) {
        auto *button = new QToolButton(pane);
        button->setDefaultAction(action);
        button->setArrowType(arrow);
        button->setAutoRaise(true);
        searchRow->addWidget(button);
    }

    // Until a search lists something, the space under the field says what it is for.
    auto *searchHint = new QLabel(tr("Type words above and press Enter: every page that contains them is listed "
                                     "here, scanned pages included."),
                                  pane);
    searchHint->setObjectName(QStringLiteral("searchHint"));
    searchHint->setWordWrap(true);
    searchHint->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    searchHint->setMargin(8);
    searchHint->setForegroundRole(QPalette::PlaceholderText);
    const auto showHintOrHits = [this, searchHint] {
        const bool none = m_hits->rowCount() == 0;
        searchHint->setVisible(none);
        m_hitList->setVisible(!none);
    };
    connect(m_hits, &QAbstractItemModel::rowsInserted, this, showHintOrHits);
    connect(m_hits, &QAbstractItemModel::rowsRemoved, this, showHintOrHits);
    connect(m_hits, &QAbstractItemModel::modelReset, this, showHintOrHits);
    showHintOrHits();

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Productions"), pane));
    layout->addWidget(m_documentTable, 2);
    layout->addLayout(searchRow);
    layout->addWidget(searchHint, 3);
    layout->addWidget(m_hitList, 3);
    return pane;
}

QWidget *DocumentsPage::buildPagePane()
{
    auto *pane = new QWidget(this);
    m_filterBox = new QComboBox(pane);
    m_filterBox->setToolTip(tr("Show only the pages with this exemption, withheld pages, or readable redactions"));
    connect(m_filterBox, &QComboBox::activated, this, [this](int index) { setPageFilter(m_filterBox->itemData(index).toString()); });

    m_pageList = new QListView(pane);
    m_pageList->setModel(m_pageFilter);
    // A strip of thumbnails with the page number and Bates under each.
    m_pageList->setViewMode(QListView::IconMode);
    m_pageList->setFlow(QListView::TopToBottom);
    m_pageList->setWrapping(false);
    m_pageList->setMovement(QListView::Static);
    m_pageList->setResizeMode(QListView::Adjust);
    m_pageList->setIconSize(QSize(PageListModel::ThumbnailWidth, int(PageListModel::ThumbnailWidth * 1.3)));
    m_pageList->setGridSize(QSize(PageListModel::ThumbnailWidth + 50, int(PageListModel::ThumbnailWidth * 1.3) + 44));
    m_pageList->setUniformItemSizes(true); // 2,000 pages scroll without measuring each
    m_pageList->setMinimumWidth(PageListModel::ThumbnailWidth + 70);
    // Bates numbers share their prefix and differ at the end: "FDA-CBER-…0500479", not "FDA-CBER-2022-5812-0…" on every page.
    m_pageList->setTextElideMode(Qt::ElideMiddle);
    m_pageList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_pageList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        // While pages are reloaded the view moves its current row on its own; that is not the user.
        if (current.isValid() && !m_reloading)
            showPage(current.data(PageListModel::PageRole).toInt());
    });

    // When the filter keeps no page, say so rather than show an empty strip.
    m_noPages = new QLabel(pane);
    m_noPages->setWordWrap(true);
    m_noPages->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_noPages->setMargin(8);
    m_pageStack = new QStackedWidget(pane);
    m_pageStack->addWidget(m_pageList);
    m_pageStack->addWidget(m_noPages);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBox);
    layout->addWidget(m_pageStack);
    return pane;
}

void DocumentsPage::addPageAction(QAction *action)
{
    m_pageToolBar->addSeparator();
    m_pageToolBar->addAction(action);
    addAction(action);
}

QWidget *DocumentsPage::buildViewPane()
{
    auto *pane = new QWidget(this);
    // Two rows, so that no action hides behind an overflow arrow in a narrow window: going
    // through the pages, and correcting them.
    auto *toolbar = new QToolBar(pane);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_previousPage, m_nextPage});
    toolbar->addSeparator();
    toolbar->addActions({m_nextBad, m_nextWithheld});
    m_pageToolBar = toolbar;
    auto *corrections = new QToolBar(pane);
    corrections->setToolButtonStyle(Qt::ToolButtonTextOnly);
    corrections->addActions({m_drawBox, m_editCodes, m_deleteBox, m_markWithheld});
    corrections->addSeparator();
    corrections->addAction(m_redetect);
    m_correctionToolBar = corrections;

    m_scroll = new PageScrollArea(m_renderer, pane);
    m_pageView = m_scroll->view();
    connect(m_scroll, &PageScrollArea::zoomChanged, this, &DocumentsPage::updateZoomActions);
    connect(m_zoomIn, &QAction::triggered, m_scroll, &PageScrollArea::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_scroll, &PageScrollArea::zoomOut);
    connect(m_fitWidth, &QAction::triggered, this, [this] { m_scroll->setFit(PageScrollArea::Fit::Width); });
    connect(m_fitPage, &QAction::triggered, this, [this] { m_scroll->setFit(PageScrollArea::Fit::Page); });
    connect(m_pageView, &PageView::boxDrawn, this, &DocumentsPage::addDrawnBox);
    connect(m_pageView, &PageView::editCodesRequested, this, &DocumentsPage::editSelectedCodes);
    connect(m_pageView, &PageView::deleteRequested, this, &DocumentsPage::deleteSelectedBox);
    connect(m_pageView, &PageView::selectionChanged, this, &DocumentsPage::updateActions);
    // An encrypted production: its password is asked for when it is shown, and kept in memory only.
    connect(m_renderer, &PageRenderer::passwordNeeded, this, [this] {
        QString password;
        if (m_open && m_documentId
            && MessageBox::password(this, tr("Password Required"), tr("This production is protected by a password. Enter it to see its pages:"),
                                    &password)) {
            // Remembered for this session only, so going back to the production does not ask again.
            m_passwords.insert(m_documentId, password.toUtf8());
            // The renderer has the bytes already: nothing is read again (over a slow link to a
            // server, that read would hold the window).
            m_renderer->setPassword(password.toUtf8());
        }
    });
    connect(m_renderer, &PageRenderer::textFound, this, [this](int page, const QList<QRectF> &areas) {
        if (page != currentPage())
            return;
        m_pageView->setHighlights(areas);
        if (m_wantLastHit && !areas.isEmpty())
            m_pageView->setCurrentHighlight(int(areas.size()) - 1);
        m_wantLastHit = false;
    });

    m_pageInfo = new QLabel(pane);
    m_pageInfo->setWordWrap(true);
    m_pageInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *legend = new QTableView(pane);
    legend->setModel(m_legend);
    legend->verticalHeader()->hide();
    TableColumns::arrange(legend, 0);
    legend->setEditTriggers(QAbstractItemView::NoEditTriggers);
    legend->setMaximumHeight(150);
    legend->setToolTip(tr("Redaction boxes in this production, by exemption"));

    auto *infoRow = new QHBoxLayout;
    infoRow->addWidget(m_pageInfo, 1);
    infoRow->addWidget(buildZoomBar(pane), 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(corrections);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(infoRow);
    layout->addWidget(legend);
    updateZoomActions();
    return pane;
}

QWidget *DocumentsPage::buildZoomBar(QWidget *parent)
{
    // Under the page, as in a reader: small buttons, the zoom as a number.
    auto *bar = new QToolBar(parent);
    bar->setObjectName(QStringLiteral("zoomBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setIconSize(QSize(12, 12));
    m_zoomOut->setIconText(QStringLiteral("−"));
    m_zoomIn->setIconText(QStringLiteral("+"));
    bar->addAction(m_zoomOut);
    m_zoomLabel = new QLabel(bar);
    m_zoomLabel->setToolTip(tr("The page's size on screen (Ctrl+wheel to zoom)"));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("600 %")));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    bar->addWidget(m_zoomLabel);
    bar->addAction(m_zoomIn);
    bar->addAction(m_fitWidth);
    bar->addAction(m_fitPage);
    return bar;
}

void DocumentsPage::updateZoomActions()
{
    if (!m_zoomLabel)
        return;
    m_fitWidth->setChecked(m_scroll->fit() == PageScrollArea::Fit::Width);
    m_fitPage->setChecked(m_scroll->fit() == PageScrollArea::Fit::Page);
    // 100 % is the page at its printed size on this screen.
    const double dpi = m_scroll->logicalDpiX() > 0 ? m_scroll->logicalDpiX() : 96;
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_scroll->scale() * 72.0 / dpi * 100)));
}

void DocumentsPage::setStore(OpenStore *store)
{
    // A read of the store before still under way is dropped when it ends.
    ++m_documentRequest;
    ++m_stripRequest;
    ++m_searchRequest;
    ++m_listRequest;
    m_readingBytes = m_readingStrip = false;
    updateReading();
    m_open = store;
    m_savedVersions->clear();
    m_documentId = 0;
    m_pages->setPages({});
    m_hits->clear();
    m_renderer->setDocument({});
    m_passwords.clear();
    m_pageView->clear();
    m_selectFirstListed = true;
    reloadDocuments();
}

void DocumentsPage::reloadDocuments()
{
    if (const ServerLocation *server = m_open ? m_open->serverLocation() : nullptr) {
        // Over a slow link the list takes a while too (a colleague's import reads it again): off
        // the GUI thread, a read replaced by a newer one dropped.
        const quint64 request = ++m_listRequest;
        ServerReads::whenDone(this, ServerReads::documents(*server), [this, request](const std::pair<QList<DocumentSummary>, StoreError> &read) {
            if (request == m_listRequest)
                showDocumentList(read.first, read.second);
        });
        return;
    }
    StoreError error;
    const QList<DocumentSummary> rows = m_open ? m_open->documents().documents(&error) : QList<DocumentSummary>();
    showDocumentList(rows, error);
}

void DocumentsPage::showDocumentList(const QList<DocumentSummary> &rows, const StoreError &error)
{
    const qint64 current = m_documentId;
    m_documents->setRows(rows, error);
    m_stack->setCurrentIndex(m_documents->rowCount() == 0 ? 0 : 1);
    if (error.isError())
        showReadFailure(error);
    for (int row = 0; row < m_documents->rowCount(); ++row) {
        if (m_documents->documentId(row) == current)
            m_documentTable->selectRow(row);
    }
    if (std::exchange(m_selectFirstListed, false) && m_documents->rowCount() > 0)
        m_documentTable->selectRow(0);
    updateActions();
}

bool DocumentsPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

bool DocumentsPage::isShowingReadFailure() const
{
    return m_stack->currentWidget() == m_readFailure;
}

void DocumentsPage::showReadFailure(const StoreError &error)
{
    m_readFailure->setFailure(*m_open, error);
    m_stack->setCurrentWidget(m_readFailure);
}

QAbstractItemModel *DocumentsPage::pageModel() const
{
    return m_pageFilter;
}

QAbstractItemModel *DocumentsPage::searchResults() const
{
    return m_hits;
}

QAbstractItemModel *DocumentsPage::legend() const
{
    return m_legend;
}

void DocumentsPage::showDocument(qint64 documentId, int page)
{
    if (!m_open)
        return;
    if (documentId == m_documentId) {
        if (m_readingDocument)
            m_pageAfterReading = page; // shown once the production is read
        else
            showPage(page);
        return;
    }
    m_documentId = documentId;
    if (const ServerLocation *server = m_open->serverLocation()) {
        // Over a slow link a production's bytes take a while: read off the GUI thread, the page
        // strip emptied and the viewer busy meanwhile, and the result dropped if the user moved on.
        const quint64 request = ++m_documentRequest;
        ++m_stripRequest;
        m_readingStrip = false;
        m_pages->setPages({});
        m_renderer->setDocument({});
        m_pageView->clear();
        m_pageAfterReading = page;
        m_readingBytes = true;
        updateReading();
        ServerReads::whenDone(this, ServerReads::fileBytes(*server, documentId), [this, request, documentId](const std::pair<QByteArray, StoreError> &read) {
            if (request != m_documentRequest)
                return;
            m_readingBytes = false;
            updateReading();
            if (read.second.isError())
                return showReadFailure(read.second);
            m_renderer->setDocument(read.first, m_passwords.value(documentId));
            selectDocumentRow(documentId);
            readPageStrip(m_pageAfterReading);
        });
        return;
    }
    QElapsedTimer clock;
    clock.start();
    StoreError error;
    m_renderer->setDocument(m_open->documents().fileBytes(documentId, &error), m_passwords.value(documentId));
    if (error.isError())
        return showReadFailure(error);
    qCDebug(lcDocumentsPage) << "PDF read from the store in" << clock.elapsed() << "ms";
    documentRead(documentId, page);
}

void DocumentsPage::documentRead(qint64 documentId, int page)
{
    QElapsedTimer clock;
    clock.start();
    reloadPages(page);
    qCDebug(lcDocumentsPage) << "page strip filled in" << clock.elapsed() << "ms";
    selectDocumentRow(documentId);
    showPage(page);
}

void DocumentsPage::selectDocumentRow(qint64 documentId)
{
    for (int row = 0; row < m_documents->rowCount(); ++row) {
        if (m_documents->documentId(row) == documentId && m_documentTable->currentIndex().row() != row)
            m_documentTable->selectRow(row);
    }
}

void DocumentsPage::updateReading()
{
    const bool reading = m_readingBytes || m_readingStrip;
    if (reading != m_readingDocument) {
        m_readingDocument = reading;
        updateActions();
        if (reading)
            m_scroll->setCursor(Qt::BusyCursor);
        else
            m_scroll->unsetCursor();
    }
    // Said while a production's bytes come; the page strip read again (after a correction, or
    // every page after a reconnect) is quick, and the status bar's own notice stays.
    if (m_readingBytes != m_sayingReading) {
        m_sayingReading = m_readingBytes;
        Q_EMIT statusMessage(m_readingBytes ? tr("Reading the production from the server...") : QString());
    }
}

void DocumentsPage::reloadPages(int keepPage)
{
    if (!m_open || !m_documentId)
        return;
    if (m_open->serverLocation()) {
        // While the production's bytes are read, its strip is read after them anyway.
        if (!m_readingBytes)
            readPageStrip(keepPage);
        return;
    }
    QElapsedTimer clock;
    clock.start();
    // The pages are read a batch at a time as the strip scrolls; the legend and the filter's
    // codes come from the store's count of the whole production's boxes.
    const DocumentReader &documents = m_open->documents();
    StoreError error;
    // The list of productions has just read the page count; a production imported since is read anew.
    std::optional<DocumentSummary> summary = m_documents->summaryOf(m_documentId);
    if (!summary)
        summary = documents.document(m_documentId, &error);
    const qint64 documentId = m_documentId;
    qCDebug(lcDocumentsPage) << "summary read in" << clock.restart() << "ms";
    m_reloading = true; // the strip's reset is not the user choosing a page
    m_pages->setProduction(summary ? summary->pages : 0, [this, documentId](int first, int last) {
        StoreError readError;
        QList<ProductionPage> batch = m_open->documents().pageRange(documentId, first, last, &readError);
        if (readError.isError())
            showReadFailure(readError);
        return batch;
    });
    qCDebug(lcDocumentsPage) << "first pages read in" << clock.restart() << "ms";
    const BoxTally tally = error.isError() ? BoxTally{} : documents.boxTally(m_documentId, &error);
    if (error.isError())
        showReadFailure(error);
    qCDebug(lcDocumentsPage) << "box tally read in" << clock.restart() << "ms";
    applyPageStrip(tally, keepPage);
}

void DocumentsPage::readPageStrip(int keepPage)
{
    const quint64 request = ++m_stripRequest;
    const qint64 documentId = m_documentId;
    m_pageAfterReading = keepPage;
    m_readingStrip = true;
    updateReading();
    ServerReads::whenDone(this, ServerReads::pageStrip(*m_open->serverLocation(), documentId),
                          [this, request](const std::pair<ServerReads::PageStrip, StoreError> &read) {
        if (request != m_stripRequest)
            return;
        m_readingStrip = false;
        updateReading();
        if (read.second.isError())
            return showReadFailure(read.second);
        m_reloading = true;
        m_pages->setPages(read.first.pages);
        m_reloading = false;
        applyPageStrip(read.first.tally, m_pageAfterReading);
        showPage(m_pageAfterReading);
    });
}

void DocumentsPage::applyPageStrip(const BoxTally &tally, int keepPage)
{
    const QSignalBlocker blockFilter(m_filterBox);
    m_reloading = true;
    // The filter offers only what this production has.
    const QString filter = m_pageFilter->filter();
    m_filterBox->clear();
    m_filterBox->addItem(tr("All pages"), QStringLiteral("all"));
    m_filterBox->addItem(tr("Withheld in full"), QStringLiteral("withheld"));
    m_filterBox->addItem(tr("Readable redactions"), QStringLiteral("bad"));
    for (const QString &code : tally.codes)
        m_filterBox->addItem(tr("Exemption %1").arg(code), code);
    const int at = m_filterBox->findData(filter.isEmpty() ? QStringLiteral("all") : filter);
    m_filterBox->setCurrentIndex(std::max(0, at));
    // The production may not have what the filter asked for any more: show every page then.
    if (at < 0)
        m_pageFilter->setFilter(QStringLiteral("all"));
    // A filter must see every page to say which match (and that none does).
    if (m_pageFilter->filter() != QLatin1String("all") && !m_pageFilter->filter().isEmpty())
        m_pages->fetchAll();
    updateEmptyFilter();
    updateLegend(tally);
    m_reloading = false;
    if (const int row = m_pages->loadRowOf(keepPage); row >= 0) {
        m_pageView->setPage(m_pages->pages()[row]);
        const QModelIndex proxy = m_pageFilter->mapFromSource(m_pages->index(row));
        m_pageList->setCurrentIndex(proxy);
    }
    updatePageInfo();
    updateActions();
}

void DocumentsPage::setPageFilter(const QString &filter)
{
    if (filter != QLatin1String("all"))
        m_pages->fetchAll();
    m_pageFilter->setFilter(filter);
    const int at = m_filterBox->findData(filter);
    if (at >= 0)
        m_filterBox->setCurrentIndex(at);
    updateEmptyFilter();
}

QString DocumentsPage::emptyFilterMessage() const
{
    return m_pageStack->currentWidget() == m_noPages ? m_noPages->text() : QString();
}

void DocumentsPage::updateEmptyFilter()
{
    const bool empty = m_pages->rowCount() > 0 && m_pageFilter->rowCount() == 0;
    if (empty) {
        const QString filter = m_pageFilter->filter();
        if (filter == QLatin1String("withheld"))
            m_noPages->setText(tr("No page of this production is withheld in full."));
        else if (filter == QLatin1String("bad"))
            m_noPages->setText(tr("No page of this production has text readable under a box."));
        else
            m_noPages->setText(tr("No page of this production has a box marked %1.").arg(filter));
    }
    m_pageStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_noPages) : m_pageList);
}

int DocumentsPage::currentPage() const
{
    return m_documentId ? m_pageView->page().number : 0;
}

void DocumentsPage::showPage(int page)
{
    const int row = m_pages->loadRowOf(page);
    if (row < 0)
        return;
    const bool changed = page != currentPage();
    m_pageView->setPage(m_pages->pages()[row]);
    const QModelIndex proxy = m_pageFilter->mapFromSource(m_pages->index(row));
    if (proxy.isValid() && m_pageList->currentIndex() != proxy) {
        m_pageList->setCurrentIndex(proxy);
        m_pageList->scrollTo(proxy);
    }
    if (changed)
        m_scroll->verticalScrollBar()->setValue(0);
    if (!m_query.isEmpty())
        m_renderer->findText(page, DocumentCatalog::ftsQuery(m_query).remove(QLatin1Char('"')));
    updatePageInfo();
    updateActions();
}

void DocumentsPage::search(const QString &query)
{
    m_query = query.trimmed();
    if (m_searchField->text() != query)
        m_searchField->setText(query);
    m_hits->clear();
    const quint64 request = ++m_searchRequest;
    if (!m_open || m_query.isEmpty())
        return;
    if (const ServerLocation *server = m_open->serverLocation()) {
        // On a matter the search runs on the server, over the link: off the GUI thread, and a
        // search the user replaced meanwhile is dropped.
        auto *searching = new QStandardItem(tr("Searching the matter for %1...").arg(m_query));
        searching->setEnabled(false);
        m_hits->appendRow(searching);
        ServerReads::whenDone(this, ServerReads::search(*server, m_query, 500), [this, request](const std::pair<QList<SearchHit>, StoreError> &read) {
            if (request != m_searchRequest)
                return;
            m_hits->clear();
            showHits(read.first, read.second);
        });
        return;
    }
    StoreError error;
    const QList<SearchHit> hits = m_open->documents().search(m_query, 500, &error);
    showHits(hits, error);
}

void DocumentsPage::showHits(const QList<SearchHit> &hits, const StoreError &error)
{
    if (error.isError()) {
        MessageBox::critical(this, tr("Search failed"), error.message);
        return;
    }
    QHash<qint64, QString> names;
    for (int row = 0; row < m_documents->rowCount(); ++row)
        names.insert(m_documents->documentId(row), m_documents->index(row, 0).data().toString());
    for (const SearchHit &hit : hits) {
        auto *item = new QStandardItem(tr("%1, page %2%3\n%4")
                                           .arg(names.value(hit.documentId))
                                           .arg(hit.page)
                                           .arg(hit.bates.isEmpty() ? QString() : QStringLiteral(" (") + hit.bates + QLatin1Char(')'))
                                           .arg(hit.snippet));
        item->setData(hit.documentId, DocumentRole);
        item->setData(hit.page, PageNumberRole);
        m_hits->appendRow(item);
    }
    if (hits.isEmpty())
        m_hits->appendRow(new QStandardItem(tr("No page contains %1.").arg(m_query)));
}

void DocumentsPage::updateLegend(const BoxTally &tally)
{
    m_legend->clear();
    m_legend->setHorizontalHeaderLabels({tr("Exemption"), tr("Boxes")});
    const QMap<QString, int> &counts = tally.boxesByCode;
    const int unlabeled = tally.unlabeled, readable = tally.readable;
    auto row = [this](const QString &name, int count, const QColor &color) {
        auto *label = new QStandardItem(name);
        label->setData(color, Qt::DecorationRole);
        auto *number = new QStandardItem(QString::number(count));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_legend->appendRow({label, number});
    };
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        row(it.key(), it.value(), ExemptionPalette::color(it.key()));
    if (unlabeled)
        row(tr("No label"), unlabeled, ExemptionPalette::unlabeled());
    if (readable)
        row(tr("Text readable under box"), readable, ExemptionPalette::badRedaction());
}

void DocumentsPage::updatePageInfo()
{
    if (!m_documentId || !currentPage()) {
        m_pageInfo->clear();
        return;
    }
    const ProductionPage &page = m_pageView->page();
    QStringList parts{tr("Page %1 of %2").arg(page.number).arg(m_pages->pageCount())};
    if (!page.bates.isEmpty())
        parts << tr("Bates %1").arg(page.bates);
    if (page.withheldInFull)
        parts << (page.withheldByUser ? tr("withheld in full (marked by you)") : tr("withheld in full"));
    if (!page.exemptions().isEmpty())
        parts << tr("exemptions %1").arg(codesText(page.exemptions()));
    parts << tr("%n redaction(s)", nullptr, int(page.redactions.size()));
    if (page.hasBadRedaction())
        parts << tr("text readable under a box");
    if (page.imageOnly)
        parts << tr("scanned (OCR)");
    if (!page.problem.isEmpty())
        parts << (PageProblem::wasAnalysed(page.problem) ? tr("analysed, but %1") : tr("not analysed: %1")).arg(PageProblem::text(page.problem));
    m_pageInfo->setText(parts.join(QStringLiteral(" · ")));
}

void DocumentsPage::updateActions()
{
    const bool page = m_documentId && currentPage() > 0;
    const bool selected = page && m_pageView->selectedRedaction() != 0;
    for (QAction *action : {m_previousPage, m_nextPage, m_nextBad, m_nextWithheld, m_zoomIn, m_zoomOut, m_fitWidth, m_fitPage})
        action->setEnabled(page);
    // Corrections and detecting again write to the open store, a case file or a server matter (a
    // matter's reader is refused by the server, and told so); not while the page is read again
    // from a server, since a change then would be made over the boxes as they were.
    const bool correctable = page && m_open && !m_readingDocument;
    for (QAction *action : {m_drawBox, m_markWithheld, m_redetect})
        action->setEnabled(correctable);
    m_editCodes->setEnabled(selected && correctable);
    m_deleteBox->setEnabled(selected && correctable);
    m_markWithheld->setChecked(page && m_pageView->page().withheldInFull);
}

void DocumentsPage::jumpTo(const std::function<bool(const ProductionPage &)> &matches, const QString &nothingFound)
{
    m_pages->fetchAll(); // the next match may be in a batch not read yet
    const QList<ProductionPage> &pages = m_pages->pages();
    if (pages.isEmpty())
        return;
    const int start = std::max(0, m_pages->rowOf(currentPage()));
    for (int step = 1; step <= pages.size(); ++step) {
        const ProductionPage &candidate = pages[(start + step) % pages.size()];
        if (matches(candidate)) {
            showPage(candidate.number);
            return;
        }
    }
    // Not worth a box to click away: the status bar says it.
    Q_EMIT statusMessage(nothingFound);
}

void DocumentsPage::stepHit(int step)
{
    // First the other hits on this page, then the next page in the list of results.
    const int areas = int(m_pageView->highlights().size());
    const int area = m_pageView->currentHighlight() + step;
    if (area >= 0 && area < areas) {
        m_pageView->setCurrentHighlight(area);
        return;
    }
    QList<int> rows;
    for (int row = 0; row < m_hits->rowCount(); ++row) {
        if (m_hits->item(row)->data(DocumentRole).isValid())
            rows << row;
    }
    if (rows.isEmpty()) {
        Q_EMIT statusMessage(m_query.isEmpty() ? tr("Search first: type words in the search field and press Enter.")
                                               : tr("Nothing found: no page contains %1.").arg(m_query));
        return;
    }
    // Where we are in the results: the current row if it is this page, else the row of this page.
    int at = -1;
    for (int i = 0; i < rows.size(); ++i) {
        const QStandardItem *item = m_hits->item(rows.at(i));
        if (item->data(DocumentRole).toLongLong() == m_documentId && item->data(PageNumberRole).toInt() == currentPage()) {
            at = i;
            if (m_hitList->currentIndex().row() == rows.at(i))
                break;
        }
    }
    const int next = at < 0 ? (step > 0 ? 0 : int(rows.size()) - 1) : int((at + step + rows.size()) % rows.size());
    const QStandardItem *item = m_hits->item(rows.at(next));
    m_hitList->setCurrentIndex(item->index());
    m_wantLastHit = step < 0;
    const qint64 document = item->data(DocumentRole).toLongLong();
    const int page = item->data(PageNumberRole).toInt();
    if (document == m_documentId && page == currentPage()) {
        // The only page with hits: go round it.
        m_pageView->setCurrentHighlight(step > 0 ? 0 : areas - 1);
        m_wantLastHit = false;
        return;
    }
    showDocument(document, page);
}

CorrectionContext DocumentsPage::corrections()
{
    // After a correction the page reloads, and the production's counts change for the list.
    return {[this] { return m_open; },
            [this](qint64, int page) {
                reloadPages(page);
                Q_EMIT documentsChanged();
            },
            [this](const StoreError &error, qint64 documentId, int page) {
                // A box a colleague changed since the page was read: theirs stays; reloaded, the
                // page shows it, and the user makes the change again if still wanted.
                if (MessageBox::refusedSave(this, tr("Cannot save the correction"), error, tr("Reload the page now?"))
                    && documentId == m_documentId)
                    reloadPages(page);
            },
            m_savedVersions};
}

Redaction DocumentsPage::selectedBox(qint64 id) const
{
    for (const Redaction &r : m_pageView->page().redactions) {
        if (r.id == id)
            return r;
    }
    return {};
}

void DocumentsPage::addDrawnBox(const QRectF &box)
{
    if (m_readingDocument) // the page's boxes are being read again (the view's own input)
        return;
    ExemptionDialog dialog(tr("New Redaction Box"), {}, this);
    if (!runDialog(&dialog))
        return;
    m_undoStack->push(new AddBoxCommand(corrections(), m_documentId, currentPage(), box, dialog.codes()));
    m_drawBox->setChecked(false);
}

void DocumentsPage::editSelectedCodes()
{
    const qint64 id = m_pageView->selectedRedaction();
    if (!id || m_readingDocument)
        return;
    const Redaction box = selectedBox(id);
    ExemptionDialog dialog(tr("Exemptions"), box.exemptions, this);
    if (!runDialog(&dialog) || ExemptionLabel::normalized(box.exemptions) == dialog.codes())
        return;
    // Saved against the box as the page was read, not as it is when the dialog closes.
    m_undoStack->push(new SetCodesCommand(corrections(), m_documentId, currentPage(), id, box.version, dialog.codes()));
}

void DocumentsPage::deleteSelectedBox()
{
    const qint64 id = m_pageView->selectedRedaction();
    if (!id || m_readingDocument)
        return;
    m_undoStack->push(new RemoveBoxCommand(corrections(), m_documentId, currentPage(), id, selectedBox(id).version));
    m_pageView->selectRedaction(0);
}

void DocumentsPage::toggleWithheld()
{
    if (!currentPage())
        return;
    m_undoStack->push(new SetWithheldCommand(corrections(), m_documentId, currentPage(), !m_pageView->page().withheldInFull));
}

void DocumentsPage::follow(CaseFile *caseFile)
{
    connect(caseFile, &CaseFile::openStoreChanged, this, &DocumentsPage::setStore);
    // Detecting again changes the pages of the production on show, too.
    connect(caseFile, &CaseFile::documentsChanged, this, [this] {
        reloadDocuments();
        reloadPages();
    });
    connect(caseFile, &CaseFile::correctionsChanged, this, &DocumentsPage::reloadDocuments);
    // A colleague's correction of the production on show: its boxes and pages as they are now,
    // at the page the user is on (an edit of a box read before it would be refused anyway).
    connect(caseFile, &CaseFile::productionCorrected, this, [this](qint64 documentId) {
        if (documentId == m_documentId)
            reloadPages();
    });
    connect(this, &DocumentsPage::documentsChanged, caseFile,
            [caseFile] { caseFile->notify({CaseFile::Change::Corrections, CaseFile::Change::Activity}); });
}

} // namespace rebuttal
