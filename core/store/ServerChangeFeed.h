// Another user's committed changes to a matter, as they happen (issue 18): the server announces
// every committed change of a client, an agreement, a production or a Vaughn index on the
// matter's channel (schema 6's notify trigger), and this feed listens on a connection of its own,
// read when its socket has something (a QSocketNotifier on PQsocket), so a window shows a
// colleague's change without reopening the matter.
#pragma once

#include "ServerLocation.h"
#include "StoreError.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QSocketNotifier;

namespace rebuttal {

class PgConnection;

struct ServerChange
{
    QString table;     // clients, agreements, documents, vaughn_indexes
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

Q_SIGNALS:
    // The changes read at once, in commit order; a row changed twice in one transaction once.
    void changed(const QList<rebuttal::ServerChange> &changes);
    // The connection dropped (`error` says why), and again once the feed listens again (`error`
    // empty): changes may have been missed, so whatever is shown should be read again then.
    void interrupted(const rebuttal::StoreError &error);

private:
    ServerChangeFeed(std::unique_ptr<PgConnection> connection, QString channel);
    [[nodiscard]] StoreError listen();
    void reconnect();

    std::unique_ptr<PgConnection> m_connection;
    QString m_channel;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace rebuttal
