#include "CaseRecords.h"

#include <QRegularExpression>

namespace rebuttal {

QString EvidenceCitation::toText() const
{
    return page > 0 ? QStringLiteral("%1#%2").arg(document).arg(page) : document;
}

EvidenceCitation EvidenceCitation::fromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype hash = trimmed.lastIndexOf(QLatin1Char('#'));
    bool isNumber = false;
    const int page = hash > 0 ? trimmed.mid(hash + 1).trimmed().toInt(&isNumber) : 0;
    if (isNumber && page > 0)
        return {trimmed.left(hash).trimmed(), page};
    return {trimmed, 0};
}

bool isANumber(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^A?[0-9]{8,9}$"));
    return shape.match(text).hasMatch();
}

} // namespace rebuttal
