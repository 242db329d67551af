// rebuttal-cli's PDF evidence summary: export summary CLIENT_REF --out FILE.pdf [--deidentify].
#include "CommandLineInterface.h"

#include "report/EvidenceSummary.h"
#include "store/CaseStore.h"
#include "store/ClientRecords.h"

#include <QDir>
#include <QFileInfo>

namespace rebuttal {

int CommandLineInterface::exportSummary(const QString &storePath, const QStringList &args)
{
    const QString out = m_options.value(QStringLiteral("out"));
    if (args.size() != 1 || out.isEmpty())
        return usage(tr("export summary needs one client ref and --out FILE.pdf"));
    if (const std::optional<int> refused = refusedTarget(out, storePath))
        return *refused;
    int exitCode = Done;
    QDate asOf;
    std::unique_ptr<CaseStore> store = openStore(storePath, &exitCode, &asOf);
    if (!store)
        return exitCode;
    const std::optional<Client> client = clientOf(*store, storePath, args.first(), &exitCode);
    if (!client)
        return exitCode;

    SummaryOptions options;
    options.deidentified = m_options.contains(QStringLiteral("deidentify"));
    options.preparer = EvidenceSummary::defaultPreparer();
    options.asOf = asOf;
    EvidenceSummary summary(*store);
    if (!summary.write(*client, options, out))
        return fail(InputRejected, summary.errorString());
    // The path as the user gave it; the message names no client.
    m_err << tr("Wrote the evidence summary to %1.").arg(QDir::toNativeSeparators(out)) << Qt::endl;
    return Done;
}

} // namespace rebuttal
