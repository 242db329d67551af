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
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
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
