// A TCP proxy in front of the test cluster's unix socket that slows, or silences, the server
// (issue 18's tests of a slow or dropped link): LinkProxy on a thread of its own, and ProxiedServer,
// a matter's location reached through it.
#pragma once

#include "../core/PgTestCluster.h"

#include "store/ServerLocation.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QLocalSocket>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <utility>

namespace rebuttal::test {

// A TCP port in front of the test cluster's unix socket, on a thread of its own (so that a GUI
// thread stuck in a blocking connect cannot stall it too). cut() drops every forwarded connection
// and from then on accepts new ones but never answers them, as a server behind a dead link does;
// restore() forwards again. setLink() makes what the server sends arrive late (a fixed latency per
// chunk and a bandwidth), in order, as over a slow link. holdNewConnectionsAfter() stops a long
// answer part-way, on the connections opened from then on, until releaseHeld(): a test sees the
// client mid-stream for as long as it needs, however little time it gets to look.
class LinkProxy : public QObject
{
public:
    explicit LinkProxy(QString serverSocket)
        : m_serverSocket(std::move(serverSocket))
    {
    }

    void listen()
    {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &LinkProxy::accept);
        m_server->listen(QHostAddress::LocalHost, 0);
        m_port = m_server->serverPort();
        m_clock.start();
    }
    int port() const { return m_port; }

    void cut()
    {
        m_forwarding = false;
        for (const QPointer<QTcpSocket> &client : std::as_const(m_clients)) {
            if (client)
                client->abort();
        }
        m_clients.clear();
    }
    // The next connection accepted (only) hears the server's first answer `latencyMs` later still.
    void delayNextConnection(int latencyMs) { m_nextConnectionLatencyMs = latencyMs; }
    int acceptedConnections() const { return m_accepted.loadAcquire(); }
    void setLink(int latencyMs, qint64 bytesPerSecond)
    {
        m_latencyMs = latencyMs;
        m_bytesPerSecond = bytesPerSecond;
    }
    // Each connection accepted from now on forwards the first `bytes` the server sends it (whole
    // chunks: it may pass them by one), then holds the rest until releaseHeld().
    void holdNewConnectionsAfter(qint64 bytes)
    {
        m_holdAfter = bytes;
        m_released = false;
    }
    void releaseHeld()
    {
        m_released = true;
        for (const QPointer<QTimer> &sender : std::as_const(m_senders)) {
            if (sender)
                sender->start(0);
        }
    }
    void restore()
    {
        for (const QPointer<QTcpSocket> &client : std::as_const(m_unanswered)) {
            if (client)
                client->abort();
        }
        m_unanswered.clear();
        m_forwarding = true;
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            if (!m_forwarding) {
                m_unanswered << client;
                continue;
            }
            auto *server = new QLocalSocket(client);
            server->connectToServer(m_serverSocket);
            connect(client, &QTcpSocket::readyRead, server, [client, server] { server->write(client->readAll()); });
            // What the server sent, each chunk with the time it may go out (ms on m_clock), in
            // order: one timer sends the due ones first to last. (A timer per chunk could fire out
            // of order, two deadlines a millisecond apart rounding the other way, and the client
            // would read the protocol scrambled.)
            auto pending = std::make_shared<QList<std::pair<qint64, QByteArray>>>();
            auto *sender = new QTimer(client);
            sender->setSingleShot(true);
            sender->setTimerType(Qt::PreciseTimer);
            m_senders << sender;
            const qint64 holdAfter = m_holdAfter;
            auto forwarded = std::make_shared<qint64>(0);
            connect(sender, &QTimer::timeout, client, [this, client, sender, pending, holdAfter, forwarded] {
                const qint64 now = m_clock.elapsed();
                while (!pending->isEmpty() && pending->constFirst().first <= now) {
                    if (holdAfter > 0 && *forwarded >= holdAfter && !m_released)
                        return; // held: releaseHeld() starts this sender again
                    *forwarded += pending->constFirst().second.size();
                    client->write(pending->takeFirst().second);
                }
                if (!pending->isEmpty())
                    sender->start(int(pending->constFirst().first - now));
            });
            auto sentAt = std::make_shared<qint64>(0);
            const int ownLatencyMs = std::exchange(m_nextConnectionLatencyMs, 0);
            connect(server, &QLocalSocket::readyRead, client, [this, server, sender, pending, sentAt, ownLatencyMs] {
                const QByteArray bytes = server->readAll();
                const qint64 now = m_clock.elapsed();
                const qint64 transfer = m_bytesPerSecond > 0 ? bytes.size() * 1000 / m_bytesPerSecond : 0;
                *sentAt = std::max(now + m_latencyMs + (*sentAt == 0 ? ownLatencyMs : 0), *sentAt) + transfer;
                pending->append({*sentAt, bytes});
                if (!sender->isActive())
                    sender->start(int(std::max<qint64>(0, pending->constFirst().first - now)));
            });
            connect(server, &QLocalSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            m_clients << client;
            m_accepted.fetchAndAddRelease(1);
        }
    }

    QString m_serverSocket;
    QTcpServer *m_server = nullptr;
    int m_port = 0;
    bool m_forwarding = true;
    int m_latencyMs = 0;
    int m_nextConnectionLatencyMs = 0;
    QAtomicInt m_accepted = 0;
    qint64 m_bytesPerSecond = 0;
    qint64 m_holdAfter = 0; // 0: never hold
    bool m_released = true;
    QList<QPointer<QTimer>> m_senders;
    QElapsedTimer m_clock;
    QList<QPointer<QTcpSocket>> m_clients;
    QList<QPointer<QTcpSocket>> m_unanswered;
};

// The proxy on a thread of its own in front of the cluster, and `direct`'s matter reached through it.
struct ProxiedServer
{
    QThread thread;
    LinkProxy proxy;
    ServerLocation location;

    ProxiedServer(const PgTestCluster &cluster, const ServerLocation &direct)
        : proxy(QStringLiteral("%1/.s.PGSQL.%2").arg(cluster.socketDir).arg(cluster.port))
        , location(direct)
    {
        proxy.moveToThread(&thread);
        thread.start();
        run([this] { proxy.listen(); });
        location.socketDir.clear();
        location.host = QStringLiteral("127.0.0.1");
        location.port = proxy.port();
    }
    ~ProxiedServer()
    {
        run([this] {
            proxy.restore();
            delete proxy.findChild<QTcpServer *>();
            proxy.moveToThread(QCoreApplication::instance()->thread());
        });
        thread.quit();
        thread.wait();
    }
    // Runs `call` on the proxy's thread and waits for it.
    template <typename Call>
    void run(Call call)
    {
        QMetaObject::invokeMethod(&proxy, call, Qt::BlockingQueuedConnection);
    }
};

} // namespace rebuttal::test
