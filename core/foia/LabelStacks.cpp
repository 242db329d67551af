#include "LabelStacks.h"

#include "domain/ExemptionLabel.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace rebuttal {

bool LabelStacks::isLabelWord(const QString &word)
{
    // "bl" is "b1" with its 1 read as l, as OCR reads it apart from its count ("bl" "-4").
    static const QRegularExpression part(QStringLiteral("^(?:[-\u2013]\\s?\\d{1,2}|and|&|\\(b\\)|\\(\\d\\)|\\([A-Fa-f]\\)|b[lI|])[,;.]?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    return !ExemptionLabel::codesInOcr(word).isEmpty() || part.match(word).hasMatch();
}

// Where the page's reading ran the lines of a stack of labels together. The labels in the margin
// of an FBI release stand in a column, each the last thing on its line, a box's stacked one under
// the other ("b6 -1" over "b7C -1") closer than the lines of the text: the page's reading may
// read two lines of a stack as one word twice a label's height ("b7D 4" for "b7E -4" over
// "b7D -4") or as junk ("bad" for "b7C -3" over "b4 -4"), and the box keeps only the line it
// read. Such words in a column of three or more labels mark a place read again closely, a label's
// line above and below them (fractions of the page).
QList<QRectF> LabelStacks::garbled(const QList<PdfWord> &words)
{
    constexpr double kAligned = 0.012; // left edges of one column, as RedactionReader's margins
    auto onLineOf = [](const QRectF &a, const QRectF &b) {
        return std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top()) > 0.3 * std::min(a.height(), b.height());
    };
    // The first words of labels that end their lines.
    QList<QRectF> heads;
    for (const PdfWord &word : words) {
        if (ExemptionLabel::codesInOcr(word.text).isEmpty())
            continue;
        const bool last = std::none_of(words.cbegin(), words.cend(), [&](const PdfWord &other) {
            return other.box.left() > word.box.left() && onLineOf(other.box, word.box) && !isLabelWord(other.text);
        });
        if (last)
            heads << word.box;
    }
    QList<QRectF> column;
    for (const QRectF &head : std::as_const(heads)) {
        const auto aligned = std::count_if(heads.cbegin(), heads.cend(), [&head](const QRectF &other) {
            return std::abs(other.left() - head.left()) < kAligned;
        });
        if (aligned >= 3)
            column << head;
    }
    QList<QRectF> stacks;
    if (column.isEmpty())
        return stacks;
    QList<double> heights;
    for (const QRectF &head : std::as_const(column))
        heights << head.height();
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    const double line = heights[heights.size() / 2];
    for (const PdfWord &word : words) {
        // In the column where its nearest label stands (a scan's skew slants a column's edge).
        const QRectF nearest = *std::min_element(column.cbegin(), column.cend(), [&word](const QRectF &a, const QRectF &b) {
            return std::abs(a.center().y() - word.box.center().y()) < std::abs(b.center().y() - word.box.center().y());
        });
        if (std::abs(word.box.left() - nearest.left()) >= kAligned || (isLabelWord(word.text) && word.box.height() < 1.6 * line))
            continue;
        const QRectF around(QPointF(word.box.left() - kAligned, word.box.top() - line), QPointF(1, word.box.bottom() + line));
        auto meets = std::find_if(stacks.begin(), stacks.end(), [&around](const QRectF &r) { return r.intersects(around); });
        if (meets == stacks.end())
            stacks << around;
        else
            *meets = meets->united(around);
    }
    return stacks;
}

} // namespace rebuttal
