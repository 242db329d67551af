#include "ExemptionPalette.h"

#include <QHash>

namespace rebuttal {

QColor ExemptionPalette::color(const QString &code)
{
    static const QHash<QString, QColor> colors{
        {QStringLiteral("(b)(1)"), QColor(0x00, 0x00, 0x00)},
        {QStringLiteral("(b)(2)"), QColor(0x88, 0x88, 0x88)},
        {QStringLiteral("(b)(3)"), QColor(0xCC, 0x79, 0xA7)},
        {QStringLiteral("(b)(4)"), QColor(0x00, 0x9E, 0x73)},
        {QStringLiteral("(b)(5)"), QColor(0xE6, 0x9F, 0x00)},
        {QStringLiteral("(b)(6)"), QColor(0x00, 0x72, 0xB2)},
        {QStringLiteral("(b)(7)(A)"), QColor(0x80, 0x40, 0x00)},
        {QStringLiteral("(b)(7)(C)"), QColor(0x56, 0xB4, 0xE9)},
        {QStringLiteral("(b)(7)(D)"), QColor(0x60, 0x3C, 0x9E)},
        {QStringLiteral("(b)(7)(E)"), QColor(0xD5, 0x5E, 0x00)},
        {QStringLiteral("(b)(7)(F)"), QColor(0xB0, 0x30, 0x60)},
    };
    return colors.value(code, QColor(0x44, 0x44, 0x44));
}

} // namespace rebuttal
