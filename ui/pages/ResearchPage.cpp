#include "ResearchPage.h"

#include "CaseFile.h"
#include "agreements/CaseFileCheck.h"
#include "agreements/FlagTally.h"
#include "domain/CountryNames.h"
#include "models/FlagCountsModel.h"
#include "store/ClientRecordStore.h"
#include "store/OpenStore.h"
#include "store/ServerLocation.h"
#include "store/ServerMatterPool.h"
#include "text/AtomicFile.h"

#include "text/CsvTable.h"

#include "EmptyState.h"
#include "MessageBox.h"
#include "ReadFailureState.h"
#include "SaveFileDialog.h"
#include "TableColumns.h"
#include "charts/ChartImage.h"
#include "domain/CaseTypes.h"
#include "research/ResearchCsv.h"
#include "CustodyLog.h"
#include "store/ActivityLog.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rebuttal {

namespace {

// A date edit whose lowest value reads "Any": no limit on that side.
QDateEdit *optionalDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(1900, 1, 1));
    edit->setSpecialValueText(ResearchPage::tr("Any"));
    edit->setDate(edit->minimumDate());
    return edit;
}

QDate limitOf(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

// The filter value of a combo box: its item data; "" for "All".
QString choiceOf(const QComboBox *box)
{
    return box->currentData().toString();
}

void select(QComboBox *box, const QString &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

// What the table beside a chart shows, as CSV: the same numbers, the same headers; with
// `deidentify`, counts from 1 to 4 read <5 as in every de-identified export.
QByteArray modelCsv(const QAbstractItemModel &model, bool deidentify = false)
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header << CsvTable::spreadsheetField(model.headerData(column, Qt::Horizontal).toString());
    lines << header.join(QLatin1Char(','));
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column) {
            const QVariant value = model.index(row, column).data();
            if (deidentify && value.typeId() == QMetaType::Int) {
                cells << ResearchCsv::count(value.toInt(), true);
                continue;
            }
            cells << CsvTable::spreadsheetField(value.typeId() == QMetaType::Double ? QString::number(value.toDouble(), 'g', 10) : value.toString());
        }
        lines << cells.join(QLatin1Char(','));
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

// Up to six rows of figures (a row per source, or per year) stay in view below the chart, whatever
// height the header's wrapped labels take: the table asks the splitter for them, the chart has the
// rest (at 1366x768 the splitter's shares left three rows, two in Spanish, of the demo's five).
void keepRowsInView(QTableView *table)
{
    static constexpr int kRows = 6;
    const auto fit = [table] {
        const int rows = std::clamp(table->model()->rowCount(), 1, kRows);
        QHeaderView *header = table->horizontalHeader();
        const int height = std::max(header->minimumHeight(), header->sizeHint().height())
                           + rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth();
        table->setMinimumHeight(std::max(90, height));
    };
    fit();
    QObject::connect(table->model(), &QAbstractItemModel::modelReset, table, fit);
    QObject::connect(table->horizontalHeader(), &QHeaderView::sectionResized, table, fit);
    QObject::connect(table->horizontalHeader(), &QHeaderView::geometriesChanged, table, fit);
}

} // namespace

ResearchPage::ResearchPage(QWidget *parent)
    : QWidget(parent)
    , m_charts(new ResearchCharts(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new EmptyState(m_stack))
    , m_content(new QWidget(m_stack))
{
    setObjectName(QStringLiteral("ResearchPage"));
    m_emptyState->setTitle(tr("No research figures yet"));
    m_emptyState->setExplanation(
        tr("Research charts aggregate outcomes across clients: how often each foreign-data source led to detention, "
           "bond denial, separation or an asylum bar, how long people were detained, and how long the government held "
           "an allegation before counsel learned of it. They appear once client records with allegations are imported."));

    m_summary = new QLabel(m_content);
    m_summary->setObjectName(QStringLiteral("researchSummary"));
    m_summary->setWordWrap(true);
    m_tabs = new QTabWidget(m_content);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    for (ResearchCharts::Kind kind : ResearchCharts::kinds()) {
        m_tabs->addTab(createChartTab(m_charts->createChart(kind), m_charts->modelOf(kind), ResearchCharts::nameOf(kind),
                                      ResearchCharts::explanationOf(kind)),
                       ResearchCharts::titleOf(kind));
    }
    m_tabs->addTab(createChartTab(m_charts->createFlagChart(), m_charts->flagCounts(), QStringLiteral("flags"),
                                  ResearchCharts::flagExplanation()),
                   ResearchCharts::flagTitle());
    // Short tab names; the chart itself carries the full title.
    const QStringList tabNames{tr("Outcomes"), tr("Detention"), tr("Separation"), tr("Disclosure delay"), tr("Countries"),
                               tr("Years"), tr("Agreement flags")};
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->setTabText(i, tabNames.value(i));
        m_tabs->setTabToolTip(i, i < ResearchCharts::kinds().size() ? ResearchCharts::explanationOf(ResearchCharts::kinds().at(i))
                                                                   : ResearchCharts::flagExplanation());
    }

    auto *exportChart = new QPushButton(tr("Export Chart..."), m_content);
    exportChart->setToolTip(tr("Save the chart shown as a PNG or SVG image"));
    connect(exportChart, &QPushButton::clicked, this, &ResearchPage::chooseAndExportChart);
    auto *exportNumbers = new QPushButton(tr("Export Numbers..."), m_content);
    exportNumbers->setToolTip(tr("Save the numbers of the chart shown as CSV"));
    connect(exportNumbers, &QPushButton::clicked, this, &ResearchPage::chooseAndExportNumbers);
    auto *exportDeidentified = new QPushButton(tr("Export De-identified..."), m_content);
    exportDeidentified->setToolTip(tr("Save counts by source (or, on the agreement flags, the flag counts) as CSV with no identities and counts below 5 shown as <5"));
    connect(exportDeidentified, &QPushButton::clicked, this, &ResearchPage::chooseAndExportDeidentified);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(exportChart);
    buttons->addWidget(exportNumbers);
    buttons->addWidget(exportDeidentified);

    auto *layout = new QVBoxLayout(m_content);
    layout->addWidget(createScopeBar());
    layout->addWidget(createFilterBar());
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_content);
    m_readFailure = new ReadFailureState(m_stack);
    m_stack->addWidget(m_readFailure);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
}

ResearchPage::~ResearchPage() = default;

QWidget *ResearchPage::createScopeBar()
{
    // Shown on a server matter only: a case file holds one matter.
    m_scopeBar = new QWidget(m_content);
    m_scope = new QComboBox(m_scopeBar);
    m_scope->setObjectName(QStringLiteral("researchScope"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scope->setToolTip(tr("Pool the outcomes of every matter on this server you may read, de-identified as for one; "
                           "matters you may not read are skipped and named"));
    auto *caption = new QLabel(tr("&Matters:"), m_scopeBar);
    caption->setBuddy(m_scope);
    m_scopeNote = new QLabel(m_scopeBar);
    m_scopeNote->setObjectName(QStringLiteral("researchScopeNote"));
    m_scopeNote->setWordWrap(true);
    m_scopeNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(m_scopeBar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caption);
    layout->addWidget(m_scope);
    layout->addWidget(m_scopeNote, 1);
    connect(m_scope, &QComboBox::activated, this, [this](int row) { setPooled(row == 1); });
    m_scopeBar->hide();
    return m_scopeBar;
}

void ResearchPage::setPooled(bool pooled)
{
    m_poolStatistics.reset();
    m_pool.reset();
    m_scopeNote->clear();
    if (pooled && m_store && m_store->serverLocation()) {
        ServerLocation every = *m_store->serverLocation();
        every.matter = ServerLocation::AllMatters;
        StoreError error;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_pool = ServerMatterPool::open(every, &error);
        QApplication::restoreOverrideCursor();
        if (!m_pool) {
            MessageBox::critical(this, tr("Cannot pool the matters"), error.message);
        } else {
            m_poolStatistics = std::make_unique<OutcomeStatistics>(*m_pool);
            QStringList note{tr("Pooled %n matter(s): %1.", nullptr, int(m_pool->matters().size()))
                                 .arg(m_pool->matters().join(QStringLiteral(", ")))};
            for (const ServerMatterPool::Skipped &skipped : m_pool->skipped())
                note << tr("Skipped %1: %2.").arg(skipped.matter, skipped.reason);
            m_scopeNote->setText(note.join(QLatin1Char(' ')));
        }
    }
    m_scope->setCurrentIndex(m_pool ? 1 : 0);
    // Each matter's agreements are its own: the agreement flags are not pooled.
    const int flags = int(ResearchCharts::kinds().size());
    if (m_pool && m_tabs->currentIndex() == flags)
        m_tabs->setCurrentIndex(0);
    m_tabs->setTabEnabled(flags, !m_pool);
    m_tabs->setTabToolTip(flags, m_pool ? tr("Agreement flags are shown for one matter at a time: each matter's agreements are its own")
                                        : ResearchCharts::flagExplanation());
    reload();
}

const OutcomeStatistics &ResearchPage::statistics() const
{
    return m_poolStatistics ? *m_poolStatistics : m_store->statistics();
}

QWidget *ResearchPage::createFilterBar()
{
    // Two rows (what, then when), so the page fits beside the sidebar in a 900-pixel window.
    auto *bar = new QWidget(m_content);
    auto *layout = new QGridLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto addField = [&](int row, int column, const QString &label, QWidget *field, const QString &tip) {
        auto *caption = new QLabel(label, bar);
        caption->setBuddy(field);
        field->setToolTip(tip);
        layout->addWidget(caption, row, 2 * column, Qt::AlignRight);
        // A choice takes its share of the row, so a long value ("Notificación Roja de Interpol")
        // shows whole on a laptop; a date needs no more than its own width.
        layout->addWidget(field, row, 2 * column + 1, qobject_cast<QComboBox *>(field) ? Qt::Alignment() : Qt::AlignLeft);
    };
    auto combo = [bar](const QString &name) {
        auto *box = new QComboBox(bar);
        box->setObjectName(name);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
        return box;
    };
    m_source = combo(QStringLiteral("sourceFilter"));
    m_country = combo(QStringLiteral("countryFilter"));
    m_status = combo(QStringLiteral("statusFilter"));
    m_from = optionalDateEdit(bar);
    m_from->setObjectName(QStringLiteral("fromFilter"));
    m_to = optionalDateEdit(bar);
    m_to->setObjectName(QStringLiteral("toFilter"));
    m_asOf = new QDateEdit(QDate::currentDate(), bar);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setCalendarPopup(true);
    addField(0, 0, tr("&Source:"), m_source, tr("Only allegations from this foreign-data source"));
    addField(0, 1, tr("C&ountry:"), m_country, tr("Only allegations supplied by this country"));
    addField(0, 2, tr("S&tatus:"), m_status, tr("Only allegations with this status"));
    addField(1, 0, tr("&From:"), m_from, tr("Only allegations DHS asserted on or after this day"));
    addField(1, 1, tr("T&o:"), m_to, tr("Only allegations DHS asserted on or before this day"));
    addField(1, 2, tr("&As of:"), m_asOf, tr("Detention and separation still going on are counted up to this day"));
    auto *reset = new QPushButton(tr("&Reset"), bar);
    reset->setToolTip(tr("Show every allegation again"));
    connect(reset, &QPushButton::clicked, this, [this] { setFilter({}); });
    layout->addWidget(reset, 1, 6);
    // The source's names are the longest ("Intercambio de antecedentes penales CHIS").
    layout->setColumnStretch(1, 2);
    layout->setColumnStretch(3, 1);
    layout->setColumnStretch(5, 1);

    for (QComboBox *box : {m_source, m_country, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &ResearchPage::recompute);
    for (QDateEdit *edit : {m_from, m_to, m_asOf})
        connect(edit, &QDateEdit::dateChanged, this, &ResearchPage::recompute);
    return bar;
}

QWidget *ResearchPage::createChartTab(QChart *chart, QAbstractItemModel *model, const QString &name, const QString &explanationText)
{
    auto *splitter = new QSplitter(Qt::Vertical, m_tabs);
    auto *top = new QWidget(splitter);
    auto *view = new QChartView(chart, top);
    view->setObjectName(QStringLiteral("chart_") + name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    view->setToolTip(explanationText);
    auto *explanation = new QLabel(explanationText, top);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(view, 1);
    topLayout->addWidget(explanation);

    auto *table = new QTableView(splitter);
    table->setObjectName(QStringLiteral("table_") + name);
    table->setModel(model);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    TableColumns::arrangeFigures(table, QStringLiteral("research/") + name);
    splitter->addWidget(top);
    splitter->addWidget(table);
    keepRowsInView(table);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    m_views << view;
    m_tables << table;
    return splitter;
}

void ResearchPage::setStore(OpenStore *store)
{
    m_store = store;
    m_poolStatistics.reset();
    m_pool.reset();
    const ServerLocation *server = store ? store->serverLocation() : nullptr;
    m_scopeBar->setVisible(server);
    m_scope->clear();
    m_scopeNote->clear();
    if (server) {
        m_scope->addItem(tr("This matter (%1)").arg(server->matter));
        m_scope->addItem(tr("Every matter I may read on %1").arg(server->database));
    }
    m_tabs->setTabEnabled(int(ResearchCharts::kinds().size()), true);
    // Opening a large case file should not wait for figures nobody is looking at yet:
    // showEvent computes them when the page is shown.
    fillFilterChoices();
    if (isVisible())
        recompute();
    else
        m_charts->setFigures({});
}

void ResearchPage::reload()
{
    fillFilterChoices();
    recompute();
}

void ResearchPage::fillFilterChoices()
{
    std::optional<OutcomeFilterChoices> choices;
    StoreError error;
    if (m_store)
        choices = statistics().filterChoices(&error);
    if (error.isError())
        showReadFailure(error);
    else
        m_stack->setCurrentWidget(!choices || choices->sources.isEmpty() ? static_cast<QWidget *>(m_emptyState) : m_content);
    const OutcomeFilter current = filter();
    const QSignalBlocker sourceBlock(m_source);
    const QSignalBlocker countryBlock(m_country);
    const QSignalBlocker statusBlock(m_status);
    for (QComboBox *box : {m_source, m_country, m_status}) {
        box->clear();
        box->addItem(tr("All"), QString());
    }
    if (choices) {
        for (const QString &code : std::as_const(choices->sources)) {
            const std::optional<AllegationSource> source = fromCode<AllegationSource>(code);
            m_source->addItem(source ? displayName(*source) : code, code);
        }
        for (const QString &country : std::as_const(choices->countries))
            m_country->addItem(CountryNames::nameWithCode(country), country);
        for (const QString &status : std::as_const(choices->statuses)) {
            const std::optional<AllegationStatus> known = fromCode<AllegationStatus>(status);
            m_status->addItem(known ? displayName(*known) : status, status);
        }
    }
    select(m_source, current.source);
    select(m_country, current.originCountry);
    select(m_status, current.status);
}

OutcomeFilter ResearchPage::filter() const
{
    return {limitOf(m_from), limitOf(m_to), choiceOf(m_country), choiceOf(m_source), choiceOf(m_status)};
}

void ResearchPage::setFilter(const OutcomeFilter &filter)
{
    {
        const QSignalBlocker blockSource(m_source);
        const QSignalBlocker blockCountry(m_country);
        const QSignalBlocker blockStatus(m_status);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        select(m_source, filter.source);
        select(m_country, filter.originCountry);
        select(m_status, filter.status);
        m_from->setDate(filter.assertedFrom.isValid() ? filter.assertedFrom : m_from->minimumDate());
        m_to->setDate(filter.assertedTo.isValid() ? filter.assertedTo : m_to->minimumDate());
    }
    recompute();
}

QDate ResearchPage::asOf() const
{
    return m_asOf->date();
}

void ResearchPage::setAsOf(QDate date)
{
    m_asOf->setDate(date); // recomputes through dateChanged
}

void ResearchPage::recompute()
{
    if (!m_store) {
        m_charts->setFigures({});
        m_charts->flagCounts()->setRows({});
        updateSummary();
        return;
    }
    StoreError error;
    const std::optional<OutcomeFigures> figures = statistics().figures(asOf(), filter(), &error);
    if (!figures) {
        m_charts->setFigures({});
        m_charts->flagCounts()->setRows({});
        showReadFailure(error);
        return;
    }
    m_charts->setFigures(*figures);
    recomputeFlags();
    updateSummary();
}

void ResearchPage::recomputeFlags()
{
    // The one agreement check (as `check --json`), over every client as of the page's date; one
    // matter's only (the tab is off while pooled).
    StoreError error;
    if (m_pool) {
        m_charts->flagCounts()->setRows({});
        return;
    }
    std::optional<AgreementCheck> check = CaseFileCheck::engine(m_store->agreements(), m_store->vaughnIndexes(), &error);
    std::optional<CaseRecords> records;
    if (check)
        records = m_store->clients().allRecords(&error);
    if (!check || !records) {
        m_charts->flagCounts()->setRows({});
        showReadFailure(error);
        return;
    }
    m_charts->flagCounts()->setRows(FlagTally::count(check->check(records->clients, asOf()), records->clients, filter()));
}

void ResearchPage::updateSummary()
{
    const OutcomeFigures &f = figures();
    if (f.allegations == 0) {
        m_summary->setText(tr("No allegations match these filters."));
        return;
    }
    m_summary->setText(tr("%n allegation(s)", nullptr, f.allegations) + QStringLiteral(" · ")
                       + tr("%n client(s)", nullptr, f.clients) + QStringLiteral(" · ")
                       + tr("%n source(s)", nullptr, static_cast<int>(f.bySource.size())));
}

void ResearchPage::showEvent(QShowEvent *event)
{
    // Client records change on other pages; the figures are recomputed when this one shows.
    reload();
    QWidget::showEvent(event);
}

ResearchCharts::Kind ResearchPage::currentChart() const
{
    return ResearchCharts::kinds().value(m_tabs->currentIndex(), ResearchCharts::Kind::Outcomes);
}

void ResearchPage::showChart(ResearchCharts::Kind kind)
{
    m_tabs->setCurrentIndex(static_cast<int>(ResearchCharts::kinds().indexOf(kind)));
}

QChartView *ResearchPage::chartView(ResearchCharts::Kind kind) const
{
    return m_views.value(ResearchCharts::kinds().indexOf(kind));
}

QTableView *ResearchPage::tableOf(ResearchCharts::Kind kind) const
{
    return m_tables.value(ResearchCharts::kinds().indexOf(kind));
}

bool ResearchPage::isShowingFlags() const
{
    return m_tabs->currentIndex() == ResearchCharts::kinds().size();
}

bool ResearchPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

bool ResearchPage::isShowingReadFailure() const
{
    return m_stack->currentWidget() == m_readFailure;
}

void ResearchPage::showReadFailure(const StoreError &error)
{
    // In place of the charts: figures from a case file that could not be read would pass for true ones.
    m_readFailure->setFailure(describeFailure(error));
    m_stack->setCurrentWidget(m_readFailure);
}

bool ResearchPage::writeExport(const QString &path, const QByteArray &bytes, const ActivityDetail &what)
{
    QString problem;
    if (!AtomicFile::write(path, bytes, &problem)) {
        MessageBox::critical(this, tr("Cannot export"), tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), problem));
        return false;
    }
    logExport(ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Exported %1 to %2")).arg(what).arg(QFileInfo(path).fileName()));
    Q_EMIT exported(path);
    return true;
}

QString ResearchPage::describeFailure(const StoreError &error) const
{
    // The pool by host/db/*: which of its matters failed is in the server's message.
    return m_pool ? ReadFailureState::tr("%1 could not be read: %2").arg(m_pool->location().title(), error.message)
                  : ReadFailureState::describe(*m_store, error);
}

void ResearchPage::logExport(const ActivityDetail &what)
{
    if (!m_store)
        return;
    if (!m_pool) {
        CustodyLog::record(this, *m_store, QStringLiteral("export.research"), what);
        return;
    }
    // What leaves the pool leaves each pooled matter: every one's log says so, in one transaction.
    const StoreError error = m_pool->appendActivity(QStringLiteral("export.research"), what);
    if (error.isError())
        CustodyLog::reportFailure(this, m_pool->location().title(), error);
}

bool ResearchPage::exportChart(const QString &path)
{
    // A chart of its own at export size, mapped from the same model as the one on screen.
    QString problem;
    const bool flags = isShowingFlags();
    const ActivityDetail title = flags ? ResearchCharts::loggedFlagTitle() : ResearchCharts::loggedTitleOf(currentChart());
    if (!ChartImage::write(flags ? m_charts->createFlagChart() : m_charts->createChart(currentChart()), path,
                           ChartImage::DefaultSize, &problem, coverage())) {
        MessageBox::critical(this, tr("Cannot export the chart"), tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), problem));
        return false;
    }
    logExport(ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Exported the chart \"%1\" to %2")).arg(title).arg(QFileInfo(path).fileName()));
    Q_EMIT exported(path);
    return true;
}

bool ResearchPage::exportNumbers(const QString &path)
{
    if (isShowingFlags())
        return writeExport(path, modelCsv(*m_charts->flagCounts()),
                           ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "the numbers of \"%1\"")).arg(ResearchCharts::loggedFlagTitle()));
    return writeExport(path, modelCsv(*m_charts->modelOf(currentChart())),
                       ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "the numbers of \"%1\"")).arg(ResearchCharts::loggedTitleOf(currentChart())));
}

bool ResearchPage::exportDeidentified(const QString &path)
{
    // The flag counts name no one; they are counts all the same, so small cells are suppressed.
    if (isShowingFlags())
        return writeExport(path, modelCsv(*m_charts->flagCounts(), true), ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "de-identified agreement flag counts")));
    return writeExport(path, ResearchCsv::outcomes(figures().bySource, QStringLiteral("source"), true),
                       ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "de-identified counts by source")));
}

bool ResearchPage::exportDataset(const QString &path)
{
    if (!m_store)
        return false;
    StoreError error;
    const std::optional<QList<DatasetRow>> rows = statistics().dataset(asOf(), &error);
    if (!rows) {
        MessageBox::critical(this, tr("Cannot export"),
                             describeFailure(error));
        return false;
    }
    return writeExport(path, ResearchCsv::dataset(*rows), ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "a de-identified research dataset")));
}

QString ResearchPage::coverage() const
{
    // Printed under an exported chart: a chart cut to one country must not pass for every client.
    QStringList parts;
    if (m_scopeBar->isVisibleTo(this))
        parts << m_scope->currentText();
    const OutcomeFilter shown = filter();
    if (!shown.source.isEmpty())
        parts << tr("Source: %1").arg(m_source->currentText());
    if (!shown.originCountry.isEmpty())
        parts << tr("Country: %1").arg(m_country->currentText());
    if (!shown.status.isEmpty())
        parts << tr("Status: %1").arg(m_status->currentText());
    if (shown.assertedFrom.isValid() || shown.assertedTo.isValid()) {
        const auto day = [](QDate date) { return date.isValid() ? date.toString(Qt::ISODate) : tr("any day"); };
        parts << tr("Asserted from %1 to %2").arg(day(shown.assertedFrom), day(shown.assertedTo));
    }
    if (parts.isEmpty() || (parts.size() == 1 && m_scopeBar->isVisibleTo(this)))
        parts << tr("No filter");
    parts << tr("As of %1").arg(asOf().toString(Qt::ISODate)) << m_summary->text();
    return parts.join(QStringLiteral(" · "));
}

QString ResearchPage::shownChartName() const
{
    // The tab's name in the user's language ("Detención.png"), not the chart's code.
    return m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&'));
}

QString ResearchPage::suggestedPath(const QString &name, const QString &suffix) const
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + name + QLatin1Char('.')
        + suffix;
}

void ResearchPage::chooseAndExportChart()
{
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG image (*.svg)");
    QString chosenFilter;
    QString path = SaveFileDialog::ask(this, tr("Export Chart"), suggestedPath(shownChartName(), QStringLiteral("png")),
                                       png + QStringLiteral(";;") + svg, &chosenFilter);
    if (path.isEmpty())
        return;
    if (!ChartImage::formatOf(path))
        path += chosenFilter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    if (exportChart(path))
        MessageBox::information(this, tr("Chart exported"), tr("The chart was saved as %1.").arg(QFileInfo(path).fileName()));
}

void ResearchPage::chooseAndExportNumbers()
{
    QString path = SaveFileDialog::ask(this, tr("Export Numbers"), suggestedPath(shownChartName(), QStringLiteral("csv")),
                                       tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    if (exportNumbers(path))
        MessageBox::information(this, tr("Numbers exported"), tr("The numbers were saved as %1.").arg(QFileInfo(path).fileName()));
}

void ResearchPage::chooseAndExportDeidentified()
{
    QString path = SaveFileDialog::ask(this, tr("Export De-identified"), suggestedPath(isShowingFlags() ? tr("Agreement flags de-identified") : tr("Counts by source de-identified"),
                                                                     QStringLiteral("csv")),
                                       tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    if (exportDeidentified(path)) {
        MessageBox::information(this, tr("De-identified counts exported"),
                                (isShowingFlags() ? tr("Agreement flag counts were saved as %1, without names, A-numbers or details; counts from 1 to 4 read <5.")
                                                  : tr("Counts by source were saved as %1, without names, A-numbers or details; counts from 1 to 4 read <5."))
                                    .arg(QFileInfo(path).fileName()));
    }
}

void ResearchPage::chooseAndExportDataset()
{
    QString path = SaveFileDialog::ask(this, tr("Export Research Dataset"), suggestedPath(tr("Research dataset"), QStringLiteral("csv")),
                                       tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    if (exportDataset(path)) {
        MessageBox::information(this, tr("Research dataset exported"),
                                tr("One row per client was saved as %1: sources, event counts, days and the year of the first "
                                   "allegation; no names, refs or dates.")
                                    .arg(QFileInfo(path).fileName()));
    }
}

void ResearchPage::follow(CaseFile *caseFile)
{
    // Client records change on other pages; showEvent recomputes the figures when this one shows.
    // A colleague's change on a server matter recomputes them while it is shown.
    connect(caseFile, &CaseFile::openStoreChanged, this, &ResearchPage::setStore);
    for (auto changed : {&CaseFile::clientsChanged, &CaseFile::agreementsChanged, &CaseFile::indexesChanged}) {
        connect(caseFile, changed, this, [this] {
            if (isVisible())
                reload();
        });
    }
    connect(this, &ResearchPage::exported, caseFile, [caseFile] { caseFile->notify(CaseFile::Change::Activity); });
}

} // namespace rebuttal
