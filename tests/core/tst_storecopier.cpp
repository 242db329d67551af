// Moving a matter between stores (issue 18): StoreCopier and `rebuttal-cli copy` between case
// files and matters on a real PostgreSQL 15 server (the pg_cluster fixture). The stores compared
// here are read by the test's own SQL, table by table, not by the copier's hashes.
#include "../cli/CliRun.h"
#include "PgTestCluster.h"
#include "StoreFiles.h"
#include "agreements/AgreementsReader.h"
#include "cases/CaseRecordsReader.h"
#include "store/ActivityLog.h"
#include "store/AgreementRegistry.h"
#include "store/CaseStore.h"
#include "store/ClientRecords.h"
#include "store/PgConnection.h"
#include "store/ProductionWriter.h"
#include "store/ServerClientRecords.h"
#include "store/ServerStore.h"
#include "store/StoreCopier.h"
#include "store/VaughnIndexes.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace rebuttal;
using namespace rebuttal::test;

namespace {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

ProductionPage page(int number, const QString &text, const QStringList &codes)
{
    ProductionPage page;
    page.number = number;
    page.sizePt = QSizeF(612, 792);
    page.text = text;
    page.textSource = TextSource::Layer;
    page.bates = QStringLiteral("2023-ICFO-%1").arg(4116 + number, 6, 10, QLatin1Char('0'));
    page.pageExemptions = codes.mid(0, 1);
    Redaction box;
    box.box = QRectF(0.125, 0.3, 0.25, 0.02 * number);
    box.exemptions = codes;
    box.label = codes.join(QLatin1Char(' '));
    box.textUnderBox = number == 2 ? QStringLiteral("still readable") : QString();
    page.redactions << box;
    return page;
}

// A case file with everything a matter holds: a production of 2.5 MB (three chunks), a Vaughn
// index, the demo clients (with spells), the demo agreements, and their log entries.
bool writeFullStore(const QString &path, const QString &pdfPath, qsizetype pdfBytes = 2'500'000)
{
    QList<quint32> random((pdfBytes + 3) / 4);
    QRandomGenerator::global()->fillRange(random.data(), random.size());
    const QByteArray pdf(reinterpret_cast<const char *>(random.constData()), pdfBytes);
    writeBytes(pdfPath, pdf);
    StoreError error;
    std::unique_ptr<CaseStore> store = CaseStore::create(path, &error);
    if (!store)
        return false;
    ProductionWriter writer(*store);
    bool ok = !writer.begin(pdfPath, sha256Hex(pdf)).isError();
    ok = ok && !writer.addPage(page(1, QStringLiteral("The detention officer interviewed the respondent"), {QStringLiteral("(b)(6)")})).isError();
    ok = ok && !writer.addPage(page(2, QStringLiteral("Gang database entry, entrevista"), {QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")})).isError();
    ok = ok && !writer.addPage(page(3, QStringLiteral("Withheld"), {QStringLiteral("(b)(5)")})).isError();
    ok = ok && !writer.commit(3).isError();
    VaughnEntry entry;
    entry.number = 1;
    entry.documentId = QStringLiteral("2023-ICFO-004117");
    entry.withholding = Withholding::Partial;
    entry.pagesAsWritten = QStringLiteral("1-2");
    entry.pages = {1, 2};
    entry.description = QStringLiteral("Interview notes");
    entry.exemptions = {QStringLiteral("(b)(6)")};
    entry.justifications.insert(QStringLiteral("(b)(6)"), QStringLiteral("Privacy of third parties"));
    const QByteArray index = QByteArrayLiteral("entry,document\n1,2023-ICFO-004117\n");
    qint64 indexId = 0;
    ok = ok && !VaughnIndexes(*store).add(QStringLiteral("index.csv"), sha256Hex(index), index, {entry}, &indexId).isError();
    CaseRecordsReader cases;
    const std::optional<CaseRecords> records = cases.readFile(QStringLiteral(REBUTTAL_SOURCE_DIR "/resources/demo/cases.json"));
    ok = ok && records && !ClientRecords(*store).importRecords(*records, ActivityDetail("cases.json")).isError();
    AgreementsReader agreements;
    const auto registry = agreements.readFile(QStringLiteral(REBUTTAL_SOURCE_DIR "/resources/demo/agreements.json"));
    ok = ok && registry && !AgreementRegistry(*store).importAgreements(*registry, QStringLiteral("agreements.json")).isError();
    ok = ok && execRaw(path, "INSERT INTO audit_findings (index_id, kind, entry_no, detail) SELECT id, 'missing_justification', 1, 'x' FROM vaughn_indexes");
    return ok;
}

// Every table of a case file (FTS5's own tables left out) as text rows in key order; a stored
// file as its SHA-256.
QMap<QString, QStringList> fileTables(const QString &path)
{
    QMap<QString, QStringList> result;
    StoreError error;
    std::unique_ptr<CaseStore> store = CaseStore::openReadOnly(path, &error);
    if (!store)
        return result;
    QSqlQuery tables(store->database());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'page_search%'"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(store->database());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QStringList lines;
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i) {
                const QVariant value = rows.value(i);
                values << (value.typeId() == QMetaType::QByteArray ? sha256Hex(value.toByteArray())
                           : value.isNull()                      ? QStringLiteral("NULL")
                                                                 : value.toString());
            }
            lines << values.join(QLatin1Char('|'));
        }
        lines.sort();
        result.insert(table, lines);
    }
    return result;
}

QList<ActivityEntry> fileLog(const QString &path)
{
    StoreError error;
    std::unique_ptr<CaseStore> store = CaseStore::openReadOnly(path, &error);
    return store ? store->activity().entries() : QList<ActivityEntry>();
}

StoreAddress fileAddress(const QString &path)
{
    return StoreAddress{path, std::nullopt};
}

StoreAddress serverAddress(const ServerLocation &location)
{
    return StoreAddress{{}, location};
}

// Backends other than the asking one whose last statement mentions `text`.
int backendsRunning(PgConnection &connection, const QString &text)
{
    PgStatement running(connection, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid()"
                                                   " AND position($1 IN query) > 0"));
    running.bind(text);
    return running.exec() && running.next() ? running.value(0).toInt() : -1;
}

bool schemaExists(const PgTestCluster &cluster, const QString &matter)
{
    StoreError error;
    auto connection = PgConnection::open(cluster.location(QStringLiteral("admin")), &error);
    PgStatement exists(*connection, QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = $1"));
    exists.bind(cluster.location(matter).schemaName());
    return !exists.exec() || exists.next();
}

} // namespace

class TestStoreCopier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A copy of the full source named `name`, changed behind the store's back by `sql`; empty on failure.
    QString alteredSource(const QString &name, const char *sql) const
    {
        const QString altered = path(name);
        return QFile::copy(m_source, altered) && execRaw(altered, sql) ? altered : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_source = path(QStringLiteral("source.rebuttal"));
        QVERIFY(writeFullStore(m_source, path(QStringLiteral("release.pdf"))));
    }

    void fileToFileCopiesEveryTable()
    {
        const QString copy = path(QStringLiteral("copy.rebuttal"));
        const QMap<QString, QStringList> before = fileTables(m_source);
        const QList<ActivityEntry> logBefore = fileLog(m_source);
        qint64 lastDone = 0;
        qint64 lastTotal = 0;
        StoreCopier copier(fileAddress(m_source), fileAddress(copy));
        copier.setProgress([&](qint64 done, qint64 total) {
            QVERIFY(done > lastDone && done <= total);
            lastDone = done;
            lastTotal = total;
        });
        const CopyReport report = copier.run();
        QCOMPARE(report.outcome, CopyReport::Outcome::Copied);
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(report.bytes, 2'500'000 + QByteArrayLiteral("entry,document\n1,2023-ICFO-004117\n").size());
        QCOMPARE(report.digest.size(), 64);

        const QMap<QString, QStringList> after = fileTables(copy);
        QCOMPARE(after.keys(), before.keys());
        for (const QString &table : before.keys()) {
            if (table != QLatin1String("activity_log"))
                QVERIFY2(after.value(table) == before.value(table), qPrintable(table));
            else
                QCOMPARE(after.value(table).mid(0, before.value(table).size()), before.value(table));
        }
        QVERIFY(before.value(QStringLiteral("spells")).size() > 0);
        QCOMPARE(before.value(QStringLiteral("document_files")).size(), 1);
        // The log: every entry as it was, then the copy, by this account, naming no file.
        const QList<ActivityEntry> logAfter = fileLog(copy);
        QCOMPARE(logAfter.size(), logBefore.size() + 1);
        QCOMPARE(logAfter.last().action, QStringLiteral("store.copy"));
        QCOMPARE(logAfter.last().user, ActivityLog::currentUser());
        QVERIFY(ActivityDetail::english(logAfter.last().detail).contains(report.digest));
        QVERIFY(!logAfter.last().detail.contains(QStringLiteral("source.rebuttal")));
        // The source's log records the copy too.
        QCOMPARE(fileLog(m_source).size(), logBefore.size() + 1);
        QCOMPARE(fileLog(m_source).last().action, QStringLiteral("store.copy"));
        // Search works on the copy: its index was rebuilt from the pages.
        StoreError error;
        std::unique_ptr<CaseStore> opened = CaseStore::openReadOnly(copy, &error);
        QVERIFY(opened);
        QSqlQuery search(opened->database());
        QVERIFY(search.exec(QStringLiteral("SELECT count(*) FROM page_search WHERE page_search MATCH 'respondent'")));
        QVERIFY(search.next());
        QCOMPARE(search.value(0).toInt(), 1);
        // Nothing left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.partial*")}, QDir::Hidden | QDir::Files), QStringList());
    }

    void refusesAnExistingFile()
    {
        const QString existing = path(QStringLiteral("existing.rebuttal"));
        writeBytes(existing, QByteArrayLiteral("someone's notes"));
        const CopyReport report = StoreCopier(fileAddress(m_source), fileAddress(existing)).run();
        QCOMPARE(report.outcome, CopyReport::Outcome::Refused);
        QVERIFY2(report.message.contains(QStringLiteral("existing.rebuttal already exists")), qPrintable(report.message));
        QCOMPARE(fileBytes(existing), QByteArrayLiteral("someone's notes"));
    }

    void refusesAnOlderSchemaWithoutUpgradingIt()
    {
        const QString older = alteredSource(QStringLiteral("older.rebuttal"), "PRAGMA user_version = 4");
        QVERIFY(!older.isEmpty());
        const QString copy = path(QStringLiteral("from-older.rebuttal"));
        const CopyReport report = StoreCopier(fileAddress(older), fileAddress(copy)).run();
        QCOMPARE(report.outcome, CopyReport::Outcome::Refused);
        QVERIFY2(report.message.contains(QStringLiteral("older Rebuttal (schema 4)")), qPrintable(report.message));
        QVERIFY(!QFileInfo::exists(copy));
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(older).constData(), &db);
        sqlite3_stmt *version = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &version, nullptr);
        QCOMPARE(sqlite3_step(version), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(version, 0), 4); // the source was not upgraded
        sqlite3_finalize(version);
        sqlite3_close(db);
    }

    void aFailureMidCopyLeavesNoFile()
    {
        // A citation whose event is gone (written with foreign keys off): the destination refuses it
        // after the tables before it were written.
        const QString broken = alteredSource(QStringLiteral("broken.rebuttal"), "PRAGMA foreign_keys = OFF; INSERT INTO evidence (event_id, position, document_ref) VALUES (999999, 1, 'x')");
        QVERIFY(!broken.isEmpty());
        const QString copy = path(QStringLiteral("never.rebuttal"));
        const CopyReport report = StoreCopier(fileAddress(broken), fileAddress(copy)).run();
        QCOMPARE(report.outcome, CopyReport::Outcome::Failed);
        QVERIFY2(report.message.contains(QStringLiteral("nothing was written")), qPrintable(report.message));
        QVERIFY(!QFileInfo::exists(copy));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.partial*")}, QDir::Hidden | QDir::Files), QStringList());
    }

    void aDifferenceFailsTheVerification()
    {
        const QString copy = path(QStringLiteral("tampered.rebuttal"));
        StoreCopier copier(fileAddress(m_source), fileAddress(copy));
        copier.setTamperForTest(QStringLiteral("UPDATE redactions SET x = x + 0.000001 WHERE id = (SELECT max(id) FROM redactions)"));
        const CopyReport report = copier.run();
        QCOMPARE(report.outcome, CopyReport::Outcome::Mismatch);
        QVERIFY2(report.message.contains(QStringLiteral("redactions differs")), qPrintable(report.message));
        QVERIFY(!QFileInfo::exists(copy));
    }

    void aDamagedProductionIsNotCopied()
    {
        const QString damaged = alteredSource(QStringLiteral("damaged.rebuttal"), "UPDATE documents SET sha256 = '" "0000000000000000000000000000000000000000000000000000000000000000" "'");
        QVERIFY(!damaged.isEmpty());
        const CopyReport report = StoreCopier(fileAddress(damaged), fileAddress(path(QStringLiteral("d2.rebuttal")))).run();
        QCOMPARE(report.outcome, CopyReport::Outcome::Mismatch);
        QVERIFY2(report.message.contains(QStringLiteral("document_files 1")), qPrintable(report.message));
    }

    void cancelLeavesNoFile()
    {
        std::atomic_bool cancel = true;
        const QString copy = path(QStringLiteral("cancelled.rebuttal"));
        StoreCopier copier(fileAddress(m_source), fileAddress(copy));
        copier.setCancelFlag(&cancel);
        QCOMPARE(copier.run().outcome, CopyReport::Outcome::Cancelled);
        QVERIFY(!QFileInfo::exists(copy));
    }

    void theCliCopiesAndSaysWhy()
    {
        const QString copy = path(QStringLiteral("cli.rebuttal"));
        CliRun run = cli({QStringLiteral("copy"), QStringLiteral("--from"), m_source, QStringLiteral("--to"), copy, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("bytes")).toInteger(), 2'500'000 + 34);
        QVERIFY(run.json().value(QStringLiteral("tables")).toArray().size() >= 19);
        run = cli({QStringLiteral("copy"), QStringLiteral("--from"), m_source, QStringLiteral("--to"), copy});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QStringLiteral("cli.rebuttal already exists")), qPrintable(run.err));
        run = cli({QStringLiteral("copy"), QStringLiteral("--from"), m_source});
        QCOMPARE(run.exitCode, 2);
        run = cli({QStringLiteral("copy"), QStringLiteral("--from"), path(QStringLiteral("missing.rebuttal")), QStringLiteral("--to"),
                   path(QStringLiteral("x.rebuttal"))});
        QCOMPARE(run.exitCode, 4);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.rebuttal"))));
    }

    void fileToServerToFileRoundTrip()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const ServerLocation matter = cluster.location(freshName("copy"));
        const QList<ActivityEntry> logBefore = fileLog(m_source);
        const QMap<QString, QStringList> before = fileTables(m_source);
        CopyReport report = StoreCopier(fileAddress(m_source), serverAddress(matter)).run();
        QVERIFY2(report.outcome == CopyReport::Outcome::Copied, qPrintable(report.message));

        StoreError error;
        std::unique_ptr<ServerStore> server = ServerStore::open(matter, &error);
        QVERIFY2(server, qPrintable(error.message));
        // The server stamped every copied entry with the copier's login and kept the original inside.
        const QList<ActivityEntry> serverLog = server->activityEntries();
        QCOMPARE(serverLog.size(), logBefore.size() + 1);
        for (qsizetype i = 0; i < logBefore.size(); ++i) {
            QCOMPARE(serverLog.at(i).id, logBefore.at(i).id);
            QCOMPARE(serverLog.at(i).user, cluster.superuser);
            const auto original = StoreCopier::unwrapLogDetail(serverLog.at(i).detail);
            QVERIFY(original);
            QCOMPARE(original->detail, logBefore.at(i).detail);
            QCOMPARE(original->user, logBefore.at(i).user);
            QCOMPARE(original->at, logBefore.at(i).at.toString(Qt::ISODateWithMs));
        }
        QVERIFY(ActivityDetail::english(serverLog.first().detail).contains(QStringLiteral("[logged by ")));
        // The ids were kept, and the next row the server numbers does not take a copied one.
        CaseRecords more;
        Client extra;
        extra.ref = QStringLiteral("NEW-1");
        extra.name = QStringLiteral("New client");
        more.clients << extra;
        QVERIFY(!ServerClientRecords(*server).importRecords(more, ActivityDetail("more.json")).isError());
        QVERIFY(!server->appendActivity(QStringLiteral("test"), QStringLiteral("after the copy")).isError());
        server.reset();

        const QString back = path(QStringLiteral("roundtrip.rebuttal"));
        report = StoreCopier(serverAddress(matter), fileAddress(back)).run();
        QVERIFY2(report.outcome == CopyReport::Outcome::Copied, qPrintable(report.message));
        const QMap<QString, QStringList> after = fileTables(back);
        QCOMPARE(after.keys(), before.keys());
        for (const QString &table : before.keys()) {
            if (table == QLatin1String("activity_log"))
                continue;
            QStringList expected = before.value(table);
            QStringList actual = after.value(table);
            if (table == QLatin1String("clients") || table == QLatin1String("activity_log"))
                actual.removeIf([](const QString &line) { return line.contains(QStringLiteral("NEW-1")); });
            QVERIFY2(actual == expected, qPrintable(table));
        }
        const QList<ActivityEntry> finalLog = fileLog(back);
        for (qsizetype i = 0; i < logBefore.size(); ++i) {
            const auto original = StoreCopier::unwrapLogDetail(finalLog.at(i).detail);
            QVERIFY(original);
            QCOMPARE(original->detail, logBefore.at(i).detail);
            QCOMPARE(finalLog.at(i).action, logBefore.at(i).action);
        }
        QCOMPARE(finalLog.last().action, QStringLiteral("store.copy"));
        QVERIFY(ActivityDetail::english(finalLog.last().detail).contains(matter.display()));
    }

    // `rebuttal-cli copy` from a matter to a matter, in the same database and in another one: each
    // table's rows hash alike on the file, the first matter and the second (the copier's hashes,
    // the activity log apart: every copy adds its entry); copied back to a file, the test's own
    // reading of every table matches the source's; the log keeps its entries, ids and actions.
    void serverToServerInOneDatabaseAndAnother()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const ServerLocation first = cluster.location(freshName("copyfrom"));
        const CopyReport seeded = StoreCopier(fileAddress(m_source), serverAddress(first)).run();
        QVERIFY2(seeded.outcome == CopyReport::Outcome::Copied, qPrintable(seeded.message));
        QMap<QString, QString> fileHashes;
        for (const CopiedTable &table : seeded.tables)
            fileHashes.insert(table.table, table.sha256);
        fileHashes.remove(QStringLiteral("activity_log"));
        const QMap<QString, QStringList> before = fileTables(m_source);

        StoreError error;
        auto admin = PgConnection::open(cluster.location(QStringLiteral("admin")), &error);
        QVERIFY2(admin, qPrintable(error.message));
        const QString database = freshName("copydb");
        QVERIFY(!admin->exec(QStringLiteral("CREATE DATABASE %1").arg(database)).isError());
        ServerLocation elsewhere = cluster.location(freshName("copyto"));
        elsewhere.database = database;
        for (const ServerLocation &target : {cluster.location(freshName("copyto")), elsewhere}) {
            const QList<ActivityEntry> logBefore = ServerStore::open(first, &error)->activityEntries();
            CliRun run = cli({QStringLiteral("copy"), QStringLiteral("--from"), first.display(), QStringLiteral("--to"), target.display(),
                              QStringLiteral("--json")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QMap<QString, QString> copiedHashes;
            for (const QJsonValue &table : run.json().value(QStringLiteral("tables")).toArray())
                copiedHashes.insert(table[QStringLiteral("table")].toString(), table[QStringLiteral("sha256")].toString());
            QVERIFY(copiedHashes.remove(QStringLiteral("activity_log")));
            QCOMPARE(copiedHashes, fileHashes);
            QCOMPARE(run.json().value(QStringLiteral("bytes")).toInteger(), 2'500'000 + 34);

            std::unique_ptr<ServerStore> copied = ServerStore::open(target, &error);
            QVERIFY2(copied, qPrintable(error.message));
            const QList<ActivityEntry> log = copied->activityEntries();
            QCOMPARE(log.size(), logBefore.size() + 1);
            for (qsizetype i = 0; i < logBefore.size(); ++i) {
                QCOMPARE(log.at(i).id, logBefore.at(i).id);
                QCOMPARE(log.at(i).action, logBefore.at(i).action);
            }
            QCOMPARE(log.last().action, QStringLiteral("store.copy"));
            copied.reset();

            const QString back = path(QStringLiteral("from-%1.rebuttal").arg(target.matter));
            const CopyReport report = StoreCopier(serverAddress(target), fileAddress(back)).run();
            QVERIFY2(report.outcome == CopyReport::Outcome::Copied, qPrintable(report.message));
            const QMap<QString, QStringList> after = fileTables(back);
            QCOMPARE(after.keys(), before.keys());
            for (const QString &table : before.keys()) {
                if (table != QLatin1String("activity_log"))
                    QVERIFY2(after.value(table) == before.value(table), qPrintable(table));
            }
            // Once there, the matter is not copied over.
            run = cli({QStringLiteral("copy"), QStringLiteral("--from"), first.display(), QStringLiteral("--to"), target.display()});
            QCOMPARE(run.exitCode, 4);
            QVERIFY2(run.err.contains(QStringLiteral("already exists")), qPrintable(run.err));
        }
        QVERIFY(!admin->exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(database)).isError());
    }

    void refusesAnExistingMatter()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const ServerLocation matter = cluster.location(freshName("taken"));
        StoreError error;
        QVERIFY(ServerStore::create(matter, &error));
        const CopyReport report = StoreCopier(fileAddress(m_source), serverAddress(matter)).run();
        QCOMPARE(report.outcome, CopyReport::Outcome::Refused);
        QVERIFY2(report.message.contains(QStringLiteral("already exists")), qPrintable(report.message));
        std::unique_ptr<ServerStore> server = ServerStore::open(matter, &error);
        QCOMPARE(server->activityEntries().size(), 1);
    }

    void aFailureMidCopyLeavesNoMatter()
    {
        REQUIRE_PG_CLUSTER(cluster);
        // A citation whose event is gone: the server refuses it after the tables before it were written.
        const QString broken = alteredSource(QStringLiteral("broken-for-server.rebuttal"), "PRAGMA foreign_keys = OFF; INSERT INTO evidence (event_id, position, document_ref) VALUES (999999, 1, 'x')");
        QVERIFY(!broken.isEmpty());
        const QString name = freshName("failed");
        const CopyReport report = StoreCopier(fileAddress(broken), serverAddress(cluster.location(name))).run();
        QCOMPARE(report.outcome, CopyReport::Outcome::Failed);
        QVERIFY(!schemaExists(cluster, name));
    }

    void aKilledCopyLeavesNoMatter()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const QString big = path(QStringLiteral("big.rebuttal"));
        QVERIFY(writeFullStore(big, path(QStringLiteral("big.pdf")), 30'000'000));
        const QString name = freshName("killed");
        QProcess copy;
        copy.start(QStringLiteral(REBUTTAL_CLI_PATH), {QStringLiteral("copy"), QStringLiteral("--from"), big,
                                                       QStringLiteral("--to"), cluster.address(name)});
        QVERIFY(copy.waitForStarted());
        StoreError error;
        auto admin = PgConnection::open(cluster.location(QStringLiteral("admin")), &error);
        QVERIFY2(admin, qPrintable(error.message));
        // Killed while the production's chunks go to the server: the matter exists in its transaction only.
        QTRY_VERIFY_WITH_TIMEOUT(backendsRunning(*admin, QStringLiteral("rebuttal_copy_chunks")) > 0, 60000);
        copy.kill();
        QVERIFY(copy.waitForFinished());
        QTRY_COMPARE_WITH_TIMEOUT(backendsRunning(*admin, QStringLiteral("rebuttal_copy_chunks")), 0, 30000);
        QVERIFY(!schemaExists(cluster, name));
        PgStatement roles(*admin, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = $1"));
        roles.bind(cluster.location(name).readerRole());
        QVERIFY(roles.exec() && roles.next());
        QCOMPARE(roles.value(0).toInt(), 0);
    }

    void aDifferenceOnTheServerFailsTheVerification()
    {
        REQUIRE_PG_CLUSTER(cluster);
        // PostgreSQL's text holds no NUL character: the server keeps what came before it, and the
        // verification finds the client's notes cut short.
        const QString nul = alteredSource(QStringLiteral("nul.rebuttal"), "UPDATE clients SET notes = 'a' || char(0) || 'b' WHERE id = (SELECT max(id) FROM clients)");
        QVERIFY(!nul.isEmpty());
        const QString name = freshName("nul");
        const CopyReport report = StoreCopier(fileAddress(nul), serverAddress(cluster.location(name))).run();
        QCOMPARE(report.outcome, CopyReport::Outcome::Mismatch);
        QVERIFY2(report.message.contains(QStringLiteral("clients differs")), qPrintable(report.message));
        QVERIFY(!schemaExists(cluster, name));
        const QString tampered = freshName("tampered");
        StoreCopier copier(fileAddress(m_source), serverAddress(cluster.location(tampered)));
        copier.setTamperForTest(QStringLiteral("UPDATE pages SET bates = 'X' WHERE id = 1"));
        QCOMPARE(copier.run().outcome, CopyReport::Outcome::Mismatch);
        QVERIFY(!schemaExists(cluster, tampered));
    }
};

QTEST_GUILESS_MAIN(TestStoreCopier)
#include "tst_storecopier.moc"
