#include "TimelineCommand.h"

#include "Invocation.h"
#include "domain/CaseTimeline.h"
#include "store/CaseStore.h"
#include "store/ServerStore.h"

#include <QJsonArray>

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

QJsonObject timelineJson(const Client &client, const CaseTimeline &timeline)
{
    QJsonArray allegations;
    for (const Allegation &a : client.allegations) {
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
        const CaseEvent &e = client.events.at(index);
        events.append(QJsonObject{{QStringLiteral("ref"), e.ref},
                                  {QStringLiteral("type"), codeOf(e.type)},
                                  {QStringLiteral("date"), e.date.toString()},
                                  {QStringLiteral("relied_on"), QJsonArray::fromStringList(e.reliedOn)},
                                  {QStringLiteral("decided_by"), e.decidedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.decidedBy)},
                                  {QStringLiteral("detail"), e.detail}});
    }
    return QJsonObject{
        {QStringLiteral("client"), QJsonObject{{QStringLiteral("ref"), client.ref},
                                               {QStringLiteral("name"), client.name},
                                               {QStringLiteral("country"), client.country}}},
        {QStringLiteral("allegations"), allegations},
        {QStringLiteral("events"), events},
        {QStringLiteral("metrics"), QJsonObject{{QStringLiteral("detention_days"), timeline.detentionDays()},
                                                {QStringLiteral("separation_days"), timeline.separationDays()}}}};
}

} // namespace

TimelineCommand::TimelineCommand()
    : Command(QStringLiteral("timeline"), QStringLiteral("CLIENT_REF [--json] [--as-of YYYY-MM-DD]"),
              tr("Show a client's allegations and events in date order, with days detained and separated."),
              {QStringLiteral("json"), QStringLiteral("as-of")})
{
}

int TimelineCommand::run(Invocation &invocation, const QStringList &arguments) const
{
    if (arguments.size() != 1)
        return invocation.usage(tr("timeline needs one client ref"));
    int exitCode = Done;
    QDate asOf;
    std::optional<Client> client;
    if (invocation.onServer()) {
        std::unique_ptr<ServerStore> store = invocation.openServerStore(&exitCode, &asOf);
        if (!store)
            return exitCode;
        client = invocation.clientOf(*store, arguments.first(), &exitCode);
    } else {
        std::unique_ptr<CaseStore> store = invocation.openStore(&exitCode, &asOf);
        if (!store)
            return exitCode;
        client = invocation.clientOf(*store, arguments.first(), &exitCode);
    }
    if (!client)
        return exitCode;

    const CaseTimeline timeline(*client, asOf);
    if (invocation.json()) {
        invocation.printJson(timelineJson(*client, timeline));
        return Done;
    }
    QTextStream &out = invocation.out();
    out << client->ref << QStringLiteral("  ") << client->name << Qt::endl;
    for (int index : timeline.eventOrder()) {
        const CaseEvent &e = client->events.at(index);
        out << QStringLiteral("%1\t%2\t%3").arg(e.date.toString(), codeOf(e.type), e.reliedOn.join(QLatin1Char(','))) << Qt::endl;
    }
    out << tr("Days detained: %1").arg(timeline.detentionDays()) << Qt::endl
        << tr("Days separated: %1").arg(timeline.separationDays()) << Qt::endl;
    return Done;
}

} // namespace rebuttal
