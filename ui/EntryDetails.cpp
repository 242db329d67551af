#include "EntryDetails.h"

#include "ExemptionPalette.h"
#include "models/VaughnEntryModel.h"

namespace rebuttal {

QString EntryDetails::kindName(FindingKind kind)
{
    switch (kind) {
    case FindingKind::StampedNotClaimed: return tr("Applied but not claimed");
    case FindingKind::ClaimedNotStamped: return tr("Claimed but never applied");
    case FindingKind::ClaimedLabelUnread: return tr("Claimed; a label on its page is cut off");
    case FindingKind::WithheldPageMissing: return tr("Withheld page missing from the index");
    case FindingKind::ListedPageUnredacted: return tr("Listed page has no redaction");
    case FindingKind::MissingJustification: return tr("No justification given");
    case FindingKind::BoilerplateJustification: return tr("Boilerplate justification");
    case FindingKind::BadRedaction: return tr("Text readable under a redaction");
    case FindingKind::PageNotAnalysed: return tr("Page not analysed");
    }
    return {};
}

QString EntryDetails::nextStep(FindingKind kind)
{
    switch (kind) {
    case FindingKind::StampedNotClaimed:
        return tr("Ask the agency to justify this exemption in the index, or to release what it withholds.");
    case FindingKind::ClaimedNotStamped:
        return tr("Ask the agency where it applied this exemption; a claim applied nowhere should be withdrawn.");
    case FindingKind::ClaimedLabelUnread:
        return tr("Open the page (double-click) and read the label by eye: if it does not name this exemption, the "
                  "claim is applied nowhere; if it does, correct the box's exemptions so the audit knows.");
    case FindingKind::WithheldPageMissing:
        return tr("Ask the agency to add an entry for this page to the index, with its reasons.");
    case FindingKind::ListedPageUnredacted:
        return tr("Open the page (double-click) and check it: draw any box Rebuttal missed, or note that the index lists "
                  "a page released in full.");
    case FindingKind::MissingJustification:
        return tr("Challenge the exemption: the index must give a reason for each exemption it claims.");
    case FindingKind::BoilerplateJustification:
        return tr("Courts reject pasted justifications: ask for reasons specific to each withholding.");
    case FindingKind::BadRedaction:
        return tr("Open the page (double-click) to see the text left under the box, and decide with your team how to "
                  "treat it.");
    case FindingKind::PageNotAnalysed:
        return tr("Open the page (double-click) and check it by eye, or run Detect Again on the Documents page.");
    }
    return {};
}

QList<AuditFinding> EntryDetails::about(const VaughnEntry &entry, const QList<AuditFinding> &findings)
{
    QList<AuditFinding> result;
    for (const AuditFinding &f : findings) {
        if (f.entry == entry.number || f.entries.contains(entry.number))
            result << f;
    }
    return result;
}

QString EntryDetails::html(const VaughnEntry &entry, const QList<AuditFinding> &findings)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Entry %1: %2").arg(entry.number).arg(entry.documentId.toHtmlEscaped()));
    html += QStringLiteral("<p><b>%1</b> %2 &nbsp; <b>%3</b> %4</p>")
                .arg(tr("Withholding:"), VaughnEntryModel::withholdingText(entry.withholding), tr("Pages:"),
                     entry.pagesAsWritten.isEmpty() ? tr("none listed") : entry.pagesAsWritten.toHtmlEscaped());
    if (!entry.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(entry.description.toHtmlEscaped());
    const QList<AuditFinding> own = about(entry, findings);
    if (!own.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Audit findings"));
        for (const AuditFinding &f : own)
            html += QStringLiteral("<li><b>%1</b>: %2</li>").arg(kindName(f.kind), f.detail.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Reasons given per exemption"));
    QStringList codes = entry.exemptions;
    for (const QString &code : entry.justifications.keys()) {
        if (!codes.contains(code))
            codes << code;
    }
    if (codes.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("The entry claims no exemption."));
    for (const QString &code : std::as_const(codes)) {
        const QString reasons = entry.justifications.value(code).trimmed();
        html += QStringLiteral("<p><span style=\"background:%1;color:white\">&nbsp;%2&nbsp;</span>%3<br>%4</p>")
                    .arg(ExemptionPalette::color(code).name(), code.toHtmlEscaped(),
                         entry.exemptions.contains(code) ? QString() : QStringLiteral(" <i>%1</i>").arg(tr("(reasons given but not claimed)")),
                         reasons.isEmpty() ? QStringLiteral("<i>%1</i>").arg(tr("No reason is given for this exemption."))
                                           : reasons.toHtmlEscaped());
    }
    return html;
}

} // namespace rebuttal
