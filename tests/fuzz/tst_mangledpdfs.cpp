// Malformed PDFs: every file of the mangled corpus (tests/fuzz/corpus) and mutants of a generated
// production either import or are refused with a message; the importer never crashes or hangs,
// and the case file stays sound.
#include "../core/ProductionFixture.h"
#include "../core/StoreFiles.h"
#include "foia/ProductionImport.h"
#include "store/CaseStore.h"
#include "store/DocumentCatalog.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace rebuttal;
using namespace rebuttal::test;

class TestMangledPdfs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;

    void importSurvives(const QString &file)
    {
        ProductionImport import(*m_store);
        import.setPageTimeoutMs(60000);
        const ProductionImport::Result result = import.run(file);
        const QString name = QFileInfo(file).fileName();
        QVERIFY2(result.outcome != ProductionImport::Outcome::StoreFailed && result.outcome != ProductionImport::Outcome::Cancelled,
                 qPrintable(result.message));
        QVERIFY2(result.message.startsWith(name), qPrintable(result.message));
        if (result.outcome == ProductionImport::Outcome::Imported) {
            QVERIFY(result.pages > 0);
            QCOMPARE(DocumentCatalog(*m_store).pages(result.documentId).size(), result.pages);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        StoreError error;
        m_store = CaseStore::create(m_dir.filePath(QStringLiteral("fuzz.rebuttal")), &error);
        QVERIFY(m_store);
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        const QDir corpus(QStringLiteral(REBUTTAL_SOURCE_DIR "/tests/fuzz/corpus"));
        const QStringList files = corpus.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 10);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << corpus.filePath(file);
    }

    void corpus()
    {
        QFETCH(QString, file);
        importSurvives(file);
    }

    void mutants()
    {
        const QString original = m_dir.filePath(QStringLiteral("original.pdf"));
        writeStandardProduction(original);
        const QByteArray pdf = fileBytes(original);
        QRandomGenerator random(20261123); // fixed: the same mutants every run
        for (int i = 0; i < 16; ++i) {
            QByteArray mutant = pdf;
            switch (i % 4) {
            case 0: // cut short, but still ending like a PDF so that Poppler has to cope
                mutant = mutant.left(qsizetype(random.bounded(int(mutant.size())))) + "\n%%EOF\n";
                break;
            case 1: // flip bytes across the body
                for (int flip = 0; flip < 40; ++flip)
                    mutant[qsizetype(random.bounded(int(mutant.size())))] = char(random.bounded(256));
                break;
            case 2: { // a chunk repeated somewhere else
                const int from = random.bounded(int(mutant.size()) / 2);
                mutant.insert(random.bounded(int(mutant.size())), mutant.mid(from, 2000));
                break;
            }
            case 3: // the cross-reference table wiped
                mutant.replace("xref", "xxxx");
                mutant.replace("startxref", "startxxxx");
                break;
            }
            const QString file = m_dir.filePath(QStringLiteral("mutant-%1.pdf").arg(i));
            writeBytes(file, mutant);
            importSurvives(file);
        }
        // The case file is still sound after all of it.
        const QString path = m_store->filePath();
        m_store.reset();
        StoreError error;
        m_store = CaseStore::open(path, &error);
        QVERIFY2(m_store, qPrintable(error.message));
    }
};

QTEST_MAIN(TestMangledPdfs)
#include "tst_mangledpdfs.moc"
