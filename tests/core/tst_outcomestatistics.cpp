// Research figures computed in SQL against hand-computed truth (OutcomeFixture.h), medians and
// quartiles on generated delays, filters, the de-identified CSV and the research dataset.
// Registered twice (BOTH_BACKENDS): on a case file and on a matter on a server.
#include "OutcomeFixture.h"
#include "TestStores.h"

#include "cases/CaseRecordsReader.h"
#include "research/ResearchCsv.h"
#include "store/ClientRecordStore.h"
#include "store/OpenStore.h"
#include "store/OutcomeStatistics.h"

#include <QTest>

#include <memory>

using namespace rebuttal;

namespace {

const QDate kAsOf(2024, 1, 1);

// A new store (a case file or a matter, test::TestStores) holding the clients of `json`.
std::unique_ptr<OpenStore> storeWith(test::TestStores &stores, const QString &name, const QByteArray &json)
{
    static int made = 0;
    StoreError error;
    std::unique_ptr<OpenStore> store = stores.create(QString::number(++made) + name, &error);
    if (!store) {
        qWarning() << error.message;
        return nullptr;
    }
    CaseRecordsReader reader;
    const std::optional<CaseRecords> records = reader.read(json, QStringLiteral("fixture.json"));
    if (!records) {
        qWarning() << reader.errorString();
        return nullptr;
    }
    if (error = store->clients().importRecords(*records, ActivityDetail("fixture.json")); error.isError()) {
        qWarning() << error.message;
        return nullptr;
    }
    return store;
}

// One client per delay: an allegation of `source` asserted 2020-01-01 and disclosed `delay` days later
// (a negative delay: no disclosure date).
QByteArray delaysJson(const QList<int> &delays, const QString &source = QStringLiteral("CHIS"))
{
    QStringList clients;
    for (qsizetype i = 0; i < delays.size(); ++i) {
        const QString disclosed = delays.at(i) < 0
            ? QString()
            : QStringLiteral(", \"disclosed_on\": \"%1\"").arg(QDate(2020, 1, 1).addDays(delays.at(i)).toString(Qt::ISODate));
        clients << QStringLiteral("{\"ref\": \"D%1\", \"name\": \"n\", \"allegations\": [{\"ref\": \"AL1\", \"source\": \"%2\","
                                  " \"kind\": \"other\", \"asserted_on\": \"2020-01-01\"%3}]}")
                       .arg(i)
                       .arg(source, disclosed);
    }
    return QStringLiteral("{\"format\": \"rebuttal.cases\", \"version\": 1, \"clients\": [%1]}")
        .arg(clients.join(QLatin1Char(',')))
        .toUtf8();
}

} // namespace

class TestOutcomeStatistics : public QObject
{
    Q_OBJECT

private:
    test::TestStores m_stores;
    std::unique_ptr<OpenStore> m_store;

    OutcomeFigures figures(const OutcomeFilter &filter = {}, QDate asOf = kAsOf)
    {
        StoreError error;
        const std::optional<OutcomeFigures> f = m_store->statistics().figures(asOf, filter, &error);
        if (!f)
            qWarning() << error.message;
        return f.value_or(OutcomeFigures{});
    }

private Q_SLOTS:
    void initTestCase()
    {
        PREPARE_TEST_STORES(m_stores);
        m_store = storeWith(m_stores, QStringLiteral("fixture.rebuttal"), test::outcomeFixtureJson());
        QVERIFY(m_store);
    }

    void countsBySource()
    {
        const OutcomeFigures f = figures();
        QCOMPARE(f.asOf, kAsOf);
        QStringList keys;
        for (const OutcomeCounts &c : f.bySource)
            keys << c.key;
        // Vocabulary order; sources with no allegation (CHIS, NCIC...) are absent; P5 counts nowhere.
        QCOMPARE(keys, (QStringList{QStringLiteral("SAFE"), QStringLiteral("TAG"), QStringLiteral("RED_NOTICE")}));
        QCOMPARE(f.allegations, 6);
        QCOMPARE(f.clients, 4);

        const OutcomeCounts *safe = f.source(QStringLiteral("SAFE"));
        QVERIFY(safe);
        QCOMPARE(safe->allegations, 4);
        QCOMPARE(safe->clients, 3);
        const QMap<QString, int> safeEvents{{QStringLiteral("detention_start"), 2},
                                            {QStringLiteral("bond_denied"), 2}, // P2's relies on two SAFE allegations: once
                                            {QStringLiteral("separation"), 1}};
        QCOMPARE(safe->reliedOnEvents, safeEvents);

        const OutcomeCounts *red = f.source(QStringLiteral("RED_NOTICE"));
        QVERIFY(red);
        QCOMPARE(red->allegations, 1);
        QCOMPARE(red->clients, 1);
        // P1's detention and bond denial relied on SAFE and RED_NOTICE: once under each.
        const QMap<QString, int> redEvents{{QStringLiteral("detention_start"), 1}, {QStringLiteral("bond_denied"), 1}};
        QCOMPARE(red->reliedOnEvents, redEvents);

        const OutcomeCounts *tag = f.source(QStringLiteral("TAG"));
        QVERIFY(tag);
        const QMap<QString, int> tagEvents{{QStringLiteral("asylum_denied"), 1}, {QStringLiteral("snpc_bar_applied"), 1}};
        QCOMPARE(tag->reliedOnEvents, tagEvents);
        QVERIFY(!f.source(QStringLiteral("CHIS")));
    }

    void disclosureDelays()
    {
        const OutcomeFigures f = figures();
        const std::optional<Distribution> safe = f.distributionOf(f.disclosureDelayDays, QStringLiteral("SAFE"));
        QVERIFY(safe);
        QCOMPARE(safe->count, 4);
        QCOMPARE(safe->median, 15.0); // 10, 10, 20, 30: the mean of the middle two
        QCOMPARE(safe->minimum, 10.0);
        QCOMPARE(safe->maximum, 30.0);
        // A partial date counts as its first day: 2020-02 -> 2020-02-01, disclosed 2020-03-02.
        QCOMPARE(f.distributionOf(f.disclosureDelayDays, QStringLiteral("RED_NOTICE"))->median, 30.0);
        QVERIFY(!f.distributionOf(f.disclosureDelayDays, QStringLiteral("TAG"))); // no disclosure date: no median
    }

    void medians_data()
    {
        QTest::addColumn<QList<int>>("delays");
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("median");
        QTest::addColumn<double>("lowerQuartile");
        QTest::addColumn<double>("upperQuartile");
        QTest::newRow("one") << QList<int>{7} << 1 << 7.0 << 7.0 << 7.0;
        QTest::newRow("odd") << QList<int>{30, 10, 20} << 3 << 20.0 << 15.0 << 25.0;
        QTest::newRow("even") << QList<int>{40, 10, 20, 30} << 4 << 25.0 << 17.5 << 32.5;
        QTest::newRow("ties") << QList<int>{5, 5, 5, 9} << 4 << 5.0 << 5.0 << 6.0;
        QTest::newRow("even, middle two differ by one") << QList<int>{1, 2} << 2 << 1.5 << 1.25 << 1.75;
        QTest::newRow("missing dates left out") << QList<int>{-1, 12, -1, 4} << 2 << 8.0 << 6.0 << 10.0;
        QTest::newRow("zero delay") << QList<int>{0, 0, 100} << 3 << 0.0 << 0.0 << 50.0;
    }

    void medians()
    {
        QFETCH(QList<int>, delays);
        QFETCH(int, count);
        QFETCH(double, median);
        QFETCH(double, lowerQuartile);
        QFETCH(double, upperQuartile);
        std::unique_ptr<OpenStore> store = storeWith(m_stores, QStringLiteral("delays.rebuttal"), delaysJson(delays));
        QVERIFY(store);
        const std::optional<OutcomeFigures> f = store->statistics().figures(kAsOf);
        QVERIFY(f);
        const std::optional<Distribution> d = f->distributionOf(f->disclosureDelayDays, QStringLiteral("CHIS"));
        QVERIFY(d);
        QCOMPARE(d->count, count);
        QCOMPARE(d->median, median);
        QCOMPARE(d->lowerQuartile, lowerQuartile);
        QCOMPARE(d->upperQuartile, upperQuartile);
    }

    void noDelaysNoMedian()
    {
        std::unique_ptr<OpenStore> store = storeWith(m_stores, QStringLiteral("none.rebuttal"), delaysJson({-1, -1}));
        QVERIFY(store);
        const std::optional<OutcomeFigures> f = store->statistics().figures(kAsOf);
        QVERIFY(f);
        QCOMPARE(f->source(QStringLiteral("CHIS"))->allegations, 2);
        QVERIFY(f->disclosureDelayDays.isEmpty());
    }

    void detentionDaysAttributedToSources()
    {
        const OutcomeFigures f = figures();
        const std::optional<Distribution> safe = f.distributionOf(f.detentionDays, QStringLiteral("SAFE"));
        QVERIFY(safe);
        QCOMPARE(safe->count, 3);        // P1, P2, P4 (P5's detention relied on nothing)
        QCOMPARE(safe->minimum, 0.0);    // P4: released the same day
        QCOMPARE(safe->median, 60.0);    // P1: 2020-01-05 to 2020-03-05
        QCOMPARE(safe->maximum, 944.0);  // P2: open since 2021-06-01, counted to the as-of date
        QCOMPARE(safe->lowerQuartile, 30.0);
        QCOMPARE(safe->upperQuartile, 502.0);
        const std::optional<Distribution> red = f.distributionOf(f.detentionDays, QStringLiteral("RED_NOTICE"));
        QVERIFY(red);
        QCOMPARE(red->count, 1);
        QCOMPARE(red->median, 60.0);
        QVERIFY(!f.distributionOf(f.detentionDays, QStringLiteral("TAG")));
        const std::optional<Distribution> separated = f.distributionOf(f.separationDays, QStringLiteral("SAFE"));
        QVERIFY(separated);
        QCOMPARE(separated->count, 1);
        QCOMPARE(separated->median, 944.0);
    }

    void openSpellsRunToTheAsOfDate_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<double>("days");
        QTest::newRow("2024-01-01") << QDate(2024, 1, 1) << 944.0;
        QTest::newRow("2023-01-01") << QDate(2023, 1, 1) << 579.0;
        QTest::newRow("the day it started") << QDate(2021, 6, 1) << 0.0;
    }

    void openSpellsRunToTheAsOfDate()
    {
        QFETCH(QDate, asOf);
        QFETCH(double, days);
        const OutcomeFigures f = figures({}, asOf);
        QCOMPARE(f.distributionOf(f.separationDays, QStringLiteral("SAFE"))->maximum, days);
        QCOMPARE(f.distributionOf(f.detentionDays, QStringLiteral("SAFE"))->maximum, std::max(days, 60.0));
    }

    void filters_data()
    {
        QTest::addColumn<OutcomeFilter>("filter");
        QTest::addColumn<int>("allegations");
        QTest::addColumn<int>("clients");
        QTest::addColumn<QStringList>("sources");
        QTest::newRow("none") << OutcomeFilter{} << 6 << 4
                              << QStringList{QStringLiteral("SAFE"), QStringLiteral("TAG"), QStringLiteral("RED_NOTICE")};
        QTest::newRow("source") << OutcomeFilter{{}, {}, {}, QStringLiteral("RED_NOTICE"), {}} << 1 << 1
                                << QStringList{QStringLiteral("RED_NOTICE")};
        QTest::newRow("country") << OutcomeFilter{{}, {}, QStringLiteral("HN"), {}, {}} << 2 << 1
                                 << QStringList{QStringLiteral("SAFE")};
        QTest::newRow("status") << OutcomeFilter{{}, {}, {}, {}, QStringLiteral("contested")} << 2 << 2
                                << QStringList{QStringLiteral("SAFE")};
        QTest::newRow("dates") << OutcomeFilter{QDate(2020, 1, 1), QDate(2020, 12, 31), {}, {}, {}} << 2 << 1
                               << QStringList{QStringLiteral("SAFE"), QStringLiteral("RED_NOTICE")};
        QTest::newRow("from only") << OutcomeFilter{QDate(2021, 1, 1), {}, {}, {}, {}} << 3 << 2
                                   << QStringList{QStringLiteral("SAFE"), QStringLiteral("TAG")};
        QTest::newRow("nothing matches") << OutcomeFilter{{}, {}, QStringLiteral("MX"), {}, {}} << 0 << 0 << QStringList{};
    }

    void filters()
    {
        QFETCH(OutcomeFilter, filter);
        QFETCH(int, allegations);
        QFETCH(int, clients);
        QFETCH(QStringList, sources);
        const OutcomeFigures f = figures(filter);
        QCOMPARE(f.allegations, allegations);
        QCOMPARE(f.clients, clients);
        QStringList keys;
        for (const OutcomeCounts &c : f.bySource)
            keys << c.key;
        QCOMPARE(keys, sources);
    }

    void filteredEventsFollowTheSelectedAllegations()
    {
        // Only P1's SAFE allegation is from 2020-01-01: P1's events count, P2's and P4's do not.
        const OutcomeFigures f = figures({QDate(2020, 1, 1), QDate(2020, 1, 1), {}, {}, {}});
        const OutcomeCounts *safe = f.source(QStringLiteral("SAFE"));
        QVERIFY(safe);
        QCOMPARE(safe->events(QStringLiteral("bond_denied")), 1);
        QCOMPARE(safe->events(QStringLiteral("separation")), 0);
        QCOMPARE(f.distributionOf(f.detentionDays, QStringLiteral("SAFE"))->count, 1);
    }

    void byCountryAndYear()
    {
        const OutcomeFigures f = figures();
        QCOMPARE(f.byCountry.size(), 3);
        QCOMPARE(f.byCountry.at(0).key, QStringLiteral("SV")); // most allegations first
        QCOMPARE(f.byCountry.at(0).allegations, 3);
        QCOMPARE(f.byCountry.at(0).clients, 2);
        QCOMPARE(f.byCountry.at(1).key, QStringLiteral("HN"));
        QCOMPARE(f.byCountry.at(1).events(QStringLiteral("bond_denied")), 1);
        QCOMPARE(f.byCountry.at(2).key, QStringLiteral("GT"));
        QStringList years;
        QList<int> counts;
        for (const OutcomeCounts &c : f.byYear) {
            years << c.key;
            counts << c.allegations;
        }
        QCOMPARE(years, (QStringList{QStringLiteral("2019"), QStringLiteral("2020"), QStringLiteral("2021"), QStringLiteral("2022")}));
        QCOMPARE(counts, (QList<int>{1, 2, 2, 1}));
    }

    void filterChoices()
    {
        const std::optional<OutcomeFilterChoices> choices = m_store->statistics().filterChoices();
        QVERIFY(choices);
        QCOMPARE(choices->sources, (QStringList{QStringLiteral("SAFE"), QStringLiteral("TAG"), QStringLiteral("RED_NOTICE")}));
        QCOMPARE(choices->countries, (QStringList{QStringLiteral("GT"), QStringLiteral("HN"), QStringLiteral("SV")}));
        QCOMPARE(choices->statuses, (QStringList{QStringLiteral("unverified"), QStringLiteral("contested"),
                                                 QStringLiteral("rebutted"), QStringLiteral("blocked")}));
        QCOMPARE(choices->earliest, QDate(2019, 6, 1));
        QCOMPARE(choices->latest, QDate(2022, 1, 1));
    }

    void suppression_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<bool>("deidentify");
        QTest::addColumn<QString>("text");
        QTest::newRow("0 stays 0") << 0 << true << QStringLiteral("0");
        QTest::newRow("1") << 1 << true << QStringLiteral("<5");
        QTest::newRow("4") << 4 << true << QStringLiteral("<5");
        QTest::newRow("5") << 5 << true << QStringLiteral("5");
        QTest::newRow("1234") << 1234 << true << QStringLiteral("1234");
        QTest::newRow("1, identified") << 1 << false << QStringLiteral("1");
    }

    void suppression()
    {
        QFETCH(int, value);
        QFETCH(bool, deidentify);
        QFETCH(QString, text);
        QCOMPARE(ResearchCsv::count(value, deidentify), text);
    }

    void deidentifiedCsv()
    {
        const QList<QByteArray> lines = ResearchCsv::outcomes(figures().bySource, QStringLiteral("source"), true).trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        const QList<QByteArray> header = lines.first().split(',');
        QCOMPARE(header.mid(0, 3), (QList<QByteArray>{"source", "allegations", "clients"}));
        const qsizetype bondDenied = header.indexOf("bond_denied");
        const qsizetype asylum = header.indexOf("asylum_denied");
        QVERIFY(bondDenied > 2 && asylum > 2);
        const QList<QByteArray> safe = lines.at(1).split(',');
        QCOMPARE(safe.size(), header.size());
        QCOMPARE(safe.at(0), QByteArray("SAFE"));
        QCOMPARE(safe.at(1), QByteArray("<5")); // 4 allegations
        QCOMPARE(safe.at(bondDenied), QByteArray("<5"));
        QCOMPARE(safe.at(asylum), QByteArray("0"));
    }

    void datasetRows()
    {
        const std::optional<QList<DatasetRow>> rows = m_store->statistics().dataset(kAsOf);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 5); // every client, with allegations or not
        // Ordered by year of the first allegation (unknown last), not by ref.
        QCOMPARE(rows->at(0).firstAllegationYear, std::optional<int>(2019));
        const DatasetRow &p1 = rows->at(1);
        QCOMPARE(p1.sources, (QStringList{QStringLiteral("RED_NOTICE"), QStringLiteral("SAFE")}));
        QCOMPARE(p1.allegations, 2);
        QCOMPARE(p1.events, 4);
        QCOMPARE(p1.reliedOnEvents, 2);
        QCOMPARE(p1.eventCounts.value(QStringLiteral("bond_denied")), 1);
        QCOMPARE(p1.detentionDays, 60);
        QCOMPARE(p1.longestDisclosureDelayDays, std::optional<int>(30));
        QCOMPARE(rows->at(2).separationDays, 944);
        QVERIFY(!rows->at(4).firstAllegationYear);
        QVERIFY(rows->at(4).sources.isEmpty());
        QCOMPARE(rows->at(4).detentionDays, 31); // P5: detained, on no allegation

        const QByteArray csv = ResearchCsv::dataset(*rows);
        for (const char *identifying : {"Identifiable", "A123456789", "P1", "private note", "tattoo", "Otero", "2020-01-05"})
            QVERIFY2(!csv.contains(identifying), identifying);
        QCOMPARE(csv.count('\n'), 6);
    }
};

QTEST_GUILESS_MAIN(TestOutcomeStatistics)
#include "tst_outcomestatistics.moc"
