#include "ExemptionLabel.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace rebuttal {

namespace {

// OCR and typesetting variants folded before parsing: brackets and braces for parentheses, the
// "X" that OCR makes of ")(" in "(7)(C)", full-width and typographic punctuation, dashes.
QString folded(QString text)
{
    static const QRegularExpression ocrX(QStringLiteral("\\(\\s*7\\s*[Xx]\\s*([A-Fa-f])\\s*\\)"));
    text.replace(QLatin1Char('['), QLatin1Char('(')).replace(QLatin1Char(']'), QLatin1Char(')'));
    text.replace(QLatin1Char('{'), QLatin1Char('(')).replace(QLatin1Char('}'), QLatin1Char(')'));
    text.replace(QChar(0xFF08), QLatin1Char('(')).replace(QChar(0xFF09), QLatin1Char(')'));
    text.replace(QChar(0x2013), QLatin1Char('-')).replace(QChar(0x2014), QLatin1Char('-')).replace(QChar(0x2212), QLatin1Char('-'));
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    text.replace(ocrX, QStringLiteral("(7)(\\1)"));
    return text;
}

// The parentheses of a code in small print read as letters, in any mix: ")(" as M, X, N, H, U or J,
// "(" as T or J, ")" as J, with or without a space ("(bMT7 Mc)", "b(7 MC)", "(bX7 MC)", "(b)J6",
// "(DX3)" for "(b)(3)"), the 7 of "7(E)" with its parenthesis as T ("Exemptions 7(C), TE)"), and
// the 5 of the FBI's "b5 -2" or of "(b)(S)" as S, FBI codes with their counts run together. A code is rebuilt only where at least one such
// letter stands among the parentheses and spaces between its b and its number (and letter): a
// code spelt with parentheses and spaces alone is the parser's, and prose has no "b" or "(D" run
// into a number through capitals.
QString withParenthesesRestored(QString source)
{
    static const QString glue = QStringLiteral("[\\s()\\[\\]{}MXNHUJT]");
    // The head of a code: "(b", a small "b" starting a word (a capital B starts names: "BMX5"), or
    // "(D" for "(b" where no paragraph (D) of a statute can stand ("(a)(9)(D)").
    static const QString head = QStringLiteral("(?:(?<![A-Za-z0-9)])\\(\\s?D|(?<![A-Za-z0-9])(?:\\(\\s?[bB]|b))");
    static const QRegularExpression misread(QStringLiteral("M|X|N|H|U|J|T"));
    // A or K for the ")(" after a 7 counts only where something stands between the b and the 7:
    // "(b)(7KA)", "(b) (7KF)"; "bTAB" is a word.
    static const QRegularExpression misreadAfterSeven(QStringLiteral("A|K"));
    auto rebuild = [&source](const QRegularExpression &pattern, auto replacement) {
        QString out;
        qsizetype done = 0;
        for (QRegularExpressionMatchIterator it = pattern.globalMatch(source); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString first = m.captured(QStringLiteral("first")), second = m.captured(QStringLiteral("second"));
            if (!QString(first + second).contains(misread) && (first.isEmpty() || !second.contains(misreadAfterSeven)))
                continue;
            out += source.mid(done, m.capturedStart() - done) + replacement(m);
            done = m.capturedEnd();
        }
        source = out + source.mid(done);
    };
    // b, junk, 7 (or a T for it: "(DUTNE)"), junk, a subparagraph letter standing alone. Between
    // the 7 and its letter ")(" may also read as A or K ("(DUTAF)", "(7KC)").
    static const QRegularExpression seven(
        QStringLiteral("%2(?<first>%1{0,3})[7T](?<second>%1{1,3}|\\s?[AK]\\s?)(?<letter>[A-Fa-f])(?:\\)|(?![A-Za-z0-9]))").arg(glue, head));
    rebuild(seven, [](const QRegularExpressionMatch &m) { return QStringLiteral("(b)(7)(%1)").arg(m.captured(QStringLiteral("letter"))); });
    // b, junk, a number closed by its parenthesis or standing last in its part ("bM7 MAX" is a word).
    static const QRegularExpression number(QStringLiteral("%2(?<first>%1{1,3})(?<number>[1-9])(?:\\s?[)\\]}J]|(?=\\s*(?:[;,.&/|-]|$)))").arg(glue, head));
    rebuild(number, [](const QRegularExpressionMatch &m) { return QStringLiteral("(b)(%1)").arg(m.captured(QStringLiteral("number"))); });
    // "(b" read as one capital D right before the number: "(D6)".
    static const QRegularExpression dForB(QStringLiteral("(?<![A-Za-z0-9)])\\(D([1-9])\\)"));
    source.replace(dForB, QStringLiteral("(b)(\\1)"));
    // "7(" read as T before a subparagraph: "TE)".
    static const QRegularExpression tForSeven(QStringLiteral("(?<![A-Za-z0-9])T(?=[A-Fa-f]\\))"));
    source.replace(tForSeven, QStringLiteral("7("));
    // An S for 5 where only a number can stand: before the FBI's count, or in "(b)(S)".
    static const QRegularExpression fiveAsS(QStringLiteral("(?<![A-Za-z0-9])[bB]\\s?S(?=\\s?-\\s?[1-9](?![0-9]))"));
    source.replace(fiveAsS, QStringLiteral("b5"));
    // FBI codes run together where OCR lost the spaces between them: "b6 -4b4-1b1-5".
    static const QRegularExpression runTogether(QStringLiteral("(-\\s?[1-9][0-9]?)(b\\s?[1-9])"));
    source.replace(runTogether, QStringLiteral("\\1 \\2"));
    static const QRegularExpression fiveAsSInParentheses(QStringLiteral("(?<=\\(b\\)\\()\\s*S\\s*(?=\\))"));
    source.replace(fiveAsSInParentheses, QStringLiteral("5"));
    return source;
}

// Misreadings of a label's own shape in scanned print (generated scans, seed 701), folded only
// where the text around them has the shape of a code, so that a "(6)" or a "G" in prose stays:
// - "(b)" read as "()", "(0)" or "(o)" right before a closed "(6)" ("(b)(6),()(7)(c)"), where no
//   paragraph of a statute comes before it ("(a)(0)(6)");
// - "(b)" read as "(6)", "(h)", "()" or "(0)" right before a bare number, as "(b)7(C)" and "(b)6"
//   print ("(b)6. (6)7(C)"): prose puts a space or a word after a parenthesised number;
// - "(b)" read as "(b1" and the ")" of "(7)" as "1" before a subparagraph ("(b1(6)", "(b) (71(C)");
// - the last code's ")" read as a quote, or lost at the end of the reading or before a
//   separator ("FOIA Exemption (b)(8'"): only after a whole "(b)(";
// - the C of "7(C)" and "b7C" read as G: exemption 7 has no subparagraph G, and a C is what
//   looks like it; the D of "b7D" as 0 or O before the FBI's count, a separator or the end ("b70-1":
//   no exemption is numbered 70);
// - the 1 of the FBI's "b1 -2" read as l, I or |: only before the FBI's count, or after a list's
//   separator or "and" ("b6; b7c; bl"), where nothing but a code can stand. (An "a" there stays
//   unread: OCR reads both the 3 and the 4 of "b3" and "b4" as a, seeds 821 and 857.)
// - the 5 of "(b)5" read as S ("(b)6 € (b)s", seed 5): set straight against its "(b)", where only
//   a number stands.
// - the space after "Ex." lost between codes set close ("Ex. 6 /Ex.4/Ex.8" for "Ex. 6 / Ex. 4 /
//   Ex. 8", seed 8).
QString withLabelShapesRestored(QString source)
{
    struct Fold
    {
        QRegularExpression misread;
        QString restored;
    };
    static const Fold folds[] = {
        {QRegularExpression(QStringLiteral("(?<![A-Za-z0-9)])\\(\\s?[0oO]?\\s?\\)\\s*(?=\\(\\s*[1-9]\\s*\\))")), QStringLiteral("(b)")},
        {QRegularExpression(QStringLiteral("(?<![A-Za-z0-9)])\\(\\s?[6h0oO]?\\s?\\)(?=[1-9](?:\\(\\s?[A-Fa-f]\\s?\\)|(?![0-9A-Za-z(])))")),
         QStringLiteral("(b)")},
        {QRegularExpression(QStringLiteral("(?<![A-Za-z0-9])\\(b1(?=\\(\\s?[1-9])")), QStringLiteral("(b)")},
        {QRegularExpression(QStringLiteral("(?<=\\(b\\))(\\s?)\\(7\\s?1\\s?\\((?=[A-Fa-f]\\))")), QStringLiteral("\\1(7)(")},
        {QRegularExpression(QStringLiteral("(?<=\\(b\\)\\()\\s?([1-9])\\s?(?:['\u2018\u2019`]|(?=\\s*(?:[;,&/|]|$)))")), QStringLiteral("\\1)")},
        {QRegularExpression(QStringLiteral("((?<![0-9A-Zac-z])7\\s?\\)?\\s?\\()\\s?G\\s?\\)")), QStringLiteral("\\1C)")},
        {QRegularExpression(QStringLiteral("((?<![A-Za-z0-9])b\\s?7\\s?)G(?![A-Za-z0-9])")), QStringLiteral("\\1C")},
        {QRegularExpression(QStringLiteral("((?<![A-Za-z0-9])b\\s?7)[0O](?=\\s?-\\s?[1-9](?![0-9])|\\s*(?:[;,&/]|$))")), QStringLiteral("\\1D")},
        {QRegularExpression(QStringLiteral("(?<![A-Za-z0-9])b\\s?[lI|](?=\\s?-\\s?[1-9lI|](?![0-9A-Za-z]))")), QStringLiteral("b1")},
        {QRegularExpression(QStringLiteral("(?<=[;,&/]|\\band)(\\s?)b[lI|](?=\\s*(?:[;,&/.|]|$))")), QStringLiteral("\\1b1")},
        {QRegularExpression(QStringLiteral("(?<=\\(b\\))[sS](?![A-Za-z0-9])")), QStringLiteral("5")},
        {QRegularExpression(QStringLiteral("(?<![A-Za-z])(Ex\\.)(?=[1-9](?![0-9]))"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1 ")},
    };
    for (const Fold &fold : folds)
        source.replace(fold.misread, fold.restored);
    return source;
}

QString canonical(int number, QChar letter)
{
    if (number == 7 && !letter.isNull())
        return QStringLiteral("(b)(7)(%1)").arg(letter.toUpper());
    return QStringLiteral("(b)(%1)").arg(number);
}

// The grammar of a label, read left to right at one position of the text:
//   label     := prefix? code tail* | exemption-word number-list
//   code      := head number subparagraph?        head: "(b)" | "b" (not inside a word)
//   number    := "(" digit ")" | digit            a digit 1-9 not followed by another digit
//   subparagraph (after 7 only) := "-"? "(" A-F ")" | A-F not followed by a letter
//   tail      := FBI count " -1" | a (b)(3) statute ": 8 U.S.C. § 1202(f)"
//   exemption-word := "FOIA"? ("Exemption" | "Exemptions" | "Exempt." | "Ex.") followed by a
//                     code or a bare number, then more numbers or codes joined by , ; & / and y
// Up to two spaces may stand between any two elements ("b 7 C", "(b) (7) (c)"): OCR and
// typesetters put them there.
class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {
    }

    // Every label part in the text: where it is and the codes it names.
    QList<ExemptionLabel::Part> parts()
    {
        QList<ExemptionLabel::Part> found;
        for (m_at = 0; m_at < m_text.size();) {
            const qsizetype start = m_at;
            // "(b)" may follow a section number ("552(b)(6)"); a bare "b" starts a word.
            if (!startsWord(start) && at(start) != QLatin1Char('(')) {
                ++m_at;
                continue;
            }
            QStringList codes;
            if (exemptionList(&codes)) {
                found << ExemptionLabel::Part{start, m_at, codes};
                m_listEnd = m_at;
                continue;
            }
            if (codeWithTails(&codes)) {
                found << ExemptionLabel::Part{start, m_at, codes};
                continue;
            }
            m_at = start + 1;
        }
        return found;
    }

private:
    QChar at(qsizetype i) const { return i < m_text.size() ? m_text[i] : QChar(); }
    bool startsWord(qsizetype i) const { return i == 0 || !m_text[i - 1].isLetterOrNumber(); }

    void spaces(int most = 2)
    {
        for (int n = 0; n < most && at(m_at) == QLatin1Char(' '); ++n)
            ++m_at;
    }

    bool eat(QChar c)
    {
        const qsizetype start = m_at;
        spaces();
        if (at(m_at) == c) {
            ++m_at;
            return true;
        }
        m_at = start;
        return false;
    }

    bool eatWord(QLatin1StringView word)
    {
        if (m_text.mid(m_at, word.size()).compare(word, Qt::CaseInsensitive) != 0)
            return false;
        if (at(m_at + word.size()).isLetter())
            return false;
        m_at += word.size();
        return true;
    }

    // "(6)" or "6": one digit 1-9 not followed by another.
    std::optional<int> number(bool bare)
    {
        const qsizetype start = m_at;
        const bool open = eat(QLatin1Char('('));
        if (!open && !bare)
            return std::nullopt;
        spaces();
        const QChar digit = at(m_at);
        if (digit < QLatin1Char('1') || digit > QLatin1Char('9') || at(m_at + 1).isDigit()) {
            m_at = start;
            return std::nullopt;
        }
        ++m_at;
        if (open && !eat(QLatin1Char(')'))) {
            m_at = start;
            return std::nullopt;
        }
        return digit.digitValue();
    }

    // Whether "(" and a digit 1-9 come next, perhaps after a space.
    bool nextIsNumberInParentheses() const
    {
        qsizetype i = m_at;
        while (i < m_at + 2 && at(i) == QLatin1Char(' '))
            ++i;
        return at(i) == QLatin1Char('(') && at(i + 1) >= QLatin1Char('1') && at(i + 1) <= QLatin1Char('9');
    }

    // The subparagraph after 7: "(C)", "-(C)", "C" or "c" standing alone.
    QChar subparagraph()
    {
        const qsizetype start = m_at;
        eat(QLatin1Char('-'));
        if (eat(QLatin1Char('('))) {
            spaces();
            const QChar letter = at(m_at);
            if (QStringLiteral("ABCDEFabcdef").contains(letter)) {
                ++m_at;
                // A "(b)" that a number in parentheses follows is the next code's head, not 7's
                // subparagraph B: "(b7 (b)(5)" is OCR's "(b)(7)(c),(b)(5)".
                if (eat(QLatin1Char(')')) && !(letter.toLower() == QLatin1Char('b') && nextIsNumberInParentheses()))
                    return letter;
            }
            m_at = start;
            return {};
        }
        spaces(1);
        const QChar letter = at(m_at);
        if (QStringLiteral("ABCDEFabcdef").contains(letter) && !at(m_at + 1).isLetterOrNumber()) {
            ++m_at;
            return letter;
        }
        m_at = start;
        return {};
    }

    // number subparagraph?, as a canonical code.
    std::optional<QString> numbered(bool bare)
    {
        const std::optional<int> n = number(bare);
        if (!n)
            return std::nullopt;
        return canonical(*n, *n == 7 ? subparagraph() : QChar());
    }

    std::optional<QString> code()
    {
        const qsizetype start = m_at;
        if (at(m_at) == QLatin1Char('(')) {
            ++m_at;
            spaces();
            if (at(m_at).toLower() == QLatin1Char('b') && (++m_at, eat(QLatin1Char(')')))) {
                spaces();
                if (std::optional<QString> c = numbered(true))
                    return c;
            }
        } else if (at(m_at).toLower() == QLatin1Char('b') && startsWord(m_at)) {
            ++m_at;
            spaces(1);
            if (std::optional<QString> c = numbered(true))
                return c;
        }
        m_at = start;
        return std::nullopt;
    }

    // What may follow a code: the FBI's count ("b6 -1", "b7E -3") and a (b)(3) statute.
    void tails(const QString &code)
    {
        qsizetype start = m_at;
        spaces(1);
        if (at(m_at) == QLatin1Char('-')) {
            ++m_at;
            spaces(1);
            qsizetype digits = 0;
            while (at(m_at + digits).isDigit())
                ++digits;
            if (digits >= 1 && digits <= 2 && !at(m_at + digits).isLetter())
                m_at += digits;
            else
                m_at = start;
        } else {
            m_at = start;
        }
        if (code != QLatin1String("(b)(3)"))
            return;
        // OCR reads the section sign as "$" or "S". A section's subsections follow it ("1202(f)",
        // "6103(e)(7)"), perhaps after a space; one set apart that opens like an exemption code,
        // "(b)(" and a digit, is the label's next code: "26 U.S.C. § 6103 (b)(8)" is (b)(3) and
        // (b)(8) as labels print them, where a citation would be written "6103(b)(8)".
        static const QRegularExpression statute(QStringLiteral(
            "\\s*[:,]?\\s*\\d+\\s*U\\.?\\s*S\\.?\\s*C\\.?\\s*(?:[§$S]{1,2}\\s*)?\\d+[A-Za-z]*"
            "(?:\\([0-9A-Za-z]+\\)|\\s+(?!\\(b\\)\\s*\\(\\d)\\([0-9A-Za-z]+\\))*"));
        const QRegularExpressionMatch m = statute.match(m_text, m_at, QRegularExpression::NormalMatch,
                                                        QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch())
            m_at = m.capturedEnd();
    }

    bool codeWithTails(QStringList *codes)
    {
        const qsizetype start = m_at;
        eatWord(QLatin1StringView("FOIA")) && (spaces(), true);
        const std::optional<QString> c = code();
        if (!c) {
            m_at = start;
            return false;
        }
        *codes << *c;
        tails(*c);
        return true;
    }

    // "Exemption 7(C)", "Ex. 6", "FOIA Exemption (b)(7)(E)", "Exemptions 6, 7(C) and 7(E)".
    bool exemptionList(QStringList *codes)
    {
        const qsizetype start = m_at;
        if (eatWord(QLatin1StringView("FOIA")))
            spaces();
        bool word = false;
        for (const char *w : {"exemptions", "exemption", "exempt.", "ex."}) {
            if (eatWord(QLatin1StringView(w))) {
                word = true;
                break;
            }
        }
        // "Ex" without its stop, only where it goes on with a list of "Ex." codes ("Ex. 7(E).
        // Ex. 4. Ex 8": the stop lost in print or OCR); alone it may be prose.
        if (!word && continuesList(start))
            word = eatWord(QLatin1StringView("ex"));
        if (!word || at(m_at) != QLatin1Char(' ')) {
            m_at = start;
            return false;
        }
        spaces();
        std::optional<QString> first = code();
        // A list opened with a "(b)" code goes on in that notation: a bare number after it is
        // no item of it ("FOIA Exemption (b)(7)(E) 1", a stray mark read as a 1).
        const bool bareNumbers = !first;
        if (!first)
            first = numbered(true);
        if (!first) {
            m_at = start;
            return false;
        }
        *codes << *first;
        tails(*first);
        for (;;) {
            const qsizetype before = m_at;
            while (QStringLiteral(" ,;&/").contains(at(m_at)))
                ++m_at;
            // The list's next number stands apart from the last: a digit set right against a
            // code's parenthesis is no item of it ("Ex. 7(C)8." is OCR's "&" for a separator).
            // A bare number needs a separator or a conjunction before it, not a space alone:
            // "Ex. 4 8: Ex. 7(A)" is OCR's "Ex. 4 & Ex. 7(A)".
            const bool apart = m_at > before;
            bool separated = false;
            for (qsizetype i = before; i < m_at; ++i)
                separated = separated || m_text[i] != QLatin1Char(' ');
            if (eatWord(QLatin1StringView("and")) || eatWord(QLatin1StringView("y")) || eatWord(QLatin1StringView("or"))) {
                spaces();
                separated = true;
            } else if (!apart) {
                m_at = before;
                return true;
            }
            std::optional<QString> next = code();
            if (!next && bareNumbers && separated)
                next = numbered(true);
            if (!next) {
                m_at = before;
                return true;
            }
            *codes << *next;
            tails(*next);
        }
    }

    // Whether only separators stand between the last exemption list and `start`.
    bool continuesList(qsizetype start) const
    {
        if (m_listEnd < 0 || start - m_listEnd > 3)
            return false;
        for (qsizetype i = m_listEnd; i < start; ++i) {
            if (!QStringLiteral(" ,;&/.").contains(m_text[i]))
                return false;
        }
        return true;
    }

    const QString &m_text;
    qsizetype m_at = 0;
    qsizetype m_listEnd = -1; // where the last exemption list ended, -1 before the first
};

} // namespace

QList<ExemptionLabel::Part> ExemptionLabel::parts(const QString &text)
{
    const QString source = folded(text);
    return Parser(source).parts();
}

QStringList ExemptionLabel::codesIn(const QString &text)
{
    QStringList codes;
    for (const Part &part : parts(text))
        codes << part.codes;
    return normalized(codes);
}

QStringList ExemptionLabel::codesInOcr(const QString &text)
{
    return codesIn(asReadByOcr(text));
}

QString ExemptionLabel::asReadByOcr(const QString &text)
{
    QString source = folded(text);
    // A small "c" read as a cent sign: "(b)(7)(¢)".
    source.replace(QChar(0x00A2), QLatin1Char('c'));
    // A speck before a code read as a quote or a backtick: "'(b)(7)(f)".
    static const QRegularExpression speck(QStringLiteral("(?<![A-Za-z0-9])['`\u2018\u2019\u201C\u201D\"]+(?=\\(b\\)\\(\\s?[1-9])"));
    source.remove(speck);
    // A small "f" read as a pound sign, in a subparagraph's place: "(b)(7)(£)".
    static const QRegularExpression pound(QStringLiteral("(?<=\\(7\\)\\()\\s*\u00A3\\s*(?=\\))"));
    source.replace(pound, QStringLiteral("f"));
    // ")(" in small print read as one letter, sometimes with a space beside it: "(bM7)(C)",
    // "(bX7XE)", "(b)(7MC)", "(b)(7 ME)", "(b)(7HC)", "(b)(7KC)"; or as a 1, l, I or | between the b and a
    // number it cannot run into ("(b16)", "(bI71C)": no exemption is numbered 10 or above) or
    // between 7 and a subparagraph letter ("(b)(71F)"). Its b read as a D: "(DM6)".
    static const QRegularExpression joined(QStringLiteral(
        "(?<=\\(b)[MXNH](?=[1-9])|(?<=\\(b)[1lI|](?=[2-9])|(?<=\\(b\\)\\(7)\\s?[MXNHK1lI|]\\s?(?=[A-Fa-f]\\))"
        "|(?<=\\(b[MXNH1lI|]7)[MXNH1lI|](?=[A-Fa-f]\\))"));
    static const QRegularExpression dJoined(QStringLiteral("(?<![A-Za-z0-9)])\\(D[MXNH](?=[1-9]\\))"));
    source.replace(dJoined, QStringLiteral("(b)("));
    // The same after a 7 whose parentheses were lost: "(b)71F)".
    static const QRegularExpression sevenJoined(QStringLiteral("\\(b\\)7[MXNH1lI|](?=[A-Fa-f]\\))"));
    source.replace(sevenJoined, QStringLiteral("(b)(7)("));
    source.replace(joined, QStringLiteral(")("));
    source = withParenthesesRestored(source);
    // The E of "Ex." read as an F ("Fx. 4: Ex. 3"), before an exemption's number.
    static const QRegularExpression fx(QStringLiteral("\\bFx\\.?(?=\\s*[1-9]\\b)"));
    source.replace(fx, QStringLiteral("Ex."));
    // The stop of "Ex." read as a comma or a colon ("EX, 1", "Ex: 5"), before an exemption's
    // number: "Ex" names nothing else there.
    static const QRegularExpression exComma(QStringLiteral("\\b(Ex)[,:](?=\\s?[1-9H](?![0-9]))"), QRegularExpression::CaseInsensitiveOption);
    source.replace(exComma, QStringLiteral("\\1."));
    // "7(" read as one H before a subparagraph, in a label's place ("Ex. HG)" for "Ex. 7(C)",
    // "Exemption HC)"): after an exemption's word or a list's separator, before a letter and ")".
    static const QRegularExpression hForSeven(QStringLiteral("((?:\\bEx\\.|\\bExemptions?|[,;&/])\\s?)(?-i:H)(?=[A-Ga-g]\\))"),
                                              QRegularExpression::CaseInsensitiveOption);
    source.replace(hForSeven, QStringLiteral("\\17("));
    // "(b)" as OCR sees it, when an exemption number in parentheses follows.
    static const QRegularExpression b(QStringLiteral("(?<![A-Za-z0-9])(?:[(<>{]?\\s*[bB6hé]|[<>])\\s*[)}\\]]\\s*(?=[({]\\s*[1-9])"));
    source.replace(b, QStringLiteral("(b)"));
    // A capital D for the b of "(b)(6)", where no paragraph (D) comes before it ("(a)(9)(D)(6)").
    static const QRegularExpression d(QStringLiteral("(?<![A-Za-z0-9)])\\(\\s*D\\s*\\)(?=\\s*\\(\\s*[1-9])"));
    source.replace(d, QStringLiteral("(b)"));
    // The opening parenthesis of a number lost after "(b)" where its closing one stands:
    // "(b)7)(C)" (a "(b)7(C)" has no parenthesis after the 7).
    static const QRegularExpression lostOpen(QStringLiteral("(?<=\\(b\\))\\s?([1-9])\\)"));
    source.replace(lostOpen, QStringLiteral("(\\1)"));
    // A subparagraph's closing parenthesis read as "!" ("Exemption 7(A!"): no label has one.
    static const QRegularExpression bang(QStringLiteral("(7\\s*\\)?\\s*\\(\\s*[A-Fa-f])\\s*!"));
    source.replace(bang, QStringLiteral("\\1)"));
    // A 5 read as S inside the parentheses of "b(5)" or "(b)(5)" ("b(7)(E) b(S) b(7)(A)").
    static const QRegularExpression sForFive(QStringLiteral("(?<![A-Za-z0-9])(\\(?b\\)?\\s?\\()\\s?[sS]\\s?(?=\\))"));
    source.replace(sForFive, QStringLiteral("\\15"));
    // ... and after ")(" read as one letter: "(bMS);".
    static const QRegularExpression joinedFive(QStringLiteral("(?<![A-Za-z0-9])\\(b[MXNH]\\s?[sS](?=\\))"));
    source.replace(joinedFive, QStringLiteral("(b)(5"));
    // A comma read as a full stop between the numbers of "Exemptions 6, 5 and 2" ("6.5"): no
    // exemption is numbered 6.5. Only in a list the word opens, where nothing but numbers stand.
    static const QRegularExpression stopInList(QStringLiteral(
        "(\\bExemptions\\s+(?:[1-9](?:\\s?\\(\\s?[A-Fa-f]\\s?\\))?\\s*[,;&]\\s*)*[1-9](?:\\s?\\(\\s?[A-Fa-f]\\s?\\))?)\\.(?=[1-9](?![0-9]))"),
        QRegularExpression::CaseInsensitiveOption);
    // Each pass turns one stop or more into a comma ("6.5.2" takes two): the loop ends.
    while (source.contains(stopInList))
        source.replace(stopInList, QStringLiteral("\\1,"));
    // The subparagraph's closing parenthesis lost at the end of what was read (a frame's edge
    // read as nothing, or cut off): "... / FOIA Exemption (b)(7)(D".
    static const QRegularExpression openAtEnd(QStringLiteral("(\\(\\s*7\\s*\\)\\s*\\(\\s*[A-Fa-f])\\s*$"));
    source.replace(openAtEnd, QStringLiteral("\\1)"));
    // "(7(C)" and "(7)C)": a lost parenthesis around the subparagraph.
    static const QRegularExpression seven(QStringLiteral("\\(\\s*7\\s*\\)?\\s*\\(?\\s*([A-Fa-f])\\s*\\)"));
    source.replace(seven, QStringLiteral("(7)(\\1)"));
    // The 7 of "(b)(7)(d)" read as a slash, and the A of "(b)(7)(A)" as a 4: no exemption is
    // numbered "/", and 7 has no subparagraph "4".
    static const QRegularExpression slashSeven(QStringLiteral("(?<=\\(b\\)\\()\\s*/\\s*(?=\\)\\s*\\(\\s*[A-Fa-f]\\s*\\))"));
    source.replace(slashSeven, QStringLiteral("7"));
    // (Its closing parenthesis may be cut off at the end: "FOIA Exemption (b)(7)(4".)
    static const QRegularExpression fourForA(QStringLiteral("(?<=\\(b\\)\\(7\\)\\()\\s*4\\s*(?:\\)|$)"));
    source.replace(fourForA, QStringLiteral("A)"));
    // The 7 of a subparagraph code read as 1, l, I or | ("Ex. 1(C)", "(b)(1)(E)") or as a slash
    // ("Exemption /(A)"), in a label's place (after "(b)(", "Ex.", "Exemption", "and" or a list's
    // separator): only exemption 7 has subparagraphs C to F, and (A) and (B) of exemption 1 are
    // the statute's, so those stay.
    static const QRegularExpression subparagraphSeven(QStringLiteral(
        "((?:\\bEx\\.?|\\bExemptions?|\\band|\\by|[,;&])\\s*|\\(b\\)\\(\\s*)"
        "(?:[1lI|](?=\\s*\\)?\\s*\\(\\s*[C-Fc-f]\\s*\\))|/(?=\\s*\\)?\\s*\\(\\s*[A-Fa-f]\\s*\\)))"));
    source.replace(subparagraphSeven, QStringLiteral("\\17"));
    return withLabelShapesRestored(source);
}

namespace {

// What a text holds besides its labels and the words labels are printed with ("Exemption",
// "and", "U.S.C."); null when it holds no label.
QString residueOfLabels(const QString &text)
{
    const QString source = folded(text);
    const QList<ExemptionLabel::Part> found = Parser(source).parts();
    if (found.isEmpty())
        return {};
    QString residue = source;
    for (auto it = found.crbegin(); it != found.crend(); ++it)
        residue.remove(it->start, it->end - it->start);
    static const QRegularExpression allowedWords(QStringLiteral(
        "\\b(?:exemptions?|and|y|or|per|FOIA|PA|FOIPA|U\\.?S\\.?C\\.?|sec(?:tion)?|§)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    residue.remove(allowedWords);
    return residue.isNull() ? QStringLiteral("") : residue;
}

} // namespace

bool ExemptionLabel::isLabel(const QString &text)
{
    const QString residue = residueOfLabels(text);
    if (residue.isNull())
        return false;
    int letters = 0;
    for (const QChar c : residue) {
        if (c.isLetterOrNumber())
            ++letters;
    }
    // A stray OCR letter or two is still a label; a word is not.
    return letters <= 2;
}

QString ExemptionLabel::unreadCode(const QString &label, bool ocr)
{
    const QString source = folded(ocr ? asReadByOcr(label) : label);
    const QList<Part> found = Parser(source).parts();
    if (found.isEmpty())
        return {};
    static const QString any = QStringLiteral("(b)");
    // A list goes on past the separator at its end (OCR reads "&" as "\u20ac"), or began before the
    // one at its start; a sentence may begin with a label ("And (b)(6) ...").
    static const QRegularExpression openEnd(QStringLiteral(
        "^\\s*(?:[,;/&+\u20ac]|(?:and|or|y)?\\s*(?:FOIA\\s+)?(?:Exemptions?|Ex\\.?|\\(?b\\)?\\s*\\(?)\\s*[|.]?\\s*$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression openStart(QStringLiteral("(?:[,;/&+\u20ac]|\\band|\\bor)\\s*[|]?\\s*$"));
    // Between the parts and after the last: a piece of a code no code was read from (a number, a
    // parenthesis, a b with one letter after it: "bS" for b5, "bl" for b1), not a word of the
    // sentence going on after a label ("at", "by"), an FBI count ("b5=1") or the rest of a
    // statute a (b)(3) cites ("; 18 U.S.C, 3123").
    static const QRegularExpression separators(QStringLiteral("[\\s,;/&|.:\u20ac]+"));
    static const QRegularExpression codePiece(QStringLiteral("[0-9()\u00a3\u00a2]|^\\(?[bB][A-Za-z|]?\\)?$"));
    static const QRegularExpression proseWord(QStringLiteral("^(?:by|be|bi)$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression count(QStringLiteral("^[^A-Za-z0-9]*[0-9]{1,2}\\s*$"));
    static const QRegularExpression statute(QStringLiteral("U\\.?\\s?S\\.?\\s?C|\u00a7|\\$|\\bsec"), QRegularExpression::CaseInsensitiveOption);
    auto citedStatute = [&](qsizetype k, const QString &piece) {
        return found[k].codes.contains(QStringLiteral("(b)(3)")) && piece.contains(statute);
    };
    const QString after = source.mid(found.last().end);
    if ((openEnd.match(after).hasMatch() && !citedStatute(found.size() - 1, after))
        || openStart.match(source.left(found.first().start)).hasMatch()) {
        return any;
    }
    for (qsizetype k = 0; k < found.size(); ++k) {
        const qsizetype end = k + 1 < found.size() ? found[k + 1].start : source.size();
        const QString piece = source.mid(found[k].end, end - found[k].end);
        if (count.match(piece).hasMatch() || citedStatute(k, piece))
            continue;
        const QStringList words = piece.split(separators, Qt::SkipEmptyParts);
        if (std::any_of(words.cbegin(), words.cend(), [](const QString &word) {
                return word.contains(codePiece) && !proseWord.match(word).hasMatch();
            })) {
            return any;
        }
    }
    for (const Part &part : found) {
        if (part.codes.contains(QStringLiteral("(b)(7)")))
            return QStringLiteral("(b)(7)");
    }
    return {};
}

bool ExemptionLabel::isCleanLabel(const QString &text)
{
    const QString residue = residueOfLabels(text);
    return !residue.isNull() && std::all_of(residue.cbegin(), residue.cend(), [](QChar c) {
        return c.isSpace() || QStringLiteral(";,&/.").contains(c);
    });
}

qsizetype ExemptionLabel::gluedLabelStart(const QString &word, const QString &next)
{
    for (qsizetype i = 2; i + 1 < word.size(); ++i) {
        if (!word[i - 1].isLetter())
            return -1;
        const QChar c = word[i];
        // "Ex." or "Exemption" glued after a small letter opens a label the next word goes on
        // with ("cooperationEx." before "2").
        if (c == QLatin1Char('E') && word[i - 1].isLower() && !next.isEmpty()) {
            static const QRegularExpression opening(QStringLiteral("^(?:Ex\\.|Exemptions?)$"));
            const QString rest = word.mid(i);
            if (opening.match(rest).hasMatch()) {
                const QList<Part> across = parts(rest + QLatin1Char(' ') + next);
                if (!across.isEmpty() && across.first().start == 0 && across.first().end > rest.size())
                    return i;
            }
            continue;
        }
        if (c != QLatin1Char('(') && c != QLatin1Char('b') && c != QLatin1Char('B'))
            continue;
        // The rest is codes from its first character to its last (but for a closing separator).
        const QString rest = word.mid(i);
        const QList<Part> found = parts(rest);
        qsizetype end = rest.size();
        // A (b)(3) may end the word with the title of its statute, whose rest is the next word
        // ("(b)(3):18" of "(b)(3):18 U.S.C. 3123").
        static const QRegularExpression statuteTitle(QStringLiteral(":\\d{1,2}$"));
        if (!found.isEmpty() && found.last().codes.contains(QStringLiteral("(b)(3)")))
            end -= statuteTitle.match(rest).capturedLength();
        while (end > 0 && QStringLiteral(",;.:/").contains(rest[end - 1]))
            --end;
        if (!found.isEmpty() && found.first().start == 0 && found.last().end >= end && isLabel(rest))
            return i;
        // The opening of a label the next word goes on with ("(b)", "(b)(7)"): the two read as
        // one label whose first part starts here and reaches into the next word. Only from a
        // parenthesis: a name's last b before a number ("Jacob (6 years)") is no label.
        if (!next.isEmpty() && c == QLatin1Char('(') && rest.size() <= 6) {
            const QList<Part> across = parts(rest + QLatin1Char(' ') + next);
            if (!across.isEmpty() && across.first().start == 0 && across.first().end > rest.size())
                return i;
        }
    }
    return -1;
}

qsizetype ExemptionLabel::gluedProseStart(const QString &word, const QString &before)
{
    // The code's characters only (a number among them), closed by a parenthesis; then two small
    // letters or more, and a stop or comma at most.
    static const QRegularExpression glued(QStringLiteral("^[-()bB1-9A-Fa-f]*[1-9][-()bB1-9A-Fa-f]*\\)(?=\\p{Ll}{2,}[.,;:]?$)"));
    const QRegularExpressionMatch m = glued.match(word);
    if (m.hasMatch())
        return m.capturedLength();
    // A bare exemption number right after the word that names it ("Exemption 4stated"): the
    // number is the label's, the letters the prose's.
    static const QRegularExpression named(QStringLiteral("(?:\\bExemptions?|\\bEx\\.?)$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression number(QStringLiteral("^[1-9](?=\\p{Ll}{2,}[.,;:]?$)"));
    if (named.match(before).hasMatch() && number.match(word).hasMatch())
        return 1;
    return -1;
}

bool ExemptionLabel::isMatchedIn(const QString &code, const QStringList &codes)
{
    if (codes.contains(code))
        return true;
    const QString bare = QStringLiteral("(b)(7)");
    auto subparagraph = [](const QString &c) { return c.startsWith(QLatin1String("(b)(7)(")); };
    return code == bare ? std::any_of(codes.cbegin(), codes.cend(), subparagraph) : subparagraph(code) && codes.contains(bare);
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
