// Audits Vaughn indexes against the productions in a case file: which exemptions were claimed
// and which applied, which withheld pages the index leaves out, which reasons are missing or
// pasted across entries, and which redactions leave text readable.
#pragma once

#include "AuditFinding.h"
#include "domain/VaughnEntry.h"
#include "store/DocumentCatalog.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <map>

namespace rebuttal {

class CaseStore;
class VaughnIndexStore;

struct ProductionPages
{
    qint64 id = 0;
    QString fileName;
    QList<ProductionPage> pages; // in page order
};

class VaughnAudit
{
    Q_DECLARE_TR_FUNCTIONS(VaughnAudit)

public:
    explicit VaughnAudit(QList<ProductionPages> productions);
    // Reads every production of the store (a case file; or any store through its DocumentReader).
    static VaughnAudit ofStore(CaseStore &store, StoreError *error = nullptr);
    static VaughnAudit ofStore(const DocumentReader &productions, StoreError *error = nullptr);
    // Every finding of every index in the store, index by index.
    static QList<AuditFinding> auditStore(CaseStore &store, StoreError *error = nullptr);
    static QList<AuditFinding> auditStore(const DocumentReader &productions, const VaughnIndexStore &indexes,
                                          StoreError *error = nullptr);

    QList<AuditFinding> audit(qint64 indexId, const QList<VaughnEntry> &entries) const;

    // The production pages an entry lists, resolved: a document identification that is a Bates
    // number names the document starting at that page (its page k is Bates + k - 1); otherwise
    // a production of that file name, or the only production. Pages not found are left out.
    QList<PageRef> pagesOf(const VaughnEntry &entry) const;
    const ProductionPage *page(const PageRef &ref) const;

    // Of `codes`, those `redaction`'s label, cut off or read only in part, may name without
    // showing them (a label on a scan, `scan`, may be misread too). Codes a user set on a box were
    // read by a person.
    static QStringList codesLabelMayName(const Redaction &redaction, bool scan, const QStringList &codes);

    // Near-identical texts: the same words after folding case, whitespace and punctuation, or
    // nearly so (similarity at least `threshold`, 0..1).
    static bool sameReasons(const QString &a, const QString &b, double threshold = 0.9);

private:
    // Which entries list each production page (by production and page number), the document
    // each entry names for it, and the productions the index speaks of.
    struct Listings
    {
        std::map<std::pair<qint64, int>, QList<int>> listedBy;
        std::map<std::pair<qint64, int>, QString> documentOf;
        QSet<qint64> scope;
    };
    using Findings = std::map<FindingKind, QList<AuditFinding>>;
    // The entry's own findings (exemptions claimed and applied, reasons missing); records what it lists.
    void auditEntry(qint64 indexId, const VaughnEntry &entry, Listings *listings, Findings *byKind) const;
    // Of the `claimed` codes, those a label on the `listed` pages may name without showing them
    // (cut off at its box's edge, or read only in part from a scan), the pages of those labels
    // and the first label's text.
    struct UnreadLabels
    {
        QStringList codes;
        QList<PageRef> pages;
        QString label;
    };
    UnreadLabels unreadLabels(const QList<PageRef> &listed, const QStringList &claimed) const;
    // The findings about the pages of the productions the entries list.
    void auditPages(qint64 indexId, const Listings &listings, Findings *byKind) const;
    static bool similarWords(const QStringList &a, const QStringList &b, double threshold);
    // Near-identical texts (folded words) grouped: each group keyed by its first member, members by index.
    static std::map<int, QList<int>> sameTextGroups(const QList<QStringList> &texts);
    void boilerplate(qint64 indexId, const QList<VaughnEntry> &entries, QList<AuditFinding> *findings) const;

    QList<ProductionPages> m_productions;
    QHash<QString, PageRef> m_byBates; // normalised Bates -> page
};

} // namespace rebuttal
