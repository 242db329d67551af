// The stores a store-level test works on, on either backend: case files in a temporary folder, or,
// when REBUTTAL_TEST_STORE_BACKEND=postgresql (the NAME_server twin that rebuttal_add_test(...
// BOTH_BACKENDS) registers), fresh matters on the test cluster. One test body covers both.
#pragma once

#include "PgTestCluster.h"
#include "StoreFiles.h"
#include "foia/ProductionImport.h"
#include "store/ActivityLog.h"
#include "store/CaseStore.h"
#include "store/OpenStore.h"
#include "store/PgConnection.h"
#include "store/ProductionDestination.h"
#include "store/ServerStore.h"
#include "store/StoreCopier.h"

#include <QDebug>
#include <QHash>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

namespace rebuttal::test {

class TestStores
{
public:
    static bool onServer() { return qEnvironmentVariable("REBUTTAL_TEST_STORE_BACKEND") == QLatin1String("postgresql"); }
    static const char *backendName() { return onServer() ? "a server matter" : "a case file"; }

    // Empty when ready; else why not (PREPARE_TEST_STORES fails with it). On the server the test
    // cluster must be running: its twin test is registered with the pg_cluster fixture.
    QString prepare()
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        if (!onServer())
            return {};
        m_cluster = runningCluster();
        return m_cluster ? QString()
                         : QStringLiteral("REBUTTAL_TEST_STORE_BACKEND=postgresql but the test cluster is not running"
                                          " (run through ctest: fixture pg_cluster)");
    }

    // A new, empty store known to this test as `name` (a file name, or a fresh matter).
    std::unique_ptr<OpenStore> create(const QString &name, StoreError *error)
    {
        if (!onServer())
            return OpenStore::ofFile(CaseStore::create(m_dir.filePath(name), error));
        // A name used before names the same matter again (creating it twice is refused, as a file's).
        const QString matter = m_matters.contains(name) ? m_matters.value(name) : freshName("store");
        m_matters.insert(name, matter);
        return OpenStore::ofServer(ServerStore::create(m_cluster->location(matter), error));
    }
    // The address `name` has (a path, or postgresql://...?matter=...), which OpenStore::open takes.
    QString address(const QString &name) const
    {
        return onServer() ? m_cluster->address(m_matters.value(name)) : m_dir.filePath(name);
    }
    std::unique_ptr<OpenStore> open(const QString &name, StoreError *error) const
    {
        return OpenStore::open(address(name), error);
    }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // Who the activity log names for what this test does: the OS login, or the server's session_user.
    QString login() const { return onServer() ? m_cluster->superuser : ActivityLog::currentUser(); }

    // Copies the store at `fromAddress` (any backend) into a new store known as `name`, as
    // rebuttal-cli copy does: empty when copied and verified, else why not.
    QString copy(const QString &fromAddress, const QString &name)
    {
        if (onServer())
            m_matters.insert(name, freshName("copy"));
        QString problem;
        const std::optional<StoreAddress> from = StoreAddress::parse(fromAddress, &problem);
        const std::optional<StoreAddress> to = StoreAddress::parse(address(name), &problem);
        if (!from || !to)
            return problem;
        const CopyReport report = StoreCopier(*from, *to).run();
        return report.outcome == CopyReport::Outcome::Copied ? QString() : report.message;
    }

    // Runs `sql` (one or more statements) on `name` behind the app's back, as another program or
    // damage would: a raw SQLite connection, or the cluster's superuser in the matter's schema.
    // Empty when it ran, else the database's error message.
    QString execRaw(const QString &name, const QString &sql) const
    {
        if (!onServer()) {
            sqlite3 *db = nullptr;
            QString failure;
            if (sqlite3_open(QFile::encodeName(m_dir.filePath(name)).constData(), &db) != SQLITE_OK)
                failure = QStringLiteral("cannot open");
            char *message = nullptr;
            if (failure.isEmpty() && sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK)
                failure = message ? QString::fromUtf8(message) : QStringLiteral("failed");
            sqlite3_free(message);
            sqlite3_close(db);
            return failure;
        }
        std::unique_ptr<PgConnection> admin = adminIn(name);
        return admin ? admin->exec(sql).message : QStringLiteral("no admin connection");
    }

    // The first `columns` columns of every row `sql` returns on `name`, as text, read behind the
    // app's back like execRaw(); empty, after a warning, when the query failed.
    QList<QStringList> rows(const QString &name, const QString &sql, int columns) const
    {
        QList<QStringList> result;
        if (!onServer()) {
            sqlite3 *db = nullptr;
            sqlite3_stmt *statement = nullptr;
            if (sqlite3_open(QFile::encodeName(m_dir.filePath(name)).constData(), &db) == SQLITE_OK
                && sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) == SQLITE_OK) {
                while (sqlite3_step(statement) == SQLITE_ROW) {
                    QStringList row;
                    for (int i = 0; i < columns; ++i)
                        row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, i)));
                    result << row;
                }
            } else {
                qWarning() << sql << sqlite3_errmsg(db);
            }
            sqlite3_finalize(statement);
            sqlite3_close(db);
            return result;
        }
        std::unique_ptr<PgConnection> admin = adminIn(name);
        if (!admin)
            return result;
        PgStatement select(*admin, sql);
        if (!select.exec())
            qWarning() << sql << select.error().message;
        while (select.next()) {
            QStringList row;
            for (int i = 0; i < columns; ++i)
                row << select.value(i).toString();
            result << row;
        }
        return result;
    }
    // The schema a matter `name` lives in (empty for a case file): for catalog queries.
    QString schemaOf(const QString &name) const
    {
        return onServer() ? m_cluster->location(m_matters.value(name)).schemaName() : QString();
    }

    // Replaces `table` of `name` by one of the same name without its columns (and one row, so a
    // count finds something and the reader goes on to read it): the store still opens, and the
    // first read of that table fails.
    bool hollowOut(const QString &name, const QString &table) const
    {
        if (!onServer())
            return rebuttal::test::hollowOut(m_dir.filePath(name), table);
        return execRaw(name, QStringLiteral("DROP TABLE %1 CASCADE; CREATE TABLE %1 (hollow integer);"
                                            " INSERT INTO %1 VALUES (1);")
                                 .arg(table))
            .isEmpty();
    }

private:
    // The cluster's superuser with the matter `name`'s schema first on its search_path; null after a warning.
    std::unique_ptr<PgConnection> adminIn(const QString &name) const
    {
        std::unique_ptr<PgConnection> admin = adminConnection(*m_cluster);
        if (admin && admin->exec(QStringLiteral("SET search_path TO %1").arg(schemaOf(name))).isError()) {
            qWarning() << "cannot use the schema of" << name;
            admin.reset();
        }
        return admin;
    }

    QTemporaryDir m_dir;
    std::optional<PgTestCluster> m_cluster;
    QHash<QString, QString> m_matters; // test's name -> matter
};

// Imports the production at `pdf` into `store` through the store's own writer, as the app does.
inline ProductionImport::Result importProduction(OpenStore &store, const QString &pdf,
                                                 const std::function<void(ProductionImport &)> &setUp = {})
{
    const std::unique_ptr<ProductionDestination> destination = store.productionDestination();
    ProductionImport import(*destination);
    if (setUp)
        setUp(import);
    return import.run(pdf);
}

} // namespace rebuttal::test

// In initTestCase: skips the whole test on the server when PostgreSQL is not installed (as every
// server test does), fails when the stores cannot be made ready.
#define PREPARE_TEST_STORES(stores)                                                                   \
    do {                                                                                              \
        if (rebuttal::test::TestStores::onServer() && !rebuttal::test::postgresInstalled())           \
            QSKIP("PostgreSQL 15 server binaries (initdb, pg_ctl) are not installed: the server twin " \
                  "of this test is skipped (scripts/install-deps.sh installs them)");                \
        const QString unprepared = (stores).prepare();                                                \
        QVERIFY2(unprepared.isEmpty(), qPrintable(unprepared));                                       \
        qInfo("store backend: %s", rebuttal::test::TestStores::backendName());                        \
    } while (false)

// In a test function that only a case file has (its header, WAL, locking, bytes): skipped on the
// server, saying why, so the report shows it was not forgotten.
#define FILE_ONLY(why)                                 \
    do {                                               \
        if (rebuttal::test::TestStores::onServer())    \
            QSKIP("case file only: " why);             \
    } while (false)
