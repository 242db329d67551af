// Case records: the reader's validation, and import into a store by ref without duplicates.
#include "TestStores.h"
#include "cases/CaseRecordsReader.h"
#include "cases/CaseRecordsWriter.h"
#include "cases/CaseSchema.h"
#include "cases/Sha256.h"
#include "store/ClientRecordStore.h"
#include "store/OpenStore.h"
#include "text/CsvTable.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rebuttal;

namespace {

QJsonObject validFile()
{
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("rebuttal.cases")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("clients"), QJsonArray{QJsonObject{
             {QStringLiteral("ref"), QStringLiteral("C-1")},
             {QStringLiteral("name"), QStringLiteral("Camilo")},
             {QStringLiteral("country"), QStringLiteral("SV")},
             {QStringLiteral("a_number"), QStringLiteral("A012345678")},
             {QStringLiteral("allegations"), QJsonArray{QJsonObject{
                  {QStringLiteral("ref"), QStringLiteral("AL1")},
                  {QStringLiteral("source"), QStringLiteral("SAFE")},
                  {QStringLiteral("kind"), QStringLiteral("gang_affiliation")},
                  {QStringLiteral("asserted_on"), QStringLiteral("2021-03")},
                  {QStringLiteral("disclosed_on"), QStringLiteral("2021-06-09")},
                  {QStringLiteral("status"), QStringLiteral("contested")}}}},
             {QStringLiteral("events"), QJsonArray{
                  QJsonObject{{QStringLiteral("ref"), QStringLiteral("E1")},
                              {QStringLiteral("type"), QStringLiteral("detention_start")},
                              {QStringLiteral("date"), QStringLiteral("2021-04-20")},
                              {QStringLiteral("relied_on"), QJsonArray{QStringLiteral("AL1")}},
                              {QStringLiteral("evidence"), QJsonArray{QJsonObject{
                                   {QStringLiteral("document"), QStringLiteral("2022-ICLI00010")},
                                   {QStringLiteral("page"), 3}}}}},
                  QJsonObject{{QStringLiteral("ref"), QStringLiteral("E2")},
                              {QStringLiteral("type"), QStringLiteral("release")},
                              {QStringLiteral("date"), QStringLiteral("2021-10-14")}}}}}}}};
}

// Applies `edit` to a copy of validFile() at the JSON level.
QByteArray edited(const std::function<void(QJsonObject &client)> &edit)
{
    QJsonObject root = validFile();
    QJsonArray clients = root.value(QStringLiteral("clients")).toArray();
    QJsonObject client = clients.at(0).toObject();
    edit(client);
    clients[0] = client;
    root[QStringLiteral("clients")] = clients;
    return QJsonDocument(root).toJson();
}

void setIn(QJsonObject &client, const QString &list, const QString &key, const QJsonValue &value)
{
    QJsonArray items = client.value(list).toArray();
    QJsonObject first = items.at(0).toObject();
    first[key] = value;
    items[0] = first;
    client[list] = items;
}

} // namespace

// Registered twice (BOTH_BACKENDS): the functions that store records run on a case file and on a
// matter on a server; the readers' and writers' on both alike (they are quick).
class TestCaseRecords : public QObject
{
    Q_OBJECT

private:
    test::TestStores m_stores;

private Q_SLOTS:
    void initTestCase() { PREPARE_TEST_STORES(m_stores); }

    void readsAValidFile()
    {
        CaseRecordsReader reader;
        const auto records = reader.read(QJsonDocument(validFile()).toJson(), QStringLiteral("cases.json"));
        QVERIFY2(records, qPrintable(reader.errorString()));
        QCOMPARE(records->clients.size(), 1);
        const Client &client = records->clients.first();
        QCOMPARE(client.allegations.first().source, AllegationSource::Safe);
        QCOMPARE(client.allegations.first().assertedOn.toString(), QStringLiteral("2021-03"));
        QCOMPARE(client.events.first().reliedOn, QStringList{QStringLiteral("AL1")});
        QCOMPARE(client.events.first().evidence.first().page, 3);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("mentions");

        QTest::newRow("malformed") << QByteArray("{\"format\": \"rebuttal.cases\",\n \"version\": 1,\n \"clients\": [}")
                                   << QStringList{QStringLiteral("line 3"), QStringLiteral("malformed JSON")};
        QTest::newRow("wrong format") << QByteArray(R"({"format": "other", "version": 1, "clients": []})")
                                      << QStringList{QStringLiteral("format"), QStringLiteral("\"other\"")};
        QTest::newRow("version 2") << QByteArray(R"({"format": "rebuttal.cases", "version": 2, "clients": []})")
                                   << QStringList{QStringLiteral("version")};
        QTest::newRow("unknown source") << edited([](QJsonObject &c) { setIn(c, QStringLiteral("allegations"), QStringLiteral("source"), QStringLiteral("FACEBOOK")); })
                                        << QStringList{QStringLiteral("client C-1"), QStringLiteral("source"), QStringLiteral("FACEBOOK")};
        QTest::newRow("unknown kind") << edited([](QJsonObject &c) { setIn(c, QStringLiteral("allegations"), QStringLiteral("kind"), QStringLiteral("rumour")); })
                                      << QStringList{QStringLiteral("client C-1"), QStringLiteral("kind"), QStringLiteral("rumour")};
        QTest::newRow("unknown event type") << edited([](QJsonObject &c) { setIn(c, QStringLiteral("events"), QStringLiteral("type"), QStringLiteral("party")); })
                                            << QStringList{QStringLiteral("client C-1"), QStringLiteral("event E1"), QStringLiteral("party")};
        QTest::newRow("impossible date") << edited([](QJsonObject &c) { setIn(c, QStringLiteral("events"), QStringLiteral("date"), QStringLiteral("2019-13-45")); })
                                         << QStringList{QStringLiteral("client C-1"), QStringLiteral("date"), QStringLiteral("2019-13-45")};
        QTest::newRow("impossible asserted_on") << edited([](QJsonObject &c) { setIn(c, QStringLiteral("allegations"), QStringLiteral("asserted_on"), QStringLiteral("2021-02-30")); })
                                                << QStringList{QStringLiteral("asserted_on"), QStringLiteral("2021-02-30")};
        QTest::newRow("relied_on unknown") << edited([](QJsonObject &c) { setIn(c, QStringLiteral("events"), QStringLiteral("relied_on"), QJsonArray{QStringLiteral("AL9")}); })
                                           << QStringList{QStringLiteral("client C-1"), QStringLiteral("relied_on"), QStringLiteral("AL9")};
        QTest::newRow("duplicate event ref") << edited([](QJsonObject &c) {
            QJsonArray events = c.value(QStringLiteral("events")).toArray();
            events.append(events.at(0));
            c[QStringLiteral("events")] = events;
        }) << QStringList{QStringLiteral("client C-1"), QStringLiteral("E1")};
        QTest::newRow("duplicate client ref") << [] {
            QJsonObject root = validFile();
            QJsonArray clients = root.value(QStringLiteral("clients")).toArray();
            clients.append(clients.at(0));
            root[QStringLiteral("clients")] = clients;
            return QJsonDocument(root).toJson();
        }() << QStringList{QStringLiteral("client C-1")};
        QTest::newRow("missing name") << edited([](QJsonObject &c) { c.remove(QStringLiteral("name")); })
                                      << QStringList{QStringLiteral("client C-1"), QStringLiteral("name")};
        QTest::newRow("bad country") << edited([](QJsonObject &c) { c[QStringLiteral("country")] = QStringLiteral("Salvador"); })
                                     << QStringList{QStringLiteral("country"), QStringLiteral("Salvador")};
        QTest::newRow("bad a_number") << edited([](QJsonObject &c) { c[QStringLiteral("a_number")] = QStringLiteral("12-34"); })
                                      << QStringList{QStringLiteral("a_number"), QStringLiteral("12-34")};
        QTest::newRow("evidence page 0") << edited([](QJsonObject &c) {
            setIn(c, QStringLiteral("events"), QStringLiteral("evidence"),
                  QJsonArray{QJsonObject{{QStringLiteral("document"), QStringLiteral("X-1")}, {QStringLiteral("page"), 0}}});
        }) << QStringList{QStringLiteral("evidence[0].page"), QStringLiteral("page number")};
        // What only the JSON Schema says.
        QTest::newRow("name not text") << edited([](QJsonObject &c) { c[QStringLiteral("name")] = 42; })
                                       << QStringList{QStringLiteral("client C-1"), QStringLiteral("name"), QStringLiteral("42")};
        QTest::newRow("allegation without kind") << edited([](QJsonObject &c) {
            QJsonArray list = c.value(QStringLiteral("allegations")).toArray();
            QJsonObject a = list.at(0).toObject();
            a.remove(QStringLiteral("kind"));
            list[0] = a;
            c[QStringLiteral("allegations")] = list;
        }) << QStringList{QStringLiteral("allegation AL1"), QStringLiteral("kind is missing")};
        QTest::newRow("event without date") << edited([](QJsonObject &c) {
            QJsonArray list = c.value(QStringLiteral("events")).toArray();
            QJsonObject e = list.at(1).toObject();
            e.remove(QStringLiteral("date"));
            list[1] = e;
            c[QStringLiteral("events")] = list;
        }) << QStringList{QStringLiteral("event E2"), QStringLiteral("date is missing")};
        QTest::newRow("date with time") << edited([](QJsonObject &c) { setIn(c, QStringLiteral("events"), QStringLiteral("date"), QStringLiteral("2021-04-20T10:00")); })
                                        << QStringList{QStringLiteral("event E1"), QStringLiteral("2021-04-20T10:00")};
        // The schema's patterns, now matched by the quick check before valijson: what they refuse still reaches valijson's message.
        QTest::newRow("date with a newline") << edited([](QJsonObject &c) { setIn(c, QStringLiteral("events"), QStringLiteral("date"), QStringLiteral("2021-04-20\n")); })
                                             << QStringList{QStringLiteral("event E1"), QStringLiteral("not a date"), QStringLiteral("2021-04-20\\n")};
        QTest::newRow("date month of one digit") << edited([](QJsonObject &c) { setIn(c, QStringLiteral("allegations"), QStringLiteral("disclosed_on"), QStringLiteral("2021-6-09")); })
                                                 << QStringList{QStringLiteral("allegation AL1"), QStringLiteral("disclosed_on"), QStringLiteral("2021-6-09")};
        QTest::newRow("country in lower case") << edited([](QJsonObject &c) { c[QStringLiteral("country")] = QStringLiteral("sv"); })
                                               << QStringList{QStringLiteral("client C-1"), QStringLiteral("ISO 3166-1"), QStringLiteral("\"sv\"")};
        QTest::newRow("origin_country of three letters") << edited([](QJsonObject &c) { setIn(c, QStringLiteral("allegations"), QStringLiteral("origin_country"), QStringLiteral("SLV")); })
                                                         << QStringList{QStringLiteral("allegation AL1"), QStringLiteral("origin_country"), QStringLiteral("SLV")};
        QTest::newRow("a_number of ten digits") << edited([](QJsonObject &c) { c[QStringLiteral("a_number")] = QStringLiteral("1234567890"); })
                                                << QStringList{QStringLiteral("a_number"), QStringLiteral("1234567890"), QStringLiteral("8 or 9 digits")};
        QTest::newRow("unknown status") << edited([](QJsonObject &c) { setIn(c, QStringLiteral("allegations"), QStringLiteral("status"), QStringLiteral("proven")); })
                                        << QStringList{QStringLiteral("allegation AL1"), QStringLiteral("status"), QStringLiteral("proven")};
        QTest::newRow("relied_on not a list") << edited([](QJsonObject &c) { setIn(c, QStringLiteral("events"), QStringLiteral("relied_on"), QStringLiteral("AL1")); })
                                              << QStringList{QStringLiteral("event E1"), QStringLiteral("relied_on")};
        QTest::newRow("clients not a list") << QByteArray(R"({"format": "rebuttal.cases", "version": 1, "clients": {}})")
                                            << QStringList{QStringLiteral("clients")};
        QTest::newRow("no format") << QByteArray(R"({"version": 1, "clients": []})") << QStringList{QStringLiteral("format")};
        QTest::newRow("empty ref") << edited([](QJsonObject &c) { c[QStringLiteral("ref")] = QString(); })
                                   << QStringList{QStringLiteral("ref")};
        // What the RapidJSON reading must refuse as Qt's did.
        QTest::newRow("key twice, once escaped") << QByteArray("{\"format\": \"rebuttal.cases\",\n \"version\": 1, \"clients\": [],\n \"\\u0063lients\": []}")
                                                 << QStringList{QStringLiteral("line 3"), QStringLiteral("clients"), QStringLiteral("twice")};
        QTest::newRow("nested too deep") << QByteArray("{\"format\": \"rebuttal.cases\", \"version\": 1, \"clients\": [],\n \"notes\": "
                                                       + QByteArray(70, '[') + QByteArray(70, ']') + "}")
                                         << QStringList{QStringLiteral("line 2"), QStringLiteral("64 levels")};
        QTest::newRow("lone low surrogate") << QByteArray("{\"format\": \"rebuttal.cases\", \"version\": 1,\n \"clients\": [{\"ref\": \"C-1\", \"name\": \"\\udc00\"}]}")
                                            << QStringList{QStringLiteral("line 2"), QStringLiteral("udc00")};
        QTest::newRow("number too large") << QByteArray("{\"format\": \"rebuttal.cases\",\n \"version\": 1e400, \"clients\": []}")
                                          << QStringList{QStringLiteral("line 2"), QStringLiteral("malformed JSON")};
        QTest::newRow("page beyond an int") << edited([](QJsonObject &c) {
            setIn(c, QStringLiteral("events"), QStringLiteral("evidence"),
                  QJsonArray{QJsonObject{{QStringLiteral("document"), QStringLiteral("X-1")}, {QStringLiteral("page"), 5e9}}});
        }) << QStringList{QStringLiteral("evidence[0].page"), QStringLiteral("page number")};
        QTest::newRow("page 2.5") << edited([](QJsonObject &c) {
            setIn(c, QStringLiteral("events"), QStringLiteral("evidence"),
                  QJsonArray{QJsonObject{{QStringLiteral("document"), QStringLiteral("X-1")}, {QStringLiteral("page"), 2.5}}});
        }) << QStringList{QStringLiteral("evidence[0].page"), QStringLiteral("2.5")};
        QTest::newRow("not UTF-8") << QByteArray("{\"format\": \"rebuttal.cases\", \"version\": 1, \"clients\": [{\"ref\": \"C-1\",\n \"name\": \"Jos\xE9\"}]}")
                                   << QStringList{QStringLiteral("line 2"), QStringLiteral("malformed JSON")};
        // Parsing in place stops at a NUL byte: a file holding one is read from its bytes.
        const QByteArray whole = "{\"format\": \"rebuttal.cases\", \"version\": 1, \"clients\": []}";
        QTest::newRow("NUL after the document") << whole + QByteArray("\0\n{\"x\": 1}", 10) << QStringList{QStringLiteral("line 1"), QStringLiteral("malformed JSON")};
        QTest::newRow("NUL in a string") << QByteArray("{\"format\": \"rebuttal.cases\", \"version\": 1,\n \"clients\": [], \"notes\": \"a\0b\"}", 74)
                                         << QStringList{QStringLiteral("line 2"), QStringLiteral("NUL")};
    }

    // What Qt's JSON reading let through and the RapidJSON reading must too.
    void readsWhatQtRead_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("page");
        const QByteArray valid = QJsonDocument(validFile()).toJson();
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF") + valid << 3;
        QByteArray whole = valid;
        whole.replace("\"page\": 3", "\"page\": 3.0");
        QTest::newRow("page 3.0") << whole << 3;
        QByteArray exponent = valid;
        exponent.replace("\"page\": 3", "\"page\": 4e0");
        QTest::newRow("page 4e0") << exponent << 4;
    }

    void readsWhatQtRead()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, page);
        QVERIFY(json.contains("\"page\": ") || json.startsWith("\xEF"));
        CaseRecordsReader reader;
        const auto records = reader.read(json, QStringLiteral("cases.json"));
        QVERIFY2(records, qPrintable(reader.errorString()));
        QCOMPARE(records->clients.first().events.first().evidence.first().page, page);
    }

    void shipsTheSharedSchema()
    {
        QFile shared(QStringLiteral(REBUTTAL_SOURCE_DIR "/../shared/formats/cases.schema.json"));
        QVERIFY2(shared.open(QIODevice::ReadOnly), "../shared/formats/cases.schema.json is missing");
        QCOMPARE(CaseSchema::schemaText(), shared.readAll());
        QVERIFY(!CaseSchema::check(validFile()));
    }

    void readsCsv_data()
    {
        QTest::addColumn<QByteArray>("csv");
        const QByteArray header = "client_ref,client_name,country,record,ref,source,kind,asserted_on,type,date,detail,relied_on,evidence\n";
        const QByteArray body =
            "C-1,Camilo,SV,client,,,,,,,,,\n"
            "C-1,,,allegation,AL1,SAFE,gang_affiliation,2021-03,,,,,\n"
            "C-1,,,event,E1,,,,detention_start,2021-04-20,\"Held at Otay Mesa, \"\"pending\"\"\nreview\",AL1,2022-ICLI00010#3; X-9\n"
            "C-1,Camilo,,event,E2,,,,release,2021-10-14,,,\n";
        QTest::newRow("plain") << header + body;
        QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBF") + QByteArray(header + body).replace("\n", "\r\n");
        QTest::newRow("header case and spaces") << QByteArray("Client Ref,CLIENT_NAME,Country,Record,Ref,Source,Kind,Asserted On,Type,Date,Detail,Relied On,Evidence\n") + body;
        QTest::newRow("blank lines") << header + "\n" + body + "\n\n";
        QTest::newRow("no trailing newline") << header + body.chopped(1);
    }

    void readsCsv()
    {
        QFETCH(QByteArray, csv);
        CaseRecordsReader reader;
        const std::optional<CaseRecords> records = reader.read(csv, QStringLiteral("intake.csv"));
        QVERIFY2(records, qPrintable(reader.errorString()));
        QCOMPARE(records->clients.size(), 1);
        const Client &client = records->clients.first();
        QCOMPARE(client.name, QStringLiteral("Camilo"));
        QCOMPARE(client.country, QStringLiteral("SV"));
        QCOMPARE(client.allegations.size(), 1);
        QCOMPARE(client.allegations.first().assertedOn.toString(), QStringLiteral("2021-03"));
        QCOMPARE(client.events.size(), 2);
        const CaseEvent &held = client.events.first();
        // A line break inside a quoted field is kept as the file wrote it.
        QCOMPARE(QString(held.detail).replace(QStringLiteral("\r\n"), QStringLiteral("\n")),
                 QStringLiteral("Held at Otay Mesa, \"pending\"\nreview"));
        QCOMPARE(held.reliedOn, QStringList{QStringLiteral("AL1")});
        QCOMPARE(held.evidence.size(), 2);
        QCOMPARE(held.evidence.at(0), (EvidenceCitation{QStringLiteral("2022-ICLI00010"), 3}));
        QCOMPARE(held.evidence.at(1), (EvidenceCitation{QStringLiteral("X-9"), 0}));
        QCOMPARE(client.events.at(1).type, EventType::Release);
    }

    void rejectsCsv_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("mentions");
        const QByteArray header = "client_ref,client_name,record,ref,source,kind,type,date,relied_on\n";
        QTest::newRow("empty") << QByteArray() << QStringList{QStringLiteral("empty")};
        QTest::newRow("unknown column") << QByteArray("client_ref,client_name,record,colour\nC-1,A,client,red\n")
                                        << QStringList{QStringLiteral("line 1"), QStringLiteral("colour")};
        QTest::newRow("no record column") << QByteArray("client_ref,client_name\nC-1,A\n")
                                          << QStringList{QStringLiteral("line 1"), QStringLiteral("record")};
        QTest::newRow("unknown record") << header + "C-1,A,lawsuit,,,,,,\n" << QStringList{QStringLiteral("line 2"), QStringLiteral("lawsuit")};
        QTest::newRow("unknown source") << header + "C-1,A,client,,,,,,\nC-1,,allegation,AL1,FACEBOOK,warrant,,,\n"
                                        << QStringList{QStringLiteral("line 3"), QStringLiteral("client C-1"), QStringLiteral("FACEBOOK")};
        QTest::newRow("impossible date") << header + "C-1,A,event,E1,,,release,2019-13-45,\n"
                                         << QStringList{QStringLiteral("line 2"), QStringLiteral("event E1"), QStringLiteral("2019-13-45")};
        QTest::newRow("relied_on unknown") << header + "C-1,A,allegation,AL1,SAFE,warrant,,,\nC-1,A,event,E1,,,bond_denied,2020-01-02,AL1; AL2\n"
                                           << QStringList{QStringLiteral("line 3"), QStringLiteral("AL2")};
        QTest::newRow("names disagree") << header + "C-1,Ana,client,,,,,,\nC-1,Anna,event,E1,,,release,2020-01-02,\n"
                                        << QStringList{QStringLiteral("line 3"), QStringLiteral("Anna"), QStringLiteral("line 2")};
        QTest::newRow("column of another record") << header + "C-1,A,event,E1,SAFE,,release,2020-01-02,\n"
                                                  << QStringList{QStringLiteral("line 2"), QStringLiteral("source")};
        QTest::newRow("unclosed quote") << header + "C-1,A,event,E1,,,release,2020-01-02,\"AL1\n"
                                        << QStringList{QStringLiteral("line 2"), QStringLiteral("quoted")};
        QTest::newRow("not UTF-8") << header + "C-1,Jos\xE9,client,,,,,,\n" << QStringList{QStringLiteral("line 2"), QStringLiteral("UTF-8")};
        QTest::newRow("duplicate event") << header + "C-1,A,event,E1,,,release,2020-01-02,\nC-1,A,event,E1,,,release,2020-01-03,\n"
                                         << QStringList{QStringLiteral("line 3"), QStringLiteral("E1")};
        QTest::newRow("missing name") << header + "C-1,,event,E1,,,release,2020-01-02,\n"
                                      << QStringList{QStringLiteral("line 2"), QStringLiteral("name is missing")};
    }

    void rejectsCsv()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, mentions);
        CaseRecordsReader reader;
        QVERIFY(!reader.read(csv, QStringLiteral("intake.csv")));
        QVERIFY2(reader.errorString().startsWith(QStringLiteral("intake.csv: ")), qPrintable(reader.errorString()));
        QVERIFY2(!reader.errorString().contains(QLatin1Char('\n')), qPrintable(reader.errorString()));
        for (const QString &word : mentions)
            QVERIFY2(reader.errorString().contains(word), qPrintable(reader.errorString()));
    }

    // The CSV's cells are read as UTF-8, trimmed and undefused without QStrings: each comes out
    // as QString::trimmed() and CsvTable::undefused() made it.
    void readsCsvCellsAsText_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::newRow("plain") << QByteArray("Camilo");
        QTest::newRow("ASCII spaces and tabs") << QByteArray(" \tCamilo \t");
        QTest::newRow("ends outside ASCII") << QByteArray("José Ñúñez");
        QTest::newRow("no-break spaces") << QByteArray("\xC2\xA0" "Camilo\xC2\xA0");
        QTest::newRow("ideographic space, inner space kept") << QByteArray("\xE3\x80\x80" "Ca milo \xE3\x80\x80");
        QTest::newRow("defused formula") << QByteArray("'=SUM(A1)");
        QTest::newRow("defused twice") << QByteArray("''=x");
        QTest::newRow("apostrophe, no formula") << QByteArray("'Chepe'");
        QTest::newRow("defused after trimming") << QByteArray("  '+1 ");
        QTest::newRow("quoted, comma and quote") << QByteArray("\"Ana, \"\"La Flaca\"\"\"");
        QTest::newRow("byte-order mark in the cell") << QByteArray("\xEF\xBB\xBF" "Ana");
    }

    void readsCsvCellsAsText()
    {
        QFETCH(QByteArray, cell);
        const QByteArray csv = "client_ref,client_name,record\nC-1," + cell + ",client\n";
        // What the cell says as text, read the way every other CSV is (CsvTable::parse, QStrings).
        QString error;
        const std::optional<QList<CsvRow>> rows = CsvTable::parse(csv, &error);
        QVERIFY2(rows && rows->size() == 2, qPrintable(error));
        const QString expected = CsvTable::undefused(rows->at(1).fields.at(1).trimmed());
        CaseRecordsReader reader;
        const std::optional<CaseRecords> records = reader.read(csv, QStringLiteral("intake.csv"));
        QVERIFY2(records, qPrintable(reader.errorString()));
        QCOMPARE(records->clients.first().name, expected);
    }

    // Raw rows: each field's UTF-8 bytes (a field's byte-order mark dropped, as Qt's decoder did),
    // the line each row starts on, blank lines skipped; what is not UTF-8 refused with its line.
    void csvRawRows_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QString>("error"); // a fragment of the message; empty: read
        // Rows as UTF-8 literals.
        const auto rowsOf = [](std::initializer_list<std::initializer_list<const char *>> rows) {
            QList<QStringList> made;
            for (const auto &row : rows) {
                QStringList fields;
                for (const char *field : row)
                    fields << QString::fromUtf8(field);
                made << fields;
            }
            return made;
        };
        using Lines = QList<int>;
        QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n") << rowsOf({{"a", "b", "c"}, {"1", "2", "3"}}) << Lines{1, 2} << QString();
        QTest::newRow("CRLF, no final newline") << QByteArray("a,b\r\n1,2") << rowsOf({{"a", "b"}, {"1", "2"}}) << Lines{1, 2} << QString();
        QTest::newRow("quoted line break") << QByteArray("a,b\n\"x\ny\",2\n3,4\n") << rowsOf({{"a", "b"}, {"x\ny", "2"}, {"3", "4"}})
                                           << Lines{1, 2, 4} << QString();
        QTest::newRow("blank lines") << QByteArray("a\n\n\nb\n") << rowsOf({{"a"}, {"b"}}) << Lines{1, 4} << QString();
        QTest::newRow("empty fields") << QByteArray(",,\n,x,\n") << rowsOf({{"", "", ""}, {"", "x", ""}}) << Lines{1, 2} << QString();
        QTest::newRow("file BOM and field BOM") << QByteArray("\xEF\xBB\xBF" "a,\xEF\xBB\xBF" "b\n") << rowsOf({{"a", "b"}}) << Lines{1} << QString();
        QTest::newRow("UTF-8") << QByteArray("Jos\xC3\xA9,\xE2\x82\xAC\n") << rowsOf({{"José", "€"}}) << Lines{1}
                               << QString();
        QTest::newRow("Latin-1") << QByteArray("a\nJos\xE9,b\n") << rowsOf({{"a"}}) << Lines{1} << QStringLiteral("line 2: not UTF-8");
        QTest::newRow("overlong") << QByteArray("a\n\xC0\x80,b\n") << rowsOf({{"a"}}) << Lines{1} << QStringLiteral("line 2: not UTF-8");
        QTest::newRow("cut sequence") << QByteArray("a\nx\xE2\x82,b\n") << rowsOf({{"a"}}) << Lines{1} << QStringLiteral("line 2: not UTF-8");
        QTest::newRow("unclosed quote") << QByteArray("a\n\"b\n") << rowsOf({{"a"}}) << Lines{1} << QStringLiteral("line 2: malformed CSV");
    }

    void csvRawRows()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<int>, lines);
        QFETCH(QString, error);
        QList<QStringList> read;
        QList<int> readLines;
        QString problem;
        const bool ok = CsvTable::forEachRawRow(csv, &problem, [&](CsvRawRow &row) {
            QStringList fields;
            for (const QByteArrayView field : std::as_const(row.fields))
                fields << QString::fromUtf8(field);
            read << fields;
            readLines << row.line;
            return true;
        });
        QCOMPARE(ok, error.isEmpty());
        QVERIFY2(problem.contains(error), qPrintable(problem));
        QCOMPARE(read, rows);
        QCOMPARE(readLines, lines);
    }

    // The activity log's SHA-256 of a file, on the processor's SHA instructions where it has
    // them, is QCryptographicHash's for every length (the padding spills into a second block
    // from 56 bytes past a block).
    void sha256IsQtsSha256_data()
    {
        QTest::addColumn<int>("length");
        for (const int length : {0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 1 << 20})
            QTest::addRow("%d bytes", length) << length;
    }

    void sha256IsQtsSha256()
    {
        QFETCH(int, length);
        QByteArray bytes(length, Qt::Uninitialized);
        for (int i = 0; i < length; ++i)
            bytes[i] = static_cast<char>(i * 131 + 7);
        QCOMPARE(sha256Hex(bytes), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }

    void exportReadsBack_data()
    {
        QTest::addColumn<bool>("csv");
        QTest::newRow("json") << false;
        QTest::newRow("csv") << true;
    }

    // import(export(x)) == x, on the demo stories plus a client whose text needs quoting.
    void exportReadsBack()
    {
        QFETCH(bool, csv);
        CaseRecordsReader reader;
        std::optional<CaseRecords> records = reader.readFile(QStringLiteral(REBUTTAL_SOURCE_DIR "/resources/demo/cases.json"));
        QVERIFY2(records, qPrintable(reader.errorString()));
        Client tricky;
        tricky.ref = QStringLiteral("C, \"quoted\"");
        tricky.name = QStringLiteral("José Ñúñez; \"Chepe\"");
        tricky.pseudonym = QStringLiteral("Client J");
        tricky.notes = QStringLiteral("Line one,\nline two\r\n\ttabbed");
        Allegation a;
        a.ref = QStringLiteral("AL#1");
        a.source = AllegationSource::RedNotice;
        a.kind = AllegationKind::Warrant;
        a.assertedOn = PartialDate::fromString(QStringLiteral("2018"));
        tricky.allegations << a;
        CaseEvent e;
        e.ref = QStringLiteral("E1");
        e.type = EventType::RedNoticeIssued;
        e.date = PartialDate::fromString(QStringLiteral("2018-07"));
        e.reliedOn << a.ref;
        e.evidence << EvidenceCitation{QStringLiteral("12"), 4} << EvidenceCitation{QStringLiteral("ICE-000001"), 0};
        tricky.events << e;
        tricky.events << CaseEvent{QStringLiteral("E2"), EventType::Other, PartialDate::fromString(QStringLiteral("2019-01-01")), {}, {}, {}};
        records->clients << tricky;

        const QByteArray bytes = csv ? CaseRecordsWriter::toCsv(*records) : CaseRecordsWriter::toJson(*records);
        const std::optional<CaseRecords> back = reader.read(bytes, csv ? QStringLiteral("out.csv") : QStringLiteral("out.json"));
        QVERIFY2(back, qPrintable(reader.errorString()));
        QCOMPARE(back->clients.size(), records->clients.size());
        for (qsizetype i = 0; i < records->clients.size(); ++i)
            QCOMPARE(back->clients.at(i), records->clients.at(i));
        QVERIFY(!CaseSchema::check(CaseRecordsWriter::toJsonObject(*records)));
    }

    // A CSV file is read straight into records when it can be, through the JSON document when it
    // cannot (evidence, warnings, anything wrong): both give the records its JSON gives.
    void csvReadsAsItsJson_data()
    {
        QTest::addColumn<bool>("withEvidence");
        QTest::addColumn<bool>("direct");
        QTest::newRow("plain: read directly") << false << true;
        QTest::newRow("evidence: through the document") << true << false;
    }

    void csvReadsAsItsJson()
    {
        QFETCH(bool, withEvidence);
        QFETCH(bool, direct);
        CaseRecords records;
        for (int i = 0; i < 40; ++i) {
            Client client;
            client.ref = QStringLiteral("C-%1").arg(i);
            client.name = i % 3 ? QStringLiteral("Client %1").arg(i) : QStringLiteral("José \"Chepe\" Ñúñez, %1").arg(i);
            client.pseudonym = i % 4 ? QString() : QStringLiteral("P%1").arg(i);
            client.country = i % 5 ? QStringLiteral("SV") : QString();
            client.aNumber = i % 2 ? QStringLiteral("A%1").arg(200000000 + i) : QString();
            client.notes = i % 6 ? QString() : QStringLiteral("line one\nline two; 'quoted'");
            for (int a = 0; a < i % 4; ++a) {
                Allegation allegation;
                allegation.ref = QStringLiteral("AL%1").arg(a);
                allegation.source = static_cast<AllegationSource>(a % (int(AllegationSource::Other) + 1));
                allegation.kind = static_cast<AllegationKind>((a + i) % (int(AllegationKind::Other) + 1));
                allegation.origin = a ? QStringLiteral("Policía Nacional Civil") : QString();
                allegation.originCountry = QStringLiteral("GT");
                allegation.assertedOn = PartialDate::fromString(QStringLiteral("2019-0%1").arg(a + 1));
                allegation.disclosedOn = PartialDate::fromString(QStringLiteral("2020-02-2%1").arg(a));
                allegation.disclosureChannel = a % 2 ? QStringLiteral("FOIA") : QString();
                if (a % 2 == 0)
                    allegation.status = static_cast<AllegationStatus>(i % (int(AllegationStatus::Blocked) + 1));
                allegation.detail = QStringLiteral("=not a formula %1").arg(a);
                client.allegations << allegation;
            }
            for (int e = 0; e < i % 7; ++e) {
                CaseEvent event;
                event.ref = QStringLiteral("E%1").arg(e);
                event.type = e == 0 ? EventType::DetentionStart : static_cast<EventType>(e * 3 % (int(EventType::Other) + 1));
                event.date = PartialDate::fromString(e % 3 ? QStringLiteral("2021-0%1-1%1").arg(e) : QStringLiteral("2021"));
                event.detail = e % 2 ? QStringLiteral("held, then\r\nmoved") : QString();
                if (!client.allegations.isEmpty() && e % 2)
                    event.reliedOn << client.allegations.constLast().ref << client.allegations.constFirst().ref;
                event.decidedBy = e % 3 == 1 ? QStringLiteral("EOIR") : QString();
                if (withEvidence && i == 9 && e == 1)
                    event.evidence << EvidenceCitation{QStringLiteral("ICE-000001"), 2};
                client.events << event;
            }
            records.clients << client;
        }
        CaseRecordsReader reader;
        const std::optional<CaseRecords> fromJson = reader.read(CaseRecordsWriter::toJson(records), QStringLiteral("cases.json"));
        QVERIFY2(fromJson, qPrintable(reader.errorString()));
        const QStringList jsonWarnings = reader.warnings();
        const std::optional<CaseRecords> fromCsv = reader.read(CaseRecordsWriter::toCsv(records), QStringLiteral("cases.csv"));
        QVERIFY2(fromCsv, qPrintable(reader.errorString()));
        QCOMPARE(reader.readCsvWithoutDocument(), direct);
        QCOMPARE(fromCsv->clients.size(), records.clients.size());
        for (qsizetype i = 0; i < records.clients.size(); ++i) {
            QCOMPARE(fromCsv->clients.at(i), fromJson->clients.at(i));
            QCOMPARE(fromCsv->clients.at(i), records.clients.at(i));
        }
        QVERIFY(jsonWarnings.isEmpty());
        QVERIFY(reader.warnings().isEmpty());
    }

    // The direct CSV reading checks the codes itself: they must be the schema's.
    void schemaListsTheCodes()
    {
        const QJsonObject schema = QJsonDocument::fromJson(CaseSchema::schemaText()).object();
        const QJsonObject defs = schema.value(QStringLiteral("$defs")).toObject();
        const auto enumOf = [&](const char *def, const char *property) {
            QStringList codes;
            const QJsonArray values = defs.value(QLatin1String(def)).toObject().value(QStringLiteral("properties")).toObject()
                                          .value(QLatin1String(property)).toObject().value(QStringLiteral("enum")).toArray();
            for (const QJsonValue &value : values)
                codes << value.toString();
            return codes;
        };
        QCOMPARE(enumOf("allegation", "source"), allCodes<AllegationSource>());
        QCOMPARE(enumOf("allegation", "kind"), allCodes<AllegationKind>());
        QCOMPARE(enumOf("allegation", "status"), allCodes<AllegationStatus>());
        QCOMPARE(enumOf("event", "type"), allCodes<EventType>());
        QCOMPARE(enumOf("event", "decided_by"), QStringLiteral("ICE CBP USCIS EOIR DOS OTHER").split(QLatin1Char(' ')));
    }

    // What the direct reading refuses, it hands to the document's, for the document's message.
    void rejectsCsvAsTheDocumentDoes_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("lower-case source") << QByteArray("C-1,A,,allegation,AL1,safe,warrant,,,,,\n") << QStringLiteral("safe");
        QTest::newRow("country shape") << QByteArray("C-1,A,sv,client,,,,,,,,\n") << QStringLiteral("country");
        QTest::newRow("origin country shape") << QByteArray("C-1,A,,allegation,AL1,SAFE,warrant,Gt,,,,\n") << QStringLiteral("origin_country");
        QTest::newRow("date shape") << QByteArray("C-1,A,,event,E1,,,,release,2021-1-02,,\n") << QStringLiteral("2021-1-02");
        QTest::newRow("unknown body") << QByteArray("C-1,A,,event,E1,,,,release,2021-01-02,,FBI\n") << QStringLiteral("FBI");
        QTest::newRow("event without ref") << QByteArray("C-1,A,,event,,,,,release,2021-01-02,,\n") << QStringLiteral("ref is missing");
        QTest::newRow("duplicate allegation") << QByteArray("C-1,A,,allegation,AL1,SAFE,warrant,,,,,\nC-1,,,allegation,AL1,TAG,warrant,,,,,\n")
                                              << QStringLiteral("line 3");
        QTest::newRow("client field differs") << QByteArray("C-1,A,,client,,,,,,,,\nC-1,B,,client,,,,,,,,\n")
                                              << QStringLiteral("differs from \"A\" on line 2");
        QTest::newRow("shifted row") << QByteArray("C-1,A,,client,,SAFE,,,,,,\n") << QStringLiteral("a client row has no source");
        QTest::newRow("unknown record") << QByteArray("C-1,A,,person,,,,,,,,\n") << QStringLiteral("must be client, allegation or event");
        QTest::newRow("client without a name") << QByteArray("C-1,,,client,,,,,,,,\n") << QStringLiteral("name");
        QTest::newRow("relied on no allegation") << QByteArray("C-1,A,,event,E1,,,,release,2021-01-02,AL9,\n") << QStringLiteral("AL9");
        QTest::newRow("valid: read directly") << QByteArray("C-1,A,,client,,,,,,,,\nC-2,B,SV,client,,,,,,,,\n") << QString();
    }

    void rejectsCsvAsTheDocumentDoes()
    {
        QFETCH(QByteArray, rows);
        QFETCH(QString, mentions);
        const QByteArray csv = "client_ref,client_name,country,record,ref,source,kind,origin_country,type,date,relied_on,decided_by\n" + rows;
        CaseRecordsReader reader;
        const std::optional<CaseRecords> records = reader.read(csv, QStringLiteral("intake.csv"));
        if (mentions.isEmpty()) {
            QVERIFY2(records, qPrintable(reader.errorString()));
            QVERIFY(reader.readCsvWithoutDocument());
            return;
        }
        QVERIFY(!records);
        QVERIFY(!reader.readCsvWithoutDocument());
        QVERIFY2(reader.errorString().startsWith(QStringLiteral("intake.csv: line ")), qPrintable(reader.errorString()));
        QVERIFY2(reader.errorString().contains(mentions), qPrintable(reader.errorString()));
    }

    void saveClientReplacesAndDeletes()
    {
        StoreError error;
        std::unique_ptr<OpenStore> store = m_stores.create(QStringLiteral("saved.rebuttal"), &error);
        QVERIFY2(store, qPrintable(error.message));
        CaseRecordsReader reader;
        const std::optional<CaseRecords> records = reader.read(QJsonDocument(validFile()).toJson(), QStringLiteral("v.json"));
        QVERIFY(records);
        ClientRecordStore &clients = store->clients();
        QVERIFY(!clients.importRecords(*records, ActivityDetail("v.json")).isError());

        // An edit that drops an allegation and an event really drops them (an import would keep them).
        Client edited = records->clients.first();
        edited.allegations.clear();
        edited.events.removeLast();
        edited.events.first().reliedOn.clear();
        QVERIFY(!clients.saveClient(edited.ref, edited, QStringLiteral("edit.client"), ActivityDetail("test")).isError());
        QCOMPARE(*clients.client(edited.ref), edited);

        // A new ref renames; the old one is gone.
        Client renamed = edited;
        renamed.ref = QStringLiteral("C-2");
        QVERIFY(!clients.saveClient(edited.ref, renamed, QStringLiteral("edit.client"), ActivityDetail("test")).isError());
        QVERIFY(!clients.client(edited.ref));
        QCOMPARE(*clients.client(renamed.ref), renamed);

        QVERIFY(!clients.saveClient(renamed.ref, std::nullopt, QStringLiteral("edit.client"), ActivityDetail("test")).isError());
        QCOMPARE(clients.clientCount({}), 0);

        // Adding a client whose ref is taken fails and changes nothing.
        QVERIFY(!clients.saveClient({}, records->clients.first(), QStringLiteral("edit.client"), ActivityDetail("test")).isError());
        Client other = records->clients.first();
        other.name = QStringLiteral("Someone else");
        QCOMPARE(clients.saveClient({}, other, QStringLiteral("edit.client"), ActivityDetail("test")).kind, StoreError::Kind::Exists);
        const std::optional<CaseRecords> all = clients.allRecords();
        QVERIFY(all);
        QCOMPARE(all->clients.size(), 1);
        QCOMPARE(all->clients.first(), records->clients.first());
    }

    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, mentions);
        CaseRecordsReader reader;
        QVERIFY(!reader.read(json, QStringLiteral("intake.json")));
        QVERIFY(reader.errorString().startsWith(QStringLiteral("intake.json: ")));
        for (const QString &word : mentions)
            QVERIFY2(reader.errorString().contains(word), qPrintable(reader.errorString()));
    }

    void importRoundTripsAndUpdatesByRef()
    {
        StoreError error;
        std::unique_ptr<OpenStore> store = m_stores.create(QStringLiteral("roundtrip.rebuttal"), &error);
        QVERIFY2(store, qPrintable(error.message));
        CaseRecordsReader reader;
        const auto demo = reader.readFile(QStringLiteral(REBUTTAL_SOURCE_DIR "/resources/demo/cases.json"));
        QVERIFY2(demo, qPrintable(reader.errorString()));
        QVERIFY(demo->clients.size() >= 8);
        CaseImportCounts counts;
        ClientRecordStore &records = store->clients();
        QVERIFY(!records.importRecords(*demo, ActivityDetail("cases.json"), &counts).isError());
        QCOMPARE(counts.clients, demo->clients.size());

        for (const Client &client : demo->clients)
            QCOMPARE(*records.client(client.ref), client);

        // Importing again changes nothing and adds nothing.
        QVERIFY(!records.importRecords(*demo, ActivityDetail("cases.json")).isError());
        QCOMPARE(records.clientCount({}), demo->clients.size());
        for (const Client &client : demo->clients)
            QCOMPARE(*records.client(client.ref), client);

        // An update by ref: new name, an allegation dropped from an event's relied_on.
        CaseRecords update;
        Client changed = demo->clients.first();
        changed.name = QStringLiteral("Renamed");
        for (CaseEvent &event : changed.events)
            event.reliedOn.clear();
        update.clients << changed;
        QVERIFY(!records.importRecords(update, ActivityDetail("update.json")).isError());
        QCOMPARE(records.clientCount({}), demo->clients.size());
        QCOMPARE(*records.client(changed.ref), changed);

        const QList<ClientSummary> page = records.clientSummaries({}, 0, 3);
        QCOMPARE(page.size(), 3);
        QCOMPARE(page.first().ref, demo->clients.first().ref);
        QCOMPARE(records.clientSummaries({}, 2, 100).size(), demo->clients.size() - 2);
    }

    // Dates are stored as given, and an event's date_sort is the first day of its period.
    void storesDatesAndTheirFirstDay_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("firstDay");
        QTest::newRow("day") << QStringLiteral("2021-04-20") << QStringLiteral("2021-04-20");
        QTest::newRow("month") << QStringLiteral("2021-04") << QStringLiteral("2021-04-01");
        QTest::newRow("year") << QStringLiteral("2021") << QStringLiteral("2021-01-01");
        QTest::newRow("early year") << QStringLiteral("0987-02") << QStringLiteral("0987-02-01");
    }

    void storesDatesAndTheirFirstDay()
    {
        QFETCH(QString, date);
        QFETCH(QString, firstDay);
        const QString name = QStringLiteral("dates-") + QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".rebuttal");
        StoreError error;
        std::unique_ptr<OpenStore> store = m_stores.create(name, &error);
        QVERIFY2(store, qPrintable(error.message));
        const QByteArray json = edited([&](QJsonObject &client) {
            setIn(client, QStringLiteral("events"), QStringLiteral("date"), date);
            setIn(client, QStringLiteral("allegations"), QStringLiteral("asserted_on"), date);
        });
        CaseRecordsReader reader;
        const auto records = reader.read(json, QStringLiteral("cases.json"));
        QVERIFY2(records, qPrintable(reader.errorString()));
        QVERIFY(!store->clients().importRecords(*records, ActivityDetail("cases.json")).isError());
        // Text on both backends (a case file's column could hold a number: SQLite's typeof says).
        const QString dateSortType = test::TestStores::onServer() ? QStringLiteral("pg_typeof(date_sort)::text") : QStringLiteral("typeof(date_sort)");
        QCOMPARE(m_stores.rows(name, QStringLiteral("SELECT date, date_sort, %1 FROM events WHERE ref = 'E1'").arg(dateSortType), 3),
                 (QList<QStringList>{{date, firstDay, QStringLiteral("text")}}));
        QCOMPARE(m_stores.rows(name, QStringLiteral("SELECT asserted_on, disclosed_on, source, kind, status FROM allegations"), 5),
                 (QList<QStringList>{{date, QStringLiteral("2021-06-09"), QStringLiteral("SAFE"), QStringLiteral("gang_affiliation"),
                                      QStringLiteral("contested")}}));
        QCOMPARE(*store->clients().client(QStringLiteral("C-1")), records->clients.first());
    }

    // An import of 1,000 clients or more drops the secondary indexes and builds them again before
    // it commits: the records read back whole, and the store has every index after a commit
    // and after a cancel alike.
    void bulkImportKeepsRecordsAndIndexes()
    {
        const QString name = QStringLiteral("bulk.rebuttal");
        StoreError error;
        std::unique_ptr<OpenStore> store = m_stores.create(name, &error);
        QVERIFY2(store, qPrintable(error.message));
        const QString indexSql = test::TestStores::onServer()
            ? QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = '%1' ORDER BY indexname").arg(m_stores.schemaOf(name))
            : QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name");
        auto indexNames = [&] {
            QStringList names;
            for (const QStringList &row : m_stores.rows(name, indexSql, 1))
                names << row.first();
            return names;
        };
        const QStringList created = indexNames();
        QVERIFY(created.contains(QStringLiteral("events_client_date")));
        CaseRecordsReader reader;
        const auto demo = reader.readFile(QStringLiteral(REBUTTAL_SOURCE_DIR "/resources/demo/cases.json"));
        QVERIFY2(demo, qPrintable(reader.errorString()));
        CaseRecords many;
        for (int copy = 0; many.clients.size() < 1000; ++copy) {
            for (Client client : demo->clients) {
                client.ref += QStringLiteral("-%1").arg(copy);
                many.clients << client;
            }
        }
        ClientRecordStore &records = store->clients();
        bool cancelled = false;
        QVERIFY(!records.importRecords(many, ActivityDetail("many.json"), nullptr, [](int done, int) { return done < 500; }, &cancelled)
                     .isError());
        QVERIFY(cancelled);
        QCOMPARE(records.clientCount({}), 0);
        QCOMPARE(indexNames(), created);

        CaseImportCounts counts;
        QVERIFY(!records.importRecords(many, ActivityDetail("many.json"), &counts).isError());
        QCOMPARE(counts.clients, many.clients.size());
        QCOMPARE(indexNames(), created);
        for (const Client &client : std::as_const(many.clients))
            QCOMPARE(*records.client(client.ref), client);
    }
};

QTEST_GUILESS_MAIN(TestCaseRecords)
#include "tst_caserecords.moc"
