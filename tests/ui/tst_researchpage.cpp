// The Research page offscreen: figures from the store, filters that change them, charts mapped
// from the tables, and every export through the file-dialog and message-box seams.
#include "../core/OutcomeFixture.h"
#include "UserInput.h"

#include "domain/AgreementJson.h"
#include "models/FlagCountsModel.h"
#include "store/AgreementRegistry.h"

#include "MainWindow.h"
#include "MessageBox.h"
#include "SaveFileDialog.h"
#include "charts/ChartImage.h"
#include "charts/ResearchCharts.h"
#include "models/DistributionModel.h"
#include "models/OutcomeCountsModel.h"
#include "pages/ResearchPage.h"
#include "cases/CaseRecordsReader.h"
#include "store/ActivityLog.h"
#include "store/CaseStore.h"
#include "store/OpenStore.h"
#include "store/ClientRecords.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStackedBarSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rebuttal;
using rebuttal::test::clickPage;
using rebuttal::test::clickMenuItem;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Distinct colours on a coarse sample: a blank image has one.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y) & 0xFFFFFF);
    }
    return static_cast<int>(colours.size());
}

// Chooses a combo box entry with the keyboard, as a user does: Home, then Down to it.
void choose(QComboBox *combo, const QString &data)
{
    QVERIFY(combo);
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toString() != data; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toString(), data);
}

void clickButton(QWidget *parent, const QString &text)
{
    for (QPushButton *button : parent->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == text) {
            QVERIFY(button->isVisible());
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL(qPrintable(text));
}

void clickTab(QTabWidget *tabs, int index)
{
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
    QCOMPARE(tabs->currentIndex(), index);
}

// The El Salvador MOC of tst_agreementcheck: CHIS data from SV, purposes that leave out detention,
// use terms withheld.
const QByteArray MocSv = R"j([{"ref": "MOC-SV", "title": "MOC El Salvador", "kind": "MOC", "country": "SV", "programs": ["CHIS"],
    "signed_on": "2014-05-14", "covers": "nationals", "purposes": ["criminal_justice", "repatriation"], "use_terms": "withheld",
    "withheld": [{"section": "V. Access to and use of information", "exemptions": ["(b)(5)"]}],
    "clauses": [{"topic": "purpose", "quote": "for the administration of criminal justice"}, {"topic": "term", "quote": "until notice is provided"}]}])j";

// Two clients: C1's SV allegation led to detention, its GT allegation (TAG) has no agreement at
// all; C2's SV allegation was never relied on.
const QByteArray FlagClients = R"j({"format": "rebuttal.cases", "version": 1, "clients": [
    {"ref": "C1", "name": "N1", "country": "SV", "allegations": [
        {"ref": "AL1", "source": "CHIS", "kind": "gang_affiliation", "origin_country": "SV", "asserted_on": "2019-02-12"},
        {"ref": "AL2", "source": "TAG", "kind": "gang_affiliation", "origin_country": "GT", "asserted_on": "2020-03-01"}],
     "events": [{"ref": "E1", "type": "detention_start", "date": "2019-03-01", "relied_on": ["AL1"]}]},
    {"ref": "C2", "name": "N2", "country": "SV", "allegations": [
        {"ref": "AL1", "source": "CHIS", "kind": "gang_affiliation", "origin_country": "SV", "asserted_on": "2019-05-01"}],
     "events": []}]})j";

// "Program/CHIS: 1 2 3 = 6" for each row of the flag table, as a user reads it.
QStringList flagRows(const QAbstractItemModel *model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList counts;
        for (int column = FlagCountsModel::FirstRule; column <= FlagCountsModel::LastRule; ++column)
            counts << model->index(row, column).data().toString();
        rows << model->index(row, FlagCountsModel::Group).data().toString() + QLatin1Char('/')
                + model->index(row, FlagCountsModel::Label).data().toString() + QStringLiteral(": ") + counts.join(QLatin1Char(' '))
                + QStringLiteral(" = ") + model->index(row, FlagCountsModel::Total).data().toString();
    }
    return rows;
}

} // namespace

class TestResearchPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;

    // Shows `page` over the fixture as of 2024-01-01 at 1200x800; the store it reads is returned.
    std::unique_ptr<OpenStore> showFixture(ResearchPage &page)
    {
        page.resize(1200, 800);
        std::unique_ptr<OpenStore> openStore = OpenStore::over(*m_store);
        page.setStore(openStore.get());
        page.setAsOf(QDate(2024, 1, 1));
        page.show();
        return openStore;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setAutomatic(true);
        StoreError error;
        m_store = CaseStore::create(m_dir.filePath(QStringLiteral("page.rebuttal")), &error);
        QVERIFY(m_store);
        CaseRecordsReader reader;
        const std::optional<CaseRecords> records = reader.read(test::outcomeFixtureJson(), QStringLiteral("fixture.json"));
        QVERIFY(records);
        QVERIFY(!ClientRecords(*m_store).importRecords(*records, ActivityDetail("fixture.json")).isError());
    }

    void init()
    {
        MessageBox::clearRecordedMessages();
        SaveFileDialog::setAutomatic(true, {});
    }

    void modelsPassTheTester()
    {
        ResearchCharts charts;
        for (ResearchCharts::Kind kind : ResearchCharts::kinds())
            new QAbstractItemModelTester(charts.modelOf(kind), QAbstractItemModelTester::FailureReportingMode::QtTest, &charts);
        new QAbstractItemModelTester(charts.flagCounts(), QAbstractItemModelTester::FailureReportingMode::QtTest, &charts);
        charts.setFigures(*OutcomeStatistics(*m_store).figures(QDate(2024, 1, 1)));
        QCOMPARE(charts.modelOf(ResearchCharts::Kind::Outcomes)->rowCount(), 3);
        charts.setFigures({});
        QCOMPARE(charts.modelOf(ResearchCharts::Kind::Outcomes)->rowCount(), 0);
    }

    void showsTheFiguresAndFiltersChangeThem()
    {
        ResearchPage page;
        page.resize(1200, 800);
        const std::unique_ptr<OpenStore> openStore = OpenStore::over(*m_store);
        page.setStore(openStore.get());
        page.setAsOf(QDate(2024, 1, 1));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.isShowingEmptyState());
        QCOMPARE(page.figures().allegations, 6);
        QVERIFY(page.summary()->text().contains(QStringLiteral("6 allegation")));
        QVERIFY(page.summary()->text().contains(QStringLiteral("4 client")));

        // The outcomes table and its stacked bars show the same numbers.
        QTableView *table = page.tableOf(ResearchCharts::Kind::Outcomes);
        QAbstractItemModel *model = table->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, OutcomeCountsModel::Label).data().toString(), QStringLiteral("SAFE"));
        QCOMPARE(model->index(0, OutcomeCountsModel::Allegations).data().toInt(), 4);
        const int bondColumn = OutcomeCountsModel::FirstOutcome + int(OutcomeCountsModel::outcomeTypes().indexOf(QStringLiteral("bond_denied")));
        QCOMPARE(model->index(0, bondColumn).data().toInt(), 2);
        QChart *chart = page.chartView(ResearchCharts::Kind::Outcomes)->chart();
        auto *bars = qobject_cast<QStackedBarSeries *>(chart->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), OutcomeCountsModel::outcomeTypes().size());
        QBarSet *bond = bars->barSets().at(bondColumn - OutcomeCountsModel::FirstOutcome);
        QCOMPARE(bond->label(), QStringLiteral("Bond denied"));
        QCOMPARE(bond->at(0), 2.0);

        // Filter by source: only the Red Notice remains, in the table and in the chart.
        auto *source = page.findChild<QComboBox *>(QStringLiteral("sourceFilter"));
        QVERIFY(source);
        choose(source, QStringLiteral("RED_NOTICE"));
        QCOMPARE(page.filter().source, QStringLiteral("RED_NOTICE"));
        QCOMPARE(page.figures().allegations, 1);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, OutcomeCountsModel::Label).data().toString(), QStringLiteral("Red Notice"));
        QCOMPARE(bars->barSets().at(bondColumn - OutcomeCountsModel::FirstOutcome)->at(0), 1.0);

        // Country and dates; then nothing matches; then Reset.
        page.setFilter({});
        auto *country = page.findChild<QComboBox *>(QStringLiteral("countryFilter"));
        choose(country, QStringLiteral("HN"));
        QCOMPARE(page.figures().allegations, 2);
        QCOMPARE(page.figures().clients, 1);
        page.setFilter({QDate(2020, 1, 1), QDate(2020, 12, 31), {}, {}, {}});
        QCOMPARE(page.findChild<QDateEdit *>(QStringLiteral("fromFilter"))->date(), QDate(2020, 1, 1));
        QCOMPARE(page.figures().allegations, 2);
        page.setFilter({{}, {}, {}, {}, QStringLiteral("withdrawn")}); // no such status in the store: ignored
        QCOMPARE(page.figures().allegations, 6);
        page.setFilter({QDate(2030, 1, 1), {}, {}, {}, {}});
        QCOMPARE(page.figures().allegations, 0);
        QCOMPARE(page.summary()->text(), QStringLiteral("No allegations match these filters."));
        page.setFilter({});
        QCOMPARE(page.figures().allegations, 6);
    }

    void boxPlotsFollowTheAsOfDate()
    {
        ResearchPage page;
        const std::unique_ptr<OpenStore> openStore = OpenStore::over(*m_store);
        page.setStore(openStore.get());
        page.setAsOf(QDate(2024, 1, 1));
        // The chart's tab, clicked.
        page.resize(1300, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTabBar *tabs = page.findChild<QTabWidget *>()->tabBar();
        const int separation = int(ResearchCharts::kinds().indexOf(ResearchCharts::Kind::Separation));
        QVERIFY(tabs->rect().contains(tabs->tabRect(separation)));
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(separation).center());
        QCOMPARE(page.currentChart(), ResearchCharts::Kind::Separation);
        auto *series = qobject_cast<QBoxPlotSeries *>(page.chartView(ResearchCharts::Kind::Separation)->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->count(), 1);
        QCOMPARE(series->boxSets().first()->at(QBoxSet::Median), 944.0);
        page.setAsOf(QDate(2023, 1, 1));
        QCOMPARE(series->boxSets().first()->at(QBoxSet::Median), 579.0);
        QVERIFY(series->boxSets().first()->label().startsWith(QStringLiteral("SAFE (n=1)")));
        QAbstractItemModel *table = page.tableOf(ResearchCharts::Kind::Detention)->model();
        QCOMPARE(table->index(0, DistributionModel::Median).data().toDouble(), 60.0);
    }

    void exportsThroughTheDialogs()
    {
        ResearchPage page;
        const std::unique_ptr<OpenStore> openStore = showFixture(page);
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy exported(&page, &ResearchPage::exported);

        // Cancel: nothing written, nothing said.
        clickButton(&page, QStringLiteral("Export Chart..."));
        QCOMPARE(exported.size(), 0);
        QVERIFY(MessageBox::recordedMessages().isEmpty());

        const QString png = m_dir.filePath(QStringLiteral("chart.png"));
        SaveFileDialog::setAutomatic(true, png);
        clickButton(&page, QStringLiteral("Export Chart..."));
        QCOMPARE(exported.size(), 1);
        QVERIFY(SaveFileDialog::recordedCaptions().contains(QStringLiteral("Export Chart")));
        QVERIFY(MessageBox::recordedMessages().last().contains(QStringLiteral("chart.png")));
        const QImage image(png);
        QVERIFY(image.width() >= 1200 && image.height() >= 700);
        QVERIFY(colourCount(image) > 10);

        const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
        clickTab(page.findChild<QTabWidget *>(), int(ResearchCharts::kinds().indexOf(ResearchCharts::Kind::Disclosure)));
        QCOMPARE(page.currentChart(), ResearchCharts::Kind::Disclosure);
        SaveFileDialog::setAutomatic(true, svg);
        clickButton(&page, QStringLiteral("Export Chart..."));
        const QString svgText = readText(svg);
        QVERIFY(svgText.contains(QStringLiteral("<svg")));
        QVERIFY(svgText.contains(QStringLiteral("Disclosure delay in days")));
        // Named as its tab reads; under the chart, what it covers: no filter, as of the page's date.
        QCOMPARE(SaveFileDialog::recordedSuggestions().last(), QStringLiteral("Disclosure delay.png"));
        QVERIFY2(svgText.contains(QStringLiteral("No filter · As of 2024-01-01 · ")), qPrintable(svgText.right(3000)));
        // Cut to one source with the keyboard, the exported chart says so.
        auto *source = page.findChild<QComboBox *>(QStringLiteral("sourceFilter"));
        source->setFocus();
        QTest::keyClick(source, Qt::Key_Home);
        for (int i = 0; i < source->count() && source->currentData().toString() != QStringLiteral("SAFE"); ++i)
            QTest::keyClick(source, Qt::Key_Down);
        QCOMPARE(page.filter().source, QStringLiteral("SAFE"));
        const QString filtered = m_dir.filePath(QStringLiteral("filtered.svg"));
        SaveFileDialog::setAutomatic(true, filtered);
        clickButton(&page, QStringLiteral("Export Chart..."));
        QVERIFY2(readText(filtered).contains(QStringLiteral("Source: %1 · As of 2024-01-01").arg(source->currentText())),
                 qPrintable(readText(filtered).right(3000)));
        QTest::keyClick(source, Qt::Key_Home);
        QVERIFY(page.filter().source.isEmpty());

        const QString numbers = m_dir.filePath(QStringLiteral("numbers.csv"));
        SaveFileDialog::setAutomatic(true, numbers);
        clickButton(&page, QStringLiteral("Export Numbers..."));
        const QStringList lines = readText(numbers).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3); // header, SAFE and RED_NOTICE: TAG has no disclosure date
        QVERIFY(lines.first().startsWith(QStringLiteral("Source,Allegations,Minimum")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("SAFE,4,10,10,15,")));

        const QString deidentified = m_dir.filePath(QStringLiteral("deidentified"));
        SaveFileDialog::setAutomatic(true, deidentified);
        clickButton(&page, QStringLiteral("Export De-identified..."));
        const QString csv = readText(deidentified + QStringLiteral(".csv")); // the suffix is added
        QVERIFY(csv.startsWith(QStringLiteral("source,allegations,clients,")));
        QVERIFY(csv.contains(QStringLiteral("\nSAFE,<5,<5,")));
        QVERIFY(!csv.contains(QStringLiteral("Identifiable")));

        const QString dataset = m_dir.filePath(QStringLiteral("dataset.csv"));
        SaveFileDialog::setAutomatic(true, dataset);
        page.chooseAndExportDataset();
        const QString rows = readText(dataset);
        QCOMPARE(rows.count(QLatin1Char('\n')), 6);
        for (const QString &identifying : {QStringLiteral("Identifiable"), QStringLiteral("A123456789"), QStringLiteral("P1,")})
            QVERIFY(!rows.contains(identifying));
        QCOMPARE(exported.size(), 6);

        // Every export is in the activity log, by file name.
        const QList<ActivityEntry> log = m_store->activity().entries();
        QVERIFY(log.last().detail.contains(QStringLiteral("dataset.csv")));
        QCOMPARE(log.last().action, QStringLiteral("export.research"));

        // A file that cannot be written is said, not swallowed.
        MessageBox::clearRecordedMessages();
        QVERIFY(!page.exportDeidentified(m_dir.filePath(QStringLiteral("no/such/folder/x.csv"))));
        QCOMPARE(MessageBox::recordedMessages().size(), 1);
    }

    // An exported chart leaves a white margin on the right, as the axis labels do on the left:
    // the plot, its gridlines or a legend never run to the image's edge (each tab, Export Chart).
    void exportedChartsKeepARightMargin()
    {
        ResearchPage page;
        const std::unique_ptr<OpenStore> openStore = showFixture(page);
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *tabs = page.findChild<QTabWidget *>();
        for (int tab = 0; tab < tabs->count(); ++tab) {
            clickTab(tabs, tab);
            const QString png = m_dir.filePath(QStringLiteral("margin-%1.png").arg(tab));
            SaveFileDialog::setAutomatic(true, png);
            clickButton(&page, QStringLiteral("Export Chart..."));
            const QImage image(png);
            QVERIFY2(!image.isNull(), qPrintable(png));
            // Above the caption's band at the bottom, the last 40 columns are white.
            constexpr int kMargin = 40;
            for (int y = 0; y < image.height() - 80; ++y) {
                for (int x = image.width() - kMargin; x < image.width(); ++x) {
                    if (qGray(image.pixel(x, y)) < 240)
                        QFAIL(qPrintable(QStringLiteral("%1: drawn at %2,%3 of %4x%5")
                                             .arg(tabs->tabText(tab)).arg(x).arg(y).arg(image.width()).arg(image.height())));
                }
            }
        }
    }

    void flagCountsFromTheAgreementCheck()
    {
        QTemporaryDir dir;
        StoreError error;
        std::unique_ptr<CaseStore> store = CaseStore::create(dir.filePath(QStringLiteral("flags.rebuttal")), &error);
        QVERIFY(store);
        CaseRecordsReader reader;
        const std::optional<CaseRecords> records = reader.read(FlagClients, QStringLiteral("flags.json"));
        QVERIFY2(records, qPrintable(reader.errorString()));
        QVERIFY(!ClientRecords(*store).importRecords(*records, ActivityDetail("flags.json")).isError());
        QList<Agreement> registry;
        for (const QJsonValue &v : QJsonDocument::fromJson(MocSv).array())
            registry << AgreementJson::fromJson(v.toObject());
        QVERIFY(!AgreementRegistry(*store).importAgreements(registry, QStringLiteral("registry")).isError());

        ResearchPage page;
        page.resize(1200, 800);
        const std::unique_ptr<OpenStore> openStore = OpenStore::over(*store);
        page.setStore(openStore.get());
        page.setAsOf(QDate(2026, 1, 1));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *tabs = page.findChild<QTabWidget *>();
        clickTab(tabs, tabs->count() - 1);
        QVERIFY(page.isShowingFlags());
        QVERIFY(page.flagTable()->isVisible());
        const QAbstractItemModel *model = page.flagTable()->model();
        // Rules in the contract's order: no_agreement, outside_term, use_terms_withheld,
        // outside_stated_purpose, person_not_covered, third_party_use. The detention relied on SV data
        // whose use terms are withheld and whose purposes leave detention out: two flags; the GT
        // allegation has no agreement: one; C2's allegation was never relied on: none.
        const QStringList all{
            QStringLiteral("Program/CHIS: 0 0 1 1 0 0 = 2"),
            QStringLiteral("Program/TAG: 1 0 0 0 0 0 = 1"),
            QStringLiteral("Country/Guatemala (GT): 1 0 0 0 0 0 = 1"),
            QStringLiteral("Country/El Salvador (SV): 0 0 1 1 0 0 = 2"),
            QStringLiteral("Decision category/The allegation itself: 1 0 0 0 0 0 = 1"),
            QStringLiteral("Decision category/Detention: 0 0 1 1 0 0 = 2"),
            QStringLiteral("Year/2019: 0 0 1 1 0 0 = 2"),
            QStringLiteral("Year/2020: 1 0 0 0 0 0 = 1"),
        };
        QCOMPARE(flagRows(model), all);
        // The chart maps the same table: one bar set per rule, one category per row.
        auto *series = qobject_cast<QStackedBarSeries *>(page.flagChartView()->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 6);
        QCOMPARE(series->barSets().at(2)->at(0), 1.0); // CHIS, use_terms_withheld
        QCOMPARE(series->barSets().at(0)->at(1), 1.0); // TAG, no_agreement

        // The page's filters apply to the flags' allegations.
        choose(page.findChild<QComboBox *>(QStringLiteral("sourceFilter")), QStringLiteral("TAG"));
        QCOMPARE(flagRows(model), (QStringList{QStringLiteral("Program/TAG: 1 0 0 0 0 0 = 1"),
                                               QStringLiteral("Country/Guatemala (GT): 1 0 0 0 0 0 = 1"),
                                               QStringLiteral("Decision category/The allegation itself: 1 0 0 0 0 0 = 1"),
                                               QStringLiteral("Year/2020: 1 0 0 0 0 0 = 1")}));
        QCOMPARE(series->count(), 6);
        QCOMPARE(series->barSets().at(0)->count(), 4);
        clickButton(&page, QStringLiteral("Reset"));
        QCOMPARE(flagRows(model), all);

        // Exports: the chart, its numbers, and de-identified counts with small cells suppressed.
        const QString png = dir.filePath(QStringLiteral("flags.png"));
        SaveFileDialog::setAutomatic(true, png);
        clickButton(&page, QStringLiteral("Export Chart..."));
        const QImage image(png);
        QVERIFY(image.width() >= 1200 && image.height() >= 700);
        QVERIFY(colourCount(image) > 10);
        const QString svg = dir.filePath(QStringLiteral("flags.svg"));
        SaveFileDialog::setAutomatic(true, svg);
        clickButton(&page, QStringLiteral("Export Chart..."));
        QVERIFY(readText(svg).contains(QStringLiteral("Agreement flags by program")));

        const QString numbers = dir.filePath(QStringLiteral("flags.csv"));
        SaveFileDialog::setAutomatic(true, numbers);
        clickButton(&page, QStringLiteral("Export Numbers..."));
        QStringList lines = readText(numbers).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 9);
        QCOMPARE(lines.first(), QStringLiteral("Grouping,Value,no_agreement,outside_term,use_terms_withheld,outside_stated_purpose,"
                                               "person_not_covered,third_party_use,All flags"));
        QCOMPARE(lines.at(1), QStringLiteral("Program,CHIS,0,0,1,1,0,0,2"));

        const QString deidentified = dir.filePath(QStringLiteral("flags-deidentified.csv"));
        SaveFileDialog::setAutomatic(true, deidentified);
        clickButton(&page, QStringLiteral("Export De-identified..."));
        lines = readText(deidentified).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 9);
        QCOMPARE(lines.at(1), QStringLiteral("Program,CHIS,0,0,<5,<5,0,0,<5"));
        for (const QString &identifying : {QStringLiteral("N1"), QStringLiteral("C1"), QStringLiteral("AL1")})
            QVERIFY(!readText(deidentified).contains(identifying));

        const QList<ActivityEntry> log = store->activity().entries();
        QCOMPARE(log.last().action, QStringLiteral("export.research"));
        QVERIFY(log.last().detail.contains(QStringLiteral("flags-deidentified.csv")));
    }

    void mainWindowActions()
    {
        MainWindow window;
        window.show();
        QVERIFY(!window.exportChartAction()->isEnabled());
        QVERIFY(window.openCaseFile(m_store->filePath()));
        QVERIFY(window.exportChartAction()->isEnabled());
        clickPage(window, MainWindow::ClientsPage);
        const QString png = m_dir.filePath(QStringLiteral("from-menu.png"));
        SaveFileDialog::setAutomatic(true, png);
        clickMenuItem(&window, window.exportChartAction()); // File > Export Chart...
        QCOMPARE(window.currentPage(), MainWindow::ResearchPage);
        QVERIFY(QFile::exists(png));
        QVERIFY(!window.researchPage()->isShowingEmptyState());
        const QString dataset = m_dir.filePath(QStringLiteral("from-menu.csv"));
        SaveFileDialog::setAutomatic(true, dataset);
        clickMenuItem(&window, window.exportDatasetAction());
        QVERIFY(QFile::exists(dataset));
        window.closeCaseFile();
        QVERIFY(!window.exportDeidentifiedAction()->isEnabled());
    }

    void emptyStoreShowsTheEmptyState()
    {
        StoreError error;
        std::unique_ptr<CaseStore> empty = CaseStore::create(m_dir.filePath(QStringLiteral("empty.rebuttal")), &error);
        QVERIFY(empty);
        ResearchPage page;
        const std::unique_ptr<OpenStore> openEmpty = OpenStore::over(*empty);
        page.setStore(openEmpty.get());
        QVERIFY(page.isShowingEmptyState());
        const std::unique_ptr<OpenStore> openStore = OpenStore::over(*m_store);
        page.setStore(openStore.get());
        QVERIFY(!page.isShowingEmptyState());
        page.setStore(nullptr);
        QVERIFY(page.isShowingEmptyState());
    }

    void chartImageIsNotBlank()
    {
        ResearchCharts charts;
        charts.setFigures(*OutcomeStatistics(*m_store).figures(QDate(2024, 1, 1)));
        const QImage image = ChartImage::render(charts.createChart(ResearchCharts::Kind::Detention), QSize(1200, 700));
        QCOMPARE(image.size(), QSize(1200, 700));
        QVERIFY(colourCount(image) > 10);
        QCOMPARE(image.pixel(image.width() / 2, image.height() / 2) & 0xFFFFFF, QRgb(0xFFFFFF)); // white, not transparent
        bool safeBox = false; // the SAFE box, in its palette colour
        for (int y = 0; y < image.height() && !safeBox; ++y) {
            for (int x = 0; x < image.width() && !safeBox; ++x)
                safeBox = (image.pixel(x, y) & 0xFFFFFF) == 0xE69F00;
        }
        QVERIFY(safeBox);
    }
};

QTEST_MAIN(TestResearchPage)
#include "tst_researchpage.moc"
