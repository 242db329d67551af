// A page the reader could not analyse (its worker crashed, hung or ran out of memory) never looks
// clean: `document --json` says why, the audit reports it, a summary's exhibit says "not analysed"
// rather than "no exemptions", and detection run again retries it.
#include "../cli/CliRun.h"
#include "HostileInputs.h"
#include "core/ProductionFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

using namespace rebuttal::test;

namespace {

QString pdfText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    QString text;
    for (int i = 0; document && i < document->numPages(); ++i)
        text += document->page(i)->text(QRectF()) + QLatin1Char('\n');
    return text.simplified();
}

} // namespace

class TestHostileNotAnalysed : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    QList<ExpectedPage> m_truth;

    QStringList store(const QStringList &arguments) const { return QStringList{QStringLiteral("--store"), m_store} + arguments; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString production = m_dir.filePath(QStringLiteral("production.pdf"));
        m_truth = writeStandardProduction(production, 3);
        m_store = m_dir.filePath(QStringLiteral("case.rebuttal"));
        QCOMPARE(cli(store({QStringLiteral("init")})).exitCode, 0);
        // Page 2 takes its worker down (the shipped worker's crash seam).
        QProcessEnvironment crashing = QProcessEnvironment::systemEnvironment();
        crashing.insert(QStringLiteral("REBUTTAL_WORKER_TEST_CRASH_PAGE"), QStringLiteral("2"));
        const CliRun imported = cli(store({QStringLiteral("import"), QStringLiteral("production"), production}), crashing);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.err.contains(QStringLiteral("page 2: the PDF reader crashed on it")), qPrintable(imported.err));
    }

    void everyPageSaysWhetherItWasAnalysed()
    {
        const CliRun run = cli(store({QStringLiteral("document"), QStringLiteral("1"), QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 0);
        const QJsonArray pages = run.json().value(QStringLiteral("pages")).toArray();
        QCOMPARE(pages.size(), 3);
        for (const QJsonValue &page : pages)
            QVERIFY(page.toObject().contains(QStringLiteral("problem")));
        QVERIFY(pages.at(0).toObject().value(QStringLiteral("problem")).isNull());
        QVERIFY(pages.at(2).toObject().value(QStringLiteral("problem")).isNull());
        QCOMPARE(pages.at(1).toObject().value(QStringLiteral("problem")).toString(),
                 QStringLiteral("the PDF reader crashed on it (or ran out of memory)"));
        QCOMPARE(pages.at(1).toObject().value(QStringLiteral("redactions")).toArray().size(), 0);
    }

    void theAuditReportsIt()
    {
        const QString index = m_dir.filePath(QStringLiteral("index.csv"));
        QVERIFY(writeFile(index, "Entry,Document,Pages,Exemptions,Description,Justification\n"
                                 "1,2024-ICLI-000101,1-3,\"(b)(6), (b)(7)(C), (b)(7)(E)\",Memorandum,Privacy of officers\n"));
        const CliRun imported = cli(store({QStringLiteral("import"), QStringLiteral("vaughn"), index}));
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const CliRun audit = cli(store({QStringLiteral("audit"), QStringLiteral("--json")}));
        QCOMPARE(audit.exitCode, 0);
        QJsonObject found;
        for (const QJsonValue &finding : audit.json().value(QStringLiteral("findings")).toArray()) {
            if (finding.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("page_not_analysed")) {
                QVERIFY2(found.isEmpty(), "one finding per page not analysed");
                found = finding.toObject();
            }
        }
        // Not analysed, its stamp was not read either: the finding names it by page.
        const QJsonObject where = found.value(QStringLiteral("pages")).toArray().at(0).toObject();
        QCOMPARE(where.value(QStringLiteral("page")).toInt(), 2);
        QCOMPARE(found.value(QStringLiteral("entry")).toInt(), 1);
        QVERIFY(found.value(QStringLiteral("detail")).toString().startsWith(QStringLiteral("Page 2 of production.pdf was not analysed")));
    }

    void aSummaryExhibitSaysNotAnalysedRatherThanNoExemptions()
    {
        const QString cases = m_dir.filePath(QStringLiteral("cases.json"));
        const QString json = QStringLiteral(
            R"({"format": "rebuttal.cases", "version": 1, "clients": [{"ref": "C-001", "name": "Test Client", "country": "SV",
               "allegations": [{"ref": "AL1", "source": "CHIS", "kind": "gang_affiliation", "asserted_on": "2019-02-12"}],
               "events": [{"ref": "E1", "type": "bond_denied", "date": "2019-03-01", "relied_on": ["AL1"],
                           "evidence": [{"document": "%1", "page": 2}, {"document": "%2"}]}]}]})")
                                 .arg(m_truth.at(0).bates, m_truth.at(2).bates);
        QVERIFY(writeFile(cases, json.toUtf8()));
        const CliRun imported = cli(store({QStringLiteral("import"), QStringLiteral("cases"), cases}));
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString summary = m_dir.filePath(QStringLiteral("summary.pdf"));
        const CliRun exported = cli(store({QStringLiteral("export"), QStringLiteral("summary"), QStringLiteral("C-001"),
                                        QStringLiteral("--out"), summary}));
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QString text = pdfText(summary);
        QVERIFY2(text.contains(QStringLiteral("Not analysed: the PDF reader crashed on it (or ran out of memory); its exemptions are unknown.")),
                 qPrintable(text));
        // Page 3 (withheld in full) was analysed, and says what it carries.
        QVERIFY(!text.contains(QStringLiteral("No exemptions applied on this page")));
    }

    void detectingAgainRetriesIt()
    {
        const CliRun redetected = cli(store({QStringLiteral("redetect"), QStringLiteral("1")}));
        QVERIFY2(redetected.exitCode == 0, qPrintable(redetected.err));
        const CliRun run = cli(store({QStringLiteral("document"), QStringLiteral("1"), QStringLiteral("--json")}));
        const QJsonObject page = run.json().value(QStringLiteral("pages")).toArray().at(1).toObject();
        QVERIFY(page.value(QStringLiteral("problem")).isNull());
        QCOMPARE(page.value(QStringLiteral("bates")).toString(), m_truth.at(1).bates);
        QVERIFY(!page.value(QStringLiteral("exemptions")).toArray().isEmpty());
    }
};

QTEST_MAIN(TestHostileNotAnalysed)
#include "tst_hostile_notanalysed.moc"
