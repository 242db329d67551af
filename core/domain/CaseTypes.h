// Closed vocabularies of the case records (rebuttal.cases v1): sources, kinds, statuses, event types.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace rebuttal {

enum class AllegationSource { Safe, Tag, Chis, RedNotice, BiometricSharing, Ncic, Other };
enum class AllegationKind { GangAffiliation, CriminalHistory, ArmedGroup, Warrant, Other };
enum class AllegationStatus { Unverified, Contested, Rebutted, Withdrawn, Blocked };
enum class EventType {
    Encounter, Apprehension, DetentionStart, Release, Removal, BondHearing, BondDenied, BondGranted,
    ParoleDenied, PdDenied, PdGranted, Separation, Reunification, CredibleFearInterview, AsylumDenied,
    AsylumGranted, SnpcBarApplied, CatGranted, WithholdingGranted, AppealFiled, Remand, SolitaryStart,
    SolitaryEnd, RedNoticeIssued, RedNoticeBlocked, RedNoticeWithdrawn, RebuttalFiled, AllegationWithdrawn,
    Other
};

// The interchange code of each value ("RED_NOTICE", "bond_denied"), as stored and exchanged.
QString codeOf(AllegationSource value);
QString codeOf(AllegationKind value);
QString codeOf(AllegationStatus value);
QString codeOf(EventType value);

// Parses an interchange code; std::nullopt for anything not in the vocabulary.
template <typename Enum> std::optional<Enum> fromCode(const QString &code);
template <> std::optional<AllegationSource> fromCode(const QString &code);
template <> std::optional<AllegationKind> fromCode(const QString &code);
template <> std::optional<AllegationStatus> fromCode(const QString &code);
template <> std::optional<EventType> fromCode(const QString &code);

// Every code of a vocabulary, in declaration order (for messages and pickers).
template <typename Enum> QStringList allCodes();
template <> QStringList allCodes<AllegationSource>();
template <> QStringList allCodes<AllegationKind>();
template <> QStringList allCodes<AllegationStatus>();
template <> QStringList allCodes<EventType>();

// Translated names for people (the UI and the PDF exports).
QString displayName(AllegationSource value);
// A compact label for tables and chart axes ("Red Notice", "SAFE").
QString shortName(AllegationSource value);
QString displayName(EventType value);
QString displayName(AllegationKind value);
QString displayName(AllegationStatus value);

} // namespace rebuttal
