// One colour per exemption, the same in overlays, legends, thumbnails and charts. The colours
// are the Okabe-Ito set, told apart by people with the common forms of colour blindness.
#pragma once

#include <QColor>
#include <QString>

namespace rebuttal {

class ExemptionPalette
{
public:
    static QColor color(const QString &code);
    // For boxes with no label yet.
    static QColor unlabeled() { return QColor(0x99, 0x99, 0x99); }
    // For text still readable under a box.
    static QColor badRedaction() { return QColor(0xD5, 0x00, 0x00); }
};

} // namespace rebuttal
