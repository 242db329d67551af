// rebuttal-cli on the agreements registry: import (all or nothing), list, export, check, requests.
#include "CliRun.h"
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rebuttal::test;

namespace {

QString source(const char *relative)
{
    return QStringLiteral(REBUTTAL_SOURCE_DIR "/") + QString::fromLatin1(relative);
}

QJsonObject jsonFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

class TestAgreementsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QStringList on(const QStringList &arguments) const { return QStringList{QStringLiteral("--store"), m_store} + arguments; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = path(QStringLiteral("case.rebuttal"));
        QCOMPARE(cli(on({QStringLiteral("init")})).exitCode, 0);
        QCOMPARE(cli(on({QStringLiteral("import"), QStringLiteral("cases"), source("resources/demo/cases.json")})).exitCode, 0);
    }

    void importsListsAndExportsTheRegistry()
    {
        const QString demo = source("resources/demo/agreements.json");
        for (int time = 0; time < 2; ++time) { // a second import updates by ref
            const CliRun imported = cli(on({QStringLiteral("import"), QStringLiteral("agreements"), demo}));
            QCOMPARE(imported.exitCode, 0);
            QCOMPARE(imported.json(), (QJsonObject{{QStringLiteral("agreements"), 5}}));
        }
        const CliRun listed = cli(on({QStringLiteral("agreements"), QStringLiteral("--json")}));
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.json().value(QStringLiteral("agreements")), jsonFile(demo).value(QStringLiteral("agreements")));

        const QString exported = path(QStringLiteral("exported.json"));
        QCOMPARE(cli(on({QStringLiteral("export"), QStringLiteral("agreements"), QStringLiteral("--out"), exported})).exitCode, 0);
        QCOMPARE(jsonFile(exported), jsonFile(demo));
        // The export is in the chain of custody, by content: its count and SHA-256, not its file name.
        const QJsonArray log = cli(on({QStringLiteral("log"), QStringLiteral("--json")})).json().value(QStringLiteral("activity")).toArray();
        QCOMPARE(log.last()[QStringLiteral("action")].toString(), QStringLiteral("export.agreements"));
        QFile written(exported);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(written.readAll(), QCryptographicHash::Sha256).toHex());
        const QString detail = log.last()[QStringLiteral("detail")].toString();
        QVERIFY2(detail.startsWith(QStringLiteral("Exported 5 agreement")) && detail.endsWith(QStringLiteral("as JSON, SHA-256 ") + sha256),
                 qPrintable(detail));
        // import(export(x)) == x, into another case file.
        const QString other = path(QStringLiteral("other.rebuttal"));
        QCOMPARE(cli({QStringLiteral("--store"), other, QStringLiteral("init")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("--store"), other, QStringLiteral("import"), QStringLiteral("agreements"), exported}).exitCode, 0);
        const QString again = path(QStringLiteral("again.json"));
        QCOMPARE(cli({QStringLiteral("--store"), other, QStringLiteral("export"), QStringLiteral("agreements"), QStringLiteral("--out"), again}).exitCode, 0);
        QCOMPARE(jsonFile(again), jsonFile(demo));
    }

    void refusesABadRegistryAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("agreements");
        QTest::addColumn<QByteArrayList>("mentions");
        QTest::newRow("impossible date") << QByteArray(R"j([{"ref": "NEW-1", "title": "T", "kind": "MOU"},
                                                            {"ref": "BAD-2", "title": "T", "kind": "MOU", "ends_on": "2019-02-30"}])j")
                                         << QByteArrayList{"bad.json", "BAD-2", "ends_on", "2019-02-30"};
        QTest::newRow("parent nowhere") << QByteArray(R"j([{"ref": "SOP-X", "title": "T", "kind": "SOP", "parent": "MOC-XX"}])j")
                                        << QByteArrayList{"bad.json", "SOP-X", "parent", "MOC-XX"};
        QTest::newRow("schema") << QByteArray(R"j([{"ref": "ISAA-1", "title": "T", "kind": "ISAA", "receiving_agency": "DEA"}])j")
                                << QByteArrayList{"bad.json", "ISAA-1", "receiving_agency", "DEA"};
        QTest::newRow("duplicate") << QByteArray(R"j([{"ref": "D", "title": "T", "kind": "MOU"}, {"ref": "D", "title": "U", "kind": "MOU"}])j")
                                   << QByteArrayList{"bad.json", "agreement D", "ref"};
    }

    void refusesABadRegistryAndChangesNothing()
    {
        QFETCH(QByteArray, agreements);
        QFETCH(QByteArrayList, mentions);
        const QByteArray before = cli(on({QStringLiteral("agreements"), QStringLiteral("--json")})).out;
        const QByteArray logBefore = cli(on({QStringLiteral("log"), QStringLiteral("--json")})).out;
        const QString bad = path(QStringLiteral("bad.json"));
        writeFile(bad, R"j({"format": "rebuttal.agreements", "version": 1, "agreements": )j" + agreements + "}");
        const CliRun refused = cli(on({QStringLiteral("import"), QStringLiteral("agreements"), bad}));
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(refused.err.trimmed().count(QLatin1Char('\n')), 0);
        for (const QByteArray &mention : mentions)
            QVERIFY2(refused.err.contains(QString::fromUtf8(mention)), qPrintable(refused.err));
        QCOMPARE(cli(on({QStringLiteral("agreements"), QStringLiteral("--json")})).out, before);
        QCOMPARE(cli(on({QStringLiteral("log"), QStringLiteral("--json")})).out, logBefore);
    }

    void checksOneClientAndTheWholeRegistry()
    {
        const CliRun checked = cli(on({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--client"), QStringLiteral("C-001"),
                                    QStringLiteral("--as-of"), QStringLiteral("2026-01-01")}));
        QCOMPARE(checked.exitCode, 0);
        const QJsonObject json = checked.json();
        QCOMPARE(json.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-01-01"));
        const QJsonArray flags = json.value(QStringLiteral("flags")).toArray();
        QCOMPARE(flags.size(), 8); // two CHIS allegations x (detention, separation) x (use terms withheld, outside purposes)
        const QJsonObject first = flags.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("client")).toString(), QStringLiteral("C-001"));
        QCOMPARE(first.value(QStringLiteral("allegation")).toString(), QStringLiteral("AL1"));
        QCOMPARE(first.value(QStringLiteral("event")).toString(), QStringLiteral("E2"));
        QCOMPARE(first.value(QStringLiteral("rule")).toString(), QStringLiteral("use_terms_withheld"));
        QCOMPARE(first.value(QStringLiteral("agreement")).toString(), QStringLiteral("MOC-SV-2014"));
        QCOMPARE(first.value(QStringLiteral("clause")).toString(), QStringLiteral("V. Access to and use of information"));
        QCOMPARE(first.value(QStringLiteral("vaughn")).toArray(), QJsonArray()); // no Vaughn index in this case file
        QCOMPARE(first.value(QStringLiteral("evidence")).toArray().at(0).toObject().value(QStringLiteral("page")).toInt(), 4);
        const QJsonObject second = flags.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("rule")).toString(), QStringLiteral("outside_stated_purpose"));
        QCOMPARE(second.value(QStringLiteral("basis")).toString(), QStringLiteral("inference"));
        // Findings always cover the whole registry: three MOCs with no SOP, five with no review.
        QCOMPARE(json.value(QStringLiteral("agreement_findings")).toArray().size(), 8);

        QCOMPARE(cli(on({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--client"), QStringLiteral("NOBODY")})).exitCode, 3);
        QCOMPARE(cli(on({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--as-of"), QStringLiteral("2026-02-30")})).exitCode, 2);
    }

    void draftsRequestsOneLineEach()
    {
        const CliRun drafted = cli(on({QStringLiteral("requests"), QStringLiteral("--as-of"), QStringLiteral("2026-01-01")}));
        QCOMPARE(drafted.exitCode, 0);
        const QStringList lines = QString::fromUtf8(drafted.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // Seven program/country pairs with no agreement, one withheld section relied on, five reviews, three SOPs.
        QCOMPARE(lines.size(), 16);
        QVERIFY(lines.at(0).contains(QStringLiteral("no agreement"), Qt::CaseInsensitive));
        const QString withheld = lines.at(7);
        QVERIFY2(withheld.contains(QStringLiteral("MOC-SV-2014")) && withheld.contains(QStringLiteral("CHIS, SV"))
                     && withheld.contains(QStringLiteral("V. Access to and use of information")),
                 qPrintable(withheld));
    }

    void timelineShowsWhoDecided()
    {
        const QString cases = path(QStringLiteral("decided.json"));
        writeFile(cases, R"j({"format": "rebuttal.cases", "version": 1, "clients": [{"ref": "D-1", "name": "N",
            "events": [{"ref": "E1", "type": "bond_denied", "date": "2020-02", "decided_by": "EOIR"}]}]})j");
        QCOMPARE(cli(on({QStringLiteral("import"), QStringLiteral("cases"), cases})).exitCode, 0);
        const QJsonObject timeline = cli(on({QStringLiteral("timeline"), QStringLiteral("D-1"), QStringLiteral("--json")})).json();
        QCOMPARE(timeline.value(QStringLiteral("events")).toArray().at(0).toObject().value(QStringLiteral("decided_by")).toString(),
                 QStringLiteral("EOIR"));
    }
};

QTEST_GUILESS_MAIN(TestAgreementsCli)
#include "tst_agreementscli.moc"
