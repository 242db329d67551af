#include "AgreementCommands.h"

#include "Invocation.h"
#include "store/OpenStore.h"
#include "store/AgreementStore.h"
#include "store/ClientRecordStore.h"
#include "store/VaughnIndexStore.h"
#include "domain/AgreementJson.h"
#include "agreements/CaseFileCheck.h"
#include "agreements/FoiaRequests.h"

namespace rebuttal {

namespace {

// Every client of the store; nullopt on a store failure (then `error` says why).
std::optional<QList<Client>> allClients(const ClientRecordStore &records, StoreError *error)
{
    const std::optional<CaseRecords> all = records.allRecords(error);
    return all ? std::optional<QList<Client>>(all->clients) : std::nullopt;
}

} // namespace

AgreementsCommand::AgreementsCommand()
    : Command(QStringLiteral("agreements"), QStringLiteral("[--json]"), tr("List the agreements registry as imported."),
              {QStringLiteral("json")})
{
}

int AgreementsCommand::run(Invocation &invocation, const QStringList &arguments) const
{
    if (!arguments.isEmpty())
        return invocation.usage(tr("agreements takes no arguments besides --json"));
    int exitCode = Done;
    const std::unique_ptr<OpenStore> store = invocation.openEitherStore(&exitCode);
    if (!store)
        return exitCode;
    StoreError error;
    const QList<Agreement> agreements = store->agreements().agreements(&error);
    if (error.isError())
        return invocation.fail(StoreProblem, error.message);
    if (!invocation.json()) {
        for (const Agreement &a : agreements) {
            invocation.out() << QStringLiteral("%1\t%2\t%3\t%4").arg(a.ref, a.kind, a.country.value_or(QStringLiteral("-")), a.title)
                             << Qt::endl;
        }
        return Done;
    }
    invocation.printJson({{QStringLiteral("agreements"), AgreementJson::registry(agreements).value(QStringLiteral("agreements"))}});
    return Done;
}

CheckCommand::CheckCommand()
    : Command(QStringLiteral("check"), QStringLiteral("[--json] [--client REF] [--as-of YYYY-MM-DD]"),
              tr("Check every allegation and decision against the agreements registry."),
              {QStringLiteral("json"), QStringLiteral("client"), QStringLiteral("as-of")})
{
}

int CheckCommand::run(Invocation &invocation, const QStringList &arguments) const
{
    if (!arguments.isEmpty())
        return invocation.usage(tr("check takes no arguments besides --json, --client REF and --as-of YYYY-MM-DD"));
    int exitCode = Done;
    QDate asOf;
    const std::unique_ptr<OpenStore> store = invocation.openEitherStore(&exitCode, &asOf);
    if (!store)
        return exitCode;
    StoreError error;
    std::optional<QList<Client>> clients;
    if (invocation.options().has(QStringLiteral("client"))) {
        // One client: a store failure (4) or no such client (3) said as every command says it.
        const std::optional<Client> client = invocation.clientOf(*store, invocation.options().value(QStringLiteral("client")), &exitCode);
        if (!client)
            return exitCode;
        clients = QList<Client>{*client};
    } else if (clients = allClients(store->clients(), &error); !clients) {
        return invocation.failStore(error.message);
    }
    const std::optional<AgreementCheck> check = CaseFileCheck::engine(store->agreements(), store->vaughnIndexes(), &error);
    if (!check)
        return invocation.fail(StoreProblem, error.message);
    const CheckResult result = check->check(*clients, asOf);
    if (invocation.json()) {
        invocation.printJson(AgreementCheck::toJson(result));
        return Done;
    }
    for (const AgreementFlag &f : result.flags) {
        invocation.out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                                .arg(f.client, f.allegation, f.event.isEmpty() ? QStringLiteral("-") : f.event,
                                     AgreementCheck::ruleCode(f.rule), f.agreement.isEmpty() ? QStringLiteral("-") : f.agreement,
                                     f.conditional ? QStringLiteral("conditional") : QStringLiteral("flag"))
                         << Qt::endl;
    }
    for (const AgreementFinding &f : result.findings)
        invocation.out() << QStringLiteral("%1\t%2").arg(f.agreement, AgreementCheck::ruleCode(f.rule)) << Qt::endl;
    return Done;
}

RequestsCommand::RequestsCommand()
    : Command(QStringLiteral("requests"), QStringLiteral("[--as-of YYYY-MM-DD]"),
              tr("Draft the FOIA requests the agreement check calls for, one line each."), {QStringLiteral("as-of")})
{
}

int RequestsCommand::run(Invocation &invocation, const QStringList &arguments) const
{
    if (!arguments.isEmpty())
        return invocation.usage(tr("requests takes no arguments"));
    int exitCode = Done;
    QDate asOf;
    const std::unique_ptr<OpenStore> store = invocation.openEitherStore(&exitCode, &asOf);
    if (!store)
        return exitCode;
    StoreError error;
    const std::optional<AgreementCheck> check = CaseFileCheck::engine(store->agreements(), store->vaughnIndexes(), &error);
    const std::optional<QList<Client>> clients = check ? allClients(store->clients(), &error) : std::nullopt;
    if (!check || !clients)
        return invocation.fail(StoreProblem, error.message);
    const CheckResult result = check->check(*clients, asOf);
    for (const QString &line : FoiaRequests::draft(result, *check, *clients))
        invocation.out() << line << Qt::endl;
    return Done;
}

} // namespace rebuttal
