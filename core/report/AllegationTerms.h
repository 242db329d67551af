// Translated names of an allegation's kind and status, for reports and the timeline (CaseTypes
// names sources and event types; these two vocabularies had no human names yet).
#pragma once

#include "domain/CaseTypes.h"

#include <QString>

namespace rebuttal {

QString allegationKindName(AllegationKind kind);
QString allegationStatusName(AllegationStatus status);

} // namespace rebuttal
