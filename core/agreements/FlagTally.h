// Agreement flags counted for research: how many flags of each rule fall under each program
// (allegation source), origin country, decision category and year asserted. Computed from the
// flags of AgreementCheck, never stored; the research page charts it.
#pragma once

#include "AgreementCheck.h"
#include "domain/Outcomes.h"

#include <array>

namespace rebuttal {

struct FlagCountRow
{
    enum class Group { Program, Country, Category, Year };
    static constexpr int RuleCount = 6; // FlagRule's values, in declaration order

    Group group = Group::Program;
    QString key; // source code, ISO country, category code ("" for per-allegation rules), year
    std::array<int, RuleCount> byRule{};

    int total() const;
    friend bool operator==(const FlagCountRow &, const FlagCountRow &) = default;
};

class FlagTally
{
public:
    // Counts the flags of `result` whose allegation (found in `clients`) passes `filter`: rows by
    // program, then country, then category, then year, each group sorted by key. A flag on a
    // decision counts under the decision's category; a per-allegation flag under "" (none).
    static QList<FlagCountRow> count(const CheckResult &result, const QList<Client> &clients, const OutcomeFilter &filter);
    static bool passes(const Allegation &allegation, const OutcomeFilter &filter);
};

} // namespace rebuttal
