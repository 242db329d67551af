// Hostile productions: a 600-byte PDF whose pages would take gigabytes to draw, a form that draws
// itself, a 20 GB sparse file, and (through a slow stand-in worker) pages and files that never
// finish. Memory and time stay bounded, every refusal names the file and the limit, and a refused
// import leaves the case file byte-identical.
#include "../cli/CliRun.h"
#include "HostileInputs.h"
#include "core/ProductionFixture.h"
#include "core/ScopedEnvironment.h"
#include "core/StoreFiles.h"
#include "foia/ProductionImport.h"
#include "store/CaseStore.h"
#include "store/DocumentCatalog.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace rebuttal;
using namespace rebuttal::test;

namespace {

// The stand-in worker that is slow on purpose (tests/hostile/hostile_pdf_worker.cpp).
QByteArray hostileWorker()
{
    return QByteArray(HOSTILE_PDF_WORKER);
}

// The largest resident set of any worker this test has started and reaped, in MiB.
long largestChildMiB()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

class TestHostileImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_production; // three ordinary pages, for the stand-in worker to pretend to read

    QString freshStore(const QString &name)
    {
        StoreError error;
        const QString path = m_dir.filePath(name);
        CaseStore::create(path, &error);
        return path;
    }

    // Imports `file` into a new case file; checks that a refusal left it byte-identical.
    ProductionImport::Result import(const QString &file, const QString &storeName, const ImportLimits &limits = ImportLimits::fromEnvironment(),
                                    qint64 *budget = nullptr)
    {
        const QString storePath = freshStore(storeName);
        const QByteArray before = fileBytes(storePath);
        StoreError error;
        std::unique_ptr<CaseStore> store = CaseStore::open(storePath, &error);
        if (!store)
            return {};
        ProductionImport import(*store);
        import.setLimits(limits);
        import.setBudgetKnown([budget](qint64 ms) {
            if (budget)
                *budget = ms;
        });
        ProductionImport::Result result = import.run(file);
        store.reset();
        if (result.outcome != ProductionImport::Outcome::Imported && fileBytes(storePath) != before)
            result.message = QStringLiteral("THE CASE FILE CHANGED: ") + result.message;
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_production = m_dir.filePath(QStringLiteral("production.pdf"));
        writeStandardProduction(m_production, 3);
    }

    void aHugeMediaBoxIsAnalysedAtACappedResolution()
    {
        const QString file = m_dir.filePath(QStringLiteral("mediabox.pdf"));
        const QByteArray pdf = hugeMediaBoxPdf(2);
        QVERIFY(pdf.size() < 1000);
        QVERIFY(writeFile(file, pdf));
        const ProductionImport::Result result = import(file, QStringLiteral("mediabox.rebuttal"));
        QVERIFY2(result.outcome == ProductionImport::Outcome::Imported, qPrintable(result.message));
        QCOMPARE(result.pages, 2);
        QVERIFY2(result.skippedPages.isEmpty(), qPrintable(result.skippedPages.join(QLatin1Char('\n'))));
        // The box drawn on each page is found at the capped resolution: the pages were analysed.
        QCOMPARE(result.redactions, 2);
        // Drawn at full size, each page took 5.4 GB in its worker.
        QVERIFY(largestChildMiB() > 0);
        QVERIFY2(largestChildMiB() < 1024, qPrintable(QString::number(largestChildMiB())));
    }

    void aFormThatDrawsItselfEndsWithinThePageLimit()
    {
        const QString file = m_dir.filePath(QStringLiteral("recursive.pdf"));
        QVERIFY(writeFile(file, recursiveFormPdf()));
        ImportLimits limits = ImportLimits::fromEnvironment();
        limits.pageTimeoutMs = 5000;
        const ProductionImport::Result result = import(file, QStringLiteral("recursive.rebuttal"), limits);
        // Poppler stops the loop, or the watchdog stops the page: either way the import ends, and
        // a page it could not finish is said to be not analysed.
        QVERIFY2(result.outcome == ProductionImport::Outcome::Imported, qPrintable(result.message));
        QCOMPARE(result.pages, 1);
        for (const QString &skipped : result.skippedPages)
            QVERIFY2(skipped.contains(QStringLiteral("longer than 5 s")), qPrintable(skipped));
    }

    void aPageWithAnImplausibleImageIsRefusedAtOnce()
    {
        const QString file = m_dir.filePath(QStringLiteral("implausible.pdf"));
        QVERIFY(writeFile(file, implausibleImagePdf()));
        ImportLimits limits = ImportLimits::fromEnvironment();
        limits.pageTimeoutMs = 20000; // drawn, the image kept a reader busy until this limit
        const ProductionImport::Result result = import(file, QStringLiteral("implausible.rebuttal"), limits);
        QVERIFY2(result.outcome == ProductionImport::Outcome::Imported, qPrintable(result.message));
        QCOMPARE(result.pages, 2);
        QCOMPARE(result.skippedPages,
                 QStringList{QStringLiteral("page 1: the page draws an image that claims 100000 x 100000 pixels from far too "
                                            "little data (a damaged or hostile file)")});
        QCOMPARE(result.redactions, 1); // the ordinary page beside it is read as ever
    }

    void aHugeSparseFileIsRefusedBySizeBeforeAnythingReadsIt()
    {
        const QString file = m_dir.filePath(QStringLiteral("sparse.pdf"));
        if (!writeSparsePdf(file, 20LL * 1000 * 1000 * 1000))
            QSKIP("this file system cannot hold a sparse 20 GB file");
        const ProductionImport::Result result = import(file, QStringLiteral("sparse.rebuttal"));
        QCOMPARE(result.outcome, ProductionImport::Outcome::Rejected);
        QVERIFY2(result.message.startsWith(QStringLiteral("sparse.pdf: the file is 20000 MB; a case file holds files of at most ")),
                 qPrintable(result.message));
        QVERIFY(result.message.contains(QStringLiteral("SQLite's length limit")));

        const QString storePath = freshStore(QStringLiteral("sparse-cli.rebuttal"));
        const QByteArray before = fileBytes(storePath);
        const CliRun run = cli({QStringLiteral("--store"), storePath, QStringLiteral("import"), QStringLiteral("production"), file});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("sparse.pdf: the file is 20000 MB")), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
        QCOMPARE(fileBytes(storePath), before);
        QFile::remove(file);
    }

    void aSlowPageIsSkippedAtThePageLimit()
    {
        const ScopedEnvironment env{{"REBUTTAL_PDF_WORKER", hostileWorker()}, {"HOSTILE_WORKER_SLOW_PAGE", "2"}};
        ImportLimits limits = ImportLimits::fromEnvironment();
        limits.pageTimeoutMs = 500;
        const ProductionImport::Result result = import(m_production, QStringLiteral("slow.rebuttal"), limits);
        QVERIFY2(result.outcome == ProductionImport::Outcome::Imported, qPrintable(result.message));
        QCOMPARE(result.skippedPages, QStringList{QStringLiteral("page 2: the PDF reader took longer than 0.5 s on it")});
    }

    void restartsAreBounded()
    {
        const ScopedEnvironment env{{"REBUTTAL_PDF_WORKER", hostileWorker()}, {"HOSTILE_WORKER_SLOW_PAGE", "all"},
                                      {"HOSTILE_WORKER_PAGES", "40"}};
        ImportLimits limits = ImportLimits::fromEnvironment();
        limits.pageTimeoutMs = 200;
        const ProductionImport::Result result = import(m_production, QStringLiteral("restarts.rebuttal"), limits);
        QCOMPARE(result.outcome, ProductionImport::Outcome::Rejected);
        QCOMPARE(result.message, QStringLiteral("production.pdf: the PDF reader failed on too many pages"));
    }

    void theWholeImportHasABudget()
    {
        ImportLimits limits;
        limits.openTimeoutMs = 60000;
        limits.pageTimeoutMs = 30000;
        QCOMPARE(limits.budgetMs(3), qint64(60000 + 3 * 30000));

        // Every page within its limit, the whole past its budget: refused, nothing stored.
        const ScopedEnvironment env{{"REBUTTAL_PDF_WORKER", hostileWorker()}, {"HOSTILE_WORKER_PAGE_MS", "100"},
                                      {"HOSTILE_WORKER_PAGES", "60"}};
        limits.pageTimeoutMs = 2000;
        limits.budgetOverrideMs = 800;
        qint64 budget = 0;
        const ProductionImport::Result result = import(m_production, QStringLiteral("budget.rebuttal"), limits, &budget);
        QCOMPARE(budget, qint64(800));
        QCOMPARE(result.outcome, ProductionImport::Outcome::Rejected);
        QVERIFY2(result.message.startsWith(QStringLiteral("production.pdf: not imported: the import took longer than its time "
                                                          "limit of 0.8 s (60 pages at 2 s each)")),
                 qPrintable(result.message));
    }

    void theCliRefusesAnImportPastItsBudget()
    {
        const ScopedEnvironment env{{"REBUTTAL_PDF_WORKER", hostileWorker()}, {"HOSTILE_WORKER_PAGE_MS", "100"},
                                      {"HOSTILE_WORKER_PAGES", "60"}, {"REBUTTAL_IMPORT_BUDGET_MS", "800"}};
        const QString storePath = freshStore(QStringLiteral("budget-cli.rebuttal"));
        const QByteArray before = fileBytes(storePath);
        const CliRun run = cli({QStringLiteral("--store"), storePath, QStringLiteral("import"), QStringLiteral("production"), m_production});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.startsWith(QStringLiteral("rebuttal-cli: production.pdf: not imported: the import took longer than its time limit")),
                 qPrintable(run.err));
        QCOMPARE(fileBytes(storePath), before);
    }

    void aFileThatNeverOpensIsRefusedAtTheOpenLimit()
    {
        const ScopedEnvironment env{{"REBUTTAL_PDF_WORKER", hostileWorker()}, {"HOSTILE_WORKER_NEVER_OPENS", "1"}};
        ImportLimits limits = ImportLimits::fromEnvironment();
        limits.openTimeoutMs = 500;
        const ProductionImport::Result result = import(m_production, QStringLiteral("open.rebuttal"), limits);
        QCOMPARE(result.outcome, ProductionImport::Outcome::Rejected);
        QCOMPARE(result.message, QStringLiteral("production.pdf: the PDF reader could not open the file within its time limit of 0.5 s"));
    }

    void aPageOverTheMemoryLimitFailsThatPageOnly()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer cannot run under a data limit; the worker runs without one in this build");
#endif
        // The huge page needs its capped renders (16 MB and 64 MB, and OCR); the small one far less.
        const QString file = m_dir.filePath(QStringLiteral("memory.pdf"));
        QVERIFY(writeFile(file, squarePagesPdf({612, 14400})));
        const ScopedEnvironment env{{"REBUTTAL_WORKER_MEMORY_MIB", "48"}};
        const ProductionImport::Result result = import(file, QStringLiteral("memory.rebuttal"));
        QVERIFY2(result.outcome == ProductionImport::Outcome::Imported, qPrintable(result.message));
        QCOMPARE(result.pages, 2);
        QCOMPARE(result.skippedPages.size(), 1);
        QVERIFY2(result.skippedPages.first().startsWith(QStringLiteral("page 2: ")), qPrintable(result.skippedPages.first()));
    }
};

QTEST_MAIN(TestHostileImport)
#include "tst_hostile_import.moc"
