// A Vaughn entry as rich text for the details panes: its document, pages, description, the
// reasons given for each exemption (or that none were), and the audit's findings about it.
#pragma once

#include "vaughn/AuditFinding.h"
#include "domain/VaughnEntry.h"

#include <QCoreApplication>

namespace rebuttal {

class EntryDetails
{
    Q_DECLARE_TR_FUNCTIONS(EntryDetails)

public:
    static QString html(const VaughnEntry &entry, const QList<AuditFinding> &findings);
    // The findings that concern `entry` (its own, and those that name it among several).
    static QList<AuditFinding> about(const VaughnEntry &entry, const QList<AuditFinding> &findings);
    // The name of a finding kind for people.
    static QString kindName(FindingKind kind);
    // What counsel can do about a finding of that kind, in one sentence.
    static QString nextStep(FindingKind kind);
};

} // namespace rebuttal
