#include "ImportCommand.h"

#include "Invocation.h"
#include "store/OpenStore.h"
#include "agreements/AgreementsReader.h"
#include "cases/CaseRecordsReader.h"
#include "store/AgreementStore.h"
#include "store/ClientRecordStore.h"
#include "store/ProductionDestination.h"
#include "store/VaughnIndexStore.h"
#include "vaughn/VaughnImport.h"

#include <QFileInfo>

namespace rebuttal {

ImportCommand::ImportCommand()
    : Command(QStringLiteral("import"), QStringLiteral("production|vaughn|cases|agreements FILE"),
              tr("Import a FOIA production (PDF), a Vaughn index (PDF, text or CSV), case records (rebuttal.cases JSON or CSV) or an agreements registry (rebuttal.agreements JSON)."),
              {QStringLiteral("password")})
{
}

int ImportCommand::run(Invocation &invocation, const QStringList &arguments) const
{
    if (arguments.size() != 2)
        return invocation.usage(tr("import needs a kind and a file: import production FILE.pdf, import vaughn FILE, or import cases FILE"));
    const QString &kind = arguments.at(0);
    const QString &file = arguments.at(1);
    if (kind == QLatin1String("cases"))
        return importCases(invocation, file);
    if (kind == QLatin1String("production"))
        return importProduction(invocation, file);
    if (kind == QLatin1String("vaughn"))
        return importVaughn(invocation, file);
    if (kind == QLatin1String("agreements"))
        return importAgreements(invocation, file);
    return invocation.usage(tr("unknown import kind '%1' (this version imports: production, vaughn, cases, agreements)").arg(kind));
}

int ImportCommand::importCases(Invocation &invocation, const QString &file)
{
    // Validate the whole file before touching the store.
    CaseRecordsReader reader;
    const std::optional<CaseRecords> records = reader.readFile(file);
    if (!records)
        return invocation.fail(InputRejected, reader.errorString());
    int exitCode = Done;
    const std::unique_ptr<OpenStore> store = invocation.openEitherStore(&exitCode);
    if (!store)
        return exitCode;
    CaseImportCounts counts;
    // Logged by format and SHA-256: a file is often named after the client.
    const StoreError error = store->clients().importRecords(*records, reader.sourceDescription(), &counts);
    if (error.isError()) {
        // The file was checked whole before this: what fails now is the case file.
        return invocation.failStore(tr("the case records were not imported: %1").arg(error.message));
    }
    for (const QString &warning : reader.warnings())
        invocation.err() << tr("warning: %1").arg(warning) << Qt::endl;
    invocation.printJson({{QStringLiteral("clients"), counts.clients},
                          {QStringLiteral("allegations"), counts.allegations},
                          {QStringLiteral("events"), counts.events}});
    return Done;
}

int ImportCommand::importProduction(Invocation &invocation, const QString &file)
{
    int exitCode = Done;
    const std::unique_ptr<OpenStore> store = invocation.openEitherStore(&exitCode);
    if (!store)
        return exitCode;
    // On a server the PDF streams to it a megabyte at a time (ServerProductionWriter).
    const std::unique_ptr<ProductionDestination> destination = store->productionDestination();
    ProductionImport import(*destination);
    import.setPassword(invocation.options().value(QStringLiteral("password")));
    const ProductionImport::Result result = import.run(file);
    switch (result.outcome) {
    case ProductionImport::Outcome::Imported:
    case ProductionImport::Outcome::AlreadyImported:
        break;
    case ProductionImport::Outcome::StoreFailed:
        return invocation.fail(StoreProblem, result.message);
    default:
        return invocation.fail(InputRejected, result.message);
    }
    if (result.outcome == ProductionImport::Outcome::AlreadyImported)
        invocation.err() << result.message << Qt::endl;
    for (const QString &skipped : result.skippedPages)
        invocation.err() << tr("%1: %2").arg(QFileInfo(file).fileName(), skipped) << Qt::endl;
    printProductionResult(invocation, result);
    return Done;
}

int ImportCommand::importVaughn(Invocation &invocation, const QString &file)
{
    int exitCode = Done;
    const std::unique_ptr<OpenStore> store = invocation.openEitherStore(&exitCode);
    if (!store)
        return exitCode;
    VaughnIndexStore &indexes = store->vaughnIndexes();
    const VaughnImport::Result result = VaughnImport(indexes).run(file);
    switch (result.outcome) {
    case VaughnImport::Outcome::Imported:
        break;
    case VaughnImport::Outcome::AlreadyImported:
        invocation.err() << result.message << Qt::endl;
        break;
    case VaughnImport::Outcome::StoreFailed:
        return invocation.fail(StoreProblem, result.message);
    case VaughnImport::Outcome::Rejected:
    case VaughnImport::Outcome::Cancelled:
        return invocation.fail(InputRejected, result.message);
    }
    invocation.printJson({{QStringLiteral("index_id"), result.indexId}, {QStringLiteral("entries"), result.entries}});
    return Done;
}

int ImportCommand::importAgreements(Invocation &invocation, const QString &file)
{
    if (!QFileInfo(file).isFile())
        return invocation.fail(InputRejected, tr("%1: no such file").arg(file));
    int exitCode = Done;
    const std::unique_ptr<OpenStore> store = invocation.openEitherStore(&exitCode);
    if (!store)
        return exitCode;
    AgreementStore &registry = store->agreements();
    StoreError error;
    const QList<Agreement> stored = registry.agreements(&error);
    if (error.isError())
        return invocation.fail(StoreProblem, error.message);
    // The whole file is checked, against the registry it joins, before anything is written.
    AgreementsReader reader;
    const std::optional<QList<Agreement>> agreements = reader.readFile(file, stored);
    if (!agreements)
        return invocation.fail(InputRejected, reader.errorString());
    error = registry.importAgreements(*agreements, QFileInfo(file).fileName());
    if (error.isError())
        return invocation.fail(StoreProblem, tr("%1: not imported: %2").arg(QFileInfo(file).fileName(), error.message));
    invocation.printJson({{QStringLiteral("agreements"), static_cast<int>(agreements->size())}});
    return Done;
}

void printProductionResult(Invocation &invocation, const ProductionImport::Result &result)
{
    invocation.printJson({{QStringLiteral("document_id"), result.documentId},
                          {QStringLiteral("pages"), result.pages},
                          {QStringLiteral("redactions"), result.redactions},
                          {QStringLiteral("withheld_pages"), result.withheldPages}});
}

} // namespace rebuttal
