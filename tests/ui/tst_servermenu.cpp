// The File menu on a matter on a real PostgreSQL 15 server (issue 18, the pg_cluster fixture):
// imports (a production, case records, a Vaughn index, agreements) and the case-records export run
// on the matter behind the progress dialog; a reader's import is refused by the server and said
// in plain words; Cancel leaves the matter as it was; Save a Copy writes the matter to a case file,
// follows a large production's stream, and its Cancel leaves no file.
#include "../core/AuditFixture.h"
#include "../core/PgTestCluster.h"
#include "../core/ProductionFixture.h"
#include "CancelWhen.h"
#include "LinkProxy.h"
#include "UserInput.h"

#include "CaseFile.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SaveFileDialog.h"
#include "SummaryPreviewDialog.h"
#include "cases/CaseRecordsWriter.h"
#include "models/ActivityLogModel.h"
#include "pages/ClientsPage.h"
#include "pages/DocumentsPage.h"
#include "store/AgreementRegistry.h"
#include "store/CaseStore.h"
#include "store/ClientRecords.h"
#include "store/DocumentCatalog.h"
#include "store/OpenStore.h"
#include "store/PgConnection.h"
#include "store/ServerAgreementRegistry.h"
#include "store/ServerClientRecords.h"
#include "store/ServerDocumentCatalog.h"
#include "store/ServerProductionWriter.h"
#include "store/ServerStore.h"
#include "store/ServerVaughnIndexes.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rebuttal;
using namespace rebuttal::test;

namespace {

// The first client's bond denial cites page 4 of the production by its Bates number.
CaseRecords twoClients(const QString &citedBates)
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
    CaseEvent denied{QStringLiteral("E1"), EventType::BondDenied, PartialDate::fromString(QStringLiteral("2023-05-02")),
                     QStringLiteral("Bond denied on the gang allegation"), {QStringLiteral("AL1")}, {{citedBates, 0}}};
    records.clients.first().events << denied;
    return records;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

int countRows(PgConnection &connection, const QString &matter, const QString &table)
{
    PgStatement count(connection, QStringLiteral("SELECT count(*) FROM matter_%1.%2").arg(matter, table));
    return count.exec() && count.next() ? count.value(0).toInt() : -1;
}

QString recorded()
{
    return MessageBox::recordedMessages().join(QLatin1Char('\n'));
}

} // namespace

class TestServerMenu : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_production, m_records, m_index, m_agreements, m_citedBates;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The window, shown and active, on `location` (connected as File > Connect to Server does;
    // tst_servermatter drives that dialog).
    static void connect(MainWindow &window, const ServerLocation &location)
    {
        window.resize(1300, 760);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY2(window.connectToServer(location), qPrintable(recorded()));
        QVERIFY(window.openStore() && window.openStore()->serverLocation() && !window.store());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setAutomatic(true);
        QVERIFY(m_dir.isValid());
        m_production = path(QStringLiteral("standard.pdf"));
        const QList<ExpectedPage> pages = writeStandardProduction(m_production);
        QCOMPARE(pages.size(), 7);
        QVERIFY(!pages.at(3).bates.isEmpty());
        m_records = path(QStringLiteral("clients.json"));
        m_citedBates = pages.at(3).bates;
        QVERIFY(writeBytes(m_records, CaseRecordsWriter::toJson(twoClients(m_citedBates))));
        m_index = path(QStringLiteral("index.csv"));
        QVERIFY(writeBytes(m_index, auditIndexCsv()));
        m_agreements = QStringLiteral(REBUTTAL_SOURCE_DIR "/resources/demo/agreements.json");
    }

    void init() { MessageBox::clearRecordedMessages(); }
    void cleanup() { SaveFileDialog::setAutomatic(false); }

    // Every import of the File menu writes the matter; the case-records export and Save a Copy
    // read it; what the copy holds is what the matter holds.
    void importsExportsAndACopyOnAMatter()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const ServerLocation location = cluster.location(freshName("menu"));
        StoreError error;
        std::unique_ptr<ServerStore> server = ServerStore::create(location, &error);
        QVERIFY2(server, qPrintable(error.message));

        MainWindow window;
        connect(window, location);
        if (QTest::currentTestFailed())
            return;
        for (const char *name : {"importProduction", "importVaughnIndex", "importCaseRecords", "importAgreements",
                                 "exportCaseRecords", "saveCopy"})
            QVERIFY2(window.findChild<QAction *>(QString::fromLatin1(name))->isEnabled(), name);
        // The matter's first entry says what it created.
        clickPage(window, MainWindow::ActivityPage);
        auto *log = window.pageWidget(MainWindow::ActivityPage)->findChild<QTableView *>();
        QCOMPARE(log->model()->index(0, ActivityLogModel::Action).data().toString(),
                 QStringLiteral("Matter %1 created").arg(location.matter));

        QSignalSpy production(&window, &MainWindow::importFinished);
        window.importProduction(m_production);
        QVERIFY(production.wait(240000));
        QCOMPARE(production.last().at(0).value<ProductionImport::Outcome>(), ProductionImport::Outcome::Imported);
        const QList<DocumentSummary> documents = ServerDocumentCatalog(*server).documents(&error);
        QCOMPARE(documents.size(), 1);
        QCOMPARE(window.currentPage(), MainWindow::DocumentsPage);
        QTRY_COMPARE(window.documentsPage()->pageModel()->rowCount(), 7);

        QSignalSpy cases(&window, &MainWindow::caseRecordsImportFinished);
        window.importCaseRecords(m_records);
        QVERIFY(cases.wait(60000));
        QCOMPARE(cases.last().at(0).value<CaseRecordsImportResult::Outcome>(), CaseRecordsImportResult::Outcome::Imported);
        QTRY_COMPARE(window.clientsPage()->clientTable()->model()->rowCount(), 2);

        // The selected client's evidence summary, previewed and saved: its exhibit, page 4 of the
        // production, drawn from the bytes on the server; the export logged there.
        QTableView *clients = window.clientsPage()->clientTable();
        QTest::mouseClick(clients->viewport(), Qt::LeftButton, {}, clients->visualRect(clients->model()->index(0, 0)).center());
        QTRY_VERIFY(window.exportSummaryAction()->isEnabled());
        QCOMPARE(window.selectedClientRef(), QStringLiteral("C-001"));
        const QString summary = path(QStringLiteral("summary.pdf"));
        int summaryPages = 0;
        QTimer::singleShot(0, [&summaryPages] {
            auto *dialog = qobject_cast<SummaryPreviewDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 120000);
            summaryPages = dialog->pageCount();
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        });
        MessageBox::setAutomaticInput(QStringLiteral("Ana Preparer"));
        QVERIFY2(window.exportSummary(QStringLiteral("C-001"), summary), qPrintable(recorded()));
        QVERIFY(summaryPages >= 2);
        QFile pdf(summary);
        QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.readAll().startsWith("%PDF"));
        QCOMPARE(server->activityEntries(&error).last().action, QStringLiteral("export.summary"));
        MessageBox::clearRecordedMessages(); // the preparer's name was asked

        // The client's citation, a Bates number, opens page 4 on the Documents page, looked up on
        // the server; a citation no production carries is said, not ignored.
        window.openCitation(twoClients(m_citedBates).clients.first().events.first().evidence.first().document, 0);
        QCOMPARE(window.currentPage(), MainWindow::DocumentsPage);
        QTRY_COMPARE(window.documentsPage()->currentPage(), 4);
        window.openCitation(QStringLiteral("NOWHERE-000001"), 0);
        QVERIFY2(recorded().contains(QStringLiteral("NOWHERE-000001")), qPrintable(recorded()));
        MessageBox::clearRecordedMessages();

        QSignalSpy index(&window, &MainWindow::vaughnImportFinished);
        window.importVaughnIndex(m_index);
        QVERIFY(index.wait(60000));
        QVERIFY2(index.last().at(0).value<VaughnImport::Outcome>() == VaughnImport::Outcome::Imported,
                 qPrintable(index.last().at(2).toString()));
        QCOMPARE(ServerVaughnIndexes(*server).indexes(&error).size(), 1);

        QSignalSpy agreements(&window, &MainWindow::agreementsImportFinished);
        window.importAgreements(m_agreements);
        QVERIFY(agreements.wait(60000));
        QVERIFY2(agreements.last().at(0).value<AgreementsImportResult::Outcome>() == AgreementsImportResult::Outcome::Imported,
                 qPrintable(recorded()));
        QCOMPARE(ServerAgreementRegistry(*server).agreements(&error).size(), 5);
        QVERIFY2(MessageBox::recordedMessages().isEmpty(), qPrintable(recorded()));

        // File > Export Case Records... from the menu: the matter's records, logged on the server.
        const QString exported = path(location.matter + QStringLiteral(".json"));
        SaveFileDialog::setAutomatic(true, exported);
        clickMenuItem(&window, window.findChild<QAction *>(QStringLiteral("exportCaseRecords")));
        QTRY_VERIFY(QFileInfo::exists(exported));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), CaseRecordsWriter::toJson(*ServerClientRecords(*server).allRecords(&error)));
        const QList<ActivityEntry> entries = server->activityEntries(&error);
        QCOMPARE(entries.last().action, QStringLiteral("export.cases"));
        QCOMPARE(entries.last().user, location.user);

        // File > Save a Copy...: the matter as a case file, checked table by table.
        QSignalSpy copied(&window, &MainWindow::saveCopyFinished);
        const QString copy = path(location.matter + QStringLiteral(".rebuttal"));
        SaveFileDialog::setAutomatic(true, copy);
        clickMenuItem(&window, window.findChild<QAction *>(QStringLiteral("saveCopy")));
        QVERIFY(copied.wait(120000));
        QVERIFY2(copied.last().at(0).value<CopyReport::Outcome>() == CopyReport::Outcome::Copied, qPrintable(recorded()));
        std::unique_ptr<CaseStore> saved = CaseStore::open(copy, &error);
        QVERIFY2(saved, qPrintable(error.message));
        const QList<DocumentSummary> savedDocuments = DocumentCatalog(*saved).documents(&error);
        QCOMPARE(savedDocuments.size(), 1);
        QCOMPARE(savedDocuments.first().sha256, documents.first().sha256);
        QCOMPARE(ClientRecords(*saved).allRecords(&error)->clients.size(), 2);
        QCOMPARE(AgreementRegistry(*saved).agreements(&error).size(), 5);
        // The window still shows the matter, and the matter's log records the copy.
        QVERIFY(window.openStore()->serverLocation());
        QCOMPARE(server->activityEntries(&error).last().action, QStringLiteral("store.copy"));
    }

    // A reader of the matter: the server refuses every import, the window says so in plain words,
    // and the matter is unchanged.
    void aReadersImportIsRefusedInPlainWords()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const QString matter = freshName("menureader");
        const QString reader = freshName("reader");
        StoreError error;
        std::unique_ptr<ServerStore> owner = ServerStore::create(cluster.location(matter), &error);
        QVERIFY2(owner, qPrintable(error.message));
        std::unique_ptr<PgConnection> admin = adminConnection(cluster);
        QVERIFY(admin && !admin->exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(reader)).isError());
        QVERIFY(!owner->grant(reader, ServerStore::Role::Reader).isError());

        MainWindow window;
        connect(window, cluster.location(matter, reader));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!window.openStore()->mayChange());

        QSignalSpy cases(&window, &MainWindow::caseRecordsImportFinished);
        window.importCaseRecords(m_records);
        QVERIFY(cases.wait(60000));
        QCOMPARE(cases.last().at(0).value<CaseRecordsImportResult::Outcome>(), CaseRecordsImportResult::Outcome::StoreFailed);
        QVERIFY2(recorded().contains(QStringLiteral("You may read the matter %1 but not change it").arg(matter)), qPrintable(recorded()));
        QVERIFY2(recorded().contains(QStringLiteral("Nothing was imported")), qPrintable(recorded()));

        MessageBox::clearRecordedMessages();
        QSignalSpy production(&window, &MainWindow::importFinished);
        window.importProduction(m_production);
        QVERIFY(production.wait(240000));
        QCOMPARE(production.last().at(0).value<ProductionImport::Outcome>(), ProductionImport::Outcome::StoreFailed);
        QVERIFY2(recorded().contains(QStringLiteral("You may read the matter %1 but not change it").arg(matter)), qPrintable(recorded()));

        MessageBox::clearRecordedMessages();
        QSignalSpy agreements(&window, &MainWindow::agreementsImportFinished);
        window.importAgreements(m_agreements);
        QVERIFY(agreements.wait(60000));
        QCOMPARE(agreements.last().at(0).value<AgreementsImportResult::Outcome>(), AgreementsImportResult::Outcome::StoreFailed);
        QVERIFY2(recorded().contains(QStringLiteral("but not change it")), qPrintable(recorded()));

        for (const char *table : {"clients", "documents", "document_files", "agreements"})
            QCOMPARE(countRows(*admin, matter, QString::fromLatin1(table)), 0);
    }

    // Cancel in the progress dialog while the import waits on the server: rolled back, nothing
    // of the production stays on the matter.
    void cancelledImportLeavesTheMatterAsItWas()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const QString matter = freshName("menucancel");
        StoreError error;
        QVERIFY2(ServerStore::create(cluster.location(matter), &error), qPrintable(error.message));
        MainWindow window;
        connect(window, cluster.location(matter));
        if (QTest::currentTestFailed())
            return;

        // The import's first write waits on a lock the superuser holds, so Cancel comes mid-import.
        std::unique_ptr<PgConnection> admin = adminConnection(cluster);
        std::unique_ptr<PgConnection> monitor = adminConnection(cluster);
        QVERIFY(admin && monitor && lockTable(*admin, QStringLiteral("matter_%1.document_files").arg(matter)));
        QSignalSpy finished(&window, &MainWindow::importFinished);
        CancelWhen cancel(window, [&](QProgressDialog &) { return appWaitsOnLock(*monitor); });
        window.importProduction(m_production);
        QTRY_VERIFY_WITH_TIMEOUT(cancel.clicked(), 60000);
        admin->rollback();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.last().at(0).value<ProductionImport::Outcome>(), ProductionImport::Outcome::Cancelled);
        for (const char *table : {"documents", "document_files", "pages", "redactions"})
            QCOMPARE(countRows(*monitor, matter, QString::fromLatin1(table)), 0);
        QVERIFY2(MessageBox::recordedMessages().isEmpty(), qPrintable(recorded()));
    }

    // An import commits on a connection of its own, and the window refreshes once it is done: the
    // change feed leaves that connection's notices out, so one import is one refresh of the pages.
    // A colleague's change after the imports is heard; the server delivers in commit order, so
    // by then the imports' notices would have been heard before it.
    void anImportIsRefreshedOnce()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const ServerLocation location = cluster.location(freshName("menuonce"));
        StoreError error;
        std::unique_ptr<ServerStore> colleague = ServerStore::create(location, &error);
        QVERIFY2(colleague, qPrintable(error.message));
        MainWindow window;
        connect(window, location);
        if (QTest::currentTestFailed())
            return;
        auto *caseFile = window.findChild<CaseFile *>();
        QVERIFY(caseFile);
        QSignalSpy documentsChanged(caseFile, &CaseFile::documentsChanged);
        QSignalSpy clientsChanged(caseFile, &CaseFile::clientsChanged);

        QSignalSpy production(&window, &MainWindow::importFinished);
        window.importProduction(m_production);
        QVERIFY(production.wait(240000));
        QCOMPARE(production.last().at(0).value<ProductionImport::Outcome>(), ProductionImport::Outcome::Imported);
        QSignalSpy records(&window, &MainWindow::caseRecordsImportFinished);
        window.importCaseRecords(m_records);
        QVERIFY(records.wait(120000));
        QCOMPARE(records.last().at(0).value<CaseRecordsImportResult::Outcome>(), CaseRecordsImportResult::Outcome::Imported);
        QCOMPARE(clientsChanged.count(), 1);

        Client theirs = twoClients(m_citedBates).clients.first();
        theirs.ref = QStringLiteral("C-900");
        QVERIFY(!ServerClientRecords(*colleague).saveClient({}, theirs, QStringLiteral("edit.client.add"), ActivityDetail("test")).isError());
        QTRY_COMPARE_WITH_TIMEOUT(clientsChanged.count(), 2, 20000);
        QTest::qWait(300);
        QCOMPARE(documentsChanged.count(), 1);
        QCOMPARE(clientsChanged.count(), 2);
    }

    // Save a Copy of a matter holding a large production: the progress dialog follows the file's
    // stream (its maximum the file's size in KiB), and Cancel there leaves no file, not even a
    // partial one.
    void savingACopyFollowsTheStreamAndCancelLeavesNoFile()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const QString matter = freshName("menubig");
        StoreError error;
        std::unique_ptr<ServerStore> server = ServerStore::create(cluster.location(matter), &error);
        QVERIFY2(server, qPrintable(error.message));
        constexpr qsizetype bytes = 96 * 1024 * 1024;
        QList<quint32> random(bytes / 4);
        QRandomGenerator::global()->fillRange(random.data(), random.size());
        const QByteArray pdf(reinterpret_cast<const char *>(random.constData()), bytes);
        QTemporaryDir folder; // its own: nothing else in it, so a partial file would show
        QVERIFY(folder.isValid());
        const QString big = folder.filePath(QStringLiteral("big.pdf"));
        QVERIFY(writeBytes(big, pdf));
        {
            ServerProductionWriter writer(*server);
            ProductionPage page;
            page.number = 1;
            page.sizePt = QSizeF(612, 792);
            page.text = QStringLiteral("Record of deportable alien");
            page.textSource = TextSource::Layer;
            QVERIFY(!writer.begin(big, QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex())).isError());
            QVERIFY(!writer.addPage(page).isError());
            QVERIFY(!writer.commit(1).isError());
        }
        QFile::remove(big);

        // Through a proxy that lets the server send 16 MB a second, and holds the copy's stream
        // after a third of the production's size has passed (of its bytes on the wire: at most a
        // third of the file itself) until the test has clicked Cancel: the bar stands mid-stream
        // for as long as the GUI thread needs to see it, however little time it gets (a rate
        // alone left a loaded machine's test a few seconds, and the stream sometimes passed the
        // middle between two looks at the bar).
        ProxiedServer proxied(cluster, cluster.location(matter));
        MainWindow window;
        connect(window, proxied.location);
        if (QTest::currentTestFailed())
            return;
        proxied.run([&] {
            proxied.proxy.setLink(0, 16 * 1024 * 1024);
            proxied.proxy.holdNewConnectionsAfter(bytes / 3); // the window's own connections are open by now
        });
        // Released however the test ends, before the window waits for its job to stop.
        const auto release = qScopeGuard([&] { proxied.run([&] { proxied.proxy.releaseHeld(); }); });
        QSignalSpy finished(&window, &MainWindow::saveCopyFinished);
        const QString copy = folder.filePath(QStringLiteral("never saved.rebuttal"));
        // Cancelled once the bar counts the production's kibibytes and has moved along them.
        CancelWhen cancel(window, [](QProgressDialog &dialog) {
            return dialog.maximum() == int(bytes / 1024) && dialog.value() > 0 && dialog.value() < dialog.maximum() / 2;
        });
        SaveFileDialog::setAutomatic(true, copy);
        QTest::keySequence(&window, window.findChild<QAction *>(QStringLiteral("saveCopy"))->shortcut());
        QTRY_VERIFY2_WITH_TIMEOUT(cancel.clicked() || !finished.isEmpty(), "the copy neither streamed nor ended", 180000);
        proxied.run([&] { proxied.proxy.releaseHeld(); }); // the job reads on, and sees the Cancel
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 180000);
        QVERIFY2(cancel.clicked(), "the dialog never showed the production's stream");
        QCOMPARE(cancel.maximumSeen(), int(bytes / 1024));
        QCOMPARE(finished.last().at(0).value<CopyReport::Outcome>(), CopyReport::Outcome::Cancelled);
        QVERIFY(!QFileInfo::exists(copy));
        QCOMPARE(QDir(folder.path()).entryList({QStringLiteral("*.partial*"), QStringLiteral("*.rebuttal*")},
                                              QDir::Hidden | QDir::Files),
                 QStringList());
    }
};

QTEST_MAIN(TestServerMenu)
#include "tst_servermenu.moc"
