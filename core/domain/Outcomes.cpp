#include "Outcomes.h"

#include "CaseTypes.h"

namespace rebuttal {

const OutcomeCounts *OutcomeFigures::source(const QString &code) const
{
    for (const OutcomeCounts &counts : bySource) {
        if (counts.key == code)
            return &counts;
    }
    return nullptr;
}

std::optional<Distribution> OutcomeFigures::distributionOf(const QList<Distribution> &list, const QString &key) const
{
    for (const Distribution &d : list) {
        if (d.key == key)
            return d;
    }
    return std::nullopt;
}

QStringList DatasetRow::countedTypes()
{
    // Spelled with the vocabulary's own codes, so a renamed event type cannot drift from the dataset.
    static const EventType counted[] = {
        EventType::DetentionStart, EventType::BondDenied,     EventType::BondGranted,        EventType::ParoleDenied,
        EventType::Separation,     EventType::AsylumDenied,   EventType::SnpcBarApplied,     EventType::AsylumGranted,
        EventType::CatGranted,     EventType::WithholdingGranted, EventType::SolitaryStart, EventType::Release,
        EventType::Removal};
    QStringList codes;
    for (EventType type : counted)
        codes << codeOf(type);
    return codes;
}

} // namespace rebuttal
