// Team mode (issue 18): a matter on a real PostgreSQL 15 server (the pg_cluster fixture): the
// address, the schema and its migrations, the append-only log, and what readers may not do.
#include "../cli/CliRun.h"
#include "PgTestCluster.h"
#include "store/ActivityLog.h"
#include "store/CaseStore.h"
#include "store/PgConnection.h"
#include "store/RowStamp.h"
#include "store/ServerChangeFeed.h"
#include "store/Schema.h"
#include "cases/CaseRecordsReader.h"
#include "domain/CaseTimeline.h"
#include "store/ClientRecords.h"
#include "store/ServerClientRecords.h"
#include "store/ServerLocation.h"
#include "store/ServerSchema.h"
#include "store/ServerStore.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace rebuttal;
using namespace rebuttal::test;

Q_DECLARE_METATYPE(StoreError::Kind)

namespace {

// A matter's schema with nothing in it yet, for migrations run by hand; empty after a warning on failure.
QString emptyMatterSchema(const PgTestCluster &cluster, PgConnection &admin, const char *prefix)
{
    const QString schema = cluster.location(freshName(prefix)).schemaName();
    const StoreError error = admin.exec(QStringLiteral("CREATE SCHEMA %1").arg(schema));
    if (error.isError()) {
        qWarning() << error.message;
        return {};
    }
    return schema;
}

// A new matter (owned by the superuser) and a new login, granted `role` on it when given;
// null after a warning when any step fails.
std::unique_ptr<ServerStore> matterWithLogin(const PgTestCluster &cluster, const QString &matter, const QString &login,
                                             std::optional<ServerStore::Role> role)
{
    StoreError error;
    std::unique_ptr<ServerStore> owner = ServerStore::create(cluster.location(matter), &error);
    if (owner && !(error = owner->connection().exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login))).isError() && role)
        error = owner->grant(login, *role);
    if (error.isError()) {
        qWarning() << error.message;
        return nullptr;
    }
    return owner;
}

// One store of either backend behind the operations a test runs on both.
struct AnyStore
{
    std::unique_ptr<CaseStore> file;
    std::unique_ptr<ServerStore> server;

    StoreError importRecords(const CaseRecords &records, CaseImportCounts *counts)
    {
        return file ? ClientRecords(*file).importRecords(records, ActivityDetail("test"), counts)
                    : ServerClientRecords(*server).importRecords(records, ActivityDetail("test"), counts);
    }
    std::optional<Client> client(const QString &ref, StoreError *error, RowStamp *stamp = nullptr)
    {
        return file ? ClientRecords(*file).client(ref, error, stamp) : ServerClientRecords(*server).client(ref, error, stamp);
    }
    // An edit from the GUI, saved against the version it was read at.
    StoreError saveClient(const QString &previousRef, const std::optional<Client> &client, qint64 readVersion,
                          qint64 *savedVersion = nullptr)
    {
        const QString action = QStringLiteral("edit.client");
        return file ? ClientRecords(*file).saveClient(previousRef, client, action, ActivityDetail("test"), readVersion, savedVersion)
                    : ServerClientRecords(*server).saveClient(previousRef, client, action, ActivityDetail("test"), readVersion,
                                                              savedVersion);
    }
    int clientCount() { return file ? ClientRecords(*file).clientCount() : ServerClientRecords(*server).clientCount(); }
    QList<ActivityEntry> activity() { return file ? file->activity().entries() : server->activityEntries(); }
    // Rows of the derived spells table (statistics aggregate them in SQL).
    int spellRows()
    {
        const QString sql = QStringLiteral("SELECT count(*) FROM spells");
        if (file) {
            QSqlQuery count(file->database());
            return count.exec(sql) && count.next() ? count.value(0).toInt() : -1;
        }
        PgStatement count(server->connection(), sql);
        return count.exec() && count.next() ? count.value(0).toInt() : -1;
    }
};

// The rows of a test that runs on both backends.
void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("file") << "file";
    QTest::newRow("server") << "server";
}

CaseRecords demoRecords()
{
    CaseRecordsReader reader;
    const std::optional<CaseRecords> records = reader.readFile(QStringLiteral(REBUTTAL_SOURCE_DIR "/resources/demo/cases.json"));
    if (!records)
        qWarning() << reader.errorString();
    return records.value_or(CaseRecords());
}

// The tables and columns of a store, as "table.column".
QSet<QString> sqliteColumns(CaseStore &store)
{
    QSet<QString> columns;
    QSqlQuery tables(store.database());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                               " AND name NOT LIKE 'page_search%'"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery info(store.database());
        info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (info.next())
            columns << table + QLatin1Char('.') + info.value(1).toString();
    }
    return columns;
}

QSet<QString> serverColumns(PgConnection &connection, const QString &schema)
{
    QSet<QString> columns;
    PgStatement select(connection, QStringLiteral("SELECT table_name, column_name FROM information_schema.columns"
                                                  " WHERE table_schema = $1 AND table_name <> 'schema_version'"));
    select.bind(schema);
    if (select.exec()) {
        while (select.next())
            columns << select.value(0).toString() + QLatin1Char('.') + select.value(1).toString();
    }
    return columns;
}

} // namespace

class TestServerStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseLocation_data();
    void parseLocation();
    void createAndReopen();
    void schemaMatchesTheFileStore();
    void failedMigrationLeavesNothing();
    void logIsAppendOnlyAndStampedByTheServer();
    void readerCannotChangeAnything();
    void editorWritesButCannotRewriteTheLog();
    void strangerCannotOpen();
    void reconnectsAfterADroppedConnection();
    void caseRecordsOnBothBackends_data();
    void caseRecordsOnBothBackends();
    void cliTimelineAlikeOnBothBackends();
    void batchedImportAlikeOnBothBackends();
    void killedClientMidImportLeavesNothing();
    void upgradesAVersion5Matter();
    void cliUpgradesAnOlderMatterOnlyThroughInit();
    void rowVersionsStampedByTheServer();
    void twoWritersOnTheSameClient_data();
    void twoWritersOnTheSameClient();
    void changeFeedHearsAnotherConnection();
    void serverRestartedMidSession();
    void cliInitGrantAndLog();
    void cliRefusesWhatDoesNotRunOnAServerYet();
    void unaccentRefusedSaysWhoMayCreateIt();
};

void TestServerStore::parseLocation_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("matter");
    QTest::addColumn<QString>("problem"); // a word the refusal must contain

    QTest::newRow("host, port") << "postgresql://db.firm.example:5433/cases?matter=garcia" << true
                                << "db.firm.example" << 5433 << "cases" << "garcia" << "";
    QTest::newRow("no port") << "postgresql://localhost/cases?matter=m2024_17" << true << "localhost" << 0 << "cases"
                             << "m2024_17" << "";
    QTest::newRow("postgres scheme") << "postgres://10.0.0.5/firm?matter=coalition" << true << "10.0.0.5" << 0
                                     << "firm" << "coalition" << "";
    QTest::newRow("IPv6, user") << "postgresql://ana@[::1]:5432/cases?matter=b" << true << "::1" << 5432 << "cases"
                                << "b" << "";
    QTest::newRow("socket directory") << "postgresql:///cases?matter=a&host=/run/postgresql" << true << "" << 0
                                      << "cases" << "a" << "";
    QTest::newRow("password in userinfo") << "postgresql://ana:secret@host/cases?matter=a" << false << "" << 0 << ""
                                          << "" << "password";
    QTest::newRow("password parameter") << "postgresql://host/cases?matter=a&password=secret" << false << "" << 0
                                        << "" << "" << "password";
    QTest::newRow("no matter") << "postgresql://host/cases" << false << "" << 0 << "" << "" << "matter";
    QTest::newRow("no database") << "postgresql://host/?matter=a" << false << "" << 0 << "" << "" << "database";
    QTest::newRow("matter with capitals") << "postgresql://host/cases?matter=Garcia" << false << "" << 0 << "" << ""
                                          << "lower-case";
    QTest::newRow("matter with a quote") << "postgresql://host/cases?matter=a%22;drop" << false << "" << 0 << "" << ""
                                         << "lower-case";
    QTest::newRow("matter too long") << QString(QStringLiteral("postgresql://host/cases?matter=") + QString(41, QLatin1Char('a'))) << false
                                     << "" << 0 << "" << "" << "40";
    QTest::newRow("unknown parameter") << "postgresql://host/cases?matter=a&options=-c" << false << "" << 0 << ""
                                       << "" << "unknown parameter";
    QTest::newRow("relative socket") << "postgresql:///cases?matter=a&host=run" << false << "" << 0 << "" << ""
                                     << "absolute";
    QTest::newRow("a file") << "/home/ana/garcia.rebuttal" << false << "" << 0 << "" << "" << "postgresql://";
}

void TestServerStore::parseLocation()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QFETCH(QString, problem);
    QString refusal;
    const std::optional<ServerLocation> location = ServerLocation::parse(address, &refusal);
    QCOMPARE(location.has_value(), valid);
    if (!valid) {
        QVERIFY2(refusal.contains(problem), qPrintable(refusal));
        // A refusal never repeats a password.
        QVERIFY2(!refusal.contains(QLatin1String("secret")), qPrintable(refusal));
        return;
    }
    QTEST(location->host, "host");
    QTEST(location->port, "port");
    QTEST(location->database, "database");
    QTEST(location->matter, "matter");
    QCOMPARE(location->schemaName(), QString(QStringLiteral("matter_") + location->matter));
    // What messages show parses back to the same place.
    const std::optional<ServerLocation> again = ServerLocation::parse(location->display(), &refusal);
    QVERIFY2(again, qPrintable(refusal));
    QCOMPARE(again->host, location->host);
    QCOMPARE(again->socketDir, location->socketDir);
    QCOMPARE(again->port, location->port);
    QCOMPARE(again->database, location->database);
    QCOMPARE(again->matter, location->matter);
    QCOMPARE(again->user, location->user);
}

void TestServerStore::createAndReopen()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString matter = freshName("create");
    StoreError error;
    {
        std::unique_ptr<ServerStore> store = ServerStore::create(cluster.location(matter), &error);
        QVERIFY2(store, qPrintable(error.message));
        QCOMPARE(store->schemaVersion(), Schema::currentVersion());
        const QList<ActivityEntry> entries = store->activityEntries(&error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, QStringLiteral("store.create"));
        QCOMPARE(entries.first().user, cluster.superuser);
        QVERIFY(qAbs(entries.first().at.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    }
    // A second create is refused and changes nothing.
    QVERIFY(!ServerStore::create(cluster.location(matter), &error));
    QCOMPARE(error.kind, StoreError::Kind::Exists);
    std::unique_ptr<ServerStore> reopened = ServerStore::open(cluster.location(matter), &error);
    QVERIFY2(reopened, qPrintable(error.message));
    QCOMPARE(reopened->activityEntries().size(), 1);
    QCOMPARE(reopened->schemaVersion(), Schema::currentVersion());
    // No such matter: said as such.
    QVERIFY(!ServerStore::open(cluster.location(freshName("absent")), &error));
    QCOMPARE(error.kind, StoreError::Kind::NotFound);
}

void TestServerStore::schemaMatchesTheFileStore()
{
    REQUIRE_PG_CLUSTER(cluster);
    QTemporaryDir dir;
    StoreError error;
    std::unique_ptr<CaseStore> file = CaseStore::create(dir.filePath(QStringLiteral("case.rebuttal")), &error);
    QVERIFY2(file, qPrintable(error.message));
    const QString matter = freshName("schema");
    std::unique_ptr<ServerStore> server = ServerStore::create(cluster.location(matter), &error);
    QVERIFY2(server, qPrintable(error.message));

    const QSet<QString> fileColumns = sqliteColumns(*file);
    QSet<QString> onServer = serverColumns(server->connection(), cluster.location(matter).schemaName());
    // The server's search vector stands for SQLite's page_search (FTS5) tables.
    QVERIFY(onServer.remove(QStringLiteral("pages.search")));
    QVERIFY(fileColumns.size() > 100);
    QCOMPARE(onServer - fileColumns, QSet<QString>());
    QCOMPARE(fileColumns - onServer, QSet<QString>());
    // Same versions, same descriptions.
    QCOMPARE(ServerSchema::migrations().size(), Schema::migrations().size());
    for (qsizetype i = 0; i < Schema::migrations().size(); ++i) {
        QCOMPARE(ServerSchema::migrations().at(i).version, Schema::migrations().at(i).version);
        QCOMPARE(ServerSchema::migrations().at(i).description, Schema::migrations().at(i).description);
    }
}

void TestServerStore::failedMigrationLeavesNothing()
{
    REQUIRE_PG_CLUSTER(cluster);
    std::unique_ptr<PgConnection> admin = adminConnection(cluster);
    QVERIFY(admin);
    const QString schema = emptyMatterSchema(cluster, *admin, "broken");
    QVERIFY(!schema.isEmpty());
    QList<ServerMigration> plan = ServerSchema::migrations();
    plan[2].statements.insert(1, QStringLiteral("CREATE TABLE pages (id integer)")); // exists: fails
    const StoreError error = ServerSchema::migrate(*admin, schema, QStringLiteral("pg_monitor"),
                                                   QStringLiteral("pg_monitor"), plan);
    QVERIFY(error.isError());
    QVERIFY2(error.message.contains(QLatin1String("version 3")), qPrintable(error.message));
    QVERIFY(!admin->inTransaction());
    // Versions 1 and 2 ran in the same transaction: nothing of them is left.
    QCOMPARE(serverColumns(*admin, schema), QSet<QString>());
    StoreError readError;
    QCOMPARE(ServerSchema::storedVersion(*admin, schema, &readError), 0);
    QVERIFY(!readError.isError());
}

void TestServerStore::logIsAppendOnlyAndStampedByTheServer()
{
    REQUIRE_PG_CLUSTER(cluster);
    StoreError error;
    std::unique_ptr<ServerStore> store = ServerStore::create(cluster.location(freshName("log")), &error);
    QVERIFY2(store, qPrintable(error.message));
    PgConnection &connection = store->connection();
    // A client that names someone else and another time is overruled by the trigger.
    QVERIFY(!connection
                 .exec(QStringLiteral("INSERT INTO activity_log (at, \"user\", action) VALUES ($1, $2, 'forged')"),
                       {QStringLiteral("2001-01-01T00:00:00Z"), QStringLiteral("someone_else")})
                 .isError());
    const QList<ActivityEntry> entries = store->activityEntries(&error);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.last().action, QStringLiteral("forged"));
    QCOMPARE(entries.last().user, cluster.superuser);
    QVERIFY(entries.last().at.date().year() > 2001);

    // Even the matter's owner (here a superuser) cannot rewrite it.
    for (const char *sql : {"UPDATE activity_log SET \"user\" = 'x'", "DELETE FROM activity_log", "TRUNCATE activity_log"}) {
        error = connection.exec(QString::fromLatin1(sql));
        QVERIFY2(error.isError(), sql);
        QVERIFY2(error.message.contains(QLatin1String("append-only")), qPrintable(error.message));
    }
    QCOMPARE(store->activityEntries().size(), 2);

    // Nor give an entry an id of its choosing that puts it before the last one, even one free.
    for (const char *id : {"1", "2", "0"}) {
        error = connection.exec(QStringLiteral("INSERT INTO activity_log (id, action) OVERRIDING SYSTEM VALUE VALUES (%1, 'back-dated')")
                                    .arg(QLatin1String(id)));
        QVERIFY2(error.isError() && error.message.contains(QLatin1String("only grows")), qPrintable(error.message));
    }
    QCOMPARE(store->activityEntries().size(), 2);
    QVERIFY(!store->appendActivity(QStringLiteral("after"), QStringLiteral("")).isError());
    QCOMPARE(store->activityEntries().constLast().id, 3);

    // But an entry whose id was drawn before a colleague's entry was drawn and committed is
    // written: ids are drawn before the trigger runs, and two clients race between the two.
    std::unique_ptr<ServerStore> colleague = ServerStore::open(store->location(), &error);
    QVERIFY2(colleague, qPrintable(error.message));
    QVERIFY(connection.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('activity_log', 'id'))")).isError() == false);
    QVERIFY(!colleague->appendActivity(QStringLiteral("colleague"), QStringLiteral("")).isError());
    error = connection.exec(QStringLiteral("INSERT INTO activity_log (id, action) OVERRIDING SYSTEM VALUE"
                                           " VALUES (currval(pg_get_serial_sequence('activity_log', 'id')), 'drawn first')"));
    QVERIFY2(!error.isError(), qPrintable(error.message));
    const QList<ActivityEntry> raced = store->activityEntries();
    QCOMPARE(raced.size(), 5);
    QCOMPARE(raced.at(3).action, QStringLiteral("drawn first"));
    QCOMPARE(raced.at(4).action, QStringLiteral("colleague"));
}

void TestServerStore::readerCannotChangeAnything()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString matter = freshName("reader");
    const QString reader = freshName("ana");
    StoreError error;
    std::unique_ptr<ServerStore> owner = matterWithLogin(cluster, matter, reader, ServerStore::Role::Reader);
    QVERIFY(owner);
    QVERIFY(!owner->connection().exec(QStringLiteral("INSERT INTO clients (ref, name) VALUES ('C1', 'Test')")).isError());

    std::unique_ptr<ServerStore> store = ServerStore::open(cluster.location(matter, reader), &error);
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(store->sessionUser(), reader);
    PgStatement count(store->connection(), QStringLiteral("SELECT count(*) FROM clients"));
    QVERIFY(count.exec() && count.next());
    QCOMPARE(count.value(0).toInt(), 1);

    const QStringList writes{
        QStringLiteral("INSERT INTO clients (ref, name) VALUES ('C2', 'Other')"),
        QStringLiteral("UPDATE clients SET name = 'Changed'"),
        QStringLiteral("DELETE FROM clients"),
        QStringLiteral("TRUNCATE clients CASCADE"),
        QStringLiteral("INSERT INTO documents (file_name, sha256, size, imported_at) VALUES ('a', 'b', 1, 'now')"),
        QStringLiteral("UPDATE schema_version SET version = 1"),
        QStringLiteral("DELETE FROM activity_log"),
        QStringLiteral("UPDATE activity_log SET detail = ''"),
        QStringLiteral("ALTER TABLE clients ADD COLUMN x integer"),
        QStringLiteral("DROP TABLE clients CASCADE"),
        QStringLiteral("CREATE TABLE matter_%1.intruder (x integer)").arg(matter),
    };
    for (const QString &sql : writes) {
        error = store->connection().exec(sql);
        QVERIFY2(error.isError(), qPrintable(sql));
        QVERIFY2(error.kind == StoreError::Kind::Denied, qPrintable(QString(sql + QStringLiteral(": ") + error.message)));
    }
    QVERIFY(count.exec() && count.next());
    QCOMPARE(count.value(0).toInt(), 1);
    // Nor through the store's own edit path (the GUI's), whatever version it saves against.
    RowStamp stamp;
    std::optional<Client> client = ServerClientRecords(*store).client(QStringLiteral("C1"), &error, &stamp);
    QVERIFY2(client, qPrintable(error.message));
    client->name = QStringLiteral("Changed");
    error = ServerClientRecords(*store).saveClient(QStringLiteral("C1"), client, QStringLiteral("edit.client"), ActivityDetail("t"),
                                                   stamp.version);
    QCOMPARE(error.kind, StoreError::Kind::Denied);
    QCOMPARE(ServerClientRecords(*owner).client(QStringLiteral("C1"))->name, QStringLiteral("Test"));
    // The one thing a reader writes: the log's record of what they did, under their own name.
    QVERIFY(!store->appendActivity(QStringLiteral("export.summary"), QStringLiteral("summary.pdf")).isError());
    const QList<ActivityEntry> entries = owner->activityEntries();
    QCOMPARE(entries.last().user, reader);
    QCOMPARE(entries.at(entries.size() - 2).action, QStringLiteral("matter.grant"));
}

void TestServerStore::editorWritesButCannotRewriteTheLog()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString matter = freshName("editor");
    const QString editor = freshName("ben");
    StoreError error;
    std::unique_ptr<ServerStore> owner = matterWithLogin(cluster, matter, editor, ServerStore::Role::Editor);
    QVERIFY(owner);

    std::unique_ptr<ServerStore> store = ServerStore::open(cluster.location(matter, editor), &error);
    QVERIFY2(store, qPrintable(error.message));
    QVERIFY(!store->connection().exec(QStringLiteral("INSERT INTO clients (ref, name) VALUES ('C1', 'A')")).isError());
    QVERIFY(!store->connection().exec(QStringLiteral("UPDATE clients SET name = 'B'")).isError());
    QVERIFY(!store->appendActivity(QStringLiteral("client.edit"), QStringLiteral("C1")).isError());
    QCOMPARE(store->activityEntries().last().user, editor);
    error = store->connection().exec(QStringLiteral("DELETE FROM activity_log"));
    QCOMPARE(error.kind, StoreError::Kind::Denied);
    error = store->connection().exec(QStringLiteral("DROP TABLE activity_log"));
    QCOMPARE(error.kind, StoreError::Kind::Denied);
    QCOMPARE(store->activityEntries().size(), 3); // create, grant, edit
}

void TestServerStore::strangerCannotOpen()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString matter = freshName("closed");
    const QString stranger = freshName("eve");
    StoreError error;
    std::unique_ptr<ServerStore> owner = matterWithLogin(cluster, matter, stranger, std::nullopt);
    QVERIFY(owner);
    QVERIFY(!ServerStore::open(cluster.location(matter, stranger), &error));
    QCOMPARE(error.kind, StoreError::Kind::Denied);
    QVERIFY2(error.message.contains(matter), qPrintable(error.message));
    // Nor can a stranger grant themselves a role.
    std::unique_ptr<PgConnection> connection = PgConnection::open(cluster.location(matter, stranger), &error);
    QVERIFY(connection);
    error = connection->exec(QStringLiteral("GRANT %1 TO %2").arg(cluster.location(matter).editorRole(), stranger));
    QCOMPARE(error.kind, StoreError::Kind::Denied);
}

void TestServerStore::reconnectsAfterADroppedConnection()
{
    REQUIRE_PG_CLUSTER(cluster);
    StoreError error;
    std::unique_ptr<ServerStore> store = ServerStore::create(cluster.location(freshName("drop")), &error);
    QVERIFY2(store, qPrintable(error.message));
    PgStatement pid(store->connection(), QStringLiteral("SELECT pg_backend_pid()"));
    QVERIFY(pid.exec() && pid.next());
    const QString before = pid.value(0).toString();
    std::unique_ptr<PgConnection> admin = adminConnection(cluster);
    QVERIFY(admin);
    QVERIFY(!admin->exec(QStringLiteral("SELECT pg_terminate_backend($1::int)"), {before}).isError());
    // Between transactions, the next statement reconnects and runs, in the matter's schema still.
    QTRY_VERIFY_WITH_TIMEOUT(pid.exec() && pid.next() && pid.value(0).toString() != before, 10000);
    QCOMPARE(store->activityEntries(&error).size(), 1);
    QVERIFY2(!error.isError(), qPrintable(error.message));

    // Inside a transaction the loss is said, not hidden: the server rolled the work back.
    QVERIFY(!store->connection().begin().isError());
    QVERIFY(pid.exec() && pid.next());
    QVERIFY(!admin->exec(QStringLiteral("SELECT pg_terminate_backend($1::int)"), {pid.value(0).toString()}).isError());
    QTest::qWait(200);
    error = store->appendActivity(QStringLiteral("lost"), QString());
    QCOMPARE(error.kind, StoreError::Kind::Unreachable);
    store->connection().rollback();
    QVERIFY(!store->appendActivity(QStringLiteral("after"), QString()).isError());
    QCOMPARE(store->activityEntries().last().action, QStringLiteral("after"));
}

void TestServerStore::caseRecordsOnBothBackends_data()
{
    addBackendRows();
}

void TestServerStore::caseRecordsOnBothBackends()
{
    QFETCH(QString, backend);
    AnyStore store;
    QTemporaryDir dir;
    StoreError error;
    if (backend == QLatin1String("file")) {
        store.file = CaseStore::create(dir.filePath(QStringLiteral("case.rebuttal")), &error);
        QVERIFY2(store.file, qPrintable(error.message));
    } else {
        REQUIRE_PG_CLUSTER(cluster);
        store.server = ServerStore::create(cluster.location(freshName("records")), &error);
        QVERIFY2(store.server, qPrintable(error.message));
    }
    CaseRecords records = demoRecords();
    QCOMPARE(records.clients.size(), 8);
    CaseImportCounts counts;
    QVERIFY2(!(error = store.importRecords(records, &counts)).isError(), qPrintable(error.message));
    QCOMPARE(counts.clients, 8);
    QCOMPARE(counts.events, 85);
    QCOMPARE(store.clientCount(), 8);
    for (const Client &client : std::as_const(records.clients)) {
        const std::optional<Client> stored = store.client(client.ref, &error);
        QVERIFY2(stored, qPrintable(client.ref + error.message));
        QCOMPARE(stored->events, client.events);
        QCOMPARE(stored->allegations, client.allegations);
        QVERIFY(*stored == client);
    }
    qsizetype spells = 0;
    for (const Client &client : std::as_const(records.clients))
        spells += CaseTimeline(client, QDate()).spells().size();
    QVERIFY(spells > 3);
    QCOMPARE(store.spellRows(), spells);
    QVERIFY(!store.client(QStringLiteral("no-such-ref"), &error));
    QVERIFY(!error.isError());

    // A re-import updates by ref: a changed name, a link dropped, a citation added, nothing doubled.
    Client changed = records.clients.first();
    changed.name = QStringLiteral("Changed Name");
    qsizetype linked = -1;
    for (qsizetype i = 0; i < changed.events.size() && linked < 0; ++i) {
        if (!changed.events.at(i).reliedOn.isEmpty())
            linked = i;
    }
    QVERIFY(linked >= 0);
    changed.events[linked].reliedOn.removeLast();
    changed.events[linked].evidence << EvidenceCitation{QStringLiteral("DHS-000123"), 0};
    CaseRecords update;
    update.clients << changed;
    QVERIFY2(!(error = store.importRecords(update, &counts)).isError(), qPrintable(error.message));
    QCOMPARE(store.clientCount(), 8);
    const std::optional<Client> stored = store.client(changed.ref, &error);
    QVERIFY(stored);
    QCOMPARE(stored->name, changed.name);
    QCOMPARE(stored->events.at(linked), changed.events.at(linked));
    QVERIFY(*stored == changed);
    QCOMPARE(store.activity().last().action, QStringLiteral("import.cases"));
    QCOMPARE(store.activity().size(), 3); // create, two imports
}

void TestServerStore::cliTimelineAlikeOnBothBackends()
{
    REQUIRE_PG_CLUSTER(cluster);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("case.rebuttal"));
    const QString matter = freshName("timeline");
    const QString server = cluster.address(matter);
    const QString cases = QStringLiteral(REBUTTAL_SOURCE_DIR "/resources/demo/cases.json");
    QByteArray imported;
    for (const QString &store : {file, server}) {
        CliRun run = cli({QStringLiteral("init"), QStringLiteral("--store"), store});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({QStringLiteral("import"), QStringLiteral("cases"), cases, QStringLiteral("--store"), store});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        if (imported.isEmpty())
            imported = run.out;
        QCOMPARE(run.out, imported);
    }
    QVERIFY(imported.contains("\"events\": 85"));
    for (const Client &client : demoRecords().clients) {
        const QStringList timeline{QStringLiteral("timeline"), client.ref, QStringLiteral("--json"),
                                   QStringLiteral("--as-of"), QStringLiteral("2025-06-30"), QStringLiteral("--store")};
        const CliRun onFile = cli(timeline + QStringList{file});
        const CliRun onServer = cli(timeline + QStringList{server});
        QVERIFY2(onFile.exitCode == 0 && onServer.exitCode == 0, qPrintable(onFile.err + onServer.err));
        QVERIFY(onFile.out.size() > 100);
        QCOMPARE(onServer.out, onFile.out);
    }
    // The log says the same import, under the server's login.
    const CliRun log = cli({QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--store"), server});
    const QJsonArray activity = log.json().value(QStringLiteral("activity")).toArray();
    QCOMPARE(activity.size(), 2);
    QCOMPARE(activity.at(1).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("import.cases"));
    QCOMPARE(activity.at(1).toObject().value(QStringLiteral("user")).toString(), cluster.superuser);
    // A reader may read the timeline but not import.
    const QString reader = freshName("dora");
    std::unique_ptr<PgConnection> admin = adminConnection(cluster);
    QVERIFY(admin && !admin->exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(reader)).isError());
    CliRun run = cli({QStringLiteral("grant"), QStringLiteral("reader"), reader, QStringLiteral("--store"), server});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString asReader = cluster.address(matter, reader);
    run = cli({QStringLiteral("timeline"), QStringLiteral("C-001"), QStringLiteral("--store"), asReader});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({QStringLiteral("import"), QStringLiteral("cases"), cases, QStringLiteral("--store"), asReader});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QLatin1String("refused")), qPrintable(run.err));
    run = cli({QStringLiteral("timeline"), QStringLiteral("C-999"), QStringLiteral("--store"), server});
    QCOMPARE(run.exitCode, 3);
}

// The server writes an import a few hundred clients per statement: more clients than one batch,
// and a ref given twice (the second wins, as in the file store), store the same on both backends.
void TestServerStore::batchedImportAlikeOnBothBackends()
{
    REQUIRE_PG_CLUSTER(cluster);
    CaseRecords records;
    const CaseRecords demo = demoRecords();
    for (int i = 0; i < 640; ++i) {
        Client client = demo.clients.at(i % demo.clients.size());
        client.ref = QStringLiteral("B-%1").arg(i, 4, 10, QLatin1Char('0'));
        records.clients << client;
    }
    Client again = records.clients.at(3);
    again.name = QStringLiteral("Given twice");
    again.events.removeFirst();
    records.clients << again;
    AnyStore file, server;
    QTemporaryDir dir;
    StoreError error;
    file.file = CaseStore::create(dir.filePath(QStringLiteral("case.rebuttal")), &error);
    QVERIFY2(file.file, qPrintable(error.message));
    server.server = ServerStore::create(cluster.location(freshName("batch")), &error);
    QVERIFY2(server.server, qPrintable(error.message));
    for (AnyStore *store : {&file, &server}) {
        CaseImportCounts counts;
        QVERIFY2(!(error = store->importRecords(records, &counts)).isError(), qPrintable(error.message));
        QCOMPARE(counts.clients, 641);
        QCOMPARE(store->clientCount(), 640);
    }
    QCOMPARE(server.spellRows(), file.spellRows());
    for (const Client &client : std::as_const(records.clients)) {
        const std::optional<Client> onFile = file.client(client.ref, &error);
        const std::optional<Client> onServer = server.client(client.ref, &error);
        QVERIFY2(onFile && onServer, qPrintable(client.ref));
        if (!(*onServer == *onFile)) {
            qWarning() << onServer->name << onFile->name << onServer->events.size() << onFile->events.size() << onServer->allegations.size() << onFile->allegations.size();
            for (int k = 0; k < qMin(onServer->events.size(), onFile->events.size()); ++k)
                qWarning() << onServer->events[k].ref << onFile->events[k].ref << (onServer->events[k] == onFile->events[k]);
        }
        QVERIFY2(*onServer == *onFile, qPrintable(client.ref));
    }
    QCOMPARE(server.client(again.ref, &error)->name, again.name);
}

void TestServerStore::killedClientMidImportLeavesNothing()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString matter = freshName("killed");
    const QString address = cluster.address(matter);
    CliRun run = cli({QStringLiteral("init"), QStringLiteral("--store"), address});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // The import writes its first client, then waits for the spells table, mid-transaction, where it is
    // killed: the server rolls its transaction back and ends its process: no client, no log entry.
    const QString waitedIn = killedWhileWaitingOn(cluster, matter, QStringLiteral("spells"),
                                                  {QStringLiteral("import"), QStringLiteral("cases"),
                                                   QStringLiteral(REBUTTAL_SOURCE_DIR "/resources/demo/cases.json"),
                                                   QStringLiteral("--store"), address});
    QVERIFY(!waitedIn.isEmpty());
    StoreError error;
    std::unique_ptr<ServerStore> store = ServerStore::open(cluster.location(matter), &error);
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(ServerClientRecords(*store).clientCount(), 0);
    QCOMPARE(store->activityEntries().size(), 1);
    // And the same import, run again whole, stores everything once.
    run = cli({QStringLiteral("import"), QStringLiteral("cases"), QStringLiteral(REBUTTAL_SOURCE_DIR "/resources/demo/cases.json"),
               QStringLiteral("--store"), address});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(ServerClientRecords(*store).clientCount(), 8);
}

void TestServerStore::upgradesAVersion5Matter()
{
    REQUIRE_PG_CLUSTER(cluster);
    std::unique_ptr<PgConnection> admin = adminConnection(cluster);
    QVERIFY(admin);
    const QString schema = emptyMatterSchema(cluster, *admin, "upgrade");
    QVERIFY(!schema.isEmpty());
    // A matter as the build before row versions left it, with a client in it.
    const QList<ServerMigration> version5 = ServerSchema::migrations().mid(0, 5);
    QCOMPARE(version5.constLast().version, 5);
    StoreError error = ServerSchema::migrate(*admin, schema, QStringLiteral("pg_monitor"), QStringLiteral("pg_monitor"), version5);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QVERIFY(!admin->exec(QStringLiteral("INSERT INTO %1.clients (ref, name) VALUES ('C-1', 'Maria')").arg(schema)).isError());
    QVERIFY(!serverColumns(*admin, schema).contains(QStringLiteral("clients.version")));

    error = ServerSchema::migrate(*admin, schema, QStringLiteral("pg_monitor"), QStringLiteral("pg_monitor"));
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(ServerSchema::storedVersion(*admin, schema, &error), Schema::currentVersion());
    PgStatement client(*admin, QStringLiteral("SELECT name, version, changed_by FROM %1.clients WHERE ref = 'C-1'").arg(schema));
    QVERIFY(client.exec() && client.next());
    QCOMPARE(client.value(0).toString(), QStringLiteral("Maria"));
    QCOMPARE(client.value(1).toLongLong(), 1);
    QVERIFY(client.value(2).isNull());
}

// A matter at schema 5: no command upgrades it in passing, a read or a write, and each says how;
// init upgrades it and says what that means for colleagues; then the commands work on it.
void TestServerStore::cliUpgradesAnOlderMatterOnlyThroughInit()
{
    REQUIRE_PG_CLUSTER(cluster);
    const ServerLocation location = cluster.location(freshName("cliold"));
    std::unique_ptr<PgConnection> admin = adminConnection(cluster);
    QVERIFY(admin);
    for (const QString &role : {location.readerRole(), location.editorRole()})
        QVERIFY(!admin->exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role)).isError());
    const QString schema = location.schemaName();
    QVERIFY(!admin->exec(QStringLiteral("CREATE SCHEMA %1").arg(schema)).isError());
    StoreError error = ServerSchema::migrate(*admin, schema, location.readerRole(), location.editorRole(),
                                             ServerSchema::migrations().mid(0, 5));
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QVERIFY(!admin->exec(QStringLiteral("INSERT INTO %1.clients (ref, name) VALUES ('C-1', 'Maria')").arg(schema)).isError());
    const QString address = location.display();

    for (const QStringList &command : {QStringList{QStringLiteral("log")}, QStringList{QStringLiteral("timeline"), QStringLiteral("C-1")},
                                       QStringList{QStringLiteral("grant"), QStringLiteral("reader"), cluster.superuser}}) {
        const CliRun run = cli(command + QStringList{QStringLiteral("--store"), address});
        QVERIFY2(run.exitCode != 0, qPrintable(command.join(QLatin1Char(' '))));
        QVERIFY2(run.err.contains(QLatin1String("needs a schema upgrade")) && run.err.contains(QLatin1String("rebuttal-cli init")),
                 qPrintable(run.err));
        QCOMPARE(ServerSchema::storedVersion(*admin, schema, &error), 5);
    }
    CliRun run = cli({QStringLiteral("init"), QStringLiteral("--store"), address});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("Upgraded the matter")) && run.err.contains(QLatin1String("colleagues")), qPrintable(run.err));
    QCOMPARE(ServerSchema::storedVersion(*admin, schema, &error), ServerSchema::migrations().constLast().version);
    run = cli({QStringLiteral("timeline"), QStringLiteral("C-1"), QStringLiteral("--store"), address});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({QStringLiteral("init"), QStringLiteral("--store"), address});
    QVERIFY2(run.exitCode == 0 && run.err.contains(QLatin1String("nothing changed")), qPrintable(run.err));
}

void TestServerStore::rowVersionsStampedByTheServer()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString matter = freshName("stamp");
    const QString editor = freshName("fay");
    std::unique_ptr<ServerStore> owner = matterWithLogin(cluster, matter, editor, ServerStore::Role::Editor);
    QVERIFY(owner);
    StoreError error;
    std::unique_ptr<ServerStore> store = ServerStore::open(cluster.location(matter, editor), &error);
    QVERIFY2(store, qPrintable(error.message));
    PgConnection &connection = store->connection();
    for (const VersionedTable &table : Schema::versionedTables())
        QVERIFY2(serverColumns(connection, cluster.location(matter).schemaName()).contains(table.name + QStringLiteral(".version")),
                 qPrintable(table.name));
    QVERIFY(!connection.exec(QStringLiteral("INSERT INTO clients (ref, name) VALUES ('C1', 'A')")).isError());
    // A client that names someone else, another time and a version of its choosing is overruled.
    QVERIFY(!connection
                 .exec(QStringLiteral("UPDATE clients SET name = 'B', version = 40, changed_by = 'someone_else',"
                                      " changed_at = '2001-01-01T00:00:00.000Z'"))
                 .isError());
    PgStatement row(connection, QStringLiteral("SELECT version, changed_by, changed_at FROM clients"));
    QVERIFY(row.exec() && row.next());
    QCOMPARE(row.value(0).toLongLong(), 2);
    QCOMPARE(row.value(1).toString(), editor);
    const QDateTime at = QDateTime::fromString(row.value(2).toString(), Qt::ISODateWithMs);
    QVERIFY2(at.isValid() && qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 120, qPrintable(row.value(2).toString()));
}

void TestServerStore::twoWritersOnTheSameClient_data()
{
    addBackendRows();
}

// Two people edit the same client at once, each in their own window (a process of their own on
// the same file, or their own login on the server): the second save is refused, naming the first.
void TestServerStore::twoWritersOnTheSameClient()
{
    QFETCH(QString, backend);
    AnyStore first, second;
    QTemporaryDir dir;
    StoreError error;
    QString firstLogin;
    if (backend == QLatin1String("file")) {
        const QString path = dir.filePath(QStringLiteral("case.rebuttal"));
        first.file = CaseStore::create(path, &error);
        QVERIFY2(first.file, qPrintable(error.message));
        second.file = CaseStore::open(path, &error);
        QVERIFY2(second.file, qPrintable(error.message));
        firstLogin = ActivityLog::currentUser();
    } else {
        REQUIRE_PG_CLUSTER(cluster);
        const QString matter = freshName("writers");
        firstLogin = freshName("ana");
        const QString secondLogin = freshName("ben");
        std::unique_ptr<ServerStore> owner = matterWithLogin(cluster, matter, firstLogin, ServerStore::Role::Editor);
        QVERIFY(owner);
        QVERIFY(!owner->connection().exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(secondLogin)).isError());
        QVERIFY(!owner->grant(secondLogin, ServerStore::Role::Editor).isError());
        first.server = ServerStore::open(cluster.location(matter, firstLogin), &error);
        QVERIFY2(first.server, qPrintable(error.message));
        second.server = ServerStore::open(cluster.location(matter, secondLogin), &error);
        QVERIFY2(second.server, qPrintable(error.message));
    }
    QVERIFY2(!(error = first.importRecords(demoRecords(), nullptr)).isError(), qPrintable(error.message));
    const QString ref = QStringLiteral("C-001");

    // Both read the client as it is.
    RowStamp firstRead, secondRead;
    std::optional<Client> firstCopy = first.client(ref, &error, &firstRead);
    std::optional<Client> secondCopy = second.client(ref, &error, &secondRead);
    QVERIFY(firstCopy && secondCopy);
    QCOMPARE(firstRead.version, secondRead.version);

    // The first saves a new name and one event fewer.
    firstCopy->name = QStringLiteral("First Writer's Name");
    firstCopy->events.removeLast();
    qint64 saved = 0;
    QVERIFY2(!(error = first.saveClient(ref, firstCopy, firstRead.version, &saved)).isError(), qPrintable(error.message));
    QVERIFY(saved > firstRead.version);
    RowStamp afterFirst;
    QVERIFY(second.client(ref, &error, &afterFirst));
    QCOMPARE(afterFirst.version, saved);
    QCOMPARE(afterFirst.changedBy, firstLogin);
    const QDateTime changedAt = QDateTime::fromString(afterFirst.changedAt, Qt::ISODateWithMs);
    QVERIFY2(changedAt.isValid() && qAbs(changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120,
             qPrintable(afterFirst.changedAt));

    // The second, saving over what they read, is refused with who and when; the first's edit stays.
    secondCopy->notes = QStringLiteral("Second writer's notes");
    const int logged = first.activity().size();
    error = second.saveClient(ref, secondCopy, secondRead.version);
    QCOMPARE(error.kind, StoreError::Kind::Conflict);
    QVERIFY2(error.message.contains(firstLogin), qPrintable(error.message));
    QVERIFY2(error.message.contains(changedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
             qPrintable(error.message));
    QCOMPARE(*first.client(ref, &error), *firstCopy);
    QCOMPARE(first.activity().size(), logged);

    // Reloaded, the second applies their change again, over the first's.
    RowStamp reloaded;
    std::optional<Client> again = second.client(ref, &error, &reloaded);
    QVERIFY(again);
    again->notes = secondCopy->notes;
    QVERIFY2(!(error = second.saveClient(ref, again, reloaded.version, &saved)).isError(), qPrintable(error.message));
    QCOMPARE(first.client(ref, &error)->name, firstCopy->name);
    QCOMPARE(first.client(ref, &error)->notes, secondCopy->notes);

    // A client deleted by one is not brought back by the other's save.
    QVERIFY(!(error = first.saveClient(ref, std::nullopt, saved)).isError());
    error = second.saveClient(ref, again, saved);
    QCOMPARE(error.kind, StoreError::Kind::Conflict);
    QVERIFY2(error.message.contains(QLatin1String("deleted")), qPrintable(error.message));
    QVERIFY(!second.client(ref, &error));
    QVERIFY(!error.isError());
}

void TestServerStore::changeFeedHearsAnotherConnection()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString matter = freshName("feed");
    const QString editor = freshName("gus");
    std::unique_ptr<ServerStore> owner = matterWithLogin(cluster, matter, editor, ServerStore::Role::Editor);
    QVERIFY(owner);
    StoreError error;
    std::unique_ptr<ServerChangeFeed> feed = ServerChangeFeed::open(cluster.location(matter), &error);
    QVERIFY2(feed, qPrintable(error.message));
    QSignalSpy heard(feed.get(), &ServerChangeFeed::changed);

    std::unique_ptr<ServerStore> colleague = ServerStore::open(cluster.location(matter, editor), &error);
    QVERIFY2(colleague, qPrintable(error.message));
    CaseRecords records = demoRecords();
    records.clients = records.clients.mid(0, 2);
    // Nothing is heard before the commit.
    QVERIFY(!colleague->connection().begin().isError());
    QVERIFY(!colleague->connection().exec(QStringLiteral("INSERT INTO clients (ref, name) VALUES ('X-1', 'x')")).isError());
    QTest::qWait(300);
    QCOMPARE(heard.count(), 0);
    colleague->connection().rollback();
    QTest::qWait(300);
    QCOMPARE(heard.count(), 0); // nor after a rollback

    QVERIFY(!ServerClientRecords(*colleague).importRecords(records, ActivityDetail("test")).isError());
    QList<ServerChange> changes;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        for (const QList<QVariant> &signal : std::as_const(heard))
            changes += signal.at(0).value<QList<ServerChange>>();
        heard.clear();
        return changes.size() >= 2;
    }(), 10000);
    QCOMPARE(changes.size(), 2);
    QSet<qint64> ids;
    for (const ServerChange &change : std::as_const(changes)) {
        QCOMPARE(change.table, QStringLiteral("clients"));
        QCOMPARE(change.operation, QStringLiteral("INSERT"));
        QCOMPARE(change.login, editor);
        ids.insert(change.id);
    }
    PgStatement stored(owner->connection(), QStringLiteral("SELECT id FROM clients"));
    QVERIFY(stored.exec());
    QSet<qint64> storedIds;
    while (stored.next())
        storedIds.insert(stored.value(0).toLongLong());
    QCOMPARE(ids, storedIds);

    // An edit is heard as an update of that client, a deletion as a delete.
    RowStamp stamp;
    std::optional<Client> client = ServerClientRecords(*colleague).client(records.clients.first().ref, &error, &stamp);
    QVERIFY(client);
    client->notes = QStringLiteral("edited");
    QVERIFY(!ServerClientRecords(*colleague).saveClient(client->ref, client, QStringLiteral("edit.client"), ActivityDetail("t"),
                                                         stamp.version).isError());
    QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 10000);
    changes = heard.takeFirst().at(0).value<QList<ServerChange>>();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().operation, QStringLiteral("UPDATE"));

    // A connection's last word (announceSessionEnd) is heard after everything it committed, and
    // is no change: a window leaves its jobs' processes out until then, with no time window.
    const int colleaguePid = colleague->connection().backendPid();
    QStringList heardInOrder;
    connect(feed.get(), &ServerChangeFeed::changed, feed.get(), [&heardInOrder](const QList<ServerChange> &now) {
        for (const ServerChange &change : now)
            heardInOrder << change.operation;
    });
    connect(feed.get(), &ServerChangeFeed::sessionEnded, feed.get(), [&heardInOrder, colleaguePid](int backendPid) {
        heardInOrder << (backendPid == colleaguePid ? QStringLiteral("colleague's end") : QStringLiteral("another's end"));
    });
    QVERIFY(!colleague->connection().exec(QStringLiteral("UPDATE clients SET notes = 'again' WHERE ref = $1"),
                                          {records.clients.last().ref}).isError());
    QVERIFY(ServerChangeFeed::announceSessionEnd(colleague->connection()));
    QTRY_COMPARE_WITH_TIMEOUT(heardInOrder.size(), 2, 10000);
    QCOMPARE(heardInOrder, QStringList({QStringLiteral("UPDATE"), QStringLiteral("colleague's end")}));
    // Not inside a transaction: it would be heard at the commit, not when the job is done.
    QVERIFY(!colleague->connection().begin().isError());
    QVERIFY(!ServerChangeFeed::announceSessionEnd(colleague->connection()));
    colleague->connection().rollback();
}

// The server restarted (pg_ctl restart) between two statements of a session.
void TestServerStore::serverRestartedMidSession()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString matter = freshName("restart");
    StoreError error;
    std::unique_ptr<ServerStore> store = ServerStore::create(cluster.location(matter), &error);
    QVERIFY2(store, qPrintable(error.message));
    std::unique_ptr<ServerChangeFeed> feed = ServerChangeFeed::open(cluster.location(matter), &error);
    QVERIFY2(feed, qPrintable(error.message));
    QSignalSpy interrupted(feed.get(), &ServerChangeFeed::interrupted);
    QSignalSpy heard(feed.get(), &ServerChangeFeed::changed);
    const auto restart = [] {
        QProcess process;
        process.start(QStringLiteral("bash"), {QStringLiteral(REBUTTAL_SOURCE_DIR "/scripts/pg-test-cluster.sh"),
                                               QStringLiteral("restart"), qEnvironmentVariable("REBUTTAL_PG_TEST_CLUSTER")});
        return process.waitForFinished(90000) && process.exitCode() == 0;
    };

    // Outside a transaction: the next statement reconnects and runs.
    QVERIFY(restart());
    QVERIFY(!ServerClientRecords(*store).importRecords(demoRecords(), ActivityDetail("test")).isError());
    QCOMPARE(ServerClientRecords(*store).clientCount(&error), 8);
    QVERIFY2(!error.isError(), qPrintable(error.message));

    // The feed said it lost the server, then listens again and hears what comes after.
    QTRY_VERIFY_WITH_TIMEOUT(interrupted.count() >= 2, 20000);
    QVERIFY(interrupted.first().at(0).value<StoreError>().isError());
    QVERIFY(!interrupted.last().at(0).value<StoreError>().isError());
    heard.clear();
    QVERIFY(!store->connection().exec(QStringLiteral("UPDATE clients SET notes = 'after' WHERE ref = 'C-001'")).isError());
    QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 10000);

    // Inside a transaction: the loss is said (Unreachable), and nothing of it was written.
    QVERIFY(!store->connection().begin().isError());
    QVERIFY(!store->connection().exec(QStringLiteral("DELETE FROM clients WHERE ref = 'C-002'")).isError());
    QVERIFY(restart());
    error = store->connection().exec(QStringLiteral("DELETE FROM clients WHERE ref = 'C-003'"));
    QCOMPARE(error.kind, StoreError::Kind::Unreachable);
    store->connection().rollback();
    QCOMPARE(ServerClientRecords(*store).clientCount(&error), 8);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QVERIFY(ServerClientRecords(*store).client(QStringLiteral("C-002"), &error));
}

void TestServerStore::cliInitGrantAndLog()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString matter = freshName("cli");
    const QString reader = freshName("carla");
    const QString address = cluster.address(matter);
    // Another matter first: the server then says the shared extensions exist already, a notice
    // meant for a database administrator, not for the user of the command.
    CliRun run = cli({QStringLiteral("init"), QStringLiteral("--store"), cluster.address(freshName("cli_first"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({QStringLiteral("init"), QStringLiteral("--store"), address});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("Created the matter")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("NOTICE")), qPrintable(run.err));
    run = cli({QStringLiteral("init"), QStringLiteral("--store"), address});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("nothing changed")), qPrintable(run.err));

    std::unique_ptr<PgConnection> admin = adminConnection(cluster);
    QVERIFY(admin);
    QVERIFY(!admin->exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(reader)).isError());
    run = cli({QStringLiteral("grant"), QStringLiteral("reader"), reader, QStringLiteral("--store"), address});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({QStringLiteral("grant"), QStringLiteral("owner"), reader, QStringLiteral("--store"), address});
    QCOMPARE(run.exitCode, 2);
    run = cli({QStringLiteral("grant"), QStringLiteral("reader"), QStringLiteral("nobody_such"), QStringLiteral("--store"),
               address});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QLatin1String("nobody_such")), qPrintable(run.err));

    // The reader reads the log, under their own login, and cannot grant themselves more.
    const QString asReader = cluster.address(matter, reader);
    run = cli({QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--store"), asReader});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray activity = run.json().value(QStringLiteral("activity")).toArray();
    QCOMPARE(activity.size(), 2);
    QCOMPARE(activity.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("store.create"));
    QCOMPARE(activity.at(0).toObject().value(QStringLiteral("user")).toString(), cluster.superuser);
    QCOMPARE(activity.at(1).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("matter.grant"));
    run = cli({QStringLiteral("grant"), QStringLiteral("editor"), reader, QStringLiteral("--store"), asReader});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QLatin1String("refused")), qPrintable(run.err));
    run = cli({QStringLiteral("log"), QStringLiteral("--store"), address});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QString::fromUtf8(run.out).count(QLatin1Char('\n')), 2);
    QVERIFY(QString::fromUtf8(run.out).contains(QLatin1String("matter.grant")));
}

void TestServerStore::cliRefusesWhatDoesNotRunOnAServerYet()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString address = cluster.address(freshName("notyet"));
    CliRun run = cli({QStringLiteral("init"), QStringLiteral("--store"), address});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // verify runs on a matter too (tst_serververify checks one damaged).
    run = cli({QStringLiteral("verify"), QStringLiteral("--store"), address});
    QVERIFY2(run.exitCode == 0 && run.out.contains("no damage found"), qPrintable(run.err));
    // An address without a matter is a usage error; an unreachable server a store problem.
    run = cli({QStringLiteral("log"), QStringLiteral("--store"), QStringLiteral("postgresql://localhost/cases")});
    QCOMPARE(run.exitCode, 2);
    run = cli({QStringLiteral("log"), QStringLiteral("--store"),
               QStringLiteral("postgresql:///cases?matter=a&host=/nonexistent/socket")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QLatin1String("Cannot connect")), qPrintable(run.err));
}

// Migration 7 creates the unaccent extension, the database's, the first time: that takes the
// CREATE privilege on the database. A matter's owner who has lost it since creating the matter
// (at version 6 here) is told so when the upgrade runs, naming the database's owner and the
// statement; the matter stays at version 6; once the owner has run it, the upgrade goes through.
void TestServerStore::unaccentRefusedSaysWhoMayCreateIt()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString database = freshName("nounaccent");
    const QString login = freshName("creator");
    std::unique_ptr<PgConnection> admin = adminConnection(cluster);
    QVERIFY(admin);
    QVERIFY(!admin->exec(QStringLiteral("CREATE DATABASE %1").arg(database)).isError());
    QVERIFY(!admin->exec(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE").arg(login)).isError());
    QVERIFY(!admin->exec(QStringLiteral("GRANT CREATE ON DATABASE %1 TO %2").arg(database, login)).isError());
    ServerLocation location = cluster.location(freshName("accents"), login);
    location.database = database;
    const QString schema = location.schemaName();

    StoreError error;
    {
        std::unique_ptr<PgConnection> creator = PgConnection::open(location, &error);
        QVERIFY2(creator, qPrintable(error.message));
        for (const QString &sql : {QStringLiteral("CREATE SCHEMA %1").arg(schema), QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(location.readerRole()),
                                   QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(location.editorRole())})
            QVERIFY(!creator->exec(sql).isError());
        error = ServerSchema::migrate(*creator, schema, location.readerRole(), location.editorRole(), ServerSchema::migrations().mid(0, 6));
        QVERIFY2(!error.isError(), qPrintable(error.message));
    }
    QVERIFY(!admin->exec(QStringLiteral("REVOKE CREATE ON DATABASE %1 FROM %2").arg(database, login)).isError());

    // Opening it is refused (it is older); the upgrade, asked for, is what meets the refusal.
    QVERIFY(!ServerStore::open(location, &error));
    QCOMPARE(error.kind, StoreError::Kind::NewerSchema);
    error = ServerStore::upgrade(location);
    QCOMPARE(error.kind, StoreError::Kind::Denied);
    QVERIFY2(error.message.contains(QStringLiteral("Search needs PostgreSQL's unaccent extension in the database %1, and your "
                                                   "login %2 may not create it").arg(database, login)),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("Ask the database's owner (%1) to run once, in the database %2: CREATE "
                                                   "EXTENSION unaccent SCHEMA public;").arg(cluster.superuser, database)),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("(The server said: ")), qPrintable(error.message));

    ServerLocation asOwner = location;
    asOwner.user = cluster.superuser;
    {
        std::unique_ptr<PgConnection> owner = PgConnection::open(asOwner, &error);
        QVERIFY2(owner, qPrintable(error.message));
        QCOMPARE(ServerSchema::storedVersion(*owner, schema, &error), 6);
        QVERIFY(!owner->exec(QStringLiteral("CREATE EXTENSION unaccent SCHEMA public")).isError());
    }
    error = ServerStore::upgrade(location);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    std::unique_ptr<ServerStore> store = ServerStore::open(location, &error);
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(store->schemaVersion(), ServerSchema::migrations().constLast().version);
    store.reset();
    QVERIFY(!admin->exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(database)).isError());
}

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_serverstore.moc"
