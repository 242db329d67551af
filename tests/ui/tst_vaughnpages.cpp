// The Vaughn and Audit pages offscreen: import through the main window, the entries table and its
// exemption filter, a finding opening its entry beside its page, and the CSV export, driven by
// clicks and typing.
#include "UserInput.h"
#include "../core/AuditFixture.h"
#include "../core/StoreFiles.h"
#include "../core/VaughnFixture.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PageView.h"
#include "foia/ProductionImport.h"
#include "models/VaughnEntryModel.h"
#include "pages/AuditPage.h"
#include "pages/DocumentsPage.h"
#include "pages/VaughnPage.h"
#include "store/ActivityLog.h"
#include "store/CaseStore.h"
#include "vaughn/VaughnCsvReader.h"
#include "vaughn/VaughnImport.h"

#include <QFileInfo>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>

using namespace rebuttal;
using namespace rebuttal::test;

namespace {

// Picks the item with `data` in a combo box with the keyboard.
void chooseItem(QComboBox *box, const QVariant &data)
{
    const int wanted = box->findData(data);
    QVERIFY(wanted >= 0);
    box->setFocus();
    while (box->currentIndex() != wanted)
        QTest::keyClick(box, box->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
}

// Clicks the row of `view` showing `index`.
void clickRow(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

void clearField(QLineEdit *field)
{
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Backspace);
}

} // namespace

class TestVaughnPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void importVaughn(MainWindow &window, const QString &path, VaughnImport::Outcome expected)
    {
        QSignalSpy finished(&window, &MainWindow::vaughnImportFinished);
        window.importVaughnIndex(path);
        QVERIFY(window.isImporting());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).value<VaughnImport::Outcome>(), expected);
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
        QCOMPARE(finished.first().at(0).value<ProductionImport::Outcome>(), ProductionImport::Outcome::Imported);
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
        auto *exemptions = page->findChild<QComboBox *>(QStringLiteral("exemptionFilter"));
        QVERIFY(exemptions);
        chooseItem(exemptions, QStringLiteral("(b)(6)"));
        QCOMPARE(page->entryModel()->rowCount(), 1);
        QCOMPARE(page->entryModel()->index(0, VaughnEntryModel::Number).data().toInt(), 3);
        chooseItem(exemptions, exemptions->itemData(0));
        QCOMPARE(page->entryModel()->rowCount(), 3);
        auto *field = page->findChild<QLineEdit *>(QStringLiteral("entryFilter"));
        QVERIFY(field);
        QTest::keyClicks(field, QStringLiteral("informant"));
        QCOMPARE(page->entryModel()->rowCount(), 1);
        clearField(field);
        QCOMPARE(page->entryModel()->rowCount(), 3);

        // Sorting by the number of findings (a click on its header, two if the first sorts up)
        // puts the most questioned entry first.
        QHeaderView *header = page->entryTable()->horizontalHeader();
        const QPoint findingsHeader(header->sectionViewportPosition(VaughnEntryModel::Findings)
                                        + header->sectionSize(VaughnEntryModel::Findings) / 2,
                                    header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, findingsHeader);
        if (header->sortIndicatorOrder() == Qt::AscendingOrder)
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, findingsHeader);
        QCOMPARE(header->sortIndicatorSection(), int(VaughnEntryModel::Findings));
        QVERIFY(page->entryModel()->index(0, VaughnEntryModel::Findings).data().toInt()
                >= page->entryModel()->index(2, VaughnEntryModel::Findings).data().toInt());

        // Entry 1 (clicked): its reasons, its finding, and its two pages with their actual stamps.
        const auto entryRow = [&](int number) {
            for (int row = 0; row < page->entryModel()->rowCount(); ++row) {
                if (page->entryModel()->index(row, VaughnEntryModel::Number).data().toInt() == number)
                    return page->entryModel()->index(row, VaughnEntryModel::Number);
            }
            return QModelIndex();
        };
        clickRow(page->entryTable(), entryRow(1));
        QCOMPARE(page->currentEntry(), 1);
        QVERIFY(page->detailsText().contains(QStringLiteral("pre-decisional views")));
        QVERIFY(page->detailsText().contains(QStringLiteral("does not claim (b)(6)")));
        QCOMPARE(page->listedPages()->rowCount(), 2);
        QVERIFY(page->listedPages()->index(1, 0).data().toString().contains(QStringLiteral("AUD-000002")));
        QVERIFY(page->listedPages()->index(1, 0).data().toString().contains(QStringLiteral("(b)(6)")));
        // Entry 3: no reason given for (b)(6), said so.
        clickRow(page->entryTable(), entryRow(3));
        QVERIFY(page->detailsText().contains(QStringLiteral("No reason is given for this exemption.")));

        // The same file again: stored once, and the user is told.
        importVaughn(window, m_dir.filePath(QStringLiteral("index.csv")), VaughnImport::Outcome::AlreadyImported);
        QVERIFY(MessageBox::recordedMessages().join(QLatin1Char('\n')).contains(QStringLiteral("already in %1 as Vaughn index").arg(QFileInfo(window.store()->filePath()).fileName())));
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

    void batesRanges_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("shown");
        QTest::newRow("same prefix") << "AUD-000004" << "AUD-000006" << "AUD-000004–000006";
        QTest::newRow("number shares digits") << "ICE-000117" << "ICE-000129" << "ICE-000117–000129";
        QTest::newRow("several separators") << "2019-ICLI-00003-022454" << "2019-ICLI-00003-022455"
                                            << "2019-ICLI-00003-022454–022455";
        QTest::newRow("no separator") << "ABC0001" << "ABC0009" << "ABC0001–ABC0009";
        QTest::newRow("other prefix") << "DHS-0001" << "ICE-0001" << "DHS-0001–ICE-0001";
        QTest::newRow("one page") << "AUD-000004" << "AUD-000004" << "AUD-000004";
        QTest::newRow("longer last") << "P-99" << "P-100" << "P-99–100";
    }

    void batesRanges()
    {
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, shown);
        QCOMPARE(AuditPage::batesRange(first, last), shown);
    }

    void aFindingOnACutLabelMarksThatLabelsBox()
    {
        // One page, two boxes: one labelled "(b)(6)", one "(b)(6), (b)" cut off at its end. An
        // entry claiming (b)(7)(C) there makes a claimed_label_unread finding; opening it marks the
        // box whose label is cut off, not the other.
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.createCaseFile(m_dir.filePath(QStringLiteral("cut.rebuttal"))));
        const QString production = m_dir.filePath(QStringLiteral("cut.pdf"));
        {
            using F = ProductionFixture;
            ProductionFixture fixture(production);
            ExpectedPage page;
            page.bates = QStringLiteral("CUT-000001");
            fixture.addPage(page, [&](QPainter &p, QSizeF size) {
                F::text(p, 100, 250, QStringLiteral("The officer who wrote the report was"));
                F::box(p, QRectF(100, 282, 200, 26));
                F::text(p, 310, 300, QStringLiteral("(b)(6)"));
                F::text(p, 100, 400, QStringLiteral("The witness who saw the arrest was"));
                F::box(p, QRectF(100, 432, 200, 26));
                F::text(p, 310, 450, QStringLiteral("(b)(6), (b)"));
                F::bates(p, size, page.bates);
            });
            fixture.finish();
        }
        QSignalSpy imported(&window, &MainWindow::importFinished);
        window.importProduction(production);
        QVERIFY(imported.wait(120000));
        const QString index = m_dir.filePath(QStringLiteral("cut.csv"));
        QVERIFY(writeText(index, QByteArray("Entry,Bates,Withholding,Pages,Exemptions,Justification\n"
                                            "1,CUT-000001,Partial,1,\"(b)(6), (b)(7)(C)\",\"(b)(6): an officer. (b)(7)(C): a witness.\"\n")));
        importVaughn(window, index, VaughnImport::Outcome::Imported);
        AuditPage *audit = window.auditPage();
        clickPage(window, MainWindow::AuditPage);
        QTRY_VERIFY(!audit->isAuditing());
        QAbstractItemModel *model = audit->findingModel();
        const QModelIndex group = model->index(int(FindingKinds::all().indexOf(FindingKind::ClaimedLabelUnread)), 0);
        QCOMPARE(model->rowCount(group), 1);
        clickRow(audit->findingView(), model->index(0, 0, group));
        QCOMPARE(audit->findings().at(audit->openedFinding()).kind, FindingKind::ClaimedLabelUnread);
        QCOMPARE(audit->pageView()->highlights().size(), 1);
        const qint64 marked = audit->pageView()->selectedRedaction();
        bool cutOne = false;
        for (const Redaction &r : audit->pageView()->page().redactions)
            cutOne = cutOne || (r.id == marked && r.label.contains(QStringLiteral("(b)(6), (b)")));
        QVERIFY(cutOne);
        QVERIFY2(audit->detailsText().contains(QStringLiteral("read the label by eye")), qPrintable(audit->detailsText()));
    }

    void auditPageOpensFindingsAndExports()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        prepare(window, QStringLiteral("audit.rebuttal"));
        importVaughn(window, m_dir.filePath(QStringLiteral("index.csv")), VaughnImport::Outcome::Imported);
        AuditPage *audit = window.auditPage();
        clickPage(window, MainWindow::AuditPage);
        QVERIFY(!audit->isShowingEmptyState());
        // The audit runs on a worker thread; the page shows its findings when it is done.
        QTRY_VERIFY(!audit->isAuditing());
        QAbstractItemModelTester tester(audit->findingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Every kind at the top, the eight findings under them.
        QAbstractItemModel *model = audit->findingModel();
        QCOMPARE(model->rowCount(), FindingKinds::all().size());
        int findings = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            findings += model->rowCount(model->index(row, 0));
        QCOMPARE(findings, 8);
        QCOMPARE(audit->findings().size(), 8);
        // One index: no index column. Every finding that points at pages names their Bates.
        QTreeView *tree = audit->findingView();
        QVERIFY(tree->isColumnHidden(1));
        for (int group = 0; group < model->rowCount(); ++group) {
            for (int row = 0; row < model->rowCount(model->index(group, 0)); ++row) {
                const QModelIndex finding = model->index(row, 0, model->index(group, 0));
                const AuditFinding &f = audit->findings().at(finding.data(Qt::UserRole + 1).toInt());
                if (!f.pages.isEmpty() && !f.pages.first().bates.isEmpty())
                    QVERIFY2(!finding.siblingAtColumn(3).data().toString().isEmpty(), qPrintable(f.detail));
                QCOMPARE(finding.data(Qt::ToolTipRole).toString(), f.detail);
            }
        }

        // Every Bates number reads whole in its column, a range as Bates ranges are written (the
        // second number without the prefix the two share).
        QStringList ranges;
        QModelIndex range;
        QModelIndex single;
        for (int group = 0; group < model->rowCount(); ++group) {
            for (int row = 0; row < model->rowCount(model->index(group, 0)); ++row) {
                const QModelIndex cell = model->index(row, 3, model->index(group, 0));
                const QString bates = cell.data().toString();
                if (bates.contains(QStringLiteral("–"))) {
                    ranges << bates;
                    range = cell;
                } else if (!bates.isEmpty()) {
                    single = cell;
                }
                for (const QString &stamp : bates.split(QStringLiteral("–")))
                    QVERIFY2(tree->fontMetrics().horizontalAdvance(stamp + QStringLiteral("–")) + 8 <= tree->columnWidth(3),
                             qPrintable(QStringLiteral("%1 is cut at %2 px").arg(stamp).arg(tree->columnWidth(3))));
            }
        }
        QCOMPARE(ranges, QStringList{QStringLiteral("AUD-000004–000005")});
        // A range wider than the column goes on two lines, broken after the dash (never at a
        // hyphen inside a number); widened by a drag of its edge, the column shows it on one.
        const auto cellHeight = [tree](const QModelIndex &cell) {
            QStyleOptionViewItem option;
            option.initFrom(tree);
            return tree->itemDelegate()->sizeHint(option, cell).height();
        };
        const int oneLine = cellHeight(single);
        const int wide = tree->fontMetrics().horizontalAdvance(ranges.first()) + 24;
        QVERIFY2(tree->columnWidth(3) < wide, qPrintable(QString::number(tree->columnWidth(3))));
        QVERIFY2(cellHeight(range) >= oneLine + tree->fontMetrics().lineSpacing() - 1,
                 qPrintable(QStringLiteral("%1 -> %2").arg(oneLine).arg(cellHeight(range))));
        QHeaderView *header = tree->header();
        const QPoint edge(header->sectionViewportPosition(3) + header->sectionSize(3) - 1, header->height() / 2);
        const QPoint widened = edge + QPoint(wide - header->sectionSize(3), 0);
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, edge);
        QTest::mouseMove(header->viewport(), widened);
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, widened);
        QVERIFY2(std::abs(tree->columnWidth(3) - wide) <= 2, qPrintable(QString::number(tree->columnWidth(3))));
        QCOMPARE(cellHeight(range), oneLine);

        // Clicking the withheld-page finding shows the page beside the (absent) entry.
        const QModelIndex withheldGroup = model->index(int(FindingKinds::all().indexOf(FindingKind::WithheldPageMissing)), 0);
        QVERIFY(model->data(withheldGroup).toString().contains(QStringLiteral("(1)")));
        clickRow(tree, model->index(0, 0, withheldGroup));
        QCOMPARE(audit->findings().at(audit->openedFinding()).kind, FindingKind::WithheldPageMissing);
        QCOMPARE(audit->pageView()->page().bates, QStringLiteral("AUD-000003"));
        QVERIFY(audit->detailsText().contains(QStringLiteral("No entry of the index lists this page.")));

        // The stamped-not-claimed finding: entry 1 beside page AUD-000002, its (b)(6) box marked.
        clickRow(tree, model->index(0, 0, model->index(0, 0)));
        const AuditFinding &stamped = audit->findings().at(audit->openedFinding());
        QCOMPARE(stamped.kind, FindingKind::StampedNotClaimed);
        QVERIFY(audit->detailsText().contains(QStringLiteral("Entry 1: AUD-000001")));
        QCOMPARE(audit->pageView()->page().bates, QStringLiteral("AUD-000002"));
        QVERIFY(!audit->pageView()->highlights().isEmpty());
        const qint64 marked = audit->pageView()->selectedRedaction();
        QVERIFY(marked != 0);
        for (const Redaction &r : audit->pageView()->page().redactions) {
            if (r.id == marked)
                QVERIFY(r.exemptions.contains(stamped.exemptions.first()));
        }
        // The finding says what to do about it.
        QVERIFY2(audit->detailsText().contains(QStringLiteral("Ask the agency to justify this exemption")), qPrintable(audit->detailsText()));

        // Double-clicking the finding opens its page on the Documents page, where boxes are fixed.
        const QModelIndex stampedRow = model->index(0, 0, model->index(0, 0));
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(stampedRow).center());
        QCOMPARE(window.currentPage(), MainWindow::DocumentsPage);
        QTRY_COMPARE(window.documentsPage()->pageView()->page().bates, QStringLiteral("AUD-000002"));
        clickPage(window, MainWindow::AuditPage);

        // Export through the chooser seam; the CSV reads back with every finding, quoted right.
        const QString target = m_dir.filePath(QStringLiteral("findings"));
        audit->setSaveFileChooser([&](QWidget *, const QString &) { return target; });
        QToolBar *bar = audit->findChild<QToolBar *>();
        QVERIFY(bar);
        QTest::mouseClick(bar->widgetForAction(audit->exportAction()), Qt::LeftButton);
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

        // A second index, with its own "Entry 1": the index column tells the two apart.
        const QString second = m_dir.filePath(QStringLiteral("second index.csv"));
        QVERIFY(writeText(second, auditIndexCsv() + "4,AUD-000007,Partial,1,Routing slip,(b)(6),\"(b)(6): Names of staff.\"\n"));
        importVaughn(window, second, VaughnImport::Outcome::Imported);
        QTRY_VERIFY(!audit->isAuditing());
        QVERIFY(!tree->isColumnHidden(1));
        QStringList indexNames;
        for (int row = 0; row < model->rowCount(model->index(0, 0)); ++row)
            indexNames << model->index(row, 1, model->index(0, 0)).data().toString();
        QVERIFY2(indexNames.contains(QStringLiteral("index.csv")) && indexNames.contains(QStringLiteral("second index.csv")),
                 qPrintable(indexNames.join(QLatin1Char(','))));
    }

    // The audit runs while the page is hidden (the index is imported from the Clients page);
    // shown, each finding is as high as its text at the width it is shown at, not at the width
    // the hidden tree had (rows two or three lines too high, gaps between findings).
    void findingsAreMeasuredAtTheWidthShown()
    {
        {
            MainWindow window;
            prepare(window, QStringLiteral("rows.rebuttal"));
            importVaughn(window, m_dir.filePath(QStringLiteral("index.csv")), VaughnImport::Outcome::Imported);
        }
        // Opened again on the Audit page, as the app reopens the last case file on the page it was
        // closed on.
        MainWindow window;
        window.showPage(MainWindow::AuditPage);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCaseFile(m_dir.filePath(QStringLiteral("rows.rebuttal"))));
        AuditPage *audit = window.auditPage();
        QTRY_VERIFY(!audit->isAuditing());
        QTreeView *tree = audit->findingView();
        QAbstractItemModel *model = tree->model();
        QTRY_VERIFY(model->rowCount() > 0);
        QTest::qWait(100); // the resizes of showing the page, and what they post
        auto heights = [&] {
            QList<int> shown;
            for (int kind = 0; kind < model->rowCount(); ++kind) {
                for (int row = 0; row < model->rowCount(model->index(kind, 0)); ++row)
                    shown << tree->visualRect(model->index(row, 0, model->index(kind, 0))).height();
            }
            return shown;
        };
        const QList<int> shown = heights();
        QVERIFY(!shown.isEmpty());
        tree->doItemsLayout(); // measured again at the width the column has now
        QCOMPARE(shown, heights());
    }
};

QTEST_MAIN(TestVaughnPages)
#include "tst_vaughnpages.moc"
