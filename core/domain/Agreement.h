// The agreements under which foreign data was shared (rebuttal.agreements v1, ../shared/AGREEMENTS.md),
// as value types. A field the registry left out stays absent (std::nullopt, an invalid date), because
// an absent field of a child agreement is its parent's.
#pragma once

#include "domain/CaseRecords.h"
#include "domain/PartialDate.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rebuttal {

struct Suspension
{
    PartialDate from;
    PartialDate to; // invalid: from then on

    friend bool operator==(const Suspension &, const Suspension &) = default;
};

struct WithheldSection
{
    QString section;
    std::optional<QStringList> exemptions;
    std::optional<QList<EvidenceCitation>> evidence;

    friend bool operator==(const WithheldSection &, const WithheldSection &) = default;
};

struct AgreementClause
{
    QString topic; // purpose, use, disclosure, term, review, other
    std::optional<QString> section;
    QString quote;
    std::optional<QList<EvidenceCitation>> evidence;

    friend bool operator==(const AgreementClause &, const AgreementClause &) = default;
};

struct Agreement
{
    QString ref;
    QString title;
    QString kind; // MOC, MOU, MOA, SOP, ISAA, LOI, OTHER
    std::optional<QString> parent;
    std::optional<QString> country;
    std::optional<QStringList> programs; // allegation source codes
    std::optional<QString> usParty;
    std::optional<QString> partner;
    std::optional<QString> receivingAgency;
    PartialDate signedOn;
    PartialDate commencesOn;
    PartialDate endsOn;
    std::optional<QList<Suspension>> suspensions;
    std::optional<QString> covers; // nationals, any
    std::optional<QStringList> purposes;
    std::optional<QString> useTerms;             // stated, withheld, absent
    std::optional<QString> thirdPartyDisclosure; // partner_authorization_required, unrestricted, unknown
    std::optional<bool> requiresSop;
    std::optional<QList<WithheldSection>> withheld;
    std::optional<QList<AgreementClause>> clauses;
    std::optional<QList<PartialDate>> reviews;
    std::optional<QList<EvidenceCitation>> evidence;
    std::optional<QString> notes;

    friend bool operator==(const Agreement &, const Agreement &) = default;
};

// The codes of the format's closed vocabularies, in the schema's order (for pickers and messages).
namespace AgreementCodes {
QStringList kinds();
QStringList programs();
QStringList agencies();
QStringList decidingBodies(); // the case records' decided_by
QStringList covers();
QStringList purposes();
QStringList useTerms();
QStringList disclosures();
QStringList topics();
} // namespace AgreementCodes

} // namespace rebuttal
