#include "VaughnEntry.h"

#include <QRegularExpression>

namespace rebuttal {

QString withholdingCode(Withholding withholding)
{
    switch (withholding) {
    case Withholding::Full: return QStringLiteral("full");
    case Withholding::Partial: return QStringLiteral("partial");
    case Withholding::Unknown: break;
    }
    return {};
}

Withholding withholdingFromCode(const QString &code)
{
    if (code == QLatin1String("full"))
        return Withholding::Full;
    if (code == QLatin1String("partial"))
        return Withholding::Partial;
    return Withholding::Unknown;
}

Withholding withholdingFromText(const QString &text)
{
    const QString t = text.simplified().toLower();
    if (t.isEmpty())
        return Withholding::Unknown;
    // "Partial" is tested first: "released in part" mentions neither full nor whole.
    static const QRegularExpression partial(QStringLiteral("\\b(partial(ly)?|part|rip|redacted|segregated)\\b"));
    static const QRegularExpression full(QStringLiteral("\\b(full|wif|entirety|entirely|whole|withheld)\\b"));
    if (partial.match(t).hasMatch())
        return Withholding::Partial;
    if (full.match(t).hasMatch())
        return Withholding::Full;
    return Withholding::Unknown;
}

} // namespace rebuttal
