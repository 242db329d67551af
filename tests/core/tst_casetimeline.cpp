// Timeline metrics on hand-computed cases: the rules of ../shared/CLI.md (timeline --json).
#include "domain/CaseTimeline.h"

#include <QTest>

using namespace rebuttal;

namespace {

// "detention_start 2019-01-01, release 2019-01-31" -> events in that (record) order.
Client clientWith(const QString &events)
{
    Client client;
    client.ref = QStringLiteral("C-1");
    int n = 0;
    for (const QString &item : events.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(QLatin1Char(' '));
        CaseEvent event;
        event.ref = QStringLiteral("E%1").arg(++n);
        event.type = *fromCode<EventType>(parts.at(0));
        event.date = PartialDate::fromString(parts.at(1));
        client.events << event;
    }
    return client;
}

} // namespace

class TestCaseTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metrics_data()
    {
        QTest::addColumn<QString>("events");
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<int>("detention");
        QTest::addColumn<int>("separation");
        QTest::newRow("no events") << QString() << "2020-01-01" << 0 << 0;
        QTest::newRow("one spell") << "detention_start 2019-01-01, release 2019-01-31" << "2020-01-01" << 30 << 0;
        QTest::newRow("same-day release") << "detention_start 2019-01-01, release 2019-01-01" << "2020-01-01" << 0 << 0;
        QTest::newRow("open to as-of") << "detention_start 2019-01-01" << "2019-01-11" << 10 << 0;
        QTest::newRow("as-of before start") << "detention_start 2019-01-01" << "2018-12-01" << 0 << 0;
        QTest::newRow("two spells") << "detention_start 2019-01-01, release 2019-01-11, detention_start 2019-02-01, removal 2019-02-03"
                                    << "2020-01-01" << 12 << 0;
        QTest::newRow("transfer changes nothing") << "detention_start 2019-01-01, detention_start 2019-01-05, release 2019-01-11"
                                                  << "2020-01-01" << 10 << 0;
        QTest::newRow("release with nothing open") << "release 2019-01-01, detention_start 2019-01-05, removal 2019-01-07"
                                                   << "2020-01-01" << 2 << 0;
        QTest::newRow("second release counts nothing") << "detention_start 2019-01-01, release 2019-01-03, release 2019-01-09"
                                                       << "2020-01-01" << 2 << 0;
        QTest::newRow("record order out of date order") << "release 2019-03-01, detention_start 2019-02-01" << "2020-01-01" << 28 << 0;
        QTest::newRow("same day, release first in the record") << "release 2019-01-05, detention_start 2019-01-05"
                                                               << "2019-01-10" << 5 << 0;
        QTest::newRow("same day, detention first in the record") << "detention_start 2019-01-05, release 2019-01-05"
                                                                 << "2019-01-10" << 0 << 0;
        QTest::newRow("partial dates") << "detention_start 2019-03, release 2019-04" << "2020-01-01" << 31 << 0;
        QTest::newRow("year only") << "detention_start 2019, release 2020" << "2021-01-01" << 365 << 0;
        QTest::newRow("leap year") << "detention_start 2020-02-01, release 2020-03-01" << "2021-01-01" << 29 << 0;
        QTest::newRow("separation and reunification")
            << "separation 2019-02-12, detention_start 2019-02-12, reunification 2019-05-20, release 2019-05-20"
            << "2020-01-01" << 97 << 97;
        QTest::newRow("separation open") << "separation 2019-02-12, reunification 2019-02-01" << "2019-03-12" << 0 << 28;
        QTest::newRow("removal ends detention, not separation")
            << "detention_start 2019-01-01, separation 2019-01-01, removal 2019-01-21" << "2019-02-01" << 20 << 31;
        QTest::newRow("other events ignored") << "encounter 2019-01-01, bond_denied 2019-01-02, asylum_denied 2019-01-03"
                                              << "2020-01-01" << 0 << 0;
    }

    void metrics()
    {
        QFETCH(QString, events);
        QFETCH(QString, asOf);
        QFETCH(int, detention);
        QFETCH(int, separation);
        const CaseTimeline timeline(clientWith(events), QDate::fromString(asOf, Qt::ISODate));
        QCOMPARE(timeline.detentionDays(), detention);
        QCOMPARE(timeline.separationDays(), separation);
    }

    void ordersEventsByDateThenRecord()
    {
        const Client client = clientWith(QStringLiteral("release 2019-03-01, encounter 2019-02, detention_start 2019-02-01, bond_denied 2019-03-01"));
        const CaseTimeline timeline(client, QDate(2020, 1, 1));
        // 2019-02 sorts as 2019-02-01 and stays before the record's later same-day event.
        QCOMPARE(timeline.eventOrder(), (QList<int>{1, 2, 0, 3}));
    }

    void spellsPointAtTheirEvents()
    {
        const Client client = clientWith(QStringLiteral("detention_start 2019-01-01, release 2019-01-11, separation 2019-01-05"));
        const CaseTimeline timeline(client, QDate(2019, 2, 1));
        QCOMPARE(timeline.spells().size(), 2);
        const CaseSpell &detention = timeline.spells().at(0);
        QCOMPARE(detention.kind, CaseSpell::Kind::Detention);
        QCOMPARE(detention.startEvent, 0);
        QCOMPARE(detention.endEvent, 1);
        QVERIFY(!detention.isOpen());
        const CaseSpell &separation = timeline.spells().at(1);
        QVERIFY(separation.isOpen());
        QCOMPARE(separation.end, QDate(2019, 2, 1));
        QCOMPARE(separation.days(), 27);
    }

    void disclosureDelay_data()
    {
        QTest::addColumn<QString>("asserted");
        QTest::addColumn<QString>("disclosed");
        QTest::addColumn<int>("delay"); // -1: none
        QTest::newRow("days") << "2019-02-12" << "2019-03-14" << 30;
        QTest::newRow("same day") << "2019-02-12" << "2019-02-12" << 0;
        QTest::newRow("partial") << "2019-02" << "2019-03-14" << 41;
        QTest::newRow("not disclosed") << "2019-02-12" << QString() << -1;
        QTest::newRow("not asserted") << QString() << "2019-02-12" << -1;
        QTest::newRow("disclosed before asserted") << "2019-02-12" << "2019-02-02" << -10;
    }

    void disclosureDelay()
    {
        QFETCH(QString, asserted);
        QFETCH(QString, disclosed);
        QFETCH(int, delay);
        Allegation allegation;
        allegation.assertedOn = PartialDate::fromString(asserted);
        allegation.disclosedOn = PartialDate::fromString(disclosed);
        const std::optional<int> got = CaseTimeline::disclosureDelayDays(allegation);
        QCOMPARE(got.has_value(), delay != -1);
        if (got)
            QCOMPARE(*got, delay);
    }

    void longestDelay()
    {
        Client client;
        QCOMPARE(CaseTimeline(client, QDate(2020, 1, 1)).longestDisclosureDelayDays(), std::nullopt);
        Allegation a, b;
        a.assertedOn = PartialDate::fromString(QStringLiteral("2019-01-01"));
        a.disclosedOn = PartialDate::fromString(QStringLiteral("2019-01-31"));
        b.assertedOn = PartialDate::fromString(QStringLiteral("2018-01-01"));
        b.disclosedOn = PartialDate::fromString(QStringLiteral("2019-01-01"));
        client.allegations << a << b << Allegation{};
        QCOMPARE(CaseTimeline(client, QDate(2020, 1, 1)).longestDisclosureDelayDays(), std::optional<int>(365));
    }
};

QTEST_GUILESS_MAIN(TestCaseTimeline)
#include "tst_casetimeline.moc"
