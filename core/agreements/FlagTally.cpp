#include "FlagTally.h"

#include "domain/CaseTypes.h"

#include <QHash>
#include <QMap>

namespace rebuttal {

int FlagCountRow::total() const
{
    int sum = 0;
    for (int n : byRule)
        sum += n;
    return sum;
}

bool FlagTally::passes(const Allegation &allegation, const OutcomeFilter &filter)
{
    if (!filter.source.isEmpty() && codeOf(allegation.source) != filter.source)
        return false;
    if (!filter.originCountry.isEmpty() && allegation.originCountry != filter.originCountry)
        return false;
    if (!filter.status.isEmpty() && (!allegation.status || codeOf(*allegation.status) != filter.status))
        return false;
    // Like the outcome figures: a date limit leaves out allegations with no asserted date.
    const QDate asserted = allegation.assertedOn.firstDay();
    if (filter.assertedFrom.isValid() && (!asserted.isValid() || asserted < filter.assertedFrom))
        return false;
    if (filter.assertedTo.isValid() && (!asserted.isValid() || asserted > filter.assertedTo))
        return false;
    return true;
}

QList<FlagCountRow> FlagTally::count(const CheckResult &result, const QList<Client> &clients, const OutcomeFilter &filter)
{
    QHash<QString, const Client *> clientsByRef;
    for (const Client &client : clients)
        clientsByRef.insert(client.ref, &client);
    std::array<QMap<QString, FlagCountRow>, 4> groups;
    auto add = [&groups](FlagCountRow::Group group, const QString &key, FlagRule rule) {
        FlagCountRow &row = groups[static_cast<size_t>(group)][key];
        row.group = group;
        row.key = key;
        ++row.byRule[static_cast<size_t>(rule)];
    };
    for (const AgreementFlag &flag : result.flags) {
        const Client *client = clientsByRef.value(flag.client);
        if (!client)
            continue;
        const Allegation *allegation = nullptr;
        for (const Allegation &a : client->allegations) {
            if (a.ref == flag.allegation)
                allegation = &a;
        }
        if (!allegation || !passes(*allegation, filter))
            continue;
        QString category;
        if (!flag.event.isEmpty()) {
            for (const CaseEvent &event : client->events) {
                if (event.ref == flag.event)
                    category = AgreementCheck::categoryOf(event.type);
            }
        }
        const QDate asserted = allegation->assertedOn.firstDay();
        add(FlagCountRow::Group::Program, codeOf(allegation->source), flag.rule);
        add(FlagCountRow::Group::Country, allegation->originCountry, flag.rule);
        add(FlagCountRow::Group::Category, category, flag.rule);
        add(FlagCountRow::Group::Year, asserted.isValid() ? QString::number(asserted.year()) : QString(), flag.rule);
    }
    QList<FlagCountRow> rows;
    for (const auto &group : groups)
        rows << group.values();
    return rows;
}

} // namespace rebuttal
