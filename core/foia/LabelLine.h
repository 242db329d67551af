// The line of print nearest a box's top or bottom edge on a scanned page: where a label printed
// above or below the box stands ("(b)(6); (b)(7)(C)" in small print over a paragraph's box); or
// the print right beside a box on its own line, where a label set after it stands ("Ex. 8").
#pragma once

#include <QImage>
#include <QRect>
#include <QRectF>

#include <optional>

namespace rebuttal {

class LabelLine
{
public:
    enum class Side { Above, Below, Left, Right };

    // The nearest line of print on `side` of `box` (pixels of `gray`, a page scanned at `dpi`),
    // starting within `reach` pixels of the box's edge, or nothing when the paper there is blank or
    // what lies there is no line (taller than a label's print can be). The scan's skew is read from
    // the box's own edge, so a line is told from the next one however wide the box is.
    // Left and Right: the print on the box's line starting within that reach of its side, up to
    // the first gap wider than a word's (or another box, or kSpreadInches); nothing for a box
    // taller than two lines of print (a paragraph's box has no one line beside it).
    static std::optional<LabelLine> find(const QImage &gray, const QRect &box, Side side, double dpi);

    // The paper's grey level in `area` of `gray`: its commonest level, on a page mostly blank
    // between its lines.
    static int paperOf(const QImage &gray, const QRect &area);

    // The line cut out straightened (its rows run along the box's edge), dark print on light paper.
    const QImage &image() const { return m_image; }
    // The paper's grey level around the line.
    int paper() const { return m_paper; }
    // Where the line lies on the page, in its pixels.
    QRect area() const;
    // Whether a point of the page (in its pixels) lies on the line.
    bool holds(const QPointF &point) const;
    // Where a rectangle of image() lies on the page, in its pixels.
    QRectF toPage(const QRectF &inImage) const;

private:
    static std::optional<LabelLine> findBeside(const QImage &gray, const QRect &box, bool rightward, double dpi);
    // Columns `from`..`to` of `gray` cut out straightened: `rows` rows along `slope` from row
    // `topAtFrom` at column `from` (the paper's level, `paper`, off the page).
    static LabelLine cutOut(const QImage &gray, int from, int to, double topAtFrom, double slope, int rows, int paper);

    QImage m_image;
    int m_left = 0;        // the page's column of the image's first column
    double m_edgeY = 0;    // the image's first row on the page at column m_left...
    double m_slope = 0;    // ...and its drift per column to the right
    int m_paper = 255;
};

} // namespace rebuttal
