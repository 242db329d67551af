// ProductionImport end to end: generated productions with known truth, bad inputs, duplicates,
// a worker that crashes or hangs on a page, and cancellation. Registered twice (BOTH_BACKENDS):
// into a case file and into a matter on a server, through each store's own writers.
#include "ProductionFixture.h"
#include "StoreFiles.h"
#include "TestStores.h"
#include "domain/PageProblem.h"
#include "foia/ProductionImport.h"
#include "store/ActivityLog.h"
#include "store/CorrectionWriter.h"
#include "store/DocumentReader.h"
#include "store/OpenStore.h"
#include "store/ProductionDestination.h"
#include "store/RedetectionDestination.h"
#include "store/VaughnIndexStore.h"
#include "vaughn/VaughnAudit.h"
#include "vaughn/VaughnImport.h"

#include <QProcess>
#include <QTest>

using namespace rebuttal;
using namespace rebuttal::test;

namespace {

bool near(const QRectF &a, const QRectF &b)
{
    constexpr double tolerance = 0.012;
    return std::abs(a.left() - b.left()) < tolerance && std::abs(a.top() - b.top()) < tolerance
        && std::abs(a.right() - b.right()) < tolerance && std::abs(a.bottom() - b.bottom()) < tolerance;
}

QString describe(const QRectF &r)
{
    return QStringLiteral("(%1,%2 %3x%4)").arg(r.x(), 0, 'f', 3).arg(r.y(), 0, 'f', 3).arg(r.width(), 0, 'f', 3).arg(r.height(), 0, 'f', 3);
}

// A one-page PDF written by hand (QPdfWriter cannot make annotations): live text, and a Redact
// annotation over the name. `kids` is the page tree's /Kids entry.
QString writeMarkedPdf(const QString &file, const QByteArray &kids)
{
    const QByteArray content = "BT /F1 14 Tf 72 700 Td (Informant: Jose Hernandez Lopez) Tj ET\n"
                               "BT /F1 10 Tf 420 40 Td (2024-ICLI-000900) Tj ET";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages " + kids + " /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> /Annots [6 0 R] >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Type /Annot /Subtype /Redact /Rect [135 690 450 720] /OverlayText (\\(b\\)\\(7\\)\\(C\\)) >>",
    };
    QByteArray pdf = "%PDF-1.7\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    writeBytes(file, pdf);
    return file;
}

} // namespace

class TestProductionImport : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;
    QString m_production;
    QList<ExpectedPage> m_truth;

    std::unique_ptr<OpenStore> freshStore(const QString &name)
    {
        StoreError error;
        std::unique_ptr<OpenStore> store = m_stores.create(name, &error);
        if (!store)
            qWarning() << error.message;
        return store;
    }
    QString path(const QString &name) const { return m_stores.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        PREPARE_TEST_STORES(m_stores);
        m_production = path(QStringLiteral("production.pdf"));
        m_truth = writeStandardProduction(m_production);
        QCOMPARE(m_truth.size(), 7);
    }

    void importsEveryPageAsDrawn()
    {
        std::unique_ptr<OpenStore> store = freshStore(QStringLiteral("import.rebuttal"));
        QVERIFY(store);
        QList<int> progress;
        const ProductionImport::Result result = importProduction(*store, m_production, [&](ProductionImport &import) {
            import.setProgress([&](int done, int total) {
                QCOMPARE(total, 7);
                progress << done;
            });
        });
        QVERIFY2(result.outcome == ProductionImport::Outcome::Imported, qPrintable(result.message));
        QCOMPARE(result.pages, 7);
        QVERIFY(result.skippedPages.isEmpty());
        QCOMPARE(progress.size(), 7);
        QCOMPARE(progress.last(), 7);

        const DocumentReader &catalog = store->documents();
        const QList<ProductionPage> pages = catalog.pages(result.documentId);
        QCOMPARE(pages.size(), 7);
        int boxes = 0;
        for (int i = 0; i < pages.size(); ++i) {
            const ProductionPage &page = pages[i];
            const ExpectedPage &truth = m_truth[i];
            const QString where = QStringLiteral("page %1").arg(i + 1);
            QCOMPARE(page.number, i + 1);
            QVERIFY2(page.problem.isEmpty(), qPrintable(where + QStringLiteral(": ") + page.problem));
            QVERIFY2(page.bates == truth.bates, qPrintable(where + QStringLiteral(": bates ") + page.bates));
            QVERIFY2(page.withheldInFull == truth.withheldInFull, qPrintable(where + QStringLiteral(": withheld")));
            QVERIFY2(page.imageOnly == truth.imageOnly, qPrintable(where + QStringLiteral(": image only")));
            QVERIFY2(page.exemptions() == truth.exemptions, qPrintable(where + QStringLiteral(": exemptions ") + page.exemptions().join(QLatin1Char(' '))));
            QVERIFY2(page.redactions.size() == truth.boxes.size(),
                     qPrintable(where + QStringLiteral(": %1 boxes").arg(page.redactions.size())));
            for (const ExpectedBox &expected : truth.boxes) {
                const auto found = std::find_if(page.redactions.cbegin(), page.redactions.cend(),
                                                [&](const Redaction &r) { return near(r.box, expected.box); });
                QVERIFY2(found != page.redactions.cend(), qPrintable(where + QStringLiteral(": no box at ") + describe(expected.box)));
                QVERIFY2(found->exemptions == expected.exemptions,
                         qPrintable(where + QStringLiteral(": box codes ") + found->exemptions.join(QLatin1Char(' '))));
                if (expected.textUnderBox.isEmpty())
                    QVERIFY2(found->textUnderBox.isEmpty(), qPrintable(where + QStringLiteral(": false alarm ") + found->textUnderBox));
                else
                    QVERIFY2(found->textUnderBox.contains(expected.textUnderBox), qPrintable(where + QStringLiteral(": under box ") + found->textUnderBox));
            }
            boxes += page.redactions.size();
            // Every page's text is searchable, the scanned one through OCR.
            const QList<SearchHit> hits = catalog.search(truth.searchableWord, 50);
            QVERIFY2(std::any_of(hits.cbegin(), hits.cend(), [&](const SearchHit &h) { return h.page == i + 1; }),
                     qPrintable(where + QStringLiteral(": search misses ") + truth.searchableWord));
        }
        QCOMPARE(result.redactions, boxes);
        QCOMPARE(result.withheldPages, 1);

        const auto summary = catalog.document(result.documentId);
        QVERIFY(summary);
        QCOMPARE(summary->fileName, QStringLiteral("production.pdf"));
        QCOMPARE(summary->size, QFileInfo(m_production).size());
        QCOMPARE(catalog.fileBytes(result.documentId), fileBytes(m_production));
        QCOMPARE(summary->badRedactions, 1);
        const QList<ActivityEntry> log = store->activityEntries();
        QCOMPARE(log.last().action, QStringLiteral("import.production"));
        QVERIFY(log.last().detail.contains(summary->sha256));
    }

    void importingTheSameFileTwiceStoresItOnce()
    {
        std::unique_ptr<OpenStore> store = freshStore(QStringLiteral("twice.rebuttal"));
        QVERIFY(store);
        const ProductionImport::Result first = importProduction(*store, m_production);
        QCOMPARE(first.outcome, ProductionImport::Outcome::Imported);
        const QString copy = path(QStringLiteral("renamed copy.pdf"));
        QVERIFY(QFile::copy(m_production, copy));
        const ProductionImport::Result second = importProduction(*store, copy);
        QCOMPARE(second.outcome, ProductionImport::Outcome::AlreadyImported);
        QCOMPARE(second.documentId, first.documentId);
        QVERIFY(second.message.contains(QStringLiteral("already")));
        QCOMPARE(store->documents().documents().size(), 1);
    }

    void rejectsBadFilesAndChangesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<int>("outcome");
        const int rejected = int(ProductionImport::Outcome::Rejected);
        const int password = int(ProductionImport::Outcome::NeedsPassword);
        QTest::newRow("missing") << "missing.pdf" << "no such file" << rejected;
        QTest::newRow("empty") << "empty.pdf" << "empty" << rejected;
        QTest::newRow("not a pdf") << "letter.pdf" << "not a PDF" << rejected;
        QTest::newRow("truncated") << "truncated.pdf" << "truncated" << rejected;
        QTest::newRow("garbage body") << "garbage.pdf" << "damaged" << rejected;
        QTest::newRow("encrypted") << "encrypted.pdf" << "password" << password;
    }

    void rejectsBadFilesAndChangesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, mentions);
        QFETCH(int, outcome);
        const QString file = path(name);
        const QByteArray pdf = fileBytes(m_production);
        if (name == QLatin1String("empty.pdf"))
            writeBytes(file, {});
        else if (name == QLatin1String("letter.pdf"))
            writeBytes(file, "Dear FOIA officer,\nplease find enclosed.\n");
        else if (name == QLatin1String("truncated.pdf"))
            writeBytes(file, pdf.left(pdf.size() / 2));
        else if (name == QLatin1String("garbage.pdf"))
            writeBytes(file, QByteArray("%PDF-1.7\n") + QByteArray(4000, 'x') + QByteArray("\n%%EOF\n"));
        else if (name == QLatin1String("encrypted.pdf"))
            QCOMPARE(QProcess::execute(QStringLiteral("qpdf"), {QStringLiteral("--encrypt"), QStringLiteral("secret"),
                                                                 QStringLiteral("owner"), QStringLiteral("256"), QStringLiteral("--"),
                                                                 m_production, file}),
                     0);

        const QString storeName = QStringLiteral("reject-") + name + QStringLiteral(".rebuttal");
        std::unique_ptr<OpenStore> store = freshStore(storeName);
        QVERIFY(store);
        const int logBefore = int(store->activityEntries().size());
        store.reset();
        // A case file's bytes stay exactly as they were (a matter's rows are counted below).
        const QByteArray before = fileBytes(path(storeName));
        StoreError error;
        store = m_stores.open(storeName, &error);
        QVERIFY2(store, qPrintable(error.message));
        const ProductionImport::Result result = importProduction(*store, file);
        QCOMPARE(int(result.outcome), outcome);
        QVERIFY2(result.message.startsWith(name + QStringLiteral(": ")), qPrintable(result.message));
        QVERIFY2(result.message.contains(mentions), qPrintable(result.message));
        QVERIFY(!result.message.contains(QLatin1Char('\n')));
        QVERIFY(store->documents().documents(&error).isEmpty() && !error.isError());
        QCOMPARE(int(store->activityEntries().size()), logBefore);
        store.reset();
        QCOMPARE(fileBytes(path(storeName)), before);
    }

    void opensAnEncryptedFileWithItsPassword()
    {
        const QString file = path(QStringLiteral("encrypted.pdf"));
        QVERIFY(QFile::exists(file));
        std::unique_ptr<OpenStore> store = freshStore(QStringLiteral("password.rebuttal"));
        QVERIFY(store);
        const ProductionImport::Result refused
            = importProduction(*store, file, [](ProductionImport &wrong) { wrong.setPassword(QStringLiteral("guess")); });
        QCOMPARE(refused.outcome, ProductionImport::Outcome::NeedsPassword);
        QVERIFY(refused.message.contains(QStringLiteral("not right")));
        const ProductionImport::Result result
            = importProduction(*store, file, [](ProductionImport &right) { right.setPassword(QStringLiteral("secret")); });
        QVERIFY2(result.outcome == ProductionImport::Outcome::Imported, qPrintable(result.message));
        QCOMPARE(result.pages, 7);
    }

    void aPageThatCrashesTheReaderIsSkipped()
    {
        std::unique_ptr<OpenStore> store = freshStore(QStringLiteral("crash.rebuttal"));
        QVERIFY(store);
        qputenv("REBUTTAL_WORKER_TEST_CRASH_PAGE", "3");
        const ProductionImport::Result result = importProduction(*store, m_production);
        qunsetenv("REBUTTAL_WORKER_TEST_CRASH_PAGE");
        QVERIFY2(result.outcome == ProductionImport::Outcome::Imported, qPrintable(result.message));
        QCOMPARE(result.pages, 7);
        QCOMPARE(result.skippedPages.size(), 1);
        QVERIFY(result.skippedPages.first().startsWith(QStringLiteral("page 3: ")));
        const QList<ProductionPage> pages = store->documents().pages(result.documentId);
        QCOMPARE(pages.size(), 7);
        // Stored as a code, shown as a sentence in the reader's language.
        QCOMPARE(pages[2].problem, PageProblem::stored(PageProblem::Kind::ReaderCrashed));
        QCOMPARE(result.skippedPages.first(), QStringLiteral("page 3: ") + PageProblem::text(pages[2].problem));
        QVERIFY(PageProblem::english(pages[2].problem).contains(QStringLiteral("crashed")));
        QCOMPARE(pages[3].bates, m_truth[3].bates); // the pages after it were read
        QCOMPARE(pages[6].bates, m_truth[6].bates);
    }

    void aPageThatHangsTheReaderIsSkipped()
    {
        std::unique_ptr<OpenStore> store = freshStore(QStringLiteral("hang.rebuttal"));
        QVERIFY(store);
        // Text pages only (the standard fixture's first three): a scanned page's OCR, under a
        // loaded machine's tests, could itself pass the limit and be skipped too.
        const QString textOnly = path(QStringLiteral("text-only.pdf"));
        writeStandardProduction(textOnly, 3);
        qputenv("REBUTTAL_WORKER_TEST_HANG_PAGE", "2");
        const ProductionImport::Result result = importProduction(*store, textOnly, [](ProductionImport &import) {
            import.setPageTimeoutMs(10000); // far above what reading a text page takes
        });
        qunsetenv("REBUTTAL_WORKER_TEST_HANG_PAGE");
        QVERIFY2(result.outcome == ProductionImport::Outcome::Imported, qPrintable(result.message));
        QCOMPARE(result.skippedPages.size(), 1);
        QVERIFY(result.skippedPages.first().startsWith(QStringLiteral("page 2: ")));
        const QString problem = store->documents().pages(result.documentId)[1].problem;
        QCOMPARE(problem, PageProblem::stored(PageProblem::Kind::ReaderTimedOut, QStringLiteral("10")));
        QCOMPARE(PageProblem::english(problem), QStringLiteral("the PDF reader took longer than 10 s on it"));
    }

    void correctionsSurviveRedetection()
    {
        std::unique_ptr<OpenStore> store = freshStore(QStringLiteral("redetect.rebuttal"));
        QVERIFY(store);
        const ProductionImport::Result imported = importProduction(*store, m_production);
        QCOMPARE(imported.outcome, ProductionImport::Outcome::Imported);
        const qint64 id = imported.documentId;
        const DocumentReader &catalog = store->documents();
        const std::unique_ptr<CorrectionWriter> corrector = store->corrections();
        CorrectionWriter &corrections = *corrector;
        QList<ProductionPage> pages = catalog.pages(id);
        const Redaction deleted = pages[0].redactions[0];
        const Redaction recoded = pages[1].redactions[0];
        QVERIFY(!corrections.removeBox(deleted.id).isError());
        QVERIFY(!corrections.setCodes(recoded.id, {QStringLiteral("(b)(3)")}).isError());
        StoreError error;
        QVERIFY(corrections.addBox(id, 7, QRectF(0.1, 0.6, 0.2, 0.02), {QStringLiteral("(b)(6)")}, &error));
        QVERIFY(!corrections.setWithheld(id, 2, true).isError());
        QVERIFY(!corrections.setWithheld(id, 3, false).isError());

        // As the app runs it on either backend (rebuttal-cli redetect, Documents > Detect Again).
        const std::unique_ptr<ProductionDestination> destination = store->productionDestination();
        const std::unique_ptr<RedetectionDestination> redetection = store->redetectionDestination(id);
        const ProductionImport::Result again = ProductionImport(*destination).redetect(id, catalog, catalog.fileBytes(id), *redetection);
        QVERIFY2(again.outcome == ProductionImport::Outcome::Imported, qPrintable(again.message));
        pages = catalog.pages(id);
        QCOMPARE(pages.size(), 7);
        // The deleted box did not come back; the recoded box kept the user's code, once.
        QVERIFY(std::none_of(pages[0].redactions.cbegin(), pages[0].redactions.cend(),
                             [&](const Redaction &r) { return r.box == deleted.box; }));
        QCOMPARE(pages[0].redactions.size(), m_truth[0].boxes.size() - 1);
        QCOMPARE(pages[1].redactions.size(), m_truth[1].boxes.size());
        const auto recodedNow = std::find_if(pages[1].redactions.cbegin(), pages[1].redactions.cend(),
                                             [&](const Redaction &r) { return r.id == recoded.id; });
        QVERIFY(recodedNow != pages[1].redactions.cend());
        QCOMPARE(recodedNow->exemptions, QStringList{QStringLiteral("(b)(3)")});
        QVERIFY(recodedNow->codesByUser);
        QVERIFY(std::any_of(pages[6].redactions.cbegin(), pages[6].redactions.cend(),
                            [](const Redaction &r) { return r.drawnByUser; }));
        QVERIFY(pages[1].withheldInFull && pages[1].withheldByUser);
        QVERIFY(!pages[2].withheldInFull && pages[2].withheldByUser);
        QCOMPARE(store->activityEntries().last().action, QStringLiteral("redetect.production"));
    }

    void unappliedRedactAnnotationsLeaveTextReadable()
    {
        // Over the name: a Redact annotation that was marked but never applied.
        const QString file = writeMarkedPdf(path(QStringLiteral("marked.pdf")), "/Kids [3 0 R]");

        std::unique_ptr<OpenStore> store = freshStore(QStringLiteral("marked.rebuttal"));
        QVERIFY(store);
        const ProductionImport::Result result = importProduction(*store, file);
        QVERIFY2(result.outcome == ProductionImport::Outcome::Imported, qPrintable(result.message));
        const QList<ProductionPage> pages = store->documents().pages(result.documentId);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages[0].bates, QStringLiteral("2024-ICLI-000900"));
        QCOMPARE(pages[0].redactions.size(), 1);
        const Redaction &marked = pages[0].redactions.first();
        QCOMPARE(marked.exemptions, QStringList{QStringLiteral("(b)(7)(C)")});
        QVERIFY2(marked.textUnderBox.contains(QStringLiteral("Hernandez")), qPrintable(marked.textUnderBox));
        QVERIFY(!marked.textUnderBox.contains(QStringLiteral("Informant")));
        QVERIFY(std::abs(marked.box.left() - 135.0 / 612) < 0.01 && std::abs(marked.box.top() - (792.0 - 720) / 792) < 0.01);
    }

    void annotationsQpdfRejectsAreAPageProblem()
    {
        // The page tree lists itself among its kids: Poppler skips the loop and reads the page,
        // qpdf refuses the file. The page's unapplied redactions are then unknown, which the import
        // must say (on the page and in its result) rather than store the page as having none.
        const QString file = writeMarkedPdf(path(QStringLiteral("loop.pdf")), "/Kids [3 0 R 2 0 R]");
        std::unique_ptr<OpenStore> store = freshStore(QStringLiteral("loop.rebuttal"));
        QVERIFY(store);
        const ProductionImport::Result result = importProduction(*store, file);
        QVERIFY2(result.outcome == ProductionImport::Outcome::Imported, qPrintable(result.message));
        QCOMPARE(result.skippedPages.size(), 1);
        QVERIFY2(result.skippedPages[0].startsWith(QStringLiteral("page 1: its Redact annotations could not be read (qpdf: ")),
                 qPrintable(result.skippedPages[0]));
        QVERIFY2(result.skippedPages[0].contains(QStringLiteral("Loop detected")), qPrintable(result.skippedPages[0]));
        QVERIFY2(!result.skippedPages[0].contains(QFileInfo(m_production).path()), "a qpdf problem names no path");
        const QList<ProductionPage> pages = store->documents().pages(result.documentId);
        QCOMPARE(pages.size(), 1);
        QVERIFY2(pages[0].problem.startsWith(QStringLiteral("annotations_unreadable:")), qPrintable(pages[0].problem));
        QCOMPARE(PageProblem::text(pages[0].problem), result.skippedPages[0].mid(QStringLiteral("page 1: ").size()));
        QCOMPARE(pages[0].bates, QStringLiteral("2024-ICLI-000900")); // the rest of the page was read

        // The audit says the page was analysed and only its annotations are missing, not that its
        // redactions are unknown.
        const QString index = path(QStringLiteral("loop-index.csv"));
        QFile csv(index);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Entry,Document,Pages,Exemptions,Description,Justification\n"
                  "1,2024-ICLI-000900,1,(b)(7)(C),Memorandum,Privacy of the officers named in it\n");
        csv.close();
        const VaughnImport::Result indexed = VaughnImport(store->vaughnIndexes()).run(index);
        QVERIFY2(indexed.outcome == VaughnImport::Outcome::Imported, qPrintable(indexed.message));
        StoreError error;
        const QList<AuditFinding> findings = VaughnAudit::auditStore(store->documents(), store->vaughnIndexes(), &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QStringList notAnalysed;
        for (const AuditFinding &finding : findings) {
            if (finding.kind == FindingKind::PageNotAnalysed)
                notAnalysed << finding.detail;
        }
        QCOMPARE(notAnalysed.size(), 1);
        QVERIFY2(notAnalysed[0].startsWith(QStringLiteral("Page 1 (Bates 2024-ICLI-000900) was analysed, but its Redact annotations could not be read")),
                 qPrintable(notAnalysed[0]));
    }

    void cancellingLeavesNothing()
    {
        std::unique_ptr<OpenStore> store = freshStore(QStringLiteral("cancel.rebuttal"));
        QVERIFY(store);
        const int logBefore = int(store->activityEntries().size());
        std::atomic_bool cancel = false;
        const ProductionImport::Result result = importProduction(*store, m_production, [&](ProductionImport &import) {
            import.setCancelFlag(&cancel);
            import.setProgress([&](int done, int) {
                if (done >= 2)
                    cancel = true;
            });
        });
        QCOMPARE(result.outcome, ProductionImport::Outcome::Cancelled);
        QVERIFY(store->documents().documents().isEmpty());
        QCOMPARE(int(store->activityEntries().size()), logBefore);
        // And the store still works: the same file imports afterwards.
        QCOMPARE(importProduction(*store, m_production).outcome, ProductionImport::Outcome::Imported);
    }
};

QTEST_MAIN(TestProductionImport)
#include "tst_productionimport.moc"
