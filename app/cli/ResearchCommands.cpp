// rebuttal-cli's research commands: stats (JSON or CSV, de-identified), dataset, chart.
#include "CommandLineInterface.h"
#include "text/AtomicFile.h"

#include "charts/ChartImage.h"
#include "charts/ResearchCharts.h"
#include "research/ResearchCsv.h"
#include "store/ActivityLog.h"
#include "store/CaseStore.h"
#include "store/OutcomeStatistics.h"

#include <QFileInfo>
#include <QJsonObject>

namespace rebuttal {

namespace {

QJsonObject bySourceJson(const OutcomeFigures &figures)
{
    QJsonObject bySource;
    for (const OutcomeCounts &counts : figures.bySource) {
        QJsonObject events;
        for (auto it = counts.reliedOnEvents.cbegin(); it != counts.reliedOnEvents.cend(); ++it)
            events.insert(it.key(), it.value());
        const std::optional<Distribution> delays = figures.distributionOf(figures.disclosureDelayDays, counts.key);
        bySource.insert(counts.key,
                        QJsonObject{{QStringLiteral("allegations"), counts.allegations},
                                    {QStringLiteral("clients"), counts.clients},
                                    {QStringLiteral("relied_on_events"), events},
                                    {QStringLiteral("median_disclosure_delay_days"),
                                     delays ? QJsonValue(delays->median) : QJsonValue(QJsonValue::Null)}});
    }
    return bySource;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    return AtomicFile::write(path, bytes, error);
}

} // namespace

bool CommandLineInterface::needsWidgets(const QStringList &arguments)
{
    // The first argument that is neither an option nor --store's value names the command.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--store")) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            return argument == QLatin1String("chart");
    }
    return false;
}

std::optional<OutcomeFigures> CommandLineInterface::outcomeFigures(const QString &storePath, int *exitCode,
                                                                   OutcomeStatistics::Parts parts,
                                                                   std::unique_ptr<CaseStore> *keep)
{
    QDate asOf;
    std::unique_ptr<CaseStore> store = openStore(storePath, exitCode, &asOf);
    if (!store)
        return std::nullopt;
    StoreError error;
    std::optional<OutcomeFigures> figures = OutcomeStatistics(*store).figures(asOf, {}, &error, parts);
    if (!figures)
        *exitCode = failStore(storePath, error.message);
    if (keep)
        *keep = std::move(store);
    return figures;
}

int CommandLineInterface::runStats(const QString &storePath, const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("stats takes no arguments besides --json or --csv [--deidentify] and --as-of"));
    const bool csv = m_options.contains(QStringLiteral("csv"));
    if (csv == m_json)
        return usage(tr("stats needs one of --json or --csv"));
    const bool deidentify = m_options.contains(QStringLiteral("deidentify"));
    if (deidentify && !csv)
        return usage(tr("--deidentify goes with --csv (the JSON carries no identities, only exact counts)"));
    int exitCode = Done;
    std::unique_ptr<CaseStore> store;
    const std::optional<OutcomeFigures> figures =
        outcomeFigures(storePath, &exitCode, csv ? OutcomeStatistics::Sources : OutcomeStatistics::Sources | OutcomeStatistics::Disclosure,
                       &store);
    if (!figures)
        return exitCode;
    if (csv) {
        store->activity().append(QStringLiteral("export.research"), deidentify ? tr("Exported the de-identified counts by source")
                                                                               : tr("Exported the counts by source"));
        m_out << QString::fromUtf8(ResearchCsv::outcomes(figures->bySource, QStringLiteral("source"), deidentify));
        m_out.flush();
        return Done;
    }
    printJson({{QStringLiteral("as_of"), figures->asOf.toString(Qt::ISODate)},
               {QStringLiteral("by_source"), bySourceJson(*figures)}});
    return Done;
}

int CommandLineInterface::runDataset(const QString &storePath, const QStringList &args)
{
    const QString out = m_options.value(QStringLiteral("out"));
    if (!args.isEmpty() || out.isEmpty())
        return usage(tr("dataset needs --out FILE.csv"));
    if (const std::optional<int> refused = refusedTarget(out, storePath))
        return *refused;
    int exitCode = Done;
    QDate asOf;
    std::unique_ptr<CaseStore> store = openStore(storePath, &exitCode, &asOf);
    if (!store)
        return exitCode;
    StoreError error;
    const std::optional<QList<DatasetRow>> rows = OutcomeStatistics(*store).dataset(asOf, &error);
    if (!rows)
        return failStore(storePath, error.message);
    QString problem;
    if (!writeFile(out, ResearchCsv::dataset(*rows), &problem))
        return fail(InputRejected, tr("%1: cannot write the file (%2)").arg(out, problem));
    store->activity().append(QStringLiteral("export.research"),
                             tr("Exported the de-identified research dataset (%n row(s))", nullptr, static_cast<int>(rows->size())));
    m_err << tr("Wrote %n de-identified client row(s) to %1.", nullptr, static_cast<int>(rows->size()))
                 .arg(QFileInfo(out).fileName())
          << Qt::endl;
    return Done;
}

int CommandLineInterface::runChart(const QString &storePath, const QStringList &args)
{
    const QString out = m_options.value(QStringLiteral("out"));
    const std::optional<ResearchCharts::Kind> kind =
        args.size() == 1 ? ResearchCharts::kindNamed(args.first()) : std::nullopt;
    if (!kind || out.isEmpty()) {
        return usage(tr("chart needs a chart name (%1) and --out FILE.png|FILE.svg")
                         .arg(ResearchCharts::kindNames().join(QStringLiteral(", "))));
    }
    if (const std::optional<int> refused = refusedTarget(out, storePath))
        return *refused;
    const std::optional<ChartImage::Format> format = ChartImage::formatOf(out);
    if (!format)
        return usage(tr("chart writes .png or .svg files, not %1").arg(QFileInfo(out).fileName()));
    int exitCode = Done;
    std::unique_ptr<CaseStore> store;
    const std::optional<OutcomeFigures> figures = outcomeFigures(storePath, &exitCode, ResearchCharts::partsOf(*kind), &store);
    if (!figures)
        return exitCode;
    ResearchCharts charts;
    charts.setFigures(*figures);
    QString problem;
    if (!ChartImage::write(charts.createChart(*kind), out, ChartImage::DefaultSize, &problem))
        return fail(InputRejected, tr("%1: cannot write the chart (%2)").arg(out, problem));
    store->activity().append(QStringLiteral("export.research"), tr("Exported the chart %1").arg(args.first()));
    m_err << tr("Wrote %1.").arg(QFileInfo(out).fileName()) << Qt::endl;
    return Done;
}

} // namespace rebuttal
