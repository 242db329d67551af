#include "AuditPage.h"
#include "text/AtomicFile.h"

#include "EmptyState.h"
#include "EntryDetails.h"
#include "MessageBox.h"
#include "PageRenderer.h"
#include "PageView.h"
#include "store/ActivityLog.h"
#include "store/CaseStore.h"
#include "store/DocumentCatalog.h"
#include "store/VaughnIndexes.h"
#include "vaughn/AuditCsv.h"
#include "vaughn/VaughnAudit.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QDir>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace rebuttal {

namespace {
enum FindingRole { FindingIndexRole = Qt::UserRole + 1 };
enum Column { FindingColumn, EntryColumn, BatesColumn, ExemptionsColumn, ColumnCount };
const QString kSettingsGroup = QStringLiteral("AuditPage");
} // namespace

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
    m_rerun->setShortcut(QKeySequence::Refresh);
    m_rerun->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_rerun->setToolTip(tr("Compare the indexes with the productions again, e.g. after corrections (F5)"));
    m_export = toolbar->addAction(tr("Export CSV..."), this, &AuditPage::chooseAndExport);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_export->setToolTip(tr("Save every finding as a CSV file for a spreadsheet or a brief (Ctrl+Shift+E)"));
    addActions({m_rerun, m_export});
    m_summary = new QLabel(workspace);
    toolbar->addSeparator();
    toolbar->addWidget(m_summary);

    m_tree = new QTreeView(workspace);
    m_tree->setModel(m_model);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setUniformRowHeights(true);
    m_tree->setToolTip(tr("Findings by kind; click one to see its entry beside its page"));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QVariant finding = current.siblingAtColumn(FindingColumn).data(FindingIndexRole);
        if (finding.isValid())
            openFinding(finding.toInt());
    });

    m_details = new QTextBrowser(workspace);
    m_details->setPlaceholderText(tr("Choose a finding to see the entry it concerns."));
    m_pageView = new PageView(m_renderer, workspace);
    auto *scroll = new QScrollArea(workspace);
    scroll->setWidget(m_pageView);
    scroll->setWidgetResizable(true);
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
    m_split->setSizes({560, 300, 380});
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

void AuditPage::setStore(CaseStore *store)
{
    m_store = store;
    m_shownProduction = 0;
    m_renderer->setDocument({});
    m_pageView->clear();
    reload();
}

void AuditPage::reload()
{
    m_findings.clear();
    m_entries.clear();
    m_opened = -1;
    m_model->clear();
    m_details->clear();
    m_pageInfo->clear();
    QList<VaughnIndexSummary> indexes;
    if (m_store)
        indexes = VaughnIndexes(*m_store).indexes();
    m_stack->setCurrentIndex(indexes.isEmpty() ? 0 : 1);
    m_export->setEnabled(false);
    if (indexes.isEmpty())
        return;
    const VaughnAudit audit = VaughnAudit::ofStore(*m_store);
    for (const VaughnIndexSummary &index : std::as_const(indexes)) {
        m_entries.insert(index.id, VaughnIndexes(*m_store).entries(index.id));
        m_findings << audit.audit(index.id, m_entries.value(index.id));
    }
    m_model->setHorizontalHeaderLabels({tr("Finding"), tr("Entry"), tr("Bates"), tr("Exemptions")});
    for (const FindingKind kind : FindingKinds::all()) {
        QList<QStandardItem *> group{new QStandardItem, new QStandardItem, new QStandardItem, new QStandardItem};
        int count = 0;
        for (int i = 0; i < m_findings.size(); ++i) {
            const AuditFinding &f = m_findings.at(i);
            if (f.kind != kind)
                continue;
            ++count;
            QStringList entries;
            for (const int n : f.entries)
                entries << QString::number(n);
            auto *detail = new QStandardItem(f.detail);
            detail->setData(i, FindingIndexRole);
            detail->setToolTip(f.detail);
            group.first()->appendRow({detail,
                                      new QStandardItem(f.entries.isEmpty() ? (f.entry > 0 ? QString::number(f.entry) : QString())
                                                                            : entries.join(QStringLiteral(", "))),
                                      new QStandardItem(f.bates), new QStandardItem(f.exemptions.join(QStringLiteral(", ")))});
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
    m_tree->header()->setStretchLastSection(false);
    for (const int column : {EntryColumn, BatesColumn, ExemptionsColumn})
        m_tree->resizeColumnToContents(column);
    m_tree->setColumnWidth(FindingColumn, 250);
    m_summary->setText(tr("%n finding(s)", nullptr, int(m_findings.size())) + QStringLiteral(" · ")
                       + tr("%n index(es)", nullptr, int(indexes.size())));
    m_export->setEnabled(!m_findings.isEmpty());
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
    QString html = QStringLiteral("<p><b>%1</b><br>%2</p>").arg(EntryDetails::kindName(f.kind), f.detail.toHtmlEscaped());
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
    if (ref.production != m_shownProduction) {
        m_shownProduction = ref.production;
        m_renderer->setDocument(DocumentCatalog(*m_store).fileBytes(ref.production));
    }
    const QList<StoredPage> pages = DocumentCatalog(*m_store).pages(ref.production);
    for (const StoredPage &page : pages) {
        if (page.number == ref.page) {
            m_pageView->setPage(page);
            m_pageInfo->setText(tr("Page %1 · Bates %2 · applied: %3")
                                    .arg(page.number)
                                    .arg(page.bates.isEmpty() ? tr("none") : page.bates)
                                    .arg(page.exemptions().isEmpty() ? tr("no exemption") : page.exemptions().join(QStringLiteral(", "))));
        }
    }
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
    const QFileInfo store(m_store->filePath());
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(store.completeBaseName() + tr(" audit findings.csv"));
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
        m_store->activity().append(QStringLiteral("export.audit"),
                                   tr("Exported %n audit finding(s) to %1", nullptr, int(m_findings.size())).arg(QFileInfo(path).fileName()));
    }
    MessageBox::information(this, tr("Findings exported"),
                            tr("%n finding(s) written to %1.", nullptr, int(m_findings.size())).arg(QFileInfo(path).fileName()));
    return true;
}

} // namespace rebuttal
