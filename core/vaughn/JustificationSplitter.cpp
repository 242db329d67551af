#include "JustificationSplitter.h"

#include "domain/ExemptionLabel.h"

#include <QRegularExpression>
#include <QSet>

namespace rebuttal {

namespace {

// Words that may stand beside the codes in a heading; anything else makes the line prose.
bool isHeadingWord(const QString &word)
{
    static const QSet<QString> words{
        QStringLiteral("redacted"), QStringLiteral("redaction"), QStringLiteral("redactions"), QStringLiteral("information"),
        QStringLiteral("per"), QStringLiteral("pursuant"), QStringLiteral("to"), QStringLiteral("under"),
        QStringLiteral("exemption"), QStringLiteral("exemptions"), QStringLiteral("withheld"), QStringLiteral("withholding"),
        QStringLiteral("justification"), QStringLiteral("justifications"), QStringLiteral("for"), QStringLiteral("reason"),
        QStringLiteral("reasons"), QStringLiteral("foia"), QStringLiteral("and"), QStringLiteral("the"),
        QStringLiteral("applied"), QStringLiteral("of"), QStringLiteral("u.s.c"), QStringLiteral("usc"), QStringLiteral("5"),
        QStringLiteral("552"), QStringLiteral("b"), QStringLiteral("basis"), QStringLiteral("claimed"),
    };
    return words.contains(word);
}

QString reflowed(const QString &text)
{
    return text.simplified();
}

// A line cut before each heading that starts a sentence inside it: a CSV cell or a table cell
// often runs every exemption's reasons together ("(b)(6): Names of officers. (b)(7)(C): Release
// of ..."), and each heading still names whose reasons follow. A heading at the line's start is
// left to the caller; only a sentence's start can open one, so "applied (b)(5) here: see" and a
// statute's "U.S.C. 552(b)(6):" inside a heading stay whole.
QStringList cutAtHeadings(const QString &line)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("[.;!?]\\s+"));
    QList<qsizetype> sentenceStarts;
    for (auto it = sentenceEnd.globalMatch(line); it.hasNext();)
        sentenceStarts << it.next().capturedEnd();
    QStringList pieces;
    qsizetype pieceStart = 0;
    // A heading at the line's start ends at its colon; later headings can only start after it.
    qsizetype searchFrom = JustificationSplitter::headingCodes(line).isEmpty() ? 0 : line.indexOf(QLatin1Char(':')) + 1;
    for (qsizetype colon = line.indexOf(QLatin1Char(':'), searchFrom); colon >= 0; colon = line.indexOf(QLatin1Char(':'), colon + 1)) {
        qsizetype start = -1;
        for (qsizetype candidate : std::as_const(sentenceStarts)) {
            if (candidate > colon)
                break;
            start = candidate;
        }
        if (start <= pieceStart || start < searchFrom || line.mid(start, colon - start).contains(QLatin1Char(':')))
            continue;
        if (JustificationSplitter::headingCodes(line.mid(start, colon - start + 1)).isEmpty())
            continue;
        pieces << line.mid(pieceStart, start - pieceStart);
        pieceStart = start;
    }
    pieces << line.mid(pieceStart);
    return pieces;
}

} // namespace

QStringList JustificationSplitter::headingCodes(const QString &line, QString *rest)
{
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon > 100)
        return {};
    const QString head = line.left(colon);
    const QStringList codes = ExemptionLabel::codesIn(head);
    if (codes.isEmpty())
        return {};
    // Take the codes out; what is left must be heading words only.
    static const QRegularExpression codeParts(QStringLiteral("\\(\\s*[A-Za-z0-9]{1,2}\\s*\\)|(?<![A-Za-z])[bB]\\s?[1-9][A-Fa-f]?(?![A-Za-z])|[1-9]\\s*(?:\\([A-Fa-f]\\))?|[,;&/.()-]"));
    QString left = head;
    left.replace(codeParts, QStringLiteral(" "));
    const QStringList words = left.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!isHeadingWord(word))
            return {};
    }
    if (rest)
        *rest = line.mid(colon + 1);
    return codes;
}

JustificationSplitter::Parts JustificationSplitter::split(const QString &text, const QStringList &claimed, bool textIsReasons)
{
    Parts parts;
    QStringList preamble;
    QStringList currentCodes;
    QMap<QString, QStringList> sections;
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n')))
        lines << cutAtHeadings(line);
    for (const QString &line : std::as_const(lines)) {
        QString rest;
        const QStringList codes = headingCodes(line, &rest);
        if (!codes.isEmpty()) {
            currentCodes = codes;
            for (const QString &code : codes) {
                if (!rest.trimmed().isEmpty())
                    sections[code] << rest;
                else
                    sections[code]; // a heading with nothing under it yet still names its code
            }
            continue;
        }
        if (currentCodes.isEmpty()) {
            preamble << line;
            continue;
        }
        for (const QString &code : std::as_const(currentCodes))
            sections[code] << line;
    }

    if (!sections.isEmpty()) {
        parts.description = reflowed(preamble.join(QLatin1Char('\n')));
        for (auto it = sections.cbegin(); it != sections.cend(); ++it)
            parts.justifications.insert(it.key(), reflowed(it.value().join(QLatin1Char('\n'))));
        return parts;
    }
    if (!textIsReasons) {
        parts.description = reflowed(text);
        return parts;
    }
    // No headings: the whole text is reasons. Paragraphs that name a claimed code go to it;
    // when none names any, the text justifies every claimed code alike.
    const QStringList paragraphs = text.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts);
    QMap<QString, QStringList> named;
    for (const QString &paragraph : paragraphs) {
        for (const QString &code : ExemptionLabel::codesIn(paragraph)) {
            if (claimed.contains(code))
                named[code] << paragraph;
        }
    }
    if (named.isEmpty()) {
        const QString all = reflowed(text);
        if (!all.isEmpty()) {
            for (const QString &code : claimed)
                parts.justifications.insert(code, all);
        }
        return parts;
    }
    for (auto it = named.cbegin(); it != named.cend(); ++it)
        parts.justifications.insert(it.key(), reflowed(it.value().join(QLatin1Char('\n'))));
    return parts;
}

} // namespace rebuttal
