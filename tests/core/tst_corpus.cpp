// The real world: every release in ../shared/corpus imports, and what Rebuttal reports for each
// page matches what a person saw on it (tests/data/corpus-truth.json, written by looking at every
// page). Where the detector is known to fall short, QEXPECT_FAIL says so; a page that starts to
// pass anyway makes the test fail (XPASS), so the list stays true.
#include "foia/ProductionImport.h"
#include "store/CaseStore.h"
#include "store/DocumentCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rebuttal;

namespace {

QString corpusDir()
{
    return QDir(QStringLiteral(REBUTTAL_SOURCE_DIR)).absoluteFilePath(QStringLiteral("../shared/corpus"));
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;
    QJsonArray m_files;
    QHash<QString, QJsonObject> m_knownGaps; // "file#page" -> {"field": "why"}

private Q_SLOTS:
    void initTestCase()
    {
        // The corpus is part of the project's world (shared/ sits beside every checkout, CI's too);
        // its absence is a broken setup, not a reason to pass.
        QVERIFY2(QFileInfo::exists(corpusDir()), "../shared/corpus is not beside this checkout");
        QFile truth(QStringLiteral(REBUTTAL_SOURCE_DIR "/tests/data/corpus-truth.json"));
        QVERIFY(truth.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(truth.readAll()).object();
        m_files = root.value(QStringLiteral("files")).toArray();
        QVERIFY(m_files.size() >= 30);
        QFile gaps(QStringLiteral(REBUTTAL_SOURCE_DIR "/tests/data/corpus-known-gaps.json"));
        if (gaps.open(QIODevice::ReadOnly)) {
            const QJsonObject list = QJsonDocument::fromJson(gaps.readAll()).object();
            for (auto it = list.begin(); it != list.end(); ++it)
                m_knownGaps.insert(it.key(), it.value().toObject());
        }
        StoreError error;
        m_store = CaseStore::create(m_dir.filePath(QStringLiteral("corpus.rebuttal")), &error);
        QVERIFY(m_store);
    }

    void page_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QJsonObject>("expected");
        for (const QJsonValue &file : std::as_const(m_files)) {
            const QString name = file[QStringLiteral("file")].toString();
            for (const QJsonValue &page : file[QStringLiteral("pages")].toArray()) {
                const QString row = QStringLiteral("%1#%2").arg(name).arg(page[QStringLiteral("page")].toInt());
                QTest::newRow(qPrintable(row)) << name << page.toObject();
            }
        }
    }

    void page()
    {
        QFETCH(QString, file);
        QFETCH(QJsonObject, expected);
        // Each file is imported once (rows of the same file reuse it).
        static QHash<QString, qint64> imported;
        if (!imported.contains(file)) {
            ProductionImport import(*m_store);
            const ProductionImport::Result result = import.run(QDir(corpusDir()).filePath(file));
            QVERIFY2(result.outcome == ProductionImport::Outcome::Imported, qPrintable(result.message));
            QVERIFY2(result.skippedPages.isEmpty(), qPrintable(result.skippedPages.join(QLatin1Char('\n'))));
            imported.insert(file, result.documentId);
        }
        const QList<ProductionPage> pages = DocumentCatalog(*m_store).pages(imported.value(file));
        const int number = expected[QStringLiteral("page")].toInt();
        QVERIFY(number >= 1 && number <= pages.size());
        const ProductionPage &page = pages[number - 1];
        const QJsonObject gaps = m_knownGaps.value(QStringLiteral("%1#%2").arg(file).arg(number));
        auto expectFail = [&](const char *field) {
            if (gaps.contains(QLatin1String(field)))
                QEXPECT_FAIL("", qPrintable(gaps.value(QLatin1String(field)).toString()), Continue);
        };

        const QString bates = expected[QStringLiteral("bates")].toString();
        expectFail("bates");
        QCOMPARE(page.bates, bates);
        expectFail("withheld_in_full");
        QCOMPARE(page.withheldInFull, expected[QStringLiteral("withheld_in_full")].toBool());
        expectFail("image_only");
        QCOMPARE(page.imageOnly, expected[QStringLiteral("image_only")].toBool());
        const QJsonObject range = expected[QStringLiteral("redaction_boxes")].toObject();
        const int boxes = int(page.redactions.size());
        expectFail("redaction_boxes");
        QVERIFY2(boxes >= range[QStringLiteral("min")].toInt() && boxes <= range[QStringLiteral("max")].toInt(),
                 qPrintable(QStringLiteral("%1 boxes, expected %2-%3").arg(boxes).arg(range[QStringLiteral("min")].toInt())
                                .arg(range[QStringLiteral("max")].toInt())));
        expectFail("exemptions");
        QCOMPARE(page.exemptions(), strings(expected[QStringLiteral("exemptions")]));
        expectFail("bad_redaction");
        QCOMPARE(page.hasBadRedaction(), expected[QStringLiteral("bad_redaction")].toBool());
    }
};

QTEST_MAIN(TestCorpus)
#include "tst_corpus.moc"
