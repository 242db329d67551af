// A scanned box's top or bottom edge as a straight line: a scan's skew slants it off its upright
// rectangle's edge, by up to the box's width times the skew.
#pragma once

#include <QImage>
#include <QRect>

#include <optional>

namespace rebuttal {

class BoxEdge
{
public:
    enum class Side { Top, Bottom };

    // The edge on `side` of `box` (pixels of `gray`, a scanned page whose paper has the grey level
    // `paper`), fitted to where the paper starts past the box column by column; nothing when too
    // few columns show one (a box whose fill is the paper's own grey, or off the page).
    static std::optional<BoxEdge> of(const QImage &gray, const QRect &box, Side side, int paper);

    // The row of the first paper past the box at column `x` of the page.
    double rowAt(double x) const { return m_row + m_slope * (x - m_column); }
    // How far the edge drops per column to the right.
    double slope() const { return m_slope; }

    // The inside of `box` between its top and bottom edges, cut out straightened (its rows run
    // along the edges) and `inset` pixels in from them and from its sides: a skewed box's label
    // level, and none of the paper a skew shows in its upright rectangle's corners. Null when its
    // edges cannot be measured.
    static QImage insideOf(const QImage &gray, const QRect &box, int paper, int inset);

    // The grey level of a box's fill: the middle of its inside, where a label printed on it rarely
    // reaches all of the sampled rows.
    static int fillOf(const QImage &gray, const QRect &box);

private:
    double m_column = 0;
    double m_row = 0;
    double m_slope = 0;
};

} // namespace rebuttal
