// The Vaughn and Audit pages offscreen: import through the main window, the entries table and its
// exemption filter, a finding opening its entry beside its page, and the CSV export.
#include "../core/AuditFixture.h"
#include "../core/StoreFiles.h"
#include "../core/VaughnFixture.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PageView.h"
#include "foia/ProductionImport.h"
#include "models/VaughnEntryModel.h"
#include "pages/AuditPage.h"
#include "pages/VaughnPage.h"
#include "store/ActivityLog.h"
#include "store/CaseStore.h"
#include "vaughn/VaughnCsvReader.h"
#include "vaughn/VaughnImport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace rebuttal;
using namespace rebuttal::test;

class TestVaughnPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void importVaughn(MainWindow &window, const QString &path, VaughnImport::Outcome expected)
    {
        QSignalSpy finished(&window, &MainWindow::vaughnImportFinished);
        window.importVaughnIndex(path);
        QVERIFY(window.isImportingVaughnIndex());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toInt(), int(expected));
    }

    void prepare(MainWindow &window, const QString &name)
    {
        QVERIFY(window.createCaseFile(m_dir.filePath(name)));
        const QString production = m_dir.filePath(QStringLiteral("production.pdf"));
        if (!QFile::exists(production))
            writeAuditProduction(production);
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importProduction(production);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toInt(), int(ProductionImport::Outcome::Imported));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setAutomatic(true);
        QVERIFY(writeText(m_dir.filePath(QStringLiteral("index.csv")), auditIndexCsv()));
    }

    void init() { MessageBox::clearRecordedMessages(); }

    void emptyStates()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.createCaseFile(m_dir.filePath(QStringLiteral("empty.rebuttal"))));
        QVERIFY(window.vaughnPage()->isShowingEmptyState());
        QVERIFY(window.auditPage()->isShowingEmptyState());
    }

    void vaughnPageShowsEntries()
    {
        MainWindow window;
        window.show();
        prepare(window, QStringLiteral("vaughn.rebuttal"));
        importVaughn(window, m_dir.filePath(QStringLiteral("index.csv")), VaughnImport::Outcome::Imported);
        QCOMPARE(window.currentPage(), MainWindow::VaughnPage);
        VaughnPage *page = window.vaughnPage();
        QVERIFY(!page->isShowingEmptyState());
        QAbstractItemModelTester tester(page->entryModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->entryModel()->rowCount(), 3);
        QCOMPARE(page->entryModel()->index(1, VaughnEntryModel::Document).data().toString(), QStringLiteral("AUD-000001"));

        // Filter by exemption: only entry 3 claims (b)(6).
        page->setExemptionFilter(QStringLiteral("(b)(6)"));
        QCOMPARE(page->entryModel()->rowCount(), 1);
        QCOMPARE(page->entryModel()->index(0, VaughnEntryModel::Number).data().toInt(), 3);
        page->setExemptionFilter(QString());
        QCOMPARE(page->entryModel()->rowCount(), 3);
        page->setTextFilter(QStringLiteral("informant"));
        QCOMPARE(page->entryModel()->rowCount(), 1);
        page->setTextFilter(QString());

        // Sorting by the number of findings puts the most questioned entry first.
        page->entryTable()->sortByColumn(VaughnEntryModel::Findings, Qt::DescendingOrder);
        QVERIFY(page->entryModel()->index(0, VaughnEntryModel::Findings).data().toInt()
                >= page->entryModel()->index(2, VaughnEntryModel::Findings).data().toInt());

        // Entry 1: its reasons, its finding, and its two pages with their actual stamps.
        page->selectEntry(1);
        QCOMPARE(page->currentEntry(), 1);
        QVERIFY(page->detailsText().contains(QStringLiteral("pre-decisional views")));
        QVERIFY(page->detailsText().contains(QStringLiteral("does not claim (b)(6)")));
        QCOMPARE(page->listedPages()->rowCount(), 2);
        QVERIFY(page->listedPages()->index(1, 0).data().toString().contains(QStringLiteral("AUD-000002")));
        QVERIFY(page->listedPages()->index(1, 0).data().toString().contains(QStringLiteral("(b)(6)")));
        // Entry 3: no reason given for (b)(6), said so.
        page->selectEntry(3);
        QVERIFY(page->detailsText().contains(QStringLiteral("No reason is given for this exemption.")));

        // The same file again: stored once, and the user is told.
        importVaughn(window, m_dir.filePath(QStringLiteral("index.csv")), VaughnImport::Outcome::AlreadyImported);
        QVERIFY(MessageBox::recordedMessages().join(QLatin1Char('\n')).contains(QStringLiteral("already in this case file")));
        QCOMPARE(page->entryModel()->rowCount(), 3);
    }

    void rejectedImportTellsWhyAndChangesNothing()
    {
        MainWindow window;
        window.show();
        const QString store = m_dir.filePath(QStringLiteral("rejected.rebuttal"));
        QVERIFY(window.createCaseFile(store));
        const QString bad = m_dir.filePath(QStringLiteral("minutes.txt"));
        QVERIFY(writeText(bad, "Minutes of the meeting.\nNo index here.\n"));
        const QList<ActivityEntry> before = window.store()->activity().entries();
        importVaughn(window, bad, VaughnImport::Outcome::Rejected);
        const QString messages = MessageBox::recordedMessages().join(QLatin1Char('\n'));
        QVERIFY2(messages.contains(QStringLiteral("minutes.txt: no Vaughn index found")), qPrintable(messages));
        QCOMPARE(window.store()->activity().entries().size(), before.size());
        QVERIFY(window.vaughnPage()->isShowingEmptyState());
    }

    void auditPageOpensFindingsAndExports()
    {
        MainWindow window;
        window.show();
        prepare(window, QStringLiteral("audit.rebuttal"));
        importVaughn(window, m_dir.filePath(QStringLiteral("index.csv")), VaughnImport::Outcome::Imported);
        AuditPage *audit = window.auditPage();
        window.showPage(MainWindow::AuditPage);
        QVERIFY(!audit->isShowingEmptyState());
        QAbstractItemModelTester tester(audit->findingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Every kind at the top (eight), the eight findings under them.
        QAbstractItemModel *model = audit->findingModel();
        QCOMPARE(model->rowCount(), 8);
        int findings = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            findings += model->rowCount(model->index(row, 0));
        QCOMPARE(findings, 8);
        QCOMPARE(audit->findings().size(), 8);

        // Clicking the withheld-page finding shows the page beside the (absent) entry.
        const QModelIndex withheldGroup = model->index(2, 0);
        QVERIFY(model->data(withheldGroup).toString().contains(QStringLiteral("(1)")));
        const QModelIndex withheld = model->index(0, 0, withheldGroup);
        audit->findingView()->setCurrentIndex(withheld);
        QCOMPARE(audit->findings().at(audit->openedFinding()).kind, FindingKind::WithheldPageMissing);
        QCOMPARE(audit->pageView()->page().bates, QStringLiteral("AUD-000003"));
        QVERIFY(audit->detailsText().contains(QStringLiteral("No entry of the index lists this page.")));

        // The stamped-not-claimed finding: entry 1 beside page AUD-000002.
        audit->findingView()->setCurrentIndex(model->index(0, 0, model->index(0, 0)));
        QVERIFY(audit->detailsText().contains(QStringLiteral("Entry 1: AUD-000001")));
        QCOMPARE(audit->pageView()->page().bates, QStringLiteral("AUD-000002"));

        // Export through the chooser seam; the CSV reads back with every finding, quoted right.
        const QString target = m_dir.filePath(QStringLiteral("findings"));
        audit->setSaveFileChooser([&](QWidget *, const QString &) { return target; });
        audit->exportAction()->trigger();
        QVERIFY(MessageBox::recordedMessages().join(QLatin1Char('\n')).contains(QStringLiteral("8 finding")));
        QString problem;
        const auto records = VaughnCsvReader::records(fileBytes(target + QStringLiteral(".csv")), &problem);
        QVERIFY2(records, qPrintable(problem));
        QCOMPARE(records->size(), 9);
        QCOMPARE(records->at(0).second.first(), QStringLiteral("kind"));
        QCOMPARE(records->at(1).second.first(), QStringLiteral("stamped_not_claimed"));
        QCOMPARE(records->at(7).second.first(), QStringLiteral("boilerplate_justification"));
        QCOMPARE(records->at(7).second.at(3), QStringLiteral("2 3"));
        QVERIFY(records->at(7).second.last().contains(QStringLiteral("\u201c")));

        // A failing target is reported, not thrown.
        QVERIFY(!audit->exportCsv(m_dir.filePath(QStringLiteral("no/such/folder/findings.csv"))));
        QVERIFY(MessageBox::recordedMessages().last().startsWith(QStringLiteral("Cannot export the findings")));
    }
};

QTEST_MAIN(TestVaughnPages)
#include "tst_vaughnpages.moc"
