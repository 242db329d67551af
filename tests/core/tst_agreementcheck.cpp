// The agreement check of ../shared/AGREEMENTS.md, rule by rule: data-driven cases of a registry, a
// client and an as-of date, with the flags each must give (in the contract's order).
#include "agreements/AgreementCheck.h"
#include "domain/AgreementJson.h"
#include "cases/CaseRecordsReader.h"
#include "text/Quotation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rebuttal;

namespace {

QList<Agreement> registryOf(const QByteArray &json)
{
    QList<Agreement> agreements;
    for (const QJsonValue &v : QJsonDocument::fromJson("[" + json + "]").array())
        agreements << AgreementJson::fromJson(v.toObject());
    return agreements;
}

QList<Client> clientsOf(const QByteArray &json)
{
    CaseRecordsReader reader;
    const auto records = reader.read(R"j({"format": "rebuttal.cases", "version": 1, "clients": [)j" + json + "]}",
                                     QStringLiteral("cases.json"));
    if (!records)
        qFatal("%s", qPrintable(reader.errorString()));
    return records->clients;
}

// "C1 AL1 E1 use_terms_withheld MOC flag": client, allegation, event (- for null), rule, agreement (- for null), status.
QByteArrayList describe(const QList<AgreementFlag> &flags)
{
    QByteArrayList lines;
    for (const AgreementFlag &f : flags) {
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(f.client, f.allegation, f.event.isEmpty() ? QStringLiteral("-") : f.event, AgreementCheck::ruleCode(f.rule),
                          f.agreement.isEmpty() ? QStringLiteral("-") : f.agreement,
                          f.conditional ? QStringLiteral("conditional") : QStringLiteral("flag"))
                     .toUtf8();
    }
    return lines;
}

// A 2014 MOC like seed 000's for El Salvador, and a 2019 MOC for Honduras with its SOP.
const QByteArray MocSv = R"j({"ref": "MOC-SV", "title": "MOC El Salvador", "kind": "MOC", "country": "SV", "programs": ["CHIS"],
    "signed_on": "2014-05-14", "covers": "nationals", "purposes": ["criminal_justice", "repatriation"], "use_terms": "withheld",
    "withheld": [{"section": "V. Access to and use of information", "exemptions": ["(b)(5)"], "evidence": [{"document": "DOC-0010", "page": 4}]}],
    "clauses": [{"topic": "purpose", "quote": "for the administration of criminal justice", "evidence": [{"document": "DOC-0010", "page": 2}]},
                {"topic": "term", "quote": "until notice is provided"}]})j";
const QByteArray MocHn = R"j({"ref": "MOC-HN", "title": "MOC Honduras", "kind": "MOC", "country": "HN", "programs": ["CHIS"],
    "receiving_agency": "ICE", "signed_on": "2019-07-15", "ends_on": "2024-07-15", "covers": "nationals",
    "purposes": ["criminal_justice", "repatriation"], "use_terms": "withheld", "third_party_disclosure": "unknown",
    "withheld": [{"section": "V. MOC use", "evidence": [{"document": "DOC-0010", "page": 18}]}],
    "clauses": [{"topic": "purpose", "quote": "MOC purpose"}, {"topic": "term", "quote": "five years"}]})j";
const QByteArray SopHn = R"j({"ref": "SOP-HN", "title": "SOP Honduras", "kind": "SOP", "parent": "MOC-HN", "signed_on": "2019",
    "third_party_disclosure": "partner_authorization_required",
    "withheld": [{"section": "V.1 permitted uses", "evidence": [{"document": "DOC-0010", "page": 26}]}],
    "clauses": [{"topic": "disclosure", "quote": "Third parties are individuals or entities outside of ICE."}]})j";

QByteArray client(const QByteArray &country, const QByteArray &allegations, const QByteArray &events)
{
    return R"j({"ref": "C1", "name": "N")j" + (country.isEmpty() ? QByteArray() : R"j(, "country": ")j" + country + "\"")
        + R"j(, "allegations": [)j" + allegations + R"j(], "events": [)j" + events + "]}";
}

QByteArray allegation(const QByteArray &ref, const QByteArray &source, const QByteArray &origin, const QByteArray &asserted)
{
    QByteArray a = R"j({"ref": ")j" + ref + R"j(", "source": ")j" + source + R"j(", "kind": "gang_affiliation")j";
    if (!origin.isEmpty())
        a += R"j(, "origin_country": ")j" + origin + "\"";
    if (!asserted.isEmpty())
        a += R"j(, "asserted_on": ")j" + asserted + "\"";
    return a + "}";
}

QByteArray eventOf(const QByteArray &ref, const QByteArray &type, const QByteArray &reliedOn, const QByteArray &decidedBy = {})
{
    QByteArray e = R"j({"ref": ")j" + ref + R"j(", "type": ")j" + type + R"j(", "date": "2021-01-01", "relied_on": [)j" + reliedOn + "]";
    if (!decidedBy.isEmpty())
        e += R"j(, "decided_by": ")j" + decidedBy + "\"";
    return e + "}";
}

} // namespace

class TestAgreementCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flags_data()
    {
        QTest::addColumn<QByteArray>("registry");
        QTest::addColumn<QByteArray>("clients");
        QTest::addColumn<QByteArrayList>("expected");

        const QByteArray detention = eventOf("E1", "detention_start", R"j("AL1")j");
        QTest::newRow("no origin country: no agreement alone")
            << MocSv << client("SV", allegation("AL1", "CHIS", {}, "2019-02-12"), detention)
            << QByteArrayList{"C1 AL1 - no_agreement - flag"};
        QTest::newRow("no agreement for the program")
            << MocSv << client("SV", allegation("AL1", "TAG", "SV", "2019-02-12"), detention)
            << QByteArrayList{"C1 AL1 - no_agreement - flag"};
        QTest::newRow("no agreement for the country")
            << MocSv << client("GT", allegation("AL1", "CHIS", "GT", "2019-02-12"), detention)
            << QByteArrayList{"C1 AL1 - no_agreement - flag"};
        QTest::newRow("in force: withheld use terms and a purpose it does not state")
            << MocSv << client("SV", allegation("AL1", "CHIS", "SV", "2019-02-12"), detention)
            << QByteArrayList{"C1 AL1 E1 use_terms_withheld MOC-SV flag", "C1 AL1 E1 outside_stated_purpose MOC-SV flag"};
        QTest::newRow("a removal is a stated purpose (repatriation)")
            << MocSv << client("SV", allegation("AL1", "CHIS", "SV", "2019-02-12"), eventOf("E1", "removal", R"j("AL1")j"))
            << QByteArrayList{"C1 AL1 E1 use_terms_withheld MOC-SV flag"};
        QTest::newRow("events with no category are not checked")
            << MocSv
            << client("SV", allegation("AL1", "CHIS", "SV", "2019-02-12"),
                      eventOf("E1", "apprehension", R"j("AL1")j") + "," + eventOf("E2", "release", R"j("AL1")j") + "," + eventOf("E3", "other", R"j("AL1")j"))
            << QByteArrayList{};
        QTest::newRow("no purposes recorded: rule 4 does not apply")
            << QByteArray(R"j({"ref": "A", "title": "T", "kind": "ISAA", "country": "SV", "programs": ["SAFE"], "signed_on": "2015"})j")
            << client("SV", allegation("AL1", "SAFE", "SV", "2019"), detention) << QByteArrayList{};
        QTest::newRow("empty purposes: every use is outside them")
            << QByteArray(R"j({"ref": "A", "title": "T", "kind": "ISAA", "country": "SV", "programs": ["SAFE"], "signed_on": "2015", "purposes": []})j")
            << client("SV", allegation("AL1", "SAFE", "SV", "2019"), eventOf("E1", "removal", R"j("AL1")j"))
            << QByteArrayList{"C1 AL1 E1 outside_stated_purpose A flag"};
        QTest::newRow("person not covered: a national of another country")
            << MocSv << client("GT", allegation("AL1", "CHIS", "SV", "2019-02-12"), {})
            << QByteArrayList{"C1 AL1 - person_not_covered MOC-SV flag"};
        QTest::newRow("person not covered: a client without country is conditional")
            << MocSv << client({}, allegation("AL1", "CHIS", "SV", "2019-02-12"), {})
            << QByteArrayList{"C1 AL1 - person_not_covered MOC-SV conditional"};
        QTest::newRow("covers any: everyone is covered")
            << QByteArray(MocSv).replace("\"nationals\"", "\"any\"") << client("GT", allegation("AL1", "CHIS", "SV", "2019-02-12"), {})
            << QByteArrayList{};
        QTest::newRow("before the start: outside term alone")
            << MocSv << client("SV", allegation("AL1", "CHIS", "SV", "2014-05-13"), detention)
            << QByteArrayList{"C1 AL1 - outside_term MOC-SV flag"};
        QTest::newRow("on the start day: in force")
            << MocSv << client("SV", allegation("AL1", "CHIS", "SV", "2014-05-14"), eventOf("E1", "removal", R"j("AL1")j"))
            << QByteArrayList{"C1 AL1 E1 use_terms_withheld MOC-SV flag"};
        QTest::newRow("on ends_on: no longer in force")
            << MocHn << client("HN", allegation("AL1", "CHIS", "HN", "2024-07-15"), detention)
            << QByteArrayList{"C1 AL1 - outside_term MOC-HN flag"};
        QTest::newRow("the day before ends_on: in force")
            << MocHn << client("HN", allegation("AL1", "CHIS", "HN", "2024-07-14"), eventOf("E1", "removal", R"j("AL1")j"))
            << QByteArrayList{"C1 AL1 E1 use_terms_withheld MOC-HN flag"};
        QTest::newRow("partial test date across the start: conditional, rules 3-6 too")
            << MocSv << client("SV", allegation("AL1", "CHIS", "SV", "2014"), detention)
            << QByteArrayList{"C1 AL1 - outside_term MOC-SV conditional", "C1 AL1 E1 use_terms_withheld MOC-SV conditional",
                           "C1 AL1 E1 outside_stated_purpose MOC-SV conditional"};
        QTest::newRow("partial test date wholly after the start: in force")
            << MocSv << client("SV", allegation("AL1", "CHIS", "SV", "2014-06"), eventOf("E1", "removal", R"j("AL1")j"))
            << QByteArrayList{"C1 AL1 E1 use_terms_withheld MOC-SV flag"};
        QTest::newRow("partial month before the start: out of force")
            << MocSv << client("SV", allegation("AL1", "CHIS", "SV", "2014-04"), detention)
            << QByteArrayList{"C1 AL1 - outside_term MOC-SV flag"};
        QTest::newRow("no asserted_on: indeterminate")
            << MocSv << client("SV", allegation("AL1", "CHIS", "SV", {}), eventOf("E1", "removal", R"j("AL1")j"))
            << QByteArrayList{"C1 AL1 - outside_term MOC-SV conditional", "C1 AL1 E1 use_terms_withheld MOC-SV conditional"};
        QTest::newRow("no start date: indeterminate")
            << QByteArray(R"j({"ref": "A", "title": "T", "kind": "MOU", "country": "SV", "programs": ["TAG"], "use_terms": "withheld"})j")
            << client("SV", allegation("AL1", "TAG", "SV", "2019-01-01"), eventOf("E1", "removal", R"j("AL1")j"))
            << QByteArrayList{"C1 AL1 - outside_term A conditional", "C1 AL1 E1 use_terms_withheld A conditional"};
        QTest::newRow("within a suspension: outside term")
            << QByteArray(MocSv).replace("\"signed_on\"", R"j("suspensions": [{"from": "2018-01-01", "to": "2018-12-31"}], "signed_on")j")
            << client("SV", allegation("AL1", "CHIS", "SV", "2018-12-31"), detention)
            << QByteArrayList{"C1 AL1 - outside_term MOC-SV flag"};
        QTest::newRow("the day after a suspension: in force")
            << QByteArray(MocSv).replace("\"signed_on\"", R"j("suspensions": [{"from": "2018-01-01", "to": "2018-12-31"}], "signed_on")j")
            << client("SV", allegation("AL1", "CHIS", "SV", "2019-01-01"), eventOf("E1", "removal", R"j("AL1")j"))
            << QByteArrayList{"C1 AL1 E1 use_terms_withheld MOC-SV flag"};
        QTest::newRow("an open suspension holds from then on")
            << QByteArray(MocSv).replace("\"signed_on\"", R"j("suspensions": [{"from": "2018-01-01"}], "signed_on")j")
            << client("SV", allegation("AL1", "CHIS", "SV", "2025-05-05"), detention)
            << QByteArrayList{"C1 AL1 - outside_term MOC-SV flag"};
        QTest::newRow("a partial suspension that may or may not hold: conditional")
            << QByteArray(MocSv).replace("\"signed_on\"", R"j("suspensions": [{"from": "2020", "to": "2020-06"}], "signed_on")j")
            << client("SV", allegation("AL1", "CHIS", "SV", "2020-03-10"), eventOf("E1", "removal", R"j("AL1")j"))
            << QByteArrayList{"C1 AL1 - outside_term MOC-SV conditional", "C1 AL1 E1 use_terms_withheld MOC-SV conditional"};
        QTest::newRow("SOP governs over its MOC, inheriting what it leaves out")
            << MocHn + "," + SopHn
            << client("HN", allegation("AL1", "CHIS", "HN", "2021-03-01"),
                      eventOf("E1", "detention_start", R"j("AL1")j", "CBP") + "," + eventOf("E2", "removal", R"j("AL1")j", "ICE"))
            << QByteArrayList{"C1 AL1 E1 use_terms_withheld SOP-HN flag", "C1 AL1 E1 outside_stated_purpose SOP-HN flag",
                           "C1 AL1 E1 third_party_use SOP-HN flag", "C1 AL1 E2 use_terms_withheld SOP-HN flag"};
        QTest::newRow("SOP not surely in force yet (2019): its MOC governs")
            << MocHn + "," + SopHn << client("HN", allegation("AL1", "CHIS", "HN", "2019-08-01"), eventOf("E1", "removal", R"j("AL1")j", "CBP"))
            << QByteArrayList{"C1 AL1 E1 use_terms_withheld MOC-HN flag"};
        QTest::newRow("SOP ends with its MOC")
            << MocHn + "," + SopHn << client("HN", allegation("AL1", "CHIS", "HN", "2025-01-01"), eventOf("E1", "removal", R"j("AL1")j", "CBP"))
            << QByteArrayList{"C1 AL1 - outside_term MOC-HN flag"};
        QTest::newRow("third party: EOIR is outside ICE; no decided_by, no rule")
            << MocHn + "," + SopHn
            << client("HN", allegation("AL1", "CHIS", "HN", "2021-03-01"),
                      eventOf("E1", "removal", R"j("AL1")j", "EOIR") + "," + eventOf("E2", "removal", R"j("AL1")j"))
            << QByteArrayList{"C1 AL1 E1 use_terms_withheld SOP-HN flag", "C1 AL1 E1 third_party_use SOP-HN flag",
                           "C1 AL1 E2 use_terms_withheld SOP-HN flag"};
        QTest::newRow("third party: DHS receiving, its components are inside")
            << QByteArray(R"j({"ref": "A", "title": "T", "kind": "ISAA", "country": "SV", "programs": ["SAFE"], "signed_on": "2015",
                          "third_party_disclosure": "partner_authorization_required"})j")
            << client("SV", allegation("AL1", "SAFE", "SV", "2019"),
                      eventOf("E1", "removal", R"j("AL1")j", "CBP") + "," + eventOf("E2", "removal", R"j("AL1")j", "USCIS") + ","
                          + eventOf("E3", "removal", R"j("AL1")j", "DOS") + "," + eventOf("E4", "removal", R"j("AL1")j", "OTHER"))
            << QByteArrayList{"C1 AL1 E3 third_party_use A flag", "C1 AL1 E4 third_party_use A flag"};
        QTest::newRow("third party: OTHER receiving, OTHER deciding is the same body")
            << QByteArray(R"j({"ref": "A", "title": "T", "kind": "ISAA", "country": "SV", "programs": ["SAFE"], "signed_on": "2015",
                          "receiving_agency": "OTHER", "third_party_disclosure": "partner_authorization_required"})j")
            << client("SV", allegation("AL1", "SAFE", "SV", "2019"), eventOf("E1", "removal", R"j("AL1")j", "OTHER") + "," + eventOf("E2", "removal", R"j("AL1")j", "ICE"))
            << QByteArrayList{"C1 AL1 E2 third_party_use A flag"};
        QTest::newRow("an event relying on two allegations is checked under each")
            << MocSv
            << client("SV", allegation("AL1", "CHIS", "SV", "2019-02-12") + "," + allegation("AL2", "TAG", "SV", "2019-02-12"),
                      eventOf("E1", "separation", R"j("AL1", "AL2")j"))
            << QByteArrayList{"C1 AL1 E1 use_terms_withheld MOC-SV flag", "C1 AL1 E1 outside_stated_purpose MOC-SV flag",
                           "C1 AL2 - no_agreement - flag"};
        QTest::newRow("the later start governs; a tie goes to the smaller ref")
            << QByteArray(R"j({"ref": "B", "title": "T", "kind": "ISAA", "country": "SV", "programs": ["SAFE"], "signed_on": "2016", "use_terms": "withheld"},
                          {"ref": "A", "title": "T", "kind": "ISAA", "country": "SV", "programs": ["SAFE"], "signed_on": "2016-01", "use_terms": "withheld"},
                          {"ref": "C", "title": "T", "kind": "ISAA", "country": "SV", "programs": ["SAFE"], "signed_on": "2015", "use_terms": "withheld"})j")
            << client("SV", allegation("AL1", "SAFE", "SV", "2019"), eventOf("E1", "removal", R"j("AL1")j"))
            << QByteArrayList{"C1 AL1 E1 use_terms_withheld A flag"};
        QTest::newRow("outside term names the nearest candidate")
            << QByteArray(R"j({"ref": "OLD", "title": "T", "kind": "ISAA", "country": "SV", "programs": ["SAFE"], "signed_on": "2010", "ends_on": "2012-01-01"},
                          {"ref": "NEW", "title": "T", "kind": "ISAA", "country": "SV", "programs": ["SAFE"], "signed_on": "2013-03-01"})j")
            << client("SV", allegation("AL1", "SAFE", "SV", "2012-10-01"), {}) << QByteArrayList{"C1 AL1 - outside_term NEW flag"};
        QTest::newRow("outside term: an equal distance goes to the later start")
            << QByteArray(R"j({"ref": "OLD", "title": "T", "kind": "ISAA", "country": "SV", "programs": ["SAFE"], "signed_on": "2010", "ends_on": "2012-01-01"},
                          {"ref": "NEW", "title": "T", "kind": "ISAA", "country": "SV", "programs": ["SAFE"], "signed_on": "2012-01-11"})j")
            << client("SV", allegation("AL1", "SAFE", "SV", "2012-01-06"), {}) << QByteArrayList{"C1 AL1 - outside_term NEW flag"};
        QTest::newRow("one in force wins over indeterminate ones")
            << QByteArray(R"j({"ref": "A", "title": "T", "kind": "ISAA", "country": "SV", "programs": ["SAFE"], "signed_on": "2019", "use_terms": "withheld"},
                          {"ref": "B", "title": "T", "kind": "ISAA", "country": "SV", "programs": ["SAFE"], "signed_on": "2010", "use_terms": "withheld"})j")
            << client("SV", allegation("AL1", "SAFE", "SV", "2019-06-01"), eventOf("E1", "removal", R"j("AL1")j"))
            << QByteArrayList{"C1 AL1 E1 use_terms_withheld B flag"};
    }

    void flags()
    {
        QFETCH(QByteArray, registry);
        QFETCH(QByteArray, clients);
        QFETCH(QByteArrayList, expected);
        const AgreementCheck check(registryOf(registry));
        const CheckResult result = check.check(clientsOf(clients), QDate(2026, 1, 1));
        QCOMPARE(describe(result.flags), expected);
    }

    void ordersFlagsByClientAllegationEventRule()
    {
        const QByteArray two = client("SV", allegation("AL2", "CHIS", "SV", "2019-02-12") + "," + allegation("AL1", "TAG", "SV", "2019"),
                                      eventOf("E2", "removal", R"j("AL2")j") + "," + eventOf("E10", "detention_start", R"j("AL2")j"))
                                   .replace("\"C1\"", "\"C2\"")
            + "," + client({}, allegation("AL1", "CHIS", "SV", "2019-02-12"), {}).replace("\"C1\"", "\"C10\"");
        const CheckResult result = AgreementCheck(registryOf(MocSv)).check(clientsOf(two), QDate(2026, 1, 1));
        QCOMPARE(describe(result.flags),
                 (QByteArrayList{"C10 AL1 - person_not_covered MOC-SV conditional", "C2 AL1 - no_agreement - flag",
                              "C2 AL2 E10 use_terms_withheld MOC-SV flag", "C2 AL2 E10 outside_stated_purpose MOC-SV flag",
                              "C2 AL2 E2 use_terms_withheld MOC-SV flag"}));
    }

    void quotesTheClauseUpTheChain()
    {
        const AgreementCheck check(registryOf(MocHn + "," + SopHn));
        const CheckResult result = check.check(
            clientsOf(client("SV", allegation("AL1", "CHIS", "HN", "2021-03-01"), eventOf("E1", "detention_start", R"j("AL1")j", "CBP"))),
            QDate(2026, 1, 1));
        QCOMPARE(result.flags.size(), 4);
        QCOMPARE(result.flags.at(0).rule, FlagRule::PersonNotCovered);
        QCOMPARE(result.flags.at(0).clause, QStringLiteral("MOC purpose")); // the SOP has none: its MOC's
        QCOMPARE(result.flags.at(1).clause, QStringLiteral("V.1 permitted uses")); // the SOP's own withheld section
        QCOMPARE(result.flags.at(1).evidence, (QList<EvidenceCitation>{{QStringLiteral("DOC-0010"), 26}}));
        QCOMPARE(result.flags.at(3).clause, QStringLiteral("Third parties are individuals or entities outside of ICE."));
        QVERIFY(result.flags.at(0).inference);
        QVERIFY(!result.flags.at(3).inference);
    }

    void outsideTermQuotesTheTermClause()
    {
        const CheckResult result = AgreementCheck(registryOf(MocSv)).check(
            clientsOf(client("SV", allegation("AL1", "CHIS", "SV", "2010"), {})), QDate(2026, 1, 1));
        QCOMPARE(result.flags.size(), 1);
        QCOMPARE(result.flags.at(0).clause, QStringLiteral("until notice is provided"));
        QCOMPARE(result.bases.at(0).outcome, AllegationBasis::Outcome::OutOfForce);
    }

    void withheldSectionNamesTheVaughnEntries()
    {
        // Entry 1 lists page 4 of DOC-0010, as written; entry 2 the same page by its Bates number DOC-0013;
        // entry 3 other pages.
        const QList<VaughnListing> vaughn{{7, 1, QStringLiteral("DOC-0010"), {3, 4, 5}},
                                          {7, 2, QStringLiteral("DOC-0013"), {1}},
                                          {8, 3, QStringLiteral("DOC-0010"), {10, 11}}};
        const CheckResult result = AgreementCheck(registryOf(MocSv), vaughn).check(
            clientsOf(client("SV", allegation("AL1", "CHIS", "SV", "2019"), eventOf("E1", "removal", R"j("AL1")j"))), QDate(2026, 1, 1));
        QCOMPARE(result.flags.size(), 1);
        QCOMPARE(result.flags.at(0).vaughn, (QList<VaughnReference>{{7, 1}, {7, 2}}));
        const QJsonObject json = AgreementCheck::toJson(result);
        const QJsonObject flag = json.value(QStringLiteral("flags")).toArray().at(0).toObject();
        QCOMPARE(flag.value(QStringLiteral("vaughn")).toArray().size(), 2);
        QCOMPARE(flag.value(QStringLiteral("event")).toString(), QStringLiteral("E1"));
        QCOMPARE(flag.value(QStringLiteral("basis")).toString(), QStringLiteral("text"));
    }

    void findings_data()
    {
        QTest::addColumn<QByteArray>("registry");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QByteArrayList>("expected");
        const QByteArray leap = R"j({"ref": "L", "title": "T", "kind": "MOC", "signed_on": "2020-02-29")j";
        QTest::newRow("29 February: due on 28 February, not yet late") << leap + "}" << QDate(2021, 2, 28) << QByteArrayList{};
        QTest::newRow("29 February: late the day after") << leap + "}" << QDate(2021, 3, 1) << QByteArrayList{"L review_missing"};
        QTest::newRow("a review on the last day counts") << leap + R"j(, "reviews": ["2021-02-28"]})j" << QDate(2025, 1, 1) << QByteArrayList{};
        QTest::newRow("a review after the year does not") << leap + R"j(, "reviews": ["2021-03-01"]})j" << QDate(2025, 1, 1)
                                                          << QByteArrayList{"L review_missing"};
        QTest::newRow("a partial review counts from its first day") << leap + R"j(, "reviews": ["2021-02"]})j" << QDate(2025, 1, 1) << QByteArrayList{};
        QTest::newRow("a partial signing counts from its first day")
            << QByteArray(R"j({"ref": "P", "title": "T", "kind": "SOP", "signed_on": "2019"})j") << QDate(2020, 1, 2) << QByteArrayList{"P review_missing"};
        QTest::newRow("no signed_on: no review rule")
            << QByteArray(R"j({"ref": "P", "title": "T", "kind": "MOC"})j") << QDate(2030, 1, 1) << QByteArrayList{};
        QTest::newRow("an SOP required and missing; a child of another kind is no SOP")
            << QByteArray(R"j({"ref": "M", "title": "T", "kind": "MOC", "requires_sop": true}, {"ref": "X", "title": "T", "kind": "OTHER", "parent": "M"})j")
            << QDate(2030, 1, 1) << QByteArrayList{"M sop_missing"};
        QTest::newRow("an SOP on file")
            << QByteArray(R"j({"ref": "M", "title": "T", "kind": "MOC", "requires_sop": true}, {"ref": "S", "title": "T", "kind": "SOP", "parent": "M"})j")
            << QDate(2030, 1, 1) << QByteArrayList{};
        QTest::newRow("ordered by agreement, then rule")
            << QByteArray(R"j({"ref": "Z", "title": "T", "kind": "MOC", "requires_sop": true, "signed_on": "2010"}, {"ref": "A", "title": "T", "kind": "MOC", "signed_on": "2010"})j")
            << QDate(2030, 1, 1) << QByteArrayList{"A review_missing", "Z review_missing", "Z sop_missing"};
    }

    void findings()
    {
        QFETCH(QByteArray, registry);
        QFETCH(QDate, asOf);
        QFETCH(QByteArrayList, expected);
        QByteArrayList found;
        for (const AgreementFinding &f : AgreementCheck(registryOf(registry)).check({}, asOf).findings)
            found << (f.agreement + QLatin1Char(' ') + AgreementCheck::ruleCode(f.rule)).toUtf8();
        QCOMPARE(found, expected);
    }

    // How a clause's quote is set wherever it is shown (the Agreements page, the Legal basis tab,
    // the PDF summary): in curly double quotes, its own double quotes nested as single ones.
    void clauseQuotes_data()
    {
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QStringLiteral("The purpose of this MOC.") << QStringLiteral("\u201cThe purpose of this MOC.\u201d");
        QTest::newRow("opens with a quoted term")
            << QStringLiteral("\"Repatriation\" is the return of individuals.")
            << QStringLiteral("\u201c\u2018Repatriation\u2019 is the return of individuals.\u201d");
        QTest::newRow("curly inner quotes")
            << QStringLiteral("the term \u201cthird party\u201d means") << QStringLiteral("\u201cthe term \u2018third party\u2019 means\u201d");
        QTest::newRow("already enclosed") << QStringLiteral("\"Participants intend to review.\"")
                                          << QStringLiteral("\u201cParticipants intend to review.\u201d");
        QTest::newRow("already enclosed, curly, spaced") << QStringLiteral(" \u201cTerm.\u201d ") << QStringLiteral("\u201cTerm.\u201d");
        QTest::newRow("quoted at both ends") << QStringLiteral("\"A\" and \"B\"")
                                             << QStringLiteral("\u201c\u2018A\u2019 and \u2018B\u2019\u201d");
        QTest::newRow("apostrophe kept") << QStringLiteral("the Participants' desire") << QStringLiteral("\u201cthe Participants' desire\u201d");
        QTest::newRow("after a bracket") << QStringLiteral("(\"CHIS\")") << QStringLiteral("\u201c(\u2018CHIS\u2019)\u201d");
    }

    void clauseQuotes()
    {
        QFETCH(QString, quote);
        QFETCH(QString, shown);
        QCOMPARE(Quotation::quoted(quote), shown);
    }
};

QTEST_GUILESS_MAIN(TestAgreementCheck)
#include "tst_agreementcheck.moc"
