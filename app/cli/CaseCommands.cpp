// rebuttal-cli's commands on client records: timeline, export cases.
#include "CommandLineInterface.h"
#include "text/AtomicFile.h"

#include "cases/CaseRecordsWriter.h"
#include "domain/CaseTimeline.h"
#include "store/ActivityLog.h"
#include "store/CaseStore.h"
#include "store/ClientRecords.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rebuttal {

namespace {

QJsonValue dateOrNull(const PartialDate &date)
{
    return date.isValid() ? QJsonValue(date.toString()) : QJsonValue(QJsonValue::Null);
}

QJsonValue numberOrNull(std::optional<int> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

std::unique_ptr<CaseStore> CommandLineInterface::openStore(const QString &path, int *exitCode, QDate *asOf)
{
    const std::optional<QDate> date = asOfDate(exitCode);
    if (!date)
        return nullptr;
    *asOf = *date;
    return openStore(path, exitCode);
}

std::optional<QDate> CommandLineInterface::asOfDate(int *exitCode)
{
    if (!m_options.contains(QStringLiteral("as-of")))
        return QDate::currentDate();
    const QString text = m_options.value(QStringLiteral("as-of"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        *exitCode = usage(tr("--as-of %1 is not a calendar date (expected YYYY-MM-DD)").arg(text));
        return std::nullopt;
    }
    return date;
}

std::optional<Client> CommandLineInterface::clientOf(CaseStore &store, const QString &storePath, const QString &ref,
                                                    int *exitCode)
{
    StoreError error;
    std::optional<Client> client = ClientRecords(store).client(ref, &error);
    if (error.isError())
        *exitCode = failStore(storePath, error.message);
    else if (!client)
        *exitCode = fail(InputRejected, tr("%1: there is no client %2").arg(QFileInfo(storePath).fileName(), ref));
    return client;
}

int CommandLineInterface::runTimeline(const QString &storePath, const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("timeline needs one client ref"));
    int exitCode = Done;
    QDate asOf;
    std::unique_ptr<CaseStore> store = openStore(storePath, &exitCode, &asOf);
    if (!store)
        return exitCode;
    const std::optional<Client> client = clientOf(*store, storePath, args.first(), &exitCode);
    if (!client)
        return exitCode;

    const CaseTimeline timeline(*client, asOf);
    QJsonArray allegations;
    for (const Allegation &a : client->allegations) {
        allegations.append(QJsonObject{
            {QStringLiteral("ref"), a.ref},
            {QStringLiteral("source"), codeOf(a.source)},
            {QStringLiteral("kind"), codeOf(a.kind)},
            {QStringLiteral("status"), a.status ? QJsonValue(codeOf(*a.status)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("asserted_on"), dateOrNull(a.assertedOn)},
            {QStringLiteral("disclosed_on"), dateOrNull(a.disclosedOn)},
            {QStringLiteral("disclosure_delay_days"), numberOrNull(CaseTimeline::disclosureDelayDays(a))}});
    }
    QJsonArray events;
    for (int index : timeline.eventOrder()) {
        const CaseEvent &e = client->events.at(index);
        events.append(QJsonObject{{QStringLiteral("ref"), e.ref},
                                  {QStringLiteral("type"), codeOf(e.type)},
                                  {QStringLiteral("date"), e.date.toString()},
                                  {QStringLiteral("relied_on"), QJsonArray::fromStringList(e.reliedOn)},
                                  {QStringLiteral("decided_by"), e.decidedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.decidedBy)},
                                  {QStringLiteral("detail"), e.detail}});
    }
    if (!m_json) {
        m_out << client->ref << QStringLiteral("  ") << client->name << Qt::endl;
        for (int index : timeline.eventOrder()) {
            const CaseEvent &e = client->events.at(index);
            m_out << QStringLiteral("%1\t%2\t%3").arg(e.date.toString(), codeOf(e.type), e.reliedOn.join(QLatin1Char(',')))
                  << Qt::endl;
        }
        m_out << tr("Days detained: %1").arg(timeline.detentionDays()) << Qt::endl
              << tr("Days separated: %1").arg(timeline.separationDays()) << Qt::endl;
        return Done;
    }
    printJson(QJsonObject{
        {QStringLiteral("client"), QJsonObject{{QStringLiteral("ref"), client->ref},
                                               {QStringLiteral("name"), client->name},
                                               {QStringLiteral("country"), client->country}}},
        {QStringLiteral("allegations"), allegations},
        {QStringLiteral("events"), events},
        {QStringLiteral("metrics"), QJsonObject{{QStringLiteral("detention_days"), timeline.detentionDays()},
                                                {QStringLiteral("separation_days"), timeline.separationDays()}}}});
    return Done;
}

int CommandLineInterface::runExport(const QString &storePath, const QStringList &args)
{
    if (args.isEmpty())
        return usage(tr("export needs a kind: export cases --out FILE.json|FILE.csv"));
    const QString kind = args.first();
    if (kind == QLatin1String("cases"))
        return exportCases(storePath, args.mid(1));
    if (kind == QLatin1String("summary"))
        return exportSummary(storePath, args.mid(1));
    if (kind == QLatin1String("agreements"))
        return exportAgreements(storePath, args.mid(1));
    return usage(tr("unknown export kind '%1'").arg(kind));
}

int CommandLineInterface::exportCases(const QString &storePath, const QStringList &args)
{
    const QString out = m_options.value(QStringLiteral("out"));
    if (!args.isEmpty() || out.isEmpty())
        return usage(tr("export cases needs --out FILE.json or --out FILE.csv"));
    if (const std::optional<int> refused = refusedTarget(out, storePath))
        return *refused;
    int exitCode = Done;
    std::unique_ptr<CaseStore> store = openStore(storePath, &exitCode);
    if (!store)
        return exitCode;
    StoreError error;
    const std::optional<CaseRecords> records = ClientRecords(*store).allRecords(&error);
    if (!records)
        return failStore(storePath, error.message);
    const bool csv = QFileInfo(out).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    const QByteArray bytes = csv ? CaseRecordsWriter::toCsv(*records) : CaseRecordsWriter::toJson(*records);
    QString problem;
    if (!AtomicFile::write(out, bytes, &problem))
        return fail(InputRejected, tr("%1: cannot write the file (%2)").arg(out, problem));
    // Every client's identity left the case file: say so in the log, by content, not by file name.
    store->activity().append(QStringLiteral("export.cases"),
                             CaseRecordsWriter::logDetail(static_cast<int>(records->clients.size()), csv, bytes));
    m_err << tr("Exported %n client(s) to %1.", nullptr, static_cast<int>(records->clients.size())).arg(QFileInfo(out).fileName())
          << Qt::endl;
    return Done;
}

} // namespace rebuttal
