// The Documents page offscreen: import with progress, pages and legend, search, jumps, and
// corrections that are logged and undoable.
#include "../core/ProductionFixture.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PageRenderer.h"
#include "PageView.h"
#include "foia/ProductionImport.h"
#include "models/PageListModel.h"
#include "dialogs/CiteEventDialog.h"
#include "pages/ClientsPage.h"
#include "pages/DocumentsPage.h"
#include "store/ClientRecords.h"
#include "store/ActivityLog.h"
#include "store/CaseStore.h"
#include "store/DocumentCatalog.h"

#include <QAction>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace rebuttal;
using namespace rebuttal::test;

class TestDocumentsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_production;
    QList<ExpectedPage> m_truth;

    static StoredPage pageOf(MainWindow &window, int number)
    {
        const QList<StoredPage> pages = DocumentCatalog(*window.store()).pages(window.documentsPage()->currentDocument());
        return pages.value(number - 1);
    }

    void importInto(MainWindow &window)
    {
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importProduction(m_production);
        QVERIFY(window.isImporting());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toInt(), int(ProductionImport::Outcome::Imported));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setAutomatic(true);
        m_production = m_dir.filePath(QStringLiteral("release.pdf"));
        m_truth = writeStandardProduction(m_production);
    }

    void importShowsTheProduction()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.createCaseFile(m_dir.filePath(QStringLiteral("gui.rebuttal"))));
        DocumentsPage *page = window.documentsPage();
        QVERIFY(page->isShowingEmptyState());
        importInto(window);
        QVERIFY(!page->isShowingEmptyState());
        QCOMPARE(window.currentPage(), MainWindow::DocumentsPage);
        QCOMPARE(page->pageModel()->rowCount(), 7);
        QCOMPARE(page->currentPage(), 1);
        QCOMPARE(page->pageView()->page().bates, m_truth[0].bates);
        // The legend counts the boxes by exemption.
        QStringList legend;
        for (int row = 0; row < page->legend()->rowCount(); ++row)
            legend << page->legend()->index(row, 0).data().toString();
        QVERIFY2(legend.contains(QStringLiteral("(b)(7)(E)")), qPrintable(legend.join(QLatin1Char(','))));

        // Jumps: to the readable redaction (page 5) and the withheld page (page 3).
        page->nextBadRedactionAction()->trigger();
        QCOMPARE(page->currentPage(), 5);
        page->nextWithheldAction()->trigger();
        QCOMPARE(page->currentPage(), 3);

        // Filter by exemption: only pages carrying it.
        page->setPageFilter(QStringLiteral("(b)(7)(C)"));
        QCOMPARE(page->pageModel()->rowCount(), 2);
        page->setPageFilter(QStringLiteral("all"));
        QCOMPARE(page->pageModel()->rowCount(), 7);

        // Search, including the scanned page's OCR text.
        page->search(QStringLiteral("apprehension"));
        QVERIFY(page->searchResults()->rowCount() >= 1);
        QVERIFY(page->searchResults()->index(0, 0).data().toString().contains(QStringLiteral("page 4")));
    }

    // Pages are drawn by a worker process: one that crashes on a page costs that page only.
    void aPageThatCrashesTheRendererCostsOnlyThatPage()
    {
        QFile file(m_production);
        QVERIFY(file.open(QIODevice::ReadOnly));
        qputenv("REBUTTAL_RENDER_TEST_CRASH_PAGE", "2");
        PageRenderer renderer;
        renderer.setDocument(file.readAll());
        QSignalSpy ready(&renderer, &PageRenderer::pageReady);
        auto waitFor = [&](int page) {
            if (!renderer.page(page, 200).isNull())
                return renderer.page(page, 200);
            for (int i = 0; i < 300 && renderer.page(page, 200).isNull(); ++i)
                ready.wait(100);
            return renderer.page(page, 200);
        };
        const QImage first = waitFor(1);
        QVERIFY(!first.isNull());
        QCOMPARE(first.width(), 200);
        const QImage crashed = waitFor(2);
        qunsetenv("REBUTTAL_RENDER_TEST_CRASH_PAGE");
        QVERIFY(!crashed.isNull());
        QCOMPARE(crashed, PageRenderer::unreadablePage(200));
        // The next page comes from a new worker.
        const QImage third = waitFor(3);
        QVERIFY(!third.isNull());
        QVERIFY(third != PageRenderer::unreadablePage(200));
    }

    // A page picked in the Documents page becomes evidence for an event, and the citation opens it again.
    void pagesAreCitedAsEvidence()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.createCaseFile(m_dir.filePath(QStringLiteral("cite.rebuttal"))));
        importInto(window);
        CaseRecords records;
        Client client;
        client.ref = QStringLiteral("C-1");
        client.name = QStringLiteral("Camilo");
        client.events << CaseEvent{QStringLiteral("E1"), EventType::BondDenied, PartialDate::fromString(QStringLiteral("2021-05-02")), {}, {}, {}};
        records.clients << client;
        QVERIFY(!ClientRecords(*window.store()).importRecords(records, QStringLiteral("test")).isError());
        ClientsPage *clients = window.clientsPage();
        clients->reload();
        QVERIFY(clients->selectClient(QStringLiteral("C-1")));

        DocumentsPage *documents = window.documentsPage();
        documents->showPage(4);
        clients->setDialogRunner([](QDialog *dialog) {
            auto *cite = qobject_cast<CiteEventDialog *>(dialog);
            return cite && cite->eventIndex() == 0;
        });
        window.citeShownPage();
        const Client stored = *ClientRecords(*window.store()).client(QStringLiteral("C-1"));
        QCOMPARE(stored.events.first().evidence.size(), 1);
        QCOMPARE(stored.events.first().evidence.first().document, m_truth[3].bates);
        QVERIFY(window.undoStack()->canUndo());

        // Opening the citation shows that page of that production.
        documents->showPage(1);
        window.showPage(MainWindow::ClientsPage);
        window.openCitation(stored.events.first().evidence.first().document, 0);
        QCOMPARE(window.currentPage(), MainWindow::DocumentsPage);
        QCOMPARE(documents->currentPage(), 4);
        // A document start plus a page within it.
        window.openCitation(m_truth[1].bates, 3);
        QCOMPARE(documents->currentPage(), 4);
        window.undoStack()->undo();
        QVERIFY(ClientRecords(*window.store()).client(QStringLiteral("C-1"))->events.first().evidence.isEmpty());
    }

    void correctionsAreUndoableAndLogged()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.createCaseFile(m_dir.filePath(QStringLiteral("corrections.rebuttal"))));
        importInto(window);
        DocumentsPage *page = window.documentsPage();
        QUndoStack *undo = window.undoStack();
        page->showPage(7);
        const int before = int(pageOf(window, 7).redactions.size());

        // Draw a box the detector missed, labelled by the user.
        MessageBox::setAutomaticInput(QStringLiteral("b6, b7C"));
        page->drawBoxAction()->setChecked(true);
        QVERIFY(page->pageView()->isDrawing());
        Q_EMIT page->pageView()->boxDrawn(QRectF(0.2, 0.5, 0.3, 0.03));
        QCOMPARE(pageOf(window, 7).redactions.size(), before + 1);
        const StoredRedaction drawn = pageOf(window, 7).redactions.last();
        QVERIFY(drawn.drawnByUser);
        QCOMPARE(drawn.exemptions, (QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")}));
        QCOMPARE(page->pageView()->page().redactions.size(), before + 1);
        undo->undo();
        QCOMPARE(pageOf(window, 7).redactions.size(), before);
        undo->redo();
        QCOMPARE(pageOf(window, 7).redactions.size(), before + 1);

        // Change its codes, then delete it; undo both.
        page->pageView()->selectRedaction(drawn.id);
        MessageBox::setAutomaticInput(QStringLiteral("(b)(5)"));
        page->editCodesAction()->trigger();
        QCOMPARE(pageOf(window, 7).redactions.last().exemptions, QStringList{QStringLiteral("(b)(5)")});
        page->pageView()->selectRedaction(drawn.id);
        page->deleteBoxAction()->trigger();
        QCOMPARE(pageOf(window, 7).redactions.size(), before);
        undo->undo();
        undo->undo();
        QCOMPARE(pageOf(window, 7).redactions.last().exemptions,
                 (QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")}));

        // A detector box can be deleted too; undo brings it back.
        page->showPage(1);
        const StoredRedaction detected = pageOf(window, 1).redactions.first();
        QVERIFY(!detected.drawnByUser);
        page->pageView()->selectRedaction(detected.id);
        page->deleteBoxAction()->trigger();
        QCOMPARE(pageOf(window, 1).redactions.size(), m_truth[0].boxes.size() - 1);
        undo->undo();
        QCOMPARE(pageOf(window, 1).redactions.size(), m_truth[0].boxes.size());

        // Mark a page withheld; it shows as the user's.
        page->showPage(2);
        page->markWithheldAction()->trigger();
        QVERIFY(pageOf(window, 2).withheldInFull);
        QVERIFY(pageOf(window, 2).withheldByUser);
        undo->undo();
        QVERIFY(!pageOf(window, 2).withheldInFull);

        // Detect again: the user's box on page 7 stays.
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.redetectProduction(page->currentDocument());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toInt(), int(ProductionImport::Outcome::Imported));
        QCOMPARE(pageOf(window, 7).redactions.size(), before + 1);
        QVERIFY(pageOf(window, 7).redactions.last().drawnByUser);

        QStringList actions;
        for (const ActivityEntry &entry : window.store()->activity().entries())
            actions << entry.action;
        for (const char *action : {"edit.redaction.add", "edit.redaction.codes", "edit.redaction.delete", "edit.redaction.restore",
                                   "edit.page.withheld", "redetect.production"})
            QVERIFY2(actions.contains(QString::fromLatin1(action)), action);
    }

    void encryptedProductionsAskForTheirPassword()
    {
        const QString encrypted = m_dir.filePath(QStringLiteral("locked.pdf"));
        QCOMPARE(QProcess::execute(QStringLiteral("qpdf"), {QStringLiteral("--encrypt"), QStringLiteral("secret"), QStringLiteral("owner"),
                                                             QStringLiteral("256"), QStringLiteral("--"), m_production, encrypted}),
                 0);
        MainWindow window;
        window.show();
        QVERIFY(window.createCaseFile(m_dir.filePath(QStringLiteral("locked.rebuttal"))));
        MessageBox::clearRecordedMessages();
        MessageBox::setAutomaticInput(QStringLiteral("secret"));
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importProduction(encrypted);
        // First the import asks for the password and starts again with it...
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toInt(), int(ProductionImport::Outcome::NeedsPassword));
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.last().at(0).toInt(), int(ProductionImport::Outcome::Imported));
        // ...then showing its pages asks again (the password is never stored).
        QTRY_VERIFY(MessageBox::recordedMessages().filter(QStringLiteral("see its pages")).size() == 1);
        QCOMPARE(window.documentsPage()->pageModel()->rowCount(), 7);
        MessageBox::setAutomaticInput(QString());
    }

    void cancelledImportLeavesTheCaseFileAlone()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.createCaseFile(m_dir.filePath(QStringLiteral("cancel.rebuttal"))));
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importProduction(m_production);
        window.cancelImport();
        QVERIFY(!window.isImporting());
        QVERIFY(DocumentCatalog(*window.store()).documents().isEmpty());
        QVERIFY(window.documentsPage()->isShowingEmptyState());
    }

    void rejectedFilesAreExplained()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.createCaseFile(m_dir.filePath(QStringLiteral("reject.rebuttal"))));
        const QString bogus = m_dir.filePath(QStringLiteral("notes.pdf"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("meeting notes");
        file.close();
        MessageBox::clearRecordedMessages();
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importProduction(bogus);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toInt(), int(ProductionImport::Outcome::Rejected));
        QVERIFY(MessageBox::recordedMessages().last().contains(QStringLiteral("notes.pdf")));
    }
};

QTEST_MAIN(TestDocumentsPage)
#include "tst_documentspage.moc"
