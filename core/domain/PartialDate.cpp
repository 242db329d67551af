#include "PartialDate.h"

#include <charconv>

namespace rebuttal {

PartialDate PartialDate::fromString(const QString &text)
{
    // YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits, read by hand (every date of a bulk import
    // passes here); a final newline is let through as the regular expression's $ did.
    QStringView view(text);
    if (view.endsWith(u'\n'))
        view.chop(1);
    const qsizetype length = view.size();
    if (length != 4 && length != 7 && length != 10)
        return {};
    const auto number = [&](qsizetype from, qsizetype count, int *out) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = view[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + (c - u'0');
        }
        *out = value;
        return true;
    };
    PartialDate date;
    if (!number(0, 4, &date.m_year) || (length >= 7 && (view[4] != u'-' || !number(5, 2, &date.m_month)))
        || (length == 10 && (view[7] != u'-' || !number(8, 2, &date.m_day)))) {
        return {};
    }
    if (date.m_year < 1 || (length >= 7 && (date.m_month < 1 || date.m_month > 12)))
        return {};
    if (length == 10 && !QDate::isValid(date.m_year, date.m_month, date.m_day))
        return {};
    return date;
}

PartialDate PartialDate::fromDate(QDate date)
{
    PartialDate result;
    if (date.isValid()) {
        result.m_year = date.year();
        result.m_month = date.month();
        result.m_day = date.day();
    }
    return result;
}

PartialDate::Precision PartialDate::precision() const
{
    if (m_day != 0)
        return Precision::Day;
    return m_month != 0 ? Precision::Month : Precision::Year;
}

QDate PartialDate::firstDay() const
{
    if (!isValid())
        return {};
    return QDate(m_year, m_month ? m_month : 1, m_day ? m_day : 1);
}

namespace {

// `value` in decimal, zero-padded to `width` digits.
void appendPadded(QString &text, int value, int width)
{
    char digits[16];
    const auto [end, error] = std::to_chars(digits, digits + sizeof digits, value);
    for (auto n = end - digits; n < width; ++n)
        text += QLatin1Char('0');
    text += QLatin1String(digits, end);
}

} // namespace

QString PartialDate::toString() const
{
    if (!isValid())
        return {};
    // By hand: a bulk import formats every date it stores, and QString::arg cost more than the rest.
    QString text;
    text.reserve(10);
    appendPadded(text, m_year, 4);
    if (m_month) {
        text += QLatin1Char('-');
        appendPadded(text, m_month, 2);
    }
    if (m_day) {
        text += QLatin1Char('-');
        appendPadded(text, m_day, 2);
    }
    return text;
}

} // namespace rebuttal
