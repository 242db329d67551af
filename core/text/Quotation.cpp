#include "Quotation.h"

namespace rebuttal {

namespace {

constexpr QChar kOpen(0x201C);
constexpr QChar kClose(0x201D);
constexpr QChar kNestedOpen(0x2018);
constexpr QChar kNestedClose(0x2019);

bool isDoubleQuote(QChar c)
{
    return c == QLatin1Char('"') || c == kOpen || c == kClose || c == QChar(0x00AB) || c == QChar(0x00BB) || c == QChar(0x201E);
}

// A straight quote opens where a word could start: at the start, after a space or an opening bracket or dash.
bool opensHere(const QString &text, qsizetype at)
{
    if (at == 0)
        return true;
    const QChar before = text.at(at - 1);
    return before.isSpace() || QStringLiteral("([{/\u2014\u2013-").contains(before) || before == kNestedOpen;
}

// The text without one pair of double quotes around the whole of it, when there is no other inside.
QString withoutEnclosingPair(const QString &text)
{
    if (text.size() < 2 || !isDoubleQuote(text.front()) || !isDoubleQuote(text.back()))
        return text;
    const QString inside = text.mid(1, text.size() - 2);
    for (const QChar c : inside) {
        if (isDoubleQuote(c))
            return text;
    }
    return inside.trimmed();
}

} // namespace

QString Quotation::quoted(const QString &text)
{
    QString inner = withoutEnclosingPair(text.trimmed());
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const QChar c = inner.at(i);
        if (c == kOpen || c == QChar(0x00AB) || c == QChar(0x201E))
            inner[i] = kNestedOpen;
        else if (c == kClose || c == QChar(0x00BB))
            inner[i] = kNestedClose;
        else if (c == QLatin1Char('"'))
            inner[i] = opensHere(inner, i) ? kNestedOpen : kNestedClose;
    }
    return kOpen + inner + kClose;
}

} // namespace rebuttal
