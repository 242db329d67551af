#include "PgConnection.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <libpq-fe.h>

#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace rebuttal {

namespace {

struct PgParameters
{
    std::vector<QByteArray> storage;
    std::vector<const char *> values;
    std::vector<int> lengths;
    std::vector<int> formats;

    explicit PgParameters(const QVariantList &parameters)
    {
        storage.reserve(parameters.size());
        for (const QVariant &value : parameters) {
            if (value.isNull()) {
                storage.emplace_back();
                values.push_back(nullptr);
                lengths.push_back(0);
                formats.push_back(0);
                continue;
            }
            int format = 0;
            switch (value.typeId()) {
            case QMetaType::Bool:
                storage.push_back(value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
                break;
            case QMetaType::QByteArray:
                // bytea in binary format: the bytes as they are, no escaping.
                storage.push_back(value.toByteArray());
                format = 1;
                break;
            case QMetaType::QDateTime:
                storage.push_back(value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8());
                break;
            default:
                storage.push_back(value.toString().toUtf8());
                break;
            }
            values.push_back(storage.back().constData());
            lengths.push_back(static_cast<int>(storage.back().size()));
            formats.push_back(format);
        }
    }
};

// Runs once; when the connection was lost outside a transaction, resets it and runs again.
PGresult *execOnce(PgConnection &connection, const QString &sql, const QVariantList &parameters)
{
    const QByteArray text = sql.toUtf8();
    const PgParameters bound(parameters);
    auto run = [&] {
        return PQexecParams(connection.handle(), text.constData(), static_cast<int>(bound.values.size()), nullptr,
                            bound.values.data(), bound.lengths.data(), bound.formats.data(), 0);
    };
    const bool wasIdle = PQtransactionStatus(connection.handle()) == PQTRANS_IDLE
                      || PQstatus(connection.handle()) == CONNECTION_BAD;
    PGresult *result = run();
    if (PQstatus(connection.handle()) == CONNECTION_BAD && wasIdle) {
        PQclear(result);
        if (!connection.recover())
            return nullptr;
        result = run();
    }
    return result;
}

bool succeeded(const PGresult *result)
{
    const ExecStatusType status = PQresultStatus(result);
    return result && (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK);
}

// libpq prints the server's notices ("extension ... already exists, skipping") on stderr, where a
// CLI user reads them as trouble: they are for whoever debugs the store, so they go to its log
// category (off unless asked for). The hook stays with the connection across PQreset.
void logNotice(void *, const char *message)
{
    qCDebug(lcStore) << "server notice:" << QByteArray(message).trimmed();
}

} // namespace

PgConnection::PgConnection(const ServerLocation &location, pg_conn *conn)
    : m_location(location)
    , m_conn(conn)
{
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

QString PgConnection::clientLibraryVersion()
{
    // 150005 for 15.5: the major version times 10000 plus the minor (since PostgreSQL 10).
    const int version = PQlibVersion();
    return QStringLiteral("%1.%2").arg(version / 10000).arg(version % 10000);
}

std::unique_ptr<PgConnection> PgConnection::open(const ServerLocation &location, StoreError *error)
{
    const auto parameters = location.connectionParameters();
    std::vector<const char *> keywords;
    std::vector<const char *> values;
    for (const auto &[keyword, value] : parameters) {
        keywords.push_back(keyword.constData());
        values.push_back(value.constData());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    PGconn *conn = PQconnectdbParams(keywords.data(), values.data(), 0);
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        const QString why = conn ? QString::fromUtf8(PQerrorMessage(conn)).trimmed() : tr("out of memory");
        PQfinish(conn);
        if (error)
            *error = StoreError::make(StoreError::Kind::Unreachable,
                                      tr("Cannot connect to %1: %2").arg(location.display(), why));
        return nullptr;
    }
    PQsetNoticeProcessor(conn, logNotice, nullptr);
    std::unique_ptr<PgConnection> connection(new PgConnection(location, conn));
    // Dates in the forms the code parses, whatever the server's defaults.
    const StoreError setup = connection->exec(QStringLiteral("SET datestyle TO 'ISO'; SET TIME ZONE 'UTC'"));
    if (setup.isError()) {
        if (error)
            *error = setup;
        return nullptr;
    }
    if (error)
        *error = {};
    return connection;
}

bool PgConnection::recover()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_failedResetAt != 0 && now - m_failedResetAt < RecoverBackoffMs)
        return false; // tried a moment ago: say the connection is lost without waiting again
    PQreset(m_conn);
    const bool ok = PQstatus(m_conn) == CONNECTION_OK;
    qCInfo(lcStore) << "server connection lost; reconnect" << (ok ? "succeeded" : "failed");
    m_failedResetAt = ok ? 0 : QDateTime::currentMSecsSinceEpoch();
    return ok && restoreSession();
}

bool PgConnection::restoreSession()
{
    m_failedResetAt = 0;
    PGresult *result = PQexec(m_conn, "SET datestyle TO 'ISO'; SET TIME ZONE 'UTC'");
    bool restored = PQresultStatus(result) == PGRES_COMMAND_OK;
    PQclear(result);
    for (const auto &[name, value] : std::as_const(m_sessionSettings)) {
        const QByteArray nameText = name.toUtf8();
        const QByteArray valueText = value.toUtf8();
        const char *values[] = {nameText.constData(), valueText.constData()};
        result = PQexecParams(m_conn, "SELECT set_config($1, $2, false)", 2, nullptr, values, nullptr, nullptr, 0);
        restored = restored && PQresultStatus(result) == PGRES_TUPLES_OK;
        PQclear(result);
    }
    return restored;
}

int PgConnection::backendPid() const
{
    return PQstatus(m_conn) == CONNECTION_OK ? PQbackendPID(m_conn) : 0;
}

StoreError PgConnection::connectionError() const
{
    return StoreError::make(StoreError::Kind::Unreachable,
                            tr("Lost the connection to %1: %2")
                                .arg(m_location.display(), QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()));
}

StoreError PgConnection::errorOf(const pg_result *result) const
{
    if (!result || PQstatus(m_conn) == CONNECTION_BAD)
        return connectionError();
    const QByteArray state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    const QString message = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
    // 42501 insufficient_privilege; 28xxx authorization; 3F000 no such schema; 57P01 admin shutdown;
    // 08xxx connection exceptions; 40001/40P01 serialization failure and deadlock.
    if (state == "42501" || state.startsWith("28"))
        return StoreError::make(StoreError::Kind::Denied,
                                tr("The server refused: %1 (your role on matter %2 does not allow it)")
                                    .arg(message, m_location.matter));
    if (state == "3F000")
        return StoreError::make(StoreError::Kind::NotFound,
                                tr("%1: there is no matter %2 in this database").arg(m_location.display(), m_location.matter));
    if (state.startsWith("08") || state.startsWith("57P"))
        return StoreError::make(StoreError::Kind::Unreachable,
                                tr("Lost the connection to %1: %2").arg(m_location.display(), message));
    // 42P01 undefined_table, 42703 undefined_column: a part of the matter's schema is gone (behind
    // the app: damage, another program), as a case file's "no such table/column" is: a damaged
    // store the user can act on (verify, restore a copy), not a statement of ours gone wrong.
    if (state == "42P01" || state == "42703")
        return StoreError::make(StoreError::Kind::Corrupt,
                                tr("The matter %1 is incomplete or damaged: a part of it is missing (%2)")
                                    .arg(m_location.matter, message));
    if (state == "40001" || state == "40P01" || state == "55P03")
        return StoreError::make(StoreError::Kind::Locked, message);
    return StoreError::make(StoreError::Kind::Sql, message);
}

StoreError PgConnection::exec(const QString &sql, const QVariantList &parameters)
{
    PGresult *result = nullptr;
    if (parameters.isEmpty()) {
        // The simple protocol: may hold several statements (migrations, session settings).
        const bool wasIdle = PQtransactionStatus(m_conn) == PQTRANS_IDLE || PQstatus(m_conn) == CONNECTION_BAD;
        result = PQexec(m_conn, sql.toUtf8().constData());
        if (PQstatus(m_conn) == CONNECTION_BAD && wasIdle) {
            PQclear(result);
            result = recover() ? PQexec(m_conn, sql.toUtf8().constData()) : nullptr;
        }
    } else {
        result = execOnce(*this, sql, parameters);
    }
    const StoreError error = succeeded(result) ? StoreError{} : errorOf(result);
    PQclear(result);
    return error;
}

StoreError PgConnection::setSessionSetting(const QString &name, const QString &value)
{
    const StoreError error = exec(QStringLiteral("SELECT set_config($1, $2, false)"), {name, value});
    if (!error.isError()) {
        m_sessionSettings.removeIf([&](const auto &setting) { return setting.first == name; });
        m_sessionSettings.append({name, value});
    }
    return error;
}

StoreError PgConnection::begin()
{
    return exec(QStringLiteral("BEGIN"));
}

StoreError PgConnection::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void PgConnection::rollback()
{
    if (PQtransactionStatus(m_conn) != PQTRANS_IDLE) {
        PGresult *result = PQexec(m_conn, "ROLLBACK");
        PQclear(result);
    }
}

bool PgConnection::inTransaction() const
{
    const PGTransactionStatusType status = PQtransactionStatus(m_conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR;
}

QString PgConnection::serverVersion() const
{
    const int version = PQserverVersion(m_conn); // 150020 for 15.20
    return QStringLiteral("%1.%2").arg(version / 10000).arg(version % 10000);
}

PgStatement::PgStatement(PgConnection &connection, QString sql)
    : m_connection(connection)
    , m_sql(std::move(sql))
{
}

PgStatement::~PgStatement()
{
    clear();
}

void PgStatement::clear()
{
    PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_rowsAffected = 0;
}

PgStatement &PgStatement::bind(const QVariant &value)
{
    m_parameters << value;
    return *this;
}

bool PgStatement::exec()
{
    clear();
    m_result = execOnce(m_connection, m_sql, m_parameters);
    m_parameters.clear();
    if (!succeeded(m_result)) {
        m_error = m_connection.errorOf(m_result);
        clear();
        return false;
    }
    m_error = {};
    m_rowsAffected = QByteArray(PQcmdTuples(m_result)).toInt();
    return true;
}

bool PgStatement::next()
{
    if (!m_result || m_row + 1 >= PQntuples(m_result))
        return false;
    ++m_row;
    return true;
}

int PgStatement::rowCount() const
{
    return m_result ? PQntuples(m_result) : 0;
}

QVariant PgStatement::value(int column) const
{
    if (!m_result || m_row < 0 || column >= PQnfields(m_result) || PQgetisnull(m_result, m_row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

} // namespace rebuttal
