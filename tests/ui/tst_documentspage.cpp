// The Documents page offscreen: import with progress, pages and legend, search, jumps, zoom, and
// corrections that are logged and undoable, all driven by mouse and keyboard events.
#include "UserInput.h"
#include "../core/ProductionFixture.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PageRenderer.h"
#include "PageScrollArea.h"
#include "PageView.h"
#include "dialogs/ExemptionDialog.h"
#include "foia/ProductionImport.h"
#include "models/PageListModel.h"
#include "dialogs/CiteEventDialog.h"
#include "pages/ClientsPage.h"
#include "pages/DocumentsPage.h"
#include "store/ClientRecords.h"
#include "store/ActivityLog.h"
#include "store/CaseStore.h"
#include "store/DocumentCatalog.h"
#include "store/OpenStore.h"
#include "store/ProductionWriter.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

using namespace rebuttal;
using namespace rebuttal::test;

namespace {

// Clicks the toolbar button of `action`, as a user would.
void clickButton(QToolBar *bar, QAction *action)
{
    QWidget *button = bar->widgetForAction(action);
    QVERIFY2(button && button->isVisible(), qPrintable(action->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}

// A drag with the left button held. QTest::mouseMove in Qt 6.4 carries no buttons, so the moves
// are sent as the events a real drag produces.
void dragMove(QWidget *widget, const QPoint &to)
{
    QMouseEvent move(QEvent::MouseMove, QPointF(to), QPointF(widget->mapToGlobal(to)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &move);
}

QPoint centreOf(PageView *view, const QRectF &box)
{
    return view->toWidget(box).center().toPoint();
}

// Ticks and unticks boxes of the exemption dialog with mouse and keyboard, then presses OK.
std::function<bool(QDialog *)> tickExemptions(QStringList click, QStringList space, bool *shown = nullptr)
{
    return [=](QDialog *dialog) {
        if (shown)
            *shown = true;
        if (!qobject_cast<ExemptionDialog *>(dialog))
            return false;
        dialog->show();
        for (const QString &code : click) {
            auto *box = dialog->findChild<QCheckBox *>(code);
            if (!box)
                return false;
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
        }
        for (const QString &code : space) {
            auto *box = dialog->findChild<QCheckBox *>(code);
            if (!box)
                return false;
            box->setFocus();
            QTest::keyClick(box, Qt::Key_Space);
        }
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        return dialog->result() == QDialog::Accepted;
    };
}

} // namespace

class TestDocumentsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_production;
    QList<ExpectedPage> m_truth;

    static ProductionPage pageOf(MainWindow &window, int number)
    {
        const QList<ProductionPage> pages = DocumentCatalog(*window.store()).pages(window.documentsPage()->currentDocument());
        return pages.value(number - 1);
    }

    // Clicks the page's thumbnail in the strip.
    static void showPageByClick(DocumentsPage *page, int number)
    {
        QListView *strip = page->pageList();
        for (int row = 0; row < strip->model()->rowCount(); ++row) {
            const QModelIndex index = strip->model()->index(row, 0);
            if (index.data(PageListModel::PageRole).toInt() != number)
                continue;
            strip->scrollTo(index);
            QTest::mouseClick(strip->viewport(), Qt::LeftButton, {}, strip->visualRect(index).center());
            QCOMPARE(page->currentPage(), number);
            return;
        }
        QFAIL("no thumbnail for that page");
    }

    // Picks a filter in the combo box with the keyboard.
    static void chooseFilter(DocumentsPage *page, const QString &filter)
    {
        QComboBox *box = page->filterBox();
        const int wanted = box->findData(filter);
        QVERIFY(wanted >= 0);
        box->setFocus();
        while (box->currentIndex() != wanted)
            QTest::keyClick(box, box->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
    }

    void importInto(MainWindow &window)
    {
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importProduction(m_production);
        QVERIFY(window.isImporting());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).value<ProductionImport::Outcome>(), ProductionImport::Outcome::Imported);
        // The progress dialog had the focus; a window manager gives it back, offscreen we do.
        QTRY_VERIFY(!window.findChild<QProgressDialog *>());
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
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
        window.resize(1366, 768);
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
        clickButton(page->pageToolBar(), page->nextBadRedactionAction());
        QCOMPARE(page->currentPage(), 5);
        clickButton(page->pageToolBar(), page->nextWithheldAction());
        QCOMPARE(page->currentPage(), 3);

        // Filter by exemption: only pages carrying it.
        chooseFilter(page, QStringLiteral("(b)(7)(C)"));
        QCOMPARE(page->pageModel()->rowCount(), 2);
        QVERIFY(page->emptyFilterMessage().isEmpty());
        chooseFilter(page, QStringLiteral("all"));
        QCOMPARE(page->pageModel()->rowCount(), 7);

        // Before a search, the space for its results says what the field does.
        const QLabel *searchHint = page->findChild<QLabel *>(QStringLiteral("searchHint"));
        QVERIFY(searchHint);
        QVERIFY(searchHint->isVisible());
        QVERIFY(!page->hitList()->isVisible());
        // Search, including the scanned page's OCR text; a click on the result opens its page.
        QTest::keyClicks(page->searchField(), QStringLiteral("apprehension"));
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QVERIFY(page->searchResults()->rowCount() >= 1);
        QVERIFY(!searchHint->isVisible());
        QVERIFY(page->hitList()->isVisible());
        QVERIFY(page->searchResults()->index(0, 0).data().toString().contains(QStringLiteral("page 4")));
        QListView *hits = page->hitList();
        QTest::mouseClick(hits->viewport(), Qt::LeftButton, {}, hits->visualRect(hits->model()->index(0, 0)).center());
        QCOMPARE(page->currentPage(), 4);
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

    // A page that hangs the renderer is given up as soon as the user leaves its document: the next
    // document's pages come at once, not after the page time limit (30 s); closing is as quick.
    void leavingAPageThatHangsTheRendererIsImmediate()
    {
        QFile file(m_production);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        qputenv("REBUTTAL_RENDER_TEST_HANG_PAGE", "2");
        auto renderer = std::make_unique<PageRenderer>();
        QSignalSpy ready(renderer.get(), &PageRenderer::pageReady);
        renderer->setDocument(pdf);
        QVERIFY(renderer->page(1, 200).isNull());
        QVERIFY(ready.wait(60000)); // the worker is up and has the document open
        QVERIFY(renderer->page(2, 200).isNull());
        QTest::qWait(500); // page 2 is now in the worker's hands, hanging
        QElapsedTimer clock;
        clock.start();
        renderer->setDocument(pdf);
        ready.clear();
        QVERIFY(renderer->page(3, 200).isNull());
        QVERIFY(ready.wait(20000));
        QCOMPARE(ready.last().at(0).toInt(), 3);
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(renderer->page(3, 200) != PageRenderer::unreadablePage(200));

        QVERIFY(renderer->page(2, 200).isNull());
        QTest::qWait(500);
        clock.restart();
        renderer.reset();
        qunsetenv("REBUTTAL_RENDER_TEST_HANG_PAGE");
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

    // A page picked in the Documents page becomes evidence for an event, and the citation opens it again.
    void pagesAreCitedAsEvidence()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.createCaseFile(m_dir.filePath(QStringLiteral("cite.rebuttal"))));
        importInto(window);
        CaseRecords records;
        Client client;
        client.ref = QStringLiteral("C-1");
        client.name = QStringLiteral("Camilo");
        client.events << CaseEvent{QStringLiteral("E1"), EventType::BondDenied, PartialDate::fromString(QStringLiteral("2021-05-02")), {}, {}, {}};
        records.clients << client;
        QVERIFY(!ClientRecords(*window.store()).importRecords(records, ActivityDetail("test")).isError());
        ClientsPage *clients = window.clientsPage();
        clients->reload();
        QVERIFY(clients->selectClient(QStringLiteral("C-1")));

        // Another client is the one shown on the Clients page: the dialog lets the user pick Camilo.
        Client other;
        other.ref = QStringLiteral("C-2");
        other.name = QStringLiteral("Alfred");
        other.events << CaseEvent{QStringLiteral("E1"), EventType::DetentionStart, PartialDate::fromString(QStringLiteral("2020-01-02")), {}, {}, {}};
        CaseRecords more;
        more.clients << other;
        QVERIFY(!ClientRecords(*window.store()).importRecords(more, ActivityDetail("test")).isError());
        clients->reload();
        QVERIFY(clients->selectClient(QStringLiteral("C-2")));

        DocumentsPage *documents = window.documentsPage();
        showPageByClick(documents, 4);
        bool sawAlfredFirst = false;
        clients->setDialogRunner([&](QDialog *dialog) {
            auto *cite = qobject_cast<CiteEventDialog *>(dialog);
            if (!cite)
                return false;
            dialog->show();
            sawAlfredFirst = cite->clientRef() == QStringLiteral("C-2");
            QTest::keyClicks(cite->clientFilter(), QStringLiteral("cami"));
            if (cite->clientRef() != QStringLiteral("C-1") || cite->eventIndex() != 0)
                return false;
            QTest::mouseClick(cite->okButton(), Qt::LeftButton);
            return dialog->result() == QDialog::Accepted;
        });
        clickButton(documents->pageToolBar(), documents->pageToolBar()->actions().last());
        QVERIFY(sawAlfredFirst);
        QCOMPARE(clients->currentRef(), QStringLiteral("C-1"));
        const Client stored = *ClientRecords(*window.store()).client(QStringLiteral("C-1"));
        QCOMPARE(stored.events.first().evidence.size(), 1);
        QCOMPARE(stored.events.first().evidence.first().document, m_truth[3].bates);
        QVERIFY(window.undoStack()->canUndo());

        // Opening the citation shows that page of that production.
        showPageByClick(documents, 1);
        clickPage(window, MainWindow::ClientsPage);
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
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.createCaseFile(m_dir.filePath(QStringLiteral("corrections.rebuttal"))));
        importInto(window);
        DocumentsPage *page = window.documentsPage();
        PageView *view = page->pageView();
        QUndoStack *undo = window.undoStack();
        showPageByClick(page, 7);
        QCOMPARE(page->currentPage(), 7);
        // The whole page on screen, so every point of it can be clicked.
        clickButton(page->findChild<QToolBar *>(QStringLiteral("zoomBar")), page->fitPageAction());
        QCOMPARE(page->pageScroll()->fit(), PageScrollArea::Fit::Page);
        const int before = int(pageOf(window, 7).redactions.size());

        // Draw a box the detector missed: Draw Box, a drag with the band shown, the codes ticked.
        clickButton(page->correctionToolBar(), page->drawBoxAction());
        QVERIFY(view->isDrawing());
        const QRectF wanted(0.2, 0.5, 0.3, 0.03);
        const QRect on = view->toWidget(wanted).toRect();
        bool asked = false;
        page->setDialogRunner(tickExemptions({QStringLiteral("(b)(6)")}, {QStringLiteral("(b)(7)(C)")}, &asked));
        QTest::mousePress(view, Qt::LeftButton, {}, on.topLeft());
        QVERIFY(view->isDraggingBox());
        dragMove(view, on.center());
        dragMove(view, on.bottomRight());
        // While dragging, the band follows the mouse.
        QVERIFY2(qAbs(view->rubberBand().width() - wanted.width()) < 0.01, qPrintable(QString::number(view->rubberBand().width())));
        QTest::mouseRelease(view, Qt::LeftButton, {}, on.bottomRight());
        QVERIFY(asked);
        QVERIFY(!view->isDraggingBox());
        QCOMPARE(pageOf(window, 7).redactions.size(), before + 1);
        const Redaction drawn = pageOf(window, 7).redactions.last();
        QVERIFY(drawn.drawnByUser);
        QCOMPARE(drawn.exemptions, (QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")}));
        QVERIFY(qAbs(drawn.box.x() - wanted.x()) < 0.01 && qAbs(drawn.box.bottom() - wanted.bottom()) < 0.01);
        QCOMPARE(view->page().redactions.size(), before + 1);
        QVERIFY(!page->drawBoxAction()->isChecked());
        undo->undo();
        QCOMPARE(pageOf(window, 7).redactions.size(), before);
        undo->redo();
        QCOMPARE(pageOf(window, 7).redactions.size(), before + 1);

        // A click is not a box; Cancel in the dialog adds nothing.
        clickButton(page->correctionToolBar(), page->drawBoxAction());
        asked = false;
        QTest::mouseClick(view, Qt::LeftButton, {}, on.center());
        QVERIFY(!asked);
        page->setDialogRunner([](QDialog *) { return false; });
        QTest::mousePress(view, Qt::LeftButton, {}, view->toWidget(QRectF(0.6, 0.1, 0.2, 0.05)).toRect().topLeft());
        dragMove(view, view->toWidget(QRectF(0.6, 0.1, 0.2, 0.05)).toRect().bottomRight());
        QTest::mouseRelease(view, Qt::LeftButton, {}, view->toWidget(QRectF(0.6, 0.1, 0.2, 0.05)).toRect().bottomRight());
        QCOMPARE(pageOf(window, 7).redactions.size(), before + 1);
        clickButton(page->correctionToolBar(), page->drawBoxAction());
        QVERIFY(!view->isDrawing());

        // Click the box to select it, change its codes in the checklist, then delete it with the key.
        QTest::mouseClick(view, Qt::LeftButton, {}, centreOf(view, drawn.box));
        QCOMPARE(view->selectedRedaction(), drawn.id);
        QVERIFY(page->editCodesAction()->isEnabled());
        page->setDialogRunner(tickExemptions({QStringLiteral("(b)(6)"), QStringLiteral("(b)(5)")}, {QStringLiteral("(b)(7)(C)")}));
        clickButton(page->correctionToolBar(), page->editCodesAction());
        QCOMPARE(pageOf(window, 7).redactions.last().exemptions, QStringList{QStringLiteral("(b)(5)")});
        QTest::mouseClick(view, Qt::LeftButton, {}, centreOf(view, drawn.box));
        QCOMPARE(view->selectedRedaction(), drawn.id);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(pageOf(window, 7).redactions.size(), before);
        undo->undo();
        undo->undo();
        QCOMPARE(pageOf(window, 7).redactions.last().exemptions,
                 (QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")}));

        // Double-clicking a box opens the checklist with its codes ticked.
        QStringList ticked;
        page->setDialogRunner([&](QDialog *dialog) {
            ticked = qobject_cast<ExemptionDialog *>(dialog)->codes();
            return false;
        });
        QTest::mouseDClick(view, Qt::LeftButton, {}, centreOf(view, drawn.box));
        QCOMPARE(ticked, (QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")}));

        // A detector box can be deleted too; undo brings it back.
        showPageByClick(page, 1);
        const Redaction detected = pageOf(window, 1).redactions.first();
        QVERIFY(!detected.drawnByUser);
        QTest::mouseClick(view, Qt::LeftButton, {}, centreOf(view, detected.box));
        QCOMPARE(view->selectedRedaction(), detected.id);
        clickButton(page->correctionToolBar(), page->deleteBoxAction());
        QCOMPARE(pageOf(window, 1).redactions.size(), m_truth[0].boxes.size() - 1);
        undo->undo();
        QCOMPARE(pageOf(window, 1).redactions.size(), m_truth[0].boxes.size());

        // Mark a page withheld; it shows as the user's.
        showPageByClick(page, 2);
        clickButton(page->correctionToolBar(), page->markWithheldAction());
        QVERIFY(pageOf(window, 2).withheldInFull);
        QVERIFY(pageOf(window, 2).withheldByUser);
        undo->undo();
        QVERIFY(!pageOf(window, 2).withheldInFull);

        // With the readable box on page 5 deleted, Next Readable finds nothing and says so in the
        // status bar, not in a box; the filter for readable redactions says it keeps no page.
        showPageByClick(page, 5);
        for (const Redaction &r : pageOf(window, 5).redactions) {
            if (r.textUnderBox.isEmpty())
                continue;
            QTest::mouseClick(view, Qt::LeftButton, {}, centreOf(view, r.box));
            QCOMPARE(view->selectedRedaction(), r.id);
            QTest::keyClick(view, Qt::Key_Delete);
        }
        MessageBox::clearRecordedMessages();
        clickButton(page->pageToolBar(), page->nextBadRedactionAction());
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Nothing found")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(MessageBox::recordedMessages().isEmpty());
        chooseFilter(page, QStringLiteral("bad"));
        QCOMPARE(page->pageModel()->rowCount(), 0);
        QVERIFY(page->emptyFilterMessage().contains(QStringLiteral("readable")));
        chooseFilter(page, QStringLiteral("all"));
        QVERIFY(page->emptyFilterMessage().isEmpty());
        undo->undo();

        // Detect again: the user's box on page 7 stays.
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.redetectProduction(page->currentDocument());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).value<ProductionImport::Outcome>(), ProductionImport::Outcome::Imported);
        QCOMPARE(pageOf(window, 7).redactions.size(), before + 1);
        QVERIFY(pageOf(window, 7).redactions.last().drawnByUser);

        QStringList actions;
        for (const ActivityEntry &entry : window.store()->activity().entries())
            actions << entry.action;
        for (const char *action : {"edit.redaction.add", "edit.redaction.codes", "edit.redaction.delete", "edit.redaction.restore",
                                   "edit.page.withheld", "redetect.production"})
            QVERIFY2(actions.contains(QString::fromLatin1(action)), action);
    }

    // Zoom by buttons, keys and Ctrl+wheel; search hits walked with F3 / Shift+F3 and kept in view.
    void zoomAndSearchHits()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.createCaseFile(m_dir.filePath(QStringLiteral("zoom.rebuttal"))));
        importInto(window);
        DocumentsPage *page = window.documentsPage();
        PageScrollArea *scroll = page->pageScroll();
        PageView *view = page->pageView();
        QToolBar *zoomBar = page->findChild<QToolBar *>(QStringLiteral("zoomBar"));
        QVERIFY(zoomBar);

        clickButton(zoomBar, page->fitWidthAction());
        QCOMPARE(view->width(), scroll->viewport()->width());
        QVERIFY(view->height() > scroll->viewport()->height());
        clickButton(zoomBar, page->fitPageAction());
        QVERIFY(view->height() <= scroll->viewport()->height());
        QVERIFY(view->width() <= scroll->viewport()->width());
        const double fitted = scroll->scale();

        view->setFocus();
        QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(scroll->fit(), PageScrollArea::Fit::None);
        QVERIFY(qAbs(scroll->scale() - fitted * 1.25) < 1e-6);
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(qAbs(scroll->scale() - fitted) < 1e-6);
        clickButton(zoomBar, page->zoomInAction());
        QVERIFY(qAbs(scroll->scale() - fitted * 1.25) < 1e-6);
        // Ctrl+wheel zooms. A synthesized wheel event does not propagate from the page to the
        // viewport as a real one does, so it goes to the viewport.
        auto wheel = [&](int delta, Qt::KeyboardModifiers modifiers) {
            const QPointF at(scroll->viewport()->width() / 2.0, 50);
            QWheelEvent event(at, scroll->viewport()->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(scroll->viewport(), &event);
        };
        wheel(120, Qt::ControlModifier);
        wheel(120, Qt::ControlModifier);
        QVERIFY(qAbs(scroll->scale() - fitted * 1.25 * 1.25 * 1.25) < 1e-6);
        wheel(-120, Qt::ControlModifier);
        QVERIFY(qAbs(scroll->scale() - fitted * 1.25 * 1.25) < 1e-6);
        for (int i = 0; i < 3; ++i)
            clickButton(zoomBar, page->zoomInAction());
        QVERIFY(view->width() > scroll->viewport()->width());

        // Search by typing; F3 opens the first result's page and scrolls its hit into view, at this
        // zoom; F3 again goes to the next result's page, Shift+F3 back.
        QTest::keyClicks(page->searchField(), QStringLiteral("exemption"));
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QAbstractItemModel *results = page->searchResults();
        QVERIFY(results->rowCount() >= 2);
        auto resultPage = [&](int row) {
            return QRegularExpression(QStringLiteral("page (\\d+)")).match(results->index(row, 0).data().toString()).captured(1).toInt();
        };
        const int first = resultPage(0), second = resultPage(1);
        QVERIFY(first != second);
        const auto inView = [&] {
            const QRect area = view->toWidget(view->focusArea()).toRect();
            const QRect shown(view->mapFrom(scroll->viewport(), QPoint(0, 0)), scroll->viewport()->size());
            return !area.isEmpty() && shown.contains(area.center());
        };
        scroll->verticalScrollBar()->setValue(0);
        QTest::keyClick(page->searchField(), Qt::Key_F3);
        QCOMPARE(page->currentPage(), first);
        QTRY_VERIFY(!view->highlights().isEmpty());
        QTRY_VERIFY(inView());
        QCOMPARE(view->highlights().size(), 1);
        QTest::keyClick(view, Qt::Key_F3);
        QCOMPARE(page->currentPage(), second);
        QTRY_VERIFY(!view->highlights().isEmpty());
        QTRY_VERIFY(inView());
        QTest::keyClick(view, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(page->currentPage(), first);
        QTRY_VERIFY(inView());
        // Zooming keeps a selected box in view.
        clickButton(zoomBar, page->fitPageAction());
        showPageByClick(page, 1);
        const Redaction box = view->page().redactions.last();
        QTest::mouseClick(view, Qt::LeftButton, {}, centreOf(view, box.box));
        QCOMPARE(view->selectedRedaction(), box.id);
        for (int i = 0; i < 5; ++i)
            clickButton(zoomBar, page->zoomInAction());
        QVERIFY(view->width() > scroll->viewport()->width());
        QVERIFY(inView());
    }

    // A production of 3,000 pages opens with its first batch read, not every page: the strip holds
    // PageListModel::FirstBatch rows, and scrolling it (End, then the mouse wheel) reads more. The
    // legend and the filter still count every page's boxes, and "next withheld" finds a page past
    // the rows read.
    void largeProductionReadsPagesAsTheStripScrolls()
    {
        constexpr int pageCount = 3000;
        // The PDF: blank letter pages (the rows are what is tested, not the thumbnails).
        const QString pdfPath = m_dir.filePath(QStringLiteral("large.pdf"));
        {
            QPdfWriter writer(pdfPath);
            writer.setPageSize(QPageSize(QPageSize::Letter));
            QPainter painter(&writer);
            for (int k = 1; k < pageCount; ++k)
                writer.newPage();
        }
        QFile file(pdfPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();

        // Every third page a (b)(6) box; page 2,999 a box with text under it; pages 500, 1,000, ...
        // withheld in full under (b)(5): all of it past the first batch but the (b)(6) boxes.
        StoreError error;
        std::unique_ptr<CaseStore> store = CaseStore::create(m_dir.filePath(QStringLiteral("large.rebuttal")), &error);
        QVERIFY2(store, qPrintable(error.message));
        {
            ProductionWriter writer(*store);
            QVERIFY(!writer.begin(pdfPath, QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex())).isError());
            for (int number = 1; number <= pageCount; ++number) {
                ProductionPage page;
                page.number = number;
                page.sizePt = QSizeF(612, 792);
                page.bates = QStringLiteral("DHS-%1").arg(number, 6, 10, QLatin1Char('0'));
                page.text = QStringLiteral("page %1").arg(number);
                page.textSource = TextSource::Layer;
                if (number % 3 == 0) {
                    Redaction box;
                    box.box = QRectF(0.1, 0.1, 0.3, 0.03);
                    box.exemptions = {QStringLiteral("(b)(6)")};
                    page.redactions << box;
                }
                if (number == 2999) {
                    Redaction box;
                    box.box = QRectF(0.1, 0.5, 0.3, 0.03);
                    box.exemptions = {QStringLiteral("(b)(7)(C)")};
                    box.textUnderBox = QStringLiteral("still readable");
                    page.redactions << box;
                }
                if (number % 500 == 0) {
                    page.withheldInFull = true;
                    page.pageExemptions = {QStringLiteral("(b)(5)")};
                }
                QVERIFY(!writer.addPage(page).isError());
            }
            QVERIFY(!writer.commit(pageCount).isError());
        }

        QUndoStack undo;
        DocumentsPage page(&undo, nullptr);
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const std::unique_ptr<OpenStore> open = OpenStore::ofFile(std::move(store));
        page.setStore(open.get());
        QCOMPARE(page.currentPage(), 1);
        QAbstractItemModel *strip = page.pageModel();
        QCOMPARE(strip->rowCount(), PageListModel::FirstBatch);
        QVERIFY(strip->canFetchMore({}));

        // The legend and the filter's choices count the boxes on every page, read or not.
        QMap<QString, int> legend;
        for (int row = 0; row < page.legend()->rowCount(); ++row)
            legend.insert(page.legend()->index(row, 0).data().toString(), page.legend()->index(row, 1).data().toInt());
        QCOMPARE(legend.value(QStringLiteral("(b)(6)")), pageCount / 3);
        QCOMPARE(legend.value(QStringLiteral("(b)(7)(C)")), 1);
        QCOMPARE(legend.value(page.tr("Text readable under box")), 1);
        QVERIFY(page.filterBox()->findData(QStringLiteral("(b)(5)")) >= 0);
        QVERIFY(page.filterBox()->findData(QStringLiteral("(b)(7)(C)")) >= 0);
        QCOMPARE(strip->rowCount(), PageListModel::FirstBatch); // counting them read no page

        // End goes to the last row read; the strip, scrolled to its end, reads the next batch.
        QListView *list = page.pageList();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_End);
        QCOMPARE(page.currentPage(), PageListModel::FirstBatch);
        QTRY_VERIFY(strip->rowCount() > PageListModel::FirstBatch);
        QVERIFY(strip->rowCount() < pageCount);
        // Turning the mouse wheel down the strip reaches its end again and reads another batch.
        const int afterKey = strip->rowCount();
        const QPoint centre = list->viewport()->rect().center();
        for (int notch = 0; notch < 1000 && strip->rowCount() == afterKey; ++notch) {
            QWheelEvent wheel(QPointF(centre), QPointF(list->viewport()->mapToGlobal(centre)), QPoint(), QPoint(0, -120),
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(list->viewport(), &wheel);
            QCoreApplication::processEvents();
        }
        QVERIFY(strip->rowCount() > afterKey);
        QVERIFY(strip->rowCount() < pageCount);
        for (int row = 0; row < strip->rowCount(); ++row)
            QCOMPARE(strip->index(row, 0).data(PageListModel::PageRole).toInt(), row + 1);

        // Opened again, "next withheld" from page 1 finds page 500, past the rows read on opening.
        page.setStore(open.get());
        QCOMPARE(page.currentPage(), 1);
        // (The strip, scrolled down before, may read a batch or two as it returns to the top.)
        QVERIFY(strip->rowCount() < 500);
        clickButton(page.pageToolBar(), page.nextWithheldAction());
        QCOMPARE(page.currentPage(), 500);
        QCOMPARE(strip->rowCount(), pageCount);
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
        QCOMPARE(finished.first().at(0).value<ProductionImport::Outcome>(), ProductionImport::Outcome::NeedsPassword);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.last().at(0).value<ProductionImport::Outcome>(), ProductionImport::Outcome::Imported);
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
        QCOMPARE(finished.first().at(0).value<ProductionImport::Outcome>(), ProductionImport::Outcome::Rejected);
        QVERIFY(MessageBox::recordedMessages().last().contains(QStringLiteral("notes.pdf")));
    }
};

QTEST_MAIN(TestDocumentsPage)
#include "tst_documentspage.moc"
