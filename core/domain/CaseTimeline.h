// A client's case in date order, and the figures counsel quotes from it: days detained, days
// separated, how long the government held each allegation before counsel learned of it.
// The rules are ../shared/CLI.md's (timeline --json): the JSON, the PDF summary, the
// timeline view and the research statistics all read them from here.
#pragma once

#include "domain/CaseRecords.h"

#include <QDate>
#include <QList>

#include <optional>

namespace rebuttal {

// One stretch of detention or separation. An open spell (no closing event yet) runs to the
// as-of date.
struct CaseSpell
{
    enum class Kind { Detention, Separation };

    Kind kind = Kind::Detention;
    int startEvent = -1; // index into Client::events
    int endEvent = -1;   // -1 while open
    QDate start;
    QDate end;           // the closing event's day, or the as-of date for an open spell

    bool isOpen() const { return endEvent < 0; }
    // end - start in days; a same-day release gives 0; never negative.
    int days() const;

    friend bool operator==(const CaseSpell &, const CaseSpell &) = default;
};

class CaseTimeline
{
public:
    CaseTimeline(const Client &client, QDate asOf);

    const Client &client() const { return m_client; }
    QDate asOf() const { return m_asOf; }

    // Indexes into client().events, by date (partial dates as their first day); events on the
    // same day keep the record's order.
    const QList<int> &eventOrder() const { return m_order; }
    const QList<CaseSpell> &spells() const { return m_spells; }

    int detentionDays() const { return daysOf(CaseSpell::Kind::Detention); }
    int separationDays() const { return daysOf(CaseSpell::Kind::Separation); }

    // disclosed_on - asserted_on in days; nullopt when either is missing.
    static std::optional<int> disclosureDelayDays(const Allegation &allegation);
    // The longest delay among the client's allegations; nullopt when none has both dates.
    std::optional<int> longestDisclosureDelayDays() const;

private:
    int daysOf(CaseSpell::Kind kind) const;

    Client m_client;
    QDate m_asOf;
    QList<int> m_order;
    QList<CaseSpell> m_spells;
};

} // namespace rebuttal
