// Team mode (issue 18): research on a real PostgreSQL 15 server (the pg_cluster fixture). The
// same case records go into a case file and a matter, and every figure, `stats` and `dataset` must
// be the same, byte for byte; pooled across matters (?matter=*), the figures must be those of one
// case file holding every matter's clients, each matter's log must record the export, and a
// matter the login may not read is skipped and said.
#include "../cli/CliRun.h"
#include "OutcomeFixture.h"
#include "PgTestCluster.h"
#include "store/CaseStore.h"
#include "store/OutcomeStatistics.h"
#include "store/PgConnection.h"
#include "store/ServerMatterPool.h"
#include "store/ServerStore.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace rebuttal;
using namespace rebuttal::test;

namespace {

// A second firm's clients, unlike the first's: a long delay, a separation, an unknown country.
QByteArray secondFirmJson()
{
    return QByteArrayLiteral(R"({"format": "rebuttal.cases", "version": 1, "clients": [
 {"ref": "Q1", "name": "Carmen Identifiable", "country": "GT",
  "allegations": [
   {"ref": "AL1", "source": "SAFE", "kind": "gang_affiliation", "origin_country": "GT", "asserted_on": "2021-03-01",
    "disclosed_on": "2021-06-09", "status": "contested"},
   {"ref": "AL2", "source": "TAG", "kind": "warrant", "asserted_on": "2023-07", "status": "unverified"}],
  "events": [
   {"ref": "E1", "type": "detention_start", "date": "2021-03-02", "relied_on": ["AL1"]},
   {"ref": "E2", "type": "separation", "date": "2021-03-02", "relied_on": ["AL1"]},
   {"ref": "E3", "type": "release", "date": "2021-04-12"},
   {"ref": "E4", "type": "reunification", "date": "2021-05-01"}]},
 {"ref": "Q2", "name": "Pedro Identifiable", "country": "SV",
  "allegations": [
   {"ref": "AL1", "source": "RED_NOTICE", "kind": "warrant", "origin_country": "SV", "asserted_on": "2018",
    "disclosed_on": "2018-12-31", "status": "blocked"}],
  "events": [
   {"ref": "E1", "type": "bond_denied", "date": "2019-01-05", "relied_on": ["AL1"]}]}
]})");
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every figure, as text, so that two stores' figures compare in one QCOMPARE that shows the difference.
QString described(const std::optional<OutcomeFigures> &figures)
{
    if (!figures)
        return QStringLiteral("(none)");
    QString text = QStringLiteral("%1 allegations, %2 clients\n").arg(figures->allegations).arg(figures->clients);
    const std::pair<const char *, const QList<OutcomeCounts> *> counts[] = {
        {"source", &figures->bySource}, {"country", &figures->byCountry}, {"year", &figures->byYear}};
    for (const auto &[name, list] : counts) {
        for (const OutcomeCounts &c : *list) {
            text += QStringLiteral("%1 %2: %3 %4").arg(QLatin1String(name), c.key).arg(c.allegations).arg(c.clients);
            for (auto it = c.reliedOnEvents.cbegin(); it != c.reliedOnEvents.cend(); ++it)
                text += QStringLiteral(" %1=%2").arg(it.key()).arg(it.value());
            text += QLatin1Char('\n');
        }
    }
    const std::pair<const char *, const QList<Distribution> *> distributions[] = {
        {"detention", &figures->detentionDays}, {"separation", &figures->separationDays}, {"delay", &figures->disclosureDelayDays}};
    for (const auto &[name, list] : distributions) {
        for (const Distribution &d : *list)
            text += QStringLiteral("%1 %2: n=%3 %4 %5 %6 %7 %8\n")
                        .arg(QLatin1String(name), d.key)
                        .arg(d.count)
                        .arg(d.minimum)
                        .arg(d.lowerQuartile)
                        .arg(d.median)
                        .arg(d.upperQuartile)
                        .arg(d.maximum);
    }
    return text;
}

QString described(const std::optional<OutcomeFilterChoices> &choices)
{
    if (!choices)
        return QStringLiteral("(none)");
    return QStringList{choices->sources.join(QLatin1Char(',')), choices->countries.join(QLatin1Char(',')),
                       choices->statuses.join(QLatin1Char(',')), choices->earliest.toString(Qt::ISODate),
                       choices->latest.toString(Qt::ISODate)}
        .join(QLatin1Char('|'));
}

int logEntries(PgConnection &admin, const QString &matter, const QString &action)
{
    PgStatement count(admin, QStringLiteral("SELECT count(*) FROM matter_%1.activity_log WHERE action = $1").arg(matter));
    count.bind(action);
    return count.exec() && count.next() ? count.value(0).toInt() : -1;
}

} // namespace

class TestServerResearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_firstFirm, m_secondFirm;

    // A new matter (or case file) holding the records of `files`; false after a warning.
    static bool filled(const QString &store, const QStringList &files)
    {
        CliRun run = cli({QStringLiteral("init"), QStringLiteral("--store"), store});
        for (const QString &file : files) {
            if (run.exitCode != 0)
                break;
            run = cli({QStringLiteral("import"), QStringLiteral("cases"), file, QStringLiteral("--store"), store});
        }
        if (run.exitCode != 0)
            qWarning() << store << run.err;
        return run.exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase();
    void figuresAlikeOnBothBackends();
    void cliResearchAlikeOnBothBackends();
    void pooledMattersAreOneCaseFile();
    void everyMatterIsForResearchOnly();
};

void TestServerResearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_firstFirm = writeFile(m_dir, QStringLiteral("first.json"), outcomeFixtureJson());
    m_secondFirm = writeFile(m_dir, QStringLiteral("second.json"), secondFirmJson());
    QVERIFY(!m_firstFirm.isEmpty() && !m_secondFirm.isEmpty());
}

void TestServerResearch::figuresAlikeOnBothBackends()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString file = m_dir.filePath(QStringLiteral("figures.rebuttal"));
    const QString matter = freshName("research");
    QVERIFY(filled(file, {m_firstFirm, m_secondFirm}));
    QVERIFY(filled(cluster.address(matter), {m_firstFirm, m_secondFirm}));

    StoreError error;
    std::unique_ptr<CaseStore> caseFile = CaseStore::open(file, &error);
    QVERIFY2(caseFile, qPrintable(error.message));
    std::unique_ptr<ServerStore> server = ServerStore::open(cluster.location(matter), &error);
    QVERIFY2(server, qPrintable(error.message));

    OutcomeFilter assertedSince2020;
    assertedSince2020.assertedFrom = QDate(2020, 1, 1);
    OutcomeFilter salvadoran;
    salvadoran.originCountry = QStringLiteral("SV");
    OutcomeFilter safeContested;
    safeContested.source = QStringLiteral("SAFE");
    safeContested.status = QStringLiteral("contested");
    for (const OutcomeFilter &filter : {OutcomeFilter{}, assertedSince2020, salvadoran, safeContested}) {
        for (const QDate asOf : {QDate(2024, 1, 1), QDate(2021, 3, 20)}) {
            const QString onFile = described(OutcomeStatistics(*caseFile).figures(asOf, filter, &error));
            QVERIFY2(!error.isError(), qPrintable(error.message));
            const QString onServer = described(OutcomeStatistics(*server).figures(asOf, filter, &error));
            QVERIFY2(!error.isError(), qPrintable(error.message));
            QCOMPARE(onServer, onFile);
        }
    }
    // The case records say something: a distribution with quartiles between ranks, a separation.
    const QString all = described(OutcomeStatistics(*server).figures(QDate(2024, 1, 1)));
    QVERIFY2(all.contains(QLatin1String("separation SAFE: n=2")) && all.contains(QLatin1String("country : 1 1")), qPrintable(all));
    QCOMPARE(described(OutcomeStatistics(*server).filterChoices(&error)), described(OutcomeStatistics(*caseFile).filterChoices()));
    const std::optional<QList<DatasetRow>> rows = OutcomeStatistics(*server).dataset(QDate(2024, 1, 1), &error);
    QVERIFY2(rows && rows->size() == 7, qPrintable(error.message));
}

void TestServerResearch::cliResearchAlikeOnBothBackends()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString file = m_dir.filePath(QStringLiteral("cli.rebuttal"));
    const QString matter = freshName("research");
    const QString server = cluster.address(matter);
    QVERIFY(filled(file, {m_firstFirm, m_secondFirm}));
    QVERIFY(filled(server, {m_firstFirm, m_secondFirm}));

    const QStringList asOf{QStringLiteral("--as-of"), QStringLiteral("2024-01-01")};
    for (const QStringList &command : {QStringList{QStringLiteral("stats"), QStringLiteral("--json")},
                                       QStringList{QStringLiteral("stats"), QStringLiteral("--csv")},
                                       QStringList{QStringLiteral("stats"), QStringLiteral("--csv"), QStringLiteral("--deidentify")}}) {
        const CliRun onFile = cli(command + asOf + QStringList{QStringLiteral("--store"), file});
        const CliRun onServer = cli(command + asOf + QStringList{QStringLiteral("--store"), server});
        QVERIFY2(onFile.exitCode == 0 && onServer.exitCode == 0, qPrintable(onFile.err + onServer.err));
        QVERIFY2(onFile.out.size() > 100, onFile.out.constData());
        QCOMPARE(onServer.out, onFile.out);
    }
    const QString fileDataset = m_dir.filePath(QStringLiteral("file-dataset.csv"));
    const QString serverDataset = m_dir.filePath(QStringLiteral("server-dataset.csv"));
    CliRun run = cli({QStringLiteral("dataset"), QStringLiteral("--out"), fileDataset, QStringLiteral("--store"), file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({QStringLiteral("dataset"), QStringLiteral("--out"), serverDataset, QStringLiteral("--store"), server});
    QVERIFY2(run.exitCode == 0 && run.err.contains(QLatin1String("7 de-identified")), qPrintable(run.err));
    QCOMPARE(readAll(serverDataset), readAll(fileDataset));
    QVERIFY(!readAll(serverDataset).contains("Identifiable"));

    // A chart from the matter's figures too.
    const QString chart = m_dir.filePath(QStringLiteral("server-detention.svg"));
    run = cli(QStringList{QStringLiteral("chart"), QStringLiteral("detention"), QStringLiteral("--out"), chart, QStringLiteral("--store"), server} + asOf);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(readAll(chart).contains("<svg"));

    // Every export is in the matter's log (the two CSVs, the dataset, the chart).
    std::unique_ptr<PgConnection> admin = adminConnection(cluster);
    QVERIFY(admin);
    QCOMPARE(logEntries(*admin, matter, QStringLiteral("export.research")), 4);
}

void TestServerResearch::pooledMattersAreOneCaseFile()
{
    REQUIRE_PG_CLUSTER(cluster);
    // One case file holding both firms' clients: what the pool must say.
    const QString file = m_dir.filePath(QStringLiteral("pooled.rebuttal"));
    QVERIFY(filled(file, {m_firstFirm, m_secondFirm}));
    const QString first = freshName("firma");
    const QString second = freshName("firmb");
    const QString hidden = freshName("firmc");
    QVERIFY(filled(cluster.address(first), {m_firstFirm}));
    QVERIFY(filled(cluster.address(second), {m_secondFirm}));
    QVERIFY(filled(cluster.address(hidden), {m_secondFirm}));

    // A coalition researcher: a reader of the first two matters, not of the third.
    const QString researcher = freshName("researcher");
    std::unique_ptr<PgConnection> admin = adminConnection(cluster);
    QVERIFY(admin && !admin->exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(researcher)).isError());
    for (const QString &matter : {first, second}) {
        const CliRun run = cli({QStringLiteral("grant"), QStringLiteral("reader"), researcher, QStringLiteral("--store"),
                                cluster.address(matter)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    const QString pool = cluster.address(ServerLocation::AllMatters, researcher);
    QVERIFY2(pool.contains(QLatin1String("?matter=*")), qPrintable(pool));

    const QStringList asOf{QStringLiteral("--as-of"), QStringLiteral("2024-01-01")};
    for (const QStringList &command : {QStringList{QStringLiteral("stats"), QStringLiteral("--json")},
                                       QStringList{QStringLiteral("stats"), QStringLiteral("--csv"), QStringLiteral("--deidentify")}}) {
        const CliRun onFile = cli(command + asOf + QStringList{QStringLiteral("--store"), file});
        const CliRun pooled = cli(command + asOf + QStringList{QStringLiteral("--store"), pool});
        QVERIFY2(onFile.exitCode == 0 && pooled.exitCode == 0, qPrintable(onFile.err + pooled.err));
        QCOMPARE(pooled.out, onFile.out);
        // The matter the researcher may not read is named as skipped; the pooled ones are listed.
        QVERIFY2(pooled.err.contains(QStringLiteral("Skipped the matter %1: your login is neither a reader nor an editor of it.").arg(hidden)),
                 qPrintable(pooled.err));
        QVERIFY2(pooled.err.contains(QLatin1String("Pooled 2 matter")) && pooled.err.contains(QStringLiteral(": %1, %2.").arg(first, second)),
                 qPrintable(pooled.err));
    }
    const QString fileDataset = m_dir.filePath(QStringLiteral("file-pooled.csv"));
    const QString pooledDataset = m_dir.filePath(QStringLiteral("pooled.csv"));
    CliRun run = cli(QStringList{QStringLiteral("dataset"), QStringLiteral("--out"), fileDataset, QStringLiteral("--store"), file} + asOf);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli(QStringList{QStringLiteral("dataset"), QStringLiteral("--out"), pooledDataset, QStringLiteral("--store"), pool} + asOf);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(readAll(pooledDataset), readAll(fileDataset));
    QCOMPARE(readAll(pooledDataset).count('\n'), 8); // the header and 5 + 2 clients

    // Each pooled matter's log records both exports (the CSV and the dataset), under the researcher's
    // login; the skipped matter's records nothing.
    for (const QString &matter : {first, second}) {
        QCOMPARE(logEntries(*admin, matter, QStringLiteral("export.research")), 2);
        PgStatement who(*admin, QStringLiteral("SELECT DISTINCT \"user\" FROM matter_%1.activity_log WHERE action = 'export.research'").arg(matter));
        QVERIFY(who.exec() && who.next());
        QCOMPARE(who.value(0).toString(), researcher);
    }
    QCOMPARE(logEntries(*admin, hidden, QStringLiteral("export.research")), 0);

    // A login that may read no matter at all: said, exit 4.
    const QString stranger = freshName("stranger");
    QVERIFY(!admin->exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(stranger)).isError());
    run = cli(QStringList{QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--store"),
                          cluster.address(ServerLocation::AllMatters, stranger)});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QLatin1String("no matter in this database that your login may read")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestServerResearch::everyMatterIsForResearchOnly()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString pool = cluster.address(ServerLocation::AllMatters);
    for (const QStringList &command : {QStringList{QStringLiteral("documents")}, QStringList{QStringLiteral("init")},
                                       QStringList{QStringLiteral("log"), QStringLiteral("--json")}}) {
        const CliRun run = cli(command + QStringList{QStringLiteral("--store"), pool});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QLatin1String("matter=* pools every matter for research")), qPrintable(run.err));
    }
    StoreError error;
    QVERIFY(!ServerStore::open(cluster.location(ServerLocation::AllMatters), &error));
    QCOMPARE(error.kind, StoreError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestServerResearch)
#include "tst_serverresearch.moc"
