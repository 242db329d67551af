#include "AllegationTerms.h"

#include <QCoreApplication>

namespace rebuttal {

QString allegationKindName(AllegationKind kind)
{
    switch (kind) {
    case AllegationKind::GangAffiliation: return QCoreApplication::translate("AllegationTerms", "gang affiliation");
    case AllegationKind::CriminalHistory: return QCoreApplication::translate("AllegationTerms", "criminal history");
    case AllegationKind::ArmedGroup: return QCoreApplication::translate("AllegationTerms", "armed group membership");
    case AllegationKind::Warrant: return QCoreApplication::translate("AllegationTerms", "warrant");
    case AllegationKind::Other: return QCoreApplication::translate("AllegationTerms", "other allegation");
    }
    return {};
}

QString allegationStatusName(AllegationStatus status)
{
    switch (status) {
    case AllegationStatus::Unverified: return QCoreApplication::translate("AllegationTerms", "unverified");
    case AllegationStatus::Contested: return QCoreApplication::translate("AllegationTerms", "contested");
    case AllegationStatus::Rebutted: return QCoreApplication::translate("AllegationTerms", "rebutted");
    case AllegationStatus::Withdrawn: return QCoreApplication::translate("AllegationTerms", "withdrawn");
    case AllegationStatus::Blocked: return QCoreApplication::translate("AllegationTerms", "blocked");
    }
    return {};
}

} // namespace rebuttal
