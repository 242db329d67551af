// rebuttal-cli's commands on the agreements registry: import, list, export, check, requests.
#include "CommandLineInterface.h"

#include "domain/AgreementJson.h"
#include "agreements/AgreementsReader.h"
#include "agreements/CaseFileCheck.h"
#include "agreements/FoiaRequests.h"
#include "store/AgreementRegistry.h"
#include "store/CaseStore.h"
#include "store/ClientRecords.h"
#include "text/AtomicFile.h"

#include <QFileInfo>
#include <QJsonArray>

namespace rebuttal {

int CommandLineInterface::importAgreements(const QString &storePath, const QString &file)
{
    if (!QFileInfo(file).isFile())
        return fail(InputRejected, tr("%1: no such file").arg(file));
    int exitCode = Done;
    std::unique_ptr<CaseStore> store = openStore(storePath, &exitCode);
    if (!store)
        return exitCode;
    AgreementRegistry registry(*store);
    StoreError error;
    const QList<Agreement> stored = registry.agreements(&error);
    if (error.isError())
        return fail(StoreProblem, error.message);
    // The whole file is checked, against the registry it joins, before anything is written.
    AgreementsReader reader;
    const std::optional<QList<Agreement>> agreements = reader.readFile(file, stored);
    if (!agreements)
        return fail(InputRejected, reader.errorString());
    error = registry.importAgreements(*agreements, QFileInfo(file).fileName());
    if (error.isError())
        return fail(StoreProblem, tr("%1: not imported: %2").arg(QFileInfo(file).fileName(), error.message));
    printJson({{QStringLiteral("agreements"), static_cast<int>(agreements->size())}});
    return Done;
}

int CommandLineInterface::runAgreements(const QString &storePath, const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("agreements takes no arguments besides --json"));
    int exitCode = Done;
    std::unique_ptr<CaseStore> store = openStore(storePath, &exitCode);
    if (!store)
        return exitCode;
    StoreError error;
    const QList<Agreement> agreements = AgreementRegistry(*store).agreements(&error);
    if (error.isError())
        return fail(StoreProblem, error.message);
    if (!m_json) {
        for (const Agreement &a : agreements)
            m_out << QStringLiteral("%1\t%2\t%3\t%4").arg(a.ref, a.kind, a.country.value_or(QStringLiteral("-")), a.title) << Qt::endl;
        return Done;
    }
    printJson({{QStringLiteral("agreements"), AgreementJson::registry(agreements).value(QStringLiteral("agreements"))}});
    return Done;
}

int CommandLineInterface::exportAgreements(const QString &storePath, const QStringList &args)
{
    const QString out = m_options.value(QStringLiteral("out"));
    if (!args.isEmpty() || out.isEmpty())
        return usage(tr("export agreements needs --out FILE.json"));
    int exitCode = Done;
    std::unique_ptr<CaseStore> store = openStore(storePath, &exitCode);
    if (!store)
        return exitCode;
    StoreError error;
    const QList<Agreement> agreements = AgreementRegistry(*store).agreements(&error);
    if (error.isError())
        return fail(StoreProblem, error.message);
    QString problem;
    if (!AtomicFile::write(out, AgreementJson::registryText(agreements), &problem))
        return fail(InputRejected, tr("%1: cannot write the file (%2)").arg(out, problem));
    m_err << tr("Exported %n agreement(s) to %1.", nullptr, static_cast<int>(agreements.size())).arg(QFileInfo(out).fileName())
          << Qt::endl;
    return Done;
}

int CommandLineInterface::runCheck(const QString &storePath, const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("check takes no arguments besides --json, --client REF and --as-of YYYY-MM-DD"));
    int exitCode = Done;
    QDate asOf;
    std::unique_ptr<CaseStore> store = openStore(storePath, &exitCode, &asOf);
    if (!store)
        return exitCode;
    const QString clientRef = m_options.value(QStringLiteral("client"));
    if (m_options.contains(QStringLiteral("client")) && !clientOf(*store, storePath, clientRef, &exitCode))
        return exitCode;
    StoreError error;
    const std::optional<CheckResult> result = CaseFileCheck::run(*store, asOf, clientRef, &error);
    if (!result)
        return fail(StoreProblem, error.message);
    if (m_json) {
        printJson(AgreementCheck::toJson(*result));
        return Done;
    }
    for (const AgreementFlag &f : result->flags) {
        m_out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                     .arg(f.client, f.allegation, f.event.isEmpty() ? QStringLiteral("-") : f.event, AgreementCheck::ruleCode(f.rule),
                          f.agreement.isEmpty() ? QStringLiteral("-") : f.agreement,
                          f.conditional ? QStringLiteral("conditional") : QStringLiteral("flag"))
              << Qt::endl;
    }
    for (const AgreementFinding &f : result->findings)
        m_out << QStringLiteral("%1\t%2").arg(f.agreement, AgreementCheck::ruleCode(f.rule)) << Qt::endl;
    return Done;
}

int CommandLineInterface::runRequests(const QString &storePath, const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("requests takes no arguments"));
    int exitCode = Done;
    QDate asOf;
    std::unique_ptr<CaseStore> store = openStore(storePath, &exitCode, &asOf);
    if (!store)
        return exitCode;
    StoreError error;
    const std::optional<AgreementCheck> check = CaseFileCheck::engine(*store, &error);
    const std::optional<CaseRecords> records = check ? ClientRecords(*store).allRecords(&error) : std::nullopt;
    if (!check || !records)
        return fail(StoreProblem, error.message);
    const CheckResult result = check->check(records->clients, asOf);
    for (const QString &line : FoiaRequests::draft(result, *check, records->clients))
        m_out << line << Qt::endl;
    return Done;
}

} // namespace rebuttal
