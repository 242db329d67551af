// Outcomes aggregated across clients, by foreign-data source, origin country and year: what the
// research page charts, `stats --json` prints and de-identified exports carry. Every figure is
// computed by the store (GROUP BY and window functions), so 20,000 clients cost one pass each:
// SQLite for a case file, PostgreSQL for a matter on a server or every matter a login may read
// (ServerMatterPool), with the same statements in each dialect and the same figures, row order
// included.
#pragma once

#include "StoreError.h"
#include "domain/Outcomes.h"

#include <QDate>
#include <QFlags>
#include <QList>

#include <memory>
#include <optional>

namespace rebuttal {

class CaseStore;
class OutcomeRunner;
class ServerMatterPool;
class ServerStore;

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
    // One matter on a server.
    explicit OutcomeStatistics(ServerStore &store);
    // Every matter of the pool, as if their clients were in one store (each client still one row).
    explicit OutcomeStatistics(ServerMatterPool &pool);
    ~OutcomeStatistics();
    OutcomeStatistics(const OutcomeStatistics &) = delete;
    OutcomeStatistics &operator=(const OutcomeStatistics &) = delete;

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
    std::unique_ptr<OutcomeRunner> m_runner;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(OutcomeStatistics::Parts)

} // namespace rebuttal
