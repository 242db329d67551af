#include "ProductionPage.h"

#include "ExemptionLabel.h"

#include <algorithm>

namespace rebuttal {

QStringList ProductionPage::exemptions() const
{
    QStringList codes = pageExemptions;
    for (const Redaction &redaction : redactions)
        codes << redaction.exemptions;
    return ExemptionLabel::normalized(codes);
}

bool ProductionPage::hasBadRedaction() const
{
    return std::any_of(redactions.cbegin(), redactions.cend(),
                       [](const Redaction &r) { return !r.textUnderBox.isEmpty(); });
}

QDataStream &operator<<(QDataStream &out, const Redaction &redaction)
{
    return out << redaction.box << redaction.exemptions << redaction.label << redaction.textUnderBox;
}

QDataStream &operator>>(QDataStream &in, Redaction &redaction)
{
    return in >> redaction.box >> redaction.exemptions >> redaction.label >> redaction.textUnderBox;
}

QDataStream &operator<<(QDataStream &out, const ProductionPage &page)
{
    return out << qint32(page.number) << page.sizePt << page.text << qint32(page.textSource) << page.bates
               << page.imageOnly << page.withheldInFull << page.pageExemptions << page.redactions << page.problem;
}

QDataStream &operator>>(QDataStream &in, ProductionPage &page)
{
    qint32 number = 0;
    qint32 source = 0;
    in >> number >> page.sizePt >> page.text >> source >> page.bates >> page.imageOnly >> page.withheldInFull
        >> page.pageExemptions >> page.redactions >> page.problem;
    page.number = number;
    page.textSource = source >= 0 && source <= int(TextSource::None) ? TextSource(source) : TextSource::None;
    return in;
}

} // namespace rebuttal
