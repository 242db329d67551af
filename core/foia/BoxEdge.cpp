#include "BoxEdge.h"

#include <QList>

#include <algorithm>
#include <cmath>

namespace rebuttal {

namespace {

constexpr double kMaxSkew = 0.0175; // scans are skewed by up to about a degree
constexpr int kSamples = 16;
constexpr int kOutside = 4; // rows of paper outside a box's upright rectangle to start from

template <typename T>
T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? T() : values[values.size() / 2];
}

int levelAt(const QImage &gray, int x, int y, int paper)
{
    return gray.rect().contains(x, y) ? gray.constScanLine(y)[x] : paper;
}

} // namespace

int BoxEdge::fillOf(const QImage &gray, const QRect &box)
{
    QList<int> samples;
    const QRect middle = box.adjusted(box.width() / 4, box.height() / 4, -box.width() / 4, -box.height() / 4).intersected(gray.rect());
    const int stepX = std::max(1, middle.width() / 24), stepY = std::max(1, middle.height() / 6);
    for (int y = middle.top(); y <= middle.bottom(); y += stepY) {
        for (int x = middle.left(); x <= middle.right(); x += stepX)
            samples << gray.constScanLine(y)[x];
    }
    return median(samples);
}

std::optional<BoxEdge> BoxEdge::of(const QImage &gray, const QRect &box, Side side, int paper)
{
    if (gray.format() != QImage::Format_Grayscale8 || box.width() < 8 || box.height() < 3)
        return std::nullopt;
    const int up = side == Side::Top ? -1 : 1; // the way out of the box, in rows
    const int edge = side == Side::Top ? box.top() : box.bottom();
    const int drift = int(std::ceil(box.width() * kMaxSkew)) + 3;
    // Column by column, where the box starts: walking in from the paper just outside its upright
    // rectangle, the first of two rows of fill (or of its frame, for an outlined box whose inside
    // is paper). Walking in from the paper, the label printed on the box is never reached: walking
    // out from the box's middle, the light stems of a white label's letters read as paper. The
    // slope is the median of the slopes between those points, which a mark touching the edge here
    // and there does not move.
    const int fill = fillOf(gray, box);
    const int target = paper - fill >= 40 ? fill : 0;
    const int threshold = (paper + target) / 2;
    struct Point { int x; double y; };
    QList<Point> points;
    for (int i = 0; i < kSamples; ++i) {
        const int x = box.left() + box.width() / 8 + i * (box.width() * 3 / 4) / (kSamples - 1);
        // A light grey fill's noise reaches the threshold now and then: each row is the mean of
        // three pixels across.
        auto isFill = [&](int y) {
            return (levelAt(gray, x - 1, y, paper) + levelAt(gray, x, y, paper) + levelAt(gray, x + 1, y, paper)) / 3 < threshold;
        };
        // From paper: a few rows out, or further while the box's rim still shows there.
        int y = edge + up * kOutside;
        for (int step = 0; step < kOutside && isFill(y); ++step)
            y += up;
        if (isFill(y))
            continue;
        for (int step = 0; step <= drift + 2 * kOutside; ++step, y -= up) {
            if (isFill(y) && isFill(y - up)) {
                points << Point{x, double(y + up)};
                break;
            }
        }
    }
    if (points.size() < 3)
        return std::nullopt;
    QList<double> slopes;
    for (qsizetype i = 0; i < points.size(); ++i) {
        for (qsizetype j = i + 1; j < points.size(); ++j)
            slopes << (points[j].y - points[i].y) / (points[j].x - points[i].x);
    }
    BoxEdge line;
    line.m_column = box.left();
    line.m_slope = std::clamp(median(slopes), -kMaxSkew, kMaxSkew);
    QList<double> intercepts;
    for (const Point &point : std::as_const(points))
        intercepts << point.y - line.m_slope * (point.x - line.m_column);
    line.m_row = median(intercepts);
    return line;
}

QImage BoxEdge::insideOf(const QImage &gray, const QRect &box, int paper, int inset)
{
    const std::optional<BoxEdge> top = of(gray, box, Side::Top, paper);
    const std::optional<BoxEdge> bottom = of(gray, box, Side::Bottom, paper);
    if (!top || !bottom)
        return {};
    // One skew for both edges (a box is a rectangle); each edge keeps its own height.
    const double slope = (top->m_slope + bottom->m_slope) / 2;
    const double topRow = top->rowAt(box.left()) + 1 + inset, bottomRow = bottom->rowAt(box.left()) - 1 - inset;
    // The sides slant by the height times the skew: in by that much too, and by a pixel of their
    // antialiased rim (paper just past a side reads as a mark on the fill).
    const int sides = inset + 1 + int(std::ceil(std::abs(slope) * box.height()));
    const int left = box.left() + sides, right = box.right() - sides;
    const int rows = int(std::floor(bottomRow - topRow)) + 1;
    if (right - left < 2 || rows < 2)
        return {};
    // Each pixel between the two rows the slanted row crosses, weighed by how near it runs to
    // each: the nearest row alone steps a pixel every 1/slope columns, and shears the letters
    // standing across each step.
    QImage inside(right - left + 1, rows, QImage::Format_Grayscale8);
    for (int r = 0; r < rows; ++r) {
        uchar *out = inside.scanLine(r);
        for (int x = left; x <= right; ++x) {
            const double row = topRow + slope * (x - box.left()) + r;
            const int above = int(std::floor(row));
            const double below = row - above;
            out[x - left] = uchar(std::lround((1 - below) * levelAt(gray, x, above, paper) + below * levelAt(gray, x, above + 1, paper)));
        }
    }
    return inside;
}

} // namespace rebuttal
