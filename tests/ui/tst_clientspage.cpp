// The Clients page offscreen: adding and editing clients, allegations and events through the
// dialogs, undo and redo of each edit, the SQL-side filter, the timeline's clicks.
#include "MainWindow.h"
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

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace rebuttal;

namespace {

void setText(QDialog *dialog, const char *name, const QString &text)
{
    if (auto *line = dialog->findChild<QLineEdit *>(QLatin1String(name)))
        line->setText(text);
    else if (auto *plain = dialog->findChild<QPlainTextEdit *>(QLatin1String(name)))
        plain->setPlainText(text);
    else
        QFAIL(name);
}

void choose(QDialog *dialog, const char *name, const QString &code)
{
    auto *combo = dialog->findChild<QComboBox *>(QLatin1String(name));
    QVERIFY(combo);
    const int index = combo->findData(code);
    QVERIFY2(index >= 0, qPrintable(code));
    combo->setCurrentIndex(index);
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
        window.show();
        QVERIFY(window.createCaseFile(m_dir.filePath(QStringLiteral("edit.rebuttal"))));
        ClientsPage *page = window.clientsPage();
        QVERIFY(page->isShowingEmptyState());
        ClientRecords records(*window.store());
        QUndoStack *undo = window.undoStack();

        // Each step of the test says what the next dialog should get.
        std::function<void(QDialog *)> fill;
        page->setDialogRunner([&](QDialog *dialog) {
            fill(dialog);
            dialog->accept();
            return dialog->result() == QDialog::Accepted;
        });

        fill = [](QDialog *dialog) {
            QVERIFY(qobject_cast<ClientDialog *>(dialog));
            setText(dialog, "ref", QStringLiteral("C-100"));
            setText(dialog, "name", QStringLiteral("Rosa Méndez"));
            setText(dialog, "country", QStringLiteral("gt"));
            setText(dialog, "aNumber", QStringLiteral("A123456789"));
        };
        page->newClient();
        QCOMPARE(page->currentRef(), QStringLiteral("C-100"));
        QVERIFY(!page->isShowingEmptyState());
        QCOMPARE(records.client(QStringLiteral("C-100"))->country, QStringLiteral("GT"));

        fill = [](QDialog *dialog) {
            QVERIFY(qobject_cast<AllegationDialog *>(dialog));
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("ref"))->text(), QStringLiteral("AL1"));
            choose(dialog, "source", QStringLiteral("RED_NOTICE"));
            choose(dialog, "kind", QStringLiteral("warrant"));
            setText(dialog, "assertedOn", QStringLiteral("2020-01-10"));
            setText(dialog, "disclosedOn", QStringLiteral("2020-03"));
            choose(dialog, "status", QStringLiteral("contested"));
        };
        page->addAllegation();
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
            eventDialog->reliedOnModel()->item(0)->setCheckState(Qt::Checked);
            eventDialog->citeShownPage();
            eventDialog->addCitation({QStringLiteral("12"), 3});
        };
        page->addEvent();
        fill = [](QDialog *dialog) {
            choose(dialog, "type", QStringLiteral("release"));
            setText(dialog, "date", QStringLiteral("2020-02-20"));
        };
        page->addEvent();
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
            dialog->accept();
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("problem"))->text().contains(QStringLiteral("2020-02-30")));
            dialog->reject();
        };
        const int before = undo->count();
        page->addEvent();
        QCOMPARE(undo->count(), before);
        QCOMPARE(records.client(QStringLiteral("C-100"))->events.size(), 2);

        // Deleting an allegation that events relied on asks first, then unlinks them.
        page->findChild<QTabWidget *>()->setCurrentWidget(page->allegationTable());
        page->allegationTable()->selectRow(0);
        MessageBox::setAutomatic(true, QMessageBox::Yes);
        page->deleteSelected();
        MessageBox::setAutomatic(true);
        QCOMPARE(records.client(QStringLiteral("C-100"))->allegations.size(), 0);
        QVERIFY(records.client(QStringLiteral("C-100"))->events.first().reliedOn.isEmpty());

        // Undo walks every edit back, redo forward again.
        undo->undo();
        QCOMPARE(*records.client(QStringLiteral("C-100")), stored);
        QCOMPARE(page->currentClient(), std::optional<Client>(stored));
        while (undo->canUndo())
            undo->undo();
        QCOMPARE(records.clientCount(), 0);
        QVERIFY(page->isShowingEmptyState());
        while (undo->canRedo())
            undo->redo();
        QCOMPARE(records.clientCount(), 1);
        QCOMPARE(records.client(QStringLiteral("C-100"))->allegations.size(), 0);

        // Every edit is in the activity log.
        const QList<ActivityEntry> log = window.store()->activity().entries();
        QVERIFY(std::count_if(log.cbegin(), log.cend(), [](const ActivityEntry &e) { return e.action.startsWith(QStringLiteral("edit.client")); }) >= 10);

        // Adding a client with a ref another has is refused, said, and not in the history.
        fill = [&](QDialog *dialog) {
            static int attempts = 0;
            if (++attempts > 1) {
                dialog->reject();
                return;
            }
            setText(dialog, "ref", QStringLiteral("C-100"));
            setText(dialog, "name", QStringLiteral("Someone else"));
        };
        page->setDialogRunner([&](QDialog *dialog) {
            fill(dialog);
            if (dialog->result() == QDialog::Rejected && dialog->findChild<QLineEdit *>(QStringLiteral("name"))->text() != QStringLiteral("Someone else"))
                return false;
            dialog->accept();
            return dialog->result() == QDialog::Accepted && dialog->findChild<QLineEdit *>(QStringLiteral("name"))->text() == QStringLiteral("Someone else")
                   && MessageBox::recordedMessages().isEmpty();
        });
        const int count = undo->count();
        MessageBox::clearRecordedMessages();
        page->newClient();
        QCOMPARE(MessageBox::recordedMessages().size(), 1);
        QVERIFY2(MessageBox::recordedMessages().first().contains(QStringLiteral("C-100")), qPrintable(MessageBox::recordedMessages().first()));
        QCOMPARE(undo->count(), count);
        QCOMPARE(records.client(QStringLiteral("C-100"))->name, QStringLiteral("Rosa Méndez"));
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
        QVERIFY(!ClientRecords(*window.store()).importRecords(many, QStringLiteral("many")).isError());
        ClientsPage *page = window.clientsPage();
        page->reload();
        // (QAbstractItemModelTester fetches every row on each reset, so it cannot check laziness.)
        ClientListModel list;
        auto *model = &list;
        model->setStore(window.store());
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
        window.resize(1300, 900);
        window.show();
        QVERIFY(window.openDemo());
        ClientsPage *page = window.clientsPage();
        QVERIFY(page->selectClient(QStringLiteral("C-001")));
        TimelineView *timeline = page->timeline();
        QVERIFY(timeline->hasClient());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
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

        // Zoom narrows the visible range around the anchor; fit restores it.
        const qint64 span = painter->visibleFrom().daysTo(painter->visibleTo());
        timeline->zoom(0.5);
        QVERIFY(timeline->painter()->visibleFrom().daysTo(timeline->painter()->visibleTo()) < span);
        timeline->pan(0.5);
        timeline->fit();
        QCOMPARE(timeline->painter()->visibleFrom().daysTo(timeline->painter()->visibleTo()), span);
    }
};

QTEST_MAIN(TestClientsPage)
#include "tst_clientspage.moc"
