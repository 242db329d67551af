// Where a matter lives on a PostgreSQL server: postgresql://HOST[:PORT]/DB?matter=NAME.
// No password is ever part of it: libpq finds one in ~/.pgpass or a service file, or the server
// authenticates the user without one (peer, GSSAPI).
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace rebuttal {

struct ServerLocation
{
    Q_DECLARE_TR_FUNCTIONS(ServerLocation)

public:
    QString host;      // a host name or address; empty: libpq's default (the local socket)
    QString socketDir; // ?host=/dir: a unix-socket directory instead of a host name
    int port = 0;      // 0: libpq's default
    QString database;
    QString user;      // empty: libpq's default (the operating-system account)
    QString sslMode;   // ?sslmode=...; empty: libpq's default
    QString matter;    // or AllMatters

    // ?matter=*: every matter of the database the login may read, pooled for research
    // (ServerMatterPool); only stats and dataset take it.
    static inline const QString AllMatters = QStringLiteral("*");
    bool isAllMatters() const { return matter == AllMatters; }

    // Whether `text` names a server rather than a case file (postgresql:// or postgres://).
    static bool looksLikeServer(const QString &text);
    // nullopt, with *problem set to a sentence naming what is wrong, when `text` is not a valid address.
    static std::optional<ServerLocation> parse(const QString &text, QString *problem);
    // A matter name is the schema's and the roles' suffix: lower-case letters, digits and
    // underscores, starting with a letter, at most 40 characters (PostgreSQL names stop at 63).
    static bool isValidMatterName(const QString &name);

    // The address again, as messages show it (no secret is ever in it).
    QString display() const;
    // Short, for a title bar or a menu: host[:port]/db/matter (no login, no secret).
    QString title() const;
    // libpq's connection keywords and values, for PQconnectdbParams.
    std::vector<std::pair<QByteArray, QByteArray>> connectionParameters() const;

    // The matter's schema and its two group roles.
    QString schemaName() const { return QStringLiteral("matter_") + matter; }
    QString readerRole() const { return QStringLiteral("rebuttal_%1_readers").arg(matter); }
    QString editorRole() const { return QStringLiteral("rebuttal_%1_editors").arg(matter); }
};

} // namespace rebuttal
