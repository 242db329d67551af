#include "DocumentsPage.h"

#include "CorrectionCommands.h"
#include "EmptyState.h"
#include "ExemptionPalette.h"
#include "MessageBox.h"
#include "PageRenderer.h"
#include "PageView.h"
#include "foia/ExemptionLabel.h"
#include "models/DocumentListModel.h"
#include "models/PageListModel.h"
#include "store/CaseStore.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rebuttal {

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
    return codes.join(QStringLiteral(", "));
}

} // namespace

DocumentsPage::DocumentsPage(QUndoStack *undoStack, QAction *importAction, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    updateActions();
}

DocumentsPage::~DocumentsPage() = default;

void DocumentsPage::buildActions()
{
    auto make = [this](const QString &text, const QString &tip, const QKeySequence &key) {
        auto *action = new QAction(text, this);
        action->setToolTip(tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_previousPage = make(tr("Previous"), tr("Show the previous page"), QKeySequence(Qt::Key_PageUp));
    m_nextPage = make(tr("Next"), tr("Show the next page"), QKeySequence(Qt::Key_PageDown));
    m_nextBad = make(tr("Next Readable"), tr("Go to the next page where text is still readable under a box"),
                     QKeySequence(Qt::CTRL | Qt::Key_B));
    m_nextWithheld = make(tr("Next Withheld"), tr("Go to the next page withheld in full"), QKeySequence(Qt::CTRL | Qt::Key_J));
    m_drawBox = make(tr("Draw Box"), tr("Drag on the page to add a redaction the detector missed"), QKeySequence(Qt::Key_D));
    m_drawBox->setCheckable(true);
    m_editCodes = make(tr("Exemptions..."), tr("Change the exemptions of the selected box"), QKeySequence(Qt::Key_E));
    m_deleteBox = make(tr("Delete Box"), tr("Remove the selected box: it is not a redaction"), QKeySequence(Qt::Key_Delete));
    m_markWithheld = make(tr("Withheld"), tr("Mark or unmark the page as withheld in full"), QKeySequence(Qt::Key_W));
    m_markWithheld->setCheckable(true);
    m_redetect = new QAction(tr("Detect Again"), this);
    m_redetect->setToolTip(tr("Run redaction detection again on this production; your corrections are kept"));
    connect(m_redetect, &QAction::triggered, this, [this] {
        if (m_documentId)
            Q_EMIT redetectRequested(m_documentId);
    });

    connect(m_previousPage, &QAction::triggered, this, [this] { showPage(currentPage() - 1); });
    connect(m_nextPage, &QAction::triggered, this, [this] { showPage(currentPage() + 1); });
    connect(m_nextBad, &QAction::triggered, this, [this] { jumpTo([](const StoredPage &p) { return p.hasBadRedaction(); }); });
    connect(m_nextWithheld, &QAction::triggered, this, [this] { jumpTo([](const StoredPage &p) { return p.withheldInFull; }); });
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
    m_documentTable->setModel(m_documents);
    m_documentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documentTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_documentTable->verticalHeader()->hide();
    m_documentTable->horizontalHeader()->setStretchLastSection(true);
    m_documentTable->setWordWrap(false);
    m_documentTable->setToolTip(tr("The productions in this case file"));
    m_documentTable->setColumnHidden(DocumentListModel::Imported, true);
    connect(m_documentTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        // Reselecting the shown production (after a reload) keeps the page the user is on.
        if (current.isValid() && m_documents->documentId(current.row()) != m_documentId)
            showDocument(m_documents->documentId(current.row()));
    });

    m_searchField = new QLineEdit(pane);
    m_searchField->setPlaceholderText(tr("Search all pages (words or \"a phrase\")"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setToolTip(tr("Full-text search over every page, scanned pages included"));
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] { search(m_searchField->text()); });

    m_hitList = new QListView(pane);
    m_hitList->setModel(m_hits);
    m_hitList->setWordWrap(true);
    m_hitList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hitList->setToolTip(tr("Click a result to open its page with the words highlighted"));
    connect(m_hitList, &QListView::clicked, this, [this](const QModelIndex &index) {
        showDocument(index.data(DocumentRole).toLongLong(), index.data(PageNumberRole).toInt());
    });

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Productions"), pane));
    layout->addWidget(m_documentTable, 2);
    layout->addWidget(m_searchField);
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
    m_pageList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_pageList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        // While pages are reloaded the view moves its current row on its own; that is not the user.
        if (current.isValid() && !m_reloading)
            showPage(current.data(PageListModel::PageRole).toInt());
    });

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBox);
    layout->addWidget(m_pageList);
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

    m_pageView = new PageView(m_renderer, pane);
    m_scroll = new QScrollArea(pane);
    m_scroll->setWidget(m_pageView);
    m_scroll->setWidgetResizable(true);
    connect(m_pageView, &PageView::boxDrawn, this, &DocumentsPage::addDrawnBox);
    connect(m_pageView, &PageView::editCodesRequested, this, &DocumentsPage::editSelectedCodes);
    connect(m_pageView, &PageView::deleteRequested, this, &DocumentsPage::deleteSelectedBox);
    connect(m_pageView, &PageView::selectionChanged, this, &DocumentsPage::updateActions);
    // An encrypted production: its password is asked for when it is shown, and kept in memory only.
    connect(m_renderer, &PageRenderer::passwordNeeded, this, [this] {
        QString password;
        if (m_store && m_documentId
            && MessageBox::password(this, tr("Password Required"), tr("This production is protected by a password. Enter it to see its pages:"),
                                    &password)) {
            // Remembered for this session only, so going back to the production does not ask again.
            m_passwords.insert(m_documentId, password.toUtf8());
            m_renderer->setDocument(DocumentCatalog(*m_store).fileBytes(m_documentId), password.toUtf8());
        }
    });
    connect(m_renderer, &PageRenderer::textFound, this, [this](int page, const QList<QRectF> &areas) {
        if (page == currentPage())
            m_pageView->setHighlights(areas);
    });

    m_pageInfo = new QLabel(pane);
    m_pageInfo->setWordWrap(true);
    m_pageInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *legend = new QTableView(pane);
    legend->setModel(m_legend);
    legend->verticalHeader()->hide();
    legend->horizontalHeader()->setStretchLastSection(true);
    legend->setEditTriggers(QAbstractItemView::NoEditTriggers);
    legend->setMaximumHeight(150);
    legend->setToolTip(tr("Redaction boxes in this production, by exemption"));

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(corrections);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_pageInfo);
    layout->addWidget(legend);
    return pane;
}

void DocumentsPage::setStore(CaseStore *store)
{
    m_store = store;
    m_documentId = 0;
    m_pages->setPages({});
    m_hits->clear();
    m_renderer->setDocument({});
    m_passwords.clear();
    m_pageView->clear();
    reloadDocuments();
    if (m_documents->rowCount() > 0)
        m_documentTable->selectRow(0);
}

void DocumentsPage::reloadDocuments()
{
    const qint64 current = m_documentId;
    m_documents->setStore(m_store);
    m_stack->setCurrentIndex(m_documents->rowCount() == 0 ? 0 : 1);
    m_documentTable->resizeColumnsToContents();
    for (int row = 0; row < m_documents->rowCount(); ++row) {
        if (m_documents->documentId(row) == current)
            m_documentTable->selectRow(row);
    }
    updateActions();
}

bool DocumentsPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
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
    if (!m_store)
        return;
    if (documentId != m_documentId) {
        m_documentId = documentId;
        DocumentCatalog catalog(*m_store);
        m_renderer->setDocument(catalog.fileBytes(documentId), m_passwords.value(documentId));
        reloadPages(page);
        for (int row = 0; row < m_documents->rowCount(); ++row) {
            if (m_documents->documentId(row) == documentId && m_documentTable->currentIndex().row() != row)
                m_documentTable->selectRow(row);
        }
    }
    showPage(page);
}

void DocumentsPage::reloadPages(int keepPage)
{
    if (!m_store || !m_documentId)
        return;
    const QSignalBlocker blockFilter(m_filterBox);
    m_reloading = true;
    m_pages->setPages(DocumentCatalog(*m_store).pages(m_documentId));
    // The filter offers only what this production has.
    const QString filter = m_pageFilter->filter();
    m_filterBox->clear();
    m_filterBox->addItem(tr("All pages"), QStringLiteral("all"));
    m_filterBox->addItem(tr("Withheld in full"), QStringLiteral("withheld"));
    m_filterBox->addItem(tr("Readable redactions"), QStringLiteral("bad"));
    QStringList codes;
    for (const StoredPage &page : m_pages->pages())
        codes << page.exemptions();
    for (const QString &code : ExemptionLabel::normalized(codes))
        m_filterBox->addItem(tr("Exemption %1").arg(code), code);
    const int at = m_filterBox->findData(filter.isEmpty() ? QStringLiteral("all") : filter);
    m_filterBox->setCurrentIndex(std::max(0, at));
    updateLegend();
    m_reloading = false;
    if (const int row = m_pages->rowOf(keepPage); row >= 0) {
        m_pageView->setPage(m_pages->pages()[row]);
        const QModelIndex proxy = m_pageFilter->mapFromSource(m_pages->index(row));
        m_pageList->setCurrentIndex(proxy);
    }
    updatePageInfo();
    updateActions();
}

void DocumentsPage::setPageFilter(const QString &filter)
{
    m_pageFilter->setFilter(filter);
    const int at = m_filterBox->findData(filter);
    if (at >= 0)
        m_filterBox->setCurrentIndex(at);
}

int DocumentsPage::currentPage() const
{
    return m_documentId ? m_pageView->page().number : 0;
}

void DocumentsPage::showPage(int page)
{
    const int row = m_pages->rowOf(page);
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
    if (!m_store || m_query.isEmpty())
        return;
    StoreError error;
    const QList<SearchHit> hits = DocumentCatalog(*m_store).search(m_query, 500, &error);
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

void DocumentsPage::updateLegend()
{
    m_legend->clear();
    m_legend->setHorizontalHeaderLabels({tr("Exemption"), tr("Boxes")});
    QMap<QString, int> counts;
    int unlabeled = 0, readable = 0;
    for (const StoredPage &page : m_pages->pages()) {
        for (const StoredRedaction &r : page.redactions) {
            if (r.exemptions.isEmpty())
                ++unlabeled;
            for (const QString &code : r.exemptions)
                ++counts[code];
            readable += !r.textUnderBox.isEmpty();
        }
    }
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
    const StoredPage &page = m_pageView->page();
    QStringList parts{tr("Page %1 of %2").arg(page.number).arg(m_pages->rowCount())};
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
        parts << tr("not analysed: %1").arg(page.problem);
    m_pageInfo->setText(parts.join(QStringLiteral(" · ")));
}

void DocumentsPage::updateActions()
{
    const bool page = m_documentId && currentPage() > 0;
    const bool selected = page && m_pageView->selectedRedaction() != 0;
    for (QAction *action : {m_previousPage, m_nextPage, m_nextBad, m_nextWithheld, m_drawBox, m_markWithheld, m_redetect})
        action->setEnabled(page);
    m_editCodes->setEnabled(selected);
    m_deleteBox->setEnabled(selected);
    m_markWithheld->setChecked(page && m_pageView->page().withheldInFull);
}

void DocumentsPage::jumpTo(const std::function<bool(const StoredPage &)> &matches)
{
    const QList<StoredPage> &pages = m_pages->pages();
    if (pages.isEmpty())
        return;
    const int start = std::max(0, m_pages->rowOf(currentPage()));
    for (int step = 1; step <= pages.size(); ++step) {
        const StoredPage &candidate = pages[(start + step) % pages.size()];
        if (matches(candidate)) {
            showPage(candidate.number);
            return;
        }
    }
    MessageBox::information(this, tr("Nothing found"), tr("No page of this production matches."));
}

CorrectionContext DocumentsPage::corrections()
{
    // After a correction the page reloads, and the production's counts change for the list.
    return {[this] { return m_store; },
            [this](qint64, int page) {
                reloadPages(page);
                Q_EMIT documentsChanged();
            },
            [this](const QString &message) { MessageBox::critical(this, tr("Cannot save the correction"), message); }};
}

void DocumentsPage::addDrawnBox(const QRectF &box)
{
    QString text;
    if (!MessageBox::text(this, tr("New Redaction Box"),
                          tr("Exemptions claimed for this box, as printed (for example (b)(6), (b)(7)(C)); leave empty if unlabeled:"),
                          QString(), &text)) {
        return;
    }
    m_undoStack->push(new AddBoxCommand(corrections(), m_documentId, currentPage(), box, ExemptionLabel::codesIn(text)));
    m_drawBox->setChecked(false);
}

void DocumentsPage::editSelectedCodes()
{
    const qint64 id = m_pageView->selectedRedaction();
    if (!id)
        return;
    QStringList current;
    for (const StoredRedaction &r : m_pageView->page().redactions) {
        if (r.id == id)
            current = r.exemptions;
    }
    QString text;
    if (!MessageBox::text(this, tr("Exemptions"), tr("Exemptions claimed for this box (for example (b)(6), (b)(7)(C)):"),
                          codesText(current), &text)) {
        return;
    }
    m_undoStack->push(new SetCodesCommand(corrections(), m_documentId, currentPage(), id, ExemptionLabel::codesIn(text)));
}

void DocumentsPage::deleteSelectedBox()
{
    const qint64 id = m_pageView->selectedRedaction();
    if (!id)
        return;
    m_undoStack->push(new RemoveBoxCommand(corrections(), m_documentId, currentPage(), id));
    m_pageView->selectRedaction(0);
}

void DocumentsPage::toggleWithheld()
{
    if (!currentPage())
        return;
    m_undoStack->push(new SetWithheldCommand(corrections(), m_documentId, currentPage(), !m_pageView->page().withheldInFull));
}

} // namespace rebuttal
