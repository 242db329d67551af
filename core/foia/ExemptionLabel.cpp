#include "ExemptionLabel.h"

#include <QRegularExpression>

namespace rebuttal {

namespace {

// OCR and typesetting variants folded before matching: brackets and braces for parentheses,
// the "X" that OCR makes of ")(" in "(7)(C)", full-width and typographic punctuation.
QString folded(QString text)
{
    static const QRegularExpression ocrX(QStringLiteral("\\(\\s*7\\s*[Xx]\\s*([A-Fa-f])\\s*\\)"));
    text.replace(QLatin1Char('['), QLatin1Char('(')).replace(QLatin1Char(']'), QLatin1Char(')'));
    text.replace(QLatin1Char('{'), QLatin1Char('(')).replace(QLatin1Char('}'), QLatin1Char(')'));
    text.replace(QChar(0xFF08), QLatin1Char('(')).replace(QChar(0xFF09), QLatin1Char(')'));
    text.replace(ocrX, QStringLiteral("(7)(\\1)"));
    return text;
}

// One pattern for every notation. A subparagraph letter is read only after 7, so that in
// "(b)(6) (b)(7)(C)" or "b 6 b 7 C" the next code's "b" is never taken for a letter.
// Groups per alternative: 7 / letter / letter / other number.
const QRegularExpression &codePattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        // (b)(6)  (b) (7) (c)  (b)(7)c  (b)(7)-(C)
        "\\(\\s*b\\s*\\)\\s*\\(\\s*(?:(7)\\s*\\)(?:\\s*-?\\s*(?:\\(\\s*([A-Fa-f])\\s*\\)|([A-Fa-f])(?![A-Za-z])))?|([1-689])\\s*\\))"
        // b6  b7C  b 7 C  b7(C)  B6
        "|(?<![A-Za-z0-9])[bB]\\s?(?:(7)(?:\\s?(?:\\(\\s*([A-Fa-f])\\s*\\)|([A-Fa-f])(?![A-Za-z])))?|([1-689]))(?![0-9])"
        // Exemption 7(E)  Exemption 6
        "|[Ee]xemptions?\\s+(?:(7)(?:\\s*\\(\\s*([A-Fa-f])\\s*\\))?()|([1-689]))(?![0-9])"));
    return pattern;
}

QString canonical(const QString &number, const QString &letter)
{
    if (number == QLatin1String("7") && !letter.isEmpty())
        return QStringLiteral("(b)(7)(%1)").arg(letter.toUpper());
    return QStringLiteral("(b)(%1)").arg(number);
}

} // namespace

QStringList ExemptionLabel::codesIn(const QString &text)
{
    const QString source = folded(text);
    QStringList codes;
    QRegularExpressionMatchIterator it = codePattern().globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        for (int first : {1, 5, 9}) {
            if (!m.captured(first).isEmpty())
                codes << canonical(m.captured(first), m.captured(first + 1) + m.captured(first + 2));
            else if (!m.captured(first + 3).isEmpty())
                codes << canonical(m.captured(first + 3), {});
        }
    }
    // "Exemptions 6 and 7(C)": the numbers after the first.
    static const QRegularExpression list(QStringLiteral("[Ee]xemptions\\s+((?:[1-9](?:\\([A-Fa-f]\\))?[\\s,;]*(?:and\\s+|&\\s*)?)+)"));
    static const QRegularExpression item(QStringLiteral("([1-9])(?:\\(([A-Fa-f])\\))?"));
    QRegularExpressionMatchIterator lists = list.globalMatch(source);
    while (lists.hasNext()) {
        QRegularExpressionMatchIterator items = item.globalMatch(lists.next().captured(1));
        while (items.hasNext()) {
            const QRegularExpressionMatch m = items.next();
            codes << canonical(m.captured(1), m.captured(2));
        }
    }
    return normalized(codes);
}

QStringList ExemptionLabel::codesInOcr(const QString &text)
{
    QString source = folded(text);
    // "(b)" as OCR sees it, when an exemption number in parentheses follows.
    static const QRegularExpression b(QStringLiteral("(?<![A-Za-z0-9])(?:[(<>{]?\\s*[bB6hé]|[<>])\\s*[)}\\]]\\s*(?=[({]\\s*[1-9])"));
    source.replace(b, QStringLiteral("(b)"));
    // "(7(C)" and "(7)C)": a lost parenthesis around the subparagraph.
    static const QRegularExpression seven(QStringLiteral("\\(\\s*7\\s*\\)?\\s*\\(?\\s*([A-Fa-f])\\s*\\)"));
    source.replace(seven, QStringLiteral("(7)(\\1)"));
    return codesIn(source);
}

bool ExemptionLabel::isLabel(const QString &text)
{
    const QString source = folded(text);
    if (codesIn(source).isEmpty())
        return false;
    QString residue = source;
    residue.remove(codePattern());
    // A (b)(3) label names its statute; that is part of the label, not prose.
    static const QRegularExpression statute(QStringLiteral(
        "\\d+\\s*U\\.?\\s*S\\.?\\s*C\\.?\\s*(?:§+\\s*)?\\d+[A-Za-z]*(?:\\s*\\([0-9A-Za-z]+\\))*"));
    residue.remove(statute);
    static const QRegularExpression allowedWords(QStringLiteral(
        "\\b(?:exemptions?|and|y|per|FOIA|PA|FOIPA|U\\.?S\\.?C\\.?|sec(?:tion)?|§)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    residue.remove(allowedWords);
    int letters = 0;
    for (const QChar c : std::as_const(residue)) {
        if (c.isLetterOrNumber())
            ++letters;
    }
    // A stray OCR letter or two is still a label; a word is not.
    return letters <= 2;
}

QStringList ExemptionLabel::normalized(QStringList codes)
{
    codes.sort();
    codes.removeDuplicates();
    return codes;
}

bool ExemptionLabel::isCanonical(const QString &code)
{
    static const QRegularExpression shape(QStringLiteral("^\\(b\\)\\((?:[1-9]|7\\)\\([A-F])\\)$"));
    return shape.match(code).hasMatch();
}

} // namespace rebuttal
