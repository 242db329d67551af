// The GUI on a matter on a real PostgreSQL 15 server (issue 18, the pg_cluster fixture): connect
// through File > Connect to Server... as a user would, see the matter's documents (list, pages,
// search), clients and log; pages without a server twin say so; another store's committed change
// appears without reopening; an edit over it is refused and the reload offered.
#include "../core/PgTestCluster.h"
#include "../core/ProductionFixture.h"
#include "UserInput.h"

#include "CaseFile.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "dialogs/ServerConnectDialog.h"
#include "foia/ProductionImport.h"
#include "pages/ClientsPage.h"
#include "pages/DocumentsPage.h"
#include "store/PgConnection.h"
#include "store/ServerClientRecords.h"
#include "store/ServerProductionWriter.h"
#include "store/ServerStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

using namespace rebuttal;
using namespace rebuttal::test;

namespace {

// Types over what a field holds, as a user would: click, select all, type.
void typeInto(QWidget *field, const QString &text)
{
    QVERIFY(field);
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keySequence(field, QKeySequence::SelectAll);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

CaseRecords twoClients()
{
    CaseRecords records;
    for (const auto &[ref, name] : {std::pair{"C-001", "Rosa Méndez"}, std::pair{"C-002", "Luis Ortega"}}) {
        Client client;
        client.ref = QString::fromUtf8(ref);
        client.name = QString::fromUtf8(name);
        client.country = QStringLiteral("SV");
        client.allegations << Allegation{QStringLiteral("AL1"), AllegationSource::Tag, AllegationKind::GangAffiliation, {}, {}, {}, {}, {}, {}, {}};
        records.clients << client;
    }
    return records;
}

} // namespace

class TestServerMatter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_production;

    // A new matter with the standard production and two clients.
    static void fillMatter(const ServerLocation &location, const QString &production)
    {
        StoreError error;
        std::unique_ptr<ServerStore> store = ServerStore::create(location, &error);
        QVERIFY2(store, qPrintable(error.message));
        ServerProductionWriter writer(*store);
        const ProductionImport::Result imported = ProductionImport(writer).run(production);
        QVERIFY2(imported.outcome == ProductionImport::Outcome::Imported, qPrintable(imported.message));
        error = ServerClientRecords(*store).importRecords(twoClients(), ActivityDetail("clients.json"));
        QVERIFY2(!error.isError(), qPrintable(error.message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setAutomatic(true);
        QVERIFY(m_dir.isValid());
        m_production = m_dir.filePath(QStringLiteral("standard.pdf"));
        QCOMPARE(writeStandardProduction(m_production).size(), 7);
    }

    void init() { MessageBox::clearRecordedMessages(); }

    void connectsThroughTheDialog()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const ServerLocation location = cluster.location(freshName("gui"));
        fillMatter(location, m_production);
        if (QTest::currentTestFailed())
            return;

        MainWindow window;
        window.resize(1300, 760);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // The dialog, filled in by keyboard and mouse once it is up: the matter chosen from the
        // list the server gives.
        bool filled = false;
        QStringList offered;
        QString passwordNote;
        QTimer poll;
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<ServerConnectDialog *>(QApplication::activeModalWidget());
            if (!dialog || filled)
                return;
            filled = true;
            passwordNote = dialog->findChild<QLabel *>(QStringLiteral("passwordNote"))->text();
            typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("host")), location.socketDir);
            typeInto(dialog->findChild<QSpinBox *>(QStringLiteral("port")), QString::number(location.port));
            typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("database")), location.database);
            typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("login")), location.user);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("listMatters")), Qt::LeftButton);
            auto *matters = dialog->findChild<QComboBox *>(QStringLiteral("matter"));
            for (int i = 0; i < matters->count(); ++i)
                offered << matters->itemText(i);
            QTest::keyClick(matters, Qt::Key_Home);
            for (int i = 0; i < matters->count() && matters->currentText() != location.matter; ++i)
                QTest::keyClick(matters, Qt::Key_Down);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connect")), Qt::LeftButton);
        });
        poll.start();
        clickMenuItem(&window, window.findChild<QAction *>(QStringLiteral("connectToServer")));
        poll.stop();
        QVERIFY(filled);
        QVERIFY2(offered.contains(location.matter), qPrintable(offered.join(QLatin1Char(','))));
        QVERIFY(passwordNote.contains(QStringLiteral(".pgpass")));
        QVERIFY2(MessageBox::recordedMessages().isEmpty(), qPrintable(MessageBox::recordedMessages().join(QLatin1Char('\n'))));

        // Title and recent list name the matter by where it lives.
        QVERIFY(window.openStore() && window.openStore()->serverLocation());
        QVERIFY(!window.store());
        QVERIFY2(window.windowTitle().contains(location.database + QLatin1Char('/') + location.matter), qPrintable(window.windowTitle()));
        QVERIFY(!window.windowTitle().contains(QStringLiteral("password")));
        const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
        QVERIFY(!recent.isEmpty() && recent.first().startsWith(QStringLiteral("postgresql://")));

        // Documents: the list, a production's pages, search.
        clickPage(window, MainWindow::DocumentsPage);
        DocumentsPage *documents = window.documentsPage();
        auto *table = documents->findChild<QTableView *>(QStringLiteral("documentTable"));
        QCOMPARE(table->model()->rowCount(), 1);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
        QTRY_COMPARE(documents->pageModel()->rowCount(), 7);
        QTest::keyClicks(documents->searchField(), QStringLiteral("apprehension"));
        QTest::keyClick(documents->searchField(), Qt::Key_Return);
        QVERIFY(documents->searchResults()->rowCount() >= 1);
        QVERIFY2(documents->searchResults()->index(0, 0).data().toString().contains(QStringLiteral("page 4")),
                 qPrintable(documents->searchResults()->index(0, 0).data().toString()));
        QVERIFY(!documents->isShowingReadFailure());

        // Clients, then the log with the server's login.
        clickPage(window, MainWindow::ClientsPage);
        QTRY_COMPARE(window.clientsPage()->clientTable()->model()->rowCount(), 2);
        QCOMPARE(window.clientsPage()->currentClient()->ref, QStringLiteral("C-001"));
        clickPage(window, MainWindow::ActivityPage);
        auto *log = window.pageWidget(MainWindow::ActivityPage)->findChild<QTableView *>();
        QVERIFY(log);
        QVERIFY(log->model()->rowCount() >= 3); // created, production, clients
        QCOMPARE(log->model()->index(0, 1).data().toString(), location.user);

        // A page without a server twin yet says so, rather than showing an empty case file.
        auto *pages = window.pageWidget(MainWindow::ClientsPage)->parentWidget();
        for (MainWindow::Page page : {MainWindow::VaughnPage, MainWindow::AgreementsPage, MainWindow::AuditPage, MainWindow::ResearchPage}) {
            clickPage(window, page);
            QCOMPARE(qobject_cast<QStackedWidget *>(pages)->currentWidget()->objectName(), QStringLiteral("serverOnly"));
        }
        clickPage(window, MainWindow::DocumentsPage);
        QCOMPARE(qobject_cast<QStackedWidget *>(pages)->currentWidget(), documents);
    }

    // Another user's committed change reaches this window through the server's change feed; an
    // edit begun before it is refused when saved, and the reload offered shows the other change.
    void anotherUsersChangeAppearsAndAnEditOverItIsRefused()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const ServerLocation location = cluster.location(freshName("guifeed"));
        fillMatter(location, m_production);
        if (QTest::currentTestFailed())
            return;
        MainWindow window;
        window.resize(1300, 760);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.connectToServer(location));
        ClientsPage *page = window.clientsPage();
        QCOMPARE(page->clientTable()->model()->rowCount(), 2);
        QVERIFY(page->selectClient(QStringLiteral("C-001")));

        StoreError error;
        std::unique_ptr<ServerStore> other = ServerStore::open(location, &error);
        QVERIFY2(other, qPrintable(error.message));
        ServerClientRecords theirRecords(*other);

        // A colleague adds a client and renames the one shown: both appear here unprompted.
        Client added;
        added.ref = QStringLiteral("C-003");
        added.name = QStringLiteral("Ana Cruz");
        QVERIFY(!theirRecords.saveClient({}, added, QStringLiteral("edit.client.add"), ActivityDetail("test")).isError());
        RowStamp read;
        std::optional<Client> theirs = theirRecords.client(QStringLiteral("C-001"), &error, &read);
        QVERIFY(theirs);
        theirs->name = QStringLiteral("Rosa Méndez (colleague)");
        QVERIFY(!theirRecords.saveClient(theirs->ref, theirs, QStringLiteral("edit.client"), ActivityDetail("test"), read.version).isError());
        QTRY_COMPARE(page->clientTable()->model()->rowCount(), 3);
        QTRY_COMPARE(page->currentClient()->name, theirs->name);

        // This user opens the edit dialog; meanwhile the colleague changes the notes. Saving the
        // A-number is refused, said with who changed it, and the reload shows the notes.
        int attempts = 0;
        bool theirSaveFailed = true;
        page->setDialogRunner([&](QDialog *dialog) {
            ++attempts;
            dialog->setResult(QDialog::Rejected);
            dialog->show();
            if (!QTest::qWaitForWindowExposed(dialog))
                return false;
            if (attempts == 1) {
                std::optional<Client> now = theirRecords.client(QStringLiteral("C-001"), &error, &read);
                now->notes = QStringLiteral("Hearing moved to March");
                theirSaveFailed = theirRecords.saveClient(now->ref, now, QStringLiteral("edit.client"), ActivityDetail("test"), read.version).isError();
                QTest::qWait(300); // the feed's notification arrives while the dialog is open
                auto *aNumber = dialog->findChild<QLineEdit *>(QStringLiteral("aNumber"));
                typeInto(aNumber, QStringLiteral("A123456789"));
                QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            } else {
                QTest::keyClick(dialog, Qt::Key_Escape);
            }
            const bool accepted = dialog->result() == QDialog::Accepted;
            dialog->hide();
            QApplication::setActiveWindow(&window);
            return accepted;
        });
        const int history = window.undoStack()->count();
        MessageBox::setAutomatic(true, QMessageBox::Yes);
        QTest::mouseClick(page->clientToolBar()->widgetForAction(page->editClientAction()), Qt::LeftButton);
        MessageBox::setAutomatic(true);
        QCOMPARE(attempts, 2);
        QVERIFY(!theirSaveFailed);
        QCOMPARE(MessageBox::recordedMessages().size(), 1);
        const QString message = MessageBox::recordedMessages().first();
        QVERIFY2(message.contains(location.user) && message.contains(QStringLiteral("since you opened it")), qPrintable(message));
        QCOMPARE(window.undoStack()->count(), history);
        const std::optional<Client> stored = theirRecords.client(QStringLiteral("C-001"), &error);
        QCOMPARE(stored->notes, QStringLiteral("Hearing moved to March"));
        QVERIFY(stored->aNumber.isEmpty());
        QTRY_COMPARE(page->currentClient()->notes, stored->notes);
    }

    // The change feed's connection dropped (its server process terminated): the window says so,
    // says so again once the feed listens again, and a change made after that still arrives.
    void aDroppedFeedIsSaidAndResumed()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const ServerLocation location = cluster.location(freshName("guidrop"));
        fillMatter(location, m_production);
        if (QTest::currentTestFailed())
            return;
        MainWindow window;
        window.show();
        QVERIFY(window.connectToServer(location));
        ClientsPage *page = window.clientsPage();
        QCOMPARE(page->clientTable()->model()->rowCount(), 2);

        StoreError error;
        std::unique_ptr<PgConnection> admin = PgConnection::open(cluster.location(location.matter), &error);
        QVERIFY2(admin, qPrintable(error.message));
        PgStatement kill(*admin, QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                                                " WHERE query LIKE 'LISTEN%' AND query LIKE $1"));
        kill.bind(QString(QLatin1Char('%') + location.schemaName() + QLatin1Char('%')));
        QVERIFY2(kill.exec() && kill.next(), qPrintable(kill.error().message));
        QCOMPARE(kill.value(0).toInt(), 1);
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Lost the connection")),
                     qPrintable(window.statusBar()->currentMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("Connected to the server again")), 15000);

        std::unique_ptr<ServerStore> other = ServerStore::open(location, &error);
        QVERIFY2(other, qPrintable(error.message));
        Client added;
        added.ref = QStringLiteral("C-009");
        added.name = QStringLiteral("After the drop");
        QVERIFY(!ServerClientRecords(*other).saveClient({}, added, QStringLiteral("edit.client.add"), ActivityDetail("test")).isError());
        QTRY_COMPARE(page->clientTable()->model()->rowCount(), 3);
    }
};

QTEST_MAIN(TestServerMatter)
#include "tst_servermatter.moc"
