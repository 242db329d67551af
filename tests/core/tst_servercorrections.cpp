// Team mode (issue 18): corrections and re-detection on a matter on a real PostgreSQL 15 server
// (the pg_cluster fixture). The same corrections on a case file and on a matter, then `redetect`,
// must leave the same production on both; a box changed by a colleague since it was read is
// refused with "changed by USER at TIME"; a reader may correct nothing; a re-detection killed
// mid-run leaves the production as it was. A person's correction is announced on the matter's
// channel (schema 8), a matter upgraded to it included; the detector's rows are not.
#include "../cli/CliRun.h"
#include "PgTestCluster.h"
#include "ProductionFixture.h"
#include "domain/ExemptionLabel.h"
#include "store/CaseStore.h"
#include "store/DocumentCatalog.h"
#include "store/PgConnection.h"
#include "store/ProductionCorrections.h"
#include "store/ServerDocumentCatalog.h"
#include "store/ServerChangeFeed.h"
#include "store/ServerProductionCorrections.h"
#include "store/ServerSchema.h"
#include "store/ServerStore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rebuttal;
using namespace rebuttal::test;

namespace {

// The same corrections on either store, boxes found by their place on the page: the first box of
// page 1 deleted, the second recoded, a box drawn on page 4, page 2 marked withheld.
void correct(CorrectionWriter &corrections, const DocumentReader &catalog)
{
    StoreError error;
    const QList<ProductionPage> pages = catalog.pages(1, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QVERIFY(pages.size() == 7 && pages.at(0).redactions.size() >= 2);
    const qint64 first = pages.at(0).redactions.at(0).id;
    const qint64 second = pages.at(0).redactions.at(1).id;
    QVERIFY2(!(error = corrections.removeBox(first)).isError(), qPrintable(error.message));
    const std::optional<RowStamp> read = corrections.boxStamp(second, &error);
    QVERIFY(read && !error.isError());
    QStringList previous;
    QVERIFY2(!(error = corrections.setCodes(second, {QStringLiteral("b5")}, &previous, read->version)).isError(), qPrintable(error.message));
    QVERIFY(!previous.isEmpty());
    QVERIFY(corrections.addBox(1, 4, QRectF(0.1, 0.5, 0.3, 0.04), {QStringLiteral("(b)(6)")}, &error) > 0);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QVERIFY2(!(error = corrections.setWithheld(1, 2, true)).isError(), qPrintable(error.message));

    // What the Documents page reads of a large production agrees with the whole read: a range of
    // pages, and the count of the boxes behind the legend and the filter.
    const QList<ProductionPage> corrected = catalog.pages(1, &error);
    const QList<ProductionPage> range = catalog.pageRange(1, 2, 4, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(range.size(), 3);
    BoxTally expected;
    QStringList codes;
    for (const ProductionPage &page : corrected) {
        codes << page.exemptions();
        for (const Redaction &box : page.redactions) {
            expected.unlabeled += box.exemptions.isEmpty();
            expected.readable += !box.textUnderBox.isEmpty();
            for (const QString &code : box.exemptions)
                ++expected.boxesByCode[code];
        }
        if (page.number >= 2 && page.number <= 4) {
            const ProductionPage &read = range.at(page.number - 2);
            QCOMPARE(read.number, page.number);
            QCOMPARE(read.withheldInFull, page.withheldInFull);
            QCOMPARE(read.redactions.size(), page.redactions.size());
            QCOMPARE(read.exemptions(), page.exemptions());
        }
    }
    const BoxTally tally = catalog.boxTally(1, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(tally.boxesByCode, expected.boxesByCode);
    QCOMPARE(tally.unlabeled, expected.unlabeled);
    QCOMPARE(tally.readable, expected.readable);
    QCOMPARE(tally.codes, ExemptionLabel::normalized(codes));
    QVERIFY(tally.boxesByCode.value(QStringLiteral("(b)(6)")) > 0);
}

int countRows(PgConnection &connection, const QString &schema, const QString &table, const QString &where = {})
{
    PgStatement count(connection, QStringLiteral("SELECT count(*) FROM %1.%2 %3").arg(schema, table, where));
    return count.exec() && count.next() ? count.value(0).toInt() : -1;
}

} // namespace

class TestServerCorrections : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_standard;

    // A new matter with the standard production, as document 1; empty after a warning.
    QString matterWithProduction(const PgTestCluster &cluster, const char *prefix) const
    {
        const QString matter = freshName(prefix);
        const QString address = cluster.address(matter);
        CliRun run = cli({QStringLiteral("init"), QStringLiteral("--store"), address});
        if (run.exitCode == 0)
            run = cli({QStringLiteral("import"), QStringLiteral("production"), m_standard, QStringLiteral("--store"), address});
        if (run.exitCode != 0) {
            qWarning() << run.err;
            return {};
        }
        return matter;
    }

private Q_SLOTS:
    void initTestCase();
    void correctedAndRedetectedAlikeOnBothBackends();
    void staleBoxIsRefused();
    void readerMayNotCorrect();
    void killedRedetectionLeavesTheProduction();
    void correctionsAreAnnouncedToTheOtherUsers();
};

void TestServerCorrections::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_standard = m_dir.filePath(QStringLiteral("standard.pdf"));
    QCOMPARE(writeStandardProduction(m_standard).size(), 7);
}

void TestServerCorrections::correctedAndRedetectedAlikeOnBothBackends()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString file = m_dir.filePath(QStringLiteral("alike.rebuttal"));
    CliRun run = cli({QStringLiteral("init"), QStringLiteral("--store"), file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({QStringLiteral("import"), QStringLiteral("production"), m_standard, QStringLiteral("--store"), file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString matter = matterWithProduction(cluster, "corrected");
    QVERIFY(!matter.isEmpty());
    const QString server = cluster.address(matter);
    const CliRun detected = cli({QStringLiteral("document"), QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("--store"), server});

    StoreError error;
    {
        std::unique_ptr<CaseStore> store = CaseStore::open(file, &error);
        QVERIFY2(store, qPrintable(error.message));
        ProductionCorrections corrections(*store);
        correct(corrections, DocumentCatalog(*store));
        if (QTest::currentTestFailed())
            return;
    }
    {
        std::unique_ptr<ServerStore> store = ServerStore::open(cluster.location(matter), &error);
        QVERIFY2(store, qPrintable(error.message));
        ServerProductionCorrections corrections(*store);
        correct(corrections, ServerDocumentCatalog(*store));
        if (QTest::currentTestFailed())
            return;
    }
    const QStringList document{QStringLiteral("document"), QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("--store")};
    const CliRun correctedOnFile = cli(document + QStringList{file});
    const CliRun correctedOnServer = cli(document + QStringList{server});
    QCOMPARE(correctedOnServer.out, correctedOnFile.out);
    QVERIFY(correctedOnServer.out != detected.out);

    // Detection again keeps every correction, on both.
    for (const QString &store : {file, server}) {
        run = cli({QStringLiteral("redetect"), QStringLiteral("1"), QStringLiteral("--store"), store});
        QVERIFY2(run.exitCode == 0 && run.err.contains(QLatin1String("corrections were kept")), qPrintable(run.err));
    }
    const CliRun redetectedOnFile = cli(document + QStringList{file});
    const CliRun redetectedOnServer = cli(document + QStringList{server});
    QCOMPARE(redetectedOnServer.out, redetectedOnFile.out);
    QCOMPARE(redetectedOnServer.out, correctedOnServer.out);

    // The matter's log: five corrections and the run, under the login that made them.
    run = cli({QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--store"), server});
    const QJsonArray activity = run.json().value(QStringLiteral("activity")).toArray();
    QStringList actions;
    for (const QJsonValue &entry : activity)
        actions << entry.toObject().value(QStringLiteral("action")).toString();
    QCOMPARE(actions.mid(actions.size() - 5),
             (QStringList{QStringLiteral("edit.redaction.delete"), QStringLiteral("edit.redaction.codes"), QStringLiteral("edit.redaction.add"),
                          QStringLiteral("edit.page.withheld"), QStringLiteral("redetect.production")}));
    QCOMPARE(activity.last().toObject().value(QStringLiteral("user")).toString(), cluster.superuser);
}

void TestServerCorrections::staleBoxIsRefused()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString matter = matterWithProduction(cluster, "stalebox");
    QVERIFY(!matter.isEmpty());
    const QString schema = QStringLiteral("matter_") + matter;
    const QString alice = freshName("alice");
    const QString bob = freshName("bob");
    std::unique_ptr<PgConnection> admin = adminConnection(cluster);
    QVERIFY(admin);
    for (const QString &login : {alice, bob}) {
        QVERIFY(!admin->exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login)).isError());
        const CliRun run = cli({QStringLiteral("grant"), QStringLiteral("editor"), login, QStringLiteral("--store"), cluster.address(matter)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    StoreError error;
    std::unique_ptr<ServerStore> asAlice = ServerStore::open(cluster.location(matter, alice), &error);
    std::unique_ptr<ServerStore> asBob = ServerStore::open(cluster.location(matter, bob), &error);
    QVERIFY2(asAlice && asBob, qPrintable(error.message));
    ServerProductionCorrections aliceEdits(*asAlice);
    ServerProductionCorrections bobEdits(*asBob);
    const qint64 box = ServerDocumentCatalog(*asAlice).pages(1).at(0).redactions.at(0).id;

    // Both open the box at the same version; Alice recodes it first.
    const std::optional<RowStamp> aliceRead = aliceEdits.boxStamp(box);
    const std::optional<RowStamp> bobRead = bobEdits.boxStamp(box);
    QVERIFY(aliceRead && bobRead && aliceRead->version == bobRead->version);
    QVERIFY2(!(error = aliceEdits.setCodes(box, {QStringLiteral("(b)(3)")}, nullptr, aliceRead->version)).isError(), qPrintable(error.message));
    const std::optional<RowStamp> after = aliceEdits.boxStamp(box);
    QVERIFY(after && after->version == aliceRead->version + 1);
    QCOMPARE(after->changedBy, alice);

    // Bob's deletion, from the version he read, is refused and names Alice; the box stays.
    const int logged = countRows(*admin, schema, QStringLiteral("activity_log"));
    error = bobEdits.removeBox(box, bobRead->version);
    QCOMPARE(error.kind, StoreError::Kind::Conflict);
    QVERIFY2(error.message.contains(QStringLiteral("changed by %1 at").arg(alice)) && error.message.contains(QLatin1String("page 1")),
             qPrintable(error.message));
    QCOMPARE(countRows(*admin, schema, QStringLiteral("redactions"), QStringLiteral("WHERE rejected = 1")), 0);
    QCOMPARE(countRows(*admin, schema, QStringLiteral("activity_log")), logged);
    // Reloaded, his change goes through; a box gone since is refused as deleted.
    QVERIFY2(!(error = bobEdits.removeBox(box, bobEdits.boxStamp(box)->version)).isError(), qPrintable(error.message));
    QCOMPARE(countRows(*admin, schema, QStringLiteral("redactions"), QStringLiteral("WHERE rejected = 1")), 1);
    error = aliceEdits.restoreBox(box + 100000, 1);
    QCOMPARE(error.kind, StoreError::Kind::Conflict);
    QVERIFY2(error.message.contains(QLatin1String("deleted")), qPrintable(error.message));

    // The case file checks the same way (its rows carry versions too).
    const QString file = m_dir.filePath(QStringLiteral("stale.rebuttal"));
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--store"), file}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("production"), m_standard, QStringLiteral("--store"), file}).exitCode, 0);
    std::unique_ptr<CaseStore> store = CaseStore::open(file, &error);
    QVERIFY(store);
    ProductionCorrections fileEdits(*store);
    const qint64 fileBox = DocumentCatalog(*store).pages(1).at(0).redactions.at(0).id;
    const qint64 readVersion = fileEdits.boxStamp(fileBox)->version;
    QVERIFY(!fileEdits.setCodes(fileBox, {QStringLiteral("(b)(3)")}, nullptr, readVersion).isError());
    QCOMPARE(fileEdits.removeBox(fileBox, readVersion).kind, StoreError::Kind::Conflict);
}

void TestServerCorrections::readerMayNotCorrect()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString matter = matterWithProduction(cluster, "readcorr");
    QVERIFY(!matter.isEmpty());
    const QString schema = QStringLiteral("matter_") + matter;
    const QString reader = freshName("rosa");
    std::unique_ptr<PgConnection> admin = adminConnection(cluster);
    QVERIFY(admin && !admin->exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(reader)).isError());
    CliRun run = cli({QStringLiteral("grant"), QStringLiteral("reader"), reader, QStringLiteral("--store"), cluster.address(matter)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const int logged = countRows(*admin, schema, QStringLiteral("activity_log"));

    StoreError error;
    std::unique_ptr<ServerStore> store = ServerStore::open(cluster.location(matter, reader), &error);
    QVERIFY2(store, qPrintable(error.message));
    ServerProductionCorrections corrections(*store);
    const qint64 box = ServerDocumentCatalog(*store).pages(1).at(0).redactions.at(0).id;
    QCOMPARE(corrections.removeBox(box).kind, StoreError::Kind::Denied);
    QCOMPARE(corrections.setCodes(box, {QStringLiteral("(b)(3)")}, nullptr, corrections.boxStamp(box)->version).kind,
             StoreError::Kind::Denied);
    QCOMPARE(corrections.addBox(1, 4, QRectF(0.1, 0.1, 0.2, 0.2), {}, &error), 0);
    QCOMPARE(error.kind, StoreError::Kind::Denied);
    QCOMPARE(corrections.setWithheld(1, 2, true).kind, StoreError::Kind::Denied);
    run = cli({QStringLiteral("redetect"), QStringLiteral("1"), QStringLiteral("--store"), cluster.address(matter, reader)});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QLatin1String("refused")), qPrintable(run.err));
    QCOMPARE(countRows(*admin, schema, QStringLiteral("activity_log")), logged);
    QCOMPARE(countRows(*admin, schema, QStringLiteral("redactions"), QStringLiteral("WHERE origin = 'user' OR rejected = 1 OR codes_by_user = 1")), 0);
}

void TestServerCorrections::killedRedetectionLeavesTheProduction()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString matter = matterWithProduction(cluster, "killredet");
    QVERIFY(!matter.isEmpty());
    const QString schema = QStringLiteral("matter_") + matter;
    const QString address = cluster.address(matter);
    StoreError error;
    {
        std::unique_ptr<ServerStore> store = ServerStore::open(cluster.location(matter), &error);
        QVERIFY(store);
        QVERIFY(!ServerProductionCorrections(*store).setWithheld(1, 2, true).isError());
    }
    const QStringList document{QStringLiteral("document"), QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("--store"), address};
    const CliRun before = cli(document);
    std::unique_ptr<PgConnection> admin = adminConnection(cluster);
    QVERIFY(admin);
    const int logged = countRows(*admin, schema, QStringLiteral("activity_log"));

    // The run updates the first page it gets, then waits for the table of page codes,
    // mid-transaction, where it is killed.
    const QString waitedIn = killedWhileWaitingOn(cluster, matter, QStringLiteral("page_exemptions"),
                                                  {QStringLiteral("redetect"), QStringLiteral("1"), QStringLiteral("--store"), address});
    QVERIFY2(waitedIn.contains(QLatin1String("DELETE FROM page_exemptions")), qPrintable(waitedIn));
    QCOMPARE(cli(document).out, before.out);
    QCOMPARE(countRows(*admin, schema, QStringLiteral("activity_log")), logged);
    // Run again whole, it completes and keeps the page marked withheld.
    const CliRun run = cli({QStringLiteral("redetect"), QStringLiteral("1"), QStringLiteral("--store"), address});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(cli(document).out, before.out);
    QCOMPARE(countRows(*admin, schema, QStringLiteral("activity_log")), logged + 1);
}

// Two connections: one listens on the matter's channel as a colleague's window does, the other
// corrects. Each correction's commit is announced once, naming the production and the login; a
// refused (rolled back) correction and the detector's own rows (an import, a re-detection) are
// not. The matter was made at schema 7 and upgraded by `init`, as an existing one is.
void TestServerCorrections::correctionsAreAnnouncedToTheOtherUsers()
{
    REQUIRE_PG_CLUSTER(cluster);
    const ServerLocation location = cluster.location(freshName("corrfeed"));
    std::unique_ptr<PgConnection> admin = adminConnection(cluster);
    QVERIFY(admin);
    for (const QString &role : {location.readerRole(), location.editorRole()})
        QVERIFY(!admin->exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role)).isError());
    QVERIFY(!admin->exec(QStringLiteral("CREATE SCHEMA %1").arg(location.schemaName())).isError());
    const QList<ServerMigration> version7 = ServerSchema::migrations().mid(0, 7);
    QCOMPARE(version7.constLast().version, 7);
    StoreError error = ServerSchema::migrate(*admin, location.schemaName(), location.readerRole(), location.editorRole(), version7);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    const QString address = location.display();
    CliRun run = cli({QStringLiteral("init"), QStringLiteral("--store"), address});
    QVERIFY2(run.exitCode == 0 && run.err.contains(QLatin1String("Upgraded the matter")), qPrintable(run.err));
    QCOMPARE(ServerSchema::storedVersion(*admin, location.schemaName(), &error), 8);

    std::unique_ptr<ServerChangeFeed> feed = ServerChangeFeed::open(location, &error);
    QVERIFY2(feed, qPrintable(error.message));
    QList<ServerChange> corrections;
    QList<ServerChange> others;
    connect(feed.get(), &ServerChangeFeed::changed, this, [&](const QList<ServerChange> &changes) {
        for (const ServerChange &change : changes)
            (change.table == QLatin1String("corrections") ? corrections : others) << change;
    });
    run = cli({QStringLiteral("import"), QStringLiteral("production"), m_standard, QStringLiteral("--store"), address});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QTRY_VERIFY(!others.isEmpty()); // the import's documents row

    std::unique_ptr<ServerStore> colleague = ServerStore::open(location, &error);
    QVERIFY2(colleague, qPrintable(error.message));
    ServerProductionCorrections edits(*colleague);
    const QList<ProductionPage> pages = ServerDocumentCatalog(*colleague).pages(1, &error);
    QVERIFY(pages.size() == 7 && pages.at(0).redactions.size() >= 2);
    const qint64 first = pages.at(0).redactions.at(0).id;
    const qint64 second = pages.at(0).redactions.at(1).id;
    const qint64 stale = edits.boxStamp(second)->version;
    QVERIFY(!edits.removeBox(first).isError());
    QVERIFY(!edits.setCodes(second, {QStringLiteral("(b)(3)"), QStringLiteral("(b)(5)")}).isError());
    QCOMPARE(edits.removeBox(second, stale).kind, StoreError::Kind::Conflict); // rolled back: not announced
    QVERIFY(edits.addBox(1, 4, QRectF(0.1, 0.5, 0.3, 0.04), {QStringLiteral("(b)(6)")}, &error) > 0);
    QVERIFY(!edits.setWithheld(1, 2, true).isError());
    QTRY_COMPARE(corrections.size(), 4);
    // A re-detection rewrites every page and box the detector found, the user's withholding kept.
    run = cli({QStringLiteral("redetect"), QStringLiteral("1"), QStringLiteral("--store"), address});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!edits.restoreBox(first).isError()); // the last word: heard after whatever the run sent
    QTRY_COMPARE(corrections.size(), 5);
    for (const ServerChange &change : std::as_const(corrections)) {
        QCOMPARE(change.operation, QStringLiteral("UPDATE"));
        QCOMPARE(change.id, qint64(1));
        QCOMPARE(change.login, location.user);
        QCOMPARE(change.backendPid, colleague->connection().backendPid());
    }
    for (const ServerChange &change : std::as_const(others))
        QVERIFY2(change.table == QLatin1String("documents"), qPrintable(change.table));
}

QTEST_MAIN(TestServerCorrections)
#include "tst_servercorrections.moc"
