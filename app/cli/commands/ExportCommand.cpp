#include "ExportCommand.h"

#include "Invocation.h"
#include "domain/AgreementJson.h"
#include "cases/CaseRecordsWriter.h"
#include "report/EvidenceSummary.h"
#include "store/ActivityLog.h"
#include "store/AgreementStore.h"
#include "store/ClientRecordStore.h"
#include "store/OpenStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace rebuttal {

namespace {

// The registry left the case file: the log says so by content (count and SHA-256), as for cases.
ActivityDetail agreementsExported(int agreements, const QByteArray &bytes)
{
    return ActivityDetail(QT_TRANSLATE_N_NOOP("ActivityLog", "Exported %n agreement(s) as JSON, SHA-256 %1"), agreements)
        .arg(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
}

} // namespace

ExportCommand::ExportCommand()
    : Command(QStringLiteral("export"),
              QStringLiteral("cases --out FILE.json|FILE.csv | agreements --out FILE.json | summary CLIENT_REF --out FILE.pdf [--deidentify] [--as-of YYYY-MM-DD]"),
              tr("Write every client's records as rebuttal.cases JSON or CSV, the agreements registry as rebuttal.agreements JSON, or one client's PDF evidence summary."),
              {QStringLiteral("out"), QStringLiteral("deidentify"), QStringLiteral("as-of")})
{
}

int ExportCommand::run(Invocation &invocation, const QStringList &arguments) const
{
    if (arguments.isEmpty())
        return invocation.usage(tr("export needs a kind: export cases --out FILE.json|FILE.csv"));
    const QString kind = arguments.first();
    if (kind == QLatin1String("cases"))
        return exportCases(invocation, arguments.mid(1));
    if (kind == QLatin1String("summary"))
        return exportSummary(invocation, arguments.mid(1));
    if (kind == QLatin1String("agreements"))
        return exportAgreements(invocation, arguments.mid(1));
    return invocation.usage(tr("unknown export kind '%1'").arg(kind));
}

int ExportCommand::exportCases(Invocation &invocation, const QStringList &arguments)
{
    const QString out = invocation.options().value(QStringLiteral("out"));
    if (!arguments.isEmpty() || out.isEmpty())
        return invocation.usage(tr("export cases needs --out FILE.json or --out FILE.csv"));
    int exitCode = Done;
    const std::unique_ptr<OpenStore> store = invocation.openEitherStoreToExport(out, &exitCode);
    if (!store)
        return exitCode;
    StoreError error;
    const std::optional<CaseRecords> records = store->clients().allRecords(&error);
    if (!records)
        return invocation.failStore(error.message);
    const bool csv = QFileInfo(out).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    const QByteArray bytes = csv ? CaseRecordsWriter::toCsv(*records) : CaseRecordsWriter::toJson(*records);
    // Every client's identity left the case file: say so in the log, by content, not by file name.
    if (const std::optional<int> failed = invocation.writeExport(
            *store, out, bytes, QStringLiteral("export.cases"), CaseRecordsWriter::logDetail(static_cast<int>(records->clients.size()), csv, bytes)))
        return *failed;
    invocation.err() << tr("Exported %n client(s) to %1.", nullptr, static_cast<int>(records->clients.size())).arg(QFileInfo(out).fileName())
                     << Qt::endl;
    return Done;
}

int ExportCommand::exportAgreements(Invocation &invocation, const QStringList &arguments)
{
    const QString out = invocation.options().value(QStringLiteral("out"));
    if (!arguments.isEmpty() || out.isEmpty())
        return invocation.usage(tr("export agreements needs --out FILE.json"));
    int exitCode = Done;
    const std::unique_ptr<OpenStore> store = invocation.openEitherStoreToExport(out, &exitCode);
    if (!store)
        return exitCode;
    StoreError error;
    const QList<Agreement> agreements = store->agreements().agreements(&error);
    if (error.isError())
        return invocation.failStore(error.message);
    const QByteArray bytes = AgreementJson::registryText(agreements);
    if (const std::optional<int> failed = invocation.writeExport(
            *store, out, bytes, QStringLiteral("export.agreements"), agreementsExported(static_cast<int>(agreements.size()), bytes)))
        return *failed;
    invocation.err() << tr("Exported %n agreement(s) to %1.", nullptr, static_cast<int>(agreements.size())).arg(QFileInfo(out).fileName())
                     << Qt::endl;
    return Done;
}

int ExportCommand::exportSummary(Invocation &invocation, const QStringList &arguments)
{
    const QString out = invocation.options().value(QStringLiteral("out"));
    if (arguments.size() != 1 || out.isEmpty())
        return invocation.usage(tr("export summary needs one client ref and --out FILE.pdf"));
    int exitCode = Done;
    QDate asOf;
    const std::unique_ptr<OpenStore> store = invocation.openEitherStoreToExport(out, &exitCode, &asOf);
    if (!store)
        return exitCode;
    const std::optional<Client> client = invocation.clientOf(*store, arguments.first(), &exitCode);
    if (!client)
        return exitCode;

    SummaryOptions options;
    options.deidentified = invocation.options().has(QStringLiteral("deidentify"));
    options.preparer = EvidenceSummary::defaultPreparer();
    options.asOf = asOf;
    EvidenceSummary summary(*store);
    if (!summary.write(*client, options, out)) {
        return summary.readError().isError() ? invocation.failStore(summary.errorString())
                                             : invocation.fail(InputRejected, summary.errorString());
    }
    // The summary logs its own export; a log that refused it must reach the exit code.
    if (summary.logError().isError())
        return *invocation.logFailed(out, summary.logError().message);
    // The path as the user gave it; the message names no client.
    invocation.err() << tr("Wrote the evidence summary to %1.").arg(QDir::toNativeSeparators(out)) << Qt::endl;
    return Done;
}

} // namespace rebuttal
