#include "ResearchPalette.h"

#include <QHash>

namespace rebuttal {

QColor ResearchPalette::source(const QString &code)
{
    static const QHash<QString, QColor> colors{
        {QStringLiteral("SAFE"), QColor(0xE6, 0x9F, 0x00)},
        {QStringLiteral("TAG"), QColor(0x56, 0xB4, 0xE9)},
        {QStringLiteral("CHIS"), QColor(0x00, 0x9E, 0x73)},
        {QStringLiteral("RED_NOTICE"), QColor(0xD5, 0x5E, 0x00)},
        {QStringLiteral("BIOMETRIC_SHARING"), QColor(0x00, 0x72, 0xB2)},
        {QStringLiteral("NCIC"), QColor(0xCC, 0x79, 0xA7)},
        {QStringLiteral("OTHER"), QColor(0x99, 0x99, 0x99)},
    };
    return colors.value(code, QColor(0x66, 0x66, 0x66));
}

QColor ResearchPalette::outcome(const QString &key)
{
    // Ordered so neighbouring segments of a stacked bar differ in lightness as well as hue.
    static const QHash<QString, QColor> colors{
        {QStringLiteral("detention_start"), QColor(0x00, 0x72, 0xB2)},
        {QStringLiteral("bond_denied"), QColor(0xE6, 0x9F, 0x00)},
        {QStringLiteral("parole_denied"), QColor(0x56, 0xB4, 0xE9)},
        {QStringLiteral("separation"), QColor(0xD5, 0x5E, 0x00)},
        {QStringLiteral("asylum_denied"), QColor(0x00, 0x9E, 0x73)},
        {QStringLiteral("snpc_bar_applied"), QColor(0xCC, 0x79, 0xA7)},
        {QStringLiteral("removal"), QColor(0x40, 0x40, 0x40)},
        {QStringLiteral("allegations"), QColor(0x00, 0x72, 0xB2)},
        {QStringLiteral("clients"), QColor(0xE6, 0x9F, 0x00)},
    };
    return colors.value(key, QColor(0x99, 0x99, 0x99));
}

} // namespace rebuttal
