#include "AuditPage.h"
#include "jobs/WorkThreads.h"
#include "PageKeys.h"

#include "CaseFile.h"
#include "text/AtomicFile.h"

#include "EmptyState.h"
#include "ReadFailureState.h"
#include "EntryDetails.h"
#include "MessageBox.h"
#include "PageRenderer.h"
#include "PageScrollArea.h"
#include "PageView.h"
#include "CustodyLog.h"
#include "store/ActivityLog.h"
#include "store/OpenStore.h"
#include "store/ServerLocation.h"
#include "vaughn/AuditCsv.h"
#include "vaughn/VaughnAudit.h"

#include <QAction>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTextBrowser>
#include <QToolBar>
#include <QResizeEvent>
#include <QTreeView>
#include <QVBoxLayout>

namespace rebuttal {

namespace {
enum FindingRole { FindingIndexRole = Qt::UserRole + 1 };
enum Column { FindingColumn, IndexColumn, EntryColumn, BatesColumn, ExemptionsColumn, ColumnCount };

// The Bates numbers a finding is about: its page's, or the first and last of the pages it points at.
QString batesOf(const AuditFinding &f)
{
    if (!f.bates.isEmpty())
        return f.bates;
    QStringList stamps;
    for (const PageRef &page : f.pages) {
        if (!page.bates.isEmpty())
            stamps << page.bates;
    }
    if (stamps.isEmpty())
        return f.documentId;
    return stamps.size() == 1 ? stamps.first() : AuditPage::batesRange(stamps.first(), stamps.last());
}

// Findings are sentences: this delegate gives each row the height of its finding wrapped to the
// width of the Finding column (QTreeView measures rows one line high otherwise).
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *tree)
        : QStyledItemDelegate(tree)
        , m_tree(tree)
    {
    }

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        // A Bates number is one word: wrapped at its hyphens it read "2019-" over "ICLI-00003-…".
        // A range too wide for the column goes on two lines, broken after its dash; cut short, a
        // line loses its middle, keeping the prefix and the page number that tell pages apart.
        if (index.column() == BatesColumn) {
            option->features &= ~QStyleOptionViewItem::WrapText;
            option->textElideMode = Qt::ElideMiddle;
            if (option->fontMetrics.horizontalAdvance(option->text) > m_tree->header()->sectionSize(BatesColumn) - 8)
                option->text.replace(QStringLiteral("–"), QStringLiteral("–") + QChar(QChar::LineSeparator));
        }
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() != FindingColumn || !index.parent().isValid())
            return size;
        const int width = m_tree->header()->sectionSize(FindingColumn) - 2 * m_tree->indentation() - 8;
        const QRect text = option.fontMetrics.boundingRect(QRect(0, 0, std::max(40, width), 10000), Qt::TextWordWrap,
                                                           index.data().toString());
        size.setHeight(std::max(size.height(), text.height() + 6));
        return size;
    }

private:
    QTreeView *m_tree;
};

// The findings are measured at the width their column has when they arrive; the audit runs as
// the case file opens, often while the page is hidden and the tree small, and a stretched column
// that grows with the window did not measure them again (rows stayed two or three times as high
// as their text). A change of the view's width lays the rows out again, once the resize is done.
class RowsFollowWidth : public QObject
{
public:
    explicit RowsFollowWidth(QTreeView *tree)
        : QObject(tree)
        , m_tree(tree)
        , m_viewport(tree->viewport())
    {
        m_viewport->installEventFilter(this);
    }

    // Looks at nothing of the tree but its pointer: events reach the filter while the tree is destroyed.
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize && watched == m_viewport) {
            const auto *resize = static_cast<QResizeEvent *>(event);
            if (resize->oldSize().width() != resize->size().width())
                QMetaObject::invokeMethod(m_tree, &QTreeView::doItemsLayout, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTreeView *m_tree;
    QObject *m_viewport;
};

QStandardItem *cell(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setToolTip(text); // every cell, since a narrow column cuts it
    return item;
}

QStandardItem *batesCell(const AuditFinding &f)
{
    QStandardItem *item = cell(batesOf(f));
    QStringList stamps;
    for (const PageRef &page : f.pages)
        stamps << page.bates;
    if (stamps.size() > 1)
        item->setToolTip(stamps.join(QLatin1Char('\n')));
    return item;
}
const QString kSettingsGroup = QStringLiteral("AuditPage");
} // namespace

QString AuditPage::batesRange(const QString &first, const QString &last)
{
    // As Bates ranges are written: the last number without the prefix the two share, cut where a
    // separator ends it ("ICE-000117–000129", never "ICE-000117–29").
    if (first == last)
        return first;
    qsizetype shared = 0;
    while (shared < first.size() && shared < last.size() && first.at(shared) == last.at(shared))
        ++shared;
    while (shared > 0 && first.at(shared - 1).isLetterOrNumber())
        --shared;
    return first + QStringLiteral("–") + last.mid(shared);
}

AuditPage::AuditPage(QAction *importAction, QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_model(new QStandardItemModel(this))
    , m_renderer(new PageRenderer(this))
{
    m_chooser = [](QWidget *parentWidget, const QString &suggested) {
        return QFileDialog::getSaveFileName(parentWidget, tr("Export Findings"), suggested, tr("CSV files (*.csv)"));
    };
    m_emptyState = new EmptyState(m_stack);
    m_emptyState->setTitle(tr("Nothing to audit yet"));
    m_emptyState->setExplanation(
        tr("The audit compares a Vaughn index with the production it describes: exemptions claimed but never applied, "
           "withheld pages the index omits, boilerplate justifications, and redactions that leave text readable. "
           "It needs a production and its Vaughn index."));
    if (importAction)
        m_emptyState->addAction(importAction);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(buildWorkspace());
    m_readFailure = new ReadFailureState(m_stack);
    m_stack->addWidget(m_readFailure);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

AuditPage::~AuditPage()
{
    saveSplitter();
}

QWidget *AuditPage::buildWorkspace()
{
    auto *workspace = new QWidget(m_stack);
    auto *toolbar = new QToolBar(workspace);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_rerun = toolbar->addAction(tr("Audit Again"), this, &AuditPage::reload);
    setPageShortcut(m_rerun, QKeySequence::Refresh, KeyScope::Window);
    m_rerun->setToolTip(tr("Compare the indexes with the productions again, e.g. after corrections (F5)"));
    m_export = toolbar->addAction(tr("Export CSV..."), this, &AuditPage::chooseAndExport);
    setPageShortcut(m_export, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), KeyScope::Window);
    m_export->setToolTip(tr("Save every finding as a CSV file for a spreadsheet or a brief (Ctrl+Shift+E)"));
    addActions({m_rerun, m_export});
    m_summary = new QLabel(workspace);
    toolbar->addSeparator();
    toolbar->addWidget(m_summary);

    m_tree = new QTreeView(workspace);
    m_tree->setModel(m_model);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Findings are sentences: they wrap in the column that stretches, rather than being cut.
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setItemDelegate(new WrappingDelegate(m_tree));
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Rows are as high as their wrapped text, so a wider or narrower column measures them again.
    connect(m_tree->header(), &QHeaderView::sectionResized, m_tree, [this](int section) {
        if (section == FindingColumn || section == BatesColumn)
            m_tree->doItemsLayout();
    });
    new RowsFollowWidth(m_tree);
    m_tree->setToolTip(tr("Findings by kind; click one to see its entry beside its page, double-click it (or press Enter) "
                          "to open the page on the Documents page"));
    // To the page itself, where a box can be drawn or relabelled.
    connect(m_tree, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QVariant finding = index.siblingAtColumn(FindingColumn).data(FindingIndexRole);
        if (!finding.isValid() || finding.toInt() < 0 || finding.toInt() >= m_findings.size())
            return;
        const AuditFinding &f = m_findings.at(finding.toInt());
        if (!f.pages.isEmpty())
            Q_EMIT pageRequested(f.pages.first().production, f.pages.first().page);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QVariant finding = current.siblingAtColumn(FindingColumn).data(FindingIndexRole);
        if (finding.isValid())
            openFinding(finding.toInt());
    });

    m_details = new QTextBrowser(workspace);
    m_details->setPlaceholderText(tr("Choose a finding to see the entry it concerns."));
    m_scroll = new PageScrollArea(m_renderer, workspace);
    m_pageView = m_scroll->view();
    auto *scroll = m_scroll;
    m_pageInfo = new QLabel(workspace);
    m_pageInfo->setWordWrap(true);
    auto *pagePane = new QWidget(workspace);
    auto *pageLayout = new QVBoxLayout(pagePane);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll, 1);
    pageLayout->addWidget(m_pageInfo);

    m_split = new QSplitter(Qt::Horizontal, workspace);
    m_split->setObjectName(QStringLiteral("auditSplitter"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_tree);
    m_split->addWidget(m_details);
    m_split->addWidget(pagePane);
    // The findings get the most room: at 1366 px their sentences wrap to a few lines.
    m_split->setSizes({640, 260, 320});
    m_split->restoreState(QSettings().value(kSettingsGroup + QStringLiteral("/splitter")).toByteArray());

    auto *layout = new QVBoxLayout(workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_split, 1);
    return workspace;
}

void AuditPage::saveSplitter() const
{
    QSettings().setValue(kSettingsGroup + QStringLiteral("/splitter"), m_split->saveState());
}

void AuditPage::setStore(OpenStore *store)
{
    m_store = store;
    m_shownProduction = 0;
    m_renderer->setDocument({});
    m_pageView->clear();
    reload();
}

AuditPage::Run AuditPage::audit(const QString &address)
{
    // One connection per thread: this one opens its own.
    Run run;
    StoreError error;
    std::unique_ptr<OpenStore> store = OpenStore::open(address, &error);
    if (!store) {
        run.problem = error;
        return run;
    }
    const VaughnIndexStore &indexes = store->vaughnIndexes();
    run.indexes = indexes.indexes(&error);
    const VaughnAudit audit = VaughnAudit::ofStore(store->documents(), &error);
    for (const VaughnIndexSummary &index : std::as_const(run.indexes)) {
        run.entries.insert(index.id, indexes.entries(index.id, &error));
        run.findings << audit.audit(index.id, run.entries.value(index.id));
    }
    if (error.isError())
        run.problem = error;
    return run;
}

void AuditPage::reload()
{
    m_findings.clear();
    m_entries.clear();
    m_indexNames.clear();
    m_opened = -1;
    m_model->clear();
    m_details->clear();
    m_pageInfo->clear();
    m_export->setEnabled(false);
    const int generation = ++m_generation;
    // Whether there is anything to audit is one quick query; the audit itself reads every page.
    StoreError error;
    const bool indexes = m_store && !m_store->vaughnIndexes().indexes(&error).isEmpty();
    m_stack->setCurrentIndex(indexes ? 1 : 0);
    if (error.isError())
        showReadFailure(error);
    if (!indexes) {
        m_rerun->setEnabled(true);
        Q_EMIT auditFinished();
        return;
    }
    m_summary->setText(tr("Auditing…"));
    m_rerun->setEnabled(false);
    ++m_running;
    auto *watcher = new QFutureWatcher<Run>(this);
    connect(watcher, &QFutureWatcher<Run>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_running;
        // A later run (or another case file) has replaced this one.
        if (generation != m_generation)
            return;
        m_rerun->setEnabled(true);
        showRun(watcher->result());
        Q_EMIT auditFinished();
    });
    watcher->setFuture(QtConcurrent::run(workThreads(), &AuditPage::audit, m_store->address()));
}

void AuditPage::showReadFailure(const StoreError &error)
{
    m_readFailure->setFailure(*m_store, error);
    m_stack->setCurrentWidget(m_readFailure);
}

bool AuditPage::isShowingReadFailure() const
{
    return m_stack->currentWidget() == m_readFailure;
}

void AuditPage::showRun(const Run &run)
{
    if (run.problem.isError())
        return showReadFailure(run.problem);
    m_findings = run.findings;
    m_entries = run.entries;
    for (const VaughnIndexSummary &index : run.indexes)
        m_indexNames.insert(index.id, index.fileName);
    m_model->setHorizontalHeaderLabels({tr("Finding"), tr("Index"), tr("Entry"), tr("Bates"), tr("Exemptions")});
    for (const FindingKind kind : FindingKinds::all()) {
        QList<QStandardItem *> group;
        for (int column = 0; column < ColumnCount; ++column)
            group << new QStandardItem;
        int count = 0;
        for (int i = 0; i < m_findings.size(); ++i) {
            const AuditFinding &f = m_findings.at(i);
            if (f.kind != kind)
                continue;
            ++count;
            QStringList entries;
            for (const int n : f.entries)
                entries << QString::number(n);
            auto *detail = cell(f.detail);
            detail->setData(i, FindingIndexRole);
            group.first()->appendRow({detail, cell(m_indexNames.value(f.indexId)),
                                      cell(f.entries.isEmpty() ? (f.entry > 0 ? QString::number(f.entry) : QString())
                                                               : entries.join(QStringLiteral(", "))),
                                      batesCell(f), cell(f.exemptions.join(QStringLiteral(", ")))});
        }
        group.first()->setText(tr("%1 (%2)").arg(EntryDetails::kindName(kind)).arg(count));
        group.first()->setToolTip(FindingKinds::code(kind));
        if (count == 0)
            group.first()->setEnabled(false);
        m_model->appendRow(group);
    }
    // A kind's row spans the table: its name is the heading of the findings under it.
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_tree->setFirstColumnSpanned(row, QModelIndex(), true);
    m_tree->expandAll();
    // Two indexes may both have an "Entry 1": the index column tells them apart, when there are two.
    m_tree->setColumnHidden(IndexColumn, run.indexes.size() < 2);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FindingColumn, QHeaderView::Stretch);
    for (const int column : {EntryColumn, ExemptionsColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Index file names can be long: a column the user can widen, wrapped or elided with a tooltip,
    // so that the sentence keeps most of the width. A Bates number is read whole: its column fits
    // the widest, up to 260 px (a number beyond that loses its middle). Not a share of the tree's
    // width: the audit runs as the case file opens, while the page is hidden and the tree small.
    header->setSectionResizeMode(IndexColumn, QHeaderView::Interactive);
    m_tree->resizeColumnToContents(IndexColumn);
    m_tree->setColumnWidth(IndexColumn, std::min(m_tree->columnWidth(IndexColumn), 110));
    header->setSectionResizeMode(BatesColumn, QHeaderView::Interactive);
    m_tree->setColumnWidth(BatesColumn, std::min(batesColumnWidth(), 260));
    // The exemptions are in the finding's sentence already (and in the CSV): room for the sentence.
    m_tree->setColumnHidden(ExemptionsColumn, true);
    m_summary->setText(tr("%n finding(s)", nullptr, int(m_findings.size())) + QStringLiteral(" · ")
                       + tr("%n index(es)", nullptr, int(run.indexes.size())));
    m_export->setEnabled(!m_findings.isEmpty());
    // The first finding opens, so the page never shows empty panes beside a list of findings.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->rowCount() > 0) {
            m_tree->setCurrentIndex(m_model->index(0, FindingColumn, m_model->index(row, 0)));
            break;
        }
    }
}

int AuditPage::batesColumnWidth() const
{
    // The widest Bates number with the dash a range puts after it, or the column's heading.
    const QFontMetrics metrics = m_tree->fontMetrics();
    int widest = m_tree->header()->sectionSizeHint(BatesColumn);
    const auto fit = [&](const QString &stamp) {
        widest = std::max(widest, metrics.horizontalAdvance(stamp + QStringLiteral("–")) + 16);
    };
    for (const AuditFinding &f : std::as_const(m_findings)) {
        fit(f.bates.isEmpty() ? f.documentId : f.bates);
        for (const PageRef &page : f.pages)
            fit(page.bates);
    }
    return widest;
}

QAbstractItemModel *AuditPage::findingModel() const
{
    return m_model;
}

void AuditPage::openFinding(int index)
{
    if (index < 0 || index >= m_findings.size() || !m_store)
        return;
    m_opened = index;
    const AuditFinding &f = m_findings.at(index);
    QString html = QStringLiteral("<p><b>%1</b><br>%2</p><p><i>%3</i></p>")
                       .arg(EntryDetails::kindName(f.kind), f.detail.toHtmlEscaped(), EntryDetails::nextStep(f.kind).toHtmlEscaped());
    QList<int> numbers = f.entries;
    if (numbers.isEmpty() && f.entry > 0)
        numbers << f.entry;
    for (const VaughnEntry &entry : m_entries.value(f.indexId)) {
        if (numbers.contains(entry.number))
            html += QStringLiteral("<hr>") + EntryDetails::html(entry, {});
    }
    if (numbers.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("No entry of the index lists this page."));
    m_details->setHtml(html);

    if (f.pages.isEmpty()) {
        m_pageView->clear();
        m_pageInfo->setText(tr("This finding points at no production page."));
        return;
    }
    const PageRef &ref = f.pages.first();
    StoreError error;
    if (ref.production != m_shownProduction) {
        m_shownProduction = ref.production;
        m_renderer->setDocument(m_store->documents().fileBytes(ref.production, &error));
    }
    const QList<ProductionPage> pages = error.isError() ? QList<ProductionPage>() : m_store->documents().pages(ref.production, &error);
    if (error.isError()) {
        m_pageView->clear();
        m_pageInfo->setText(ReadFailureState::describe(*m_store, error));
        return;
    }
    for (const ProductionPage &page : pages) {
        if (page.number == ref.page) {
            m_pageView->setPage(page);
            markFindingBoxes(f, page);
            m_pageInfo->setText(tr("Page %1 · Bates %2 · applied: %3")
                                    .arg(page.number)
                                    .arg(page.bates.isEmpty() ? tr("none") : page.bates)
                                    .arg(page.exemptions().isEmpty() ? tr("no exemption") : page.exemptions().join(QStringLiteral(", "))));
        }
    }
}

void AuditPage::markFindingBoxes(const AuditFinding &finding, const ProductionPage &page)
{
    // The boxes the finding is about: those leaving text readable, those whose label may name its
    // exemptions, or those carrying them.
    QList<QRectF> boxes;
    qint64 first = 0;
    for (const Redaction &redaction : page.redactions) {
        bool concerned = false;
        if (finding.kind == FindingKind::BadRedaction) {
            concerned = !redaction.textUnderBox.isEmpty();
        } else if (finding.kind == FindingKind::ClaimedLabelUnread) {
            // The labels that may name the claimed codes: cut off, or read only in part.
            concerned = !VaughnAudit::codesLabelMayName(redaction, page.imageOnly, finding.exemptions).isEmpty();
        } else {
            for (const QString &code : finding.exemptions)
                concerned = concerned || redaction.exemptions.contains(code);
        }
        if (!concerned)
            continue;
        boxes << redaction.box;
        if (!first)
            first = redaction.id;
    }
    m_pageView->selectRedaction(0);
    m_pageView->setHighlights(boxes);
    m_pageView->selectRedaction(first);
}

QString AuditPage::detailsText() const
{
    return m_details->toPlainText();
}

bool AuditPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

void AuditPage::setSaveFileChooser(std::function<QString(QWidget *, const QString &)> chooser)
{
    m_chooser = std::move(chooser);
}

void AuditPage::chooseAndExport()
{
    if (!m_store)
        return;
    // A case file by its name, a matter by its own (never the server's address).
    const QString base = m_store->serverLocation() ? m_store->serverLocation()->matter : QFileInfo(m_store->address()).completeBaseName();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(base + tr(" audit findings.csv"));
    QString path = m_chooser(this, suggested);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    exportCsv(path);
}

bool AuditPage::exportCsv(const QString &path)
{
    QString problem;
    if (!AtomicFile::write(path, AuditCsv::toCsv(m_findings), &problem)) {
        MessageBox::critical(this, tr("Cannot export the findings"),
                             tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), problem));
        return false;
    }
    if (m_store) {
        CustodyLog::record(this, *m_store, QStringLiteral("export.audit"),
                           ActivityDetail(QT_TRANSLATE_N_NOOP("ActivityLog", "Exported %n audit finding(s) to %1"), int(m_findings.size()))
                               .arg(QFileInfo(path).fileName()));
    }
    MessageBox::information(this, tr("Findings exported"),
                            tr("%n finding(s) written to %1.", nullptr, int(m_findings.size())).arg(QFileInfo(path).fileName()));
    return true;
}

void AuditPage::follow(CaseFile *caseFile)
{
    connect(caseFile, &CaseFile::openStoreChanged, this, &AuditPage::setStore);
    // The audit compares the indexes with the production as corrected.
    for (auto changed : {&CaseFile::documentsChanged, &CaseFile::correctionsChanged, &CaseFile::indexesChanged})
        connect(caseFile, changed, this, &AuditPage::reload);
}

} // namespace rebuttal
