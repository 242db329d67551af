#include "ReadingTurn.h"

#include <QTransform>

#include <array>
#include <cmath>

namespace rebuttal {

namespace {

QPointF turnedPoint(QPointF p, int quarters)
{
    // One clockwise quarter turn of the unit square: (x, y) -> (1 - y, x).
    for (int i = 0; i < quarters; ++i)
        p = QPointF(1 - p.y(), p.x());
    return p;
}

} // namespace

ReadingTurn ReadingTurn::of(const QList<PdfWord> &words)
{
    // Votes for: reading left to right (no turn), down the page, right to left, up the page.
    std::array<qsizetype, 4> votes{};
    for (const PdfWord &word : words) {
        const qsizetype n = std::min(word.characters.size(), word.text.size());
        if (n < 2)
            continue;
        const QPointF step = word.characters[n - 1].center() - word.characters[0].center();
        if (std::abs(step.x()) > std::abs(step.y()))
            votes[step.x() > 0 ? 0 : 2] += n;
        else
            votes[step.y() > 0 ? 1 : 3] += n;
    }
    qsizetype total = 0;
    for (qsizetype v : votes)
        total += v;
    // Text running down the page is set upright by three clockwise quarter turns (one back);
    // text running up, by one.
    constexpr std::array<int, 4> quartersFor{0, 3, 2, 1};
    for (int direction = 1; direction < 4; ++direction) {
        if (votes[direction] * 2 > total)
            return ReadingTurn(quartersFor[direction]);
    }
    return ReadingTurn();
}

QRectF ReadingTurn::turned(const QRectF &box, int quarters)
{
    if (quarters % 4 == 0)
        return box;
    const QPointF a = turnedPoint(box.topLeft(), quarters), b = turnedPoint(box.bottomRight(), quarters);
    return QRectF(QPointF(std::min(a.x(), b.x()), std::min(a.y(), b.y())), QPointF(std::max(a.x(), b.x()), std::max(a.y(), b.y())));
}

QRectF ReadingTurn::toReading(const QRectF &displayed) const
{
    return turned(displayed, m_quarters);
}

QRectF ReadingTurn::toDisplayed(const QRectF &reading) const
{
    return turned(reading, (4 - m_quarters) % 4);
}

QList<PdfWord> ReadingTurn::toReading(QList<PdfWord> words) const
{
    if (isNone())
        return words;
    for (PdfWord &word : words) {
        word.box = toReading(word.box);
        for (QRectF &character : word.characters)
            character = toReading(character);
    }
    return words;
}

QImage ReadingTurn::toReading(const QImage &displayed) const
{
    if (isNone() || displayed.isNull())
        return displayed;
    return displayed.transformed(QTransform().rotate(90.0 * m_quarters));
}

} // namespace rebuttal
