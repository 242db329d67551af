#include "VaughnPage.h"
#include "PageKeys.h"

#include "CaseFile.h"
#include "EmptyState.h"
#include "ReadFailureState.h"
#include "EntryDetails.h"
#include "TableColumns.h"
#include "PageRenderer.h"
#include "models/PageListModel.h"
#include "models/VaughnEntryModel.h"
#include "store/OpenStore.h"
#include "store/VaughnIndexStore.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rebuttal {

namespace {
enum PageItemRole { ProductionRole = Qt::UserRole + 1, PageNumberRole };
const QString kSettingsGroup = QStringLiteral("VaughnPage");
} // namespace

VaughnPage::VaughnPage(QAction *importAction, QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_entries(new VaughnEntryModel(this))
    , m_filter(new VaughnEntryFilter(this))
    , m_pages(new QStandardItemModel(this))
    , m_renderer(new PageRenderer(this))
{
    m_filter->setSourceModel(m_entries);
    m_emptyState = new EmptyState(m_stack);
    m_emptyState->setTitle(tr("No Vaughn indexes yet"));
    m_emptyState->setExplanation(
        tr("A Vaughn index is the agency's itemized justification for what it withheld. Import one (a PDF table, "
           "text or CSV) and Rebuttal lists its entries with their pages, exemptions and reasons, shows the "
           "production pages each entry lists, and audits the index against them."));
    if (importAction)
        m_emptyState->addAction(importAction);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(buildWorkspace());
    m_readFailure = new ReadFailureState(m_stack);
    m_stack->addWidget(m_readFailure);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(m_renderer, &PageRenderer::pageReady, this, &VaughnPage::updateThumbnail);
}

VaughnPage::~VaughnPage()
{
    saveSplitters();
}

QWidget *VaughnPage::buildWorkspace()
{
    auto *workspace = new QWidget(m_stack);
    QHBoxLayout *bar = buildFilterBar(workspace);
    buildEntryTable(workspace);
    m_details = new QTextBrowser(workspace);
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Choose an entry to read its reasons and the audit's findings."));
    buildPageList(workspace);

    m_detailSplit = new QSplitter(Qt::Vertical, workspace);
    m_detailSplit->setObjectName(QStringLiteral("vaughnDetailSplitter"));
    m_detailSplit->addWidget(m_details);
    auto *pagesPane = new QWidget(m_detailSplit);
    auto *pagesLayout = new QVBoxLayout(pagesPane);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    pagesLayout->addWidget(new QLabel(tr("Pages listed, with the exemptions applied on them"), pagesPane));
    m_pagesNote = new QLabel(pagesPane);
    m_pagesNote->setWordWrap(true);
    m_pagesNote->setEnabled(false);
    pagesLayout->addWidget(m_pagesNote);
    pagesLayout->addWidget(m_pageList, 1);
    m_detailSplit->addWidget(pagesPane);

    m_split = new QSplitter(Qt::Horizontal, workspace);
    m_split->setObjectName(QStringLiteral("vaughnSplitter"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_table);
    m_split->addWidget(m_detailSplit);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setSizes({560, 440});
    m_detailSplit->setSizes({300, 260});
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    m_split->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_detailSplit->restoreState(settings.value(QStringLiteral("detailSplitter")).toByteArray());

    auto *layout = new QVBoxLayout(workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_split, 1);
    return workspace;
}

QHBoxLayout *VaughnPage::buildFilterBar(QWidget *workspace)
{
    m_indexBox = new QComboBox(workspace);
    m_indexBox->setObjectName(QStringLiteral("indexChoice"));
    m_indexBox->setToolTip(tr("The Vaughn index to show"));
    m_indexBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_indexBox, &QComboBox::activated, this, [this](int row) { showIndex(m_indexBox->itemData(row).toLongLong()); });
    m_exemptionBox = new QComboBox(workspace);
    m_exemptionBox->setObjectName(QStringLiteral("exemptionFilter"));
    // As wide as its longest choice ("Todas las exenciones"), never cut.
    m_exemptionBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_exemptionBox->setToolTip(tr("Show only the entries that claim this exemption"));
    connect(m_exemptionBox, &QComboBox::activated, this,
            [this](int row) { setExemptionFilter(m_exemptionBox->itemData(row).toString()); });
    m_filterField = new QLineEdit(workspace);
    m_filterField->setObjectName(QStringLiteral("entryFilter"));
    m_filterField->setPlaceholderText(tr("Filter entries by document, pages or description (Ctrl+F)"));
    m_filterField->setClearButtonEnabled(true);
    connect(m_filterField, &QLineEdit::textChanged, this, &VaughnPage::setTextFilter);
    auto *find = new QAction(this);
    setPageShortcut(find, QKeySequence::Find, KeyScope::Window);
    connect(find, &QAction::triggered, m_filterField, [this] { m_filterField->setFocus(Qt::ShortcutFocusReason); });
    addAction(find);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Index:"), workspace));
    bar->addWidget(m_indexBox, 1);
    bar->addWidget(new QLabel(tr("Exemption:"), workspace));
    bar->addWidget(m_exemptionBox);
    bar->addWidget(m_filterField, 2);
    return bar;
}

void VaughnPage::buildEntryTable(QWidget *workspace)
{
    m_table = new QTableView(workspace);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VaughnEntryModel::Number, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setToolTip(tr("The entries of the index; click a column header to sort"));
    // Withholding and pages show beside the entry (details pane); hidden by default they leave the
    // description room at 1366 px (a right-click on the header shows them).
    TableColumns::arrange(m_table, VaughnEntryModel::Description, QStringLiteral("vaughnEntries"))
        ->hideByDefault({VaughnEntryModel::Withholding, VaughnEntryModel::Pages});
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            showEntry(current.data(VaughnEntryModel::EntryNumberRole).toInt());
    });
}

void VaughnPage::buildPageList(QWidget *workspace)
{
    m_pageList = new QListView(workspace);
    m_pageList->setModel(m_pages);
    m_pageList->setViewMode(QListView::IconMode);
    m_pageList->setFlow(QListView::LeftToRight);
    m_pageList->setWrapping(true);
    m_pageList->setMovement(QListView::Static);
    m_pageList->setResizeMode(QListView::Adjust);
    m_pageList->setIconSize(QSize(PageListModel::ThumbnailWidth, int(PageListModel::ThumbnailWidth * 1.3)));
    m_pageList->setGridSize(QSize(PageListModel::ThumbnailWidth + 60, int(PageListModel::ThumbnailWidth * 1.3) + 56));
    m_pageList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pageList->setToolTip(tr("The production pages this entry lists, with the exemptions actually applied on each; "
                              "double-click to open a page in Documents"));
    connect(m_pageList, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT pageRequested(index.data(ProductionRole).toLongLong(), index.data(PageNumberRole).toInt());
    });
}

void VaughnPage::saveSplitters() const
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("splitter"), m_split->saveState());
    settings.setValue(QStringLiteral("detailSplitter"), m_detailSplit->saveState());
}

void VaughnPage::showReadFailure(const StoreError &error)
{
    m_readFailure->setFailure(*m_store, error);
    m_stack->setCurrentWidget(m_readFailure);
}

void VaughnPage::setStore(OpenStore *store)
{
    m_store = store;
    m_indexId = 0;
    m_entryNumber = 0;
    m_renderedProduction = 0;
    m_renderer->setDocument({});
    reload();
}

void VaughnPage::reload()
{
    saveSplitters();
    m_indexBox->clear();
    QList<VaughnIndexSummary> indexes;
    StoreError error;
    if (m_store)
        indexes = m_store->vaughnIndexes().indexes(&error);
    for (const VaughnIndexSummary &index : std::as_const(indexes))
        m_indexBox->addItem(tr("%1 (%n entry(ies))", nullptr, index.entries).arg(index.fileName), index.id);
    m_stack->setCurrentIndex(indexes.isEmpty() ? 0 : 1);
    if (!error.isError() && !indexes.isEmpty())
        m_audit = VaughnAudit::ofStore(m_store->documents(), &error);
    if (error.isError() || indexes.isEmpty()) {
        m_audit.reset();
        m_entries->setEntries({}, {});
        m_pages->clear();
        m_details->clear();
        if (error.isError())
            showReadFailure(error);
        return;
    }
    const bool stillThere = std::any_of(indexes.cbegin(), indexes.cend(), [this](const VaughnIndexSummary &i) { return i.id == m_indexId; });
    const qint64 keep = stillThere ? m_indexId : indexes.constLast().id;
    m_indexId = 0;
    showIndex(keep);
}

void VaughnPage::showIndex(qint64 indexId)
{
    if (!m_store || !m_audit)
        return;
    const int keepEntry = indexId == m_indexId ? m_entryNumber : 0;
    m_indexId = indexId;
    m_indexBox->setCurrentIndex(m_indexBox->findData(indexId));
    StoreError error;
    const QList<VaughnEntry> entries = m_store->vaughnIndexes().entries(indexId, &error);
    if (error.isError())
        return showReadFailure(error);
    m_findings = m_audit->audit(indexId, entries);
    m_entries->setEntries(entries, m_findings);

    const QString exemption = m_filter->exemption();
    m_exemptionBox->clear();
    m_exemptionBox->addItem(tr("All exemptions"), QString());
    for (const QString &code : m_entries->exemptions())
        m_exemptionBox->addItem(code, code);
    m_exemptionBox->setCurrentIndex(std::max(0, m_exemptionBox->findData(exemption)));
    m_filter->setExemption(m_exemptionBox->currentData().toString());

    m_entryNumber = 0;
    selectEntry(keepEntry > 0 ? keepEntry : (entries.isEmpty() ? 0 : entries.first().number));
}

void VaughnPage::selectEntry(int number)
{
    const int row = m_entries->rowOf(number);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_entries->index(row, 0));
    if (index.isValid())
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showEntry(number);
}

void VaughnPage::showEntry(int number)
{
    if (number == m_entryNumber || !m_audit)
        return;
    const int row = m_entries->rowOf(number);
    if (row < 0)
        return;
    m_entryNumber = number;
    const VaughnEntry &entry = m_entries->entries().at(row);
    m_details->setHtml(EntryDetails::html(entry, m_findings));

    m_pages->clear();
    const QList<PageRef> refs = m_audit->pagesOf(entry);
    m_pagesNote->setVisible(refs.isEmpty());
    if (refs.isEmpty()) {
        m_pagesNote->setText(entry.pages.isEmpty() ? tr("This entry lists no pages.")
                                                   : tr("None of the pages this entry lists is in a production of this case "
                                                        "file: import the production whose Bates numbers start at %1.")
                                                         .arg(entry.documentId));
        return;
    }
    // Thumbnails come from the production of the entry's first page.
    if (refs.first().production != m_renderedProduction) {
        m_renderedProduction = refs.first().production;
        StoreError error;
        m_renderer->setDocument(m_store->documents().fileBytes(m_renderedProduction, &error));
        if (error.isError())
            return showReadFailure(error);
    }
    for (const PageRef &ref : refs) {
        const ProductionPage *page = m_audit->page(ref);
        const QStringList applied = page ? page->exemptions() : QStringList();
        QStringList unclaimed;
        for (const QString &code : applied) {
            if (!entry.exemptions.contains(code))
                unclaimed << code;
        }
        const QString label = ref.bates.isEmpty() ? tr("Page %1").arg(ref.page) : ref.bates;
        QString stamps = applied.isEmpty() ? tr("no exemption applied") : applied.join(QStringLiteral(", "));
        if (page && page->withheldInFull)
            stamps = tr("withheld: %1").arg(stamps);
        auto *item = new QStandardItem(label + QLatin1Char('\n') + stamps);
        item->setData(ref.production, ProductionRole);
        item->setData(ref.page, PageNumberRole);
        QStringList tip{tr("Page %1 of the production").arg(ref.page), tr("Applied: %1").arg(stamps)};
        if (!unclaimed.isEmpty()) {
            tip << tr("Not claimed by this entry: %1").arg(unclaimed.join(QStringLiteral(", ")));
            item->setForeground(QColor(0xD5, 0x00, 0x00));
        }
        item->setToolTip(tip.join(QLatin1Char('\n')));
        m_pages->appendRow(item);
        if (ref.production == m_renderedProduction)
            updateThumbnail(ref.page, PageListModel::ThumbnailWidth);
    }
}

void VaughnPage::updateThumbnail(int page, int width)
{
    if (width != PageListModel::ThumbnailWidth)
        return;
    for (int row = 0; row < m_pages->rowCount(); ++row) {
        QStandardItem *item = m_pages->item(row);
        if (item->data(PageNumberRole).toInt() != page || item->data(ProductionRole).toLongLong() != m_renderedProduction)
            continue;
        const QImage image = m_renderer->page(page, width);
        if (!image.isNull())
            item->setIcon(QPixmap::fromImage(image));
    }
}

void VaughnPage::setExemptionFilter(const QString &code)
{
    m_filter->setExemption(code);
    const int row = m_exemptionBox->findData(code);
    if (row >= 0)
        m_exemptionBox->setCurrentIndex(row);
}

void VaughnPage::setTextFilter(const QString &text)
{
    m_filter->setFilterFixedString(text);
    if (m_filterField->text() != text)
        m_filterField->setText(text);
}

bool VaughnPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

bool VaughnPage::isShowingReadFailure() const
{
    return m_stack->currentWidget() == m_readFailure;
}

QAbstractItemModel *VaughnPage::entryModel() const
{
    return m_filter;
}

QAbstractItemModel *VaughnPage::listedPages() const
{
    return m_pages;
}

QString VaughnPage::detailsText() const
{
    return m_details->toPlainText();
}

void VaughnPage::follow(CaseFile *caseFile)
{
    connect(caseFile, &CaseFile::openStoreChanged, this, &VaughnPage::setStore);
    // Entries are checked against the production as corrected.
    for (auto changed : {&CaseFile::documentsChanged, &CaseFile::correctionsChanged, &CaseFile::indexesChanged})
        connect(caseFile, changed, this, &VaughnPage::reload);
}

} // namespace rebuttal
