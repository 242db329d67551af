#include "VaughnColumn.h"

#include "JustificationSplitter.h"
#include "PageList.h"
#include "domain/ExemptionLabel.h"

#include <QRegularExpression>
#include <QSet>

namespace rebuttal {

namespace {
QString folded(const QString &header)
{
    QString text = header.toLower();
    text.replace(QRegularExpression(QStringLiteral("[^a-z0-9#/()]+")), QStringLiteral(" "));
    return text.simplified();
}

bool has(const QString &text, const char *pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern)).match(text).hasMatch();
}
} // namespace

VaughnColumn VaughnColumnName::columnOf(const QString &header)
{
    const QString h = folded(header);
    if (h.isEmpty() || h.size() > 80)
        return VaughnColumn::None;
    // Most specific first: "Description of ... Redacted Information" is not a withholding column.
    if (has(h, "\\bdescription\\b|\\bdocument description\\b|\\bsubject\\b"))
        return VaughnColumn::Description;
    if (has(h, "\\bjustifications?\\b|\\breasons?\\b|\\bbasis\\b|\\bexplanation\\b|\\brationale\\b"))
        return VaughnColumn::Justification;
    if (has(h, "\\bexemptions?\\b|\\bexemption\\(s\\)|\\bexemption s\\b|\\bfoia exemption"))
        return VaughnColumn::Exemptions;
    if (has(h, "^(number of )?pages?\\b|^page\\(s\\)|^pp\\b|\\bpage numbers?\\b|\\bpages withheld\\b|\\bpage\\(s\\)"))
        return VaughnColumn::Pages;
    if (has(h, "\\bwithholding\\b|\\bfull ?/ ?partial\\b|\\bfull or partial\\b|\\bwithheld\\b|\\bdisposition\\b|\\brelease status\\b"))
        return VaughnColumn::Withholding;
    if (has(h, "\\bdocument\\b|\\bidentification\\b|\\bbates\\b|\\bdoc id\\b|\\bdoc\\b|\\bcontrol number\\b"))
        return VaughnColumn::Document;
    if (has(h, "^(entry|item|index|row)\\b|^(no|#|number|nr)$|^entry"))
        return VaughnColumn::Entry;
    return VaughnColumn::None;
}

bool VaughnColumnName::isHeaderVocabulary(const QString &line)
{
    static const QSet<QString> words{
        QStringLiteral("entry"), QStringLiteral("number"), QStringLiteral("no"), QStringLiteral("document"),
        QStringLiteral("documents"), QStringLiteral("identification"), QStringLiteral("withholding"),
        QStringLiteral("full/partial"), QStringLiteral("full"), QStringLiteral("partial"), QStringLiteral("pages"),
        QStringLiteral("page(s)"), QStringLiteral("page"), QStringLiteral("description"), QStringLiteral("of"),
        QStringLiteral("and"), QStringLiteral("redacted"), QStringLiteral("information"), QStringLiteral("exemption(s)"),
        QStringLiteral("exemptions"), QStringLiteral("exemption"), QStringLiteral("applied"), QStringLiteral("to"),
        QStringLiteral("redactions"), QStringLiteral("bates"), QStringLiteral("justification"), QStringLiteral("/"),
    };
    const QStringList parts = line.toLower().split(QRegularExpression(QStringLiteral("[\\s:]+")), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return false;
    for (const QString &part : parts) {
        if (!words.contains(part))
            return false;
    }
    return true;
}

} // namespace rebuttal

namespace rebuttal {

bool VaughnRow::isEmpty() const
{
    for (const QString &text : cells) {
        if (!text.trimmed().isEmpty())
            return false;
    }
    return true;
}

void VaughnRow::append(VaughnColumn column, const QString &text)
{
    if (column == VaughnColumn::None || text.trimmed().isEmpty())
        return;
    QString &cell = cells[column];
    if (!cell.isEmpty())
        cell += QLatin1Char('\n');
    cell += text;
}

VaughnEntry VaughnRow::toEntry(int fallbackNumber) const
{
    VaughnEntry entry;
    static const QRegularExpression number(QStringLiteral("^\\s*(\\d{1,5})\\s*\\.?\\s*$"));
    const QRegularExpressionMatch m = number.match(cells.value(VaughnColumn::Entry));
    entry.number = m.hasMatch() ? m.captured(1).toInt() : fallbackNumber;

    // A document column may hold a Bates range: the document is named by its first number.
    const QString document = cells.value(VaughnColumn::Document).simplified();
    static const QRegularExpression rangeSplit(QStringLiteral("\\s+(?:-|–|—|to|through)\\s+|\\s*[–—]\\s*"));
    entry.documentId = document.split(rangeSplit, Qt::SkipEmptyParts).value(0).trimmed();
    entry.withholding = withholdingFromText(cells.value(VaughnColumn::Withholding));
    // An index with no withholding column often says it in the description ("withheld in full");
    // when nothing says so, the entry is taken as partial, the common case: the contract knows
    // only "full" and "partial". The reasons are not read for this: their boilerplate says
    // "withheld in full" of documents released in part (seed 000).
    if (entry.withholding == Withholding::Unknown)
        entry.withholding = withholdingFromText(cells.value(VaughnColumn::Description));
    if (entry.withholding == Withholding::Unknown)
        entry.withholding = Withholding::Partial;

    entry.pagesAsWritten = cells.value(VaughnColumn::Pages).simplified();
    if (!entry.pagesAsWritten.isEmpty()) {
        entry.pages = PageList::expand(entry.pagesAsWritten, entry.documentId).value_or(QList<int>());
    } else if (document.contains(QLatin1Char(' '))) {
        // "2022-ICLI00010 - 2022-ICLI00014": the range is the pages.
        if (const auto pages = PageList::expand(document, entry.documentId); pages && pages->size() > 1) {
            entry.pages = *pages;
            entry.pagesAsWritten = document;
        }
    }

    entry.exemptions = ExemptionLabel::codesIn(cells.value(VaughnColumn::Exemptions));
    const bool separateReasons = cells.contains(VaughnColumn::Justification);
    JustificationSplitter::Parts parts =
        JustificationSplitter::split(cells.value(VaughnColumn::Description), entry.exemptions, false);
    entry.description = parts.description;
    if (separateReasons) {
        const JustificationSplitter::Parts reasons =
            JustificationSplitter::split(cells.value(VaughnColumn::Justification), entry.exemptions, true);
        for (auto it = reasons.justifications.cbegin(); it != reasons.justifications.cend(); ++it)
            parts.justifications.insert(it.key(), it.value());
        if (!reasons.description.isEmpty() && parts.justifications.isEmpty())
            entry.description = QStringList{entry.description, reasons.description}.join(QLatin1Char(' ')).trimmed();
    }
    entry.justifications = parts.justifications;
    // An index that names the exemptions only in its headings still claims them.
    if (entry.exemptions.isEmpty())
        entry.exemptions = parts.justifications.keys();
    return entry;
}

} // namespace rebuttal
