// The agreements registry: the reader's validation (schema, then dates, refs, parents, cycles), the
// store's import by ref and read-back, the v5 migration, and the case records' decided_by.
#include "StoreFiles.h"
#include "TestStores.h"
#include "domain/AgreementJson.h"
#include "agreements/AgreementsReader.h"
#include "cases/CaseRecordsReader.h"
#include "cases/CaseRecordsWriter.h"
#include "store/ActivityLog.h"
#include "store/AgreementRegistry.h"
#include "store/CaseStore.h"
#include "store/ClientRecords.h"
#include "store/OpenStore.h"
#include "store/Schema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace rebuttal;

namespace {

QByteArray demoRegistry()
{
    QFile file(QStringLiteral(":/demo/agreements.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Agreement agreementOf(const QByteArray &json)
{
    return AgreementJson::fromJson(QJsonDocument::fromJson(json).object());
}

} // namespace

class TestAgreements : public QObject
{
    Q_OBJECT

private:
    test::TestStores m_stores;

private Q_SLOTS:
    void initTestCase() { PREPARE_TEST_STORES(m_stores); }

    void shipsTheSharedSchema()
    {
        QFile shared(QStringLiteral(REBUTTAL_SOURCE_DIR "/../shared/formats/agreements.schema.json"));
        QVERIFY2(shared.open(QIODevice::ReadOnly), "../shared/formats/agreements.schema.json is missing");
        QCOMPARE(AgreementsReader::schemaText(), shared.readAll());
    }

    void readsTheDemoRegistryAndWritesItBackUnchanged()
    {
        AgreementsReader reader;
        const auto agreements = reader.read(demoRegistry(), QStringLiteral("agreements.json"));
        QVERIFY2(agreements, qPrintable(reader.errorString()));
        QCOMPARE(agreements->size(), 5);
        QCOMPARE(AgreementJson::registry(*agreements), QJsonDocument::fromJson(demoRegistry()).object());
        const Agreement &sop = agreements->at(3);
        QCOMPARE(sop.parent, QStringLiteral("MOC-HN-2019"));
        QVERIFY(!sop.country); // left out: its MOC's
        QCOMPARE(sop.signedOn.toString(), QStringLiteral("2019"));
    }

    void refusesBadRegistries_data()
    {
        QTest::addColumn<QByteArray>("agreements"); // the "agreements" array of a registry
        QTest::addColumn<QByteArrayList>("mentions");

        const QByteArray a = R"j("ref": "A", "title": "T", "kind": "MOC")j";
        QTest::newRow("unknown kind") << QByteArray(R"j([{"ref": "A", "title": "T", "kind": "TREATY"}])j")
                                      << QByteArrayList{"agreement A", "kind", "TREATY"};
        QTest::newRow("missing title") << QByteArray(R"j([{"ref": "A", "kind": "MOC"}])j") << QByteArrayList{"agreement A", "title"};
        QTest::newRow("lower-case country") << "[{" + a + R"j(, "country": "sv"}])j" << QByteArrayList{"agreement A", "country", "sv"};
        QTest::newRow("unknown program") << "[{" + a + R"j(, "programs": ["CHIS", "PIGEON"]}])j"
                                         << QByteArrayList{"agreement A", "programs[1]", "PIGEON"};
        QTest::newRow("date shape") << "[{" + a + R"j(, "signed_on": "14/05/2014"}])j" << QByteArrayList{"agreement A", "signed_on", "14/05/2014"};
        QTest::newRow("impossible date") << "[{" + a + R"j(, "signed_on": "2019-13-45"}])j"
                                         << QByteArrayList{"agreement A", "signed_on", "2019-13-45", "not a real date"};
        QTest::newRow("impossible suspension end") << "[{" + a + R"j(, "suspensions": [{"from": "2019-01-01", "to": "2019-02-30"}]}])j"
                                                   << QByteArrayList{"agreement A", "suspensions[0].to", "2019-02-30"};
        QTest::newRow("impossible review") << "[{" + a + R"j(, "reviews": ["2015-01-01", "2015-00"]}])j"
                                           << QByteArrayList{"agreement A", "reviews[1]", "2015-00"};
        QTest::newRow("page zero") << "[{" + a + R"j(, "evidence": [{"document": "D", "page": 0}]}])j"
                                   << QByteArrayList{"agreement A", "evidence[0].page", "0"};
        QTest::newRow("duplicate ref") << "[{" + a + R"j(}, {"ref": "B", "title": "T", "kind": "MOC"}, {)j" + a + "}]"
                                       << QByteArrayList{"agreement A", "ref", "\"A\""};
        QTest::newRow("parent missing") << QByteArray(R"j([{"ref": "S", "title": "T", "kind": "SOP", "parent": "M"}])j")
                                        << QByteArrayList{"agreement S", "parent", "\"M\""};
        QTest::newRow("self parent") << "[{" + a + R"j(, "parent": "A"}])j" << QByteArrayList{"agreement A", "parent", "cycle"};
        QTest::newRow("cycle of three") << QByteArray(R"j([{"ref": "A", "title": "T", "kind": "MOC", "parent": "C"},
                                                         {"ref": "B", "title": "T", "kind": "MOC", "parent": "A"},
                                                         {"ref": "C", "title": "T", "kind": "MOC", "parent": "B"}])j")
                                        << QByteArrayList{"agreement A", "parent", "\"C\"", "cycle"};
    }

    void refusesBadRegistries()
    {
        QFETCH(QByteArray, agreements);
        QFETCH(QByteArrayList, mentions);
        AgreementsReader reader;
        QVERIFY(!reader.read(R"j({"format": "rebuttal.agreements", "version": 1, "agreements": )j" + agreements + "}",
                             QStringLiteral("registry.json")));
        const QString message = reader.errorString();
        QVERIFY2(message.startsWith(QStringLiteral("registry.json: ")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
        for (const QByteArray &mention : mentions)
            QVERIFY2(message.contains(QString::fromUtf8(mention)), qPrintable(message + QStringLiteral(" lacks ") + QString::fromUtf8(mention)));
    }

    void refusesAnotherFormat()
    {
        AgreementsReader reader;
        QVERIFY(!reader.read(R"j({"format": "rebuttal.cases", "version": 1, "agreements": []})j", QStringLiteral("r.json")));
        QVERIFY2(reader.errorString().contains(QStringLiteral("format")), qPrintable(reader.errorString()));
    }

    void refusesMalformedJson()
    {
        AgreementsReader reader;
        QVERIFY(!reader.read("{\n\"format\": ", QStringLiteral("broken.json")));
        QVERIFY2(reader.errorString().contains(QStringLiteral("line 2")), qPrintable(reader.errorString()));
    }

    void parentMayBeInTheCaseFile()
    {
        const QList<Agreement> stored{agreementOf(R"j({"ref": "M", "title": "T", "kind": "MOC"})j")};
        AgreementsReader reader;
        const QByteArray file = R"j({"format": "rebuttal.agreements", "version": 1,
            "agreements": [{"ref": "S", "title": "T", "kind": "SOP", "parent": "M"}]})j";
        QVERIFY2(reader.read(file, QStringLiteral("r.json"), stored), qPrintable(reader.errorString()));
        // A file that makes a stored agreement its own ancestor is refused.
        const QList<Agreement> chain{agreementOf(R"j({"ref": "M", "title": "T", "kind": "MOC", "parent": "S"})j")};
        QVERIFY(!reader.read(file, QStringLiteral("r.json"), chain));
        QVERIFY2(reader.errorString().contains(QStringLiteral("cycle")), qPrintable(reader.errorString()));
    }

    void storeKeepsEveryFieldAndUpdatesByRef()
    {
        StoreError error;
        std::unique_ptr<OpenStore> store = m_stores.create(QStringLiteral("registry.rebuttal"), &error);
        QVERIFY2(store, qPrintable(error.message));
        AgreementsReader reader;
        const QList<Agreement> demo = *reader.read(demoRegistry(), QStringLiteral("agreements.json"));
        AgreementStore &registry = store->agreements();
        QVERIFY(!registry.importAgreements(demo, QStringLiteral("agreements.json")).isError());
        QCOMPARE(registry.agreements(), demo);
        QCOMPARE(AgreementJson::registry(registry.agreements()), QJsonDocument::fromJson(demoRegistry()).object());

        // Re-import: one agreement changed (a field dropped, one added), one new; nothing doubled.
        Agreement changed = demo.at(1);
        changed.title = QStringLiteral("Renamed");
        changed.signedOn = PartialDate::fromString(QStringLiteral("2014-10"));
        changed.notes.reset();
        changed.reviews = QList<PartialDate>{PartialDate::fromString(QStringLiteral("2015-09-01"))};
        const Agreement added = agreementOf(R"j({"ref": "ISAA-X", "title": "T", "kind": "ISAA", "requires_sop": false})j");
        QVERIFY(!registry.importAgreements({added, changed}, QStringLiteral("again.json")).isError());
        QList<Agreement> expected = demo;
        expected[1] = changed;
        expected << added;
        QCOMPARE(registry.agreements(), expected);
        QCOMPARE(store->activityEntries().constLast().action, QStringLiteral("import.agreements"));
        QVERIFY(store->activityEntries().constLast().detail.contains(QStringLiteral("again.json")));

        QVERIFY(!registry.replaceAll(demo.mid(0, 2), QStringLiteral("agreement.delete"), ActivityDetail("deleted")).isError());
        QCOMPARE(registry.agreements(), demo.mid(0, 2));
    }

    void upgradesAVersion4StoreKeepingItsEvents()
    {
        FILE_ONLY("a case file's SQLite schema version 4; a matter's upgrade: tst_serverstore upgradesAVersion5Matter");
        const QString path = m_stores.filePath(QStringLiteral("v4.rebuttal"));
        const QString connection = QStringLiteral("v4-builder");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(!Schema::migrate(db, Schema::migrations().mid(0, 4)).isError());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO clients (ref, name) VALUES ('C-1', 'Maria')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO events (client_id, ref, position, type, date, date_sort, detail)"
                                          " VALUES (1, 'E1', 0, 'detention_start', '2019-03', '2019-03-01', 'held')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        StoreError error;
        std::unique_ptr<CaseStore> store = CaseStore::open(path, &error);
        QVERIFY2(store, qPrintable(error.message));
        QCOMPARE(store->schemaVersion(), Schema::currentVersion());
        const std::optional<Client> client = ClientRecords(*store).client(QStringLiteral("C-1"));
        QVERIFY(client);
        QCOMPARE(client->events.size(), 1);
        QCOMPARE(client->events.at(0).detail, QStringLiteral("held"));
        QVERIFY(client->events.at(0).decidedBy.isEmpty());
        QVERIFY(AgreementRegistry(*store).agreements().isEmpty());
    }

    void decidedByRoundTrips_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("json") << "json";
        QTest::newRow("csv") << "csv";
    }

    void decidedByRoundTrips()
    {
        QFETCH(QString, suffix);
        const QByteArray json = R"j({"format": "rebuttal.cases", "version": 1, "clients": [{"ref": "C1", "name": "N",
            "allegations": [{"ref": "AL1", "source": "CHIS", "kind": "gang_affiliation"}],
            "events": [{"ref": "E1", "type": "bond_denied", "date": "2020-02", "decided_by": "EOIR", "relied_on": ["AL1"]},
                       {"ref": "E2", "type": "removal", "date": "2020-03"}]}]})j";
        CaseRecordsReader reader;
        const auto records = reader.read(json, QStringLiteral("c.json"));
        QVERIFY2(records, qPrintable(reader.errorString()));
        QCOMPARE(records->clients.at(0).events.at(0).decidedBy, QStringLiteral("EOIR"));
        const QByteArray written = suffix == QLatin1String("csv") ? CaseRecordsWriter::toCsv(*records) : CaseRecordsWriter::toJson(*records);
        const auto again = reader.read(written, QStringLiteral("c.") + suffix);
        QVERIFY2(again, qPrintable(reader.errorString()));
        QCOMPARE(*again, *records);

        StoreError error;
        std::unique_ptr<OpenStore> store = m_stores.create(QStringLiteral("decided-") + suffix, &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(!store->clients().importRecords(*records, ActivityDetail("c.json")).isError());
        QCOMPARE(*store->clients().client(QStringLiteral("C1")), records->clients.at(0));

        QVERIFY(!reader.read(QByteArray(json).replace("EOIR", "ICE-HSI"), QStringLiteral("c.json")));
        QVERIFY2(reader.errorString().contains(QStringLiteral("decided_by")) && reader.errorString().contains(QStringLiteral("ICE-HSI")),
                 qPrintable(reader.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestAgreements)
#include "tst_agreements.moc"
