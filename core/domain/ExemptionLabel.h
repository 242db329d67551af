// FOIA exemption labels as agencies print them ("(b)(6), (b)(7)(c)", "b6 b7C", "(b)(3):8 U.S.C. 1202(f)")
// read into canonical codes: "(b)(6)", "(b)(7)(C)".
#pragma once

#include <QStringList>

namespace rebuttal {

class ExemptionLabel
{
public:
    // One label written in a text: where it starts and ends (indexes into the text as given)
    // and the canonical codes it names, in the order written.
    struct Part
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QStringList codes;
    };
    // The labels written in `text`, left to right: every notation of the one grammar
    // ("(b)(6)", "b7C -1", "Ex. 6", "Exemptions 6 and 7(C)", "(b)(3): 8 U.S.C. § 1202(f)").
    static QList<Part> parts(const QString &text);

    // Every exemption code written in `text`, canonical, sorted and unique.
    static QStringList codesIn(const QString &text);

    // The same, for text read by OCR, which also misreads "(b)" as "(6)", "b)", ">)" or "{b)" and
    // drops parentheses ("(7(C)"). Only for OCR: in live text "(6)(6)" is not a label.
    static QStringList codesInOcr(const QString &text);
    // The text with OCR's misreadings of labels folded back, as codesInOcr reads it.
    static QString asReadByOcr(const QString &text);

    // True when `text` is a label and nothing else: exemption codes with separators, the word
    // "Exemption(s)", a (b)(3) statute. A sentence that mentions an exemption is not a label.
    static bool isLabel(const QString &text);

    // A label as it is printed, read cleanly: its parts with nothing between them but separators
    // and a label's own words, not even the stray letter or sign ("b(7)(C) €:") that isLabel lets
    // pass, as OCR leaves it where it misread the rest of a label.
    static bool isCleanLabel(const QString &text);

    // Where a label starts that OCR read glued to the word before it ("furtherb7C",
    // "travel(b)(7)(C)": print set close after a word), or -1. The word before is letters only, and
    // the rest of the word from there is a label and nothing else, or a label's opening that
    // `next` (the word after it on its line) goes on with ("near(b)" before "(7)(D),(b)").
    static qsizetype gluedLabelStart(const QString &word, const QString &next = {});

    // Where a word of prose starts that OCR read glued to the code before it ("(7)(D)who": the
    // next word set close after a label), or -1: a code's closing parenthesis, then small letters;
    // or a bare number right after `before`, the word naming it ("Exemption" then "4stated").
    static qsizetype gluedProseStart(const QString &word, const QString &before = {});

    // What a label shown only in part may name beyond the codes read from it, for an audit that
    // must not call a claimed exemption unapplied when the page's label cannot say: "(b)" (any
    // exemption) when the label ends in a list's separator or a notation's opening ("(b)(6),
    // (b)" cut off by its box's edge), starts with a separator (its beginning lost: "and
    // (b)(3)"), or holds a piece of print a code could be that no code was read from ("b6, bS",
    // "(b)(7)(€)" as OCR leaves them, with `ocr`); "(b)(7)" when it stops at a bare exemption 7
    // ("(b)(6), (b)(7)"); empty when it reads whole, or holds no label at all.
    static QString unreadCode(const QString &label, bool ocr);

    // Sorted and unique, in canonical order ("(b)(5)" < "(b)(6)" < "(b)(7)(C)").
    static QStringList normalized(QStringList codes);

    static bool isCanonical(const QString &code);

    // Whether `code` is among `codes`, a bare "(b)(7)" matching any subparagraph of exemption 7
    // and the other way round: a stamp "(b)(7)" names the exemption without saying which part,
    // and an index claiming 7(C) for it does not contradict it.
    static bool isMatchedIn(const QString &code, const QStringList &codes);
};

} // namespace rebuttal
