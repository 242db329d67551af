// The app's side of hostile productions: a page not analysed is marked on its thumbnail, in the
// page view and in the Audit page, and an import shows its time limit while it runs and can be
// cancelled from the progress dialog.
#include "HostileInputs.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NotAnalysedMark.h"
#include "domain/PageProblem.h"
#include "PageRenderer.h"
#include "PageView.h"
#include "core/ProductionFixture.h"
#include "core/StoreFiles.h"
#include "foia/ProductionImport.h"
#include "models/PageListModel.h"
#include "pages/AuditPage.h"
#include "store/CaseStore.h"
#include "store/DocumentCatalog.h"

#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace rebuttal;
using namespace rebuttal::test;

namespace {

// Pixels of the mark's band (see NotAnalysedMark).
int bandPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixel(x, y) == qRgb(0x33, 0x33, 0x33);
    }
    return count;
}

ProductionPage page(int number, const QString &problem)
{
    ProductionPage p;
    p.id = number;
    p.number = number;
    p.sizePt = QSizeF(612, 792);
    p.problem = problem;
    return p;
}

} // namespace

class TestHostileUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_production;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        MessageBox::setAutomatic(true);
        m_production = m_dir.filePath(QStringLiteral("production.pdf"));
        writeStandardProduction(m_production, 3);
    }

    void aThumbnailMarksAPageNotAnalysed()
    {
        PageRenderer renderer;
        PageListModel model(&renderer);
        model.setPages({page(1, {}), page(2, QStringLiteral("the PDF reader crashed on it"))});
        const QImage clean = model.data(model.index(0), Qt::DecorationRole).value<QPixmap>().toImage();
        const QImage marked = model.data(model.index(1), Qt::DecorationRole).value<QPixmap>().toImage();
        QCOMPARE(bandPixels(clean), 0);
        QVERIFY(bandPixels(marked) > 100);
        QVERIFY(model.data(model.index(1), Qt::ToolTipRole).toString().contains(QStringLiteral("Not analysed: the PDF reader crashed on it")));
    }

    void thePageViewMarksAPageNotAnalysed()
    {
        PageRenderer renderer;
        PageView view(&renderer);
        view.resize(500, 650);
        view.setPage(page(1, {}));
        QVERIFY(bandPixels(view.grab().toImage()) < 50);
        view.setPage(page(2, QStringLiteral("the PDF reader took longer than 30 s on it")));
        QVERIFY(bandPixels(view.grab().toImage()) > 1000);
    }

    // A page whose Redact annotations qpdf could not read was analysed all the same (its own boxes
    // were kept): its mark and its tooltip say so, in the reader's language, never "Not analysed".
    void aPageWithUnreadableAnnotationsSaysItWasAnalysed()
    {
        const QString problem = PageProblem::stored(PageProblem::Kind::AnnotationsUnreadable, QStringLiteral("object 12 is damaged"));
        PageRenderer renderer;
        PageListModel model(&renderer);
        model.setPages({page(1, problem), page(2, PageProblem::stored(PageProblem::Kind::ReaderCrashed))});
        const QString english = QStringLiteral("Analysed, but its Redact annotations could not be read (qpdf: object 12 is damaged)");
        QCOMPARE(NotAnalysedMark::text(problem), english); // the page view's band
        QCOMPARE(NotAnalysedMark::text(problem, NotAnalysedMark::Length::Short), QStringLiteral("Annotations unreadable"));
        const QString tip = model.data(model.index(0), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(english) && !tip.contains(QStringLiteral("Not analysed")), qPrintable(tip));
        // A page that was not analysed still says that.
        QCOMPARE(NotAnalysedMark::text(PageProblem::stored(PageProblem::Kind::ReaderCrashed), NotAnalysedMark::Length::Short),
                 QStringLiteral("Not analysed"));
        QVERIFY(model.data(model.index(1), Qt::ToolTipRole).toString().contains(QStringLiteral("Not analysed: the PDF reader crashed")));
        // Its boxes may be incomplete: the page is marked all the same.
        PageView view(&renderer);
        view.resize(500, 650);
        view.setPage(page(1, problem));
        QVERIFY(bandPixels(view.grab().toImage()) > 1000);

        QTranslator spanish;
        QVERIFY(spanish.load(QStringLiteral(":/i18n/rebuttal_es.qm")));
        QCoreApplication::installTranslator(&spanish);
        const QString spanishText = NotAnalysedMark::text(problem);
        const QString spanishShort = NotAnalysedMark::text(problem, NotAnalysedMark::Length::Short);
        const QString spanishTip = model.data(model.index(0), Qt::ToolTipRole).toString();
        QCoreApplication::removeTranslator(&spanish);
        QCOMPARE(spanishText, QStringLiteral("Analizada, pero no se pudieron leer sus anotaciones Redact (qpdf: object 12 is damaged)"));
        QCOMPARE(spanishShort, QStringLiteral("Anotaciones ilegibles"));
        QVERIFY2(spanishTip.contains(spanishText), qPrintable(spanishTip));
    }

    void theAuditPageListsPagesNotAnalysed()
    {
        const QString storePath = m_dir.filePath(QStringLiteral("audit.rebuttal"));
        QProcess cli;
        auto run = [&](const QStringList &arguments) {
            cli.start(QStringLiteral(REBUTTAL_CLI_PATH), QStringList{QStringLiteral("--store"), storePath} + arguments);
            return cli.waitForFinished(120000) && cli.exitCode() == 0;
        };
        QVERIFY(run({QStringLiteral("init")}));
        QProcessEnvironment crashing = QProcessEnvironment::systemEnvironment();
        crashing.insert(QStringLiteral("REBUTTAL_WORKER_TEST_CRASH_PAGE"), QStringLiteral("2"));
        cli.setProcessEnvironment(crashing);
        QVERIFY(run({QStringLiteral("import"), QStringLiteral("production"), m_production}));
        cli.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        const QString index = m_dir.filePath(QStringLiteral("index.csv"));
        QVERIFY(writeFile(index, "Entry,Document,Pages,Exemptions,Description\n1,2024-ICLI-000101,1-3,(b)(6),Memorandum\n"));
        QVERIFY(run({QStringLiteral("import"), QStringLiteral("vaughn"), index}));

        MainWindow window;
        window.show();
        QVERIFY(window.openCaseFile(storePath));
        // The audit runs on a worker thread: wait for it, as a user would.
        QTRY_VERIFY_WITH_TIMEOUT(!window.auditPage()->isAuditing(), 60000);
        const QAbstractItemModel *findings = window.auditPage()->findingModel();
        QStringList groups;
        for (int row = 0; row < findings->rowCount(); ++row)
            groups << findings->index(row, 0).data().toString();
        QVERIFY2(groups.contains(QStringLiteral("Page not analysed (1)")), qPrintable(groups.join(QLatin1Char('|'))));
    }

    void anImportShowsItsTimeLimitAndCancels()
    {
        const QByteArray worker = qgetenv("REBUTTAL_PDF_WORKER");
        qputenv("REBUTTAL_PDF_WORKER", HOSTILE_PDF_WORKER);
        qputenv("HOSTILE_WORKER_PAGES", "200");
        qputenv("HOSTILE_WORKER_PAGE_MS", "100");
        const QString storePath = m_dir.filePath(QStringLiteral("cancel.rebuttal"));
        {
            MainWindow window;
            window.show();
            QVERIFY(window.createCaseFile(storePath));
            QSignalSpy finished(&window, &MainWindow::importFinished);
            window.importProduction(m_production);
            QProgressDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = window.findChild<QProgressDialog *>()) && dialog->isVisible());
            // 200 pages at the per-page limit, and the time to open it: over an hour and a half
            // at most ("At most 101:00 left", or "About 0:20 left (at most 100:40)" once pages come).
            QTRY_VERIFY2(dialog->labelText().contains(QRegularExpression(QStringLiteral("[Aa]t most \\d{2,}:\\d\\d"))),
                         qPrintable(dialog->labelText()));
            QPushButton *cancel = dialog->findChild<QPushButton *>();
            QVERIFY(cancel);
            QTest::mouseClick(cancel, Qt::LeftButton);
            QVERIFY(finished.wait(20000));
            QCOMPARE(finished.first().at(0).value<ProductionImport::Outcome>(), ProductionImport::Outcome::Cancelled);
            QVERIFY(DocumentCatalog(*window.store()).documents().isEmpty());
        }
        qputenv("REBUTTAL_PDF_WORKER", worker);
        qunsetenv("HOSTILE_WORKER_PAGES");
        qunsetenv("HOSTILE_WORKER_PAGE_MS");
    }
};

QTEST_MAIN(TestHostileUi)
#include "tst_hostile_ui.moc"
