// A calendar date known to the day, the month or only the year (YYYY-MM-DD, YYYY-MM, YYYY).
#pragma once

#include <QDate>
#include <QString>

namespace rebuttal {

class PartialDate
{
public:
    enum class Precision { Day, Month, Year };

    PartialDate() = default;

    // Parses ISO text; returns an invalid date for anything that is not a real calendar date
    // (2019-13-45, 2019-02-30) or not one of the three shapes.
    static PartialDate fromString(const QString &text);
    static PartialDate fromDate(QDate date);

    bool isValid() const { return m_year != 0; }
    Precision precision() const;
    // The first day of the period: partial dates count and sort as that day.
    QDate firstDay() const;
    QString toString() const;

    friend bool operator==(const PartialDate &, const PartialDate &) = default;

private:
    int m_year = 0;
    int m_month = 0; // 0 when unknown
    int m_day = 0;   // 0 when unknown
};

} // namespace rebuttal
