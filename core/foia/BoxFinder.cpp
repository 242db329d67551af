#include "BoxFinder.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBoxes, "rebuttal.boxes")

#include <algorithm>
#include <cmath>
#include <map>
#include <array>
#include <optional>
#include <numeric>
#include <vector>

namespace rebuttal {

namespace {

// A pixel can belong to a box fill when it is neutral (no colour: banners and logos are
// coloured) and darker than light-grey paper tints. FDA releases use #BFBFBF boxes.
constexpr int kLightest = 215;
// Dark colours have little chroma in absolute terms: a navy band or a forest in a photo is only
// ~16-20 levels away from grey, while black fills (even scanned) are within a few. Lighter
// pixels may have more: a scan's colour fringes around a label on a grey box.
int maxChroma(int level)
{
    return 12 + level / 6;
}
// A fill is flat: a pixel whose 3x3 neighbourhood is all within this of it is fill proper. The
// strokes of words, even bold ones, are too thin at detection resolution to have such pixels.
constexpr int kFlatTolerance = 24;
// Coloured fills are looked for apart from neutral ones (a coloured box and the black text
// beside it must not merge), and only dark ones: a redaction tool's navy or maroon, not a
// pastel highlight.
constexpr int kDarkestColour = 150;
// Flat pixels within this of the component's typical level are its fill.
constexpr int kUniformTolerance = 40;
// A box is mostly fill, though a label printed on it takes a good share.
constexpr double kMinFill = 0.45;
// A box has solid edges (its four sides are lines of fill). Above kSolidFill a component is a
// box whatever its edges.
constexpr double kMinEdgeSolidity = 0.70;
constexpr double kSolidFill = 0.85;
constexpr double kCheckboxPt = 11;
// A box whose label crowds out most of its fill still has a near-perfect outline.
constexpr double kMinCrowdedFill = 0.10;
constexpr double kMinCrowdedEdges = 0.85;
constexpr int kDarkPattern = 100;
// Frames are drawn in dark lines. A scanned frame's thin line, slightly skewed, is spread over two
// rows of pixels at half its darkness where it crosses from one to the next: such frames are
// looked for again among lighter lines (which also join a frame to a form's rules close by, so
// the darker pass comes first).
constexpr int kDarkBox = 100;
constexpr int kFaintFrame = 160;
// Scans are skewed by up to about a degree (tan 1 degree).
constexpr double kMaxSkew = 0.0175;
constexpr double kPatternCoverage = 0.93;
constexpr double kNarrowestPatternPt = 6;
// A fill's tone may vary this much beyond its page's paper noise (mean step between neighbours,
// spread of levels) and still be one tone: scanned boxes in JPEG stay well within it, the dark
// areas of photographs do not.
constexpr double kToneStep = 1.5;
constexpr int kToneSpread = 6;

// The least height of a box: a line of small print (6 pt), at `dpi`.
int minBoxHeight(double dpi)
{
    return std::max(5, int(dpi * 6 / 72));
}

// How far a straight side `length` pixels long may wander off one column: a pixel, and the drift
// a scan's skew gives it.
int sideDrift(int length)
{
    return 1 + int(kMaxSkew * length);
}

struct Extent
{
    int left = INT_MAX, top = INT_MAX, right = -1, bottom = -1;
    void include(int x, int y)
    {
        left = std::min(left, x);
        right = std::max(right, x);
        top = std::min(top, y);
        bottom = std::max(bottom, y);
    }
    QRect rect() const { return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom)); }
};

struct Component
{
    Extent bounds;
    Extent core;
    qint64 count = 0;
    qint64 coreCount = 0;
    qint64 sum = 0; // of the grey levels, for the mean of patterned fills
    int typical = 255;
    std::array<int, 256> histogram{}; // levels of the flat pixels
};

int root(std::vector<int> &parent, int i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

int typicalGray(const std::array<int, 256> &histogram)
{
    const qint64 count = std::accumulate(histogram.cbegin(), histogram.cend(), qint64(0));
    qint64 seen = 0;
    for (int g = 0; g < 256; ++g) {
        seen += histogram[g];
        if (seen * 2 >= count)
            return g;
    }
    return 255;
}

class Mask
{
public:
    Mask(int w, int h)
        : width(w), height(h), bits(size_t(w) * h, 0) {}
    bool at(int x, int y) const { return bits[size_t(y) * width + x]; }
    int width, height;
    std::vector<quint8> bits;
};

// Removes thin long lines (table borders, underlines, form rules) so that boxes touching a
// form's grid come apart from it. Box pixels are thick in both directions and stay. A line is thin
// along all its length: the fill above a label printed close under a box's top edge is as thin,
// but only over each letter, and stays. A thin stretch that bridges no fill (a rule running into a
// box, a letter's stroke touching one) goes when its whole run is long.
void removeRules(Mask &mask, int thin, int longRun)
{
    const int w = mask.width, h = mask.height;
    // Calls `visit(line, start, end)` for every run of set pixels in `bits` along `lines` lines of
    // `length` pixels; `at(line, i)` is the pixel's index.
    auto forEachRun = [](const std::vector<quint8> &bits, int lines, int length, auto at, auto visit) {
        for (int line = 0; line < lines; ++line) {
            int i = 0;
            while (i < length) {
                if (!bits[at(line, i)]) {
                    ++i;
                    continue;
                }
                int end = i;
                while (end < length && bits[at(line, end)])
                    ++end;
                visit(line, i, end);
                i = end;
            }
        }
    };
    // For every pixel set in `bits`, the length of the run of set pixels it belongs to.
    auto measureRuns = [&forEachRun](const std::vector<quint8> &bits, std::vector<int> &runs, int lines, int length, auto at) {
        forEachRun(bits, lines, length, at, [&](int line, int start, int end) {
            for (int k = start; k < end; ++k)
                runs[at(line, k)] = end - start;
        });
    };
    auto alongRow = [w](int y, int x) { return size_t(y) * w + x; };
    auto alongColumn = [w](int x, int y) { return size_t(y) * w + x; };
    std::vector<int> hRun(size_t(w) * h, 0), vRun(size_t(w) * h, 0);
    measureRuns(mask.bits, hRun, h, w, alongRow);
    measureRuns(mask.bits, vRun, w, h, alongColumn);
    // Pixels thin across (a horizontal line's, a vertical line's), and how far along the line
    // they stay thin.
    std::vector<quint8> thinDown(mask.bits.size(), 0), thinAcross(mask.bits.size(), 0);
    for (size_t i = 0; i < mask.bits.size(); ++i) {
        thinDown[i] = mask.bits[i] && vRun[i] <= thin;
        thinAcross[i] = mask.bits[i] && hRun[i] <= thin;
    }
    std::vector<int> horizontal(size_t(w) * h, 0), vertical(size_t(w) * h, 0);
    measureRuns(thinDown, horizontal, h, w, alongRow);
    measureRuns(thinAcross, vertical, w, h, alongColumn);
    // A thin stretch is a bridge when fill holds both its ends and at least one of them is broad
    // (over twice a rule's width across): a box's fill above a label close to its edge, between
    // the fill on either side of a letter (the other side may be the narrow gap before the next
    // letter). It goes only when long itself. Any other is a spur: a rule running into a box, or a
    // letter's stroke touching one (a descender between its letter's serif and the box of the
    // line below), and goes when its whole run, box included, is long.
    auto markSpurs = [&](const std::vector<quint8> &thinBits, std::vector<quint8> &spurs, const std::vector<int> &across,
                         int lines, int length, auto at) {
        forEachRun(thinBits, lines, length, at, [&](int line, int start, int end) {
            const bool bridge = start > 0 && end < length && mask.bits[at(line, start - 1)] && mask.bits[at(line, end)]
                && std::max(across[at(line, start - 1)], across[at(line, end)]) > 2 * thin;
            for (int k = start; k < end; ++k)
                spurs[at(line, k)] = !bridge;
        });
    };
    std::vector<quint8> spurAlongRow(mask.bits.size(), 0), spurAlongColumn(mask.bits.size(), 0);
    markSpurs(thinDown, spurAlongRow, vRun, h, w, alongRow);
    markSpurs(thinAcross, spurAlongColumn, hRun, w, h, alongColumn);
    for (size_t i = 0; i < mask.bits.size(); ++i) {
        if (horizontal[i] >= longRun || vertical[i] >= longRun || (spurAlongRow[i] && hRun[i] >= longRun)
            || (spurAlongColumn[i] && vRun[i] >= longRun))
            mask.bits[i] = 0;
    }
}

// How much of the weakest side of `box` is a line of fill within `slack` pixels of where the side
// runs when the box is turned by up to `maxSkew` (tan of the angle) inside its upright bounding
// rectangle. A scan's skew slants a long side away from its rectangle's edge by as much as the
// side is long times the skew: a 360-pixel frame at 0.6 degrees drifts 4 pixels, more than the
// few rows of slack a level side keeps within. And the short sides then span that much less than
// the rectangle's height, their corners being the rectangle's highest and lowest points.
double skewedEdgeSolidity(const Mask &mask, const QRect &box, int slack, double maxSkew)
{
    constexpr int kSlants = 8;
    // How many points of a side `length` long lie on a line within `slack` of the side at
    // `at(t, d)` (t along the side, d the depth in from the rectangle's edge, less than `depth`),
    // along its best slant; and that slant, as fitted within a pixel (within the slack, any
    // slant up to slack / length fits a thin line as well as the true one).
    auto side = [&](int length, int depth, auto at) {
        auto onLine = [&](double slant, int within) {
            int on = 0;
            for (int t = 0; t < length; ++t) {
                const int shift = int(std::lround(slant >= 0 ? slant * t : -slant * (length - 1 - t)));
                bool line = false;
                for (int d = shift; d <= std::min(shift + within, depth - 1) && !line; ++d)
                    line = at(t, d);
                on += line;
            }
            return on;
        };
        int most = 0, closest = -1;
        double fitted = 0;
        const int steps = maxSkew > 0 ? kSlants : 0;
        for (int step = -steps; step <= steps; ++step) {
            const double slant = steps > 0 ? maxSkew * step / steps : 0.0;
            most = std::max(most, onLine(slant, slack));
            const int close = steps > 0 ? onLine(slant, 1) : 0;
            if (close > closest || (close == closest && std::abs(slant) < std::abs(fitted))) {
                closest = close;
                fitted = slant;
            }
        }
        return std::pair{most, fitted};
    };
    const int w = box.width(), h = box.height();
    const auto [top, topSlant] = side(w, h, [&](int t, int d) { return mask.at(box.left() + t, box.top() + d); });
    const auto [bottom, bottomSlant] = side(w, h, [&](int t, int d) { return mask.at(box.left() + t, box.bottom() - d); });
    const auto [left, leftSlant] = side(h, w, [&](int t, int d) { return mask.at(box.left() + d, box.top() + t); });
    const auto [right, rightSlant] = side(h, w, [&](int t, int d) { return mask.at(box.right() - d, box.top() + t); });
    const double skew = std::min(std::abs(topSlant), std::abs(bottomSlant));
    const double sideSkew = std::min(std::abs(leftSlant), std::abs(rightSlant));
    const int across = std::max(1, w - int(std::lround(sideSkew * h)));
    const int down = std::max(1, h - int(std::lround(skew * w)));
    return std::min(std::min(1.0, double(std::min(top, bottom)) / across), std::min(1.0, double(std::min(left, right)) / down));
}

// How much of the weakest side of `box` is a line of fill (within `slack` pixels of the side).
// A box's fill reaches its four sides even where a label is printed on it.
double edgeSolidity(const Mask &mask, const QRect &box, int slack)
{
    return skewedEdgeSolidity(mask, box, slack, 0);
}

std::vector<quint8> flatPixels(const Mask &mask, const std::vector<quint8> &gray)
{
    const int w = mask.width, h = mask.height;
    std::vector<quint8> flat(size_t(w) * h, 0);
    for (int y = 1; y + 1 < h; ++y) {
        for (int x = 1; x + 1 < w; ++x) {
            const size_t i = size_t(y) * w + x;
            if (!mask.bits[i])
                continue;
            bool even = true;
            for (int dy = -1; dy <= 1 && even; ++dy) {
                for (int dx = -1; dx <= 1 && even; ++dx) {
                    const size_t n = i + dy * w + dx;
                    even = mask.bits[n] && std::abs(int(gray[n]) - int(gray[i])) <= kFlatTolerance;
                }
            }
            flat[i] = even;
        }
    }
    return flat;
}

// How much a page's paper varies from pixel to pixel (a scanner's noise and JPEG's): the mean
// step between neighbouring paper pixels along rows.
struct PaperNoise
{
    double step = 0;
};

PaperNoise paperNoiseOf(const std::vector<quint8> &gray, int w, int h)
{
    qint64 sum = 0, count = 0;
    for (int y = 0; y < h; ++y) {
        const quint8 *line = gray.data() + size_t(y) * w;
        for (int x = 1; x < w; ++x) {
            const int step = std::abs(int(line[x]) - int(line[x - 1]));
            if (line[x] > kLightest && line[x - 1] > kLightest && step <= kFlatTolerance) {
                sum += step;
                ++count;
            }
        }
    }
    return PaperNoise{count ? double(sum) / count : 0};
}

// The labelled pixels of a page: what the component tests read.
struct Labelling
{
    const Mask &mask;
    const std::vector<quint8> &gray;
    const std::vector<quint8> &flat;
    const std::vector<int> &label; // component root of each mask pixel, or -1
    double dpi;
    PaperNoise paper;
};

// How much of `rect` component `id` covers, flat or not.
double coverage(const QRect &rect, int id, const Labelling &page)
{
    qint64 count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            count += page.label[size_t(y) * page.mask.width + x] == id;
    }
    return double(count) / (double(rect.width()) * rect.height());
}

// The strokes of a pattern drawn from edge to edge of its box (a hatch's lines) stick out past
// the box by their caps' width, antialiased to a light grey that still counts as ink here: a row
// or a column at the rim that the component covers less than half of is such an overshoot, not
// the box's (it cost a small hatched box at 96 dpi a tenth of its coverage).
QRect withoutOvershoot(QRect rect, int id, const Labelling &page)
{
    const int most = int(std::ceil(page.dpi / 72)) + 1;
    auto half = [&](const QRect &line) { return coverage(line, id, page) >= 0.5; };
    for (int k = 0; k < most && rect.height() > 2 && !half(QRect(rect.left(), rect.top(), rect.width(), 1)); ++k)
        rect.setTop(rect.top() + 1);
    for (int k = 0; k < most && rect.height() > 2 && !half(QRect(rect.left(), rect.bottom(), rect.width(), 1)); ++k)
        rect.setBottom(rect.bottom() - 1);
    for (int k = 0; k < most && rect.width() > 2 && !half(QRect(rect.left(), rect.top(), 1, rect.height())); ++k)
        rect.setLeft(rect.left() + 1);
    for (int k = 0; k < most && rect.width() > 2 && !half(QRect(rect.right(), rect.top(), 1, rect.height())); ++k)
        rect.setRight(rect.right() - 1);
    return rect;
}

// A dark patterned fill (cross-hatching, a screen) has few flat pixels, but it covers its whole
// rectangle up to unbroken edges, which letters never do.
std::optional<FilledBox> patterned(const QRect &bounds, int id, int mean, const Labelling &page)
{
    const QRect rect = withoutOvershoot(bounds, id, page);
    // As narrow as a box over one letter ("a" in 11 pt, under a box 7 pt wide): a letter's stroke
    // that wide is solid (flat pixels), and only strokes too thin to be flat look patterned.
    const int minWidth = std::max(6, int(page.dpi * kNarrowestPatternPt / 72));
    const int minHeight = minBoxHeight(page.dpi);
    const int checkbox = int(page.dpi * kCheckboxPt / 72);
    if (rect.width() < minWidth || rect.height() < minHeight || mean > kDarkPattern
        || (rect.width() <= checkbox && rect.height() <= checkbox))
        return std::nullopt;
    if (coverage(rect, id, page) < kPatternCoverage || edgeSolidity(page.mask, rect, 1) < kMinCrowdedEdges)
        return std::nullopt;
    FilledBox box{rect, mean, false};
    box.patterned = true;
    return box;
}

// Whether the marks that make a dark component look patterned are a label printed on a plain box:
// a label is a line or two of print with plain fill above and below it, where a pattern (a hatch,
// a screen) crosses every row of its box or repeats down it. Rows are read across the middle half
// of the box only (a skewed box's edge slants into its rectangle's rows near the corners).
bool printedOnPlainFill(const QRect &rect, int id, int typical, const Labelling &page)
{
    const int left = rect.left() + rect.width() / 4, right = rect.right() - rect.width() / 4;
    int bands = 0;
    bool plainAbove = false, inBand = false;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        int plain = 0;
        for (int x = left; x <= right; ++x) {
            const size_t i = size_t(y) * page.mask.width + x;
            plain += page.label[i] == id && page.flat[i] && std::abs(int(page.gray[i]) - typical) <= kUniformTolerance;
        }
        if (plain * 10 >= (right - left + 1) * 9) {
            bands += inBand && plainAbove; // a band closed by plain fill on both sides
            plainAbove = true;
            inBand = false;
        } else {
            inBand = true;
        }
    }
    return bands >= 1 && bands <= 2;
}

// How a fill's tone varies: the spread of its levels (between the 10th and 90th percentile of its
// flat pixels near the typical level) and the mean step between neighbours along rows.
struct Texture
{
    int spread = 0;
    double step = 0;
};

// A box is one tone, and a scanner's noise on it is the noise it leaves on the paper: a
// photograph's dark areas (forests, shadows) vary from pixel to pixel and drift in tone well
// beyond that. Measured on flat pixels only, so a label or a hatch on a box changes nothing. On a
// box crowded by its label the flat pixels all lie among the label's strokes, where a JPEG's
// ringing roughens them from pixel to pixel and spreads their levels both ways, the more the
// harder the page was compressed, which roughens its paper too: a black I-213 field box filled by a
// large white label steps 4-5 levels and spreads 9-11 on scans whose paper steps 0.5-0.9
// (tests/accuracy). A crowded box may step twice as much, and its allowances grow with the
// paper's noise twice (step) and three times (spread) as fast as a plain box's; a clean page's
// photograph (a map's dark patches between its roads, spread 8-11 on paper stepping 0.14) gains
// nothing from it.
bool isTonal(const Texture &texture, const PaperNoise &paper, bool crowded)
{
    const double step = (crowded ? 2 * kToneStep + 4 * paper.step : kToneStep + 2 * paper.step);
    const double spread = kToneSpread + (crowded ? 12 : 4) * paper.step;
    return texture.step > step || texture.spread > spread;
}

Texture textureOf(const QRect &rect, int id, int typical, const Labelling &page)
{
    std::array<int, 256> levels{};
    qint64 count = 0, steps = 0, stepSum = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        int previous = -1;
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const size_t i = size_t(y) * page.mask.width + x;
            const bool fill = page.label[i] == id && page.flat[i] && std::abs(int(page.gray[i]) - typical) <= kUniformTolerance;
            if (!fill) {
                previous = -1;
                continue;
            }
            ++levels[page.gray[i]];
            ++count;
            if (previous >= 0) {
                stepSum += std::abs(int(page.gray[i]) - previous);
                ++steps;
            }
            previous = page.gray[i];
        }
    }
    Texture texture;
    if (count == 0)
        return texture;
    qint64 seen = 0;
    int low = -1, high = -1;
    for (int g = 0; g < 256; ++g) {
        seen += levels[g];
        if (low < 0 && seen * 10 >= count)
            low = g;
        if (high < 0 && seen * 10 >= count * 9)
            high = g;
    }
    texture.spread = high - low;
    texture.step = steps ? double(stepSum) / steps : 0;
    return texture;
}

std::optional<FilledBox> judged(const QRect &rect, int id, int typical, qint64 coreCount, const Labelling &page)
{
    // A box must be able to hide a short word: about 8 pt wide and a line of small print high.
    const int minWidth = std::max(6, int(page.dpi * 8 / 72));
    const int minHeight = minBoxHeight(page.dpi);
    if (rect.width() < minWidth || rect.height() < minHeight)
        return std::nullopt;
    const double fill = double(coreCount) / (double(rect.width()) * rect.height());
    const double edges = edgeSolidity(page.mask, rect, 2);
    qCDebug(lcBoxes) << "candidate" << rect << "gray" << typical << "fill" << fill << "edges" << edges;
    // Mostly marks inside an unbroken outline: a box crowded by its label, or a clump of bold
    // letters; only a closer look tells them apart.
    // (A wider rim test for labels printed close to a dark box's rim was tried and withdrawn: it
    // took an unfilled rectangle and a photograph's dark patches for boxes.)
    const bool crowded = fill < kMinFill && fill >= kMinCrowdedFill && edges >= kMinCrowdedEdges;
    if (!crowded && (fill < kMinFill || (edges < kMinEdgeSolidity && fill < kSolidFill)))
        return std::nullopt;
    // A filled square no bigger than a line of text is a ticked checkbox.
    const int checkbox = int(page.dpi * kCheckboxPt / 72);
    if (rect.width() <= checkbox && rect.height() <= checkbox && std::abs(rect.width() - rect.height()) <= 2)
        return std::nullopt;
    // A grey tint over most of the page is a scan's paper, not a redaction; black is.
    const double pageArea = double(page.mask.width) * page.mask.height;
    if (double(rect.width()) * rect.height() > 0.8 * pageArea && typical > 120)
        return std::nullopt;
    if (isTonal(textureOf(rect, id, typical, page), page.paper, crowded))
        return std::nullopt;
    return FilledBox{rect, typical, crowded};
}

// Whether pixel `i` is fill proper of component `id` in the tone `typical`: flat, and at that level.
bool isFill(size_t i, int id, int typical, const Labelling &page)
{
    return page.label[i] == id && page.flat[i] && std::abs(int(page.gray[i]) - typical) <= kUniformTolerance;
}

// The last row of `rect` with fill proper of component `id` in the tone `typical`, or its top row.
int lastRowOfFill(const QRect &rect, int id, int typical, const Labelling &page)
{
    for (int y = rect.bottom(); y > rect.top(); --y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (isFill(size_t(y) * page.mask.width + x, id, typical, page))
                return y;
        }
    }
    return rect.top();
}

// Fill pixels of component `id` inside `rect`.
qint64 coreIn(const QRect &rect, int id, int typical, const Labelling &page)
{
    qint64 count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            count += isFill(size_t(y) * page.mask.width + x, id, typical, page);
    }
    return count;
}

// Boxes that touch (stacked address lines, a box ending one line and another starting the next,
// staircases, L-shapes) make one component that is no rectangle. Cut it into bands of rows that
// span the same columns: each band is a candidate box. A band starts at a row of fill and takes
// the columns of that fill alone; what else joins boxes (a form's rule left beside them, a
// letter's descender, the labels between stacked cells) neither widens a band nor carries it from
// one box to the next. Rows go on a band while the component reaches both its sides and their fill
// stays within them (a label printed on the box narrows a row's fill, or leaves it none where the
// component still covers most of the row). Each band is grown back over its box's antialiased rim.
QList<QRect> bandsOf(const QRect &bounds, int id, int typical, const Labelling &page)
{
    constexpr int slack = 2;
    constexpr int rim = 2;
    QList<QRect> bands;
    QRect band;
    // How far the component reached in the band's rows: at most (reached) and in every row (innerReach).
    Extent reached;
    std::pair<int, int> innerReach{INT_MAX, -1};
    // Rows without fill that the component covers at least half of across the band: the box's
    // antialiased rim, not paper, and not the next rows of a shape that widens or narrows.
    auto rimRow = [&](int y) {
        int covered = 0;
        for (int x = band.left(); x <= band.right(); ++x) {
            const size_t i = size_t(y) * page.mask.width + x;
            if (isFill(i, id, typical, page))
                return false;
            covered += page.label[i] == id;
        }
        return covered * 2 >= band.width();
    };
    // Whether the component covers at least half of columns `left`..`right` (none: true) across the
    // band's rows.
    auto stripCovered = [&](int left, int right) {
        if (left > right)
            return true;
        qint64 covered = 0;
        for (int y = band.top(); y <= band.bottom(); ++y) {
            for (int x = left; x <= right; ++x)
                covered += page.label[size_t(y) * page.mask.width + x] == id;
        }
        return covered * 2 >= qint64(right - left + 1) * band.height();
    };
    auto reachedToo = [&](const Extent &reach) {
        reached.include(reach.left, reach.top);
        reached.include(reach.right, reach.top);
        innerReach = {std::max(innerReach.first, reach.left), std::min(innerReach.second, reach.right)};
    };
    auto close = [&] {
        if (band.isNull())
            return;
        // Rows without fill under the band's last row of fill are its rim, no more than `rim`
        // rows of it: under that, what the component still covers is something joined to the
        // box's edge (a form's rule under it: a line or two of pixels that are no flat fill) and
        // no part of it. (A row's fill joins a band only within `slack` of its sides.)
        const int lastFill = lastRowOfFill(band.adjusted(-slack, 0, slack, 0).intersected(bounds), id, typical, page);
        band.setBottom(std::min(band.bottom(), lastFill + rim));
        for (int k = 0; k < rim && band.top() > bounds.top() && rimRow(band.top() - 1); ++k)
            band.setTop(band.top() - 1);
        for (int k = band.bottom() - lastFill; k < rim && band.bottom() < bounds.bottom() && rimRow(band.bottom() + 1); ++k)
            band.setBottom(band.bottom() + 1);
        bands << band.adjusted(-rim, 0, rim, 0).intersected(bounds);
        band = QRect();
    };
    for (int y = bounds.top(); y <= bounds.bottom(); ++y) {
        Extent fill, reach;
        int covered = 0;
        for (int x = bounds.left(); x <= bounds.right(); ++x) {
            const size_t i = size_t(y) * page.mask.width + x;
            if (page.label[i] == id) {
                reach.include(x, y);
                covered += x >= band.left() && x <= band.right();
            }
            if (isFill(i, id, typical, page))
                fill.include(x, y);
        }
        const bool spans = !band.isNull() && reach.left <= band.left() + slack && reach.right >= band.right() - slack;
        const bool continues = spans
            && (fill.right >= 0 ? fill.left >= band.left() - slack && fill.right <= band.right() + slack
                                : covered * 2 >= band.width());
        if (continues) {
            band.setBottom(y);
            reachedToo(reach);
            continue;
        }
        // A label as tall as its box, touching its sides, leaves the band's rows fill only between
        // its letters; the fill below it reaches out to the box's sides. The band widens to that fill
        // when the component reached as far in every one of the band's rows, its sides straight, and
        // covered most of the columns it gains (the box's ink around the label's first and last
        // letters), not when they were paper (a wider box stacked under it), only a rule or a stroke
        // beside it, or the rows of a disc, narrower above.
        const bool straightSides = innerReach.first - reached.left <= 1 && reached.right - innerReach.second <= 1;
        if (spans && fill.right >= 0 && straightSides && innerReach.first <= fill.left + slack
            && innerReach.second >= fill.right - slack && stripCovered(fill.left, band.left() - 1)
            && stripCovered(band.right() + 1, fill.right)) {
            band = band.united(QRect(QPoint(fill.left, y), QPoint(fill.right, y)));
            reachedToo(reach);
            continue;
        }
        close();
        reached = reach;
        innerReach = {reach.left, reach.right};
        if (fill.right >= 0)
            band = QRect(QPoint(fill.left, y), QPoint(fill.right, y));
    }
    close();
    return bands;
}

// One side of rows of a component: where most of them reach (their commonest reach, within the
// drift a scan's skew gives a side that long), how far those rows reach, and how many they are.
struct StraightSide
{
    int at = -1, from = INT_MAX, to = -1, rows = 0;
};

// The side `reach` (each row's reach, negative: none) makes over rows `from`..`to`.
StraightSide straightSideOf(const std::vector<int> &reach, int from, int to)
{
    const int drift = sideDrift(to - from + 1);
    std::map<int, int> counts;
    for (int r = from; r <= to; ++r) {
        if (reach[size_t(r)] >= 0)
            ++counts[reach[size_t(r)]];
    }
    StraightSide side;
    int most = 0;
    for (const auto &[at, count] : counts) {
        int near = 0;
        for (auto it = counts.lower_bound(at - drift); it != counts.end() && it->first <= at + drift; ++it)
            near += it->second;
        if (near > most) {
            most = near;
            side.at = at;
        }
    }
    for (int r = from; r <= to && side.at >= 0; ++r) {
        if (reach[size_t(r)] >= 0 && std::abs(reach[size_t(r)] - side.at) <= drift) {
            side.from = std::min(side.from, reach[size_t(r)]);
            side.to = std::max(side.to, reach[size_t(r)]);
            ++side.rows;
        }
    }
    return side;
}

// Two boxes stacked edge to edge (a form's field redacted in two goes, a small box on top of a
// photograph's) make one component whose sides step in or out at the row where one box ends and
// the other begins. Each part's sides run straight in most of its rows (within a pixel, and the
// drift a scan's skew gives a side that long): a label's letters that cut into a side do so in a
// few rows only, and a skewed side drifts a pixel at a time, never two at once. `rect` is cut at
// each such step into parts, each spanning its own columns; none: `rect` alone.
QList<QRect> stepsOf(const QRect &rect, int id, const Labelling &page)
{
    constexpr double kStraight = 0.8;
    constexpr int rim = 2;
    const int minHeight = minBoxHeight(page.dpi);
    const int rows = rect.height();
    if (rows < 2 * minHeight)
        return {rect};
    auto isComponent = [&](int x, int y) { return x >= 0 && x < page.mask.width && page.label[size_t(y) * page.mask.width + x] == id; };
    // Each row's reach; a row where the component goes on past `rect` (a form's rule, print
    // beside the box) ends nowhere in it and reaches no side.
    std::vector<int> left(size_t(rows), -1), right(size_t(rows), -1);
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        const size_t r = size_t(y - rect.top());
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (isComponent(x, y)) {
                left[r] = left[r] < 0 ? x : left[r];
                right[r] = x;
            }
        }
        if (isComponent(rect.left() - 1, y) || isComponent(rect.right() + 1, y))
            left[r] = right[r] = -1;
    }
    // Rows `from`..`to` as a box: trimmed of rows at its top or bottom whose ends lie off its sides
    // and that reach no side or that its fill hardly crosses (print touching the box), or up to a
    // rim's rows of them (the end of a rule running on past the box); its sides then straight in
    // most of its rows; or none.
    // (More rows off its sides that its fill crosses are no rim: a label's letters cutting into a
    // side, which leave the box whole.)
    struct Part { QRect rect; int straightRows = 0; StraightSide left, right; };
    auto fit = [&](int from, int to) -> std::optional<Part> {
        StraightSide l = straightSideOf(left, from, to), r = straightSideOf(right, from, to);
        if (l.at < 0 || r.at < l.at)
            return std::nullopt;
        const int drift = sideDrift(to - from + 1);
        auto onSides = [&](int row) {
            return left[size_t(row)] >= 0 && std::abs(left[size_t(row)] - l.at) <= drift && std::abs(right[size_t(row)] - r.at) <= drift;
        };
        auto sparse = [&](int row) {
            int covered = 0;
            for (int x = l.at; x <= r.at; ++x)
                covered += isComponent(x, rect.top() + row);
            return left[size_t(row)] < 0 || covered * 2 < r.at - l.at + 1;
        };
        for (int offSides = 0; from < to && !onSides(from) && (sparse(from) || offSides++ < rim);)
            ++from;
        for (int offSides = 0; to > from && !onSides(to) && (sparse(to) || offSides++ < rim);)
            --to;
        l = straightSideOf(left, from, to);
        r = straightSideOf(right, from, to);
        const int length = to - from + 1;
        const int straightRows = std::min(l.rows, r.rows);
        if (length < minHeight || straightRows < kStraight * length)
            return std::nullopt;
        return Part{QRect(QPoint(l.from, rect.top() + from), QPoint(r.to, rect.top() + to)), straightRows, l, r};
    };
    std::optional<std::pair<Part, Part>> best;
    for (int cut = minHeight; cut + minHeight <= rows; ++cut) {
        // Only where a side moves two pixels or more within two rows.
        const size_t r = size_t(cut);
        const bool moves = std::abs(left[r] - left[r - 2]) >= 2 || std::abs(right[r] - right[r - 2]) >= 2
            || std::abs(left[r + 1] - left[r - 1]) >= 2 || std::abs(right[r + 1] - right[r - 1]) >= 2;
        const std::optional<Part> above = moves ? fit(0, cut - 1) : std::nullopt;
        const std::optional<Part> below = above ? fit(cut, rows - 1) : std::nullopt;
        if (!below || (std::abs(above->left.at - below->left.at) < 2 && std::abs(above->right.at - below->right.at) < 2))
            continue;
        if (!best || above->straightRows + below->straightRows > best->first.straightRows + best->second.straightRows)
            best = std::pair{*above, *below};
    }
    if (!best)
        return {rect};
    return stepsOf(best->first.rect, id, page) + stepsOf(best->second.rect, id, page);
}

// Boxes side by side in one band (a date at a line's end and a name further on, joined to each
// other only through the boxes of the next line) are apart: columns the component hardly reaches
// (a row or two of a neighbouring line's box) and that are mostly paper stand between them. A band
// that is no box is cut there into pieces, each trimmed to the columns it mostly covers (a
// neighbour's edge or a letter that only grazes it is no part of it). Columns it reaches further
// (a box's rim above a tall label's letters) cut nothing, nor do columns of another colour (the
// ornaments of a seal between its dark areas). A photograph's dark areas cut this way are told
// from boxes by their tone (isTonal).
QList<QRect> columnsOf(const QRect &rows, int id, const Labelling &page)
{
    QList<QRect> pieces;
    int first = -1, last = -1; // the columns mostly covered in the current piece
    for (int x = rows.left(); x <= rows.right() + 1; ++x) {
        int covered = 0, paper = 0;
        for (int y = rows.top(); y <= rows.bottom() && x <= rows.right(); ++y) {
            const size_t i = size_t(y) * page.mask.width + x;
            covered += page.label[i] == id;
            paper += page.gray[i] > kLightest;
        }
        if (covered * 2 > rows.height()) {
            first = first < 0 ? x : first;
            last = x;
        }
        const bool cut = x > rows.right() || (covered * 5 <= rows.height() && paper * 2 > rows.height());
        if (cut && first >= 0) {
            pieces << QRect(QPoint(first, rows.top()), QPoint(last, rows.bottom()));
            first = last = -1;
        }
    }
    if (pieces.size() < 2)
        return {}; // nothing side by side
    return pieces;
}

// Whether a column of paper stands between two boxes side by side, from the top of the higher
// to the bottom of the lower: two boxes of a row a few points apart, not the pieces of one box a
// label's letter cuts (a letter on a box is framed by the box's fill above and below it).
bool paperBetween(const QRect &a, const QRect &b, const std::vector<quint8> &gray, int width)
{
    const QRect &first = a.left() <= b.left() ? a : b, &second = a.left() <= b.left() ? b : a;
    const int top = std::min(a.top(), b.top()), bottom = std::max(a.bottom(), b.bottom());
    for (int x = first.right() + 1; x < second.left(); ++x) {
        bool paper = true;
        for (int y = top; y <= bottom && paper; ++y)
            paper = gray[size_t(y) * width + x] > kLightest;
        if (paper)
            return true;
    }
    return false;
}

// A label as tall as its box cuts the fill into pieces side by side with the same top and
// bottom: they are one box. Pieces left inside a box (a letter's counter) are part of it.
QList<FilledBox> joinedPieces(QList<FilledBox> boxes, const std::vector<quint8> &gray, int width)
{
    constexpr int slack = 3;
    auto sameRow = [&](const FilledBox &a, const FilledBox &b) {
        return std::abs(a.gray - b.gray) <= kUniformTolerance / 2 && std::abs(a.pixels.top() - b.pixels.top()) <= slack
            && std::abs(a.pixels.bottom() - b.pixels.bottom()) <= slack
            && b.pixels.left() <= a.pixels.right() + slack && a.pixels.left() <= b.pixels.right() + slack
            && !paperBetween(a.pixels, b.pixels, gray, width);
    };
    bool joined = true;
    while (joined) {
        joined = false;
        for (int i = 0; i < boxes.size() && !joined; ++i) {
            for (int j = i + 1; j < boxes.size() && !joined; ++j) {
                if (!sameRow(boxes[i], boxes[j]))
                    continue;
                boxes[i].pixels = boxes[i].pixels.united(boxes[j].pixels);
                boxes[i].crowded = boxes[i].crowded && boxes[j].crowded;
                boxes.removeAt(j);
                joined = true;
            }
        }
    }
    QList<FilledBox> kept;
    for (int i = 0; i < boxes.size(); ++i) {
        const bool inside = std::any_of(boxes.cbegin(), boxes.cend(), [&](const FilledBox &other) {
            return &other != &boxes[i] && other.pixels != boxes[i].pixels && other.pixels.contains(boxes[i].pixels);
        });
        if (!inside)
            kept << boxes[i];
    }
    return kept;
}

// Connected components over 4-neighbours (union-find): each mask pixel's component, numbered
// from 0, or -1 off the mask.
std::vector<int> componentsOf(const Mask &mask)
{
    const int w = mask.width, h = mask.height;
    std::vector<int> label(size_t(w) * h, -1);
    std::vector<int> parent;
    parent.reserve(4096);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const size_t i = size_t(y) * w + x;
            if (!mask.bits[i])
                continue;
            const int up = y > 0 ? label[i - w] : -1;
            const int left = x > 0 ? label[i - 1] : -1;
            if (up < 0 && left < 0) {
                label[i] = int(parent.size());
                parent.push_back(label[i]);
            } else if (up >= 0 && left >= 0) {
                const int a = root(parent, up), c = root(parent, left);
                label[i] = std::min(a, c);
                parent[std::max(a, c)] = std::min(a, c);
            } else {
                label[i] = up >= 0 ? up : left;
            }
        }
    }
    // Roots renumbered densely.
    std::vector<int> number(parent.size(), -1);
    int next = 0;
    for (size_t i = 0; i < parent.size(); ++i) {
        const int r = root(parent, int(i));
        if (number[r] < 0)
            number[r] = next++;
        number[i] = number[r];
    }
    for (int &l : label) {
        if (l >= 0)
            l = number[l];
    }
    return label;
}

// An outlined box at `rect` whose inside (within its lines) is `inside`. The frame's grey is its
// paper's, which its label is read against: the inside's typical level, or where a label crowding
// a small frame blurs most of the inside darker at this resolution, its lightest tenth (read
// against the blur, paper and print swap: OCR read "Sma" for "Exemption 7(A)").
FilledBox outlinedBox(const QRect &rect, const QRect &inside, const std::vector<quint8> &gray, int width)
{
    std::array<int, 256> levels{};
    qint64 count = 0;
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x) {
            ++levels[gray[size_t(y) * width + x]];
            ++count;
        }
    }
    int lightest = 255;
    for (qint64 lighter = 0; lightest > 0 && (lighter += levels[lightest]) * 10 < count;)
        --lightest;
    const int typical = typicalGray(levels);
    FilledBox frame{rect, lightest - typical > kFlatTolerance ? lightest : typical, false};
    frame.outlined = true;
    return frame;
}

// Whether two boxes found are one, or one holds the other (a frame that is a box's edge): they
// share most of the smaller. Boxes on neighbouring lines of a scan touch by a row or two of their
// antialiased rims, and a frame's top may share a row with the box above it; that makes them
// nothing of each other.
bool overlapMostly(const QRect &a, const QRect &b)
{
    const QRect common = a.intersected(b);
    const qint64 smaller = std::min(qint64(a.width()) * a.height(), qint64(b.width()) * b.height());
    return !common.isEmpty() && 2 * qint64(common.width()) * common.height() >= smaller;
}

// Whether component `id` of `label` (a page `width` pixels wide), a frame around `rect`, has a
// rule across its inside (`inside`): a line along which it runs unbroken from the frame's left
// side to its right, or from its top to its bottom, as a grid's rules join a table's frame. A
// scan's skew slants a rule over the rows (or columns) of the inside it drifts by along the
// frame, and leaves it short of the upright rectangle's ends; a scan's blur may break it by a
// pixel or two. A letter that touches the frame (a label printed into its edge) reaches into the
// inside from one side only: between it and the frame's other side lies paper.
bool hasRuleAcross(const std::vector<int> &label, int id, const QRect &rect, const QRect &inside, int width)
{
    // Along rows (a rule from side to side) and along columns (from top to bottom): `p` runs
    // along the rule, `q` across it.
    for (const bool rows : {true, false}) {
        auto at = [&](int p, int q) { return label[rows ? size_t(q) * width + p : size_t(p) * width + q] == id; };
        const int spanFrom = rows ? rect.left() : rect.top(), spanTo = rows ? rect.right() : rect.bottom();
        const int from = rows ? inside.top() : inside.left(), to = rows ? inside.bottom() : inside.right();
        const int length = spanTo - spanFrom + 1;
        const int drift = int(std::ceil(length * kMaxSkew));
        const int shortest = (length - int(std::ceil((rows ? rect.height() : rect.width()) * kMaxSkew))) * 9 / 10;
        const int widestBreak = std::max(2, length / 10);
        for (int q = from; q <= to; ++q) {
            int first = -1, last = -1, widestGap = 0;
            for (int p = spanFrom; p <= spanTo; ++p) {
                bool on = false;
                for (int r = std::max(from, q - drift); r <= std::min(to, q + drift) && !on; ++r)
                    on = at(p, r);
                if (!on)
                    continue;
                if (last >= 0)
                    widestGap = std::max(widestGap, p - last - 1);
                if (first < 0)
                    first = p;
                last = p;
            }
            if (first >= 0 && last - first + 1 >= shortest && widestGap <= widestBreak)
                return true;
        }
    }
    return false;
}

// Outlined boxes: a thin dark frame around a light inside, as tools draw a redaction outlined
// in white with its label printed inside. The frame alone is the component (the label inside is
// not joined to it); a table's grid has rules across its inside and is no frame. Whether a
// frame is a redaction is for its label to say (RedactionReader keeps only labelled ones).
QList<FilledBox> framesIn(const Mask &dark, const std::vector<quint8> &gray, double dpi)
{
    const std::vector<int> label = componentsOf(dark);
    const int count = label.empty() ? 0 : *std::max_element(label.cbegin(), label.cend()) + 1;
    std::vector<Extent> extents(count);
    std::vector<qint64> pixels(count, 0);
    const int w = dark.width;
    for (size_t i = 0; i < label.size(); ++i) {
        if (label[i] >= 0) {
            extents[label[i]].include(int(i % w), int(i / w));
            ++pixels[label[i]];
        }
    }
    const int thick = std::max(2, int(dpi * 2.5 / 72 + 0.5));
    const int minWidth = int(dpi * 16 / 72), minHeight = int(dpi * 8 / 72), maxHeight = int(dpi * 2);
    QList<FilledBox> frames;
    for (int id = 0; id < count; ++id) {
        const QRect rect = extents[id].rect();
        if (rect.width() < minWidth || rect.height() < minHeight || rect.height() > maxHeight)
            continue;
        // A ring: no more pixels than its four sides, reaching all four (a scan's skew may cost
        // a short side a pixel or two at the corners).
        const qint64 perimeter = 2 * qint64(rect.width() + rect.height());
        if (pixels[id] > perimeter * thick || skewedEdgeSolidity(dark, rect, thick, kMaxSkew) < kMinCrowdedEdges)
            continue;
        // Inside the lines, and inside where a scan's skew carries them along a long side.
        const int insetX = std::min(thick + 1 + int(std::ceil(rect.height() * kMaxSkew)), (rect.width() - 4) / 2);
        const int insetY = std::min(thick + 1 + int(std::ceil(rect.width() * kMaxSkew)), (rect.height() - 4) / 2);
        const QRect inside = rect.adjusted(insetX, insetY, -insetX, -insetY);
        if (inside.width() < 4 || inside.height() < 4)
            continue;
        // No rule of the frame across its inside (a grid's would be). A label printed into the
        // frame's edge ("... 1202(f" run into its right side) joins the frame at that edge, and
        // its letters reach into the inside from there, across none of it.
        if (!hasRuleAcross(label, id, rect, inside, w))
            frames << outlinedBox(rect, inside, gray, w);
    }
    return frames;
}

// Frames nested in a form's cell (an I-213's field framed, and inside it a redaction outlined
// with its label): at detection resolution a scan's thin frame line is only whole among the
// lighter lines, and there it runs into the cell's rules a pixel or two away, or into the letters
// of the field's caption, and is no ring of its own (framesIn). Its inside still is: a hole in the
// lines, as rectangular as a skewed rectangle, lined all round, and standing within another hole
// (the cell's paper) on three sides at least. A table's cells stand beside each other, each side
// on a different cell's paper or on the page around the table, and are no such frames.
// Whether each side of `rect` is a line within `slack` pixels of it over all its length but its
// ends (`endX` and `endY` pixels of it), where a skewed frame's other sides slant away.
bool linedAllRound(const Mask &lines, const QRect &rect, int slack, int endX, int endY)
{
    auto lined = [&](int from, int to, auto at) {
        int covered = 0;
        for (int k = from; k <= to; ++k) {
            bool line = false;
            for (int d = 0; d <= slack && !line; ++d)
                line = at(k, d);
            covered += line;
        }
        return to < from || covered >= kMinCrowdedEdges * (to - from + 1);
    };
    const int left = rect.left() + endX, right = rect.right() - endX, top = rect.top() + endY, bottom = rect.bottom() - endY;
    return lined(left, right, [&](int x, int d) { return lines.at(x, rect.top() + d); })
        && lined(left, right, [&](int x, int d) { return lines.at(x, rect.bottom() - d); })
        && lined(top, bottom, [&](int y, int d) { return lines.at(rect.left() + d, y); })
        && lined(top, bottom, [&](int y, int d) { return lines.at(rect.right() - d, y); });
}

QList<FilledBox> nestedFramesIn(const Mask &lines, const std::vector<quint8> &gray, double dpi)
{
    const int w = lines.width, h = lines.height;
    Mask paper(w, h);
    for (size_t i = 0; i < paper.bits.size(); ++i)
        paper.bits[i] = !lines.bits[i];
    const std::vector<int> hole = componentsOf(paper);
    const int count = hole.empty() ? 0 : *std::max_element(hole.cbegin(), hole.cend()) + 1;
    std::vector<Extent> extents(count);
    for (size_t i = 0; i < hole.size(); ++i) {
        if (hole[i] >= 0)
            extents[hole[i]].include(int(i % w), int(i / w));
    }
    auto enclosed = [&](int id) {
        const Extent &e = extents[id];
        return e.left > 0 && e.top > 0 && e.right < w - 1 && e.bottom < h - 1;
    };
    const int thick = std::max(2, int(dpi * 2.5 / 72 + 0.5));
    const int minWidth = int(dpi * 16 / 72), minHeight = int(dpi * 8 / 72), maxHeight = int(dpi * 2);
    QList<FilledBox> frames;
    for (int id = 0; id < count; ++id) {
        const QRect inner = extents[id].rect();
        if (!enclosed(id) || inner.width() + 2 < minWidth || inner.height() + 2 < minHeight || inner.height() > maxHeight)
            continue;
        // Rectangular: every row but those a skew slants reaches (nearly) both sides, every column
        // both the top and the bottom; a cell's paper around a box or a frame does not.
        const int slackX = int(std::ceil(inner.height() * kMaxSkew)) + 1, slackY = int(std::ceil(inner.width() * kMaxSkew)) + 1;
        auto reaches = [&](int from, int to, auto at, int near, int far) {
            int bad = 0;
            for (int k = from; k <= to; ++k) {
                int first = INT_MAX, last = -1;
                for (int j = near; j <= far; ++j) {
                    if (hole[at(k, j)] == id) {
                        first = std::min(first, j);
                        last = j;
                    }
                }
                bad += first > near + (near == inner.left() ? slackX : slackY) || last < far - (near == inner.left() ? slackX : slackY);
            }
            return bad * 20 <= to - from + 1;
        };
        auto row = [w](int y, int x) { return size_t(y) * w + x; };
        auto column = [w](int x, int y) { return size_t(y) * w + x; };
        if (inner.height() <= 2 * slackY || inner.width() <= 2 * slackX
            || !reaches(inner.top() + slackY, inner.bottom() - slackY, row, inner.left(), inner.right())
            || !reaches(inner.left() + slackX, inner.right() - slackX, column, inner.top(), inner.bottom()))
            continue;
        // Lined all round: the frame is the hole grown by its line (which a skew slants further in
        // along a long side).
        QRect rect = inner.adjusted(-thick, -thick, thick, thick).intersected(QRect(0, 0, w, h));
        const int slant = std::min(std::max(slackX, slackY), std::min(inner.width(), inner.height()) / 3);
        if (!linedAllRound(lines, rect, thick + slant, slackX + thick, slackY + thick))
            continue;
        // Within another hole: the first paper beyond the line on each side (the cell's may be a
        // pixel or two wide between the frame and the cell's rule), along the side's middle half.
        auto beyond = [&](int x, int y) {
            return x >= 0 && y >= 0 && x < w && y < h ? hole[size_t(y) * w + x] : -1;
        };
        std::array<int, 4> outside{-1, -1, -1, -1};
        const int reach = 2 * thick + slant + 2;
        auto sideHole = [&](int side) {
            std::vector<int> seen;
            const bool across = side < 2; // top and bottom sides run across
            const int from = across ? inner.left() + inner.width() / 4 : inner.top() + inner.height() / 4;
            const int to = across ? inner.right() - inner.width() / 4 : inner.bottom() - inner.height() / 4;
            for (int k = from; k <= to; ++k) {
                for (int d = 1; d <= reach; ++d) {
                    const int found = side == 0 ? beyond(k, inner.top() - d) : side == 1 ? beyond(k, inner.bottom() + d)
                                    : side == 2 ? beyond(inner.left() - d, k) : beyond(inner.right() + d, k);
                    if (found >= 0 && found != id) {
                        seen.push_back(found);
                        break;
                    }
                }
            }
            if (seen.size() * 2 < size_t(to - from + 1))
                return -1;
            std::sort(seen.begin(), seen.end());
            int best = -1, bestRun = 0;
            for (size_t a = 0; a < seen.size();) {
                size_t b = a;
                while (b < seen.size() && seen[b] == seen[a])
                    ++b;
                if (int(b - a) > bestRun) {
                    bestRun = int(b - a);
                    best = seen[a];
                }
                a = b;
            }
            return best;
        };
        for (int side = 0; side < 4; ++side)
            outside[side] = sideHole(side);
        const bool nested = std::any_of(outside.cbegin(), outside.cend(), [&](int cell) {
            return cell >= 0 && enclosed(cell) && std::count(outside.cbegin(), outside.cend(), cell) >= 3;
        });
        if (!nested)
            continue;
        // The frame's outer edge: sides drawn in while their outermost line is mostly paper.
        auto covered = [&](int x0, int y0, int x1, int y1) {
            qint64 n = 0, all = 0;
            for (int y = y0; y <= y1; ++y) {
                for (int x = x0; x <= x1; ++x, ++all)
                    n += lines.at(x, y);
            }
            return n * 2 >= all;
        };
        while (rect.top() < inner.top() - 1 && !covered(rect.left(), rect.top(), rect.right(), rect.top()))
            rect.setTop(rect.top() + 1);
        while (rect.bottom() > inner.bottom() + 1 && !covered(rect.left(), rect.bottom(), rect.right(), rect.bottom()))
            rect.setBottom(rect.bottom() - 1);
        while (rect.left() < inner.left() - 1 && !covered(rect.left(), rect.top(), rect.left(), rect.bottom()))
            rect.setLeft(rect.left() + 1);
        while (rect.right() > inner.right() + 1 && !covered(rect.right(), rect.top(), rect.right(), rect.bottom()))
            rect.setRight(rect.right() - 1);
        const int insetX = std::min(1 + slackX, (inner.width() - 4) / 2), insetY = std::min(1 + slackY, (inner.height() - 4) / 2);
        frames << outlinedBox(rect, inner.adjusted(insetX, insetY, -insetX, -insetY), gray, w);
    }
    return frames;
}

QList<FilledBox> boxesIn(Mask &mask, const std::vector<quint8> &gray, double dpi, PaperNoise paper);

} // namespace

QList<FilledBox> BoxFinder::find(const QImage &source, double dpi)
{
    const QImage image = source.format() == QImage::Format_RGB32 ? source : source.convertToFormat(QImage::Format_RGB32);
    const int w = image.width();
    const int h = image.height();
    if (w < 3 || h < 3)
        return {};

    std::vector<quint8> gray(size_t(w) * h, 255);
    Mask neutral(w, h), coloured(w, h), dark(w, h), faint(w, h);
    qint64 colouredCount = 0;
    for (int y = 0; y < h; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            const QRgb p = line[x];
            const int r = qRed(p), g = qGreen(p), b = qBlue(p);
            const int level = (r * 11 + g * 16 + b * 5) / 32;
            const size_t i = size_t(y) * w + x;
            gray[i] = quint8(level);
            const int chroma = std::max({r, g, b}) - std::min({r, g, b});
            neutral.bits[i] = level <= kLightest && chroma <= maxChroma(level);
            coloured.bits[i] = level <= kDarkestColour && chroma > maxChroma(level);
            colouredCount += coloured.bits[i];
            dark.bits[i] = level <= kDarkBox;
            faint.bits[i] = level <= kFaintFrame;
        }
    }
    QList<FilledBox> frames = framesIn(dark, gray, dpi);
    auto known = [](const QList<FilledBox> &found, const FilledBox &frame) {
        return std::any_of(found.cbegin(), found.cend(), [&frame](const FilledBox &box) { return overlapMostly(box.pixels, frame.pixels); });
    };
    for (const FilledBox &frame : framesIn(faint, gray, dpi)) {
        if (!known(frames, frame))
            frames << frame;
    }
    for (const FilledBox &frame : nestedFramesIn(faint, gray, dpi)) {
        if (!known(frames, frame))
            frames << frame;
    }
    const PaperNoise paper = paperNoiseOf(gray, w, h);
    QList<FilledBox> boxes = boxesIn(neutral, gray, dpi, paper);
    // Most pages have no colour at all: no need to look for coloured boxes there.
    const qint64 smallestBox = qint64(dpi * 8 / 72) * qint64(dpi * 6 / 72);
    for (FilledBox box : colouredCount >= smallestBox ? boxesIn(coloured, gray, dpi, paper) : QList<FilledBox>()) {
        box.coloured = true;
        boxes << box;
    }
    // A frame around a box already found is that box's edge.
    for (const FilledBox &frame : std::as_const(frames)) {
        if (!known(boxes, frame))
            boxes << frame;
    }
    return boxes;
}

namespace {

// Each labelled component's bounds, size, grey levels and fill proper (flat pixels at its typical
// level: the box without the words and marks that touch it from outside); empty when there is none.
std::vector<Component> measured(const std::vector<int> &label, const std::vector<quint8> &gray, const std::vector<quint8> &flat,
                                int w, int h)
{
    const int count = label.empty() ? 0 : *std::max_element(label.cbegin(), label.cend()) + 1;
    std::vector<Component> components(count);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const size_t i = size_t(y) * w + x;
            if (label[i] < 0)
                continue;
            Component &c = components[label[i]];
            c.bounds.include(x, y);
            ++c.count;
            c.sum += gray[i];
            if (flat[i])
                ++c.histogram[gray[i]];
        }
    }
    for (Component &c : components) {
        if (c.count > 0)
            c.typical = typicalGray(c.histogram);
    }
    // The fill proper: flat pixels at the component's typical level. Its extent is the box
    // without the words and marks that touch it from outside.
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const size_t i = size_t(y) * w + x;
            if (label[i] < 0 || !flat[i])
                continue;
            Component &c = components[label[i]];
            if (std::abs(int(gray[i]) - c.typical) <= kUniformTolerance) {
                c.core.include(x, y);
                ++c.coreCount;
            }
        }
    }
    return components;
}

// The tones of a component's fill besides its typical one, from the levels of its flat pixels:
// boxes of different greys that touch, or that a form's rules or the labels between its cells
// join, make one component, and each tone's fill is a box's (or a band's) of its own. A tone
// counts when it has fill enough for the smallest box.
std::vector<int> otherTones(std::array<int, 256> levels, int typical, qint64 smallestFill)
{
    std::vector<int> tones;
    for (int tone = typical; tones.size() < 2;) {
        for (int g = std::max(0, tone - kUniformTolerance); g <= std::min(255, tone + kUniformTolerance); ++g)
            levels[g] = 0;
        if (std::accumulate(levels.cbegin(), levels.cend(), qint64(0)) < smallestFill)
            break;
        tone = typicalGray(levels);
        tones.push_back(tone);
    }
    return tones;
}

// The boxes of component `id` in one tone of fill, given the fill's extent (`rect`, its rim
// included) and size: the extent judged whole, else cut into bands of rows, and a band that is no
// box into pieces side by side.
QList<FilledBox> boxesOfBands(const QRect &rect, int id, int tone, qint64 fillCount, const Labelling &page)
{
    const int minHeight = minBoxHeight(page.dpi);
    if (std::optional<FilledBox> box = judged(rect, id, tone, fillCount, page))
        return {*box};
    if (rect.height() < 2 * minHeight)
        return {};
    // A label as tall as its box, touching its sides, makes its rows a band of their own that is no
    // box (the label's letters leave too little fill, or cut its sides) right on top of the box's
    // other rows. When those rows are a box and the label's band spans the same columns, but for a
    // letter's stroke at a side, the two are one box crowded by its label. (Stacked cells of a form
    // differ in width by more than a stroke, and each is a box of its own.)
    const int stroke = std::max(2, int(page.dpi * 3 / 72));
    constexpr int rim = 2;
    auto labelOf = [&](const QRect &label, const QRect &box) {
        return label.bottom() + 1 >= box.top() && label.top() < box.top() && label.height() >= minHeight
            && std::abs(label.left() - box.left()) <= stroke && std::abs(label.right() - box.right()) <= stroke
            && double(coreIn(label, id, tone, page)) >= kMinCrowdedFill * label.width() * label.height();
    };
    QList<FilledBox> boxes;
    const QList<QRect> bands = bandsOf(rect, id, tone, page);
    for (qsizetype b = 0; b < bands.size(); ++b) {
        const QRect &band = bands[b];
        if (std::optional<FilledBox> box = judged(band, id, tone, coreIn(band, id, tone, page), page)) {
            boxes << *box;
            continue;
        }
        if (b + 1 < bands.size() && labelOf(band, bands[b + 1])) {
            const QRect &below = bands[b + 1];
            if (std::optional<FilledBox> box = judged(below, id, tone, coreIn(below, id, tone, page), page)) {
                // A ticked checkbox or a form's rule a little apart from the box, joined to it, may
                // have widened both bands: what stands beside the box across a column of paper,
                // no wider than a checkbox, is no part of it.
                const QRect whole = box->pixels.united(band);
                const QList<QRect> pieces = columnsOf(whole, id, page);
                const auto widest = std::max_element(pieces.cbegin(), pieces.cend(),
                                                     [](const QRect &a, const QRect &b) { return a.width() < b.width(); });
                const int checkbox = int(page.dpi * kCheckboxPt / 72);
                const bool besideOnly = widest != pieces.cend() && std::all_of(pieces.cbegin(), pieces.cend(), [&](const QRect &piece) {
                    return piece == *widest || piece.width() <= checkbox;
                });
                QRect grown = besideOnly ? QRect(widest->left(), whole.top(), widest->width(), whole.height()) : whole;
                // The label's first rows, where its letters leave the box little fill and a form's
                // rule runs on beside it, were a band of their own too short to be a box: up to such a band, rows the
                // component covers at least half of across the box's columns are the box's (paper
                // above and below it covers none).
                auto filledRow = [&](int y) {
                    qint64 covered = 0;
                    for (int x = grown.left() + rim; x <= grown.right() - rim; ++x)
                        covered += page.label[size_t(y) * page.mask.width + x] == id;
                    return covered * 2 >= qint64(grown.width() - 2 * rim);
                };
                for (int k = 1; k < minHeight && grown.top() > rect.top() && filledRow(grown.top() - 1); ++k)
                    grown.setTop(grown.top() - 1);
                for (int k = 1; k < minHeight && grown.bottom() < rect.bottom() && filledRow(grown.bottom() + 1); ++k)
                    grown.setBottom(grown.bottom() + 1);
                box->pixels = grown;
                box->crowded = true;
                boxes << *box;
                ++b;
                continue;
            }
        }
        if (band.height() < minHeight)
            continue;
        for (const QRect &piece : columnsOf(band, id, page)) {
            if (std::optional<FilledBox> box = judged(piece, id, tone, coreIn(piece, id, tone, page), page))
                boxes << *box;
        }
    }
    return boxes;
}

// Boxes stacked edge to edge in `rect` (stepsOf), when a person counts two or more there (parts
// that are no box are print touching one); else none.
QList<FilledBox> stackedBoxes(const QRect &rect, int id, int tone, const Labelling &page)
{
    QList<FilledBox> stacked;
    for (const QRect &part : stepsOf(rect, id, page)) {
        if (std::optional<FilledBox> box = judged(part, id, tone, coreIn(part, id, tone, page), page))
            stacked << *box;
    }
    return stacked.size() >= 2 ? stacked : QList<FilledBox>();
}

// The boxes of one tone in component `id`, its fill within `fill`. Boxes stacked edge to edge
// that the fill's rectangle or its bands take for one box or none are cut apart at the step of
// their sides.
QList<FilledBox> boxesOfTone(const QRect &bounds, int id, int tone, const QRect &fill, qint64 fillCount, const Labelling &page)
{
    const int minHeight = minBoxHeight(page.dpi);
    const QRect rect = fill.adjusted(-2, -2, 2, 2).intersected(bounds);
    const QList<FilledBox> boxes = boxesOfBands(rect, id, tone, fillCount, page);
    if (boxes.size() > 1)
        return boxes;
    // The rows of a box crowded by a small label may hold no fill proper: a few rows more are looked at.
    const QList<FilledBox> stacked = stackedBoxes(rect.adjusted(0, -minHeight, 0, minHeight).intersected(bounds), id, tone, page);
    return stacked.isEmpty() ? boxes : stacked;
}

QList<FilledBox> boxesIn(Mask &mask, const std::vector<quint8> &gray, double dpi, PaperNoise paper)
{
    const int w = mask.width, h = mask.height;
    removeRules(mask, std::max(2, int(dpi * 2.5 / 72 + 0.5)), int(dpi * 0.4));
    const std::vector<quint8> flat = flatPixels(mask, gray);

    const std::vector<int> label = componentsOf(mask);
    const std::vector<Component> components = measured(label, gray, flat, w, h);
    if (components.empty())
        return {};

    const Labelling page{mask, gray, flat, label, dpi, paper};
    const qint64 smallestFill = qint64(std::max(6, int(dpi * 8 / 72))) * minBoxHeight(dpi) / 2;
    QList<FilledBox> boxes;
    for (size_t i = 0; i < components.size(); ++i) {
        const Component &c = components[i];
        if (c.count == 0)
            continue;
        if (double(c.coreCount) < kMinFill * c.count) {
            if (std::optional<FilledBox> box = patterned(c.bounds.rect(), int(i), int(c.sum / c.count), page)) {
                // A small label on a scanned box, blurred at this resolution, leaves too few flat
                // pixels too: such a box is crowded by its label, and its fill is what the label
                // is told from.
                if (c.coreCount > 0 && printedOnPlainFill(box->pixels, int(i), c.typical, page)) {
                    box->patterned = false;
                    box->crowded = true;
                    box->gray = c.typical;
                }
                // Two boxes crowded by their labels, stacked edge to edge, look patterned as one
                // (a pattern's box has straight sides, and no part of it is a plain box).
                if (c.coreCount > 0) {
                    if (const QList<FilledBox> stacked = stackedBoxes(c.bounds.rect(), int(i), c.typical, page); !stacked.isEmpty()) {
                        boxes << stacked;
                        continue;
                    }
                }
                boxes << *box;
                continue;
            }
        }
        if (c.coreCount == 0)
            continue;
        boxes << boxesOfTone(c.bounds.rect(), int(i), c.typical, c.core.rect(), c.coreCount, page);
        for (const int tone : otherTones(c.histogram, c.typical, smallestFill)) {
            Extent extent;
            qint64 count = 0;
            for (int y = c.bounds.top; y <= c.bounds.bottom; ++y) {
                for (int x = c.bounds.left; x <= c.bounds.right; ++x) {
                    if (isFill(size_t(y) * w + x, int(i), tone, page)) {
                        extent.include(x, y);
                        ++count;
                    }
                }
            }
            boxes << boxesOfTone(c.bounds.rect(), int(i), tone, extent.rect(), count, page);
        }
    }
    return joinedPieces(boxes, gray, w);
}

} // namespace

} // namespace rebuttal
