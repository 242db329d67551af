// The Agreements page driven as a user would: the registry table, its filter and sorting, the
// details of the clicked agreement, Delete with undo, and a citation that asks for its page.
#include "dialogs/AgreementDialog.h"
#include "LegalBasisView.h"
#include "store/ActivityLog.h"
#include "MessageBox.h"
#include "cases/CaseRecordsReader.h"
#include "store/ClientRecords.h"
#include "agreements/AgreementsReader.h"
#include "pages/AgreementsPage.h"
#include "models/AgreementTableModel.h"
#include "store/AgreementRegistry.h"
#include "store/CaseStore.h"
#include "store/OpenStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

using namespace rebuttal;

class TestAgreementsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void clickRow(QTableView *table, int row)
    {
        const QRect cell = table->visualRect(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    }

    // Clicks the row of the agreement `ref`, wherever the sort put it.
    static void clickAgreement(QTableView *table, const QString &ref)
    {
        const QModelIndexList found = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, ref, 1, Qt::MatchExactly);
        QVERIFY2(!found.isEmpty(), qPrintable(ref));
        table->scrollTo(found.first());
        clickRow(table, found.first().row());
    }

    static void trigger(QWidget *page, QAction *action)
    {
        for (QToolBar *bar : page->findChildren<QToolBar *>()) {
            if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action))) {
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
        QFAIL("the action has no tool button");
    }

    // A new case file holding the demo registry (the five instruments of seed 000).
    static void demoStore(const QString &path, std::unique_ptr<CaseStore> *store, QList<Agreement> *demo)
    {
        StoreError error;
        *store = CaseStore::create(path, &error);
        QVERIFY(*store);
        AgreementsReader reader;
        const auto agreements = reader.readFile(QStringLiteral(":/demo/agreements.json"));
        QVERIFY2(agreements, qPrintable(reader.errorString()));
        *demo = *agreements;
        QVERIFY(!AgreementRegistry(**store).importAgreements(*demo, QStringLiteral("demo")).isError());
    }

    // The Agreements page over a new case file holding the demo registry, shown and active.
    struct DemoPage
    {
        std::unique_ptr<CaseStore> store;
        QList<Agreement> demo;
        QUndoStack undo;
        QAction import{QStringLiteral("Import"), nullptr};
        std::unique_ptr<OpenStore> openStore;
        std::unique_ptr<AgreementsPage> page; // gone before the store it reads
    };

    static void showDemoPage(const QString &path, DemoPage *shown)
    {
        demoStore(path, &shown->store, &shown->demo);
        if (QTest::currentTestFailed())
            return;
        shown->page = std::make_unique<AgreementsPage>(&shown->import, &shown->undo);
        shown->page->resize(1000, 700);
        shown->openStore = OpenStore::over(*shown->store);
        shown->page->setStore(shown->openStore.get());
        shown->page->show();
        QVERIFY(QTest::qWaitForWindowActive(shown->page.get()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        MessageBox::setAutomatic(true, QMessageBox::Ok);
    }

    void addsAndEditsThroughTheDialogWithUndo()
    {
        std::unique_ptr<CaseStore> store;
        QList<Agreement> demoList;
        demoStore(m_dir.filePath(QStringLiteral("edit.rebuttal")), &store, &demoList);
        if (QTest::currentTestFailed())
            return;
        const QList<Agreement> *demo = &demoList;
        QUndoStack undo;
        QAction import(QStringLiteral("Import"), nullptr);
        AgreementsPage page(&import, &undo);
        page.resize(1000, 700);
        const std::unique_ptr<OpenStore> openStore = OpenStore::over(*store);
        page.setStore(openStore.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        trigger(&page, page.addAction());
        auto *dialog = page.findChild<AgreementDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto field = [&dialog](const char *name) { return dialog->findChild<QLineEdit *>(QLatin1String(name)); };
        auto clickOk = [&dialog] {
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        };
        QTest::keyClicks(field("ref"), QStringLiteral("MOC-CR-2020"));
        QTest::keyClicks(field("title"), QStringLiteral("MOC Costa Rica"));
        QTest::keyClicks(field("country"), QStringLiteral("CR"));
        QTest::keyClicks(field("programs"), QStringLiteral("CHIS, TAG"));
        QTest::keyClicks(field("signedOn"), QStringLiteral("2020-13-01"));
        // A date that is not one is said in the dialog, and nothing is written.
        clickOk();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("problem"))->text().contains(QStringLiteral("2020-13-01")));
        QCOMPARE(AgreementRegistry(*store).agreements().size(), 5);
        field("signedOn")->selectAll();
        QTest::keyClicks(field("signedOn"), QStringLiteral("2020-03"));
        clickOk();
        QTRY_VERIFY(!page.findChild<AgreementDialog *>());

        QList<Agreement> stored = AgreementRegistry(*store).agreements();
        QCOMPARE(stored.size(), 6);
        const Agreement added = stored.last();
        QCOMPARE(added.ref, QStringLiteral("MOC-CR-2020"));
        QCOMPARE(added.title, QStringLiteral("MOC Costa Rica"));
        QCOMPARE(added.kind, QStringLiteral("MOC"));
        QCOMPARE(added.country, std::optional<QString>(QStringLiteral("CR")));
        QCOMPARE(added.programs, std::optional<QStringList>({QStringLiteral("CHIS"), QStringLiteral("TAG")}));
        QCOMPARE(added.signedOn.toString(), QStringLiteral("2020-03"));
        QCOMPARE(page.currentRef(), QStringLiteral("MOC-CR-2020"));
        QCOMPARE(store->activity().entries().last().action, QStringLiteral("agreement.add"));

        // Edit: the title changes in place, the fields the dialog does not show are kept.
        clickAgreement(page.table(), QStringLiteral("MOC-SV-2014"));
        QCOMPARE(page.currentRef(), QStringLiteral("MOC-SV-2014"));
        trigger(&page, page.editAction());
        dialog = page.findChild<AgreementDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(field("ref")->text(), QStringLiteral("MOC-SV-2014"));
        field("title")->selectAll();
        QTest::keyClicks(field("title"), QStringLiteral("Amended MOC"));
        clickOk();
        QTRY_VERIFY(!page.findChild<AgreementDialog *>());
        stored = AgreementRegistry(*store).agreements();
        QCOMPARE(stored.size(), 6);
        const Agreement sv = *std::find_if(stored.cbegin(), stored.cend(), [](const Agreement &a) { return a.ref == QStringLiteral("MOC-SV-2014"); });
        const Agreement svBefore = *std::find_if(demo->cbegin(), demo->cend(), [](const Agreement &a) { return a.ref == QStringLiteral("MOC-SV-2014"); });
        QCOMPARE(sv.title, QStringLiteral("Amended MOC"));
        QCOMPARE(sv.clauses, svBefore.clauses);
        QCOMPARE(sv.signedOn, svBefore.signedOn);
        QCOMPARE(store->activity().entries().last().action, QStringLiteral("agreement.edit"));

        // Both undo, in turn, to the imported registry.
        undo.undo();
        QCOMPARE(AgreementRegistry(*store).agreements().size(), 6);
        undo.undo();
        QCOMPARE(AgreementRegistry(*store).agreements(), *demo);
        QCOMPARE(page.table()->model()->rowCount(), 5);
        undo.redo();
        QCOMPARE(AgreementRegistry(*store).agreements().size(), 6);
    }

    // The title takes the width the other columns leave, cut short with its whole text as a
    // tooltip: a table of long titles does not scroll sideways at a laptop's width.
    void longTitlesFitThePaneWithoutScrolling()
    {
        std::unique_ptr<CaseStore> store;
        QList<Agreement> demo;
        demoStore(m_dir.filePath(QStringLiteral("widths.rebuttal")), &store, &demo);
        if (QTest::currentTestFailed())
            return;
        QUndoStack undo;
        QAction import(QStringLiteral("Import"), nullptr);
        AgreementsPage page(&import, &undo);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const std::unique_ptr<OpenStore> openStore = OpenStore::over(*store);
        page.setStore(openStore.get());
        QTableView *table = page.table();
        QCoreApplication::processEvents();
        QTRY_VERIFY2(table->horizontalHeader()->length() <= table->viewport()->width(),
                     qPrintable(QStringLiteral("columns %1 px wide in a %2 px table")
                                    .arg(table->horizontalHeader()->length())
                                    .arg(table->viewport()->width())));
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        QVERIFY(table->columnWidth(AgreementTableModel::Title) > 100);
    }

    void showsFiltersDeletesAndUndoes()
    {
        std::unique_ptr<CaseStore> store;
        QList<Agreement> demoList;
        demoStore(m_dir.filePath(QStringLiteral("page.rebuttal")), &store, &demoList);
        if (QTest::currentTestFailed())
            return;
        const QList<Agreement> *demo = &demoList;

        QUndoStack undo;
        QAction import(QStringLiteral("Import"), nullptr);
        AgreementsPage page(&import, &undo);
        page.resize(1000, 700);
        page.show();
        QVERIFY(page.isShowingEmptyState());
        const std::unique_ptr<OpenStore> openStore = OpenStore::over(*store);
        page.setStore(openStore.get());
        QVERIFY(!page.isShowingEmptyState());
        QTableView *table = page.table();
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 5);

        // Sorted by ref: GT, HN-2014, HN-2019, SV, SOP.
        clickRow(table, 3);
        QCOMPARE(page.currentRef(), QStringLiteral("MOC-SV-2014"));
        QVERIFY(page.detailsText().contains(QStringLiteral("for the administration of criminal justice")));
        QVERIFY(page.detailsText().contains(QStringLiteral("V. Access to and use of information")));
        // The registry's vocabulary in words, not as its JSON spells it.
        const QString details = page.detailsText();
        QVERIFY2(details.contains(QStringLiteral("Stated purposes: criminal justice, repatriation")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("Terms of use: withheld (the section on use or access was withheld)")));
        QVERIFY(details.contains(QStringLiteral("Disclosure to third parties: not known")));
        QVERIFY(details.contains(QStringLiteral("Purpose I. Purpose")));
        QVERIFY(!details.contains(QStringLiteral("criminal_justice")));

        // The SOP shows the country it takes from its MOC, so a country filter finds it.
        QLineEdit *filter = page.findChild<QLineEdit *>();
        QTest::keyClicks(filter, QStringLiteral("HN"));
        QCOMPARE(table->model()->rowCount(), 3);
        filter->clear();

        // Sorting by the signed column puts the 2014 instruments at one end, 2019-07-15 at the other.
        QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
                          QPoint(table->horizontalHeader()->sectionViewportPosition(4) + 5, 5));
        const QString first = table->model()->index(0, 4).data().toString();
        const QString last = table->model()->index(4, 4).data().toString();
        QVERIFY2((first.startsWith(QStringLiteral("2014")) && last == QStringLiteral("2019-07-15"))
                     || (last.startsWith(QStringLiteral("2014")) && first == QStringLiteral("2019-07-15")),
                 qPrintable(first + QLatin1Char(' ') + last));

        // Delete the GT MOC (no child), then undo.
        const int gt = [&] {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                if (table->model()->index(row, 0).data().toString() == QStringLiteral("MOC-GT-2014"))
                    return row;
            }
            return -1;
        }();
        clickRow(table, gt);
        trigger(&page, page.deleteAction());
        QCOMPARE(AgreementRegistry(*store).agreements().size(), 4);
        QCOMPARE(table->model()->rowCount(), 4);
        undo.undo();
        QCOMPARE(AgreementRegistry(*store).agreements(), *demo);
        QCOMPARE(table->model()->rowCount(), 5);

        // A MOC that an SOP implements is not deleted.
        clickAgreement(page.table(), QStringLiteral("MOC-HN-2019"));
        QCOMPARE(page.currentRef(), QStringLiteral("MOC-HN-2019"));
        trigger(&page, page.deleteAction());
        QCOMPARE(AgreementRegistry(*store).agreements().size(), 5);
        QVERIFY(MessageBox::recordedMessages().constLast().contains(QStringLiteral("SOP-HN-2019")));

        // The requests list is drafted from the check.
        const QStringList requests = page.requests();
        QVERIFY(!requests.isEmpty());
        QVERIFY(requests.join(QLatin1Char('\n')).contains(QStringLiteral("MOC-SV-2014")));
    }

    // Add, Edit, Delete and Copy FOIA Requests from the keyboard, as the Clients page's records
    // are (Ctrl+Alt+N, F2 or Enter, Delete); a key typed in the filter stays in the filter.
    void keysWorkTheRegistry()
    {
        DemoPage shown;
        showDemoPage(m_dir.filePath(QStringLiteral("keys.rebuttal")), &shown);
        if (QTest::currentTestFailed())
            return;
        AgreementsPage &page = *shown.page;
        CaseStore *store = shown.store.get();
        QUndoStack &undo = shown.undo;
        const QList<Agreement> &demo = shown.demo;
        QTableView *table = page.table();
        auto dialogRef = [&page] {
            auto *dialog = page.findChild<AgreementDialog *>();
            return dialog && dialog->isVisible() ? dialog->findChild<QLineEdit *>(QStringLiteral("ref"))->text() : QStringLiteral("<no dialog>");
        };
        auto closeDialog = [&page, table] {
            QTest::keyClick(page.findChild<AgreementDialog *>(), Qt::Key_Escape);
            QTRY_VERIFY(!page.findChild<AgreementDialog *>());
            // The window manager gives the page back its activation; the offscreen platform does not.
            page.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&page));
            QCOMPARE(QApplication::focusWidget(), table);
        };

        clickAgreement(table, QStringLiteral("MOC-GT-2014"));
        QVERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_F2);
        QTRY_COMPARE(dialogRef(), QStringLiteral("MOC-GT-2014"));
        closeDialog();
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(dialogRef(), QStringLiteral("MOC-GT-2014"));
        closeDialog();
        QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
        QTRY_COMPARE(dialogRef(), QString());
        closeDialog();
        QCOMPARE(AgreementRegistry(*store).agreements(), demo);

        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(AgreementRegistry(*store).agreements().size(), 4);
        QCOMPARE(table->model()->rowCount(), 4);
        undo.undo();
        QCOMPARE(AgreementRegistry(*store).agreements(), demo);

        MessageBox::clearRecordedMessages();
        QApplication::clipboard()->clear();
        QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), page.requests().join(QLatin1Char('\n')) + QLatin1Char('\n'));
        QVERIFY(!MessageBox::recordedMessages().isEmpty());

        // Delete in the filter deletes a letter, not the agreement.
        QLineEdit *filter = page.findChild<QLineEdit *>();
        QTest::keyClicks(filter, QStringLiteral("HN"));
        QTest::keyClick(filter, Qt::Key_Home);
        QTest::keyClick(filter, Qt::Key_Delete);
        QCOMPARE(filter->text(), QStringLiteral("N"));
        QCOMPARE(AgreementRegistry(*store).agreements(), demo);

        // Each key is named in its button's tip, where the mouse user learns it.
        QVERIFY2(page.deleteAction()->toolTip().endsWith(QStringLiteral("(Del)")), qPrintable(page.deleteAction()->toolTip()));
        QVERIFY(page.editAction()->toolTip().endsWith(QStringLiteral("(F2)")));
    }

    // A clause that opens with a quoted term shows it in single quotes inside the clause's double
    // ones, not two double quotes in a row.
    void clauseQuotesNestTheirOwnQuotes()
    {
        DemoPage shown;
        showDemoPage(m_dir.filePath(QStringLiteral("quotes.rebuttal")), &shown);
        if (QTest::currentTestFailed())
            return;
        clickAgreement(shown.page->table(), QStringLiteral("MOC-SV-2014"));
        const QString details = shown.page->detailsText();
        QVERIFY2(details.contains(QStringLiteral("\u201c\u2018Repatriation\u2019 is the return of individuals")), qPrintable(details));
        QVERIFY(!details.contains(QStringLiteral("\u201c\"")));
        QVERIFY(details.contains(QStringLiteral("\u201cThe purpose of this MOC is")));
    }

    void legalBasisListsTheGoverningAgreementAndItsFlags()
    {
        StoreError error;
        std::unique_ptr<CaseStore> store = CaseStore::create(m_dir.filePath(QStringLiteral("basis.rebuttal")), &error);
        QVERIFY(store);
        AgreementsReader reader;
        QVERIFY(!AgreementRegistry(*store).importAgreements(*reader.readFile(QStringLiteral(":/demo/agreements.json")), QStringLiteral("demo")).isError());
        CaseRecordsReader cases;
        const auto records = cases.read(R"j({"format": "rebuttal.cases", "version": 1, "clients": [{"ref": "C1", "name": "N", "country": "SV",
            "allegations": [{"ref": "AL1", "source": "CHIS", "kind": "gang_affiliation", "origin_country": "SV", "asserted_on": "2019-02"},
                            {"ref": "AL2", "source": "TAG", "kind": "gang_affiliation", "origin_country": "SV"}],
            "events": [{"ref": "E1", "type": "detention_start", "date": "2019-03", "relied_on": ["AL1", "AL2"]}]}]})j",
                                         QStringLiteral("c.json"));
        QVERIFY2(records, qPrintable(cases.errorString()));
        LegalBasisView view;
        view.showClient(store.get(), records->clients.at(0));
        const QString text = view.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Governed by MOC-SV-2014.")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("none on file for this program and country")));
        // The withheld section is named as a heading, not quoted as words of the agreement.
        QVERIFY(text.contains(QStringLiteral("Withheld section: V. Access to and use of information")));
        QVERIFY(!text.contains(QStringLiteral("\u201cV. Access")));
        QVERIFY(text.contains(QStringLiteral("2022-ICLI00010, page 4")));
        QVERIFY(text.contains(QStringLiteral("our reading")));
    }
};

QTEST_MAIN(TestAgreementsPage)
#include "tst_agreementspage.moc"
