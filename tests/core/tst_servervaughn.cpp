// Team mode (issue 18): Vaughn indexes, the audit, the agreements registry and the agreement check
// on a matter on a real PostgreSQL 15 server (the pg_cluster fixture). The same files go into a
// case file and a matter, and vaughns, vaughn, audit, agreements and check must print the same
// bytes for both; a reader may read but not import; a killed import leaves nothing; two imports
// of one index store it once; a save against an agreement changed since it was read is refused on
// both backends; the matter's listeners hear the new rows.
#include "../cli/CliRun.h"
#include "AuditFixture.h"
#include "PgTestCluster.h"
#include "VaughnFixture.h"
#include "agreements/AgreementsReader.h"
#include "store/AgreementRegistry.h"
#include "store/CaseStore.h"
#include "store/PgConnection.h"
#include "store/ServerAgreementRegistry.h"
#include "store/ServerChangeFeed.h"
#include "store/ServerStore.h"
#include "store/ServerVaughnIndexes.h"
#include "vaughn/VaughnImport.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rebuttal;
using namespace rebuttal::test;

namespace {

QString source(const char *relative)
{
    return QStringLiteral(REBUTTAL_SOURCE_DIR "/") + QString::fromLatin1(relative);
}

// Entry 1 lists pages of the demo registry's withheld sections (document 2022-ICLI00010), so the
// check links its use_terms_withheld flags to it.
QByteArray agreementsIndexCsv()
{
    return QByteArray(
        "Entry,Document Identification,Withholding,Pages,Description,Exemptions,Justification\n"
        "1,2022-ICLI00010,Partial,3-5 10-12 17-18 23-27 31-33,Memoranda of cooperation,\"(b)(5), (b)(7)(E)\","
        "\"(b)(5): Deliberative. (b)(7)(E): Law enforcement techniques.\"\n"
        "2,2022-ICLI00099,Full,1-2,Cable,(b)(6),\n");
}

int countRows(PgConnection &connection, const QString &schema, const QString &table)
{
    PgStatement count(connection, QStringLiteral("SELECT count(*) FROM %1.%2").arg(schema, table));
    return count.exec() && count.next() ? count.value(0).toInt() : -1;
}

CliRun on(const QString &store, const QStringList &arguments)
{
    return cli(arguments + QStringList{QStringLiteral("--store"), store});
}

// The same read on both stores prints the same bytes (and something).
void compareReads(const QString &file, const QString &server, const QList<QStringList> &reads)
{
    for (const QStringList &read : reads) {
        const CliRun onFile = on(file, read);
        const CliRun onServer = on(server, read);
        QVERIFY2(onFile.exitCode == 0 && onServer.exitCode == 0, qPrintable(read.join(QLatin1Char(' ')) + onFile.err + onServer.err));
        QVERIFY2(onFile.out.size() > 20, qPrintable(read.join(QLatin1Char(' ')) + QString::fromUtf8(onFile.out)));
        if (onServer.out != onFile.out)
            qWarning().noquote() << read << "\nfile:\n" << onFile.out << "\nserver:\n" << onServer.out;
        QCOMPARE(onServer.out, onFile.out);
    }
}

} // namespace

class TestServerVaughn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_production, m_auditIndex, m_agreementsIndex;

private Q_SLOTS:
    void initTestCase();
    void vaughnAndAuditAlikeOnBothBackends();
    void agreementsAndCheckAlikeOnBothBackends();
    void readerMayReadButNotWrite();
    void killedClientMidVaughnImportLeavesNothing();
    void twoVaughnImportsAtOnceStoreItOnce();
    void killedClientMidAgreementsImportLeavesNothing();
    void changedAgreementIsRefused_data();
    void changedAgreementIsRefused();
    void listenersHearIndexesAndAgreements();
};

void TestServerVaughn::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_production = m_dir.filePath(QStringLiteral("audit.pdf"));
    writeAuditProduction(m_production);
    m_auditIndex = m_dir.filePath(QStringLiteral("audit-index.csv"));
    QVERIFY(writeText(m_auditIndex, auditIndexCsv()));
    m_agreementsIndex = m_dir.filePath(QStringLiteral("moc-index.csv"));
    QVERIFY(writeText(m_agreementsIndex, agreementsIndexCsv()));
}

void TestServerVaughn::vaughnAndAuditAlikeOnBothBackends()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString file = m_dir.filePath(QStringLiteral("vaughn.rebuttal"));
    const QString matter = freshName("vaughn");
    const QString server = cluster.address(matter);
    for (const QString &store : {file, server}) {
        CliRun run = on(store, {QStringLiteral("init")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = on(store, {QStringLiteral("import"), QStringLiteral("production"), m_production});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = on(store, {QStringLiteral("import"), QStringLiteral("vaughn"), m_auditIndex});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().value(QStringLiteral("index_id")).toInt(), 1);
        QCOMPARE(run.json().value(QStringLiteral("entries")).toInt(), 3);
        run = on(store, {QStringLiteral("import"), QStringLiteral("vaughn"), m_agreementsIndex});
        QVERIFY2(run.exitCode == 0 && run.json().value(QStringLiteral("index_id")).toInt() == 2, qPrintable(run.err));
        // The same file again stores nothing: its SHA-256 is there.
        run = on(store, {QStringLiteral("import"), QStringLiteral("vaughn"), m_auditIndex});
        QVERIFY2(run.exitCode == 0 && run.err.contains(QLatin1String("already")), qPrintable(run.err));
        QCOMPARE(run.json().value(QStringLiteral("index_id")).toInt(), 1);
        QCOMPARE(run.json().value(QStringLiteral("entries")).toInt(), 3);
    }
    compareReads(file, server,
                 {{QStringLiteral("vaughns")}, {QStringLiteral("vaughns"), QStringLiteral("--json")},
                  {QStringLiteral("vaughn"), QStringLiteral("1")}, {QStringLiteral("vaughn"), QStringLiteral("1"), QStringLiteral("--json")},
                  {QStringLiteral("vaughn"), QStringLiteral("2"), QStringLiteral("--json")},
                  {QStringLiteral("audit")}, {QStringLiteral("audit"), QStringLiteral("--json")}});

    // What the audit found on the server is the fixture's planted defects, not merely the same nothing.
    QSet<QString> kinds;
    for (const QJsonValue &finding : on(server, {QStringLiteral("audit"), QStringLiteral("--json")})
                                         .json().value(QStringLiteral("findings")).toArray())
        kinds << finding.toObject().value(QStringLiteral("kind")).toString();
    for (const char *kind : {"stamped_not_claimed", "withheld_page_missing", "listed_page_unredacted", "bad_redaction",
                             "missing_justification", "boilerplate_justification"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
    const QJsonArray entries = on(server, {QStringLiteral("vaughn"), QStringLiteral("2"), QStringLiteral("--json")})
                                   .json().value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("pages")).toArray().size(), 16);
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("withholding")).toString(), QStringLiteral("full"));

    // No such index: exit 3 on both.
    QCOMPARE(on(server, {QStringLiteral("vaughn"), QStringLiteral("9")}).exitCode, 3);
    // The log records the imports, alike, under the server's login; the bytes are the file's.
    const QJsonArray activity = on(server, {QStringLiteral("log"), QStringLiteral("--json")}).json().value(QStringLiteral("activity")).toArray();
    QCOMPARE(activity.size(), 4);
    QCOMPARE(activity.at(2).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("import.vaughn"));
    QCOMPARE(activity.at(2).toObject().value(QStringLiteral("user")).toString(), cluster.superuser);
    const QJsonArray fileActivity = on(file, {QStringLiteral("log"), QStringLiteral("--json")}).json().value(QStringLiteral("activity")).toArray();
    QCOMPARE(activity.at(2).toObject().value(QStringLiteral("detail")), fileActivity.at(2).toObject().value(QStringLiteral("detail")));
    std::unique_ptr<PgConnection> admin = adminConnection(cluster);
    QVERIFY(admin);
    PgStatement bytes(*admin, QStringLiteral("SELECT encode(sha256(bytes), 'hex') = sha256 AND length(bytes) = size FROM matter_%1.vaughn_indexes").arg(matter));
    QVERIFY(bytes.exec());
    int checked = 0;
    while (bytes.next()) {
        QCOMPARE(bytes.value(0).toString(), QStringLiteral("t"));
        ++checked;
    }
    QCOMPARE(checked, 2);
}

void TestServerVaughn::agreementsAndCheckAlikeOnBothBackends()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString file = m_dir.filePath(QStringLiteral("agreements.rebuttal"));
    const QString server = cluster.address(freshName("agree"));
    const QString demo = source("resources/demo/agreements.json");
    for (const QString &store : {file, server}) {
        QCOMPARE(on(store, {QStringLiteral("init")}).exitCode, 0);
        CliRun run = on(store, {QStringLiteral("import"), QStringLiteral("cases"), source("resources/demo/cases.json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = on(store, {QStringLiteral("import"), QStringLiteral("vaughn"), m_agreementsIndex});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Imported twice: the second updates by ref and adds nothing.
        for (int twice = 0; twice < 2; ++twice) {
            run = on(store, {QStringLiteral("import"), QStringLiteral("agreements"), demo});
            QVERIFY2(run.exitCode == 0 && run.json().value(QStringLiteral("agreements")).toInt() == 5, qPrintable(run.err));
        }
    }
    compareReads(file, server,
                 {{QStringLiteral("agreements")}, {QStringLiteral("agreements"), QStringLiteral("--json")},
                  {QStringLiteral("check"), QStringLiteral("--as-of"), QStringLiteral("2025-06-30")},
                  {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--as-of"), QStringLiteral("2025-06-30")},
                  {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--client"), QStringLiteral("C-001"),
                   QStringLiteral("--as-of"), QStringLiteral("2025-06-30")},
                  {QStringLiteral("requests"), QStringLiteral("--as-of"), QStringLiteral("2025-06-30")}});
    // The registry reads back as imported, and the check links a withheld section to the index.
    const CliRun listed = on(server, {QStringLiteral("agreements"), QStringLiteral("--json")});
    QFile demoFile(demo);
    QVERIFY(demoFile.open(QIODevice::ReadOnly));
    QCOMPARE(listed.json().value(QStringLiteral("agreements")),
             QJsonDocument::fromJson(demoFile.readAll()).object().value(QStringLiteral("agreements")));
    const QByteArray check = on(server, {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--as-of"),
                                         QStringLiteral("2025-06-30")}).out;
    QVERIFY2(check.contains("\"index_id\": 1"), check.constData());
    // A client the matter does not have: exit 3, as on a file.
    QCOMPARE(on(server, {QStringLiteral("check"), QStringLiteral("--client"), QStringLiteral("NOBODY")}).exitCode, 3);
    QCOMPARE(on(file, {QStringLiteral("check"), QStringLiteral("--client"), QStringLiteral("NOBODY")}).exitCode, 3);

    // Exported from either store, the registry and the records are the same bytes, and the
    // server's log records each export.
    for (const QString &kind : {QStringLiteral("agreements"), QStringLiteral("cases")}) {
        QByteArray written[2];
        for (int i = 0; i < 2; ++i) {
            const QString out = m_dir.filePath(QStringLiteral("%1-%2.json").arg(kind).arg(i));
            const CliRun run = on(i == 0 ? file : server, {QStringLiteral("export"), kind, QStringLiteral("--out"), out});
            QVERIFY2(run.exitCode == 0, qPrintable(kind + run.err));
            QFile exported(out);
            QVERIFY(exported.open(QIODevice::ReadOnly));
            written[i] = exported.readAll();
        }
        QVERIFY(written[0].size() > 200);
        QCOMPARE(written[1], written[0]);
    }
    const QByteArray log = on(server, {QStringLiteral("log"), QStringLiteral("--json")}).out;
    QVERIFY2(log.contains("\"export.agreements\"") && log.contains("\"export.cases\""), log.constData());
}

void TestServerVaughn::readerMayReadButNotWrite()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString matter = freshName("vreaders");
    const QString schema = QStringLiteral("matter_") + matter;
    const QString address = cluster.address(matter);
    QCOMPARE(on(address, {QStringLiteral("init")}).exitCode, 0);
    QCOMPARE(on(address, {QStringLiteral("import"), QStringLiteral("vaughn"), m_auditIndex}).exitCode, 0);
    QCOMPARE(on(address, {QStringLiteral("import"), QStringLiteral("agreements"), source("resources/demo/agreements.json")}).exitCode, 0);
    const QString reader = freshName("vera");
    std::unique_ptr<PgConnection> admin = adminConnection(cluster);
    QVERIFY(admin && !admin->exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(reader)).isError());
    QCOMPARE(on(address, {QStringLiteral("grant"), QStringLiteral("reader"), reader}).exitCode, 0);
    const QString asReader = cluster.address(matter, reader);

    for (const QStringList &read : QList<QStringList>{{QStringLiteral("vaughns"), QStringLiteral("--json")},
                                                      {QStringLiteral("vaughn"), QStringLiteral("1"), QStringLiteral("--json")},
                                                      {QStringLiteral("audit"), QStringLiteral("--json")},
                                                      {QStringLiteral("agreements"), QStringLiteral("--json")},
                                                      {QStringLiteral("check"), QStringLiteral("--json")}}) {
        const CliRun run = on(asReader, read);
        QVERIFY2(run.exitCode == 0, qPrintable(read.join(QLatin1Char(' ')) + run.err));
        QCOMPARE(run.out, on(address, read).out);
    }
    // The server refuses the reader's writes; the matter stays as it was.
    CliRun run = on(asReader, {QStringLiteral("import"), QStringLiteral("vaughn"), m_agreementsIndex});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QLatin1String("refused")), qPrintable(run.err));
    run = on(asReader, {QStringLiteral("import"), QStringLiteral("agreements"), source("resources/demo/agreements.json")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QLatin1String("refused")), qPrintable(run.err));
    StoreError error;
    std::unique_ptr<ServerStore> readerStore = ServerStore::open(cluster.location(matter, reader), &error);
    QVERIFY2(readerStore, qPrintable(error.message));
    ServerAgreementRegistry registry(*readerStore);
    QList<Agreement> agreements = registry.agreements(&error);
    QCOMPARE(agreements.size(), 5);
    agreements.removeLast();
    error = registry.replaceAll(agreements, QStringLiteral("edit.agreement"), ActivityDetail("t"));
    QCOMPARE(error.kind, StoreError::Kind::Denied);
    QCOMPARE(countRows(*admin, schema, QStringLiteral("vaughn_indexes")), 1);
    QCOMPARE(countRows(*admin, schema, QStringLiteral("vaughn_entries")), 3);
    QCOMPARE(countRows(*admin, schema, QStringLiteral("agreements")), 5);
    PgStatement versions(*admin, QStringLiteral("SELECT max(version) FROM %1.agreements").arg(schema));
    QVERIFY(versions.exec() && versions.next());
    QCOMPARE(versions.value(0).toInt(), 1);
}

void TestServerVaughn::killedClientMidVaughnImportLeavesNothing()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString matter = freshName("killedvaughn");
    const QString schema = QStringLiteral("matter_") + matter;
    const QString address = cluster.address(matter);
    QCOMPARE(on(address, {QStringLiteral("init")}).exitCode, 0);
    // The import stores the file and the entries, then waits for the reasons' table, mid-transaction.
    const QString waitedIn = killedWhileWaitingOn(cluster, matter, QStringLiteral("vaughn_justifications"),
                                                  {QStringLiteral("import"), QStringLiteral("vaughn"), m_auditIndex,
                                                   QStringLiteral("--store"), address});
    QVERIFY2(waitedIn.contains(QLatin1String("INSERT INTO vaughn_justifications")), qPrintable(waitedIn));
    std::unique_ptr<PgConnection> monitor = adminConnection(cluster);
    QVERIFY(monitor);
    for (const char *table : {"vaughn_indexes", "vaughn_entries", "vaughn_entry_pages", "vaughn_entry_exemptions"})
        QCOMPARE(countRows(*monitor, schema, QLatin1String(table)), 0);
    QCOMPARE(countRows(*monitor, schema, QStringLiteral("activity_log")), 1);
    const CliRun run = on(address, {QStringLiteral("import"), QStringLiteral("vaughn"), m_auditIndex});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(countRows(*monitor, schema, QStringLiteral("vaughn_indexes")), 1);
    QCOMPARE(countRows(*monitor, schema, QStringLiteral("vaughn_entries")), 3);
}

void TestServerVaughn::twoVaughnImportsAtOnceStoreItOnce()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString matter = freshName("vtwice");
    const QString schema = QStringLiteral("matter_") + matter;
    const QString address = cluster.address(matter);
    QCOMPARE(on(address, {QStringLiteral("init")}).exitCode, 0);
    // The admin holds the entries' table until both imports wait: the first to add its entries,
    // the second to add the same SHA-256 (the first has not committed it yet).
    const QList<ConcurrentRun> runs = runTwiceAtOnce(cluster, matter, QStringLiteral("vaughn_entries"),
                                                     {QStringLiteral("import"), QStringLiteral("vaughn"), m_auditIndex,
                                                      QStringLiteral("--store"), address});
    QCOMPARE(runs.size(), 2);
    QString said;
    for (const ConcurrentRun &import : runs) {
        said += import.err;
        QVERIFY2(import.exitCode == 0, qPrintable(said));
        QVERIFY(import.out.contains("\"index_id\": 1"));
    }
    QVERIFY2(said.count(QLatin1String("already")) == 1, qPrintable(said));
    std::unique_ptr<PgConnection> monitor = adminConnection(cluster);
    QVERIFY(monitor);
    QCOMPARE(countRows(*monitor, schema, QStringLiteral("vaughn_indexes")), 1);
    QCOMPARE(countRows(*monitor, schema, QStringLiteral("vaughn_entries")), 3);
}

void TestServerVaughn::killedClientMidAgreementsImportLeavesNothing()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString matter = freshName("killedagree");
    const QString schema = QStringLiteral("matter_") + matter;
    const QString address = cluster.address(matter);
    QCOMPARE(on(address, {QStringLiteral("init")}).exitCode, 0);
    // The import writes every agreement, then waits to log itself, mid-transaction.
    const QString waitedIn = killedWhileWaitingOn(cluster, matter, QStringLiteral("activity_log"),
                                                  {QStringLiteral("import"), QStringLiteral("agreements"),
                                                   source("resources/demo/agreements.json"), QStringLiteral("--store"), address});
    QVERIFY2(waitedIn.contains(QLatin1String("INSERT INTO activity_log")), qPrintable(waitedIn));
    std::unique_ptr<PgConnection> monitor = adminConnection(cluster);
    QVERIFY(monitor);
    QCOMPARE(countRows(*monitor, schema, QStringLiteral("agreements")), 0);
    QCOMPARE(countRows(*monitor, schema, QStringLiteral("activity_log")), 1);
    const CliRun run = on(address, {QStringLiteral("import"), QStringLiteral("agreements"), source("resources/demo/agreements.json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(countRows(*monitor, schema, QStringLiteral("agreements")), 5);
}

void TestServerVaughn::changedAgreementIsRefused_data()
{
    QTest::addColumn<bool>("server");
    QTest::newRow("case file") << false;
    QTest::newRow("server") << true;
}

void TestServerVaughn::changedAgreementIsRefused()
{
    QFETCH(bool, server);
    std::optional<PgTestCluster> found = runningCluster();
    if (server && !found) {
        REQUIRE_PG_CLUSTER(cluster);
        Q_UNUSED(cluster);
    }
    // Two editors, each with a store of their own on the same case file or matter.
    std::unique_ptr<CaseStore> fileA, fileB;
    std::unique_ptr<ServerStore> serverA, serverB;
    std::unique_ptr<AgreementStore> a, b;
    StoreError error;
    QString login;
    if (server) {
        const QString matter = freshName("conflict");
        serverA = ServerStore::create(found->location(matter), &error);
        QVERIFY2(serverA, qPrintable(error.message));
        serverB = ServerStore::open(found->location(matter), &error);
        QVERIFY2(serverB, qPrintable(error.message));
        a = std::make_unique<ServerAgreementRegistry>(*serverA);
        b = std::make_unique<ServerAgreementRegistry>(*serverB);
        login = found->superuser;
    } else {
        const QString path = m_dir.filePath(freshName("conflict") + QStringLiteral(".rebuttal"));
        fileA = CaseStore::create(path, &error);
        QVERIFY2(fileA, qPrintable(error.message));
        fileB = CaseStore::open(path, &error);
        QVERIFY2(fileB, qPrintable(error.message));
        a = std::make_unique<AgreementRegistry>(*fileA);
        b = std::make_unique<AgreementRegistry>(*fileB);
        login = ActivityLog::currentUser();
    }
    AgreementsReader reader;
    const std::optional<QList<Agreement>> demo = reader.readFile(source("resources/demo/agreements.json"), {});
    QVERIFY2(demo, qPrintable(reader.errorString()));
    QVERIFY(!a->importAgreements(*demo, QStringLiteral("agreements.json")).isError());

    // Both read the registry; A edits the first agreement and saves.
    QHash<QString, RowStamp> stampsA, stampsB;
    QList<Agreement> readA = a->agreements(&error, &stampsA);
    QList<Agreement> readB = b->agreements(&error, &stampsB);
    QCOMPARE(readA.size(), 5);
    QCOMPARE(stampsB.value(readB.first().ref).version, 1);
    const auto versionsOf = [](const QHash<QString, RowStamp> &stamps) {
        QHash<QString, qint64> versions;
        for (auto it = stamps.cbegin(); it != stamps.cend(); ++it)
            versions.insert(it.key(), it.value().version);
        return versions;
    };
    const QHash<QString, qint64> versionsA = versionsOf(stampsA), versionsB = versionsOf(stampsB);
    readA.first().notes = QStringLiteral("A's note");
    error = a->replaceAll(readA, QStringLiteral("edit.agreement"), ActivityDetail("t"), &versionsA);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QHash<QString, RowStamp> after;
    QCOMPARE(a->agreements(&error, &after).first().notes, QStringLiteral("A's note"));
    QCOMPARE(after.value(readA.first().ref).version, 2);
    QCOMPARE(after.value(readA.first().ref).changedBy, login);
    QCOMPARE(after.value(readA.at(1).ref).version, 1); // the others untouched

    // B saves its own edit of the same agreement, read before A's save: refused, nothing written.
    readB.first().notes = QStringLiteral("B's note");
    error = b->replaceAll(readB, QStringLiteral("edit.agreement"), ActivityDetail("t"), &versionsB);
    QCOMPARE(error.kind, StoreError::Kind::Conflict);
    QVERIFY2(error.message.contains(readB.first().ref) && error.message.contains(QStringLiteral("changed by %1 at").arg(login)),
             qPrintable(error.message));
    QCOMPARE(b->agreements(&error).first().notes, QStringLiteral("A's note"));
    // B deleting it is refused the same way; so is B's edit of one A has deleted since.
    QList<Agreement> withoutFirst = readB.mid(1);
    QCOMPARE(b->replaceAll(withoutFirst, QStringLiteral("delete.agreement"), ActivityDetail("t"), &versionsB).kind,
             StoreError::Kind::Conflict);
    QHash<QString, RowStamp> fresh;
    QList<Agreement> reread = a->agreements(&error, &fresh);
    const QHash<QString, qint64> versionsNow = versionsOf(fresh);
    QVERIFY(!a->replaceAll(reread.mid(0, 4), QStringLiteral("delete.agreement"), ActivityDetail("t"), &versionsNow).isError());
    QList<Agreement> lateEdit = reread;
    lateEdit.last().notes = QStringLiteral("too late");
    error = b->replaceAll(lateEdit, QStringLiteral("edit.agreement"), ActivityDetail("t"), &versionsNow);
    QCOMPARE(error.kind, StoreError::Kind::Conflict);
    QVERIFY2(error.message.contains(QLatin1String("deleted")), qPrintable(error.message));
    // Reloaded, B's edit goes through; the registry kept its order.
    fresh.clear();
    reread = b->agreements(&error, &fresh);
    QCOMPARE(reread.size(), 4);
    reread[1].notes = QStringLiteral("B's note");
    const QHash<QString, qint64> reloaded = versionsOf(fresh);
    error = b->replaceAll(reread, QStringLiteral("edit.agreement"), ActivityDetail("t"), &reloaded);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    const QList<Agreement> final = a->agreements(&error);
    QCOMPARE(final.size(), 4);
    QCOMPARE(final.at(0).notes, QStringLiteral("A's note"));
    QCOMPARE(final.at(1).notes, QStringLiteral("B's note"));
    QCOMPARE(final.at(1).ref, demo->at(1).ref);
}

void TestServerVaughn::listenersHearIndexesAndAgreements()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString matter = freshName("vfeed");
    StoreError error;
    std::unique_ptr<ServerStore> store = ServerStore::create(cluster.location(matter), &error);
    QVERIFY2(store, qPrintable(error.message));
    std::unique_ptr<ServerChangeFeed> feed = ServerChangeFeed::open(cluster.location(matter), &error);
    QVERIFY2(feed, qPrintable(error.message));
    QSignalSpy heard(feed.get(), &ServerChangeFeed::changed);
    ServerVaughnIndexes indexes(*store);
    const VaughnImport::Result imported = VaughnImport(indexes).run(m_auditIndex);
    QVERIFY2(imported.outcome == VaughnImport::Outcome::Imported, qPrintable(imported.message));
    AgreementsReader reader;
    const std::optional<QList<Agreement>> demo = reader.readFile(source("resources/demo/agreements.json"), {});
    QVERIFY(demo);
    QVERIFY(!ServerAgreementRegistry(*store).importAgreements(*demo, QStringLiteral("agreements.json")).isError());
    QList<ServerChange> changes;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        for (const QList<QVariant> &signal : std::as_const(heard))
            changes += signal.at(0).value<QList<ServerChange>>();
        heard.clear();
        return changes.size() >= 6;
    }(), 10000);
    QCOMPARE(changes.size(), 6);
    QCOMPARE(changes.first().table, QStringLiteral("vaughn_indexes"));
    QCOMPARE(changes.first().id, imported.indexId);
    QCOMPARE(changes.first().operation, QStringLiteral("INSERT"));
    for (const ServerChange &change : changes.mid(1))
        QCOMPARE(change.table, QStringLiteral("agreements"));
}

QTEST_MAIN(TestServerVaughn)
#include "tst_servervaughn.moc"
