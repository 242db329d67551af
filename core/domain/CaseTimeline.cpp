#include "CaseTimeline.h"

#include <algorithm>
#include <numeric>

namespace rebuttal {

int CaseSpell::days() const
{
    return static_cast<int>(std::max<qint64>(0, start.daysTo(end)));
}

CaseTimeline::CaseTimeline(const Client &client, QDate asOf)
    : m_client(client)
    , m_asOf(asOf)
{
    m_order.resize(m_client.events.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) {
        return m_client.events.at(a).date.firstDay() < m_client.events.at(b).date.firstDay();
    });

    // Both kinds of spell follow one rule: an opening event starts a spell when none is open
    // (a transfer into another facility changes nothing), the next closing event ends it, a
    // closing event with nothing open counts nothing.
    struct Rule
    {
        CaseSpell::Kind kind;
        QList<EventType> opens;
        QList<EventType> closes;
    };
    const Rule rules[] = {
        {CaseSpell::Kind::Detention, {EventType::DetentionStart}, {EventType::Release, EventType::Removal}},
        {CaseSpell::Kind::Separation, {EventType::Separation}, {EventType::Reunification}},
    };
    for (const Rule &rule : rules) {
        std::optional<CaseSpell> open;
        for (int index : std::as_const(m_order)) {
            const CaseEvent &event = m_client.events.at(index);
            if (rule.opens.contains(event.type) && !open) {
                open = CaseSpell{rule.kind, index, -1, event.date.firstDay(), {}};
            } else if (rule.closes.contains(event.type) && open) {
                open->endEvent = index;
                open->end = event.date.firstDay();
                m_spells << *open;
                open.reset();
            }
        }
        if (open) {
            open->end = m_asOf;
            m_spells << *open;
        }
    }
    std::stable_sort(m_spells.begin(), m_spells.end(),
                     [](const CaseSpell &a, const CaseSpell &b) { return a.start < b.start; });
}

int CaseTimeline::daysOf(CaseSpell::Kind kind) const
{
    int total = 0;
    for (const CaseSpell &spell : m_spells) {
        if (spell.kind == kind)
            total += spell.days();
    }
    return total;
}

std::optional<int> CaseTimeline::disclosureDelayDays(const Allegation &allegation)
{
    if (!allegation.assertedOn.isValid() || !allegation.disclosedOn.isValid())
        return std::nullopt;
    return static_cast<int>(allegation.assertedOn.firstDay().daysTo(allegation.disclosedOn.firstDay()));
}

std::optional<int> CaseTimeline::longestDisclosureDelayDays() const
{
    std::optional<int> longest;
    for (const Allegation &allegation : m_client.allegations) {
        const std::optional<int> delay = disclosureDelayDays(allegation);
        if (delay && (!longest || *delay > *longest))
            longest = delay;
    }
    return longest;
}

} // namespace rebuttal
