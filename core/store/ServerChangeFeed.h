// Another user's committed changes to a matter, as they happen (issue 18): the server announces
// every committed change of a client, an agreement, a production or a Vaughn index (schema 6's
// notify trigger) and a person's correction of a production (schema 8's) on the matter's
// channel, and this feed listens on a connection of its own, read when its socket has something
// (a QSocketNotifier on PQsocket), so a window shows a colleague's change without reopening the
// matter. A dropped connection is reset without blocking (PQresetStart/PQresetPoll driven by the
// socket and a timer), with a growing pause between tries, so the thread it lives on (the GUI's) keeps answering while the server is away.
#pragma once

#include "ServerLocation.h"
#include "StoreError.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

#include <memory>

class QSocketNotifier;
class QTimer;

namespace rebuttal {

class PgConnection;

struct ServerChange
{
    // clients, agreements, documents, vaughn_indexes; or corrections (schema 8): a person's
    // correction of a production's boxes or pages, always UPDATE, `id` the production's.
    QString table;
    QString operation; // INSERT, UPDATE or DELETE
    qint64 id = 0;     // the row's id
    QString login;     // who changed it (the server's session_user)
    int backendPid = 0; // the server process of the connection that changed it
};

class ServerChangeFeed : public QObject
{
    Q_OBJECT

public:
    // Listens on the matter's channel; nullptr with *error when it cannot connect.
    static std::unique_ptr<ServerChangeFeed> open(const ServerLocation &location, StoreError *error);
    ~ServerChangeFeed() override;

    // Reads what has arrived and emits it; the socket notifier calls it, and so may a caller
    // that wants the changes now (after its own commit, in a test).
    void poll();

    // Whether a server process is one of the caller's own writing connections (its store's, or a
    // job's of its own), asked at each notification (a reset connection has a new one): what
    // those committed is left out of changed(), since the caller knows what it wrote and has
    // refreshed it. Unset: nothing is left out.
    void ignoreBackends(std::function<bool(int backendPid)> isOwn) { m_isOwnBackend = std::move(isOwn); }

    // A connection's last word on its matter's channel, sent when it is done writing (a job's,
    // before it closes): the server delivers notifications in commit order, so a listener that
    // hears it from a server process has heard everything that process committed, and may stop
    // leaving that process out (sessionEnded) with no time window. The payload is no change's:
    // changed() never carries it.
    static constexpr char SessionEndPayload[] = "rebuttal-session-end";
    // Sends it on `connection`'s matter channel (outside a transaction); false when it could not,
    // or only on a new server process (the connection reset): then nothing more of the old
    // process's is to come but what a commit just before the drop may still deliver.
    static bool announceSessionEnd(PgConnection &connection);
    // Whether the feed is between a drop and listening again.
    bool isReconnecting() const { return m_reconnecting; }

    // The first pause after a drop, doubled after each failed try up to the longest; and how
    // long one try may wait for the server to answer (libpq's connect_timeout does not apply to
    // a reset polled by hand).
    static constexpr int FirstRetryMs = 500;
    static constexpr int LongestRetryMs = 30000;
    static constexpr int AttemptTimeoutMs = 10000;

Q_SIGNALS:
    // The changes read at once, in commit order; a row changed twice in one transaction once.
    void changed(const QList<rebuttal::ServerChange> &changes);
    // The connection dropped (`error` says why), and again once the feed listens again (`error`
    // empty): changes may have been missed, so whatever is shown should be read again then.
    void interrupted(const rebuttal::StoreError &error);
    // Server process `backendPid` said it is done (announceSessionEnd): everything it committed
    // has been heard. Emitted in commit order: after changed() for the notices before it, and
    // before the ones after it are judged.
    void sessionEnded(int backendPid);

private:
    ServerChangeFeed(std::unique_ptr<PgConnection> connection, QString channel);
    QByteArray listenStatement() const;
    [[nodiscard]] StoreError listen();
    void watchNotifications();
    void dropped();
    void scheduleReconnect();
    void startReconnect();
    void continueReconnect();
    void continueListening();
    void watchSocket(bool forWriting);

    std::unique_ptr<PgConnection> m_connection;
    QString m_channel;
    QSocketNotifier *m_notifier = nullptr;
    // The socket libpq waits on during a reset (its descriptor may change between tries), and for
    // the answer to LISTEN after it.
    QSocketNotifier *m_resetNotifier = nullptr;
    // Ends a try the server does not answer.
    QTimer *m_attemptTimer = nullptr;
    // Waits between tries.
    QTimer *m_retryTimer = nullptr;
    int m_retryMs = FirstRetryMs;
    bool m_reconnecting = false;
    std::function<bool(int backendPid)> m_isOwnBackend;
};

} // namespace rebuttal
