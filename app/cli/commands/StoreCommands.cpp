#include "StoreCommands.h"

#include "Invocation.h"
#include "store/ActivityLog.h"
#include "store/CaseStore.h"
#include "store/CaseVerifier.h"
#include "store/ServerLocation.h"
#include "store/ServerStore.h"
#include "store/ServerVerifier.h"
#include "store/StoreCopier.h"

#include <QFileInfo>
#include <QJsonArray>

namespace rebuttal {

InitCommand::InitCommand()
    : Command(QStringLiteral("init"), {}, tr("Create a new, empty case file, or a new matter on a server."))
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
    if (error.kind == StoreError::Kind::Exists) {
        // An older matter is upgraded here, explicitly, and said: the other commands refuse it.
        const ServerStore::SchemaState schema = ServerStore::schemaState(*location, &error);
        if (error.isError())
            return invocation.fail(StoreProblem, error.message);
        if (schema.needsUpgrade()) {
            if (!schema.mayUpgrade)
                return invocation.fail(StoreProblem, InitCommand::tr("%1 needs a schema upgrade (from %2 to %3); only its owner (%4) "
                                                                     "or a database administrator may upgrade it.")
                                                         .arg(location->display())
                                                         .arg(schema.stored)
                                                         .arg(schema.current)
                                                         .arg(schema.owner));
            if (error = ServerStore::upgrade(*location); error.isError())
                return invocation.fail(StoreProblem, error.message);
            invocation.err() << InitCommand::tr("Upgraded the matter %1 from schema %2 to %3; colleagues on older versions of "
                                                "Rebuttal cannot open it until they update.")
                                    .arg(location->display())
                                    .arg(schema.stored)
                                    .arg(schema.current)
                             << Qt::endl;
            return Done;
        }
        if (ServerStore::open(*location, &error)) {
            invocation.err() << InitCommand::tr("%1 is already a Rebuttal matter; nothing changed.").arg(location->display())
                             << Qt::endl;
            return Done;
        }
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
              tr("Check the whole case file or matter: every page of the database (on a server: its objects, grants and "
                 "rows), and every stored file against its SHA-256."),
              {QStringLiteral("json")})
{
}

int VerifyCommand::run(Invocation &invocation, const QStringList &arguments) const
{
    if (!arguments.isEmpty())
        return invocation.usage(tr("verify takes no arguments besides --json"));
    CaseVerifier::Report report;
    if (invocation.onServer()) {
        // The verifier opens the matter itself, read-only: an older schema is said, not upgraded.
        QString problem;
        const std::optional<ServerLocation> location = ServerLocation::parse(invocation.storePath(), &problem);
        if (!location)
            return invocation.usage(problem);
        report = ServerVerifier(*location).run();
    } else {
        // The open checks first (header, application_id, schema), then the whole file.
        int exitCode = Done;
        if (!invocation.openStore(&exitCode))
            return exitCode;
        report = CaseVerifier(invocation.storePath()).run();
    }
    const QString name = invocation.storeName();
    if (invocation.json()) {
        invocation.printJson({{QStringLiteral("ok"), report.isSound()},
                              {QStringLiteral("stored_files"), report.storedFiles},
                              {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)},
                              {QStringLiteral("not_checked"), QJsonArray::fromStringList(report.notChecked)}});
    }
    // What could not be checked is said, never taken for sound; it is not damage either.
    for (const QString &reason : std::as_const(report.notChecked))
        invocation.err() << tr("%1: %2").arg(name, reason) << Qt::endl;
    if (!report.isSound()) {
        for (const QString &problem : report.problems)
            invocation.fail(StoreProblem, tr("%1 is damaged: %2").arg(name, problem));
        return StoreProblem;
    }
    if (!invocation.json()) {
        invocation.out() << (invocation.onServer()
                                 ? tr("%1: no damage found (the matter's objects, grants, rows and %n stored file(s) checked).",
                                      nullptr, report.storedFiles)
                                 : tr("%1: no damage found (database and %n stored file(s) checked).", nullptr, report.storedFiles))
                                .arg(name)
                         << Qt::endl;
    }
    return Done;
}

CopyCommand::CopyCommand()
    : Command(QStringLiteral("copy"), QStringLiteral("--from STORE --to STORE [--json]"),
              tr("Copy a matter, everything in it, to a new case file or a new matter on a server, and verify the copy."),
              {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("json")})
{
}

namespace {

void printCopyReport(Invocation &invocation, const CopyReport &report)
{
    if (invocation.json()) {
        QJsonArray tables;
        for (const CopiedTable &table : report.tables) {
            tables.append(QJsonObject{{QStringLiteral("table"), table.table},
                                      {QStringLiteral("rows"), table.rows},
                                      {QStringLiteral("bytes"), table.bytes},
                                      {QStringLiteral("sha256"), table.sha256},
                                      {QStringLiteral("rebuilt"), table.derived}});
        }
        invocation.printJson({{QStringLiteral("tables"), tables},
                              {QStringLiteral("rows"), report.rows},
                              {QStringLiteral("bytes"), report.bytes},
                              {QStringLiteral("digest"), report.digest}});
        return;
    }
    for (const CopiedTable &table : report.tables) {
        invocation.out() << QStringLiteral("%1 %2 %3  %4%5")
                                .arg(table.table, -24)
                                .arg(table.rows, 9)
                                .arg(table.bytes, 12)
                                .arg(table.sha256, table.derived ? CopyCommand::tr("  (rebuilt, not copied)") : QString())
                         << Qt::endl;
    }
    invocation.out() << CopyCommand::tr("Copied %1 rows and %2 bytes of stored files; every table's row count and SHA-256 "
                                        "matched the source's (digest %3).")
                            .arg(report.rows)
                            .arg(report.bytes)
                            .arg(report.digest)
                     << Qt::endl;
}

} // namespace

int CopyCommand::run(Invocation &invocation, const QStringList &arguments) const
{
    if (!arguments.isEmpty())
        return invocation.usage(tr("copy takes no arguments besides --from, --to and --json"));
    if (!invocation.options().has(QStringLiteral("from")) || !invocation.options().has(QStringLiteral("to")))
        return invocation.usage(tr("copy needs --from STORE and --to STORE"));
    QString problem;
    const std::optional<StoreAddress> from = StoreAddress::parse(invocation.options().value(QStringLiteral("from")), &problem);
    const std::optional<StoreAddress> to = from ? StoreAddress::parse(invocation.options().value(QStringLiteral("to")), &problem)
                                                : std::nullopt;
    if (!from || !to)
        return invocation.usage(problem);
    const CopyReport report = StoreCopier(*from, *to).run();
    if (report.outcome != CopyReport::Outcome::Copied)
        return invocation.fail(StoreProblem, report.message);
    printCopyReport(invocation, report);
    if (!report.sourceLogNote.isEmpty())
        invocation.err() << QStringLiteral("rebuttal-cli: ") << report.sourceLogNote << Qt::endl;
    return Done;
}

} // namespace rebuttal
