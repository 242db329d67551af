// Case records: the reader's validation, and import into a store by ref without duplicates.
#include "cases/CaseRecordsReader.h"
#include "store/CaseStore.h"
#include "store/ClientRecords.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
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

class TestCaseRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
                                            << QStringList{QStringLiteral("client C-1"), QStringLiteral("events[0]"), QStringLiteral("party")};
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
        }) << QStringList{QStringLiteral("evidence page")};
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
        QTemporaryDir dir;
        StoreError error;
        std::unique_ptr<CaseStore> store = CaseStore::create(dir.filePath(QStringLiteral("c.rebuttal")), &error);
        QVERIFY(store);
        CaseRecordsReader reader;
        const auto demo = reader.readFile(QStringLiteral(REBUTTAL_SOURCE_DIR "/resources/demo/cases.json"));
        QVERIFY2(demo, qPrintable(reader.errorString()));
        QVERIFY(demo->clients.size() >= 8);
        CaseImportCounts counts;
        QVERIFY(!ClientRecords(*store).importRecords(*demo, QStringLiteral("cases.json"), &counts).isError());
        QCOMPARE(counts.clients, demo->clients.size());

        ClientRecords records(*store);
        for (const Client &client : demo->clients)
            QCOMPARE(*records.client(client.ref), client);

        // Importing again changes nothing and adds nothing.
        QVERIFY(!records.importRecords(*demo, QStringLiteral("cases.json")).isError());
        QCOMPARE(records.clientCount(), demo->clients.size());
        for (const Client &client : demo->clients)
            QCOMPARE(*records.client(client.ref), client);

        // An update by ref: new name, an allegation dropped from an event's relied_on.
        CaseRecords update;
        Client changed = demo->clients.first();
        changed.name = QStringLiteral("Renamed");
        for (CaseEvent &event : changed.events)
            event.reliedOn.clear();
        update.clients << changed;
        QVERIFY(!records.importRecords(update, QStringLiteral("update.json")).isError());
        QCOMPARE(records.clientCount(), demo->clients.size());
        QCOMPARE(*records.client(changed.ref), changed);

        const QList<ClientSummary> page = records.clientSummaries(0, 3);
        QCOMPARE(page.size(), 3);
        QCOMPARE(page.first().ref, demo->clients.first().ref);
        QCOMPARE(records.clientSummaries(2, 100).size(), demo->clients.size() - 2);
    }
};

QTEST_GUILESS_MAIN(TestCaseRecords)
#include "tst_caserecords.moc"
