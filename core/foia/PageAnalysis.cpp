#include "PageAnalysis.h"

#include "domain/ExemptionLabel.h"

namespace rebuttal {

QStringList PageAnalysis::exemptions() const
{
    QStringList codes = pageExemptions;
    for (const DetectedRedaction &redaction : redactions)
        codes << redaction.exemptions;
    return ExemptionLabel::normalized(codes);
}

QDataStream &operator<<(QDataStream &out, const DetectedRedaction &redaction)
{
    return out << redaction.box << redaction.exemptions << redaction.label << redaction.textUnderBox;
}

QDataStream &operator>>(QDataStream &in, DetectedRedaction &redaction)
{
    return in >> redaction.box >> redaction.exemptions >> redaction.label >> redaction.textUnderBox;
}

QDataStream &operator<<(QDataStream &out, const PageAnalysis &page)
{
    return out << qint32(page.page) << page.sizePt << page.text << qint32(page.textSource) << page.bates
               << page.imageOnly << page.withheldInFull << page.pageExemptions << page.redactions << page.problem;
}

QDataStream &operator>>(QDataStream &in, PageAnalysis &page)
{
    qint32 number = 0;
    qint32 source = 0;
    in >> number >> page.sizePt >> page.text >> source >> page.bates >> page.imageOnly >> page.withheldInFull
        >> page.pageExemptions >> page.redactions >> page.problem;
    page.page = number;
    page.textSource = source >= 0 && source <= int(TextSource::None) ? TextSource(source) : TextSource::None;
    return in;
}

} // namespace rebuttal
