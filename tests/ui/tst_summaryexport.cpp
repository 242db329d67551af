// File > Export Summary offscreen: enabled with a selected client, the preview, Save writes the
// PDF, Cancel writes nothing, and the first export asks for the preparer's name.
#include "MainWindow.h"
#include "MessageBox.h"
#include "SummaryPreviewDialog.h"
#include "pages/ClientsPage.h"
#include "pdf/PdfDocument.h"
#include "report/EvidenceSummary.h"
#include "store/DemoCaseFile.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rebuttal;

namespace {

// Answers the preview once it is up: optionally de-identified, then Save or Cancel.
void answerPreview(bool save, bool deidentify, int *pages)
{
    QTimer::singleShot(0, [=] {
        auto *dialog = qobject_cast<SummaryPreviewDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        if (deidentify)
            dialog->setDeidentified(true);
        *pages = dialog->pageCount();
        save ? dialog->accept() : dialog->reject();
    });
}

} // namespace

class TestSummaryExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RebuttalSummaryUiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("rebuttal-test"));
        QSettings().clear();
        EvidenceSummary::setPreparerSetting(QString());
        QFile::remove(DemoCaseFile::defaultPath());
        MessageBox::setAutomatic(true);
    }

    void init() { MessageBox::clearRecordedMessages(); }

    void actionFollowsTheSelectedClient()
    {
        MainWindow window;
        window.show();
        QVERIFY(!window.exportSummaryAction()->isEnabled());
        QVERIFY(window.openDemo());
        // The Clients page opens on its first client.
        QCOMPARE(window.selectedClientRef(), QStringLiteral("C-001"));
        QVERIFY(window.exportSummaryAction()->isEnabled());
        auto *clients = window.clientsPage();
        clients->clientTable()->selectRow(1);
        QCOMPARE(window.selectedClientRef(), QStringLiteral("C-002"));
        QVERIFY(window.exportSummaryAction()->isEnabled());
        // A rewritten Clients page can hand over its own selection.
        window.setSelectedClientRefProvider([] { return QString(); });
        QVERIFY(!window.exportSummaryAction()->isEnabled());
    }

    void previewThenSaveWritesThePdf()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo());
        const QString path = m_dir.filePath(QStringLiteral("summary.pdf"));
        int pages = 0;
        MessageBox::setAutomaticInput(QStringLiteral("Dana Advocate"));
        answerPreview(true, false, &pages);
        QVERIFY(window.exportSummary(QStringLiteral("C-001"), path));
        MessageBox::setAutomaticInput(QString());
        QVERIFY(pages > 0);
        // The first export asked for the preparer's name and kept it.
        QVERIFY(MessageBox::recordedMessages().join(QLatin1Char('\n')).contains(QStringLiteral("Prepared by")));
        QCOMPARE(EvidenceSummary::preparerSetting(), QStringLiteral("Dana Advocate"));
        PdfDocument::Problem problem = PdfDocument::Problem::None;
        const std::unique_ptr<PdfDocument> pdf = PdfDocument::open(path, {}, &problem);
        QVERIFY(pdf);
        QCOMPARE(pdf->pageCount(), pages);
        QString first;
        for (const PdfWord &word : pdf->words(0))
            first += word.text + QLatin1Char(' ');
        QVERIFY(first.contains(QStringLiteral("Maria")));
        QVERIFY(first.contains(QStringLiteral("Dana")));
    }

    void deidentifiedInThePreviewSavesDeidentified()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo());
        const QString path = m_dir.filePath(QStringLiteral("deidentified.pdf"));
        int pages = 0;
        answerPreview(true, true, &pages);
        QVERIFY(window.exportSummary(QStringLiteral("C-001"), path));
        PdfDocument::Problem problem = PdfDocument::Problem::None;
        const std::unique_ptr<PdfDocument> pdf = PdfDocument::open(path, {}, &problem);
        QVERIFY(pdf);
        for (int i = 0; i < pdf->pageCount(); ++i) {
            for (const PdfWord &word : pdf->words(i)) {
                QVERIFY(!word.text.contains(QStringLiteral("Maria")));
                QVERIFY(!word.text.contains(QStringLiteral("A000000101")));
            }
        }
    }

    void cancelWritesNothing()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo());
        const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        int pages = 0;
        answerPreview(false, false, &pages);
        QVERIFY(!window.exportSummary(QStringLiteral("C-003"), path));
        QVERIFY(pages > 0);
        QVERIFY(!QFile::exists(path));
    }

    void unknownClientIsReported()
    {
        MainWindow window;
        QVERIFY(window.openDemo());
        QVERIFY(!window.exportSummary(QStringLiteral("NOBODY"), m_dir.filePath(QStringLiteral("x.pdf"))));
        QVERIFY(MessageBox::recordedMessages().join(QLatin1Char('\n')).contains(QStringLiteral("NOBODY")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    }
};

QTEST_MAIN(TestSummaryExport)
#include "tst_summaryexport.moc"
