// One connection to a PostgreSQL server, on libpq directly, and the statements run on it.
//
// Statements go through PQexecParams: the values travel apart from the SQL text (no quoting,
// no injection) and nothing is prepared on the server unless asked, unlike Qt's QPSQL driver,
// which prepares every statement and never reconnects. A connection lost between transactions
// is reset once and the statement retried; one lost inside a transaction is an error
// (Unreachable), because the server rolled that transaction back.
#pragma once

#include "ServerLocation.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <memory>

struct pg_conn;
struct pg_result;

namespace rebuttal {

class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)

public:
    // Connects; nullptr with *error (Unreachable, naming the server) when it cannot.
    static std::unique_ptr<PgConnection> open(const ServerLocation &location, StoreError *error);
    // The version of the libpq this build runs with ("15.5"), for Help > About.
    static QString clientLibraryVersion();
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    const ServerLocation &location() const { return m_location; }
    pg_conn *handle() const { return m_conn; }

    // A statement with no rows to read (DDL, INSERT...); parameters are $1, $2...
    [[nodiscard]] StoreError exec(const QString &sql, const QVariantList &parameters = {});
    // A session setting (search_path...) that a reconnect sets again.
    [[nodiscard]] StoreError setSessionSetting(const QString &name, const QString &value);
    [[nodiscard]] StoreError begin();
    [[nodiscard]] StoreError commit();
    // Never fails in a way the caller could act on; a lost connection has rolled back already.
    void rollback();
    bool inTransaction() const;

    // The server's version as text ("15.20"), for the About box and the log.
    QString serverVersion() const;

    // Maps a failed result (SQLSTATE) or the connection's state to a StoreError.
    [[nodiscard]] StoreError errorOf(const pg_result *result) const;
    [[nodiscard]] StoreError connectionError() const;
    // Resets a connection that went bad outside a transaction; true when it is usable again. It
    // blocks (up to the connect timeout), so after a failed try the next ones within
    // RecoverBackoffMs fail at once: a window whose server went away answers its user rather
    // than freezing for every statement it tries. ServerChangeFeed reconnects without blocking.
    bool recover();
    static constexpr qint64 RecoverBackoffMs = 5000;
    // Sets again what a new session forgets (date style, time zone, setSessionSetting's): after
    // a reset, blocking or not. True when every setting took.
    bool restoreSession();
    // The server process serving this connection (NOTIFY's be_pid for what it commits); 0 when
    // the connection is down.
    int backendPid() const;

private:
    PgConnection(const ServerLocation &location, pg_conn *conn);

    ServerLocation m_location;
    pg_conn *m_conn = nullptr;
    QList<std::pair<QString, QString>> m_sessionSettings;
    // When the last blocking reset failed (ms since the epoch; 0: none did, or one since worked).
    qint64 m_failedResetAt = 0;
};

// One statement with rows: bind values, exec(), then next() and value() like SqlStatement.
// Values come back as text (PostgreSQL's text format) in a QVariant: callers convert with
// toLongLong(), toDouble()... SQL NULL is a null QVariant.
class PgStatement
{
public:
    PgStatement(PgConnection &connection, QString sql);
    ~PgStatement();
    PgStatement(const PgStatement &) = delete;
    PgStatement &operator=(const PgStatement &) = delete;

    PgStatement &bind(const QVariant &value);
    bool exec();
    bool next();
    QVariant value(int column) const;
    int rowCount() const;
    int rowsAffected() const { return m_rowsAffected; }
    [[nodiscard]] StoreError error() const { return m_error; }

private:
    void clear();

    PgConnection &m_connection;
    QString m_sql;
    QVariantList m_parameters;
    pg_result *m_result = nullptr;
    int m_row = -1;
    int m_rowsAffected = 0;
    StoreError m_error;
};

} // namespace rebuttal
