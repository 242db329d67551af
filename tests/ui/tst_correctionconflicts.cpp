// Corrections on the Documents page against a colleague's change, on a case file and on a matter
// on a real PostgreSQL 15 server (issue 18, the pg_cluster fixture): a box changed through a
// second connection between the page's load and the user's save is refused, "changed by USER at
// TIME", the colleague's change stays, the refused step leaves the undo stack and the page offers
// to reload; after the reload the user's change goes through, and undo and redo are saved against
// the version their own last save left (and refused in turn after another change of the colleague).
#include "../core/PgTestCluster.h"
#include "../core/ProductionFixture.h"
#include "UserInput.h"

#include "MainWindow.h"
#include "MessageBox.h"
#include "PageScrollArea.h"
#include "PageView.h"
#include "dialogs/ExemptionDialog.h"
#include "models/PageListModel.h"
#include "pages/DocumentsPage.h"
#include "store/CaseStore.h"
#include "store/CorrectionWriter.h"
#include "store/DocumentReader.h"
#include "store/OpenStore.h"
#include "store/ProductionDestination.h"
#include "store/ServerStore.h"
#include "store/StoreCopier.h"

#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

using namespace rebuttal;
using namespace rebuttal::test;

namespace {

const QRectF kBox(0.2, 0.3, 0.4, 0.05);

// Ticks the exemption dialog's boxes of `codes` with the mouse, then presses OK.
std::function<bool(QDialog *)> tick(const QStringList &codes)
{
    return [=](QDialog *dialog) {
        if (!qobject_cast<ExemptionDialog *>(dialog))
            return false;
        dialog->show();
        for (const QString &code : codes) {
            auto *box = dialog->findChild<QCheckBox *>(code);
            if (!box)
                return false;
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
        }
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        return dialog->result() == QDialog::Accepted;
    };
}

void clickButton(QToolBar *bar, QAction *action)
{
    QWidget *button = bar->widgetForAction(action);
    QVERIFY2(button && button->isVisible() && action->isEnabled(), qPrintable(action->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}

QString recorded()
{
    return MessageBox::recordedMessages().join(QLatin1Char('\n'));
}

} // namespace

class TestCorrectionConflicts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pdf;

    // The production (its first page holding one box coded (b)(6)) written as an import writes it.
    bool writeProduction(const StoreAddress &address)
    {
        StoreError error;
        std::unique_ptr<OpenStore> store = OpenStore::open(address, &error);
        if (!store) {
            qWarning() << error.message;
            return false;
        }
        QFile file(m_pdf);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        std::unique_ptr<ProductionDestination> writer = store->productionDestination();
        if (writer->begin(m_pdf, sha256).isError())
            return false;
        for (int number = 1; number <= 2; ++number) {
            ProductionPage page;
            page.number = number;
            page.sizePt = QSizeF(612, 792);
            page.textSource = TextSource::Layer;
            if (number == 1)
                page.redactions << Redaction{kBox, {QStringLiteral("(b)(6)")}, QStringLiteral("(b)(6)"), {}};
            if (writer->addPage(page).isError())
                return false;
        }
        return !writer->commit(2).isError();
    }

    // The box of page 1 as the store holds it now.
    static Redaction storedBox(OpenStore &store, qint64 documentId)
    {
        return store.documents().pages(documentId).value(0).redactions.value(0);
    }

    static void selectBox(PageView *view)
    {
        QTest::mouseClick(view, Qt::LeftButton, {}, view->toWidget(kBox).center().toPoint());
        QVERIFY(view->selectedRedaction() != 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_pdf = m_dir.filePath(QStringLiteral("release.pdf"));
        QVERIFY(!writeStandardProduction(m_pdf, 2).isEmpty());
    }

    void init()
    {
        MessageBox::setAutomatic(true, QMessageBox::Yes); // "Reload the page now?" Yes
        MessageBox::clearRecordedMessages();
    }

    void aColleaguesChangeIsNotOverwritten_data()
    {
        QTest::addColumn<bool>("onServer");
        QTest::newRow("case file") << false;
        QTest::newRow("server matter") << true;
    }

    void aColleaguesChangeIsNotOverwritten()
    {
        QFETCH(bool, onServer);
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // The store, the production in it, and the colleague's own connection to it.
        StoreAddress address;
        QString colleagueName;
        StoreError error;
        std::unique_ptr<OpenStore> colleague;
        if (onServer) {
            REQUIRE_PG_CLUSTER(cluster);
            const QString matter = freshName("conflict");
            const QString bob = freshName("bob");
            std::unique_ptr<ServerStore> owner = ServerStore::create(cluster.location(matter), &error);
            QVERIFY2(owner, qPrintable(error.message));
            std::unique_ptr<PgConnection> admin = adminConnection(cluster);
            QVERIFY(admin && !admin->exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(bob)).isError());
            QVERIFY(!owner->grant(bob, ServerStore::Role::Editor).isError());
            address = StoreAddress{QString(), cluster.location(matter)};
            QVERIFY(writeProduction(address));
            colleague = OpenStore::open(StoreAddress{QString(), cluster.location(matter, bob)}, &error);
            colleagueName = bob;
            QVERIFY2(window.connectToServer(cluster.location(matter)), qPrintable(recorded()));
        } else {
            const QString path = m_dir.filePath(QStringLiteral("conflicts.rebuttal"));
            QVERIFY2(CaseStore::create(path, &error), qPrintable(error.message));
            address = StoreAddress::ofFile(path);
            QVERIFY(writeProduction(address));
            QVERIFY2(window.openCaseFile(path), qPrintable(recorded()));
            colleague = OpenStore::open(address, &error);
        }
        QVERIFY2(colleague, qPrintable(error.message));

        clickPage(window, MainWindow::DocumentsPage);
        DocumentsPage *page = window.documentsPage();
        auto *table = page->findChild<QTableView *>(QStringLiteral("documentTable"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
        QTRY_COMPARE(page->pageModel()->rowCount(), 2);
        QTRY_COMPARE(page->currentPage(), 1);
        clickButton(page->findChild<QToolBar *>(QStringLiteral("zoomBar")), page->fitPageAction());
        PageView *view = page->pageView();
        QUndoStack *undo = window.undoStack();
        const qint64 document = page->currentDocument();
        const qint64 box = storedBox(*colleague, document).id;
        QVERIFY(box != 0);
        const std::unique_ptr<CorrectionWriter> theirs = colleague->corrections();

        // The colleague recodes the box after the page was read: the user's recoding is refused.
        selectBox(view);
        QVERIFY(!theirs->setCodes(box, {QStringLiteral("(b)(5)")}).isError());
        page->setDialogRunner(tick({QStringLiteral("(b)(7)(C)")}));
        clickButton(page->correctionToolBar(), page->editCodesAction());
        QVERIFY2(recorded().contains(QStringLiteral("since you opened it")), qPrintable(recorded()));
        if (onServer)
            QVERIFY2(recorded().contains(QStringLiteral("was changed by %1 at ").arg(colleagueName)), qPrintable(recorded()));
        QCOMPARE(storedBox(*colleague, document).exemptions, QStringList{QStringLiteral("(b)(5)")});
        QCOMPARE(undo->count(), 0);
        // Reloaded (the answer was Yes): the page shows the colleague's codes.
        QTRY_VERIFY_WITH_TIMEOUT(!page->isReadingDocument(), 30000); // on a matter the page is read again off the GUI thread
        QCOMPARE(view->page().redactions.value(0).exemptions, QStringList{QStringLiteral("(b)(5)")});

        // Made again over the reloaded page, it goes through; undo and redo follow their own saves.
        MessageBox::clearRecordedMessages();
        selectBox(view);
        clickButton(page->correctionToolBar(), page->editCodesAction());
        QVERIFY2(MessageBox::recordedMessages().isEmpty(), qPrintable(recorded()));
        const QStringList both{QStringLiteral("(b)(5)"), QStringLiteral("(b)(7)(C)")};
        QCOMPARE(storedBox(*colleague, document).exemptions, both);
        QCOMPARE(undo->count(), 1);
        undo->undo();
        QCOMPARE(storedBox(*colleague, document).exemptions, QStringList{QStringLiteral("(b)(5)")});
        undo->redo();
        QCOMPARE(storedBox(*colleague, document).exemptions, both);
        QVERIFY2(MessageBox::recordedMessages().isEmpty(), qPrintable(recorded()));

        // The colleague changes it again: the user's undo is refused and leaves the stack.
        QVERIFY(!theirs->setCodes(box, {QStringLiteral("(b)(3)")}).isError());
        undo->undo();
        QVERIFY2(recorded().contains(QStringLiteral("since you opened it")), qPrintable(recorded()));
        QCOMPARE(storedBox(*colleague, document).exemptions, QStringList{QStringLiteral("(b)(3)")});
        QCOMPARE(undo->count(), 0);

        // Delete with the key, undo, redo, undo: each against the version the last left.
        MessageBox::clearRecordedMessages();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isReadingDocument(), 30000); // on a matter the page is read again off the GUI thread
        selectBox(view);
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isReadingDocument(), 30000); // on a matter the page is read again off the GUI thread
        QVERIFY(view->page().redactions.isEmpty());
        undo->undo();
        QCOMPARE(storedBox(*colleague, document).id, box);
        undo->redo();
        QVERIFY(colleague->documents().pages(document).value(0).redactions.isEmpty());
        undo->undo();
        QCOMPARE(storedBox(*colleague, document).id, box);
        QVERIFY2(MessageBox::recordedMessages().isEmpty(), qPrintable(recorded()));

        // A delete over the colleague's change is refused too: their box stays. (The page is read
        // again first, not after their change: waiting then would let the change feed bring it.)
        QTRY_VERIFY_WITH_TIMEOUT(!page->isReadingDocument(), 30000); // on a matter the page is read again off the GUI thread
        QVERIFY(!theirs->setCodes(box, {QStringLiteral("(b)(6)")}).isError());
        selectBox(view);
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY2(recorded().contains(QStringLiteral("since you opened it")), qPrintable(recorded()));
        QCOMPARE(storedBox(*colleague, document).exemptions, QStringList{QStringLiteral("(b)(6)")});
        QTRY_VERIFY_WITH_TIMEOUT(!page->isReadingDocument(), 30000); // on a matter the page is read again off the GUI thread
        QCOMPARE(view->page().redactions.size(), 1);
    }
};

QTEST_MAIN(TestCorrectionConflicts)
#include "tst_correctionconflicts.moc"
