// Team mode (issue 18): FOIA productions on a matter on a real PostgreSQL 15 server (the
// pg_cluster fixture). The same generated productions go into a case file and a matter, and
// documents, document and search must say the same of both; Spanish and phrase queries; a
// reader may read but not import; a killed client, a cancelled import or the server's crash
// leaves nothing.
#include "../cli/CliRun.h"
#include "PgTestCluster.h"
#include "ProductionFixture.h"
#include "foia/ProductionImport.h"
#include "store/PgConnection.h"
#include "store/ServerDocumentCatalog.h"
#include "store/ServerProductionCorrections.h"
#include "store/ServerProductionWriter.h"
#include "store/ServerStore.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace rebuttal;
using namespace rebuttal::test;

namespace {

// A two-language production: an English memo, a Spanish notice, a page withheld in full.
QList<ExpectedPage> writeBilingualProduction(const QString &path)
{
    using F = ProductionFixture;
    ProductionFixture fixture(path);
    const QSizeF letter(850, 1100);
    ExpectedPage english;
    english.bates = QStringLiteral("2025-EOIR-000201");
    const QRectF name(300, 280, 220, 24);
    english.boxes = {{F::fraction(name, letter), {QStringLiteral("(b)(6)")}, {}}};
    english.exemptions = {QStringLiteral("(b)(6)")};
    fixture.addPage(english, [&](QPainter &p, QSizeF size) {
        F::text(p, 100, 120, QStringLiteral("MEMORANDUM FOR THE RECORD"), 14);
        F::text(p, 100, 200, QStringLiteral("The deportation order was served on the respondent."));
        F::text(p, 100, 297, QStringLiteral("Served by officer"));
        F::labelledBox(p, name, QStringLiteral("(b)(6)"));
        F::text(p, 100, 360, QStringLiteral("Order entered after the hearing in absentia."));
        F::bates(p, size, english.bates);
    });
    ExpectedPage spanish;
    spanish.bates = QStringLiteral("2025-EOIR-000202");
    const QRectF file(330, 330, 200, 24);
    spanish.boxes = {{F::fraction(file, letter), {QStringLiteral("(b)(7)(C)")}, {}}};
    spanish.exemptions = {QStringLiteral("(b)(7)(C)")};
    fixture.addPage(spanish, [&](QPainter &p, QSizeF size) {
        F::text(p, 100, 120, QStringLiteral("NOTIFICACIÓN AL SOLICITANTE"), 14);
        F::text(p, 100, 200, QStringLiteral("La orden de deportación fue notificada al solicitante."));
        F::text(p, 100, 250, QStringLiteral("Expediente de detención migratoria en la frontera."));
        F::text(p, 100, 347, QStringLiteral("Número de expediente"));
        F::labelledBox(p, file, QStringLiteral("(b)(7)(C)"));
        F::bates(p, size, spanish.bates);
    });
    ExpectedPage withheld;
    withheld.bates = QStringLiteral("2025-EOIR-000203");
    withheld.withheldInFull = true;
    withheld.exemptions = {QStringLiteral("(b)(5)")};
    fixture.addPage(withheld, [&](QPainter &p, QSizeF size) {
        F::text(p, 120, 500, QStringLiteral("Withheld pursuant to exemption"), 16);
        F::text(p, 120, 540, QStringLiteral("(b)(5)"), 16);
        F::bates(p, size, withheld.bates);
    });
    fixture.finish();
    return fixture.pages();
}

struct Hit
{
    qint64 document = 0;
    int page = 0;
    QString bates;
    QString snippet;
};

QList<Hit> hitsOf(const CliRun &run)
{
    QList<Hit> hits;
    for (const QJsonValue &value : run.json().value(QStringLiteral("hits")).toArray()) {
        const QJsonObject hit = value.toObject();
        hits << Hit{hit.value(QStringLiteral("document_id")).toInteger(), hit.value(QStringLiteral("page")).toInt(),
                    hit.value(QStringLiteral("bates")).toString(), hit.value(QStringLiteral("snippet")).toString()};
    }
    return hits;
}

// The pages a search found, as "document/page", whatever their order.
QSet<QString> pagesOf(const QList<Hit> &hits)
{
    QSet<QString> pages;
    for (const Hit &hit : hits)
        pages << QStringLiteral("%1/%2").arg(hit.document).arg(hit.page);
    return pages;
}

int countRows(PgConnection &connection, const QString &schema, const QString &table)
{
    PgStatement count(connection, QStringLiteral("SELECT count(*) FROM %1.%2").arg(schema, table));
    return count.exec() && count.next() ? count.value(0).toInt() : -1;
}

} // namespace

class TestServerDocuments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_standard, m_bilingual;

private Q_SLOTS:
    void initTestCase();
    void productionsAlikeOnBothBackends();
    void phraseAndSpanishQueries();
    void readerMayReadButNotImport();
    void killedClientMidImportLeavesNothing();
    void serverCrashMidImportAndMidSession();
    void cancelledImportLeavesNothing();
    void twoImportsAtOnceStoreItOnce();
    void tooLargeForTheServerIsRefusedFirst();
};

void TestServerDocuments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_standard = m_dir.filePath(QStringLiteral("standard.pdf"));
    QCOMPARE(writeStandardProduction(m_standard).size(), 7);
    m_bilingual = m_dir.filePath(QStringLiteral("bilingual.pdf"));
    QCOMPARE(writeBilingualProduction(m_bilingual).size(), 3);
}

void TestServerDocuments::productionsAlikeOnBothBackends()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString file = m_dir.filePath(QStringLiteral("alike.rebuttal"));
    const QString matter = freshName("docs");
    const QString server = cluster.address(matter);
    for (const QString &store : {file, server}) {
        CliRun run = cli({QStringLiteral("init"), QStringLiteral("--store"), store});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QByteArray imported;
        for (const QString &production : {m_standard, m_bilingual}) {
            run = cli({QStringLiteral("import"), QStringLiteral("production"), production, QStringLiteral("--store"), store});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            imported += run.out;
        }
        QVERIFY2(imported.contains("\"pages\": 7") && imported.contains("\"pages\": 3"), imported.constData());
        // Importing the same production again stores nothing: the SHA-256 is already there.
        run = cli({QStringLiteral("import"), QStringLiteral("production"), m_bilingual, QStringLiteral("--store"), store});
        QVERIFY2(run.exitCode == 0 && run.err.contains(QLatin1String("already")), qPrintable(run.err));
        QVERIFY(run.out.contains("\"document_id\": 2"));
    }

    const QList<QStringList> reads{{QStringLiteral("documents")},
                                   {QStringLiteral("documents"), QStringLiteral("--json")},
                                   {QStringLiteral("document"), QStringLiteral("1")},
                                   {QStringLiteral("document"), QStringLiteral("1"), QStringLiteral("--json")},
                                   {QStringLiteral("document"), QStringLiteral("2")},
                                   {QStringLiteral("document"), QStringLiteral("2"), QStringLiteral("--json")}};
    for (const QStringList &read : reads) {
        const CliRun onFile = cli(read + QStringList{QStringLiteral("--store"), file});
        const CliRun onServer = cli(read + QStringList{QStringLiteral("--store"), server});
        QVERIFY2(onFile.exitCode == 0 && onServer.exitCode == 0, qPrintable(onFile.err + onServer.err));
        QVERIFY2(onFile.out.size() > 60, onFile.out.constData());
        QCOMPARE(onServer.out, onFile.out);
    }
    // What was drawn: the memo's box and its code, the page withheld in full.
    const QJsonArray pages = cli({QStringLiteral("document"), QStringLiteral("2"), QStringLiteral("--json"),
                                  QStringLiteral("--store"), server})
                                 .json()
                                 .value(QStringLiteral("pages"))
                                 .toArray();
    QCOMPARE(pages.size(), 3);
    const QJsonArray memoBoxes = pages.at(0).toObject().value(QStringLiteral("redactions")).toArray();
    QCOMPARE(memoBoxes.size(), 1);
    QCOMPARE(memoBoxes.at(0).toObject().value(QStringLiteral("exemptions")).toArray().at(0).toString(), QStringLiteral("(b)(6)"));
    QVERIFY(pages.at(2).toObject().value(QStringLiteral("withheld_in_full")).toBool());

    // The same words find the same pages, each hit marked in its snippet.
    for (const QString &query : {QStringLiteral("Cooperation"), QStringLiteral("Hernandez"), QStringLiteral("respondent"),
                                 QStringLiteral("apprehension"), QStringLiteral("\"deportation order\""),
                                 QStringLiteral("solicitante"), QStringLiteral("zzzunfindable")}) {
        const QList<Hit> onFile = hitsOf(cli({QStringLiteral("search"), query, QStringLiteral("--json"), QStringLiteral("--store"), file}));
        const QList<Hit> onServer = hitsOf(cli({QStringLiteral("search"), query, QStringLiteral("--json"), QStringLiteral("--store"), server}));
        QCOMPARE(pagesOf(onServer), pagesOf(onFile));
        for (const Hit &hit : onServer)
            QVERIFY2(hit.snippet.contains(QChar(0x00AB)) && !hit.bates.isEmpty(), qPrintable(query + QLatin1String(": ") + hit.snippet));
    }
    // The text form too: one line per hit, tab-separated.
    const CliRun text = cli({QStringLiteral("search"), QStringLiteral("respondent"), QStringLiteral("--store"), server});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.startsWith("2\t1\t2025-EOIR-000201\t") && text.out.count('\n') == 1, text.out.constData());

    // The bytes are the file's, whole.
    std::unique_ptr<PgConnection> admin = adminConnection(cluster);
    QVERIFY(admin);
    PgStatement hashes(*admin, QStringLiteral("SELECT encode(sha256(f.bytes), 'hex') = d.sha256, length(f.bytes) = d.size"
                                              " FROM matter_%1.documents d JOIN matter_%1.document_files f ON f.document_id = d.id")
                                   .arg(matter));
    QVERIFY(hashes.exec());
    int checked = 0;
    while (hashes.next()) {
        QCOMPARE(hashes.value(0).toString(), QStringLiteral("t"));
        QCOMPARE(hashes.value(1).toString(), QStringLiteral("t"));
        ++checked;
    }
    QCOMPARE(checked, 2);
    // The log records both imports, under the server's login.
    const QJsonArray activity = cli({QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--store"), server})
                                    .json()
                                    .value(QStringLiteral("activity"))
                                    .toArray();
    QCOMPARE(activity.size(), 3);
    QCOMPARE(activity.at(2).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("import.production"));
    QCOMPARE(activity.at(2).toObject().value(QStringLiteral("user")).toString(), cluster.superuser);
}

void TestServerDocuments::phraseAndSpanishQueries()
{
    REQUIRE_PG_CLUSTER(cluster);
    StoreError error;
    std::unique_ptr<ServerStore> store = ServerStore::create(cluster.location(freshName("search")), &error);
    QVERIFY2(store, qPrintable(error.message));
    ServerProductionWriter writer(*store);
    const ProductionImport::Result imported = ProductionImport(writer).run(m_bilingual);
    QVERIFY2(imported.outcome == ProductionImport::Outcome::Imported, qPrintable(imported.message));
    const ServerDocumentCatalog catalog(*store);
    const auto pagesFound = [&](const QString &query) {
        StoreError searchError;
        QList<int> pages;
        for (const SearchHit &hit : catalog.search(query, 100, &searchError))
            pages << hit.page;
        if (searchError.isError())
            qWarning() << query << searchError.message;
        std::sort(pages.begin(), pages.end());
        return pages;
    };
    // A phrase keeps its words together and in order; the same words apart match more loosely.
    QCOMPARE(pagesFound(QStringLiteral("\"deportation order\"")), QList<int>{1});
    QCOMPARE(pagesFound(QStringLiteral("\"order deportation\"")), QList<int>{});
    QCOMPARE(pagesFound(QStringLiteral("order deportation")), QList<int>{1});
    QCOMPARE(pagesFound(QStringLiteral("\"orden de deportación\"")), QList<int>{2});
    // Spanish words, through the Spanish configuration: its stems find other forms.
    QCOMPARE(pagesFound(QStringLiteral("detención")), QList<int>{2});
    QCOMPARE(pagesFound(QStringLiteral("detenciones fronteras")), QList<int>{2});
    // A stem is a stem in either language: the Spanish deportaciones finds the English deportation too.
    QCOMPARE(pagesFound(QStringLiteral("deportaciones")), (QList<int>{1, 2}));
    // Accents are folded, as a case file's search folds them: either spelling finds either.
    QCOMPARE(pagesFound(QStringLiteral("notificacion")), (QList<int>{2}));
    QCOMPARE(pagesFound(QStringLiteral("\"numero de expediente\"")), (QList<int>{2}));
    QCOMPARE(pagesFound(QStringLiteral("detencion")), pagesFound(QStringLiteral("detención")));
    QCOMPARE(pagesFound(QStringLiteral("notificado solicitantes")), QList<int>{2});
    // English stems; every term must match; stop words alone are left out, not matched everywhere.
    QCOMPARE(pagesFound(QStringLiteral("hearings")), QList<int>{1});
    QCOMPARE(pagesFound(QStringLiteral("respondent frontera")), QList<int>{});
    QCOMPARE(pagesFound(QStringLiteral("\"  \"")), QList<int>{});
    // Quotes, operators and SQL in a query are only text.
    QCOMPARE(pagesFound(QStringLiteral("respondent' OR 1=1 --")), QList<int>{});
    QCOMPARE(pagesFound(QStringLiteral("!respondent | & <->")), QList<int>{1});

    StoreError searchError;
    const QList<SearchHit> hits = catalog.search(QStringLiteral("detención"), 10, &searchError);
    QVERIFY2(!searchError.isError(), qPrintable(searchError.message));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().bates, QStringLiteral("2025-EOIR-000202"));
    QVERIFY2(hits.first().snippet.contains(QStringLiteral("«detención»")), qPrintable(hits.first().snippet));
    const QList<SearchHit> phrase = catalog.search(QStringLiteral("\"deportation order\""), 10, &searchError);
    QCOMPARE(phrase.size(), 1);
    QVERIFY2(phrase.first().snippet.contains(QStringLiteral("«deportation order»")), qPrintable(phrase.first().snippet));
}

void TestServerDocuments::readerMayReadButNotImport()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString matter = freshName("readers");
    const QString address = cluster.address(matter);
    CliRun run = cli({QStringLiteral("init"), QStringLiteral("--store"), address});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({QStringLiteral("import"), QStringLiteral("production"), m_bilingual, QStringLiteral("--store"), address});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString reader = freshName("rita");
    std::unique_ptr<PgConnection> admin = adminConnection(cluster);
    QVERIFY(admin && !admin->exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(reader)).isError());
    run = cli({QStringLiteral("grant"), QStringLiteral("reader"), reader, QStringLiteral("--store"), address});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    const QString asReader = cluster.address(matter, reader);
    run = cli({QStringLiteral("documents"), QStringLiteral("--json"), QStringLiteral("--store"), asReader});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json().value(QStringLiteral("documents")).toArray().size(), 1);
    run = cli({QStringLiteral("document"), QStringLiteral("1"), QStringLiteral("--store"), asReader});
    QVERIFY2(run.exitCode == 0 && run.out.contains("2025-EOIR-000202"), qPrintable(run.err));
    run = cli({QStringLiteral("search"), QStringLiteral("solicitante"), QStringLiteral("--json"), QStringLiteral("--store"), asReader});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(hitsOf(run).size(), 1);
    run = cli({QStringLiteral("document"), QStringLiteral("9"), QStringLiteral("--store"), asReader});
    QCOMPARE(run.exitCode, 3);

    // The server refuses the reader's import; the matter keeps its one production.
    run = cli({QStringLiteral("import"), QStringLiteral("production"), m_standard, QStringLiteral("--store"), asReader});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QLatin1String("refused")), qPrintable(run.err));
    QCOMPARE(countRows(*admin, QStringLiteral("matter_") + matter, QStringLiteral("documents")), 1);
    QCOMPARE(countRows(*admin, QStringLiteral("matter_") + matter, QStringLiteral("pages")), 3);
}

void TestServerDocuments::killedClientMidImportLeavesNothing()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString matter = freshName("killedpdf");
    const QString schema = QStringLiteral("matter_") + matter;
    const QString address = cluster.address(matter);
    CliRun run = cli({QStringLiteral("init"), QStringLiteral("--store"), address});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // The import streams the PDF, writes the first page and its first box, then waits for the
    // table of box codes, mid-transaction, where it is killed.
    const QString waitedIn = killedWhileWaitingOn(cluster, matter, QStringLiteral("redaction_exemptions"),
                                                  {QStringLiteral("import"), QStringLiteral("production"), m_bilingual,
                                                   QStringLiteral("--store"), address});
    QVERIFY2(waitedIn.contains(QLatin1String("INSERT INTO redaction_exemptions")), qPrintable(waitedIn));
    std::unique_ptr<PgConnection> monitor = adminConnection(cluster);
    QVERIFY(monitor);
    for (const char *table : {"documents", "document_files", "pages", "redactions", "redaction_exemptions", "page_exemptions"})
        QCOMPARE(countRows(*monitor, schema, QLatin1String(table)), 0);
    QCOMPARE(countRows(*monitor, schema, QStringLiteral("activity_log")), 1);
    // Run again whole, it stores the production once.
    run = cli({QStringLiteral("import"), QStringLiteral("production"), m_bilingual, QStringLiteral("--store"), address});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(countRows(*monitor, schema, QStringLiteral("documents")), 1);
    QCOMPARE(countRows(*monitor, schema, QStringLiteral("pages")), 3);
}

// The server crashed (SIGKILL to its postmaster, then started again, recovering from its log).
// Mid-import: the import says it lost the connection (exit 4), nothing of it stays, and run again
// it stores the production once. Mid-session: a store's next statement outside a transaction
// reconnects and runs; inside one it is Unreachable, nothing of the transaction stays, and the
// same correction tried again is stored.
void TestServerDocuments::serverCrashMidImportAndMidSession()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString matter = freshName("crashpdf");
    const QString schema = QStringLiteral("matter_") + matter;
    const QString address = cluster.address(matter);
    CliRun run = cli({QStringLiteral("init"), QStringLiteral("--store"), address});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    StoreError error;
    std::unique_ptr<ServerStore> session = ServerStore::open(cluster.location(matter), &error);
    QVERIFY2(session, qPrintable(error.message));

    const QStringList import{QStringLiteral("import"), QStringLiteral("production"), m_bilingual, QStringLiteral("--store"), address};
    const CrashedRun crashed = crashedWhileWaitingOn(cluster, matter, QStringLiteral("redaction_exemptions"), import);
    QVERIFY2(crashed.statement.contains(QLatin1String("INSERT INTO redaction_exemptions")), qPrintable(crashed.statement));
    QCOMPARE(crashed.exitCode, 4);
    QVERIFY2(crashed.err.contains(QLatin1String("Lost the connection to ") + address), qPrintable(crashed.err));
    std::unique_ptr<PgConnection> monitor = adminConnection(cluster);
    QVERIFY(monitor);
    for (const char *table : {"documents", "document_files", "pages", "redactions", "redaction_exemptions", "page_exemptions"})
        QCOMPARE(countRows(*monitor, schema, QLatin1String(table)), 0);
    QCOMPARE(countRows(*monitor, schema, QStringLiteral("activity_log")), 1);
    // The session's connection died with the server: its next read reconnects.
    QVERIFY(ServerDocumentCatalog(*session).documents(&error).isEmpty());
    QVERIFY2(!error.isError(), qPrintable(error.message));
    run = cli(import);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(countRows(*monitor, schema, QStringLiteral("documents")), 1);
    QCOMPARE(countRows(*monitor, schema, QStringLiteral("pages")), 3);
    // The crashed import drew the first id: the production stored is not document 1.
    const QList<DocumentSummary> stored = ServerDocumentCatalog(*session).documents(&error);
    QVERIFY2(stored.size() == 1, qPrintable(error.message));

    // A crash inside the session's transaction: said, and nothing of it written.
    PgConnection &connection = session->connection();
    QVERIFY(!connection.begin().isError());
    QVERIFY(!connection.exec(QStringLiteral("UPDATE pages SET withheld_in_full = 1, withheld_origin = 'user' WHERE page_no = 1")).isError());
    monitor.reset();
    QVERIFY(crashServer());
    error = connection.exec(QStringLiteral("UPDATE pages SET withheld_in_full = 1, withheld_origin = 'user' WHERE page_no = 2"));
    QCOMPARE(error.kind, StoreError::Kind::Unreachable);
    QVERIFY2(error.message.startsWith(QLatin1String("Lost the connection to ") + address), qPrintable(error.message));
    connection.rollback();
    monitor = adminConnection(cluster);
    QVERIFY(monitor);
    QCOMPARE(countRows(*monitor, schema, QStringLiteral("pages WHERE withheld_origin = 'user'")), 0);
    const int logged = countRows(*monitor, schema, QStringLiteral("activity_log"));
    // Tried again, the correction is stored, with its log entry.
    error = ServerProductionCorrections(*session).setWithheld(stored.first().id, 1, true);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(countRows(*monitor, schema, QStringLiteral("pages WHERE withheld_origin = 'user'")), 1);
    QCOMPARE(countRows(*monitor, schema, QStringLiteral("activity_log")), logged + 1);
}

void TestServerDocuments::cancelledImportLeavesNothing()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString matter = freshName("cancelpdf");
    StoreError error;
    std::unique_ptr<ServerStore> store = ServerStore::create(cluster.location(matter), &error);
    QVERIFY2(store, qPrintable(error.message));
    ServerProductionWriter writer(*store);
    ProductionImport import(writer);
    std::atomic_bool cancel = false;
    int pagesDone = 0;
    import.setCancelFlag(&cancel);
    import.setProgress([&](int done, int) {
        pagesDone = done;
        cancel = true;
    });
    const ProductionImport::Result result = import.run(m_standard);
    QCOMPARE(result.outcome, ProductionImport::Outcome::Cancelled);
    QVERIFY(pagesDone >= 1);
    std::unique_ptr<PgConnection> admin = adminConnection(cluster);
    QVERIFY(admin);
    for (const char *table : {"documents", "document_files", "pages", "redactions"})
        QCOMPARE(countRows(*admin, QStringLiteral("matter_") + matter, QLatin1String(table)), 0);
    // The same connection goes on: the next import stores the production.
    const ProductionImport::Result again = ProductionImport(writer).run(m_bilingual);
    QVERIFY2(again.outcome == ProductionImport::Outcome::Imported, qPrintable(again.message));
    QCOMPARE(again.pages, 3);
    QCOMPARE(again.redactions, 2);
    QCOMPARE(ServerDocumentCatalog(*store).documents().size(), 1);
}

void TestServerDocuments::twoImportsAtOnceStoreItOnce()
{
    REQUIRE_PG_CLUSTER(cluster);
    const QString matter = freshName("twice");
    const QString schema = QStringLiteral("matter_") + matter;
    const QString address = cluster.address(matter);
    CliRun run = cli({QStringLiteral("init"), QStringLiteral("--store"), address});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // The admin holds the file table until both imports are under way: the first waits to store
    // its bytes, the second to add the same SHA-256 (the first has not committed it yet).
    const QList<ConcurrentRun> runs = runTwiceAtOnce(cluster, matter, QStringLiteral("document_files"),
                                                     {QStringLiteral("import"), QStringLiteral("production"), m_bilingual,
                                                      QStringLiteral("--store"), address});
    QCOMPARE(runs.size(), 2);
    QString said;
    for (const ConcurrentRun &import : runs) {
        said += import.err;
        QVERIFY2(import.exitCode == 0, qPrintable(said));
        QVERIFY(import.out.contains("\"document_id\": 1"));
    }
    QVERIFY2(said.count(QLatin1String("already")) == 1, qPrintable(said));
    std::unique_ptr<PgConnection> monitor = adminConnection(cluster);
    QVERIFY(monitor);
    QCOMPARE(countRows(*monitor, schema, QStringLiteral("documents")), 1);
    QCOMPARE(countRows(*monitor, schema, QStringLiteral("document_files")), 1);
    QCOMPARE(countRows(*monitor, schema, QStringLiteral("pages")), 3);
}

void TestServerDocuments::tooLargeForTheServerIsRefusedFirst()
{
    REQUIRE_PG_CLUSTER(cluster);
    StoreError error;
    std::unique_ptr<ServerStore> store = ServerStore::create(cluster.location(freshName("large")), &error);
    QVERIFY2(store, qPrintable(error.message));
    const ServerProductionWriter writer(*store);
    QVERIFY(writer.sizeRefusal(ServerProductionWriter::MaxFileBytes).isEmpty());
    QVERIFY(writer.sizeRefusal(ServerProductionWriter::MaxFileBytes + 1).contains(QLatin1String("PostgreSQL")));
    // A sparse file past the limit: refused by its size before a byte is read.
    const QString huge = m_dir.filePath(QStringLiteral("huge.pdf"));
    QFile file(huge);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(ServerProductionWriter::MaxFileBytes + 1));
    file.close();
    ServerProductionWriter importer(*store);
    const ProductionImport::Result result = ProductionImport(importer).run(huge);
    QCOMPARE(result.outcome, ProductionImport::Outcome::Rejected);
    QVERIFY2(result.message.contains(QLatin1String("PostgreSQL")), qPrintable(result.message));
    QFile::remove(huge);
}

QTEST_MAIN(TestServerDocuments)
#include "tst_serverdocuments.moc"
