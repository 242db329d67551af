#include "LabelLine.h"

#include "BoxEdge.h"

#include <QList>

#include <algorithm>
#include <array>
#include <cmath>

namespace rebuttal {

namespace {

constexpr double kMaxSkew = 0.0175;           // scans are skewed by up to about a degree
constexpr double kReachInches = 0.4;          // how far from its box a label above or below it starts
constexpr double kSpreadInches = 1.5;         // how far past the box's ends its label may start
constexpr double kWordGapInches = 0.2;        // wider than the space between a label's words
constexpr double kMinLineInches = 0.035;      // a line of print is taller than a row of specks...
constexpr double kMaxLineInches = 0.2;        // ...and a label's line no taller than 14 pt print
constexpr int kInk = 64;                      // how much darker than the paper print is
constexpr int kMinInkPerRow = 3;              // fewer marks on a row are noise, not print

int levelAt(const QImage &gray, int x, int y, int paper)
{
    return gray.rect().contains(x, y) ? gray.constScanLine(y)[x] : paper;
}

// From column `from` (inked), the last inked column going `step` (-1 or 1) before a run of more
// than `gap` blank columns or the image's edge (`width` columns).
template <typename ColumnHasInk>
int lastInkBeforeGap(int from, int step, int gap, int width, const ColumnHasInk &columnHasInk)
{
    int last = from;
    for (int x = from + step, blank = 0; x >= 0 && x < width && blank <= gap; x += step) {
        blank = columnHasInk(x) ? 0 : blank + 1;
        if (blank == 0)
            last = x;
    }
    return last;
}

} // namespace

int LabelLine::paperOf(const QImage &gray, const QRect &area)
{
    std::array<int, 256> levels{};
    const QRect inside = area.intersected(gray.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = inside.left(); x <= inside.right(); ++x)
            ++levels[line[x]];
    }
    return int(std::max_element(levels.cbegin(), levels.cend()) - levels.cbegin());
}

std::optional<LabelLine> LabelLine::find(const QImage &gray, const QRect &pageBox, Side side, double dpi)
{
    const QRect box = pageBox.intersected(gray.rect());
    if (gray.format() != QImage::Format_Grayscale8 || box.width() < 8 || box.height() < 3 || dpi <= 0)
        return std::nullopt;
    if (side == Side::Left || side == Side::Right)
        return findBeside(gray, box, side == Side::Right, dpi);
    const int up = side == Side::Above ? -1 : 1; // the way out of the box, in rows
    const int reach = int(kReachInches * dpi), spread = int(kSpreadInches * dpi);
    const int left = std::max(0, box.left() - spread), right = std::min(gray.width() - 1, box.right() + spread);
    const int edge = side == Side::Above ? box.top() : box.bottom();
    const int drift = int(std::ceil(box.width() * kMaxSkew)) + 3;

    // The paper: the commonest level of the band the line would stand in.
    const QRect band = QRect(QPoint(left, edge + up * (drift + reach)), QPoint(right, edge + up * drift)).normalized().intersected(gray.rect());
    if (band.height() < 2)
        return std::nullopt;
    const int paper = paperOf(gray, band);

    // The box's edge, as the scan's skew slants it; level, just past the box, when it cannot be
    // measured.
    const std::optional<BoxEdge> measured = BoxEdge::of(gray, box, side == Side::Above ? BoxEdge::Side::Top : BoxEdge::Side::Bottom, paper);
    const double slope = measured ? measured->slope() : 0.0;
    const double edgeAtLeft = measured ? measured->rowAt(left) : double(edge + up);
    auto rowAt = [&](int x, int distance) { return int(std::lround(edgeAtLeft + slope * (x - left) + up * distance)); };
    auto isInk = [&](int x, int y) { return levelAt(gray, x, y, paper) < paper - kInk; };
    auto inkAt = [&](int distance) {
        int ink = 0;
        for (int x = left; x <= right; ++x)
            ink += isInk(x, rowAt(x, distance));
        return ink;
    };

    // Across the blank paper, then the line's rows to the first blank one. A run of rows too short
    // to be print (specks, what is left of the box's blurred rim) is passed over.
    const int tallest = int(kMaxLineInches * dpi), shortest = std::max(2, int(kMinLineInches * dpi));
    int distance = 0, first = 0, last = 0;
    for (;;) {
        while (distance <= reach && inkAt(distance) < kMinInkPerRow)
            ++distance;
        if (distance > reach)
            return std::nullopt;
        first = distance;
        while (distance - first <= tallest && inkAt(distance) >= kMinInkPerRow)
            ++distance;
        last = distance - 1;
        if (last - first + 1 > tallest)
            return std::nullopt;
        if (last - first + 1 >= shortest)
            break;
    }

    // Its columns: from its first mark to its last, with a little paper either side.
    int from = right + 1, to = left - 1;
    for (int x = left; x <= right; ++x) {
        for (int d = first; d <= last; ++d) {
            if (isInk(x, rowAt(x, d))) {
                from = std::min(from, x);
                to = std::max(to, x);
                break;
            }
        }
    }
    // A label that runs on past that window (a line found from the end of another box) is taken
    // whole, to the first gap wider than a word's: cut, it reads as the codes it kept.
    if (from <= to) {
        const int gap = int(kWordGapInches * dpi);
        auto columnHasInk = [&](int x) {
            for (int d = first; d <= last; ++d) {
                if (isInk(x, rowAt(x, d)))
                    return true;
            }
            return false;
        };
        from = lastInkBeforeGap(from, -1, gap, gray.width(), columnHasInk);
        to = lastInkBeforeGap(to, 1, gap, gray.width(), columnHasInk);
    }
    const int pad = int(0.05 * dpi);
    from = std::max(0, from - pad);
    to = std::min(gray.width() - 1, to + pad);

    // Straightened: row r of the image lies `r` rows below the line's top along the edge's slope,
    // with a blank row above and below it.
    const int outer = side == Side::Above ? last + 1 : first - 1; // the image's top row, as a distance
    return cutOut(gray, from, to, edgeAtLeft + slope * (from - left) + up * outer, slope, last - first + 3, paper);
}

std::optional<LabelLine> LabelLine::findBeside(const QImage &gray, const QRect &box, bool rightward, double dpi)
{
    if (box.height() > 2 * kMaxLineInches * dpi)
        return std::nullopt;
    const int step = rightward ? 1 : -1;
    const int reach = int(kReachInches * dpi), spread = int(kSpreadInches * dpi), gap = int(kWordGapInches * dpi);
    // The rows of the box's line: the box's own, and a quarter of its height above and below for
    // the print that stands taller than a box drawn over a word.
    const int pad = std::max(2, box.height() / 4);
    const int rows = box.height() + 2 * pad;
    const int side = rightward ? box.right() : box.left();
    const QRect band = QRect(QPoint(side + step * 2, box.top() - pad), QPoint(side + step * (reach + spread), box.bottom() + pad))
                           .normalized()
                           .intersected(gray.rect());
    if (band.width() < 2 || band.height() < 2)
        return std::nullopt;
    const int paper = paperOf(gray, band);
    // The line's top row at each column, along the box's top edge as the scan's skew slants it.
    const std::optional<BoxEdge> measured = BoxEdge::of(gray, box, BoxEdge::Side::Top, paper);
    const double slope = measured ? measured->slope() : 0.0;
    const double topAtSide = (measured ? measured->rowAt(side) + 1 : double(box.top())) - pad;
    auto topAt = [&](int x) { return topAtSide + slope * (x - side); };
    auto inkIn = [&](int x) {
        int ink = 0;
        for (int r = 0; r < rows; ++r)
            ink += levelAt(gray, x, int(std::lround(topAt(x) + r)), paper) < paper - kInk;
        return ink;
    };
    // Another box on the line (a row of boxes) ends the print beside this one: its columns are
    // ink on most rows, which no letter is.
    auto isBox = [&](int x) { return inkIn(x) >= box.height() * 3 / 4; };
    auto columnHasInk = [&](int x) { return inkIn(x) > 0 && !isBox(x); };

    // The first print out from the box's side (past the box's blurred rim), within reach.
    int first = -1;
    for (int d = 2; d <= reach; ++d) {
        const int x = side + step * d;
        if (x < 0 || x >= gray.width() || isBox(x))
            break;
        if (columnHasInk(x)) {
            first = x;
            break;
        }
    }
    if (first < 0)
        return std::nullopt;
    // To the first gap wider than a word's, no further than a label's length.
    int last = first;
    for (int x = first + step, blank = 0; x >= 0 && x < gray.width() && blank <= gap && std::abs(x - first) <= spread; x += step) {
        if (isBox(x))
            break;
        blank = columnHasInk(x) ? 0 : blank + 1;
        if (blank == 0)
            last = x;
    }
    const int margin = int(0.05 * dpi);
    int from = std::min(first, last), to = std::max(first, last);
    from = std::max({0, from - margin, rightward ? side + 2 : 0});
    to = std::min({gray.width() - 1, to + margin, rightward ? gray.width() - 1 : side - 2});
    if (to - from < 2)
        return std::nullopt;

    // With a blank row above and below the box's line.
    return cutOut(gray, from, to, topAt(from) - 1, slope, rows + 2, paper);
}

LabelLine LabelLine::cutOut(const QImage &gray, int from, int to, double topAtFrom, double slope, int rows, int paper)
{
    LabelLine line;
    line.m_paper = paper;
    line.m_left = from;
    line.m_slope = slope;
    line.m_edgeY = topAtFrom;
    line.m_image = QImage(to - from + 1, rows, QImage::Format_Grayscale8);
    for (int r = 0; r < rows; ++r) {
        uchar *out = line.m_image.scanLine(r);
        for (int x = from; x <= to; ++x)
            out[x - from] = uchar(levelAt(gray, x, int(std::lround(topAtFrom + slope * (x - from) + r)), paper));
    }
    return line;
}

QRect LabelLine::area() const
{
    const double y0 = m_edgeY, y1 = m_edgeY + m_slope * (m_image.width() - 1);
    return QRectF(QPointF(m_left, std::min(y0, y1)), QPointF(m_left + m_image.width(), std::max(y0, y1) + m_image.height())).toAlignedRect();
}

bool LabelLine::holds(const QPointF &point) const
{
    const double row = point.y() - (m_edgeY + m_slope * (point.x() - m_left));
    return point.x() >= m_left && point.x() < m_left + m_image.width() && row >= 0 && row < m_image.height();
}

QRectF LabelLine::toPage(const QRectF &inImage) const
{
    return inImage.translated(m_left, m_edgeY + m_slope * inImage.center().x());
}

} // namespace rebuttal
