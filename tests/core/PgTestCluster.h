// The test PostgreSQL cluster (scripts/pg-test-cluster.sh, the CTest fixture pg_cluster): where it
// listens and who its superuser is, read from the state file REBUTTAL_PG_TEST_CLUSTER names.
#pragma once

#include "store/PgConnection.h"
#include "store/ServerLocation.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>
#include <QThread>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QString>

#include <memory>
#include <optional>

namespace rebuttal::test {

struct PgTestCluster
{
    QString socketDir;
    int port = 0;
    QString superuser;

    // A location on the cluster's `postgres` database as `user` (default: the superuser).
    ServerLocation location(const QString &matter, const QString &user = {}) const
    {
        ServerLocation location;
        location.socketDir = socketDir;
        location.port = port;
        location.database = QStringLiteral("postgres");
        location.user = user.isEmpty() ? superuser : user;
        location.matter = matter;
        return location;
    }
    QString address(const QString &matter, const QString &user = {}) const
    {
        return location(matter, user).display();
    }
};

// Whether the PostgreSQL server binaries are installed (Debian's postgresql package).
inline bool postgresInstalled()
{
    return QFileInfo::exists(QStringLiteral("/usr/lib/postgresql/15/bin/initdb"))
        || !QStandardPaths::findExecutable(QStringLiteral("initdb")).isEmpty();
}

// nullopt when the fixture wrote no state file (it does not when the binaries are missing).
inline std::optional<PgTestCluster> runningCluster()
{
    QFile state(qEnvironmentVariable("REBUTTAL_PG_TEST_CLUSTER"));
    if (state.fileName().isEmpty() || !state.open(QIODevice::ReadOnly))
        return std::nullopt;
    PgTestCluster cluster;
    while (!state.atEnd()) {
        const QString line = QString::fromUtf8(state.readLine()).trimmed();
        const QString value = line.section(QLatin1Char('='), 1);
        if (line.startsWith(QLatin1String("PGHOST=")))
            cluster.socketDir = value;
        else if (line.startsWith(QLatin1String("PGPORT=")))
            cluster.port = value.toInt();
        else if (line.startsWith(QLatin1String("PGUSER=")))
            cluster.superuser = value;
    }
    if (cluster.socketDir.isEmpty() || cluster.superuser.isEmpty())
        return std::nullopt;
    return cluster;
}

// Matter and role names are cluster-wide: every test gets its own.
inline QString freshName(const char *prefix)
{
    static int counter = 0;
    return QStringLiteral("%1%2_%3").arg(QLatin1String(prefix)).arg(QCoreApplication::applicationPid()).arg(++counter);
}

// The superuser's connection, to set up and watch what a test does; null after a warning.
inline std::unique_ptr<PgConnection> adminConnection(const PgTestCluster &cluster)
{
    StoreError error;
    auto connection = PgConnection::open(cluster.location(QStringLiteral("admin")), &error);
    if (!connection)
        qWarning() << error.message;
    return connection;
}

#ifdef REBUTTAL_CLI_PATH
// Starts rebuttal-cli `arguments` as `client` while `admin` holds `table` of `matter` locked in a
// transaction, so that the CLI's import stops there with its writes so far uncommitted, and
// returns once it waits there: its server process and the statement it waits in; empty, after a
// warning, when it never got there (`admin` still holds the lock).
inline std::pair<QString, QString> startWaitingOn(PgConnection &admin, const QString &matter, const QString &table,
                                                  const QStringList &arguments, QProcess &client)
{
    // Watched from another connection: inside the admin's transaction the statistics stay as
    // they were when it first read them.
    StoreError error;
    std::unique_ptr<PgConnection> monitor = PgConnection::open(admin.location(), &error);
    if (!monitor || admin.begin().isError()
        || admin.exec(QStringLiteral("LOCK TABLE matter_%1.%2 IN ACCESS EXCLUSIVE MODE").arg(matter, table)).isError()) {
        qWarning() << "cannot lock" << table << error.message;
        return {};
    }
    client.start(QStringLiteral(REBUTTAL_CLI_PATH), arguments);
    for (QDeadlineTimer deadline(60000); !deadline.hasExpired(); QThread::msleep(50)) {
        PgStatement waiting(*monitor, QStringLiteral("SELECT pid, query FROM pg_stat_activity WHERE application_name = 'rebuttal'"
                                                     " AND wait_event_type = 'Lock'"));
        if (waiting.exec() && waiting.next())
            return {waiting.value(0).toString(), waiting.value(1).toString()};
    }
    qWarning() << "the client never waited for the lock on" << table;
    return {};
}

// A client killed mid-transaction: runs rebuttal-cli `arguments` on `matter` while the superuser
// holds `table` locked (startWaitingOn); kills it there, releases the lock and waits until the
// server has ended the dead client's session (rolling its transaction back). Returns the
// statement the client was waiting in; empty, after a warning, when it never got there.
inline QString killedWhileWaitingOn(const PgTestCluster &cluster, const QString &matter, const QString &table,
                                    const QStringList &arguments)
{
    std::unique_ptr<PgConnection> admin = adminConnection(cluster);
    std::unique_ptr<PgConnection> monitor = adminConnection(cluster);
    if (!admin || !monitor)
        return {};
    QProcess client;
    const auto [pid, statement] = startWaitingOn(*admin, matter, table, arguments, client);
    client.kill();
    client.waitForFinished();
    admin->rollback();
    if (pid.isEmpty())
        return {};
    for (QDeadlineTimer deadline(30000); !deadline.hasExpired(); QThread::msleep(50)) {
        PgStatement backend(*monitor, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = $1::int"));
        backend.bind(pid);
        if (backend.exec() && backend.next() && backend.value(0).toInt() == 0)
            return statement;
    }
    qWarning() << "the server kept the killed client's session" << pid;
    return {};
}

// The server crashed: SIGKILL to its postmaster, then started again (scripts/pg-test-cluster.sh
// crash; it recovers from its write-ahead log). False, after a warning, when it did not come back.
inline bool crashServer()
{
    QProcess process;
    process.start(QStringLiteral("bash"), {QStringLiteral(REBUTTAL_SOURCE_DIR "/scripts/pg-test-cluster.sh"), QStringLiteral("crash"),
                                           qEnvironmentVariable("REBUTTAL_PG_TEST_CLUSTER")});
    const bool done = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!done)
        qWarning() << "the server did not start again:" << process.readAllStandardError();
    return done;
}

// The server crashed while rebuttal-cli `arguments` waited mid-transaction on `table` of `matter`
// (startWaitingOn): the client's exit code (-1: it did not end) and standard error, and the
// statement it waited in; an empty statement, after a warning, when it never waited or the
// server did not come back.
struct CrashedRun
{
    QString statement;
    int exitCode = -1;
    QString err;
};
inline CrashedRun crashedWhileWaitingOn(const PgTestCluster &cluster, const QString &matter, const QString &table,
                                        const QStringList &arguments)
{
    std::unique_ptr<PgConnection> admin = adminConnection(cluster);
    if (!admin)
        return {};
    QProcess client;
    CrashedRun run;
    run.statement = startWaitingOn(*admin, matter, table, arguments, client).second;
    if (!crashServer())
        run.statement.clear();
    if (client.waitForFinished(120000) && client.exitStatus() == QProcess::NormalExit)
        run.exitCode = client.exitCode();
    run.err = QString::fromUtf8(client.readAllStandardError());
    return run;
}

// Two clients at once: runs rebuttal-cli `arguments` twice while the superuser holds `table` of
// `matter` locked, and releases the lock once both wait for a lock (the second, typically, for the
// first's uncommitted row of the same key). Each run's exit code (-1: it never finished),
// standard output and standard error; empty, after a warning, when they never both waited.
struct ConcurrentRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};
inline QList<ConcurrentRun> runTwiceAtOnce(const PgTestCluster &cluster, const QString &matter, const QString &table,
                                           const QStringList &arguments)
{
    std::unique_ptr<PgConnection> admin = adminConnection(cluster);
    std::unique_ptr<PgConnection> monitor = adminConnection(cluster);
    if (!admin || !monitor || admin->begin().isError()
        || admin->exec(QStringLiteral("LOCK TABLE matter_%1.%2 IN ACCESS EXCLUSIVE MODE").arg(matter, table)).isError()) {
        qWarning() << "cannot lock" << table;
        return {};
    }
    QProcess first, second;
    for (QProcess *client : {&first, &second})
        client->start(QStringLiteral(REBUTTAL_CLI_PATH), arguments);
    int waiting = 0;
    for (QDeadlineTimer deadline(120000); waiting < 2 && !deadline.hasExpired(); QThread::msleep(50)) {
        PgStatement count(*monitor, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'rebuttal'"
                                                   " AND wait_event_type = 'Lock'"));
        waiting = count.exec() && count.next() ? count.value(0).toInt() : -1;
    }
    admin->rollback();
    QList<ConcurrentRun> runs;
    for (QProcess *client : {&first, &second}) {
        ConcurrentRun run;
        if (client->waitForFinished(120000) && client->exitStatus() == QProcess::NormalExit)
            run.exitCode = client->exitCode();
        run.out = client->readAllStandardOutput();
        run.err = QString::fromUtf8(client->readAllStandardError());
        runs << run;
    }
    if (waiting < 2) {
        qWarning() << "the two clients never both waited for the lock on" << table;
        return {};
    }
    return runs;
}
#endif

} // namespace rebuttal::test

// In a test function: skips (saying why) when PostgreSQL is not installed, fails when it is but
// the fixture's cluster is not running, else declares `cluster`.
#define REQUIRE_PG_CLUSTER(cluster)                                                                          \
    const std::optional<rebuttal::test::PgTestCluster> cluster##Found = rebuttal::test::runningCluster();    \
    if (!cluster##Found) {                                                                                   \
        if (!rebuttal::test::postgresInstalled())                                                            \
            QSKIP("PostgreSQL 15 server binaries (initdb, pg_ctl) are not installed: team-mode tests skipped " \
                  "(scripts/install-deps.sh installs them)");                                                \
        QFAIL("PostgreSQL is installed but the test cluster is not running: run through ctest (fixture "     \
              "pg_cluster) or set REBUTTAL_PG_TEST_CLUSTER to scripts/pg-test-cluster.sh's state file");     \
    }                                                                                                        \
    const rebuttal::test::PgTestCluster &cluster = *cluster##Found
