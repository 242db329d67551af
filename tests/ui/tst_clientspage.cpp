// The Clients page offscreen: adding and editing clients, allegations and events through the
// dialogs, undo and redo of each edit, the SQL-side filter, the timeline's clicks.
#include "MainWindow.h"
#include "models/EventTableModel.h"
#include "EmptyState.h"
#include "MessageBox.h"
#include "TimelineView.h"
#include "dialogs/AllegationDialog.h"
#include "dialogs/ClientDialog.h"
#include "dialogs/EventDialog.h"
#include "models/ClientListModel.h"
#include "pages/ClientsPage.h"
#include "store/ActivityLog.h"
#include "store/CaseStore.h"
#include "store/ClientRecords.h"
#include "domain/ActivityDetail.h"

#include <QApplication>
#include <QSettings>
#include <QHeaderView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTabBar>
#include <QToolBar>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QHelpEvent>
#include <QWheelEvent>
#include <QUndoStack>

using namespace rebuttal;

namespace {

// Types into a dialog's field as a user would: click it, select what is there, type over it.
void setText(QDialog *dialog, const char *name, const QString &text)
{
    QWidget *field = dialog->findChild<QLineEdit *>(QLatin1String(name));
    if (!field)
        field = dialog->findChild<QPlainTextEdit *>(QLatin1String(name));
    QVERIFY2(field, name);
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keySequence(field, QKeySequence::SelectAll);
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Delete);
    // Letters beyond ASCII ("é") arrive as text, the way a keyboard layout or input method sends them.
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(field, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Chooses a combo box entry with the keyboard: Home, then Down until it is the one.
void choose(QDialog *dialog, const char *name, const QString &code)
{
    auto *combo = dialog->findChild<QComboBox *>(QLatin1String(name));
    QVERIFY(combo);
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toString() != code; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toString(), code);
}

void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QPushButton *buttonNamed(QDialog *dialog, const QString &text)
{
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == text)
            return button;
    }
    return nullptr;
}

// Clicks a toolbar's button for `action`, as the user does.
void clickToolButton(QToolBar *bar, QAction *action)
{
    QWidget *button = bar->widgetForAction(action);
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
}

void clickRow(QTableView *table, int row)
{
    const QRect cell = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
}

// The page's dialogs are shown (not run modally) so that `fill` can type into each and click its
// buttons, as the user does; `titles` collects their titles.
void fillDialogs(ClientsPage *page, QWidget *window, const std::function<void(QDialog *)> &fill, QStringList *titles = nullptr)
{
    page->setDialogRunner([window, &fill, titles](QDialog *dialog) {
        if (titles)
            *titles << dialog->windowTitle();
        dialog->setResult(QDialog::Rejected);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog))
            return false;
        fill(dialog);
        const bool accepted = dialog->result() == QDialog::Accepted;
        dialog->hide();
        QApplication::setActiveWindow(window); // as when a modal dialog closes
        return accepted;
    });
}

// The demo case file in a shown window, with client `ref` selected; null when that fails.
ClientsPage *showDemoClient(MainWindow &window, const QString &ref)
{
    window.resize(1300, 900);
    window.show();
    if (!window.openDemo() || !window.clientsPage()->selectClient(ref) || !QTest::qWaitForWindowExposed(&window))
        return nullptr;
    return window.clientsPage();
}

} // namespace

class TestClientsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setAutomatic(true);
    }

    void init() { MessageBox::clearRecordedMessages(); }

    void editsThroughTheDialogsWithUndo()
    {
        MainWindow window;
        window.resize(1300, 760);
        window.show();
        QVERIFY(window.createCaseFile(m_dir.filePath(QStringLiteral("edit.rebuttal"))));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ClientsPage *page = window.clientsPage();
        QVERIFY(page->isShowingEmptyState());
        // No clients: no "choose a client in the list" beside a list that is not there.
        auto *noneChosen = page->findChild<QWidget *>(QStringLiteral("noClientSelected"));
        QVERIFY(noneChosen);
        QVERIFY(!noneChosen->isVisibleTo(page));
        ClientRecords records(*window.store());
        QUndoStack *undo = window.undoStack();

        // Each step of the test says what the user does in the next dialog.
        std::function<void(QDialog *)> fill;
        QStringList titles;
        fillDialogs(page, &window, fill, &titles);

        fill = [](QDialog *dialog) {
            QVERIFY(qobject_cast<ClientDialog *>(dialog));
            setText(dialog, "ref", QStringLiteral("C-100"));
            setText(dialog, "name", QStringLiteral("Rosa Méndez"));
            setText(dialog, "country", QStringLiteral("gt"));
            // The code reads as the country's name beside the field.
            QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("countryName"))->text(), QStringLiteral("Guatemala"));
            setText(dialog, "aNumber", QStringLiteral("A123456789"));
            clickOk(dialog);
        };
        page->clientTable()->setFocus();
        QTest::keyClick(page, Qt::Key_N, Qt::ControlModifier | Qt::AltModifier); // Client > New Client
        QCOMPARE(titles.last(), QStringLiteral("New Client"));
        QCOMPARE(page->currentRef(), QStringLiteral("C-100"));
        QVERIFY(!page->isShowingEmptyState());
        QCOMPARE(records.client(QStringLiteral("C-100"))->name, QStringLiteral("Rosa Méndez"));
        QCOMPARE(records.client(QStringLiteral("C-100"))->country, QStringLiteral("GT"));

        fill = [](QDialog *dialog) {
            QVERIFY(qobject_cast<AllegationDialog *>(dialog));
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("ref"))->text(), QStringLiteral("AL1"));
            choose(dialog, "source", QStringLiteral("RED_NOTICE"));
            choose(dialog, "kind", QStringLiteral("warrant"));
            setText(dialog, "assertedOn", QStringLiteral("2020-01-10"));
            setText(dialog, "disclosedOn", QStringLiteral("2020-03"));
            choose(dialog, "status", QStringLiteral("contested"));
            clickOk(dialog);
        };
        clickToolButton(page->clientToolBar(), page->addAllegationAction());
        // A new allegation is not "Edit Allegation AL1", whatever ref it is offered.
        QCOMPARE(titles.last(), QStringLiteral("New Allegation"));
        QCOMPARE(records.client(QStringLiteral("C-100"))->allegations.size(), 1);
        QCOMPARE(records.client(QStringLiteral("C-100"))->allegations.first().disclosedOn.toString(), QStringLiteral("2020-03"));

        page->setShownPageSource([] {
            return std::optional<EventDialog::ShownPage>(EventDialog::ShownPage{{QStringLiteral("ICE-000117"), 0}, QStringLiteral("p. 17")});
        });
        fill = [](QDialog *dialog) {
            auto *eventDialog = qobject_cast<EventDialog *>(dialog);
            QVERIFY(eventDialog);
            choose(dialog, "type", QStringLiteral("detention_start"));
            setText(dialog, "date", QStringLiteral("2020-01-10"));
            // Tick the allegation: select it, then Space.
            auto *reliedOn = dialog->findChild<QListView *>(QStringLiteral("reliedOn"));
            const QModelIndex first = reliedOn->model()->index(0, 0);
            QTest::mouseClick(reliedOn->viewport(), Qt::LeftButton, {}, reliedOn->visualRect(first).center());
            QTest::keyClick(reliedOn, Qt::Key_Space);
            QCOMPARE(eventDialog->reliedOnModel()->item(0)->checkState(), Qt::Checked);
            QPushButton *citeShown = buttonNamed(dialog, QStringLiteral("Cite the Page Shown in Documents"));
            QVERIFY(citeShown);
            QTest::mouseClick(citeShown, Qt::LeftButton);
            MessageBox::setAutomaticInput(QStringLiteral("12#3"));
            QTest::mouseClick(buttonNamed(dialog, QStringLiteral("Add Citation...")), Qt::LeftButton);
            MessageBox::setAutomaticInput(QString());
            clickOk(dialog);
        };
        page->eventTable()->setFocus();
        QTest::keyClick(page, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier); // Client > Add Event
        QCOMPARE(titles.last(), QStringLiteral("New Event"));
        fill = [](QDialog *dialog) {
            choose(dialog, "type", QStringLiteral("release"));
            setText(dialog, "date", QStringLiteral("2020-02-20"));
            clickOk(dialog);
        };
        clickToolButton(page->clientToolBar(), page->addEventAction());
        Client stored = *records.client(QStringLiteral("C-100"));
        QCOMPARE(stored.events.size(), 2);
        QCOMPARE(stored.events.first().reliedOn, QStringList{QStringLiteral("AL1")});
        QCOMPARE(stored.events.first().evidence,
                 (QList<EvidenceCitation>{{QStringLiteral("ICE-000117"), 0}, {QStringLiteral("12"), 3}}));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("clientFigures"))->text().contains(QStringLiteral("41")));
        QCOMPARE(page->eventTable()->model()->rowCount(), 2);

        // A bad date is refused in the dialog, with the reason, and nothing is written.
        fill = [](QDialog *dialog) {
            setText(dialog, "date", QStringLiteral("2020-02-30"));
            clickOk(dialog);
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("problem"))->text().contains(QStringLiteral("2020-02-30")));
            QTest::keyClick(dialog, Qt::Key_Escape);
            QVERIFY(!dialog->isVisible());
        };
        const int before = undo->count();
        clickToolButton(page->clientToolBar(), page->addEventAction());
        QCOMPARE(undo->count(), before);
        QCOMPARE(records.client(QStringLiteral("C-100"))->events.size(), 2);

        // Deleting an allegation that events relied on asks first, then unlinks them.
        auto *tabs = page->findChild<QTabWidget *>();
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tabs->indexOf(page->allegationTab())).center());
        QCOMPARE(tabs->currentWidget(), page->allegationTab());
        clickRow(page->allegationTable(), 0);
        MessageBox::setAutomatic(true, QMessageBox::Yes);
        QTest::keyClick(page->allegationTable(), Qt::Key_Delete);
        MessageBox::setAutomatic(true);
        QCOMPARE(records.client(QStringLiteral("C-100"))->allegations.size(), 0);
        QVERIFY(records.client(QStringLiteral("C-100"))->events.first().reliedOn.isEmpty());

        // Undo (Ctrl+Z) walks every edit back, redo forward again.
        QTest::keySequence(&window, QKeySequence::Undo);
        QCOMPARE(*records.client(QStringLiteral("C-100")), stored);
        QCOMPARE(page->currentClient(), std::optional<Client>(stored));
        while (undo->canUndo())
            QTest::keySequence(&window, QKeySequence::Undo);
        QCOMPARE(records.clientCount(), 0);
        QVERIFY(page->isShowingEmptyState());
        QVERIFY(!noneChosen->isVisibleTo(page));
        while (undo->canRedo())
            QTest::keySequence(&window, QKeySequence::Redo);
        QCOMPARE(records.clientCount(), 1);
        QCOMPARE(records.client(QStringLiteral("C-100"))->allegations.size(), 0);

        // Every edit is in the activity log.
        const QList<ActivityEntry> log = window.store()->activity().entries();
        QVERIFY(std::count_if(log.cbegin(), log.cend(), [](const ActivityEntry &e) { return e.action.startsWith(QStringLiteral("edit.client")); }) >= 10);

        // Adding a client with a ref another has is refused, said, and not in the history; the
        // dialog comes back, and Escape gives up.
        int attempts = 0;
        fill = [&](QDialog *dialog) {
            if (++attempts > 1) {
                QTest::keyClick(dialog, Qt::Key_Escape);
                return;
            }
            setText(dialog, "ref", QStringLiteral("C-100"));
            setText(dialog, "name", QStringLiteral("Someone else"));
            clickOk(dialog);
        };
        const int count = undo->count();
        MessageBox::clearRecordedMessages();
        page->clientTable()->setFocus();
        QTest::keyClick(page, Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(attempts, 2);
        QCOMPARE(MessageBox::recordedMessages().size(), 1);
        QVERIFY2(MessageBox::recordedMessages().first().contains(QStringLiteral("C-100")), qPrintable(MessageBox::recordedMessages().first()));
        QCOMPARE(undo->count(), count);
        QCOMPARE(records.client(QStringLiteral("C-100"))->name, QStringLiteral("Rosa Méndez"));
    }

    // A client with no events or allegations yet: each tab says what it holds and offers the step
    // that adds the first row; the row then shows in its table, and deleting the last one brings
    // the empty state back with the keyboard on its button.
    void emptyTablesSayWhatTheyHoldAndAddTheFirstRow()
    {
        MainWindow window;
        window.resize(1300, 760);
        window.show();
        QVERIFY(window.createCaseFile(m_dir.filePath(QStringLiteral("empty tables.rebuttal"))));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ClientsPage *page = window.clientsPage();
        ClientRecords records(*window.store());
        std::function<void(QDialog *)> fill;
        fillDialogs(page, &window, fill);
        fill = [](QDialog *dialog) {
            setText(dialog, "name", QStringLiteral("Ana"));
            clickOk(dialog);
        };
        QTest::mouseClick(page->emptyState()->findChild<QPushButton *>(), Qt::LeftButton); // "New Client"
        QVERIFY(page->currentClient());

        auto *tabs = page->findChild<QTabWidget *>();
        auto *noEvents = page->findChild<EmptyState *>(QStringLiteral("eventTableEmpty"));
        auto *noAllegations = page->findChild<EmptyState *>(QStringLiteral("allegationTableEmpty"));
        QVERIFY(noEvents && noAllegations);
        QCOMPARE(tabs->currentWidget(), page->eventTab());
        QVERIFY(noEvents->isVisible());
        QVERIFY(!page->eventTable()->isVisible());
        QVERIFY(noEvents->findChild<QLabel *>()->text().contains(QStringLiteral("No events")));

        // The empty state's own button adds the first event.
        fill = [](QDialog *dialog) {
            choose(dialog, "type", QStringLiteral("detention_start"));
            setText(dialog, "date", QStringLiteral("2021-04-02"));
            clickOk(dialog);
        };
        auto *addEvent = noEvents->findChild<QPushButton *>();
        QCOMPARE(addEvent->text(), QStringLiteral("Add Event"));
        QTest::mouseClick(addEvent, Qt::LeftButton);
        QCOMPARE(records.client(page->currentRef())->events.size(), 1);
        QVERIFY(page->eventTable()->isVisible());
        QVERIFY(!noEvents->isVisible());
        QCOMPARE(page->eventTable()->model()->rowCount(), 1);

        // The allegations tab, clicked, says the same of allegations; Tab and Enter add the first.
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tabs->indexOf(page->allegationTab())).center());
        QVERIFY(noAllegations->isVisible());
        fill = [](QDialog *dialog) {
            choose(dialog, "source", QStringLiteral("SAFE"));
            clickOk(dialog);
        };
        auto *addAllegation = noAllegations->findChild<QPushButton *>();
        QCOMPARE(addAllegation->text(), QStringLiteral("Add Allegation"));
        addAllegation->setFocus(Qt::TabFocusReason);
        QTest::keyClick(addAllegation, Qt::Key_Return);
        QCOMPARE(records.client(page->currentRef())->allegations.size(), 1);
        QCOMPARE(tabs->currentWidget(), page->allegationTab());
        QVERIFY(page->allegationTable()->isVisible());

        // Deleting the only event (Delete on its row) shows the empty state again, its button focused.
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tabs->indexOf(page->eventTab())).center());
        clickRow(page->eventTable(), 0);
        QTest::keyClick(page->eventTable(), Qt::Key_Delete);
        QVERIFY(records.client(page->currentRef())->events.isEmpty());
        QVERIFY(noEvents->isVisible());
        QCOMPARE(QApplication::focusWidget(), addEvent);
    }

    // Two windows (or two processes) on the same case file: an edit saved over a change the other
    // window made since the client was read is refused, said with who and when, and the reload
    // the message offers shows the other change.
    void anEditOverAnotherWindowsChangeIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("two-windows.rebuttal"));
        MainWindow window;
        window.resize(1300, 760);
        window.show();
        QVERIFY(window.createCaseFile(path));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ClientsPage *page = window.clientsPage();
        Client client;
        client.ref = QStringLiteral("C-1");
        client.name = QStringLiteral("Maria");
        QVERIFY(!ClientRecords(*window.store()).saveClient({}, client, QStringLiteral("edit.client.add"), ActivityDetail("test")).isError());
        page->reload();
        QVERIFY(page->selectClient(client.ref));

        // The other window renames the client.
        StoreError error;
        std::unique_ptr<CaseStore> other = CaseStore::open(path, &error);
        QVERIFY2(other, qPrintable(error.message));
        RowStamp read;
        std::optional<Client> theirs = ClientRecords(*other).client(client.ref, &error, &read);
        QVERIFY(theirs);
        theirs->name = QStringLiteral("Maria (other window)");
        QVERIFY(!ClientRecords(*other).saveClient(client.ref, theirs, QStringLiteral("edit.client"), ActivityDetail("test"),
                                                  read.version).isError());

        // This window, still showing the old record, edits the A-number: refused, then reloaded.
        // The dialog comes back, and the user, having seen the other change, gives up this one.
        int attempts = 0;
        bool giveUp = true;
        page->setDialogRunner([&](QDialog *dialog) {
            ++attempts;
            dialog->setResult(QDialog::Rejected);
            dialog->show();
            if (!QTest::qWaitForWindowExposed(dialog))
                return false;
            if (attempts == 2 && giveUp) {
                QTest::keyClick(dialog, Qt::Key_Escape);
            } else {
                setText(dialog, "aNumber", QStringLiteral("A987654321"));
                clickOk(dialog);
            }
            const bool accepted = dialog->result() == QDialog::Accepted;
            dialog->hide();
            QApplication::setActiveWindow(&window);
            return accepted;
        });
        const int history = window.undoStack()->count();
        MessageBox::setAutomatic(true, QMessageBox::Yes);
        clickToolButton(page->clientToolBar(), page->editClientAction());
        MessageBox::setAutomatic(true);
        QCOMPARE(attempts, 2);
        QCOMPARE(MessageBox::recordedMessages().size(), 1);
        const QString message = MessageBox::recordedMessages().first();
        QVERIFY2(message.contains(ActivityLog::currentUser()) && message.contains(QStringLiteral("since you opened it")),
                 qPrintable(message));
        QCOMPARE(window.undoStack()->count(), history);
        const std::optional<Client> stored = ClientRecords(*other).client(client.ref, &error);
        QCOMPARE(stored->name, theirs->name);
        QVERIFY(stored->aNumber.isEmpty());
        QCOMPARE(page->currentClient()->name, theirs->name); // reloaded

        // Edited again on the record as it is now, the change is saved.
        attempts = 0;
        giveUp = false;
        clickToolButton(page->clientToolBar(), page->editClientAction());
        QCOMPARE(attempts, 1);
        QCOMPARE(ClientRecords(*other).client(client.ref, &error)->aNumber, QStringLiteral("A987654321"));
        QCOMPARE(ClientRecords(*other).client(client.ref, &error)->name, theirs->name);

        // Undo over a later change of the other window is refused as well, not written back over it.
        theirs = ClientRecords(*other).client(client.ref, &error, &read);
        theirs->notes = QStringLiteral("Later note from the other window");
        QVERIFY(!ClientRecords(*other).saveClient(client.ref, theirs, QStringLiteral("edit.client"), ActivityDetail("test"),
                                                  read.version).isError());
        MessageBox::clearRecordedMessages();
        MessageBox::setAutomatic(true, QMessageBox::No);
        QTest::keySequence(&window, QKeySequence::Undo);
        MessageBox::setAutomatic(true);
        QCOMPARE(MessageBox::recordedMessages().size(), 1);
        QCOMPARE(*ClientRecords(*other).client(client.ref, &error), *theirs);
    }

    void filtersAndSortsInSql()
    {
        MainWindow window;
        QVERIFY(window.createCaseFile(m_dir.filePath(QStringLiteral("list.rebuttal"))));
        CaseRecords many;
        for (int i = 0; i < 600; ++i) {
            Client client;
            client.ref = QStringLiteral("R-%1").arg(i, 4, 10, QLatin1Char('0'));
            client.name = i % 100 == 7 ? QStringLiteral("Zelaya %1").arg(i) : QStringLiteral("Person %1").arg(i);
            client.country = i % 2 ? QStringLiteral("SV") : QStringLiteral("HN");
            if (i % 3 == 0)
                client.allegations << Allegation{QStringLiteral("AL1"), AllegationSource::Tag, AllegationKind::GangAffiliation, {}, {}, {}, {}, {}, {}, {}};
            many.clients << client;
        }
        QVERIFY(!ClientRecords(*window.store()).importRecords(many, ActivityDetail("many")).isError());
        ClientsPage *page = window.clientsPage();
        page->reload();
        // (QAbstractItemModelTester fetches every row on each reset, so it cannot check laziness.)
        ClientListModel list;
        auto *model = &list;
        model->setStore(window.openStore());
        if (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->totalCount(), 600);
        QVERIFY(model->rowCount() < 600); // fetched as the view needs them
        model->setFilter(QStringLiteral("zelaya"));
        QCOMPARE(model->totalCount(), 6);
        model->setFilter(QStringLiteral("tag hn"));
        QCOMPARE(model->totalCount(), 100); // i % 3 == 0 and even: i % 6 == 0
        model->setFilter(QStringLiteral("100%"));
        QCOMPARE(model->totalCount(), 0);
        model->setFilter(QString());
        model->sort(ClientListModel::Name, Qt::DescendingOrder);
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QVERIFY(model->index(0, ClientListModel::Name).data().toString().startsWith(QStringLiteral("Zelaya")));
        model->sort(ClientListModel::Allegations, Qt::DescendingOrder);
        model->fetchMore({});
        QCOMPARE(model->index(0, ClientListModel::Allegations).data().toInt(), 1);
        QCOMPARE(model->rowOf(QStringLiteral("R-0599")) >= 0, true);
        QVERIFY(page->selectClient(QStringLiteral("R-0599")));
        QCOMPARE(page->currentRef(), QStringLiteral("R-0599"));
    }

    void timelineClicksSelectAndOpen()
    {
        MainWindow window;
        ClientsPage *page = showDemoClient(window, QStringLiteral("C-001"));
        QVERIFY(page);
        TimelineView *timeline = page->timeline();
        QVERIFY(timeline->hasClient());
        const TimelinePainter *painter = timeline->painter();

        // Clicking an event's marker selects it in the events table.
        const Client client = *page->currentClient();
        int detained = -1;
        for (int i = 0; i < client.events.size(); ++i) {
            if (client.events.at(i).type == EventType::DetentionStart)
                detained = i;
        }
        QVERIFY(detained >= 0);
        const QRectF marker = painter->boundsOf({TimelineHit::Kind::Event, detained}, timeline->plotRect());
        QVERIFY(!marker.isEmpty());
        QTest::mouseClick(timeline, Qt::LeftButton, {}, marker.center().toPoint());
        const QModelIndexList selected = page->eventTable()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(Qt::UserRole).toInt(), detained);

        // An evidence mark opens its page; this demo has no productions, so the user is told why.
        int cited = -1;
        for (int i = 0; i < client.events.size(); ++i) {
            if (!client.events.at(i).evidence.isEmpty())
                cited = i;
        }
        QVERIFY(cited >= 0);
        const QRectF glyph = painter->boundsOf({TimelineHit::Kind::Evidence, cited, 0}, timeline->plotRect());
        QVERIFY(!glyph.isEmpty());
        QTest::mouseClick(timeline, Qt::LeftButton, {}, glyph.center().toPoint());
        QCOMPARE(MessageBox::recordedMessages().size(), 1);
        QVERIFY(MessageBox::recordedMessages().first().contains(client.events.at(cited).evidence.first().document));

        // The wheel zooms around the pointer, a drag pans, 0 shows the whole case again.
        const auto visibleSpan = [timeline] { return timeline->painter()->visibleFrom().daysTo(timeline->painter()->visibleTo()); };
        const qint64 span = visibleSpan();
        const QPointF at = timeline->plotRect().center();
        QWheelEvent wheel(at, timeline->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(timeline, &wheel);
        QVERIFY(visibleSpan() < span);
        const QDate from = timeline->painter()->visibleFrom();
        QTest::mousePress(timeline, Qt::LeftButton, {}, at.toPoint());
        QTest::mouseMove(timeline, (at + QPointF(60, 0)).toPoint());
        QTest::mouseRelease(timeline, Qt::LeftButton, {}, (at + QPointF(60, 0)).toPoint());
        QVERIFY(timeline->painter()->visibleFrom() < from); // dragged right: earlier dates come in
        timeline->setFocus();
        QTest::keyClick(timeline, Qt::Key_0);
        QCOMPARE(visibleSpan(), span);
    }

    // Tab goes down the event form in the order it reads; Space on the relied-on list ticks the
    // allegation Tab landed on.
    void eventDialogTabsDownTheForm()
    {
        Allegation allegation;
        allegation.ref = QStringLiteral("AL1");
        EventDialog dialog(CaseEvent{}, {allegation}, {}, [] {
            return std::optional<EventDialog::ShownPage>(EventDialog::ShownPage{{QStringLiteral("ICE-000117"), 0}, QStringLiteral("p. 17")});
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.findChild<QLineEdit *>(QStringLiteral("ref"))->setFocus();
        QStringList visited;
        for (int step = 0; step < 9; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited << QApplication::focusWidget()->objectName();
        }
        QCOMPARE(visited.mid(0, 9), (QStringList{QStringLiteral("type"), QStringLiteral("date"), QStringLiteral("decidedBy"),
                                                 QStringLiteral("detail"), QStringLiteral("reliedOn"), QStringLiteral("evidence"),
                                                 QStringLiteral("addCitation"), QStringLiteral("citeShown"),
                                                 QStringLiteral("removeCitation")}));
        // Back to the relied-on list (Shift+Tab), where Space ticks the allegation.
        for (int step = 0; step < 4; ++step)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("reliedOn"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(dialog.reliedOnModel()->item(0)->checkState(), Qt::Checked);
    }

    // A client's first dated allegation, years back, is on the timeline at once (not off beside
    // today's empty weeks); a zoom the user chose is kept when the records change.
    void timelineShowsTheWholeCaseUntilZoomed()
    {
        TimelineView timeline;
        timeline.resize(800, 300);
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        Client client;
        client.ref = QStringLiteral("C-900");
        client.name = QStringLiteral("New Client");
        timeline.setClient(client);
        QVERIFY(timeline.hasClient());
        Allegation allegation;
        allegation.ref = QStringLiteral("AL1");
        allegation.source = AllegationSource::Safe;
        allegation.assertedOn = PartialDate::fromDate(QDate(2019, 3, 1));
        client.allegations << allegation;
        timeline.setClient(client);
        QVERIFY2(timeline.painter()->visibleFrom() <= QDate(2019, 3, 1), qPrintable(timeline.painter()->visibleFrom().toString()));

        const QPointF at = timeline.plotRect().center();
        QWheelEvent wheel(at, timeline.mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&timeline, &wheel);
        const QDate from = timeline.painter()->visibleFrom();
        const QDate to = timeline.painter()->visibleTo();
        client.notes = QStringLiteral("edited");
        timeline.setClient(client);
        QCOMPARE(timeline.painter()->visibleFrom(), from);
        QCOMPARE(timeline.painter()->visibleTo(), to);
    }

    // A cell cut short shows its whole text when the pointer rests on it; the sort and the columns
    // the user chose are there again in the next session.
    void cutCellsShowTheirTextAndTheLayoutIsRemembered()
    {
        {
            MainWindow window;
            ClientsPage *page = showDemoClient(window, QStringLiteral("C-001"));
            QVERIFY(page);
            auto *tabs = page->findChild<QTabWidget *>();
            tabs->setCurrentWidget(page->eventTab());
            QTableView *events = page->eventTable();
            QApplication::processEvents();
            int cut = -1;
            for (int row = 0; row < events->model()->rowCount() && cut < 0; ++row) {
                const QModelIndex cell = events->model()->index(row, EventTableModel::Detail);
                if (events->fontMetrics().horizontalAdvance(cell.data().toString()) > events->visualRect(cell).width())
                    cut = row;
            }
            QVERIFY2(cut >= 0, "no detail is cut at this width");
            const QModelIndex cell = events->model()->index(cut, EventTableModel::Detail);
            const QPoint at = events->visualRect(cell).center();
            QHelpEvent help(QEvent::ToolTip, at, events->viewport()->mapToGlobal(at));
            QApplication::sendEvent(events->viewport(), &help);
            QTRY_VERIFY(QToolTip::isVisible());
            QVERIFY2(QToolTip::text().contains(cell.data().toString()), qPrintable(QToolTip::text()));
            QToolTip::hideText();

            // Sorted by country with a click on its header.
            QHeaderView *header = page->clientTable()->horizontalHeader();
            const QPoint country(header->sectionViewportPosition(ClientListModel::Country) + header->sectionSize(ClientListModel::Country) / 2,
                                 header->height() / 2);
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, country);
            QCOMPARE(header->sortIndicatorSection(), int(ClientListModel::Country));
        }
        {
            MainWindow window;
            ClientsPage *page = showDemoClient(window, QStringLiteral("C-001"));
            QVERIFY(page);
            QCOMPARE(page->clientTable()->horizontalHeader()->sortIndicatorSection(), int(ClientListModel::Country));
            const QString first = page->clientTable()->model()->index(0, ClientListModel::Country).data().toString();
            const QString last = page->clientTable()->model()->index(page->clientTable()->model()->rowCount() - 1, ClientListModel::Country).data().toString();
            QVERIFY(page->clientTable()->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder ? first <= last : first >= last);
        }
        QSettings().remove(QStringLiteral("tables")); // the next tests start from the default layout
    }

    // The demo's registry flags decisions the client's allegations led to: each is ringed on the
    // timeline, and the tool tip over it names the rules in plain words.
    void flaggedDecisionsNameTheirRulesInTheToolTip()
    {
        MainWindow window;
        ClientsPage *page = showDemoClient(window, QStringLiteral("C-001"));
        QVERIFY(page);
        TimelineView *timeline = page->timeline();
        QVERIFY(timeline->hasClient());
        const TimelinePainter *painter = timeline->painter();
        QVERIFY(painter);
        int flagged = -1;
        for (int i = 0; i < page->currentClient()->events.size() && flagged < 0; ++i) {
            if (!painter->flagsOf(i).isEmpty())
                flagged = i;
        }
        QVERIFY2(flagged >= 0, "the demo's C-001 has a flagged decision");
        const QPoint at = painter->boundsOf({TimelineHit::Kind::Event, flagged}, timeline->plotRect()).center().toPoint();
        QTest::mouseMove(timeline, at);
        QHelpEvent help(QEvent::ToolTip, at, timeline->mapToGlobal(at));
        QCoreApplication::sendEvent(timeline, &help);
        QVERIFY(QToolTip::isVisible());
        for (const FlagRule rule : painter->flagsOf(flagged))
            QVERIFY2(QToolTip::text().contains(AgreementCheck::ruleDescription(rule)), qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }
};

QTEST_MAIN(TestClientsPage)
#include "tst_clientspage.moc"
