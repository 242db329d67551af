#include "ServerChangeFeed.h"

#include "PgConnection.h"

#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <utility>

#include <libpq-fe.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace rebuttal {

namespace {

// The notify trigger's payload: "TABLE OPERATION ID LOGIN".
ServerChange changeOf(const PGnotify &notice)
{
    const QStringList parts = QString::fromUtf8(notice.extra).split(QLatin1Char(' '));
    ServerChange change;
    change.table = parts.value(0);
    change.operation = parts.value(1);
    change.id = parts.value(2).toLongLong();
    change.login = parts.value(3);
    change.backendPid = notice.be_pid;
    return change;
}

} // namespace

std::unique_ptr<ServerChangeFeed> ServerChangeFeed::open(const ServerLocation &location, StoreError *error)
{
    std::unique_ptr<PgConnection> connection = PgConnection::open(location, error);
    if (!connection)
        return nullptr;
    std::unique_ptr<ServerChangeFeed> feed(new ServerChangeFeed(std::move(connection), location.schemaName()));
    if (StoreError listening = feed->listen(); listening.isError()) {
        if (error)
            *error = listening;
        return nullptr;
    }
    return feed;
}

bool ServerChangeFeed::announceSessionEnd(PgConnection &connection)
{
    const int process = connection.backendPid();
    if (process == 0 || connection.inTransaction())
        return false;
    const StoreError error = connection.exec(QStringLiteral("SELECT pg_notify($1, $2)"),
                                             {connection.location().schemaName(), QString::fromLatin1(SessionEndPayload)});
    if (error.isError()) {
        qCInfo(lcStore) << "could not tell the matter's listeners this connection is done:" << error.message;
        return false;
    }
    return connection.backendPid() == process;
}

ServerChangeFeed::ServerChangeFeed(std::unique_ptr<PgConnection> connection, QString channel)
    : m_connection(std::move(connection))
    , m_channel(std::move(channel))
    , m_attemptTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_attemptTimer->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    connect(m_attemptTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcStore) << "change feed: the server did not answer within" << AttemptTimeoutMs << "ms";
        delete m_resetNotifier;
        m_resetNotifier = nullptr;
        scheduleReconnect();
    });
    connect(m_retryTimer, &QTimer::timeout, this, &ServerChangeFeed::startReconnect);
}

ServerChangeFeed::~ServerChangeFeed() = default;

QByteArray ServerChangeFeed::listenStatement() const
{
    // The channel is the matter's schema name, an identifier ServerLocation has checked.
    return QByteArrayLiteral("LISTEN ") + m_channel.toUtf8();
}

StoreError ServerChangeFeed::listen()
{
    if (StoreError error = m_connection->exec(QString::fromUtf8(listenStatement())); error.isError())
        return error;
    watchNotifications();
    return {};
}

void ServerChangeFeed::watchNotifications()
{
    // A reset connection has a new socket.
    delete m_notifier;
    m_notifier = new QSocketNotifier(PQsocket(m_connection->handle()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ServerChangeFeed::poll);
}

void ServerChangeFeed::poll()
{
    if (m_reconnecting)
        return; // the reset owns the socket until it listens again
    pg_conn *conn = m_connection->handle();
    if (!PQconsumeInput(conn) || PQstatus(conn) == CONNECTION_BAD) {
        dropped();
        return;
    }
    QList<ServerChange> changes;
    while (PGnotify *notice = PQnotifies(conn)) {
        if (qstrcmp(notice->extra, SessionEndPayload) == 0) {
            // In commit order: what came before it is told first.
            if (!changes.isEmpty())
                Q_EMIT changed(std::exchange(changes, {}));
            Q_EMIT sessionEnded(notice->be_pid);
        } else if (!m_isOwnBackend || !m_isOwnBackend(notice->be_pid))
            changes << changeOf(*notice);
        PQfreemem(notice);
    }
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

void ServerChangeFeed::dropped()
{
    // A closed socket stays readable: the notifier goes, and a new one comes with the new socket.
    delete m_notifier;
    m_notifier = nullptr;
    m_reconnecting = true;
    m_retryMs = FirstRetryMs;
    const StoreError error = m_connection->connectionError();
    qCInfo(lcStore) << "change feed interrupted:" << error.message;
    Q_EMIT interrupted(error);
    scheduleReconnect();
}

void ServerChangeFeed::scheduleReconnect()
{
    m_attemptTimer->stop();
    m_retryTimer->start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, LongestRetryMs);
}

void ServerChangeFeed::startReconnect()
{
    if (!PQresetStart(m_connection->handle())) {
        scheduleReconnect();
        return;
    }
    m_attemptTimer->start(AttemptTimeoutMs);
    // libpq's protocol for a connection polled by hand: wait until the socket is writable first.
    watchSocket(true);
}

void ServerChangeFeed::watchSocket(bool forWriting)
{
    delete m_resetNotifier;
    m_resetNotifier = nullptr;
    const int socket = PQsocket(m_connection->handle());
    if (socket < 0) {
        scheduleReconnect();
        return;
    }
    m_resetNotifier = new QSocketNotifier(socket, forWriting ? QSocketNotifier::Write : QSocketNotifier::Read, this);
    connect(m_resetNotifier, &QSocketNotifier::activated, this, &ServerChangeFeed::continueReconnect);
}

void ServerChangeFeed::continueReconnect()
{
    // The notifier goes before libpq may close its socket.
    delete m_resetNotifier;
    m_resetNotifier = nullptr;
    switch (PQresetPoll(m_connection->handle())) {
    case PGRES_POLLING_READING:
        watchSocket(false);
        return;
    case PGRES_POLLING_WRITING:
        watchSocket(true);
        return;
    case PGRES_POLLING_OK:
        break;
    default: // PGRES_POLLING_FAILED (PGRES_POLLING_ACTIVE is no longer returned)
        qCInfo(lcStore) << "change feed: reconnect failed";
        scheduleReconnect();
        return;
    }
    // Connected: LISTEN is sent and its answer awaited on the socket, not in a blocking call, so
    // a server that goes quiet right after the handshake cannot stall the thread; the try's timer
    // still runs and ends it. (The feed only listens: the store's session settings are not needed.)
    if (!PQsendQuery(m_connection->handle(), listenStatement().constData())) {
        qCInfo(lcStore) << "change feed: LISTEN could not be sent";
        scheduleReconnect();
        return;
    }
    m_resetNotifier = new QSocketNotifier(PQsocket(m_connection->handle()), QSocketNotifier::Read, this);
    connect(m_resetNotifier, &QSocketNotifier::activated, this, &ServerChangeFeed::continueListening);
}

void ServerChangeFeed::continueListening()
{
    pg_conn *conn = m_connection->handle();
    if (PQconsumeInput(conn) && PQisBusy(conn))
        return; // the answer is not all there yet
    delete m_resetNotifier;
    m_resetNotifier = nullptr;
    bool listening = false;
    bool failed = false;
    while (PGresult *result = PQgetResult(conn)) {
        listening = PQresultStatus(result) == PGRES_COMMAND_OK;
        failed = failed || !listening;
        PQclear(result);
    }
    if (!listening || failed) {
        qCInfo(lcStore) << "change feed: LISTEN failed:" << PQerrorMessage(conn);
        scheduleReconnect();
        return;
    }
    m_attemptTimer->stop();
    // A notice that came with the answer is already off the socket (its notifier would not fire
    // for it); the reading again that interrupted() asks for covers it.
    while (PGnotify *notice = PQnotifies(conn))
        PQfreemem(notice);
    watchNotifications();
    m_reconnecting = false;
    m_retryMs = FirstRetryMs;
    qCInfo(lcStore) << "change feed: listening again";
    // What changed while the feed was away was not heard: say so once more, now that a reader can
    // read the matter again.
    Q_EMIT interrupted(StoreError());
}

} // namespace rebuttal
