#include "ServerChangeFeed.h"

#include "PgConnection.h"

#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimer>

#include <libpq-fe.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace rebuttal {

namespace {

// How long to wait before asking a server that went away again.
constexpr int ReconnectIntervalMs = 2000;

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

ServerChangeFeed::ServerChangeFeed(std::unique_ptr<PgConnection> connection, QString channel)
    : m_connection(std::move(connection))
    , m_channel(std::move(channel))
{
}

ServerChangeFeed::~ServerChangeFeed() = default;

StoreError ServerChangeFeed::listen()
{
    // The channel is the matter's schema name, an identifier ServerLocation has checked.
    if (StoreError error = m_connection->exec(QStringLiteral("LISTEN ") + m_channel); error.isError())
        return error;
    // A reset connection has a new socket.
    delete m_notifier;
    m_notifier = new QSocketNotifier(PQsocket(m_connection->handle()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ServerChangeFeed::poll);
    return {};
}

void ServerChangeFeed::poll()
{
    pg_conn *conn = m_connection->handle();
    if (!PQconsumeInput(conn) || PQstatus(conn) == CONNECTION_BAD) {
        if (m_notifier)
            m_notifier->setEnabled(false); // a closed socket stays readable
        const StoreError error = m_connection->connectionError();
        qCInfo(lcStore) << "change feed interrupted:" << error.message;
        Q_EMIT interrupted(error);
        QTimer::singleShot(ReconnectIntervalMs, this, &ServerChangeFeed::reconnect);
        return;
    }
    QList<ServerChange> changes;
    while (PGnotify *notice = PQnotifies(conn)) {
        changes << changeOf(*notice);
        PQfreemem(notice);
    }
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

void ServerChangeFeed::reconnect()
{
    if (m_connection->recover() && !listen().isError()) {
        // What changed while the feed was away was not heard: say so once more, now that a
        // reader can read the matter again.
        Q_EMIT interrupted(StoreError());
        return;
    }
    QTimer::singleShot(ReconnectIntervalMs, this, &ServerChangeFeed::reconnect);
}

} // namespace rebuttal
