// The agreement check of ../shared/AGREEMENTS.md: which agreement governs each allegation, and the
// flags (computed, never stored) of every allegation and every decision that relied on one, as of a
// date. The one implementation used by the CLI, the GUI, the summaries and the research page.
#pragma once

#include "domain/Agreement.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>

#include <optional>

namespace rebuttal {

// A Vaughn entry of the case file and the pages it lists (within the document it names).
struct VaughnListing
{
    qint64 indexId = 0;
    int entry = 0;
    QString document;
    QList<int> pages;
};

struct VaughnReference
{
    qint64 indexId = 0;
    int entry = 0;

    friend bool operator==(const VaughnReference &, const VaughnReference &) = default;
};

enum class FlagRule { NoAgreement, OutsideTerm, UseTermsWithheld, OutsideStatedPurpose, PersonNotCovered, ThirdPartyUse };
enum class FindingRule { ReviewMissing, SopMissing };

struct AgreementFlag
{
    FlagRule rule = FlagRule::NoAgreement;
    QString client;
    QString allegation;
    QString event;     // empty: a per-allegation rule
    QString agreement; // empty: none involved
    bool inference = false;   // basis: our reading of the text rather than the text itself
    bool conditional = false; // rests on an indeterminate agreement or date
    std::optional<QString> clause;
    QList<EvidenceCitation> evidence;
    QList<VaughnReference> vaughn; // use_terms_withheld only

    friend bool operator==(const AgreementFlag &, const AgreementFlag &) = default;
};

struct AgreementFinding
{
    FindingRule rule = FindingRule::ReviewMissing;
    QString agreement;
    std::optional<QString> clause;
    QList<EvidenceCitation> evidence;

    friend bool operator==(const AgreementFinding &, const AgreementFinding &) = default;
};

// What governs one allegation, for the Legal basis view.
struct AllegationBasis
{
    enum class Outcome { NoOriginCountry, NoCandidate, Governs, GovernsConditionally, OutOfForce };
    QString client;
    QString allegation;
    Outcome outcome = Outcome::NoCandidate;
    QString agreement; // the governing one, or the nearest out-of-force one
};

struct CheckResult
{
    QDate asOf;
    QList<AgreementFlag> flags;         // in the contract's order
    QList<AgreementFinding> findings;   // per agreement, in the contract's order
    QList<AllegationBasis> bases;       // per allegation, in client and allegation order
};

class AgreementCheck
{
    Q_DECLARE_TR_FUNCTIONS(AgreementCheck)

public:
    explicit AgreementCheck(QList<Agreement> registry, QList<VaughnListing> vaughn = {});

    CheckResult check(const QList<Client> &clients, QDate asOf) const;

    // The event type's use category (repatriation, detention, family_separation, asylum), or empty.
    static QString categoryOf(EventType type);
    static QString ruleCode(FlagRule rule);
    static QString ruleCode(FindingRule rule);
    // The rule in plain words, for people.
    static QString ruleDescription(FlagRule rule);
    static QString ruleDescription(FindingRule rule);
    // What governs an allegation, in a sentence (the Legal basis tab and the PDF summary).
    static QString basisDescription(const AllegationBasis &basis);
    // A flag's basis ("the text says so" / "our reading") and status ("flag" / "conditional").
    static QString basisName(const AgreementFlag &flag);
    static QString statusName(const AgreementFlag &flag);
    // What a flag cites of the agreement: its clause quoted, or, for use_terms_withheld, the
    // heading of the withheld section (a heading, not words the agreement says). Empty for none.
    static QString clauseText(const AgreementFlag &flag);

    // The `check --json` document of ../shared/CLI.md.
    static QJsonObject toJson(const CheckResult &result);

    // The stored agreement `ref`, or null.
    const Agreement *find(const QString &ref) const;
    // The agreement `ref` with what it inherits from its parents filled in (country, programs,
    // receiving agency, covers, purposes, use terms, disclosure); empty when there is none.
    Agreement effective(const QString &ref) const;
    const QList<Agreement> &registry() const { return m_registry; }
    // Whether agreement `ref` (as a child of its parents) is in force on `day`: nullopt when that
    // cannot be told (partial or missing dates).
    std::optional<bool> inForceOn(const QString &ref, QDate day) const;
    // The Vaughn entries of the case file that list a page `evidence` cites (same document, same page).
    QList<VaughnReference> vaughnFor(const QList<EvidenceCitation> &evidence) const;

private:
    // A range of days as julian day numbers, both ends included.
    struct DayRange
    {
        qint64 first = 0;
        qint64 last = 0;
    };
    struct Period
    {
        DayRange from;
        std::optional<DayRange> to;
    };
    // An agreement with what it inherits filled in, and its term as a child of its parents.
    struct Resolved
    {
        int index = -1;
        QStringList chain; // its ref, then its parent's, up the chain
        std::optional<QString> country, receivingAgency, covers, useTerms, thirdPartyDisclosure;
        std::optional<QStringList> programs, purposes;
        std::optional<DayRange> start, end;
        QList<Period> suspensions;
    };
    enum class Force { In, Out, Indeterminate };
    Force forceOn(const Resolved &candidate, const std::optional<DayRange> &day) const;
    Resolved resolve(int index, int depth) const;
    const AgreementClause *firstClause(const QString &ref, const QString &topic) const;
    const WithheldSection *firstWithheld(const QString &ref) const;
    int indexOf(const QString &ref) const;

    // The agreements that could govern an allegation (its origin country, its program), and
    // whether each was in force on the day it was asserted.
    struct Candidates
    {
        std::optional<DayRange> day; // when the allegation was asserted, when known
        QList<const Resolved *> in, indeterminate, all;
        QHash<const Resolved *, Force> force;
    };
    Candidates candidatesFor(const Allegation &allegation) const;
    const Resolved *governingOf(const QList<const Resolved *> &set) const;
    const Resolved *nearestOf(const Candidates &candidates) const;
    static qint64 startOf(const Resolved *r);
    const QString &refOf(const Resolved *r) const;
    static AgreementFlag flagOf(FlagRule rule, const Client &client, const Allegation &allegation, const QString &event,
                                const QString &agreement, bool conditional);
    // `flag` with the first clause of its agreement on `topic` quoted, and that clause's evidence.
    AgreementFlag quoting(AgreementFlag flag, const QString &topic) const;

    void checkAllegation(const Client &client, const Allegation &allegation, CheckResult *result) const;
    // The rules on how `governing` lets the allegation be used: who it covers, and each event that relied on it.
    void checkUse(const Client &client, const Allegation &allegation, const Resolved &governing, bool conditional,
                  CheckResult *result) const;
    QList<AgreementFinding> findings(QDate asOf) const;

    QList<Agreement> m_registry;
    QList<VaughnListing> m_vaughn;
    QList<Resolved> m_resolved; // by index in m_registry
};

} // namespace rebuttal
