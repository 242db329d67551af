// One disagreement between a Vaughn index and the production it describes, as the audit reports
// it (kinds and grouping as ../shared/CLI.md defines them).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rebuttal {

enum class FindingKind {
    StampedNotClaimed,        // applied on a listed page, not claimed by the entry
    ClaimedNotStamped,        // claimed by the entry, applied on none of its pages
    ClaimedLabelUnread,       // claimed by the entry, shown on none of its pages, but a label there is cut off or partly illegible
    WithheldPageMissing,      // a page withheld in full that no entry lists
    ListedPageUnredacted,     // an entry lists a page that carries no redaction
    MissingJustification,     // an exemption claimed with no reason given for it
    BoilerplateJustification, // the same reasons pasted across entries
    BadRedaction,             // text still extractable under a redaction box
    PageNotAnalysed,          // a page of the production the reader could not analyse: its redactions are unknown
};

// A production page: the document in the case file and its 1-based page number.
struct PageRef
{
    qint64 production = 0;
    int page = 0;
    QString bates;

    friend bool operator==(const PageRef &a, const PageRef &b) { return a.production == b.production && a.page == b.page; }
};

struct AuditFinding
{
    FindingKind kind = FindingKind::StampedNotClaimed;
    qint64 indexId = 0;
    int entry = 0;          // the entry, when the finding is about one (0: none)
    QList<int> entries;     // boilerplate: every entry carrying the text; pages listed by several entries
    QString documentId;     // the entry's document identification
    QString bates;          // page findings: the page's Bates number
    QStringList exemptions; // canonical, sorted
    QString detail;         // one sentence for people
    QList<PageRef> pages;   // the production pages the finding points at (first: the one to open)
};

class FindingKinds
{
public:
    // Every kind, in the order findings are reported.
    static QList<FindingKind> all();
    // The stable identifier used in JSON and CSV: "stamped_not_claimed", ...
    static QString code(FindingKind kind);
};

} // namespace rebuttal
