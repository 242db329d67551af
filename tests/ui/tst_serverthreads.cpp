// The change feed of a server matter as the window lives with it (issue 18, the pg_cluster
// fixture): this window's own saves are not announced back to it as a colleague's, while a
// colleague's are; and a server that stops answering (a link gone quiet, not refused) never
// freezes the window: the GUI thread keeps ticking while the feed retries, the status bar says
// so, and what a colleague changed meanwhile shows once the server is back.
#include "../core/PgTestCluster.h"
#include "../core/ProductionFixture.h"
#include "CancelWhen.h"
#include "LinkProxy.h"
#include "UserInput.h"

#include "CaseFile.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PageRenderer.h"
#include "models/PageListModel.h"
#include "foia/ProductionImport.h"
#include "pages/ClientsPage.h"
#include "pages/DocumentsPage.h"
#include "store/ClientRecordStore.h"
#include "store/OpenStore.h"
#include "store/PgConnection.h"
#include "store/ServerChangeFeed.h"
#include "store/ServerClientRecords.h"
#include "store/ServerProductionWriter.h"
#include "store/ServerSchema.h"
#include "store/ServerStore.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QLocalSocket>
#include <QPointer>
#include <QProcess>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <memory>
#include <utility>

using namespace rebuttal;
using namespace rebuttal::test;

namespace {

CaseRecords twoClients()
{
    CaseRecords records;
    for (const auto &[ref, name] : {std::pair{"C-001", "Rosa Méndez"}, std::pair{"C-002", "Luis Ortega"}}) {
        Client client;
        client.ref = QString::fromUtf8(ref);
        client.name = QString::fromUtf8(name);
        records.clients << client;
    }
    return records;
}

Client newClient(const char *ref, const char *name)
{
    Client client;
    client.ref = QString::fromUtf8(ref);
    client.name = QString::fromUtf8(name);
    return client;
}

} // namespace

class TestServerThreads : public QObject
{
    Q_OBJECT

    // A matter with two clients.
    static void fillMatter(const ServerLocation &location)
    {
        StoreError error;
        std::unique_ptr<ServerStore> store = ServerStore::create(location, &error);
        QVERIFY2(store, qPrintable(error.message));
        error = ServerClientRecords(*store).importRecords(twoClients(), ActivityDetail("clients.json"));
        QVERIFY2(!error.isError(), qPrintable(error.message));
    }

    // Imports `production` into the matter over `store`'s connection (a colleague's, or the test's
    // setup); empty when imported, else why not.
    static QString importProduction(ServerStore &store, const QString &production, const QString &password = {})
    {
        ServerProductionWriter writer(store);
        ProductionImport import(writer);
        import.setPassword(password);
        const ProductionImport::Result imported = import.run(production);
        return imported.outcome == ProductionImport::Outcome::Imported ? QString() : imported.message + QStringLiteral(" (not imported)");
    }

    // The GUI thread's pulse: the longest time between two ticks of a 20 ms timer since start().
    struct Pulse
    {
        QTimer timer;
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        Pulse()
        {
            timer.setInterval(20);
            connect(&timer, &QTimer::timeout, &timer, [this] { longestGap = std::max(longestGap, sinceTick.restart()); });
        }
        void start()
        {
            longestGap = 0;
            sinceTick.start();
            timer.start();
        }
        // Counting the gap still open: a thread that was stuck until just now has not ticked since.
        qint64 longest() const { return std::max(longestGap, sinceTick.elapsed()); }
    };

    QTemporaryDir m_dir;
    // Two standard productions, of seven pages and nine, written once.
    const QString m_seven = m_dir.filePath(QStringLiteral("seven.pdf"));
    const QString m_nine = m_dir.filePath(QStringLiteral("nine.pdf"));

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setAutomatic(true);
        QVERIFY(m_dir.isValid());
        QCOMPARE(writeStandardProduction(m_seven, 7).size(), 7);
        QCOMPARE(writeStandardProduction(m_nine, 9).size(), 9);
    }

    // Over a slow link (the proxy's latency and bandwidth), a production's PDF and a search are read
    // off the GUI thread: the window keeps ticking, says it is busy, and shows them when they come.
    void aSlowLinkNeverFreezesTheDocumentsPage()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const ServerLocation direct = cluster.location(freshName("slow"));
        // Two productions (seven pages and nine), so that choosing the second reads its PDF.
        const QString &seven = m_seven;
        const QString &nine = m_nine;
        {
            StoreError error;
            std::unique_ptr<ServerStore> store = ServerStore::create(direct, &error);
            QVERIFY2(store, qPrintable(error.message));
            for (const QString &production : {seven, nine}) {
                const QString failed = importProduction(*store, production);
                QVERIFY2(failed.isEmpty(), qPrintable(failed));
            }
        }
        ProxiedServer proxied(cluster, direct);
        const ServerLocation &throughProxy = proxied.location;

        MainWindow window;
        window.resize(1300, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.connectToServer(throughProxy));
        clickPage(window, MainWindow::DocumentsPage);
        DocumentsPage *documents = window.documentsPage();
        auto *table = documents->findChild<QTableView *>(QStringLiteral("documentTable"));
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QTRY_VERIFY(!documents->isReadingDocument() && documents->pageModel()->rowCount() > 0);
        const int shownPages = documents->pageModel()->rowCount();
        const int otherPages = shownPages == 7 ? 9 : 7;

        // The PDF takes about three seconds to come; the small answers that follow much less.
        const qint64 pdfBytes = QFileInfo(otherPages == 7 ? seven : nine).size();
        proxied.run([&] { proxied.proxy.setLink(0, pdfBytes / 3); });
        Pulse pulse;
        pulse.start();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(1, 0)).center());
        const bool busyAtOnce = documents->isReadingDocument();
        const QString saidAtOnce = window.statusBar()->currentMessage();
        QTRY_VERIFY_WITH_TIMEOUT(!documents->isReadingDocument(), 60000);
        QTRY_COMPARE(documents->pageModel()->rowCount(), otherPages);
        QVERIFY(!documents->isShowingReadFailure());
        qInfo() << "longest GUI-thread gap" << pulse.longest() << "ms";
        QVERIFY2(pulse.longest() < 1000, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(pulse.longest())));
        QVERIFY(busyAtOnce);
        QVERIFY2(saidAtOnce.contains(QStringLiteral("Reading the production")), qPrintable(saidAtOnce));

        // A search: every answer a second and a half late.
        proxied.run([&] { proxied.proxy.setLink(1500, 0); });
        pulse.start();
        QTest::keyClicks(documents->searchField(), QStringLiteral("apprehension"));
        QTest::keyClick(documents->searchField(), Qt::Key_Return);
        const QString firstHit = documents->searchResults()->index(0, 0).data().toString();
        QTRY_VERIFY_WITH_TIMEOUT(documents->searchResults()->index(0, 0).data().toString().contains(QStringLiteral("page 4")), 60000);
        qInfo() << "longest GUI-thread gap" << pulse.longest() << "ms";
        QVERIFY2(pulse.longest() < 1000, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(pulse.longest())));
        QVERIFY2(firstHit.contains(QStringLiteral("Searching")), qPrintable(firstHit));

        // A search replaced before it answered, and answered after the one that replaced it: the
        // first one's hits never show.
        proxied.run([&] { proxied.proxy.setLink(0, 0); proxied.proxy.delayNextConnection(3000); });
        const int accepted = proxied.proxy.acceptedConnections();
        QTest::keyClick(documents->searchField(), Qt::Key_Return); // "apprehension" again, slowly
        QTRY_VERIFY(proxied.proxy.acceptedConnections() > accepted);
        documents->searchField()->clear();
        QTest::keyClicks(documents->searchField(), QStringLiteral("nothingsuchword"));
        QTest::keyClick(documents->searchField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(documents->searchResults()->index(0, 0).data().toString().contains(QStringLiteral("No page contains")), 30000);
        QTest::qWait(6000); // the first search's answer arrives meanwhile, and is dropped
        QCOMPARE(documents->searchResults()->rowCount(), 1);
        QVERIFY2(documents->searchResults()->index(0, 0).data().toString().contains(QStringLiteral("nothingsuchword")),
                 qPrintable(documents->searchResults()->index(0, 0).data().toString()));
    }

    // Over a link where every answer comes 1.5 s late, choosing an encrypted production: its bytes
    // and its page strip (every page with its boxes, the box tally) are read off the GUI thread,
    // and the password the user types opens the bytes already read, with no read again (both were
    // read on the GUI thread: 1.5 s and more each).
    void aProductionsPagesAndPasswordNeverFreezeTheWindow()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const ServerLocation direct = cluster.location(freshName("strip"));
        const QString nine = m_dir.filePath(QStringLiteral("strip-nine.pdf"));
        const QString plain = m_dir.filePath(QStringLiteral("strip-plain.pdf"));
        const QString locked = m_dir.filePath(QStringLiteral("strip-locked.pdf"));
        QCOMPARE(writeStandardProduction(nine, 9).size(), 9);
        QCOMPARE(writeStandardProduction(plain, 7).size(), 7);
        QCOMPARE(QProcess::execute(QStringLiteral("qpdf"), {QStringLiteral("--encrypt"), QStringLiteral("secret"), QStringLiteral("owner"),
                                                             QStringLiteral("256"), QStringLiteral("--"), plain, locked}),
                 0);
        {
            StoreError error;
            std::unique_ptr<ServerStore> store = ServerStore::create(direct, &error);
            QVERIFY2(store, qPrintable(error.message));
            for (const QString &production : {nine, locked}) {
                const QString failed = importProduction(*store, production, QStringLiteral("secret"));
                QVERIFY2(failed.isEmpty(), qPrintable(failed));
            }
        }
        ProxiedServer proxied(cluster, direct);
        MainWindow window;
        window.resize(1300, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MessageBox::clearRecordedMessages();
        MessageBox::setAutomaticInput(QStringLiteral("secret"));
        QVERIFY(window.connectToServer(proxied.location));
        clickPage(window, MainWindow::DocumentsPage);
        DocumentsPage *documents = window.documentsPage();
        auto *table = documents->findChild<QTableView *>(QStringLiteral("documentTable"));
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!documents->isReadingDocument() && documents->pageModel()->rowCount() == 9, 30000);
        const int lockedRow = table->model()->index(0, 0).data().toString().contains(QStringLiteral("locked")) ? 0 : 1;
        QVERIFY(MessageBox::recordedMessages().filter(QStringLiteral("see its pages")).isEmpty());

        proxied.run([&] { proxied.proxy.setLink(1500, 0); });
        Pulse pulse;
        pulse.start();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(lockedRow, 0)).center());
        QVERIFY(documents->isReadingDocument());
        QTRY_VERIFY_WITH_TIMEOUT(!documents->isReadingDocument() && documents->pageModel()->rowCount() == 7, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(MessageBox::recordedMessages().filter(QStringLiteral("see its pages")).size(), 1, 30000);
        auto *renderer = documents->findChild<PageRenderer *>();
        QVERIFY(renderer);
        QTRY_VERIFY_WITH_TIMEOUT(!renderer->page(1, PageListModel::ThumbnailWidth).isNull(), 30000);
        QTest::qWait(500);
        qInfo() << "longest GUI-thread gap" << pulse.longest() << "ms";
        QVERIFY2(pulse.longest() < 1000, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(pulse.longest())));
        QVERIFY(!documents->isShowingReadFailure());
        QCOMPARE(documents->currentPage(), 1);
        QCOMPARE(MessageBox::recordedMessages().filter(QStringLiteral("see its pages")).size(), 1); // opened with it
        MessageBox::setAutomaticInput(QString());
    }

    // The production list is read off the GUI thread too: a colleague's import, announced over a
    // link that answers 1.5 s late, reaches the Documents page's list while the GUI thread ticks.
    // The page and the matter alone, without a window: nothing else reads the matter meanwhile.
    void aColleaguesImportIsListedWithoutFreezing()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const ServerLocation direct = cluster.location(freshName("listing"));
        StoreError error;
        std::unique_ptr<ServerStore> colleague = ServerStore::create(direct, &error);
        QVERIFY2(colleague, qPrintable(error.message));
        QString failed = importProduction(*colleague, m_seven);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        ProxiedServer proxied(cluster, direct);
        QUndoStack undo;
        QAction importAction;
        DocumentsPage page(&undo, &importAction);
        CaseFile caseFile;
        page.follow(&caseFile);
        std::unique_ptr<OpenStore> mine = OpenStore::open(proxied.location.display(), &error);
        QVERIFY2(mine, qPrintable(error.message));
        caseFile.adopt(std::move(mine));
        auto *table = page.findChild<QTableView *>(QStringLiteral("documentTable"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isReadingDocument() && page.pageModel()->rowCount() == 7, 30000);

        proxied.run([&] { proxied.proxy.setLink(1500, 0); });
        // The colleague's import runs here, on this thread; the window's thread is timed after it
        // (its notice comes over the slow link, 1.5 s late, and is read from then on).
        failed = importProduction(*colleague, m_nine);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        Pulse pulse;
        pulse.start();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isReadingDocument(), 60000);
        qInfo() << "longest GUI-thread gap" << pulse.longest() << "ms";
        QVERIFY2(pulse.longest() < 1000, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(pulse.longest())));
        QVERIFY(!page.isShowingReadFailure());
        QCOMPARE(page.pageModel()->rowCount(), 7); // the production on show stays
    }

    // A matter left at schema 5 by an older version: connecting asks first, says what an upgrade
    // means for colleagues on older versions, and changes nothing on No; a reader is told who may
    // upgrade it; on Yes the upgrade runs as a job and the matter opens with its data.
    void anOlderMatterIsUpgradedOnlyWhenAsked()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const ServerLocation location = cluster.location(freshName("older"));
        const QString reader = freshName("rita");
        std::unique_ptr<PgConnection> admin = adminConnection(cluster);
        QVERIFY(admin);
        const QString schema = location.schemaName();
        for (const QString &role : {location.readerRole(), location.editorRole()})
            QVERIFY(!admin->exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role)).isError());
        QVERIFY(!admin->exec(QStringLiteral("CREATE SCHEMA %1").arg(schema)).isError());
        const QList<ServerMigration> version5 = ServerSchema::migrations().mid(0, 5);
        StoreError error = ServerSchema::migrate(*admin, schema, location.readerRole(), location.editorRole(), version5);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QVERIFY(!admin->exec(QStringLiteral("INSERT INTO %1.clients (ref, name) VALUES ('C-1', 'Maria')").arg(schema)).isError());
        QVERIFY(!admin->exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(reader, location.readerRole())).isError());
        const int current = ServerSchema::migrations().constLast().version;

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MessageBox::clearRecordedMessages();
        MessageBox::setAutomatic(true, QMessageBox::No);
        QVERIFY(!window.connectToServer(location));
        QCOMPARE(MessageBox::recordedMessages().size(), 1);
        QString asked = MessageBox::recordedMessages().first();
        QVERIFY2(asked.contains(QStringLiteral("schema 5")) && asked.contains(QStringLiteral("colleagues")), qPrintable(asked));
        QCOMPARE(ServerSchema::storedVersion(*admin, schema, &error), 5);
        QVERIFY(!window.windowTitle().contains(location.matter));

        // A reader may not upgrade: told who may, and nothing is asked.
        MessageBox::clearRecordedMessages();
        MessageBox::setAutomatic(true, QMessageBox::Yes);
        QVERIFY(!window.connectToServer(cluster.location(location.matter, reader)));
        QCOMPARE(MessageBox::recordedMessages().size(), 1);
        asked = MessageBox::recordedMessages().first();
        QVERIFY2(asked.contains(cluster.superuser) && asked.contains(QStringLiteral("owner")), qPrintable(asked));
        QCOMPARE(ServerSchema::storedVersion(*admin, schema, &error), 5);

        // Yes, then Cancel while the upgrade waits on a lock the superuser holds: rolled back, the
        // matter as it was and not opened.
        {
            std::unique_ptr<PgConnection> locker = adminConnection(cluster);
            QVERIFY(locker && lockTable(*locker, QStringLiteral("%1.clients").arg(schema)));
            CancelWhen cancel(window, [&](QProgressDialog &) { return appWaitsOnLock(*admin); });
            MessageBox::clearRecordedMessages();
            QVERIFY(window.connectToServer(location));
            QTRY_VERIFY_WITH_TIMEOUT(cancel.clicked(), 60000);
            locker->rollback();
            QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<QProgressDialog *>(), 60000);
            QTest::qWait(500);
            QCOMPARE(ServerSchema::storedVersion(*admin, schema, &error), 5);
            QVERIFY(!window.windowTitle().contains(location.matter));
            QCOMPARE(MessageBox::recordedMessages().size(), 1); // the question only
        }

        // Yes: the upgrade runs as a job, then the matter opens, its client there.
        MessageBox::clearRecordedMessages();
        QVERIFY(window.connectToServer(location));
        QTRY_VERIFY_WITH_TIMEOUT(window.windowTitle().contains(location.matter), 60000);
        MessageBox::setAutomatic(true);
        QCOMPARE(ServerSchema::storedVersion(*admin, schema, &error), current);
        PgStatement logged(*admin, QStringLiteral("SELECT \"user\" FROM %1.activity_log WHERE action = 'store.upgrade'").arg(schema));
        QVERIFY(logged.exec() && logged.next());
        QCOMPARE(logged.value(0).toString(), cluster.superuser);
        QTRY_COMPARE(window.clientsPage()->clientTable()->model()->rowCount(), 1);
        QCOMPARE(MessageBox::recordedMessages().size(), 1); // the question, and nothing went wrong
    }

    // Two connections on one matter: what this window's store commits is left out of its feed;
    // what a colleague's connection commits comes through. The colleague commits after this
    // window, and the server delivers in commit order, so once the colleague's change is heard
    // this window's own would have been heard before it.
    void ownSavesAreNotAnnouncedBack()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const ServerLocation location = cluster.location(freshName("ownpid"));
        fillMatter(location);
        if (QTest::currentTestFailed())
            return;
        StoreError error;
        CaseFile caseFile;
        std::unique_ptr<OpenStore> mine = OpenStore::open(location.display(), &error);
        QVERIFY2(mine, qPrintable(error.message));
        caseFile.adopt(std::move(mine));
        QSignalSpy clientsChanged(&caseFile, &CaseFile::clientsChanged);

        QVERIFY(!caseFile.openStore()->clients().saveClient({}, newClient("C-010", "Mine"), QStringLiteral("edit.client.add"),
                                                             ActivityDetail("test")).isError());
        std::unique_ptr<OpenStore> colleague = OpenStore::open(location.display(), &error);
        QVERIFY2(colleague, qPrintable(error.message));
        QVERIFY(colleague->serverBackendPid() != caseFile.openStore()->serverBackendPid());
        QVERIFY(!colleague->clients().saveClient({}, newClient("C-011", "Theirs"), QStringLiteral("edit.client.add"),
                                                 ActivityDetail("test")).isError());
        QTRY_VERIFY(!clientsChanged.isEmpty());
        QTest::qWait(300);
        QCOMPARE(clientsChanged.count(), 1);

        // The window's connection dropped and came back as another server process: still its own.
        const int before = caseFile.openStore()->serverBackendPid();
        std::unique_ptr<PgConnection> admin = adminConnection(cluster);
        QVERIFY(admin);
        QVERIFY(!admin->exec(QStringLiteral("SELECT pg_terminate_backend($1::int)"), {before}).isError());
        QTRY_VERIFY(caseFile.openStore()->clients().clientCount(ClientQuery(), &error) == 4);
        QVERIFY(caseFile.openStore()->serverBackendPid() != before);
        clientsChanged.clear();
        QVERIFY(!caseFile.openStore()->clients().saveClient({}, newClient("C-012", "Mine again"), QStringLiteral("edit.client.add"),
                                                             ActivityDetail("test")).isError());
        QVERIFY(!colleague->clients().saveClient({}, newClient("C-013", "Theirs again"), QStringLiteral("edit.client.add"),
                                                 ActivityDetail("test")).isError());
        QTRY_VERIFY(!clientsChanged.isEmpty());
        QTest::qWait(300);
        QCOMPARE(clientsChanged.count(), 1);
    }

    // The matter's server stops answering for a while (connections cut, new ones accepted but never
    // answered): the GUI thread's timer keeps ticking (no gap near libpq's 10 s connect timeout),
    // the status bar says the connection is lost and retried, then that it is back, and a client a
    // colleague added meanwhile is on the Clients page.
    void aQuietServerNeverFreezesTheWindow()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const ServerLocation direct = cluster.location(freshName("quiet"));
        fillMatter(direct);
        if (QTest::currentTestFailed())
            return;
        ProxiedServer proxied(cluster, direct);
        const ServerLocation &throughProxy = proxied.location;

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.connectToServer(throughProxy));
        ClientsPage *page = window.clientsPage();
        QCOMPARE(page->clientTable()->model()->rowCount(), 2);

        Pulse pulse;
        pulse.start();

        proxied.run([&] { proxied.proxy.cut(); });
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("lost; retrying")),
                     qPrintable(window.statusBar()->currentMessage()));
        StoreError error;
        std::unique_ptr<ServerStore> colleague = ServerStore::open(direct, &error);
        QVERIFY2(colleague, qPrintable(error.message));
        QVERIFY(!ServerClientRecords(*colleague).saveClient({}, newClient("C-003", "Added while away"),
                                                            QStringLiteral("edit.client.add"), ActivityDetail("test")).isError());
        // Long enough for the feed to retry several times into the silence.
        QTest::qWait(4000);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("lost; retrying")),
                 qPrintable(window.statusBar()->currentMessage()));
        qInfo() << "longest GUI-thread gap" << pulse.longest() << "ms";
        QVERIFY2(pulse.longest() < 1000, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(pulse.longest())));

        proxied.run([&] { proxied.proxy.restore(); });
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("Reconnected to")), 20000);
        QTRY_COMPARE(page->clientTable()->model()->rowCount(), 3);
    }

    // The feed reconnects to a server that answers, but 3 s late (the proxy's latency): the
    // connection is made and LISTEN sent and answered without the thread ever waiting (a blocking
    // LISTEN, and the session settings before it, stalled it 3 s each), and a change committed
    // then is heard.
    void theFeedListensAgainWithoutBlocking()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const ServerLocation direct = cluster.location(freshName("relisten"));
        fillMatter(direct);
        if (QTest::currentTestFailed())
            return;
        ProxiedServer proxied(cluster, direct);
        StoreError error;
        std::unique_ptr<ServerChangeFeed> feed = ServerChangeFeed::open(proxied.location, &error);
        QVERIFY2(feed, qPrintable(error.message));
        QSignalSpy interrupted(feed.get(), &ServerChangeFeed::interrupted);
        QSignalSpy changed(feed.get(), &ServerChangeFeed::changed);

        proxied.run([&] { proxied.proxy.cut(); });
        QTRY_COMPARE(interrupted.count(), 1);
        QVERIFY(feed->isReconnecting());
        Pulse pulse;
        pulse.start();
        proxied.run([&] {
            proxied.proxy.setLink(3000, 0);
            proxied.proxy.restore();
        });
        QTRY_COMPARE_WITH_TIMEOUT(interrupted.count(), 2, 60000);
        QVERIFY(!interrupted.last().at(0).value<StoreError>().isError());
        QVERIFY(!feed->isReconnecting());
        qInfo() << "longest GUI-thread gap while listening again" << pulse.longest() << "ms";
        QVERIFY2(pulse.longest() < 1000, qPrintable(QStringLiteral("the thread stalled for %1 ms").arg(pulse.longest())));

        std::unique_ptr<ServerStore> colleague = ServerStore::open(direct, &error);
        QVERIFY2(colleague, qPrintable(error.message));
        QVERIFY(!ServerClientRecords(*colleague).saveClient({}, newClient("C-003", "After the reconnect"),
                                                            QStringLiteral("edit.client.add"), ActivityDetail("test")).isError());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 20000);
        QCOMPARE(changed.last().at(0).value<QList<ServerChange>>().first().table, QStringLiteral("clients"));
    }
};

QTEST_MAIN(TestServerThreads)
#include "tst_serverthreads.moc"
