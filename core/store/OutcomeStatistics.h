// Outcomes aggregated across clients, by foreign-data source, origin country and year: what the
// research page charts, `stats --json` prints and de-identified exports carry. Every figure is
// computed by SQLite (GROUP BY and window functions), so 20,000 clients cost one pass each.
#pragma once

#include "StoreError.h"
#include "domain/Outcomes.h"

#include <QDate>
#include <QFlags>
#include <QList>

#include <optional>

namespace rebuttal {

class CaseStore;

class OutcomeStatistics
{
public:
    // The parts of OutcomeFigures to compute (totals always are): a chart or `stats --json`
    // needs one or two, and each costs a pass over the allegations or spells.
    enum Part {
        Sources = 0x1,
        Countries = 0x2,
        Years = 0x4,
        Detention = 0x8,
        Separation = 0x10,
        Disclosure = 0x20,
        AllParts = 0x3f,
    };
    Q_DECLARE_FLAGS(Parts, Part)

    explicit OutcomeStatistics(CaseStore &store);

    // Detention (and separation) days are attributed to a source when the spell's opening
    // event, or any event of the client dated within the spell (up to its closing event, or
    // the as-of date while it is open), relied on an allegation of that source: the
    // detention that allegation was used to start or to prolong. A spell relying on two
    // sources counts under both; a client's attributed spells add up.
    std::optional<OutcomeFigures> figures(QDate asOf, const OutcomeFilter &filter = {}, StoreError *error = nullptr,
                                          Parts parts = AllParts) const;

    std::optional<OutcomeFilterChoices> filterChoices(StoreError *error = nullptr) const;

    // Every client, one row each, in an order that says nothing about who they are.
    std::optional<QList<DatasetRow>> dataset(QDate asOf, StoreError *error = nullptr) const;

private:
    CaseStore &m_store;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(OutcomeStatistics::Parts)

} // namespace rebuttal
