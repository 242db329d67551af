#include "ServerLocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace rebuttal {

bool ServerLocation::looksLikeServer(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool ServerLocation::isValidMatterName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    return pattern.match(name).hasMatch();
}

std::optional<ServerLocation> ServerLocation::parse(const QString &text, QString *problem)
{
    // Never repeats the address: it holds the password.
    const auto passwordRefused = [] {
        return tr("A server address may not hold a password. Put it in ~/.pgpass or a PostgreSQL service file, "
                  "or use peer or GSSAPI authentication.");
    };
    auto refuse = [&](const QString &why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (!looksLikeServer(text))
        return refuse(tr("%1 is not a server address: it must start with postgresql://").arg(text));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(tr("%1 is not a valid server address: %2").arg(text, url.errorString()));
    // Said before anything else.
    if (!url.password().isEmpty())
        return refuse(passwordRefused());

    ServerLocation location;
    location.host = url.host();
    location.user = url.userName();
    if (url.port() != -1)
        location.port = url.port();
    location.database = url.path().mid(1); // after the leading '/'
    if (location.database.isEmpty() || location.database.contains(QLatin1Char('/')))
        return refuse(tr("%1 names no database: write postgresql://HOST[:PORT]/DATABASE?matter=NAME").arg(text));

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("matter")) {
            location.matter = value;
        } else if (key == QLatin1String("host")) {
            if (!value.startsWith(QLatin1Char('/')))
                return refuse(tr("%1: host= must be a socket directory (an absolute path)").arg(text));
            location.socketDir = value;
        } else if (key == QLatin1String("user")) {
            location.user = value;
        } else if (key == QLatin1String("sslmode")) {
            location.sslMode = value;
        } else if (key == QLatin1String("password")) {
            return refuse(passwordRefused());
        } else {
            return refuse(tr("%1: unknown parameter %2 (known: matter, host, user, sslmode)").arg(text, key));
        }
    }
    if (location.matter.isEmpty())
        return refuse(tr("%1 names no matter: add ?matter=NAME").arg(text));
    if (!location.isAllMatters() && !isValidMatterName(location.matter))
        return refuse(tr("%1: the matter name %2 may hold only lower-case letters, digits and underscores, start with a "
                         "letter and have at most 40 characters")
                          .arg(text, location.matter));
    return location;
}

QString ServerLocation::display() const
{
    // By hand: QUrl drops the empty authority of a socket address (postgresql:///db), which
    // would then not parse back.
    const auto encoded = [](const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); };
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += encoded(user) + QLatin1Char('@');
    text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + encoded(database) + QStringLiteral("?matter=") + matter;
    if (!socketDir.isEmpty())
        text += QStringLiteral("&host=") + QString::fromLatin1(QUrl::toPercentEncoding(socketDir, "/"));
    if (!sslMode.isEmpty())
        text += QStringLiteral("&sslmode=") + encoded(sslMode);
    return text;
}

QString ServerLocation::title() const
{
    const QString where = !host.isEmpty() ? host : !socketDir.isEmpty() ? socketDir : QStringLiteral("localhost");
    return where + (port > 0 ? QLatin1Char(':') + QString::number(port) : QString()) + QLatin1Char('/') + database
        + QLatin1Char('/') + matter;
}

std::vector<std::pair<QByteArray, QByteArray>> ServerLocation::connectionParameters() const
{
    std::vector<std::pair<QByteArray, QByteArray>> parameters;
    if (!socketDir.isEmpty())
        parameters.emplace_back("host", socketDir.toUtf8());
    else if (!host.isEmpty())
        parameters.emplace_back("host", host.toUtf8());
    if (port > 0)
        parameters.emplace_back("port", QByteArray::number(port));
    parameters.emplace_back("dbname", database.toUtf8());
    if (!user.isEmpty())
        parameters.emplace_back("user", user.toUtf8());
    if (!sslMode.isEmpty())
        parameters.emplace_back("sslmode", sslMode.toUtf8());
    parameters.emplace_back("application_name", "rebuttal");
    // A server that does not answer is said within seconds, not after the OS's TCP timeout.
    parameters.emplace_back("connect_timeout", "10");
    // UTF-8 both ways whatever the server's default.
    parameters.emplace_back("client_encoding", "UTF8");
    return parameters;
}

} // namespace rebuttal
