#include "PageList.h"

#include <QRegularExpression>
#include <QSet>

namespace rebuttal {

namespace {
// A document of this many pages is already absurd; a range beyond it is a typo, not a request
// to expand millions of numbers.
constexpr qint64 kMaxPages = 100000;
}

std::optional<std::pair<QString, qint64>> PageList::splitBates(const QString &bates)
{
    static const QRegularExpression shape(QStringLiteral("^(.*?[A-Za-z][A-Za-z0-9_-]*?)[-_ ]?(\\d{3,})$"));
    const QRegularExpressionMatch m = shape.match(bates.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    QString prefix = m.captured(1);
    while (prefix.endsWith(QLatin1Char('-')) || prefix.endsWith(QLatin1Char('_')))
        prefix.chop(1);
    return std::make_pair(prefix, m.captured(2).toLongLong());
}

std::optional<QList<int>> PageList::expand(const QString &text, const QString &documentId)
{
    QString source = text;
    // Typographic dashes and the words around page numbers.
    source.replace(QChar(0x2013), QLatin1Char('-')).replace(QChar(0x2014), QLatin1Char('-')).replace(QChar(0x2212), QLatin1Char('-'));
    static const QRegularExpression words(QStringLiteral("\\b(?:pp?|pages?|pgs?)\\b\\.?|\\band\\b|\\bthrough\\b|\\bto\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    source.replace(words, QStringLiteral(" "));

    const std::optional<std::pair<QString, qint64>> start = splitBates(documentId);
    // A Bates number (prefix + counter) becomes its page within the document.
    auto pageOf = [&](const QString &token) -> std::optional<qint64> {
        bool plain = false;
        const qint64 number = token.toLongLong(&plain);
        if (plain)
            return number;
        const auto bates = splitBates(token);
        if (!bates || !start || bates->first.compare(start->first, Qt::CaseInsensitive) != 0)
            return std::nullopt;
        return bates->second - start->second + 1;
    };

    // Tokens: Bates numbers or plain numbers, with "-" between the ends of a range. A Bates
    // number contains hyphens itself, so ranges of them are split on " - " or on the prefix.
    static const QRegularExpression item(QStringLiteral(
        "([A-Za-z0-9][A-Za-z0-9_-]*[A-Za-z][A-Za-z0-9_-]*\\d|\\d+)\\s*(?:-\\s*([A-Za-z0-9][A-Za-z0-9_-]*[A-Za-z][A-Za-z0-9_-]*\\d|\\d+))?"));
    QList<int> pages;
    QSet<int> seen;
    qsizetype consumed = 0;
    QRegularExpressionMatchIterator it = item.globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        // Only separators may stand between items.
        const QString between = source.mid(consumed, m.capturedStart() - consumed);
        if (between.contains(QRegularExpression(QStringLiteral("[^\\s,;.]"))))
            return std::nullopt;
        consumed = m.capturedEnd();
        const std::optional<qint64> first = pageOf(m.captured(1));
        const std::optional<qint64> last = m.captured(2).isEmpty() ? first : pageOf(m.captured(2));
        if (!first || !last || *first < 1 || *last < *first || *last > kMaxPages)
            return std::nullopt;
        for (qint64 page = *first; page <= *last; ++page) {
            if (!seen.contains(int(page))) {
                seen.insert(int(page));
                pages << int(page);
            }
        }
    }
    if (source.mid(consumed).contains(QRegularExpression(QStringLiteral("[^\\s,;.]"))) || pages.isEmpty())
        return std::nullopt;
    return pages;
}

} // namespace rebuttal
