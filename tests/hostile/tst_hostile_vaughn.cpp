// Vaughn indexes whose page ranges would expand to millions of pages: every reader (text, CSV,
// PDF) refuses them by entry and value, as the CSV reader always did, and caps what one entry and
// one index may list, so no index grows a case file by hundreds of megabytes.
#include "HostileInputs.h"
#include "core/StoreFiles.h"
#include "core/VaughnFixture.h"
#include "store/CaseStore.h"
#include "vaughn/PageList.h"
#include "vaughn/VaughnCsvReader.h"
#include "vaughn/VaughnImport.h"
#include "vaughn/VaughnTextReader.h"

#include <QDir>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rebuttal;
using namespace rebuttal::test;

class TestHostileVaughn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Imports `file` into a new case file; a refusal must leave it byte-identical.
    VaughnImport::Result import(const QString &file)
    {
        const QString storePath = m_dir.filePath(QFileInfo(file).fileName() + QStringLiteral(".rebuttal"));
        StoreError error;
        std::unique_ptr<CaseStore> created = CaseStore::create(storePath, &error);
        created.reset();
        const QByteArray before = fileBytes(storePath);
        std::unique_ptr<CaseStore> store = CaseStore::open(storePath, &error);
        VaughnImport::Result result = VaughnImport(*store).run(file);
        store.reset();
        if (result.outcome != VaughnImport::Outcome::Imported && fileBytes(storePath) != before)
            result.message = QStringLiteral("THE CASE FILE CHANGED: ") + result.message;
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pageLists_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("reference");
        QTest::addColumn<QString>("problem");
        QTest::newRow("range far beyond any document") << "1-999999999" << true
                                                       << "names page 999999999, beyond 100000, more pages than any document has";
        QTest::newRow("one page beyond") << "3-5, 100001" << true << "names page 100001, beyond 100000, more pages than any document has";
        QTest::newRow("too many pages") << "1-10001" << true << "lists more than 10000 pages, the most one entry may list";
        QTest::newRow("the same range again and again") << QStringLiteral("1-9000, ").repeated(5) << true
                                                        << "lists more than 10000 pages, the most one entry may list";
        QTest::newRow("prose") << "see attached" << false << "is not a page list (expected e.g. 3-5, 10-12 or pp. 3\u20135)";
    }

    void pageLists()
    {
        QFETCH(QString, text);
        QFETCH(bool, reference);
        QFETCH(QString, problem);
        QString why;
        QVERIFY(!PageList::expand(text, {}, &why));
        QCOMPARE(why, problem);
        QCOMPARE(PageList::isPageReference(text), reference);
        // At the caps exactly, the pages are read.
        QCOMPARE(PageList::expand(QStringLiteral("1-10000"))->size(), PageList::MaxPagesPerEntry);
        QCOMPARE(PageList::expand(QStringLiteral("100000"))->first(), PageList::MaxPageNumber);
    }

    void everyReaderRefusesAHugeRangeByEntryAndValue_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text") << "range.txt" << vaughnText(QStringLiteral("1-999999999"));
        QTest::newRow("csv") << "range.csv" << vaughnCsv(QStringLiteral("1-999999999"));
    }

    void everyReaderRefusesAHugeRangeByEntryAndValue()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        const QString file = m_dir.filePath(name);
        QVERIFY(writeFile(file, bytes));
        const VaughnImport::Result result = import(file);
        QCOMPARE(result.outcome, VaughnImport::Outcome::Rejected);
        QCOMPARE(result.message, name + QStringLiteral(": entry 2: pages \"1-999999999\" names page 999999999, beyond 100000, "
                                                       "more pages than any document has"));
    }

    void aPdfIndexRefusesAHugeRange()
    {
        const QString file = m_dir.filePath(QStringLiteral("range.pdf"));
        QVERIFY(VaughnPdfWriter::write(file, {{QStringLiteral("1"), QStringLiteral("2022-ICLI00010"), QStringLiteral("Partial"),
                                               QStringLiteral("1-999999999"), QStringLiteral("Memorandum of cooperation"),
                                               QStringLiteral("(b)(5)")}}));
        const VaughnImport::Result result = import(file);
        QCOMPARE(result.outcome, VaughnImport::Outcome::Rejected);
        QVERIFY2(result.message.startsWith(QStringLiteral("range.pdf: entry 1: pages \"1-999999999\" names page 999999999")),
                 qPrintable(result.message));
    }

    void anEntryListingTooManyPagesIsRefused()
    {
        const QString file = m_dir.filePath(QStringLiteral("long.txt"));
        QVERIFY(writeFile(file, vaughnText(QStringLiteral("1-50000"))));
        const VaughnImport::Result result = import(file);
        QCOMPARE(result.outcome, VaughnImport::Outcome::Rejected);
        QCOMPARE(result.message, QStringLiteral("long.txt: entry 2: pages \"1-50000\" lists more than 10000 pages, the most one entry may list"));
    }

    void anIndexListingTooManyPagesIsRefused()
    {
        // 200 entries of "1-100000" grew a case file to 231 MB; capped per entry and per index now.
        const QString perEntry = m_dir.filePath(QStringLiteral("200x100000.csv"));
        QVERIFY(writeFile(perEntry, vaughnCsv(QStringLiteral("1-100000"), 200)));
        QCOMPARE(import(perEntry).message,
                 QStringLiteral("200x100000.csv: entry 2: pages \"1-100000\" lists more than 10000 pages, the most one entry may list"));

        const QString perIndex = m_dir.filePath(QStringLiteral("101x10000.csv"));
        QVERIFY(writeFile(perIndex, vaughnCsv(QStringLiteral("1-10000"), 101)));
        QCOMPARE(import(perIndex).message,
                 QStringLiteral("101x10000.csv: entry 101: the entries up to it list more than 1000000 pages, the most one index may list"));
    }

    void fuzzSeedsAreReadWithinTheCaps()
    {
        // The seeds of fuzz_vaughn_readers, as it reads them: the first byte picks the reader.
        const QDir corpus(QStringLiteral(REBUTTAL_SOURCE_DIR "/tests/fuzz/vaughn-corpus"));
        const QStringList seeds = corpus.entryList(QDir::Files);
        QVERIFY(seeds.size() >= 6);
        int read = 0;
        for (const QString &seed : seeds) {
            QFile file(corpus.filePath(seed));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.isEmpty());
            std::optional<QList<VaughnEntry>> entries;
            if (bytes.at(0) % 2 == 0)
                entries = VaughnCsvReader().read(bytes.mid(1));
            else
                entries = VaughnTextReader().read(VaughnTextReader::decoded(bytes.mid(1)));
            read += entries.has_value();
            for (const VaughnEntry &entry : entries.value_or(QList<VaughnEntry>()))
                QVERIFY2(entry.pages.size() <= PageList::MaxPagesPerEntry, qPrintable(seed));
        }
        QVERIFY(read >= 4);
    }

    void theCliExitsThreeNamingEntryAndValue()
    {
        const QString file = m_dir.filePath(QStringLiteral("cli.txt"));
        QVERIFY(writeFile(file, vaughnText(QStringLiteral("1-999999999"))));
        const QString storePath = m_dir.filePath(QStringLiteral("cli.rebuttal"));
        StoreError error;
        CaseStore::create(storePath, &error);
        const QByteArray before = fileBytes(storePath);
        QProcess process;
        process.start(QStringLiteral(REBUTTAL_CLI_PATH), {QStringLiteral("--store"), storePath, QStringLiteral("import"),
                                                          QStringLiteral("vaughn"), file});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 3);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("cli.txt: entry 2: pages \"1-999999999\"")), qPrintable(err));
        QCOMPARE(fileBytes(storePath), before);
    }
};

QTEST_MAIN(TestHostileVaughn)
#include "tst_hostile_vaughn.moc"
