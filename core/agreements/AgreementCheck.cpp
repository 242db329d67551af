#include "AgreementCheck.h"
#include "text/Quotation.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace rebuttal {

namespace {

constexpr qint64 Forever = std::numeric_limits<qint64>::max() / 4;
constexpr qint64 NoStart = std::numeric_limits<qint64>::min() / 4;

std::optional<QPair<qint64, qint64>> rangeOf(const PartialDate &date)
{
    if (!date.isValid())
        return std::nullopt;
    const QDate first = date.firstDay();
    QDate last = first;
    switch (date.precision()) {
    case PartialDate::Precision::Day: break;
    case PartialDate::Precision::Month: last = first.addMonths(1).addDays(-1); break;
    case PartialDate::Precision::Year: last = QDate(first.year(), 12, 31); break;
    }
    return QPair<qint64, qint64>{first.toJulianDay(), last.toJulianDay()};
}

// A citation as a place: Bates-numbered pages become their prefix and absolute number, so that
// "2022-ICLI00010" page 3 and "2022-ICLI00012" are the same page (page k of a document is its
// Bates + k - 1); anything else stays as written.
QPair<QString, qint64> placeOf(const QString &document, int page)
{
    static const QRegularExpression bates(QStringLiteral("^(.*\\D)(\\d+)$"));
    const QRegularExpressionMatch m = bates.match(document.trimmed());
    if (m.hasMatch())
        return {m.captured(1), m.captured(2).toLongLong() + std::max(page, 1) - 1};
    return {document.trimmed(), page};
}

} // namespace

AgreementCheck::AgreementCheck(QList<Agreement> registry, QList<VaughnListing> vaughn)
    : m_registry(std::move(registry))
    , m_vaughn(std::move(vaughn))
{
    for (int i = 0; i < m_registry.size(); ++i)
        m_resolved << resolve(i, 0);
}

int AgreementCheck::indexOf(const QString &ref) const
{
    for (int i = 0; i < m_registry.size(); ++i) {
        if (m_registry.at(i).ref == ref)
            return i;
    }
    return -1;
}

const Agreement *AgreementCheck::find(const QString &ref) const
{
    const int i = indexOf(ref);
    return i >= 0 ? &m_registry.at(i) : nullptr;
}

Agreement AgreementCheck::effective(const QString &ref) const
{
    const int index = indexOf(ref);
    if (index < 0)
        return {};
    Agreement a = m_registry.at(index);
    const Resolved &r = m_resolved.at(index);
    a.country = r.country;
    a.programs = r.programs;
    a.receivingAgency = r.receivingAgency;
    a.covers = r.covers;
    a.purposes = r.purposes;
    a.useTerms = r.useTerms;
    a.thirdPartyDisclosure = r.thirdPartyDisclosure;
    return a;
}

std::optional<bool> AgreementCheck::inForceOn(const QString &ref, QDate day) const
{
    const int index = indexOf(ref);
    if (index < 0)
        return false;
    const Force force = forceOn(m_resolved.at(index), DayRange{day.toJulianDay(), day.toJulianDay()});
    return force == Force::Indeterminate ? std::nullopt : std::optional<bool>(force == Force::In);
}

AgreementCheck::Resolved AgreementCheck::resolve(int index, int depth) const
{
    const Agreement &a = m_registry.at(index);
    Resolved r;
    r.index = index;
    r.chain << a.ref;
    r.country = a.country;
    r.receivingAgency = a.receivingAgency;
    r.covers = a.covers;
    r.useTerms = a.useTerms;
    r.thirdPartyDisclosure = a.thirdPartyDisclosure;
    r.programs = a.programs;
    r.purposes = a.purposes;
    const PartialDate ownStart = a.commencesOn.isValid() ? a.commencesOn : a.signedOn;
    if (const auto range = rangeOf(ownStart))
        r.start = DayRange{range->first, range->second};
    if (const auto range = rangeOf(a.endsOn))
        r.end = DayRange{range->first, range->second};
    for (const Suspension &s : a.suspensions.value_or(QList<Suspension>())) {
        Period period;
        if (const auto from = rangeOf(s.from))
            period.from = DayRange{from->first, from->second};
        if (const auto to = rangeOf(s.to))
            period.to = DayRange{to->first, to->second};
        r.suspensions << period;
    }
    // The reader refuses cycles; the depth guard keeps a damaged registry from looping.
    const int parent = a.parent ? indexOf(*a.parent) : -1;
    if (parent < 0 || depth > m_registry.size())
        return r;
    const Resolved p = resolve(parent, depth + 1);
    r.chain << p.chain;
    auto inherit = [](auto &own, const auto &theirs) {
        if (!own)
            own = theirs;
    };
    inherit(r.country, p.country);
    inherit(r.receivingAgency, p.receivingAgency);
    inherit(r.covers, p.covers);
    inherit(r.useTerms, p.useTerms);
    inherit(r.thirdPartyDisclosure, p.thirdPartyDisclosure);
    inherit(r.programs, p.programs);
    inherit(r.purposes, p.purposes);
    // Never in force where the parent is not: the later start, the earlier end (range by range),
    // and the parent's suspensions hold the child too.
    if (p.start)
        r.start = r.start ? DayRange{std::max(r.start->first, p.start->first), std::max(r.start->last, p.start->last)} : p.start;
    if (p.end)
        r.end = r.end ? DayRange{std::min(r.end->first, p.end->first), std::min(r.end->last, p.end->last)} : p.end;
    r.suspensions << p.suspensions;
    return r;
}

AgreementCheck::Force AgreementCheck::forceOn(const Resolved &c, const std::optional<DayRange> &day) const
{
    if (!day || !c.start)
        return Force::Indeterminate;
    // In force for every choice of days: the latest start on or before the earliest day, the
    // latest day before the earliest end, and no suspension that could hold any of the days.
    bool always = c.start->last <= day->first && (!c.end || day->last < c.end->first);
    for (const Period &s : c.suspensions) {
        const qint64 until = s.to ? s.to->last : Forever;
        if (s.from.first <= until && s.from.first <= day->last && day->first <= until)
            always = false;
    }
    if (always)
        return Force::In;
    // In force for some choice: a day from the earliest start to the day before the latest end
    // that no suspension holds for every choice of its dates (from its last day to its first `to`).
    const qint64 low = std::max(day->first, c.start->first);
    const qint64 high = std::min(day->last, c.end ? c.end->last - 1 : Forever);
    QList<QPair<qint64, qint64>> blocked;
    for (const Period &s : c.suspensions) {
        const qint64 until = s.to ? s.to->first : Forever;
        if (s.from.last <= until)
            blocked.append({s.from.last, until});
    }
    std::sort(blocked.begin(), blocked.end());
    qint64 next = low;
    for (const auto &[from, until] : std::as_const(blocked)) {
        if (next > high || from > next)
            break;
        next = std::max(next, until + 1);
    }
    return next <= high ? Force::Indeterminate : Force::Out;
}

const AgreementClause *AgreementCheck::firstClause(const QString &ref, const QString &topic) const
{
    const int index = indexOf(ref);
    if (index < 0)
        return nullptr;
    for (const QString &link : m_resolved.at(index).chain) {
        const Agreement &a = m_registry.at(indexOf(link));
        if (!a.clauses)
            continue;
        for (const AgreementClause &clause : *a.clauses) {
            if (clause.topic == topic)
                return &clause;
        }
    }
    return nullptr;
}

const WithheldSection *AgreementCheck::firstWithheld(const QString &ref) const
{
    const int index = indexOf(ref);
    if (index < 0)
        return nullptr;
    for (const QString &link : m_resolved.at(index).chain) {
        const Agreement &a = m_registry.at(indexOf(link));
        if (a.withheld && !a.withheld->isEmpty())
            return &a.withheld->constFirst();
    }
    return nullptr;
}

QList<VaughnReference> AgreementCheck::vaughnFor(const QList<EvidenceCitation> &evidence) const
{
    QList<VaughnReference> found;
    for (const VaughnListing &listing : m_vaughn) {
        bool lists = false;
        for (const EvidenceCitation &citation : evidence) {
            const auto cited = placeOf(citation.document, citation.page);
            for (int page : listing.pages)
                lists = lists || placeOf(listing.document, page) == cited;
        }
        if (lists)
            found << VaughnReference{listing.indexId, listing.entry};
    }
    return found;
}

QString AgreementCheck::categoryOf(EventType type)
{
    switch (type) {
    case EventType::Removal: return QStringLiteral("repatriation");
    case EventType::DetentionStart:
    case EventType::BondHearing:
    case EventType::BondDenied:
    case EventType::ParoleDenied:
    case EventType::PdDenied:
    case EventType::SolitaryStart: return QStringLiteral("detention");
    case EventType::Separation: return QStringLiteral("family_separation");
    case EventType::CredibleFearInterview:
    case EventType::AsylumDenied:
    case EventType::SnpcBarApplied: return QStringLiteral("asylum");
    default: return {};
    }
}

AgreementFlag AgreementCheck::flagOf(FlagRule rule, const Client &client, const Allegation &allegation, const QString &event,
                                     const QString &agreement, bool conditional)
{
    AgreementFlag f;
    f.rule = rule;
    f.client = client.ref;
    f.allegation = allegation.ref;
    f.event = event;
    f.agreement = agreement;
    f.inference = rule == FlagRule::OutsideStatedPurpose || rule == FlagRule::PersonNotCovered;
    f.conditional = conditional;
    return f;
}

AgreementFlag AgreementCheck::quoting(AgreementFlag flag, const QString &topic) const
{
    if (const AgreementClause *clause = firstClause(flag.agreement, topic)) {
        flag.clause = clause->quote;
        flag.evidence = clause->evidence.value_or(QList<EvidenceCitation>());
    }
    return flag;
}

AgreementCheck::Candidates AgreementCheck::candidatesFor(const Allegation &allegation) const
{
    Candidates candidates;
    const QString program = codeOf(allegation.source);
    if (const auto range = rangeOf(allegation.assertedOn))
        candidates.day = DayRange{range->first, range->second};
    for (const Resolved &r : m_resolved) {
        if (r.country != allegation.originCountry || !r.programs || !r.programs->contains(program))
            continue;
        candidates.all << &r;
        const Force force = forceOn(r, candidates.day);
        candidates.force.insert(&r, force);
        if (force == Force::In)
            candidates.in << &r;
        else if (force == Force::Indeterminate)
            candidates.indeterminate << &r;
    }
    return candidates;
}

qint64 AgreementCheck::startOf(const Resolved *r)
{
    return r->start ? r->start->first : NoStart;
}

const QString &AgreementCheck::refOf(const Resolved *r) const
{
    return m_registry.at(r->index).ref;
}

const AgreementCheck::Resolved *AgreementCheck::governingOf(const QList<const Resolved *> &set) const
{
    // The more specific text governs (a descendant over its ancestor), then the one that started last.
    QList<const Resolved *> left;
    for (const Resolved *r : set) {
        const bool hasDescendant = std::any_of(set.cbegin(), set.cend(), [&](const Resolved *other) {
            return other != r && other->chain.mid(1).contains(refOf(r));
        });
        if (!hasDescendant)
            left << r;
    }
    return *std::min_element(left.cbegin(), left.cend(), [&](const Resolved *a, const Resolved *b) {
        return startOf(a) != startOf(b) ? startOf(a) > startOf(b) : refOf(a) < refOf(b);
    });
}

const AgreementCheck::Resolved *AgreementCheck::nearestOf(const Candidates &candidates) const
{
    // Rule 2's agreement: the candidate nearest the test date.
    auto distance = [&](const Resolved *r) -> qint64 {
        const std::optional<DayRange> &day = candidates.day;
        if (candidates.force.value(r) != Force::Out || !day)
            return 0;
        if (day->first < r->start->first)
            return r->start->first - day->first;
        if (r->end && day->first >= r->end->first)
            return day->first - r->end->first;
        return 0;
    };
    return *std::min_element(candidates.all.cbegin(), candidates.all.cend(), [&](const Resolved *a, const Resolved *b) {
        if (distance(a) != distance(b))
            return distance(a) < distance(b);
        return startOf(a) != startOf(b) ? startOf(a) > startOf(b) : refOf(a) < refOf(b);
    });
}

void AgreementCheck::checkAllegation(const Client &client, const Allegation &allegation, CheckResult *result) const
{
    AllegationBasis basis{client.ref, allegation.ref, AllegationBasis::Outcome::NoCandidate, {}};
    auto flag = [&](FlagRule rule, const QString &agreement, bool conditional) {
        return flagOf(rule, client, allegation, {}, agreement, conditional);
    };
    if (allegation.originCountry.isEmpty()) {
        basis.outcome = AllegationBasis::Outcome::NoOriginCountry;
        result->flags << flag(FlagRule::NoAgreement, {}, false);
        result->bases << basis;
        return;
    }
    const Candidates candidates = candidatesFor(allegation);
    if (candidates.all.isEmpty()) {
        result->flags << flag(FlagRule::NoAgreement, {}, false);
        result->bases << basis;
        return;
    }
    const Resolved *governing = nullptr;
    bool conditional = false;
    if (!candidates.in.isEmpty()) {
        governing = governingOf(candidates.in);
        basis.outcome = AllegationBasis::Outcome::Governs;
    } else if (!candidates.indeterminate.isEmpty()) {
        governing = governingOf(candidates.indeterminate);
        conditional = true;
        basis.outcome = AllegationBasis::Outcome::GovernsConditionally;
        result->flags << quoting(flag(FlagRule::OutsideTerm, refOf(nearestOf(candidates)), true), QStringLiteral("term"));
    } else {
        basis.outcome = AllegationBasis::Outcome::OutOfForce;
        basis.agreement = refOf(nearestOf(candidates));
        result->flags << quoting(flag(FlagRule::OutsideTerm, basis.agreement, false), QStringLiteral("term"));
        result->bases << basis;
        return;
    }
    basis.agreement = refOf(governing);
    result->bases << basis;
    checkUse(client, allegation, *governing, conditional, result);
}

void AgreementCheck::checkUse(const Client &client, const Allegation &allegation, const Resolved &governing, bool conditional,
                              CheckResult *result) const
{
    const QString ref = refOf(&governing);
    if (governing.covers == QLatin1String("nationals") && client.country != governing.country)
        result->flags << quoting(flagOf(FlagRule::PersonNotCovered, client, allegation, {}, ref, conditional || client.country.isEmpty()),
                                 QStringLiteral("purpose"));
    for (const CaseEvent &event : client.events) {
        const QString category = categoryOf(event.type);
        if (category.isEmpty() || !event.reliedOn.contains(allegation.ref))
            continue;
        auto flag = [&](FlagRule rule) { return flagOf(rule, client, allegation, event.ref, ref, conditional); };
        if (governing.useTerms == QLatin1String("withheld")) {
            AgreementFlag f = flag(FlagRule::UseTermsWithheld);
            if (const WithheldSection *section = firstWithheld(ref)) {
                f.clause = section->section;
                f.evidence = section->evidence.value_or(QList<EvidenceCitation>());
                f.vaughn = vaughnFor(f.evidence);
            }
            result->flags << f;
        }
        if (governing.purposes && !governing.purposes->contains(category))
            result->flags << quoting(flag(FlagRule::OutsideStatedPurpose), QStringLiteral("purpose"));
        const QString receiver = governing.receivingAgency.value_or(QStringLiteral("DHS"));
        const bool inside = event.decidedBy == receiver
            || (receiver == QLatin1String("DHS")
                && QStringList{QStringLiteral("ICE"), QStringLiteral("CBP"), QStringLiteral("USCIS")}.contains(event.decidedBy));
        if (governing.thirdPartyDisclosure == QLatin1String("partner_authorization_required") && !event.decidedBy.isEmpty() && !inside)
            result->flags << quoting(flag(FlagRule::ThirdPartyUse), QStringLiteral("disclosure"));
    }
}

QList<AgreementFinding> AgreementCheck::findings(QDate asOf) const
{
    QList<AgreementFinding> result;
    for (const Agreement &a : m_registry) {
        if (a.signedOn.isValid()) {
            const QDate signedOn = a.signedOn.firstDay();
            // addYears turns 29 February into 28 February of a common year.
            const QDate anniversary = signedOn.addYears(1);
            const QList<PartialDate> reviews = a.reviews.value_or(QList<PartialDate>());
            const bool reviewed = std::any_of(reviews.cbegin(), reviews.cend(), [&](const PartialDate &review) {
                return review.firstDay() >= signedOn && review.firstDay() <= anniversary;
            });
            if (asOf > anniversary && !reviewed) {
                AgreementFinding finding{FindingRule::ReviewMissing, a.ref, std::nullopt, {}};
                if (const AgreementClause *clause = firstClause(a.ref, QStringLiteral("review"))) {
                    finding.clause = clause->quote;
                    finding.evidence = clause->evidence.value_or(QList<EvidenceCitation>());
                }
                result << finding;
            }
        }
        if (a.requiresSop.value_or(false)) {
            const bool hasSop = std::any_of(m_registry.cbegin(), m_registry.cend(), [&](const Agreement &other) {
                return other.kind == QLatin1String("SOP") && other.parent == a.ref;
            });
            if (!hasSop)
                result << AgreementFinding{FindingRule::SopMissing, a.ref, std::nullopt, {}};
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const AgreementFinding &a, const AgreementFinding &b) {
        return a.agreement != b.agreement ? a.agreement < b.agreement : a.rule < b.rule;
    });
    return result;
}

CheckResult AgreementCheck::check(const QList<Client> &clients, QDate asOf) const
{
    CheckResult result;
    result.asOf = asOf;
    for (const Client &client : clients) {
        for (const Allegation &allegation : client.allegations)
            checkAllegation(client, allegation, &result);
    }
    std::stable_sort(result.flags.begin(), result.flags.end(), [](const AgreementFlag &a, const AgreementFlag &b) {
        if (a.client != b.client)
            return a.client < b.client;
        if (a.allegation != b.allegation)
            return a.allegation < b.allegation;
        if (a.event != b.event)
            return a.event < b.event; // an empty ref (null) sorts first
        return a.rule < b.rule;
    });
    std::stable_sort(result.bases.begin(), result.bases.end(), [](const AllegationBasis &a, const AllegationBasis &b) {
        return a.client != b.client ? a.client < b.client : a.allegation < b.allegation;
    });
    result.findings = findings(asOf);
    return result;
}

QString AgreementCheck::ruleCode(FlagRule rule)
{
    switch (rule) {
    case FlagRule::NoAgreement: return QStringLiteral("no_agreement");
    case FlagRule::OutsideTerm: return QStringLiteral("outside_term");
    case FlagRule::UseTermsWithheld: return QStringLiteral("use_terms_withheld");
    case FlagRule::OutsideStatedPurpose: return QStringLiteral("outside_stated_purpose");
    case FlagRule::PersonNotCovered: return QStringLiteral("person_not_covered");
    case FlagRule::ThirdPartyUse: return QStringLiteral("third_party_use");
    }
    return {};
}

QString AgreementCheck::ruleCode(FindingRule rule)
{
    return rule == FindingRule::ReviewMissing ? QStringLiteral("review_missing") : QStringLiteral("sop_missing");
}

QString AgreementCheck::ruleDescription(FlagRule rule)
{
    switch (rule) {
    case FlagRule::NoAgreement: return tr("No agreement on file covers this program and country.");
    case FlagRule::OutsideTerm: return tr("No agreement for this program and country was in force when the allegation was made.");
    case FlagRule::UseTermsWithheld: return tr("The decision relied on data whose terms of use were withheld from the FOIA release.");
    case FlagRule::OutsideStatedPurpose: return tr("The decision falls outside the purposes the agreement states.");
    case FlagRule::PersonNotCovered: return tr("The agreement covers only nationals of the partner country, and the client is not one.");
    case FlagRule::ThirdPartyUse: return tr("The decision was taken outside the receiving agency, where the agreement requires the partner's authorization.");
    }
    return {};
}

QString AgreementCheck::ruleDescription(FindingRule rule)
{
    return rule == FindingRule::ReviewMissing ? tr("No review is on file within a year of signing.")
                                              : tr("The agreement says an SOP accompanies it, and none is on file.");
}

QString AgreementCheck::basisDescription(const AllegationBasis &basis)
{
    switch (basis.outcome) {
    case AllegationBasis::Outcome::NoOriginCountry: return tr("No governing agreement: the allegation's origin country is not recorded.");
    case AllegationBasis::Outcome::NoCandidate: return tr("No governing agreement: none on file for this program and country.");
    case AllegationBasis::Outcome::Governs: return tr("Governed by %1.").arg(basis.agreement);
    case AllegationBasis::Outcome::GovernsConditionally: return tr("Governed by %1, if it was in force (the dates cannot tell).").arg(basis.agreement);
    case AllegationBasis::Outcome::OutOfForce: return tr("No agreement was in force; the nearest is %1.").arg(basis.agreement);
    }
    return {};
}

QString AgreementCheck::basisName(const AgreementFlag &flag)
{
    return flag.inference ? tr("our reading") : tr("the text says so");
}

QString AgreementCheck::statusName(const AgreementFlag &flag)
{
    return flag.conditional ? tr("conditional") : tr("flag");
}

QString AgreementCheck::clauseText(const AgreementFlag &flag)
{
    if (!flag.clause)
        return {};
    if (flag.rule == FlagRule::UseTermsWithheld)
        return tr("Withheld section: %1").arg(*flag.clause);
    return Quotation::quoted(*flag.clause);
}

QJsonObject AgreementCheck::toJson(const CheckResult &result)
{
    auto textOrNull = [](const QString &text) { return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text); };
    auto citations = [](const QList<EvidenceCitation> &list) {
        QJsonArray array;
        for (const EvidenceCitation &c : list) {
            QJsonObject o{{QStringLiteral("document"), c.document}};
            if (c.page > 0)
                o.insert(QStringLiteral("page"), c.page);
            array.append(o);
        }
        return array;
    };
    QJsonArray flags;
    for (const AgreementFlag &f : result.flags) {
        QJsonObject o{{QStringLiteral("rule"), ruleCode(f.rule)},
                      {QStringLiteral("client"), f.client},
                      {QStringLiteral("allegation"), f.allegation},
                      {QStringLiteral("event"), textOrNull(f.event)},
                      {QStringLiteral("agreement"), textOrNull(f.agreement)},
                      {QStringLiteral("basis"), f.inference ? QStringLiteral("inference") : QStringLiteral("text")},
                      {QStringLiteral("status"), f.conditional ? QStringLiteral("conditional") : QStringLiteral("flag")},
                      {QStringLiteral("clause"), f.clause ? QJsonValue(*f.clause) : QJsonValue(QJsonValue::Null)},
                      {QStringLiteral("evidence"), citations(f.evidence)}};
        if (f.rule == FlagRule::UseTermsWithheld) {
            QJsonArray vaughn;
            for (const VaughnReference &v : f.vaughn)
                vaughn.append(QJsonObject{{QStringLiteral("index_id"), v.indexId}, {QStringLiteral("entry"), v.entry}});
            o.insert(QStringLiteral("vaughn"), vaughn);
        }
        flags.append(o);
    }
    QJsonArray findings;
    for (const AgreementFinding &f : result.findings) {
        findings.append(QJsonObject{{QStringLiteral("rule"), ruleCode(f.rule)},
                                    {QStringLiteral("agreement"), f.agreement},
                                    {QStringLiteral("basis"), QStringLiteral("text")},
                                    {QStringLiteral("clause"), f.clause ? QJsonValue(*f.clause) : QJsonValue(QJsonValue::Null)},
                                    {QStringLiteral("evidence"), citations(f.evidence)}});
    }
    return {{QStringLiteral("as_of"), result.asOf.toString(Qt::ISODate)},
            {QStringLiteral("flags"), flags},
            {QStringLiteral("agreement_findings"), findings}};
}

} // namespace rebuttal
