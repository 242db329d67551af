// Reads a page's words as lines of text and finds what is printed on the page itself:
// the Bates stamp and a notice that the page was withheld in full.
#pragma once

#include "pdf/PdfDocument.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rebuttal {

struct TextLine
{
    QList<int> words; // indexes into the page's words, left to right
    QRectF box;
    QString text;
};

class PageText
{
public:
    // Stamps added to a page (a court's filing header, an exhibit number, a Bates number) sit in
    // the top and bottom bands of this height; the document itself is in between.
    static constexpr double StampBand = 0.07;
    static bool inStampBand(const QRectF &box)
    {
        return box.center().y() < StampBand || box.center().y() > 1 - StampBand;
    }

    explicit PageText(QList<PdfWord> words);

    const QList<PdfWord> &words() const { return m_words; }
    const QList<TextLine> &lines() const { return m_lines; }
    // The page's text, line by line.
    QString plainText() const;
    bool isEmpty() const;

    // The Bates number stamped near an edge of the page ("2019-ICLI-00003-022454"), with the
    // spaces stamps sometimes carry removed; empty when there is none.
    QString batesNumber() const;

    // Whether the page says it was withheld in full, and the exemptions it cites for that.
    bool isWithheldNotice(QStringList *exemptions) const;

    // The text of `line` from word `first` to `last`, inclusive, as printed.
    QString textOf(const TextLine &line, int first, int last) const;

private:
    QList<PdfWord> m_words;
    QList<TextLine> m_lines;
};

} // namespace rebuttal
