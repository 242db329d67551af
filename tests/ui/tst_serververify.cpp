// Verify on a matter on a real PostgreSQL 15 server (issue 18, the pg_cluster fixture): rebuttal-cli
// verify (text and --json) and File > Verify Case File... check a sound matter, then one damaged
// through the superuser's connection behind the app (a stored file's bytes changed, the log's
// append-only trigger dropped, a grant taken away and one given too many), and name each damage
// with exit 4; a login that may not run amcheck is told so; Cancel in the progress dialog stops it.
#include "../cli/CliRun.h"
#include "../core/PgTestCluster.h"
#include "CancelWhen.h"
#include "UserInput.h"

#include "MainWindow.h"
#include "MessageBox.h"
#include "store/PgConnection.h"
#include "store/ServerProductionWriter.h"
#include "store/ServerStore.h"
#include "store/ServerVerifier.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QProgressDialog>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rebuttal;
using namespace rebuttal::test;

namespace {

QString recorded()
{
    return MessageBox::recordedMessages().join(QLatin1Char('\n'));
}

QStringList stringsOf(const QJsonValue &array)
{
    QStringList strings;
    for (const QJsonValue &value : array.toArray())
        strings << value.toString();
    return strings;
}

int logEntries(PgConnection &connection, const QString &matter)
{
    PgStatement count(connection, QStringLiteral("SELECT count(*) FROM matter_%1.activity_log").arg(matter));
    return count.exec() && count.next() ? count.value(0).toInt() : -1;
}

} // namespace

class TestServerVerify : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A matter holding one production of `bytes` random bytes (three chunks of the verifier's
    // megabyte reads), written as an import writes it.
    std::unique_ptr<ServerStore> matterWithProduction(const PgTestCluster &cluster, const QString &matter, qsizetype bytes)
    {
        StoreError error;
        std::unique_ptr<ServerStore> store = ServerStore::create(cluster.location(matter), &error);
        if (!store) {
            qWarning() << error.message;
            return nullptr;
        }
        QList<quint32> random(bytes / 4);
        QRandomGenerator::global()->fillRange(random.data(), random.size());
        const QByteArray pdf(reinterpret_cast<const char *>(random.constData()), bytes);
        const QString file = m_dir.filePath(matter + QStringLiteral(".pdf"));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size())
            return nullptr;
        out.close();
        ServerProductionWriter writer(*store);
        ProductionPage page;
        page.number = 1;
        page.sizePt = QSizeF(612, 792);
        page.text = QStringLiteral("Record of deportable alien");
        page.textSource = TextSource::Layer;
        if (writer.begin(file, QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex())).isError()
            || writer.addPage(page).isError() || writer.commit(1).isError())
            return nullptr;
        return store;
    }

    // The damage a user must hear of, done behind the app by the superuser.
    static bool damage(PgConnection &admin, const QString &matter)
    {
        const QString schema = QStringLiteral("matter_") + matter;
        // One byte in the second megabyte changed: the size stays, the SHA-256 does not.
        return !admin.exec(QStringLiteral("UPDATE %1.document_files SET bytes = set_byte(bytes, 1500000, 255 - get_byte(bytes, 1500000))")
                               .arg(schema)).isError()
            && !admin.exec(QStringLiteral("DROP TRIGGER activity_log_no_change ON %1.activity_log").arg(schema)).isError();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setAutomatic(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { MessageBox::clearRecordedMessages(); }

    void cliVerifiesAMatterAndNamesTheDamage()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const QString matter = freshName("verifycli");
        const QString editor = freshName("edna");
        std::unique_ptr<ServerStore> store = matterWithProduction(cluster, matter, 3 * 1024 * 1024);
        QVERIFY(store);
        std::unique_ptr<PgConnection> admin = adminConnection(cluster);
        QVERIFY(admin);
        QVERIFY(!admin->exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS amcheck")).isError());
        QVERIFY(!admin->exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(editor)).isError());
        QVERIFY(!store->grant(editor, ServerStore::Role::Editor).isError());
        const int entries = logEntries(*admin, matter);

        // Sound, checked whole by the superuser, amcheck included.
        const QString address = cluster.address(matter);
        CliRun run = cli({QStringLiteral("--store"), address, QStringLiteral("verify"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(run.json().value(QStringLiteral("stored_files")).toInt(), 1);
        QCOMPARE(stringsOf(run.json().value(QStringLiteral("problems"))), QStringList());
        QCOMPARE(stringsOf(run.json().value(QStringLiteral("not_checked"))), QStringList());
        run = cli({QStringLiteral("--store"), address, QStringLiteral("verify")});
        QVERIFY2(run.exitCode == 0 && run.out.contains("no damage found"), qPrintable(run.err));

        // An editor may not run amcheck: sound, and told plainly what was not checked.
        run = cli({QStringLiteral("--store"), cluster.address(matter, editor), QStringLiteral("verify"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList notChecked = stringsOf(run.json().value(QStringLiteral("not_checked")));
        QCOMPARE(notChecked.size(), 1);
        QVERIFY2(notChecked.first().contains(QStringLiteral("amcheck")) && notChecked.first().contains(editor),
                 qPrintable(notChecked.first()));
        QVERIFY2(run.err.contains(QStringLiteral("was not run")), qPrintable(run.err));

        // Damaged behind the app: each damage named, exit 4.
        QVERIFY(damage(*admin, matter));
        const QString readers = QStringLiteral("rebuttal_%1_readers").arg(matter);
        QVERIFY(!admin->exec(QStringLiteral("REVOKE SELECT ON matter_%1.clients FROM %2").arg(matter, readers)).isError());
        QVERIFY(!admin->exec(QStringLiteral("GRANT UPDATE ON matter_%1.agreements TO %2").arg(matter, readers)).isError());
        run = cli({QStringLiteral("--store"), address, QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.json().value(QStringLiteral("ok")).toBool(), false);
        const QStringList problems = stringsOf(run.json().value(QStringLiteral("problems")));
        const QString file = matter + QStringLiteral(".pdf");
        QVERIFY2(problems.contains(QStringLiteral("production 1 (%1): its stored bytes no longer match their SHA-256").arg(file)),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(problems.contains(QStringLiteral("the trigger activity_log_no_change on activity_log is missing: the activity "
                                                  "log is no longer append-only")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(problems.contains(QStringLiteral("%1 may no longer SELECT clients").arg(readers)), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(problems.contains(QStringLiteral("%1 may UPDATE agreements, which the matter forbids").arg(readers)),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(problems.size(), 4);
        QVERIFY2(run.err.contains(QStringLiteral("%1 is damaged: production 1 (%2)").arg(address, file)), qPrintable(run.err));
        run = cli({QStringLiteral("--store"), address, QStringLiteral("verify")});
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count(QStringLiteral(" is damaged: ")), 4);

        // A production whose stored bytes are gone, and a disabled row-version trigger.
        QVERIFY(!admin->exec(QStringLiteral("DELETE FROM matter_%1.document_files").arg(matter)).isError());
        QVERIFY(!admin->exec(QStringLiteral("ALTER TABLE matter_%1.clients DISABLE TRIGGER clients_row_version").arg(matter)).isError());
        const ServerVerifier::Report report = ServerVerifier(cluster.location(matter)).run();
        QVERIFY(report.finished);
        QVERIFY2(report.problems.contains(QStringLiteral("production 1 (%1): its stored bytes are missing").arg(file)),
                 qPrintable(report.problems.join(QLatin1Char('\n'))));
        QVERIFY2(report.problems.contains(QStringLiteral("the trigger clients_row_version on clients is disabled: a save over "
                                                         "a colleague's change is no longer refused")),
                 qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.storedFiles, 0);

        // Checking wrote nothing.
        QCOMPARE(logEntries(*admin, matter), entries);
    }

    // File > Verify Case File... on a matter: enabled there, off the GUI thread, said in the end.
    void verifyFromTheMenuOnAMatter()
    {
        REQUIRE_PG_CLUSTER(cluster);
        const QString matter = freshName("verifymenu");
        std::unique_ptr<ServerStore> store = matterWithProduction(cluster, matter, 2 * 1024 * 1024 + 17);
        QVERIFY(store);
        MainWindow window;
        window.resize(1300, 760);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY2(window.connectToServer(cluster.location(matter)), qPrintable(recorded()));
        auto *verify = window.findChild<QAction *>(QStringLiteral("verifyCaseFile"));
        QVERIFY(verify && verify->isEnabled());

        using Outcome = VerifyResult::Outcome;
        QSignalSpy finished(&window, &MainWindow::verifyFinished);
        clickMenuItem(&window, verify);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.last().at(0).value<Outcome>(), Outcome::Sound);
        QVERIFY2(MessageBox::recordedMessages().last().contains(QStringLiteral("No damage found in")), qPrintable(recorded()));
        QVERIFY2(MessageBox::recordedMessages().last().contains(matter), qPrintable(recorded()));

        // Cancel while the check waits on a table the superuser holds: nothing said but the cancel.
        std::unique_ptr<PgConnection> admin = adminConnection(cluster);
        std::unique_ptr<PgConnection> monitor = adminConnection(cluster);
        QVERIFY(admin && monitor && lockTable(*admin, QStringLiteral("matter_%1.document_files").arg(matter)));
        MessageBox::clearRecordedMessages();
        CancelWhen cancel(window, [&](QProgressDialog &) { return appWaitsOnLock(*monitor); });
        clickMenuItem(&window, verify);
        QTRY_VERIFY_WITH_TIMEOUT(cancel.clicked(), 60000);
        admin->rollback();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.last().at(0).value<Outcome>(), Outcome::Cancelled);
        QVERIFY2(MessageBox::recordedMessages().isEmpty(), qPrintable(recorded()));

        // Damaged behind the app: both named.
        QVERIFY(damage(*admin, matter));
        clickMenuItem(&window, verify);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.last().at(0).value<Outcome>(), Outcome::Damaged);
        const QString message = MessageBox::recordedMessages().last();
        QVERIFY2(message.startsWith(QStringLiteral("The matter is damaged: ")), qPrintable(message)); // not "case file"
        QVERIFY2(message.contains(QStringLiteral("production 1 (%1.pdf): its stored bytes no longer match").arg(matter)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("activity_log_no_change")), qPrintable(message));
    }
};

QTEST_MAIN(TestServerVerify)
#include "tst_serververify.moc"
