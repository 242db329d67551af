// The GUI on a matter on a real PostgreSQL 15 server (issue 18, the pg_cluster fixture): connect
// through File > Connect to Server... as a user would, see the matter's documents (list, pages,
// search), clients and log; every other page (Vaughn, Audit, Agreements, Research) shows what it
// shows on a case file holding the same records; another store's committed change appears without
// reopening (a colleague's correction of the production on show among them); an edit over it (a
// client, an agreement) is refused and the reload offered; Research
// pools every matter the login may read, naming those skipped.
#include "../core/AuditFixture.h"
#include "../core/PgTestCluster.h"
#include "../core/ProductionFixture.h"
#include "UserInput.h"

#include "CaseFile.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PageView.h"
#include "dialogs/ServerConnectDialog.h"
#include "foia/ProductionImport.h"
#include "models/DocumentListModel.h"
#include "models/VaughnEntryModel.h"
#include "agreements/AgreementsReader.h"
#include "cases/CaseRecordsReader.h"
#include "dialogs/AgreementDialog.h"
#include "pages/AgreementsPage.h"
#include "pages/AuditPage.h"
#include "pages/ClientsPage.h"
#include "pages/DocumentsPage.h"
#include "pages/ResearchPage.h"
#include "pages/VaughnPage.h"
#include "store/AgreementRegistry.h"
#include "store/AgreementStore.h"
#include "store/CaseStore.h"
#include "store/ClientRecords.h"
#include "store/OpenStore.h"
#include "store/PgConnection.h"
#include "store/ProductionWriter.h"
#include "store/ServerAgreementRegistry.h"
#include "store/ServerClientRecords.h"
#include "store/ServerDocumentCatalog.h"
#include "store/ServerProductionCorrections.h"
#include "store/ServerProductionWriter.h"
#include "store/ServerStore.h"
#include "store/ServerVaughnIndexes.h"
#include "store/VaughnIndexes.h"
#include "vaughn/VaughnImport.h"

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

// `prefix` apart from the demo's C-: other clients than its own.
CaseRecords twoClients(const QString &prefix = QStringLiteral("C"))
{
    CaseRecords records;
    for (const auto &[ref, name] : {std::pair{"-001", "Rosa Méndez"}, std::pair{"-002", "Luis Ortega"}}) {
        Client client;
        client.ref = prefix + QString::fromUtf8(ref);
        client.name = QString::fromUtf8(name);
        client.country = QStringLiteral("SV");
        client.allegations << Allegation{QStringLiteral("AL1"), AllegationSource::Tag, AllegationKind::GangAffiliation, {}, {}, {}, {}, {}, {}, {}};
        records.clients << client;
    }
    return records;
}

QString source(const char *relative)
{
    return QStringLiteral(REBUTTAL_SOURCE_DIR "/") + QString::fromLatin1(relative);
}

// What a model shows, every row and column, children after their parent, as text.
QStringList modelText(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(parent); ++column)
            cells << model->index(row, column, parent).data().toString();
        rows << cells.join(QLatin1Char('|'));
        const QModelIndex first = model->index(row, 0, parent);
        if (model->hasChildren(first))
            rows << modelText(model, first);
    }
    return rows;
}

// The same records into a case file or a matter: the audit production and its Vaughn index, the
// demo clients and the demo agreements registry.
template <class Writer, class Indexes, class Clients, class Registry, class Store>
void fillWith(Store &store, const QString &production, const QString &index)
{
    Writer writer(store);
    const ProductionImport::Result imported = ProductionImport(writer).run(production);
    QVERIFY2(imported.outcome == ProductionImport::Outcome::Imported, qPrintable(imported.message));
    Indexes indexes(store);
    const VaughnImport::Result vaughn = VaughnImport(indexes).run(index);
    QVERIFY2(vaughn.outcome == VaughnImport::Outcome::Imported, qPrintable(vaughn.message));
    CaseRecordsReader cases;
    const std::optional<CaseRecords> records = cases.readFile(source("resources/demo/cases.json"));
    QVERIFY2(records, qPrintable(cases.errorString()));
    StoreError error = Clients(store).importRecords(*records, ActivityDetail("cases.json"));
    QVERIFY2(!error.isError(), qPrintable(error.message));
    AgreementsReader reader;
    const std::optional<QList<Agreement>> agreements = reader.readFile(source("resources/demo/agreements.json"), {});
    QVERIFY2(agreements, qPrintable(reader.errorString()));
    error = Registry(store).importAgreements(*agreements, QStringLiteral("agreements.json"));
    QVERIFY2(!error.isError(), qPrintable(error.message));
}

// A window on the screen, active, as a user has it.
void showActive(MainWindow &window)
{
    window.resize(1300, 760);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

// A colleague retitles agreement `ref`, saving against the versions they read.
void retitle(AgreementStore &registry, const QString &ref, const QString &title)
{
    StoreError error;
    QHash<QString, RowStamp> stamps;
    QList<Agreement> theirs = registry.agreements(&error, &stamps);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QHash<QString, qint64> read;
    for (auto stamp = stamps.cbegin(); stamp != stamps.cend(); ++stamp)
        read.insert(stamp.key(), stamp->version);
    for (Agreement &agreement : theirs) {
        if (agreement.ref == ref)
            agreement.title = title;
    }
    error = registry.replaceAll(theirs, QStringLiteral("agreement.edit"), ActivityDetail("test"), &read);
    QVERIFY2(!error.isError(), qPrintable(error.message));
}

AgreementsPage *agreementsPageOf(MainWindow &window)
{
    return qobject_cast<AgreementsPage *>(window.pageWidget(MainWindow::AgreementsPage));
}

} // namespace

class TestServerMatter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_production;
    QString m_auditProduction;
    QString m_auditIndex;

    // A case file and a matter holding the same records (fillWith); an empty `file` or matter
    // name skips that one (each fill analyses the production again, slow on a loaded machine).
    void fillFileAndMatter(const QString &file, const ServerLocation &location)
    {
        StoreError error;
        if (!file.isEmpty()) {
            std::unique_ptr<CaseStore> store = CaseStore::create(file, &error);
            QVERIFY2(store, qPrintable(error.message));
            fillWith<ProductionWriter, VaughnIndexes, ClientRecords, AgreementRegistry>(*store, m_auditProduction, m_auditIndex);
        }
        if (QTest::currentTestFailed() || location.matter.isEmpty())
            return;
        std::unique_ptr<ServerStore> server = ServerStore::create(location, &error);
        QVERIFY2(server, qPrintable(error.message));
        fillWith<ServerProductionWriter, ServerVaughnIndexes, ServerClientRecords, ServerAgreementRegistry>(*server, m_auditProduction,
                                                                                                           m_auditIndex);
    }

    // What the Vaughn, Audit, Agreements and Research pages show, each reached by its sidebar
    // entry, an entry and a finding chosen with the mouse.
    static void pagesShown(MainWindow &window, QStringList *shown)
    {
        clickPage(window, MainWindow::VaughnPage);
        VaughnPage *vaughn = window.vaughnPage();
        QVERIFY(!vaughn->isShowingEmptyState() && !vaughn->isShowingReadFailure());
        *shown << QStringLiteral("[vaughn]") << modelText(vaughn->entryModel());
        QTableView *entries = vaughn->entryTable();
        QVERIFY(entries->model()->rowCount() >= 2);
        QTest::mouseClick(entries->viewport(), Qt::LeftButton, {}, entries->visualRect(entries->model()->index(1, 1)).center());
        QCOMPARE(vaughn->currentEntry(), entries->model()->index(1, 0).data(VaughnEntryModel::EntryNumberRole).toInt());
        *shown << vaughn->detailsText() << modelText(vaughn->listedPages());

        clickPage(window, MainWindow::AuditPage);
        AuditPage *audit = window.auditPage();
        QTRY_VERIFY(!audit->isAuditing());
        QVERIFY(!audit->isShowingReadFailure() && !audit->findings().isEmpty());
        *shown << QStringLiteral("[audit]") << modelText(audit->findingModel()) << audit->detailsText();

        clickPage(window, MainWindow::AgreementsPage);
        AgreementsPage *agreements = agreementsPageOf(window);
        QVERIFY(!agreements->isShowingEmptyState() && !agreements->isShowingReadFailure());
        QTableView *table = agreements->table();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(2, 0)).center());
        *shown << QStringLiteral("[agreements]") << modelText(table->model()) << agreements->currentRef()
               << agreements->detailsText() << agreements->requests();

        clickPage(window, MainWindow::ResearchPage);
        ResearchPage *research = window.researchPage();
        research->setAsOf(QDate(2024, 6, 30));
        QVERIFY(!research->isShowingEmptyState() && !research->isShowingReadFailure());
        *shown << QStringLiteral("[research]") << research->summary()->text();
        for (ResearchCharts::Kind kind : ResearchCharts::kinds())
            *shown << modelText(research->tableOf(kind)->model());
        *shown << modelText(research->flagTable()->model());
    }

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
        m_auditProduction = m_dir.filePath(QStringLiteral("audit.pdf"));
        writeAuditProduction(m_auditProduction);
        m_auditIndex = m_dir.filePath(QStringLiteral("audit-index.csv"));
        QFile index(m_auditIndex);
        QVERIFY(index.open(QIODevice::WriteOnly) && index.write(auditIndexCsv()) > 0);
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
        QTRY_COMPARE(table->model()->rowCount(), 1); // read off the GUI thread on a matter
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
        QTRY_COMPARE(documents->pageModel()->rowCount(), 7);
        QTest::keyClicks(documents->searchField(), QStringLiteral("apprehension"));
        QTest::keyClick(documents->searchField(), Qt::Key_Return);
        // On a matter the search runs off the GUI thread: its hits come a moment later.
        QTRY_VERIFY2(documents->searchResults()->index(0, 0).data().toString().contains(QStringLiteral("page 4")),
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

        // Every page is itself on a server matter (none stands in for another).
        auto *pages = qobject_cast<QStackedWidget *>(window.pageWidget(MainWindow::ClientsPage)->parentWidget());
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            clickPage(window, MainWindow::Page(page));
            QCOMPARE(pages->currentWidget(), window.pageWidget(MainWindow::Page(page)));
        }
        QCOMPARE(MessageBox::recordedMessages(), QStringList());
    }

    // The Vaughn, Audit, Agreements and Research pages on a matter show what they show on a case
    // file holding the same records.
    void everyPageShowsTheSameOnAMatterAsOnAFile()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const QString file = m_dir.filePath(QStringLiteral("alike.rebuttal"));
        const ServerLocation location = cluster.location(freshName("guialike"));
        fillFileAndMatter(file, location);
        if (QTest::currentTestFailed())
            return;
        QStringList onFile;
        QStringList onServer;
        // The audit's findings exported from each, as CSV.
        const QString fileFindings = m_dir.filePath(QStringLiteral("file-findings.csv"));
        const QString serverFindings = m_dir.filePath(QStringLiteral("server-findings.csv"));
        {
            MainWindow window;
            showActive(window);
            QVERIFY(window.openCaseFile(file));
            pagesShown(window, &onFile);
            QCOMPARE(MessageBox::recordedMessages(), QStringList());
            QVERIFY(window.auditPage()->exportCsv(fileFindings));
        }
        if (QTest::currentTestFailed())
            return;
        MessageBox::clearRecordedMessages();
        {
            MainWindow window;
            showActive(window);
            QVERIFY(window.connectToServer(location));
            pagesShown(window, &onServer);
            QCOMPARE(MessageBox::recordedMessages(), QStringList());
            QVERIFY(window.auditPage()->exportCsv(serverFindings));
        }
        if (QTest::currentTestFailed())
            return;
        QVERIFY(onFile.size() > 40);
        for (int i = 0; i < std::min(onFile.size(), onServer.size()); ++i)
            QCOMPARE(onServer.at(i), onFile.at(i));
        QCOMPARE(onServer.size(), onFile.size());
        QFile fromFile(fileFindings);
        QFile fromServer(serverFindings);
        QVERIFY(fromFile.open(QIODevice::ReadOnly) && fromServer.open(QIODevice::ReadOnly));
        const QByteArray findings = fromFile.readAll();
        QVERIFY(findings.count('\n') > 3);
        QCOMPARE(fromServer.readAll(), findings);
        // The matter's log records the export, under the server's login.
        StoreError error;
        std::unique_ptr<OpenStore> matter = OpenStore::open(location.display(), &error);
        QVERIFY2(matter, qPrintable(error.message));
        const QList<ActivityEntry> log = matter->activityEntries(&error);
        QVERIFY(!log.isEmpty());
        QCOMPARE(log.last().action, QStringLiteral("export.audit"));
        QCOMPARE(log.last().user, location.user);
    }

    // A colleague's committed Vaughn index, agreement edit and client reach the pages showing them.
    void anotherUsersChangesRefreshTheOtherPages()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const ServerLocation location = cluster.location(freshName("guirefresh"));
        fillFileAndMatter({}, location);
        if (QTest::currentTestFailed())
            return;
        MainWindow window;
        showActive(window);
        QVERIFY(window.connectToServer(location));
        StoreError error;
        std::unique_ptr<OpenStore> colleague = OpenStore::open(location.display(), &error);
        QVERIFY2(colleague, qPrintable(error.message));

        clickPage(window, MainWindow::AuditPage);
        QTRY_VERIFY(!window.auditPage()->isAuditing());
        const qsizetype findings = window.auditPage()->findings().size();
        auto *indexChoice = window.vaughnPage()->findChild<QComboBox *>(QStringLiteral("indexChoice"));
        QCOMPARE(indexChoice->count(), 1);
        const QString second = m_dir.filePath(QStringLiteral("second-index.csv"));
        QFile index(second);
        QVERIFY(index.open(QIODevice::WriteOnly) && index.write(auditIndexCsv() + "9,AUD-000001,Partial,1,Another,(b)(5),\n") > 0);
        index.close();
        const VaughnImport::Result imported = VaughnImport(colleague->vaughnIndexes()).run(second);
        QVERIFY2(imported.outcome == VaughnImport::Outcome::Imported, qPrintable(imported.message));
        QTRY_COMPARE(indexChoice->count(), 2);
        QTRY_VERIFY(!window.auditPage()->isAuditing() && window.auditPage()->findings().size() > findings);

        clickPage(window, MainWindow::AgreementsPage);
        AgreementsPage *agreements = agreementsPageOf(window);
        const QList<Agreement> registry = colleague->agreements().agreements(&error);
        QVERIFY(registry.size() > 2);
        agreements->selectAgreement(registry.at(0).ref);
        QVERIFY(!agreements->detailsText().contains(QStringLiteral("Retitled by a colleague")));
        retitle(colleague->agreements(), registry.at(0).ref, QStringLiteral("Retitled by a colleague"));
        QTRY_VERIFY2(agreements->detailsText().contains(QStringLiteral("Retitled by a colleague")), qPrintable(agreements->detailsText()));

        clickPage(window, MainWindow::ResearchPage);
        ResearchPage *research = window.researchPage();
        const int clients = research->figures().clients;
        QVERIFY(clients > 0);
        std::unique_ptr<ServerStore> server = ServerStore::open(location, &error);
        QVERIFY2(server, qPrintable(error.message));
        error = ServerClientRecords(*server).importRecords(twoClients(QStringLiteral("X")), ActivityDetail("test"));
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QTRY_COMPARE(research->figures().clients, clients + 2);
        QCOMPARE(MessageBox::recordedMessages(), QStringList());
    }

    // An agreement saved over a colleague's change is refused on both backends, said with who
    // changed it, and the reload offered shows their change; nothing of theirs is lost.
    void aConflictingAgreementSaveIsRefused_data()
    {
        QTest::addColumn<bool>("server");
        QTest::newRow("case file") << false;
        QTest::newRow("server matter") << true;
    }

    void aConflictingAgreementSaveIsRefused()
    {
        QFETCH(bool, server);
        REQUIRE_PG_CLUSTER(cluster);
        const QString file = m_dir.filePath(freshName("conflict") + QStringLiteral(".rebuttal"));
        const ServerLocation location = cluster.location(server ? freshName("guiconflict") : QString());
        fillFileAndMatter(server ? QString() : file, location);
        if (QTest::currentTestFailed())
            return;
        MainWindow window;
        showActive(window);
        QVERIFY(server ? window.connectToServer(location) : window.openCaseFile(file));
        const QString address = server ? location.display() : file;
        clickPage(window, MainWindow::AgreementsPage);
        AgreementsPage *page = agreementsPageOf(window);
        QTableView *table = page->table();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
        const QString ref = page->currentRef();
        QVERIFY(!ref.isEmpty());
        const int history = window.undoStack()->count();

        // This user opens the editor; meanwhile a colleague retitles the same agreement.
        QTest::mouseClick(page->findChild<QToolBar *>()->widgetForAction(page->editAction()), Qt::LeftButton);
        AgreementDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<AgreementDialog *>()) && dialog->isVisible());
        StoreError error;
        std::unique_ptr<OpenStore> colleague = OpenStore::open(address, &error);
        QVERIFY2(colleague, qPrintable(error.message));
        retitle(colleague->agreements(), ref, QStringLiteral("The colleague's title"));
        QHash<QString, RowStamp> stamps;
        colleague->agreements().agreements(&error, &stamps);
        const QString editor = stamps.value(ref).changedBy;
        QTest::qWait(300); // on a server, the feed's notification arrives while the editor is open

        MessageBox::setAutomatic(true, QMessageBox::Yes);
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("title")), QStringLiteral("My title"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        MessageBox::setAutomatic(true);
        QCOMPARE(MessageBox::recordedMessages().size(), 1);
        const QString message = MessageBox::recordedMessages().first();
        QVERIFY2(message.contains(ref) && message.contains(QStringLiteral("since you opened it")) && message.contains(editor),
                 qPrintable(message));
        QCOMPARE(window.undoStack()->count(), history);
        const QList<Agreement> stored = colleague->agreements().agreements(&error);
        const auto kept = std::find_if(stored.cbegin(), stored.cend(), [&](const Agreement &a) { return a.ref == ref; });
        QVERIFY(kept != stored.cend());
        QCOMPARE(kept->title, QStringLiteral("The colleague's title"));
        // Reloaded: the colleague's title shows, and an edit now is saved.
        page->selectAgreement(ref);
        QTRY_VERIFY2(page->detailsText().contains(QStringLiteral("The colleague's title")), qPrintable(page->detailsText()));
        MessageBox::clearRecordedMessages();
        QTest::mouseClick(page->findChild<QToolBar *>()->widgetForAction(page->editAction()), Qt::LeftButton);
        QTRY_VERIFY((dialog = page->findChild<AgreementDialog *>()) && dialog->isVisible());
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("title")), QStringLiteral("My title"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(MessageBox::recordedMessages(), QStringList());
        QCOMPARE(window.undoStack()->count(), history + 1);
        QTRY_VERIFY2(page->detailsText().contains(QStringLiteral("My title")), qPrintable(page->detailsText()));

        // The colleague changes it again; this user's undo would put the old title back over it: refused.
        retitle(colleague->agreements(), ref, QStringLiteral("Their second title"));
        MessageBox::setAutomatic(true, QMessageBox::No);
        window.undoStack()->undo();
        MessageBox::setAutomatic(true);
        QCOMPARE(MessageBox::recordedMessages().size(), 1);
        QVERIFY2(MessageBox::recordedMessages().first().contains(QStringLiteral("since you opened it")),
                 qPrintable(MessageBox::recordedMessages().first()));
        const QList<Agreement> after = colleague->agreements().agreements(&error);
        QCOMPARE(std::find_if(after.cbegin(), after.cend(), [&](const Agreement &a) { return a.ref == ref; })->title,
                 QStringLiteral("Their second title"));
    }

    // Research pools every matter of the database the login may read, as one case file holding
    // all their clients would show them, and names the matter it skipped.
    void researchPoolsEveryMatterTheLoginMayRead()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const QString first = freshName("poola");
        const QString second = freshName("poolb");
        const QString hidden = freshName("poolc");
        CaseRecordsReader cases;
        const std::optional<CaseRecords> demo = cases.readFile(source("resources/demo/cases.json"));
        QVERIFY2(demo, qPrintable(cases.errorString()));
        CaseRecords both = *demo;
        both.clients << twoClients(QStringLiteral("X")).clients;
        StoreError error;
        for (const auto &[matter, records] : {std::pair{first, *demo}, std::pair{second, twoClients(QStringLiteral("X"))},
                                              std::pair{hidden, twoClients(QStringLiteral("X"))}}) {
            std::unique_ptr<ServerStore> store = ServerStore::create(cluster.location(matter), &error);
            QVERIFY2(store, qPrintable(error.message));
            QVERIFY(!ServerClientRecords(*store).importRecords(records, ActivityDetail("test")).isError());
        }
        const QString file = m_dir.filePath(QStringLiteral("pooled.rebuttal"));
        {
            std::unique_ptr<CaseStore> store = CaseStore::create(file, &error);
            QVERIFY2(store, qPrintable(error.message));
            QVERIFY(!ClientRecords(*store).importRecords(both, ActivityDetail("test")).isError());
        }
        // A coalition researcher: a reader of the first two matters, not of the third.
        const QString researcher = freshName("researcher");
        std::unique_ptr<PgConnection> admin = adminConnection(cluster);
        QVERIFY(admin && !admin->exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(researcher)).isError());
        for (const QString &matter : {first, second}) {
            std::unique_ptr<ServerStore> store = ServerStore::open(cluster.location(matter), &error);
            QVERIFY2(store, qPrintable(error.message));
            QVERIFY(!store->grant(researcher, ServerStore::Role::Reader).isError());
        }

        QStringList onFile;
        const QString fileDataset = m_dir.filePath(QStringLiteral("file-dataset.csv"));
        {
            MainWindow window;
            showActive(window);
            QVERIFY(window.openCaseFile(file));
            clickPage(window, MainWindow::ResearchPage);
            QVERIFY(!window.researchPage()->scopeChoice()->isVisible());
            window.researchPage()->setAsOf(QDate(2024, 6, 30));
            onFile << window.researchPage()->summary()->text();
            for (ResearchCharts::Kind kind : ResearchCharts::kinds())
                onFile << modelText(window.researchPage()->tableOf(kind)->model());
            QVERIFY(window.researchPage()->exportDataset(fileDataset));
        }
        MainWindow window;
        showActive(window);
        QVERIFY(window.connectToServer(cluster.location(first, researcher)));
        clickPage(window, MainWindow::ResearchPage);
        ResearchPage *research = window.researchPage();
        research->setAsOf(QDate(2024, 6, 30));
        const int alone = research->figures().clients;
        QComboBox *scope = research->scopeChoice();
        QVERIFY(scope->isVisible());
        QCOMPARE(scope->count(), 2);
        QTest::mouseClick(scope, Qt::LeftButton);
        QTest::keyClick(scope, Qt::Key_Escape);
        QTest::keyClick(scope, Qt::Key_Down);
        QVERIFY(research->isPooled());
        QVERIFY(research->figures().clients > alone);
        QStringList pooled{research->summary()->text()};
        for (ResearchCharts::Kind kind : ResearchCharts::kinds())
            pooled << modelText(research->tableOf(kind)->model());
        QCOMPARE(pooled, onFile);
        const QString note = research->scopeNote()->text();
        QVERIFY2(note.contains(QStringLiteral("Skipped %1: your login is neither a reader nor an editor of it.").arg(hidden))
                     && note.contains(first) && note.contains(second),
                 qPrintable(note));
        // The pooled dataset is the case file's, byte for byte, and every pooled matter's log says
        // it left; the skipped matter's says nothing.
        const QString pooledDataset = m_dir.filePath(QStringLiteral("pooled-dataset.csv"));
        QVERIFY(research->exportDataset(pooledDataset));
        QFile pooledRows(pooledDataset);
        QFile fileRows(fileDataset);
        QVERIFY(pooledRows.open(QIODevice::ReadOnly) && fileRows.open(QIODevice::ReadOnly));
        const QByteArray rows = fileRows.readAll();
        QCOMPARE(rows.count('\n'), 1 + both.clients.size());
        QCOMPARE(pooledRows.readAll(), rows);
        for (const auto &[matter, logged] : {std::pair{first, 1}, std::pair{second, 1}, std::pair{hidden, 0}}) {
            PgStatement count(*admin, QStringLiteral("SELECT count(*) FROM %1.activity_log WHERE action = 'export.research' AND \"user\" = $1")
                                          .arg(cluster.location(matter).schemaName()));
            count.bind(researcher);
            QVERIFY2(count.exec() && count.next(), qPrintable(count.error().message));
            QCOMPARE(count.value(0).toInt(), logged);
        }
        // Back to the one matter.
        QTest::keyClick(scope, Qt::Key_Up);
        QVERIFY(!research->isPooled());
        QCOMPARE(research->figures().clients, alone);
        QCOMPARE(MessageBox::recordedMessages(), QStringList());
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

    // A colleague's corrections of the production on show (a box deleted, the page marked withheld)
    // reach the page strip, the page and the list's box count without reopening (schema 8's notice).
    void aColleaguesCorrectionShowsOnTheOpenProduction()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const ServerLocation location = cluster.location(freshName("guicorr"));
        fillMatter(location, m_production);
        if (QTest::currentTestFailed())
            return;
        MainWindow window;
        showActive(window);
        QVERIFY(window.connectToServer(location));
        clickPage(window, MainWindow::DocumentsPage);
        DocumentsPage *documents = window.documentsPage();
        auto *table = documents->findChild<QTableView *>(QStringLiteral("documentTable"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
        QTRY_COMPARE(documents->pageModel()->rowCount(), 7);
        QTRY_VERIFY(!documents->isReadingDocument() && documents->pageView()->page().number == 1);
        const ProductionPage shown = documents->pageView()->page();
        QVERIFY(shown.redactions.size() >= 2 && !shown.withheldInFull);
        const auto count = [table](int column) { return table->model()->index(0, column).data().toInt(); };
        const int boxes = count(DocumentListModel::Redactions);
        const int withheld = count(DocumentListModel::Withheld);

        StoreError error;
        std::unique_ptr<ServerStore> colleague = ServerStore::open(location, &error);
        QVERIFY2(colleague, qPrintable(error.message));
        ServerProductionCorrections theirEdits(*colleague);
        QVERIFY(!theirEdits.removeBox(shown.redactions.at(0).id, shown.redactions.at(0).version).isError());
        QVERIFY(!theirEdits.setWithheld(1, 1, true).isError());
        QTRY_VERIFY(documents->pageView()->page().withheldInFull
                    && documents->pageView()->page().redactions.size() == shown.redactions.size() - 1);
        QCOMPARE(documents->currentPage(), 1);
        QCOMPARE(documents->pageView()->page().redactions, shown.redactions.mid(1));
        QTRY_VERIFY(count(DocumentListModel::Redactions) == boxes - 1 && count(DocumentListModel::Withheld) == withheld + 1);
        QCOMPARE(MessageBox::recordedMessages(), QStringList());
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
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("lost; retrying")),
                     qPrintable(window.statusBar()->currentMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("Reconnected to")), 15000);

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
