#include "Clock.h"

namespace rebuttal {

namespace {
QDateTime s_fixed;
}

QDateTime Clock::currentDateTimeUtc()
{
    return s_fixed.isValid() ? s_fixed : QDateTime::currentDateTimeUtc();
}

QDate Clock::today()
{
    return s_fixed.isValid() ? s_fixed.toLocalTime().date() : QDate::currentDate();
}

void Clock::setFixedDateTimeUtc(const QDateTime &utc)
{
    s_fixed = utc.toUTC();
}

void Clock::resetToSystemTime()
{
    s_fixed = QDateTime();
}

} // namespace rebuttal
