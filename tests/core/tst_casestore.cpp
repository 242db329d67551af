// CaseStore: creating, reopening, upgrading and refusing case files without ever damaging them.
// Registered twice (BOTH_BACKENDS): what a matter on a server shares with a case file runs on both.
#include "StoreFiles.h"
#include "TestStores.h"
#include "cases/CaseRecordsReader.h"
#include "domain/ActivityDetail.h"
#include "store/ActivityLog.h"
#include "store/CaseStore.h"
#include "store/CaseVerifier.h"
#include "store/ClientRecords.h"
#include "store/OpenStore.h"
#include "store/ProductionDestination.h"
#include "store/Schema.h"
#include "store/VaughnIndexStore.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace rebuttal;
using namespace rebuttal::test;

Q_DECLARE_METATYPE(StoreError::Kind)

namespace {

QVariant pragma(CaseStore &store, const QString &name)
{
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

// The last page holding `table` (SQLite's dbstat), to plant damage where it is known to land.
int lastPageOf(const QString &path, const char *table)
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    int page = 0;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
        && sqlite3_prepare_v2(db, "SELECT max(pageno) FROM dbstat WHERE name = ?", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_text(statement, 1, table, -1, SQLITE_STATIC);
        if (sqlite3_step(statement) == SQLITE_ROW)
            page = sqlite3_column_int(statement, 0);
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return page;
}

CaseRecords oneClient(const QString &ref, const QString &name)
{
    CaseRecords records;
    Client client;
    client.ref = ref;
    client.name = name;
    Allegation allegation;
    allegation.ref = QStringLiteral("AL1");
    allegation.source = AllegationSource::RedNotice;
    allegation.kind = AllegationKind::Warrant;
    client.allegations << allegation;
    records.clients << client;
    return records;
}

// A store at schema version 1, as the first release wrote it, with one client in it.
void createVersion1Store(const QString &path)
{
    const QString connection = QStringLiteral("v1-builder");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        QVERIFY(!Schema::migrate(db, {Schema::migrations().constFirst()}).isError());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO clients (ref, name) VALUES ('C-1', 'Maria')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

class TestCaseStore : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;
    QString path(const QString &name) const { return m_stores.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        PREPARE_TEST_STORES(m_stores);
        CaseStore::setBusyTimeoutMs(200);
    }

    void createLogsItsCreation()
    {
        StoreError error;
        std::unique_ptr<OpenStore> store = m_stores.create(QStringLiteral("logged.rebuttal"), &error);
        QVERIFY2(store, qPrintable(error.message));
        const QList<ActivityEntry> log = store->activityEntries(&error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().action, QStringLiteral("store.create"));
        QCOMPARE(log.first().user, m_stores.login());
    }

    void createSetsIdentityPragmasAndPermissions()
    {
        FILE_ONLY("SQLite's pragmas and the file's permissions");
        StoreError error;
        const QString file = path(QStringLiteral("new.rebuttal"));
        std::unique_ptr<CaseStore> store = CaseStore::create(file, &error);
        QVERIFY2(store, qPrintable(error.message));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(file).permissions() & others, QFileDevice::Permissions());
        QVERIFY(QFileInfo(file).permissions().testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(pragma(*store, QStringLiteral("application_id")).toLongLong(), qint64(qint32(CaseStore::ApplicationId)));
        QCOMPARE(pragma(*store, QStringLiteral("user_version")).toInt(), Schema::currentVersion());
        QCOMPARE(pragma(*store, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(*store, QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(*store, QStringLiteral("secure_delete")).toInt(), 1);
        QCOMPARE(pragma(*store, QStringLiteral("temp_store")).toInt(), 2); // memory: no temp files
        const QList<ActivityEntry> log = store->activity().entries();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().action, QStringLiteral("store.create"));
        QCOMPARE(log.first().user, ActivityLog::currentUser());
        // The file's name may be a client's: the log names no file.
        QCOMPARE(ActivityDetail::english(log.first().detail), QStringLiteral("Created the case file"));
    }

    void createRefusesAnExistingStore()
    {
        StoreError error;
        {
            std::unique_ptr<OpenStore> store = m_stores.create(QStringLiteral("taken-store.rebuttal"), &error);
            QVERIFY2(store, qPrintable(error.message));
            QVERIFY(!store->clients().importRecords(oneClient(QStringLiteral("C-1"), QStringLiteral("Maria")),
                                                    ActivityDetail("t.json")).isError());
        }
        QVERIFY(!m_stores.create(QStringLiteral("taken-store.rebuttal"), &error));
        QCOMPARE(error.kind, StoreError::Kind::Exists);
        std::unique_ptr<OpenStore> store = m_stores.open(QStringLiteral("taken-store.rebuttal"), &error);
        QVERIFY2(store, qPrintable(error.message));
        QCOMPARE(store->clients().client(QStringLiteral("C-1"))->name, QStringLiteral("Maria"));
        QCOMPARE(store->activityEntries().size(), 2);
    }

    void createRefusesAnExistingFile()
    {
        FILE_ONLY("a file that is not a case file, at the path create() is given");
        const QString file = path(QStringLiteral("taken.rebuttal"));
        writeBytes(file, "my notes");
        StoreError error;
        QVERIFY(!CaseStore::create(file, &error));
        QCOMPARE(error.kind, StoreError::Kind::Exists);
        QCOMPARE(fileBytes(file), QByteArray("my notes"));
    }

    void reopenKeepsEverything()
    {
        const QString name = QStringLiteral("reopen.rebuttal");
        StoreError error;
        {
            std::unique_ptr<OpenStore> store = m_stores.create(name, &error);
            QVERIFY2(store, qPrintable(error.message));
            QVERIFY(!store->clients().importRecords(oneClient(QStringLiteral("C-1"), QStringLiteral("Maria")),
                                                    ActivityDetail("t.json")).isError());
        }
        std::unique_ptr<OpenStore> store = m_stores.open(name, &error);
        QVERIFY2(store, qPrintable(error.message));
        QCOMPARE(store->clients().clientCount({}), 1);
        QCOMPARE(store->clients().client(QStringLiteral("C-1"))->name, QStringLiteral("Maria"));
        QCOMPARE(store->activityEntries().size(), 2);
        QCOMPARE(store->activityEntries().last().user, m_stores.login());
    }

    void upgradesAnOlderSchema()
    {
        FILE_ONLY("a matter's older schema is refused by open() and upgraded on request by ServerStore::upgrade "
                  "(tst_serverstore upgradesAVersion5Matter)");
        const QString file = path(QStringLiteral("v1.rebuttal"));
        createVersion1Store(file);
        StoreError error;
        std::unique_ptr<CaseStore> store = CaseStore::open(file, &error);
        QVERIFY2(store, qPrintable(error.message));
        QCOMPARE(store->schemaVersion(), Schema::currentVersion());
        QCOMPARE(ClientRecords(*store).client(QStringLiteral("C-1"))->name, QStringLiteral("Maria"));
        const QList<ActivityEntry> log = store->activity().entries();
        QVERIFY(!log.isEmpty());
        QCOMPARE(log.last().action, QStringLiteral("store.upgrade"));
        // Version 2 brought full-text search and the append-only guard.
        QSqlQuery query(store->database());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM page_search")));
        // Version 6 row versions: the client written before has version 1 and no author; a change
        // raises the version and stamps the time.
        RowStamp stamp;
        QVERIFY(ClientRecords(*store).client(QStringLiteral("C-1"), &error, &stamp));
        QCOMPARE(stamp.version, 1);
        QVERIFY(stamp.changedBy.isEmpty() && stamp.changedAt.isEmpty());
        QVERIFY(query.exec(QStringLiteral("UPDATE clients SET name = 'Maria B' WHERE ref = 'C-1'")));
        QVERIFY(ClientRecords(*store).client(QStringLiteral("C-1"), &error, &stamp));
        QCOMPARE(stamp.version, 2);
        QVERIFY2(QDateTime::fromString(stamp.changedAt, Qt::ISODateWithMs).isValid(), qPrintable(stamp.changedAt));
    }

    void failedMigrationLeavesTheFileAsItWas()
    {
        FILE_ONLY("SQLite's migrations and the file's bytes; a matter's: tst_serverstore failedMigrationLeavesNothing");
        const QString file = path(QStringLiteral("failing.rebuttal"));
        createVersion1Store(file);
        const QByteArray before = fileBytes(file);
        QList<Migration> plan = Schema::migrations();
        plan << Migration{Schema::currentVersion() + 1, QStringLiteral("broken"),
                          {QStringLiteral("CREATE TABLE fine (x)"), QStringLiteral("THIS IS NOT SQL")}, {}};
        const QString connection = QStringLiteral("failing");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            const StoreError error = Schema::migrate(db, plan);
            QVERIFY(error.isError());
            QVERIFY(error.message.contains(QString::number(Schema::currentVersion() + 1)));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        QCOMPARE(fileBytes(file), before);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")) || QFileInfo(file + QStringLiteral("-wal")).size() == 0);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<StoreError::Kind>("kind");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("missing") << "missing.rebuttal" << StoreError::Kind::NotFound << "does not exist";
        QTest::newRow("text file") << "notes.rebuttal" << StoreError::Kind::NotAStore << "not an SQLite database";
        QTest::newRow("zero bytes") << "empty.rebuttal" << StoreError::Kind::NotAStore << "not an SQLite database";
        QTest::newRow("pdf") << "scan.pdf" << StoreError::Kind::NotAStore << "not an SQLite database";
        QTest::newRow("other sqlite") << "other.sqlite" << StoreError::Kind::NotAStore << "not a Rebuttal case file";
        QTest::newRow("newer schema") << "newer.rebuttal" << StoreError::Kind::NewerSchema << "newer version";
        QTest::newRow("tables missing") << "dropped.rebuttal" << StoreError::Kind::Corrupt << "damaged";
        QTest::newRow("truncated") << "truncated.rebuttal" << StoreError::Kind::Corrupt << "damaged";
    }

    void refusesBadFiles()
    {
        FILE_ONLY("files that are not case files, and damaged bytes");
        QFETCH(QString, name);
        QFETCH(StoreError::Kind, kind);
        QFETCH(QString, mentions);
        const QString file = path(name);
        StoreError error;
        if (name == QLatin1String("notes.rebuttal")) {
            writeBytes(file, "Client meeting notes, not a database.\n");
        } else if (name == QLatin1String("empty.rebuttal")) {
            writeBytes(file, QByteArray());
        } else if (name == QLatin1String("scan.pdf")) {
            writeBytes(file, "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n");
        } else if (name == QLatin1String("other.sqlite")) {
            QVERIFY(execRaw(file, "CREATE TABLE t(x); INSERT INTO t VALUES (1);"));
        } else if (name != QLatin1String("missing.rebuttal")) {
            QVERIFY(CaseStore::create(file, &error));
            // Fill it so the damage below lands on real b-tree pages.
            std::unique_ptr<CaseStore> store = CaseStore::open(file, &error);
            QVERIFY(store);
            CaseRecords many;
            for (int i = 0; i < 400; ++i)
                many.clients << oneClient(QStringLiteral("C-%1").arg(i), QStringLiteral("Client number %1").arg(i)).clients;
            QVERIFY(!ClientRecords(*store).importRecords(many, ActivityDetail("many.json")).isError());
            store.reset();
            if (name == QLatin1String("newer.rebuttal")) {
                QVERIFY(execRaw(file, "PRAGMA user_version = 999"));
            } else if (name == QLatin1String("dropped.rebuttal")) {
                QVERIFY(execRaw(file, "PRAGMA foreign_keys = OFF; DROP TABLE evidence"));
            } else {
                QByteArray bytes = fileBytes(file);
                QVERIFY(bytes.size() > 8 * 4096);
                bytes.truncate(bytes.size() / 2);
                writeBytes(file, bytes);
            }
        }
        const bool existed = QFileInfo::exists(file);
        const QByteArray before = fileBytes(file);

        std::unique_ptr<CaseStore> store = CaseStore::open(file, &error);
        QVERIFY(!store);
        QCOMPARE(error.kind, kind);
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
        QVERIFY2(error.message.contains(name), qPrintable(error.message));
        QCOMPARE(QFileInfo::exists(file), existed);
        QCOMPARE(fileBytes(file), before);
    }

    // Opening reads the header and the schema only; damage deeper in the file is found by the
    // full check, which names it, and by the statement that meets it (never silently).
    void verifyFindsDamageOpeningDoesNotRead()
    {
        FILE_ONLY("SQLite's b-tree pages; a matter's verify: tst_serververify");
        const QString file = path(QStringLiteral("damaged.rebuttal"));
        StoreError error;
        QVERIFY(CaseStore::create(file, &error));
        {
            std::unique_ptr<CaseStore> store = CaseStore::open(file, &error);
            QVERIFY(store);
            CaseRecords many;
            for (int i = 0; i < 400; ++i)
                many.clients << oneClient(QStringLiteral("C-%1").arg(i), QStringLiteral("Client number %1").arg(i)).clients;
            QVERIFY(!ClientRecords(*store).importRecords(many, ActivityDetail("many.json")).isError());
        }
        QCOMPARE(CaseVerifier(file).run().problems, QStringList());
        QVERIFY(CaseVerifier(file).run().isSound());
        // Damage a page of the clients table (not the schema's, which opening reads).
        const int page = lastPageOf(file, "clients");
        QVERIFY(page > 1);
        QByteArray bytes = fileBytes(file);
        bytes.replace((page - 1) * 4096, 4096, QByteArray(4096, '\x5a'));
        writeBytes(file, bytes);

        std::unique_ptr<CaseStore> store = CaseStore::open(file, &error);
        QVERIFY2(store, qPrintable(error.message));
        int steps = 0, total = 0;
        CaseVerifier verifier(file);
        verifier.setProgress([&](int done, int of) {
            steps = done;
            total = of;
        });
        const CaseVerifier::Report report = verifier.run();
        QVERIFY(!report.isSound());
        QVERIFY(!report.problems.isEmpty());
        QVERIFY2(report.problems.first().contains(QLatin1String("integrity check")), qPrintable(report.problems.first()));
        QCOMPARE(steps, total);
        QVERIFY(total >= 2);
    }

    void verifyFindsStoredFileNotMatchingItsHash()
    {
        FILE_ONLY("CaseVerifier; a matter's verify: tst_serververify");
        const QString file = path(QStringLiteral("tampered.rebuttal"));
        StoreError error;
        QVERIFY(CaseStore::create(file, &error));
        QVERIFY(execRaw(file, "INSERT INTO documents (id, file_name, sha256, size, imported_at) VALUES "
                              "(7, 'release.pdf', '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824', 5, '2026-01-01');"
                              "INSERT INTO document_files (document_id, bytes) VALUES (7, CAST('hello' AS BLOB));"));
        CaseVerifier::Report report = CaseVerifier(file).run();
        QVERIFY2(report.isSound(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.storedFiles, 1);
        QVERIFY(execRaw(file, "UPDATE document_files SET bytes = CAST('jello' AS BLOB) WHERE document_id = 7"));
        report = CaseVerifier(file).run();
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(report.problems.first().contains(QLatin1String("production 7 (release.pdf)")));
        QVERIFY(report.problems.first().contains(QLatin1String("SHA-256")));
    }

    // The look-ups an import makes before anything else (is this file in already?) and a page's
    // text say when their read failed, instead of "none" or "no text".
    void lookUpsReportAFailedRead_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("documents") << QStringLiteral("documents");
        QTest::newRow("pages") << QStringLiteral("pages");
        QTest::newRow("vaughn indexes") << QStringLiteral("vaughn_indexes");
    }

    void lookUpsReportAFailedRead()
    {
        QFETCH(QString, table);
        const QString name = QStringLiteral("hollow-") + table + QStringLiteral(".rebuttal");
        const QString sha256(64, QLatin1Char('a'));
        StoreError error;
        {
            std::unique_ptr<OpenStore> store = m_stores.create(name, &error);
            QVERIFY2(store, qPrintable(error.message));
            // Sound, each reads and finds nothing.
            QVERIFY(!store->productionDestination()->documentWithSha256(sha256, &error) && !error.isError());
            QVERIFY(store->documents().pages(1, &error).isEmpty() && !error.isError());
            QVERIFY(!store->vaughnIndexes().indexWithSha256(sha256, &error) && !error.isError());
        }
        // The table loses its columns behind the app, as damage or another program would do it.
        QVERIFY(m_stores.hollowOut(name, table));
        std::unique_ptr<OpenStore> store = m_stores.open(name, &error);
        QVERIFY2(store, qPrintable(error.message));
        if (table == QLatin1String("documents"))
            QVERIFY(!store->productionDestination()->documentWithSha256(sha256, &error));
        else if (table == QLatin1String("pages"))
            QVERIFY(store->documents().pages(1, &error).isEmpty());
        else
            QVERIFY(!store->vaughnIndexes().indexWithSha256(sha256, &error));
        // A table without its columns is a damaged store, in words a user can act on, the
        // database's own kept after them.
        QCOMPARE(error.kind, StoreError::Kind::Corrupt);
        QVERIFY2(error.message.contains(QStringLiteral("damaged")), qPrintable(error.message));
        const QString databaseWords = TestStores::onServer() ? QStringLiteral("does not exist") : QStringLiteral("no such column");
        QVERIFY2(error.message.contains(databaseWords), qPrintable(error.message));
    }

    void refusesALockedStore()
    {
        FILE_ONLY("SQLite's file lock; a server matter is shared by design");
        const QString file = path(QStringLiteral("locked.rebuttal"));
        StoreError error;
        QVERIFY(CaseStore::create(file, &error));
        {
            LockHolder lock(file);
            QVERIFY(lock.isLocked());
            QVERIFY(!CaseStore::open(file, &error));
            QCOMPARE(error.kind, StoreError::Kind::Locked);
            QVERIFY2(error.message.contains(QStringLiteral("locked.rebuttal")), qPrintable(error.message));
        }
        QVERIFY2(CaseStore::open(file, &error), qPrintable(error.message));
    }

    // Refused by the database itself, to any program and login (a raw connection; on the server
    // its superuser), not only by the app.
    void activityLogIsAppendOnly()
    {
        const QString name = QStringLiteral("log.rebuttal");
        StoreError error;
        std::unique_ptr<OpenStore> store = m_stores.create(name, &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(!m_stores.execRaw(name, QStringLiteral("DELETE FROM activity_log")).isEmpty());
        QVERIFY(!m_stores.execRaw(name, QStringLiteral("UPDATE activity_log SET \"user\" = 'someone else'")).isEmpty());
        QCOMPARE(store->activityEntries().size(), 1);
        QCOMPARE(store->activityEntries().first().user, m_stores.login());
        // An entry may not be given an id that puts it before the last one (0 is free, and still refused).
        const QString backDated = TestStores::onServer()
            ? QStringLiteral("INSERT INTO activity_log (id, action) OVERRIDING SYSTEM VALUE VALUES (0, 'back-dated')")
            : QStringLiteral("INSERT INTO activity_log (id, at, user, action) VALUES (0, 'x', 'y', 'back-dated')");
        const QString refusal = m_stores.execRaw(name, backDated);
        QVERIFY2(refusal.contains(QLatin1String("only grows")), qPrintable(refusal));
        QVERIFY(!store->appendActivity(QStringLiteral("after"), ActivityDetail("after")).isError());
        QCOMPARE(store->activityEntries().size(), 2);
        QCOMPARE(store->activityEntries().last().id, 2);
    }

    void saveCopyWritesAConsistentPrivateCopy()
    {
        FILE_ONLY("SQLite's online backup; a matter's Save a Copy is StoreCopier's (tst_storecopier, tst_servermenu)");
        StoreError error;
        std::unique_ptr<CaseStore> store = CaseStore::create(path(QStringLiteral("original.rebuttal")), &error);
        QVERIFY(store);
        QVERIFY(!ClientRecords(*store).importRecords(oneClient(QStringLiteral("C-9"), QStringLiteral("Gustavo")),
                                                     ActivityDetail("t.json")).isError());
        const QString copyPath = path(QStringLiteral("copy.rebuttal"));
        writeBytes(copyPath, "an older copy"); // replaced atomically
        QVERIFY(!store->saveCopy(copyPath).isError());
        QCOMPARE(store->activity().entries().last().action, QStringLiteral("store.copy"));
        QCOMPARE(QFileInfo(copyPath).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        QVERIFY(!QFileInfo::exists(copyPath + QStringLiteral("-wal")));

        std::unique_ptr<CaseStore> copy = CaseStore::open(copyPath, &error);
        QVERIFY2(copy, qPrintable(error.message));
        QCOMPARE(ClientRecords(*copy).client(QStringLiteral("C-9"))->name, QStringLiteral("Gustavo"));
        QVERIFY(store->saveCopy(store->filePath()).isError()); // never onto itself
        QVERIFY(store->saveCopy(path(QStringLiteral("no/such/folder/x.rebuttal"))).isError());
    }
};

QTEST_GUILESS_MAIN(TestCaseStore)
#include "tst_casestore.moc"
