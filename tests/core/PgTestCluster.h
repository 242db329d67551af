// The test PostgreSQL cluster (scripts/pg-test-cluster.sh, the CTest fixture pg_cluster): where it
// listens and who its superuser is, read from the state file REBUTTAL_PG_TEST_CLUSTER names.
#pragma once

#include "store/ServerLocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QString>

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
