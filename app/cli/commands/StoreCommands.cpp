#include "StoreCommands.h"

#include "Invocation.h"
#include "store/ActivityLog.h"
#include "store/CaseStore.h"
#include "store/CaseVerifier.h"
#include "store/ServerLocation.h"
#include "store/ServerStore.h"

#include <QFileInfo>
#include <QJsonArray>

namespace rebuttal {

InitCommand::InitCommand()
    : Command(QStringLiteral("init"), {}, tr("Create a new, empty case file."))
{
}

namespace {

// init on a server: creates the matter (schema, roles, tables), or leaves a good one as it is.
int createServerMatter(Invocation &invocation)
{
    QString problem;
    const std::optional<ServerLocation> location = ServerLocation::parse(invocation.storePath(), &problem);
    if (!location)
        return invocation.usage(problem);
    StoreError error;
    if (ServerStore::create(*location, &error)) {
        invocation.err() << InitCommand::tr("Created the matter %1 on %2; grant it to people with "
                                            "'rebuttal-cli grant reader|editor LOGIN'.")
                                .arg(location->matter, location->display())
                         << Qt::endl;
        return Done;
    }
    if (error.kind == StoreError::Kind::Exists && ServerStore::open(*location, &error)) {
        invocation.err() << InitCommand::tr("%1 is already a Rebuttal matter; nothing changed.").arg(location->display())
                         << Qt::endl;
        return Done;
    }
    return invocation.fail(StoreProblem, error.message);
}

} // namespace

int InitCommand::run(Invocation &invocation, const QStringList &arguments) const
{
    if (!arguments.isEmpty())
        return invocation.usage(tr("init takes no arguments"));
    if (invocation.onServer())
        return createServerMatter(invocation);
    const QString &storePath = invocation.storePath();
    StoreError error;
    if (QFileInfo::exists(storePath)) {
        // A second init on a good store is harmless; anything else there is left untouched.
        if (CaseStore::open(storePath, &error)) {
            invocation.err() << tr("%1 is already a Rebuttal case file; nothing changed.").arg(invocation.storeName()) << Qt::endl;
            return Done;
        }
        return invocation.fail(StoreProblem, error.message);
    }
    if (!CaseStore::create(storePath, &error))
        return invocation.fail(StoreProblem, error.message);
    invocation.err() << tr("Created %1.").arg(invocation.storeName()) << Qt::endl;
    return Done;
}

LogCommand::LogCommand()
    : Command(QStringLiteral("log"), QStringLiteral("[--json]"), tr("Show the activity log (chain of custody), oldest first."),
              {QStringLiteral("json")})
{
}

int LogCommand::run(Invocation &invocation, const QStringList &arguments) const
{
    if (!arguments.isEmpty())
        return invocation.usage(tr("log takes no arguments besides --json"));
    int exitCode = Done;
    StoreError error;
    QList<ActivityEntry> entries;
    if (invocation.onServer()) {
        std::unique_ptr<ServerStore> store = invocation.openServerStore(&exitCode);
        if (!store)
            return exitCode;
        entries = store->activityEntries(&error);
    } else {
        std::unique_ptr<CaseStore> store = invocation.openStore(&exitCode);
        if (!store)
            return exitCode;
        entries = store->activity().entries(&error);
    }
    if (error.isError())
        return invocation.fail(StoreProblem, error.message);
    if (invocation.json()) {
        QJsonArray array;
        for (const ActivityEntry &e : entries) {
            array.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("user"), e.user},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("detail"), ActivityDetail::english(e.detail)}});
        }
        invocation.printJson({{QStringLiteral("activity"), array}});
        return Done;
    }
    for (const ActivityEntry &e : entries) {
        invocation.out() << QStringLiteral("%1  %2  %3  %4").arg(e.at.toString(Qt::ISODate), e.user, e.action,
                                                                 ActivityDetail::english(e.detail))
                         << Qt::endl;
    }
    return Done;
}

GrantCommand::GrantCommand()
    : Command(QStringLiteral("grant"), QStringLiteral("reader|editor LOGIN"),
              tr("Make a PostgreSQL login a reader or an editor of a matter on a server (the server enforces it)."))
{
}

int GrantCommand::run(Invocation &invocation, const QStringList &arguments) const
{
    if (arguments.size() != 2)
        return invocation.usage(tr("grant takes two arguments: reader or editor, then a PostgreSQL login"));
    const QString &roleName = arguments.at(0);
    if (roleName != QLatin1String("reader") && roleName != QLatin1String("editor"))
        return invocation.usage(tr("grant: the role must be reader or editor, not '%1'").arg(roleName));
    if (!invocation.onServer())
        return invocation.usage(tr("grant works on a matter on a server (--store postgresql://...); a case file is "
                                   "protected by its file permissions"));
    int exitCode = Done;
    std::unique_ptr<ServerStore> store = invocation.openServerStore(&exitCode);
    if (!store)
        return exitCode;
    const ServerStore::Role role = roleName == QLatin1String("reader") ? ServerStore::Role::Reader : ServerStore::Role::Editor;
    if (const StoreError error = store->grant(arguments.at(1), role); error.isError())
        return invocation.fail(StoreProblem, error.message);
    invocation.err() << (role == ServerStore::Role::Reader ? tr("%1 may now read the matter %2.")
                                                           : tr("%1 may now read and change the matter %2."))
                            .arg(arguments.at(1), store->location().matter)
                     << Qt::endl;
    return Done;
}

VerifyCommand::VerifyCommand()
    : Command(QStringLiteral("verify"), QStringLiteral("[--json]"),
              tr("Check the whole case file: every page of the database, and every stored file against its SHA-256."),
              {QStringLiteral("json")})
{
}

int VerifyCommand::run(Invocation &invocation, const QStringList &arguments) const
{
    if (!arguments.isEmpty())
        return invocation.usage(tr("verify takes no arguments besides --json"));
    // The open checks first (header, application_id, schema), then the whole file.
    int exitCode = Done;
    if (!invocation.openStore(&exitCode))
        return exitCode;
    const CaseVerifier::Report report = CaseVerifier(invocation.storePath()).run();
    const QString name = invocation.storeName();
    if (invocation.json()) {
        invocation.printJson({{QStringLiteral("ok"), report.isSound()},
                              {QStringLiteral("stored_files"), report.storedFiles},
                              {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)}});
    }
    if (!report.isSound()) {
        for (const QString &problem : report.problems)
            invocation.fail(StoreProblem, tr("%1 is damaged: %2").arg(name, problem));
        return StoreProblem;
    }
    if (!invocation.json()) {
        invocation.out() << tr("%1: no damage found (database and %n stored file(s) checked).", nullptr, report.storedFiles).arg(name)
                         << Qt::endl;
    }
    return Done;
}

} // namespace rebuttal
