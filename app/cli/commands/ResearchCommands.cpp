#include "ResearchCommands.h"

#include "Invocation.h"
#include "charts/ChartImage.h"
#include "charts/ResearchCharts.h"
#include "research/ResearchCsv.h"
#include "store/ActivityLog.h"
#include "store/CaseStore.h"
#include "store/OutcomeStatistics.h"
#include "store/ServerMatterPool.h"
#include "store/ServerStore.h"

#include <QFileInfo>

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

// The store research reads: a case file, a matter on a server, or every matter of a server's
// database the login may read (?matter=*), pooled.
struct ResearchStore
{
    std::unique_ptr<CaseStore> file;
    std::unique_ptr<ServerStore> server;
    std::unique_ptr<ServerMatterPool> pool;
    std::unique_ptr<OutcomeStatistics> statistics;

    // Records an export in the log of the store, or of every pooled matter.
    [[nodiscard]] StoreError logExport(const QString &action, const ActivityDetail &detail)
    {
        if (pool)
            return pool->appendActivity(action, detail);
        if (server)
            return server->appendActivity(action, detail);
        return file->activity().append(action, detail);
    }
};

// Opens what --store names for research, taking --as-of; nullopt with exitCode set when it cannot.
// A pool says on stderr which matters it pooled and which it skipped, and why.
std::optional<ResearchStore> openResearch(Invocation &invocation, int *exitCode, QDate *asOf)
{
    ResearchStore store;
    if (!invocation.onServer()) {
        if (!(store.file = invocation.openStore(exitCode, asOf)))
            return std::nullopt;
        store.statistics = std::make_unique<OutcomeStatistics>(*store.file);
    } else if (invocation.namesEveryMatter()) {
        if (!(store.pool = invocation.openServerMatterPool(exitCode, asOf)))
            return std::nullopt;
        for (const ServerMatterPool::Skipped &skipped : store.pool->skipped())
            invocation.err() << QCoreApplication::translate("CommandLineInterface", "Skipped the matter %1: %2.")
                                    .arg(skipped.matter, skipped.reason)
                             << Qt::endl;
        const int pooled = int(store.pool->matters().size());
        invocation.err() << QCoreApplication::translate("CommandLineInterface", "Pooled %n matter(s): %1.", nullptr, pooled)
                                .arg(store.pool->matters().join(QStringLiteral(", ")))
                         << Qt::endl;
        store.statistics = std::make_unique<OutcomeStatistics>(*store.pool);
    } else {
        if (!(store.server = invocation.openServerStore(exitCode, asOf)))
            return std::nullopt;
        store.statistics = std::make_unique<OutcomeStatistics>(*store.server);
    }
    return store;
}

// The figures of the whole store at --as-of; nullopt with exitCode set when that fails.
// `store` gets the open store, for an export to log itself once written.
std::optional<OutcomeFigures> outcomeFigures(Invocation &invocation, int *exitCode, OutcomeStatistics::Parts parts,
                                             std::optional<ResearchStore> *store)
{
    QDate asOf;
    *store = openResearch(invocation, exitCode, &asOf);
    if (!*store)
        return std::nullopt;
    StoreError error;
    std::optional<OutcomeFigures> figures = (*store)->statistics->figures(asOf, {}, &error, parts);
    if (!figures)
        *exitCode = invocation.failStore(error.message);
    return figures;
}

} // namespace

StatsCommand::StatsCommand()
    : Command(QStringLiteral("stats"), QStringLiteral("--json | --csv [--deidentify] [--as-of YYYY-MM-DD]"),
              tr("Aggregate outcomes by foreign-data source across every client; on postgresql://HOST/DB?matter=*, "
                 "across every matter of the database you may read."),
              {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("deidentify"), QStringLiteral("as-of")})
{
}

bool StatsCommand::onlyReads(const CommandOptions &options) const
{
    return !options.has(QStringLiteral("csv"));
}

int StatsCommand::run(Invocation &invocation, const QStringList &arguments) const
{
    if (!arguments.isEmpty())
        return invocation.usage(tr("stats takes no arguments besides --json or --csv [--deidentify] and --as-of"));
    const bool csv = invocation.options().has(QStringLiteral("csv"));
    if (csv == invocation.json())
        return invocation.usage(tr("stats needs one of --json or --csv"));
    const bool deidentify = invocation.options().has(QStringLiteral("deidentify"));
    if (deidentify && !csv)
        return invocation.usage(tr("--deidentify goes with --csv (the JSON carries no identities, only exact counts)"));
    int exitCode = Done;
    std::optional<ResearchStore> store;
    const std::optional<OutcomeFigures> figures = outcomeFigures(
        invocation, &exitCode, csv ? OutcomeStatistics::Sources : OutcomeStatistics::Sources | OutcomeStatistics::Disclosure, &store);
    if (!figures)
        return exitCode;
    if (csv) {
        // Logged before anything is printed: counts the log cannot record do not leave the case file.
        const StoreError logged = store->logExport(
            QStringLiteral("export.research"),
            deidentify ? ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Exported the de-identified counts by source"))
                       : ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Exported the counts by source")));
        if (logged.isError())
            return invocation.failStore(tr("the counts were not printed: the activity log could not record them: %1").arg(logged.message));
        invocation.out() << QString::fromUtf8(ResearchCsv::outcomes(figures->bySource, QStringLiteral("source"), deidentify));
        invocation.out().flush();
        return Done;
    }
    invocation.printJson({{QStringLiteral("as_of"), figures->asOf.toString(Qt::ISODate)},
                          {QStringLiteral("by_source"), bySourceJson(*figures)}});
    return Done;
}

DatasetCommand::DatasetCommand()
    : Command(QStringLiteral("dataset"), QStringLiteral("--out FILE.csv [--as-of YYYY-MM-DD]"),
              tr("Write a de-identified research dataset: one row per client, no names, refs or dates; on "
                 "postgresql://HOST/DB?matter=*, the clients of every matter of the database you may read."),
              {QStringLiteral("out"), QStringLiteral("as-of")})
{
}

int DatasetCommand::run(Invocation &invocation, const QStringList &arguments) const
{
    const QString out = invocation.options().value(QStringLiteral("out"));
    if (!arguments.isEmpty() || out.isEmpty())
        return invocation.usage(tr("dataset needs --out FILE.csv"));
    if (const std::optional<int> refused = invocation.refusedTarget(out))
        return *refused;
    int exitCode = Done;
    QDate asOf;
    std::optional<ResearchStore> store = openResearch(invocation, &exitCode, &asOf);
    if (!store)
        return exitCode;
    StoreError error;
    const std::optional<QList<DatasetRow>> rows = store->statistics->dataset(asOf, &error);
    if (!rows)
        return invocation.failStore(error.message);
    if (const std::optional<int> unwritten = invocation.writeFile(out, ResearchCsv::dataset(*rows)))
        return *unwritten;
    if (const StoreError logged = store->logExport(
            QStringLiteral("export.research"),
            ActivityDetail(QT_TRANSLATE_N_NOOP("ActivityLog", "Exported the de-identified research dataset (%n row(s))"), static_cast<int>(rows->size())));
        logged.isError())
        return *invocation.logFailed(out, logged.message);
    invocation.err() << tr("Wrote %n de-identified client row(s) to %1.", nullptr, static_cast<int>(rows->size()))
                            .arg(QFileInfo(out).fileName())
                     << Qt::endl;
    return Done;
}

ChartCommand::ChartCommand()
    : Command(QStringLiteral("chart"), QStringLiteral("outcomes|countries|years|detention|separation|disclosure --out FILE.png|FILE.svg"),
              tr("Draw a research chart as a PNG or SVG image."), {QStringLiteral("out"), QStringLiteral("as-of")})
{
}

int ChartCommand::run(Invocation &invocation, const QStringList &arguments) const
{
    const QString out = invocation.options().value(QStringLiteral("out"));
    const std::optional<ResearchCharts::Kind> kind =
        arguments.size() == 1 ? ResearchCharts::kindNamed(arguments.first()) : std::nullopt;
    if (!kind || out.isEmpty()) {
        return invocation.usage(tr("chart needs a chart name (%1) and --out FILE.png|FILE.svg")
                                    .arg(ResearchCharts::kindNames().join(QStringLiteral(", "))));
    }
    if (const std::optional<int> refused = invocation.refusedTarget(out))
        return *refused;
    const std::optional<ChartImage::Format> format = ChartImage::formatOf(out);
    if (!format)
        return invocation.usage(tr("chart writes .png or .svg files, not %1").arg(QFileInfo(out).fileName()));
    int exitCode = Done;
    std::optional<ResearchStore> store;
    const std::optional<OutcomeFigures> figures = outcomeFigures(invocation, &exitCode, ResearchCharts::partsOf(*kind), &store);
    if (!figures)
        return exitCode;
    ResearchCharts charts;
    charts.setFigures(*figures);
    QString problem;
    if (!ChartImage::write(charts.createChart(*kind), out, ChartImage::DefaultSize, &problem))
        return invocation.fail(InputRejected, tr("%1: cannot write the chart (%2)").arg(out, problem));
    if (const StoreError logged = store->logExport(
            QStringLiteral("export.research"),
            ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Exported the chart %1")).arg(ResearchCharts::loggedTitleOf(*kind)));
        logged.isError())
        return *invocation.logFailed(out, logged.message);
    invocation.err() << tr("Wrote %1.").arg(QFileInfo(out).fileName()) << Qt::endl;
    return Done;
}

} // namespace rebuttal
