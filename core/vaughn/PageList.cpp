#include "PageList.h"

#include <QRegularExpression>
#include <QSet>

namespace rebuttal {

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

std::optional<QList<int>> PageList::expand(const QString &text, const QString &documentId, QString *problem)
{
    QList<int> pages;
    QString value;
    switch (read(text, documentId, &pages, &value)) {
    case Failure::None:
        return pages;
    case Failure::NotPages:
        if (problem)
            *problem = tr("is not a page list (expected e.g. 3-5, 10-12 or pp. 3–5)");
        break;
    case Failure::PageTooHigh:
        if (problem)
            *problem = tr("names page %1, beyond %2, more pages than any document has").arg(value).arg(MaxPageNumber);
        break;
    case Failure::TooManyPages:
        if (problem)
            *problem = tr("lists more than %1 pages, the most one entry may list").arg(MaxPagesPerEntry);
        break;
    }
    return std::nullopt;
}

bool PageList::isPageReference(const QString &text, const QString &documentId)
{
    QList<int> pages;
    QString value;
    return read(text, documentId, &pages, &value) != Failure::NotPages;
}

PageList::Failure PageList::read(const QString &text, const QString &documentId, QList<int> *pages, QString *value)
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
    QSet<int> seen;
    qsizetype consumed = 0;
    Failure failure = Failure::None;
    qint64 listed = 0;
    QRegularExpressionMatchIterator it = item.globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        // Only separators may stand between items.
        const QString between = source.mid(consumed, m.capturedStart() - consumed);
        if (between.contains(QRegularExpression(QStringLiteral("[^\\s,;.]"))))
            return Failure::NotPages;
        consumed = m.capturedEnd();
        const std::optional<qint64> first = pageOf(m.captured(1));
        const std::optional<qint64> last = m.captured(2).isEmpty() ? first : pageOf(m.captured(2));
        if (!first || !last || *first < 1 || *last < *first)
            return Failure::NotPages;
        if (*last > MaxPageNumber) {
            *value = QString::number(*last);
            failure = Failure::PageTooHigh; // the rest must still read as pages for this to count as a page list
            continue;
        }
        // Pages listed again count too, so that no text, however long, costs more than a few
        // times the cap to read.
        listed += *last - *first + 1;
        if (listed > 4 * qint64(MaxPagesPerEntry))
            failure = Failure::TooManyPages;
        for (qint64 page = *first; page <= *last && failure == Failure::None; ++page) {
            if (seen.contains(int(page)))
                continue;
            if (pages->size() >= MaxPagesPerEntry)
                failure = Failure::TooManyPages;
            seen.insert(int(page));
            *pages << int(page);
        }
    }
    if (source.mid(consumed).contains(QRegularExpression(QStringLiteral("[^\\s,;.]"))))
        return Failure::NotPages;
    if (failure != Failure::None) {
        pages->clear();
        return failure;
    }
    return pages->isEmpty() ? Failure::NotPages : Failure::None;
}

} // namespace rebuttal
