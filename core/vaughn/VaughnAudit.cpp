#include "VaughnAudit.h"

#include "PageList.h"
#include "domain/PageProblem.h"
#include "domain/ExemptionLabel.h"
#include "store/VaughnIndexes.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <map>
#include <numeric>

namespace rebuttal {

namespace {

// Bates numbers compare by prefix and counter, whatever the padding or spacing of the stamp.
QString batesKey(const QString &prefix, qint64 counter)
{
    return prefix.toUpper() + QLatin1Char('#') + QString::number(counter);
}

std::optional<std::pair<QString, qint64>> splitBates(QString bates)
{
    bates.remove(QRegularExpression(QStringLiteral("\\s+")));
    return PageList::splitBates(bates);
}

// The codes of `a` that `b` does not match (ExemptionLabel::isMatchedIn).
QStringList minus(const QStringList &a, const QStringList &b)
{
    QStringList result;
    for (const QString &code : a) {
        if (!ExemptionLabel::isMatchedIn(code, b))
            result << code;
    }
    return result;
}

// A page counts as redacted when it carries a box, an exemption of its own, or is withheld in full.
bool isRedacted(const ProductionPage &page)
{
    return page.withheldInFull || !page.redactions.isEmpty() || !page.pageExemptions.isEmpty();
}

// Text left under this box, other than the exemption label printed on it.
bool leavesTextReadable(const Redaction &r)
{
    const QString under = r.textUnderBox.trimmed();
    return !under.isEmpty() && !ExemptionLabel::isLabel(under);
}

bool hasTextUnder(const ProductionPage &page)
{
    return std::any_of(page.redactions.cbegin(), page.redactions.cend(), leavesTextReadable);
}

QStringList foldedWords(const QString &text)
{
    QString folded = text.toCaseFolded();
    folded.replace(QRegularExpression(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption),
                   QStringLiteral(" "));
    return folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString quoted(const QString &text, int length = 90)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length).trimmed() + QChar(0x2026);
}

QString numberList(const QList<int> &numbers)
{
    QStringList parts;
    for (const int n : numbers)
        parts << QString::number(n);
    return parts.join(QStringLiteral(", "));
}

constexpr int kMinBoilerplateWords = 5;

} // namespace

QList<FindingKind> FindingKinds::all()
{
    return {FindingKind::StampedNotClaimed,    FindingKind::ClaimedNotStamped,    FindingKind::ClaimedLabelUnread,
            FindingKind::WithheldPageMissing,  FindingKind::ListedPageUnredacted, FindingKind::MissingJustification,
            FindingKind::BoilerplateJustification, FindingKind::BadRedaction,     FindingKind::PageNotAnalysed};
}

QString FindingKinds::code(FindingKind kind)
{
    switch (kind) {
    case FindingKind::StampedNotClaimed: return QStringLiteral("stamped_not_claimed");
    case FindingKind::ClaimedNotStamped: return QStringLiteral("claimed_not_stamped");
    case FindingKind::ClaimedLabelUnread: return QStringLiteral("claimed_label_unread");
    case FindingKind::WithheldPageMissing: return QStringLiteral("withheld_page_missing");
    case FindingKind::ListedPageUnredacted: return QStringLiteral("listed_page_unredacted");
    case FindingKind::MissingJustification: return QStringLiteral("missing_justification");
    case FindingKind::BoilerplateJustification: return QStringLiteral("boilerplate_justification");
    case FindingKind::BadRedaction: return QStringLiteral("bad_redaction");
    case FindingKind::PageNotAnalysed: return QStringLiteral("page_not_analysed");
    }
    return {};
}

VaughnAudit::VaughnAudit(QList<ProductionPages> productions)
    : m_productions(std::move(productions))
{
    for (const ProductionPages &production : std::as_const(m_productions)) {
        for (const ProductionPage &page : production.pages) {
            if (const auto bates = splitBates(page.bates)) {
                const QString key = batesKey(bates->first, bates->second);
                if (!m_byBates.contains(key))
                    m_byBates.insert(key, PageRef{production.id, page.number, page.bates});
            }
        }
    }
}

VaughnAudit VaughnAudit::ofStore(CaseStore &store, StoreError *error)
{
    return ofStore(DocumentCatalog(store), error);
}

VaughnAudit VaughnAudit::ofStore(const DocumentReader &catalog, StoreError *error)
{
    QList<ProductionPages> productions;
    StoreError failure;
    for (const DocumentSummary &document : catalog.documents(&failure)) {
        // Each call resets its error: stop at the first failure rather than let the next success hide it.
        StoreError pagesError;
        productions << ProductionPages{document.id, document.fileName, catalog.pages(document.id, &pagesError)};
        if (pagesError.isError()) {
            failure = pagesError;
            break;
        }
    }
    if (error)
        *error = failure;
    return VaughnAudit(productions);
}

QList<AuditFinding> VaughnAudit::auditStore(CaseStore &store, StoreError *error)
{
    return auditStore(DocumentCatalog(store), VaughnIndexes(store), error);
}

QList<AuditFinding> VaughnAudit::auditStore(const DocumentReader &productions, const VaughnIndexStore &indexes,
                                            StoreError *error)
{
    StoreError failure;
    const VaughnAudit audit = ofStore(productions, &failure);
    QList<AuditFinding> findings;
    const QList<VaughnIndexSummary> all = failure.isError() ? QList<VaughnIndexSummary>() : indexes.indexes(&failure);
    for (const VaughnIndexSummary &index : all) {
        StoreError entriesError;
        const auto entries = indexes.entries(index.id, &entriesError);
        if (entriesError.isError()) {
            failure = entriesError;
            break;
        }
        findings << audit.audit(index.id, entries);
    }
    if (error)
        *error = failure;
    return findings;
}

const ProductionPage *VaughnAudit::page(const PageRef &ref) const
{
    for (const ProductionPages &production : m_productions) {
        if (production.id != ref.production)
            continue;
        if (ref.page >= 1 && ref.page <= production.pages.size() && production.pages.at(ref.page - 1).number == ref.page)
            return &production.pages.at(ref.page - 1);
        for (const ProductionPage &page : production.pages) {
            if (page.number == ref.page)
                return &page;
        }
    }
    return nullptr;
}

QList<PageRef> VaughnAudit::pagesOf(const VaughnEntry &entry) const
{
    QList<PageRef> refs;
    auto add = [&](qint64 production, int number) {
        PageRef ref{production, number, {}};
        if (const ProductionPage *p = page(ref)) {
            ref.bates = p->bates;
            if (!refs.contains(ref))
                refs << ref;
        }
    };
    if (const auto start = splitBates(entry.documentId)) {
        const auto first = m_byBates.constFind(batesKey(start->first, start->second));
        for (const int k : entry.pages) {
            const auto found = m_byBates.constFind(batesKey(start->first, start->second + k - 1));
            if (found != m_byBates.cend())
                add(found->production, found->page);
            else if (first != m_byBates.cend())
                add(first->production, first->page + k - 1); // a page whose stamp was not read
        }
        // A Bates number that no stamped page carries names a document this case file does not
        // hold; only when no page has a readable stamp at all is the entry matched by name.
        if (first != m_byBates.cend() || !refs.isEmpty() || !m_byBates.isEmpty())
            return refs;
    }
    // Not a Bates number: a production of that name, or the only one there is.
    const ProductionPages *production = nullptr;
    for (const ProductionPages &p : m_productions) {
        const QFileInfo name(p.fileName);
        if (!entry.documentId.isEmpty()
            && (entry.documentId.compare(name.fileName(), Qt::CaseInsensitive) == 0
                || entry.documentId.compare(name.completeBaseName(), Qt::CaseInsensitive) == 0)) {
            production = &p;
        }
    }
    if (!production && m_productions.size() == 1)
        production = &m_productions.first();
    if (production) {
        for (const int k : entry.pages)
            add(production->id, k);
    }
    return refs;
}

QList<AuditFinding> VaughnAudit::audit(qint64 indexId, const QList<VaughnEntry> &entries) const
{
    Findings byKind;
    Listings listings;
    for (const VaughnEntry &entry : entries)
        auditEntry(indexId, entry, &listings, &byKind);
    auditPages(indexId, listings, &byKind);

    QList<AuditFinding> findings;
    for (const FindingKind kind : FindingKinds::all()) {
        if (kind == FindingKind::BoilerplateJustification)
            boilerplate(indexId, entries, &findings);
        else if (byKind.count(kind))
            findings << byKind[kind];
    }
    return findings;
}

void VaughnAudit::auditEntry(qint64 indexId, const VaughnEntry &entry, Listings *listings, Findings *byKind) const
{
    auto entryFinding = [&](FindingKind kind, const QStringList &codes, const QString &detail, const QList<PageRef> &pages) {
        AuditFinding f;
        f.kind = kind;
        f.indexId = indexId;
        f.entry = entry.number;
        f.documentId = entry.documentId;
        f.exemptions = ExemptionLabel::normalized(codes);
        f.detail = detail;
        f.pages = pages;
        (*byKind)[kind] << f;
    };
    // Which entries list each production page; which productions the index speaks of.
    const QList<PageRef> listed = pagesOf(entry);
    QStringList applied;
    for (const PageRef &ref : listed) {
        listings->listedBy[{ref.production, ref.page}] << entry.number;
        listings->documentOf.emplace(std::make_pair(ref.production, ref.page), entry.documentId);
        listings->scope.insert(ref.production);
        applied << page(ref)->exemptions();
    }
    applied = ExemptionLabel::normalized(applied);

    if (const QStringList unclaimed = minus(applied, entry.exemptions); !unclaimed.isEmpty()) {
        QList<PageRef> where;
        for (const PageRef &ref : listed) {
            if (!minus(page(ref)->exemptions(), entry.exemptions).isEmpty())
                where << ref;
        }
        entryFinding(FindingKind::StampedNotClaimed, unclaimed,
                     tr("Entry %1 does not claim %2, but its pages apply it.").arg(entry.number).arg(unclaimed.join(QStringLiteral(", "))),
                     where);
    }
    if (!listed.isEmpty()) {
        // A label cut off at its box's edge ("(b)(6), (b)") or read only in part from a scan may
        // name the codes the entry claims: its page cannot say they are not applied, and the
        // finding says so, pointing at the label, rather than accuse the agency of a claim the
        // page may bear out.
        const QStringList unapplied = minus(entry.exemptions, applied);
        const UnreadLabels unread = unreadLabels(listed, unapplied);
        if (const QStringList unstamped = minus(unapplied, unread.codes); !unstamped.isEmpty()) {
            entryFinding(FindingKind::ClaimedNotStamped, unstamped,
                         tr("Entry %1 claims %2, but none of its %n page(s) applies it.", nullptr, int(listed.size()))
                             .arg(entry.number)
                             .arg(unstamped.join(QStringLiteral(", "))),
                         listed);
        }
        if (!unread.codes.isEmpty()) {
            const PageRef &first = unread.pages.first();
            entryFinding(FindingKind::ClaimedLabelUnread, unread.codes,
                         tr("Entry %1 claims %2, which none of its pages shows, but a label on %3 is cut off or partly "
                            "illegible (\"%4\"): check the page before relying on this.")
                             .arg(entry.number)
                             .arg(unread.codes.join(QStringLiteral(", ")))
                             .arg(first.bates.isEmpty() ? tr("page %1").arg(first.page) : tr("Bates %1").arg(first.bates))
                             .arg(unread.label),
                         unread.pages);
        }
    }
    QStringList unjustified;
    for (const QString &code : entry.exemptions) {
        if (entry.justifications.value(code).trimmed().isEmpty())
            unjustified << code;
    }
    if (!unjustified.isEmpty()) {
        entryFinding(FindingKind::MissingJustification, unjustified,
                     tr("Entry %1 claims %2 without giving any reason for it.").arg(entry.number).arg(unjustified.join(QStringLiteral(", "))),
                     listed.mid(0, 1));
    }
}

QStringList VaughnAudit::codesLabelMayName(const Redaction &redaction, bool scan, const QStringList &codes)
{
    if (redaction.codesByUser || codes.isEmpty())
        return {};
    // "(b)" may be any code, "(b)(7)" any of exemption 7's.
    const QString open = ExemptionLabel::unreadCode(redaction.label, scan);
    if (open.isEmpty())
        return {};
    QStringList named;
    std::copy_if(codes.cbegin(), codes.cend(), std::back_inserter(named), [&open](const QString &code) { return code.startsWith(open); });
    return named;
}

VaughnAudit::UnreadLabels VaughnAudit::unreadLabels(const QList<PageRef> &listed, const QStringList &claimed) const
{
    UnreadLabels unread;
    if (claimed.isEmpty())
        return unread;
    for (const PageRef &ref : listed) {
        const ProductionPage *p = page(ref);
        for (const Redaction &r : p->redactions) {
            const QStringList named = codesLabelMayName(r, p->imageOnly, claimed);
            if (named.isEmpty())
                continue;
            unread.codes << named;
            if (!unread.pages.contains(ref))
                unread.pages << ref;
            if (unread.label.isEmpty())
                unread.label = r.label.simplified();
        }
    }
    unread.codes = ExemptionLabel::normalized(unread.codes);
    return unread;
}

void VaughnAudit::auditPages(qint64 indexId, const Listings &listings, Findings *byKind) const
{
    // Page by page, over the productions the index describes (none when it names no page of them).
    for (const ProductionPages &production : m_productions) {
        if (!listings.scope.contains(production.id))
            continue;
        for (const ProductionPage &p : production.pages) {
            const auto listing = listings.listedBy.find({production.id, p.number});
            const QList<int> entryNumbers = listing == listings.listedBy.end() ? QList<int>() : listing->second;
            auto pageFinding = [&](FindingKind kind, const QStringList &codes, const QString &detail) {
                AuditFinding f;
                f.kind = kind;
                f.indexId = indexId;
                f.bates = p.bates;
                f.exemptions = codes;
                f.detail = detail;
                f.pages = {PageRef{production.id, p.number, p.bates}};
                if (!entryNumbers.isEmpty()) {
                    f.entry = entryNumbers.first();
                    if (entryNumbers.size() > 1)
                        f.entries = entryNumbers;
                    f.documentId = listings.documentOf.at({production.id, p.number});
                }
                (*byKind)[kind] << f;
            };
            const QString where = p.bates.isEmpty() ? tr("Page %1 of %2").arg(p.number).arg(production.fileName)
                                                    : tr("Page %1 (Bates %2)").arg(p.number).arg(p.bates);
            if (p.withheldInFull && entryNumbers.isEmpty())
                pageFinding(FindingKind::WithheldPageMissing, p.exemptions(),
                            tr("%1 is withheld in full, but no entry of the index lists it.").arg(where));
            if (!entryNumbers.isEmpty() && !isRedacted(p) && p.problem.isEmpty())
                pageFinding(FindingKind::ListedPageUnredacted, {},
                            tr("%1 is listed by entry %2, but nothing on it is redacted.").arg(where, numberList(entryNumbers)));
            if (hasTextUnder(p)) {
                QStringList codes;
                for (const Redaction &r : p.redactions) {
                    if (leavesTextReadable(r))
                        codes << r.exemptions;
                }
                pageFinding(FindingKind::BadRedaction, ExemptionLabel::normalized(codes),
                            tr("%1 has a redaction whose text can still be copied out of the PDF.").arg(where));
            }
            // Its boxes and codes are unknown: every other finding about it may be missing.
            if (PageProblem::wasAnalysed(p.problem))
                pageFinding(FindingKind::PageNotAnalysed, p.exemptions(),
                            tr("%1 was analysed, but %2: redactions marked only in them are missing.").arg(where, PageProblem::text(p.problem)));
            else if (!p.problem.isEmpty())
                pageFinding(FindingKind::PageNotAnalysed, p.exemptions(),
                            tr("%1 was not analysed (%2): its redactions are unknown; run Detect Again.").arg(where, PageProblem::text(p.problem)));
        }
    }
}

bool VaughnAudit::sameReasons(const QString &a, const QString &b, double threshold)
{
    return similarWords(foldedWords(a), foldedWords(b), threshold);
}

bool VaughnAudit::similarWords(const QStringList &wa, const QStringList &wb, double threshold)
{
    if (wa.isEmpty() || wb.isEmpty())
        return false;
    const double shorter = std::min(wa.size(), wb.size()), longer = std::max(wa.size(), wb.size());
    if (shorter / longer < threshold)
        return false;
    if (wa == wb)
        return true;
    // Shared words, counted with their multiplicity (Dice coefficient over word bags): a few
    // words changed, added or dropped leave it high; a different paragraph does not come close.
    QHash<QString, int> counts;
    for (const QString &w : wa)
        ++counts[w];
    int shared = 0;
    for (const QString &w : wb) {
        auto it = counts.find(w);
        if (it != counts.end() && *it > 0) {
            --*it;
            ++shared;
        }
    }
    return 2.0 * shared / (wa.size() + wb.size()) >= threshold;
}

std::map<int, QList<int>> VaughnAudit::sameTextGroups(const QList<QStringList> &texts)
{
    // Groups of the same text: union-find. Texts equal after folding are joined at once.
    QList<int> parent(texts.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto root = [&](int i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    QHash<QString, int> firstWithText;
    QList<int> distinct;
    for (int i = 0; i < texts.size(); ++i) {
        const QString key = texts[i].join(QLatin1Char(' '));
        const auto found = firstWithText.constFind(key);
        if (found != firstWithText.cend()) {
            parent[root(i)] = root(*found);
        } else {
            firstWithText.insert(key, i);
            distinct << i;
        }
    }
    // Each distinct text joins the first group whose leading text it matches, or leads a new
    // one: one comparison per group rather than per pair, and no drift along a chain of texts
    // each a little different from the last.
    constexpr double kThreshold = 0.9;
    QList<int> leaders;
    for (const int i : std::as_const(distinct)) {
        for (const int leader : std::as_const(leaders)) {
            const double a = texts[i].size(), b = texts[leader].size();
            if (std::min(a, b) / std::max(a, b) >= kThreshold && similarWords(texts[i], texts[leader], kThreshold)) {
                parent[root(i)] = root(leader);
                break;
            }
        }
        if (root(i) == i)
            leaders << i;
    }
    std::map<int, QList<int>> groups;
    for (int i = 0; i < texts.size(); ++i)
        groups[root(i)] << i;
    return groups;
}

void VaughnAudit::boilerplate(qint64 indexId, const QList<VaughnEntry> &entries, QList<AuditFinding> *findings) const
{
    struct Reason
    {
        int entry;
        QString code;
        QString text;
    };
    QList<Reason> reasons;
    QList<QStringList> words;
    for (const VaughnEntry &entry : entries) {
        for (auto it = entry.justifications.cbegin(); it != entry.justifications.cend(); ++it) {
            const QStringList folded = foldedWords(it.value());
            if (folded.size() >= kMinBoilerplateWords) {
                reasons << Reason{entry.number, it.key(), it.value()};
                words << folded;
            }
        }
    }
    for (const auto &[first, members] : sameTextGroups(words)) {
        QList<int> numbers;
        QStringList codes;
        for (const int m : members) {
            if (!numbers.contains(reasons[m].entry))
                numbers << reasons[m].entry;
            codes << reasons[m].code;
        }
        if (numbers.size() < 2)
            continue;
        std::sort(numbers.begin(), numbers.end());
        AuditFinding f;
        f.kind = FindingKind::BoilerplateJustification;
        f.indexId = indexId;
        f.entries = numbers;
        f.exemptions = ExemptionLabel::normalized(codes);
        f.detail = tr("Entries %1 give the same reasons for %2: \u201c%3\u201d")
                       .arg(numberList(numbers), f.exemptions.join(QStringLiteral(", ")), quoted(reasons[first].text));
        for (const VaughnEntry &entry : entries) {
            if (entry.number == numbers.first()) {
                f.pages = pagesOf(entry).mid(0, 1);
                break;
            }
        }
        *findings << f;
    }
}

} // namespace rebuttal
