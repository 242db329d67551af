#include "PartialDate.h"

#include <QRegularExpression>

#include <charconv>

namespace rebuttal {

PartialDate PartialDate::fromString(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return {};
    PartialDate date;
    date.m_year = m.captured(1).toInt();
    date.m_month = m.hasCaptured(2) ? m.captured(2).toInt() : 0;
    date.m_day = m.hasCaptured(3) ? m.captured(3).toInt() : 0;
    if (date.m_year < 1 || (m.hasCaptured(2) && (date.m_month < 1 || date.m_month > 12)))
        return {};
    if (m.hasCaptured(3) && !QDate::isValid(date.m_year, date.m_month, date.m_day))
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
