// The time source for everything that records or measures time, so tests can fix "now".
#pragma once

#include <QDateTime>

namespace rebuttal {

class Clock
{
public:
    static QDateTime currentDateTimeUtc();
    static QDate today();

    // Test seam: freezes the clock until resetToSystemTime().
    static void setFixedDateTimeUtc(const QDateTime &utc);
    static void resetToSystemTime();
};

} // namespace rebuttal
