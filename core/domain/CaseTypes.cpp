#include "CaseTypes.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace rebuttal {

namespace {

template <typename Enum, std::size_t N>
using CodeTable = std::array<std::pair<Enum, const char *>, N>;

constexpr CodeTable<AllegationSource, 7> kSources{{
    {AllegationSource::Safe, "SAFE"},
    {AllegationSource::Tag, "TAG"},
    {AllegationSource::Chis, "CHIS"},
    {AllegationSource::RedNotice, "RED_NOTICE"},
    {AllegationSource::BiometricSharing, "BIOMETRIC_SHARING"},
    {AllegationSource::Ncic, "NCIC"},
    {AllegationSource::Other, "OTHER"},
}};

constexpr CodeTable<AllegationKind, 5> kKinds{{
    {AllegationKind::GangAffiliation, "gang_affiliation"},
    {AllegationKind::CriminalHistory, "criminal_history"},
    {AllegationKind::ArmedGroup, "armed_group"},
    {AllegationKind::Warrant, "warrant"},
    {AllegationKind::Other, "other"},
}};

constexpr CodeTable<AllegationStatus, 5> kStatuses{{
    {AllegationStatus::Unverified, "unverified"},
    {AllegationStatus::Contested, "contested"},
    {AllegationStatus::Rebutted, "rebutted"},
    {AllegationStatus::Withdrawn, "withdrawn"},
    {AllegationStatus::Blocked, "blocked"},
}};

constexpr CodeTable<EventType, 29> kEventTypes{{
    {EventType::Encounter, "encounter"},
    {EventType::Apprehension, "apprehension"},
    {EventType::DetentionStart, "detention_start"},
    {EventType::Release, "release"},
    {EventType::Removal, "removal"},
    {EventType::BondHearing, "bond_hearing"},
    {EventType::BondDenied, "bond_denied"},
    {EventType::BondGranted, "bond_granted"},
    {EventType::ParoleDenied, "parole_denied"},
    {EventType::PdDenied, "pd_denied"},
    {EventType::PdGranted, "pd_granted"},
    {EventType::Separation, "separation"},
    {EventType::Reunification, "reunification"},
    {EventType::CredibleFearInterview, "credible_fear_interview"},
    {EventType::AsylumDenied, "asylum_denied"},
    {EventType::AsylumGranted, "asylum_granted"},
    {EventType::SnpcBarApplied, "snpc_bar_applied"},
    {EventType::CatGranted, "cat_granted"},
    {EventType::WithholdingGranted, "withholding_granted"},
    {EventType::AppealFiled, "appeal_filed"},
    {EventType::Remand, "remand"},
    {EventType::SolitaryStart, "solitary_start"},
    {EventType::SolitaryEnd, "solitary_end"},
    {EventType::RedNoticeIssued, "red_notice_issued"},
    {EventType::RedNoticeBlocked, "red_notice_blocked"},
    {EventType::RedNoticeWithdrawn, "red_notice_withdrawn"},
    {EventType::RebuttalFiled, "rebuttal_filed"},
    {EventType::AllegationWithdrawn, "allegation_withdrawn"},
    {EventType::Other, "other"},
}};

template <typename Enum, std::size_t N>
QString lookupCode(const CodeTable<Enum, N> &table, Enum value)
{
    for (const auto &[candidate, code] : table) {
        if (candidate == value)
            return QString::fromLatin1(code);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> lookupValue(const CodeTable<Enum, N> &table, const QString &code)
{
    for (const auto &[value, candidate] : table) {
        if (code == QLatin1String(candidate))
            return value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QStringList codesOf(const CodeTable<Enum, N> &table)
{
    QStringList codes;
    for (const auto &entry : table)
        codes << QString::fromLatin1(entry.second);
    return codes;
}

} // namespace

QString codeOf(AllegationSource value) { return lookupCode(kSources, value); }
QString codeOf(AllegationKind value) { return lookupCode(kKinds, value); }
QString codeOf(AllegationStatus value) { return lookupCode(kStatuses, value); }
QString codeOf(EventType value) { return lookupCode(kEventTypes, value); }

template <> std::optional<AllegationSource> fromCode(const QString &code) { return lookupValue(kSources, code); }
template <> std::optional<AllegationKind> fromCode(const QString &code) { return lookupValue(kKinds, code); }
template <> std::optional<AllegationStatus> fromCode(const QString &code) { return lookupValue(kStatuses, code); }
template <> std::optional<EventType> fromCode(const QString &code) { return lookupValue(kEventTypes, code); }

template <> QStringList allCodes<AllegationSource>() { return codesOf(kSources); }
template <> QStringList allCodes<AllegationKind>() { return codesOf(kKinds); }
template <> QStringList allCodes<AllegationStatus>() { return codesOf(kStatuses); }
template <> QStringList allCodes<EventType>() { return codesOf(kEventTypes); }

QString displayName(AllegationSource value)
{
    switch (value) {
    case AllegationSource::Safe: return QCoreApplication::translate("CaseTypes", "SAFE task force");
    case AllegationSource::Tag: return QCoreApplication::translate("CaseTypes", "FBI TAG unit");
    case AllegationSource::Chis: return QCoreApplication::translate("CaseTypes", "CHIS criminal-history sharing");
    case AllegationSource::RedNotice: return QCoreApplication::translate("CaseTypes", "Interpol Red Notice");
    case AllegationSource::BiometricSharing: return QCoreApplication::translate("CaseTypes", "Biometric data sharing");
    case AllegationSource::Ncic: return QCoreApplication::translate("CaseTypes", "NCIC hit");
    case AllegationSource::Other: return QCoreApplication::translate("CaseTypes", "Other source");
    }
    return {};
}

QString shortName(AllegationSource value)
{
    switch (value) {
    case AllegationSource::RedNotice: return QCoreApplication::translate("CaseTypes", "Red Notice");
    case AllegationSource::BiometricSharing: return QCoreApplication::translate("CaseTypes", "Biometric");
    case AllegationSource::Other: return QCoreApplication::translate("CaseTypes", "Other");
    default: return codeOf(value); // program acronyms read the same in every language
    }
}

QString displayName(EventType value)
{
    switch (value) {
    case EventType::Encounter: return QCoreApplication::translate("CaseTypes", "Encounter");
    case EventType::Apprehension: return QCoreApplication::translate("CaseTypes", "Apprehension");
    case EventType::DetentionStart: return QCoreApplication::translate("CaseTypes", "Detained");
    case EventType::Release: return QCoreApplication::translate("CaseTypes", "Released");
    case EventType::Removal: return QCoreApplication::translate("CaseTypes", "Removed");
    case EventType::BondHearing: return QCoreApplication::translate("CaseTypes", "Bond hearing");
    case EventType::BondDenied: return QCoreApplication::translate("CaseTypes", "Bond denied");
    case EventType::BondGranted: return QCoreApplication::translate("CaseTypes", "Bond granted");
    case EventType::ParoleDenied: return QCoreApplication::translate("CaseTypes", "Parole denied");
    case EventType::PdDenied: return QCoreApplication::translate("CaseTypes", "Prosecutorial discretion denied");
    case EventType::PdGranted: return QCoreApplication::translate("CaseTypes", "Prosecutorial discretion granted");
    case EventType::Separation: return QCoreApplication::translate("CaseTypes", "Family separated");
    case EventType::Reunification: return QCoreApplication::translate("CaseTypes", "Family reunified");
    case EventType::CredibleFearInterview: return QCoreApplication::translate("CaseTypes", "Credible fear interview");
    case EventType::AsylumDenied: return QCoreApplication::translate("CaseTypes", "Asylum denied");
    case EventType::AsylumGranted: return QCoreApplication::translate("CaseTypes", "Asylum granted");
    case EventType::SnpcBarApplied: return QCoreApplication::translate("CaseTypes", "Serious non-political crime bar applied");
    case EventType::CatGranted: return QCoreApplication::translate("CaseTypes", "CAT protection granted");
    case EventType::WithholdingGranted: return QCoreApplication::translate("CaseTypes", "Withholding of removal granted");
    case EventType::AppealFiled: return QCoreApplication::translate("CaseTypes", "Appeal filed");
    case EventType::Remand: return QCoreApplication::translate("CaseTypes", "Remanded");
    case EventType::SolitaryStart: return QCoreApplication::translate("CaseTypes", "Solitary confinement begins");
    case EventType::SolitaryEnd: return QCoreApplication::translate("CaseTypes", "Solitary confinement ends");
    case EventType::RedNoticeIssued: return QCoreApplication::translate("CaseTypes", "Red Notice issued");
    case EventType::RedNoticeBlocked: return QCoreApplication::translate("CaseTypes", "Red Notice blocked");
    case EventType::RedNoticeWithdrawn: return QCoreApplication::translate("CaseTypes", "Red Notice withdrawn");
    case EventType::RebuttalFiled: return QCoreApplication::translate("CaseTypes", "Rebuttal evidence filed");
    case EventType::AllegationWithdrawn: return QCoreApplication::translate("CaseTypes", "Allegation withdrawn");
    case EventType::Other: return QCoreApplication::translate("CaseTypes", "Other event");
    }
    return {};
}

QString displayName(AllegationKind value)
{
    switch (value) {
    case AllegationKind::GangAffiliation: return QCoreApplication::translate("CaseTypes", "Gang affiliation");
    case AllegationKind::CriminalHistory: return QCoreApplication::translate("CaseTypes", "Criminal history");
    case AllegationKind::ArmedGroup: return QCoreApplication::translate("CaseTypes", "Armed group");
    case AllegationKind::Warrant: return QCoreApplication::translate("CaseTypes", "Warrant");
    case AllegationKind::Other: return QCoreApplication::translate("CaseTypes", "Other allegation");
    }
    return {};
}

QString displayName(AllegationStatus value)
{
    switch (value) {
    case AllegationStatus::Unverified: return QCoreApplication::translate("CaseTypes", "Unverified");
    case AllegationStatus::Contested: return QCoreApplication::translate("CaseTypes", "Contested");
    case AllegationStatus::Rebutted: return QCoreApplication::translate("CaseTypes", "Rebutted");
    case AllegationStatus::Withdrawn: return QCoreApplication::translate("CaseTypes", "Withdrawn");
    case AllegationStatus::Blocked: return QCoreApplication::translate("CaseTypes", "Blocked");
    }
    return {};
}

} // namespace rebuttal
