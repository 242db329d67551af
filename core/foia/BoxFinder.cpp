#include "BoxFinder.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBoxes, "rebuttal.boxes")

#include <algorithm>
#include <numeric>
#include <vector>

namespace rebuttal {

namespace {

// A pixel can belong to a box fill when it is neutral (no colour: banners and logos are
// coloured) and darker than light-grey paper tints. FDA releases use #BFBFBF boxes.
constexpr int kLightest = 215;
constexpr int kMaxChroma = 40;
// A box has solid edges (its four sides are lines of fill) and is mostly fill inside, though a
// white label may take a good share of it. Words, even bold ones, have ragged edges.
constexpr double kMinCoverage = 0.45;
constexpr double kMinEdgeSolidity = 0.70;
// ...and is one colour: most fill pixels are near its typical level (photos are not).
// Grey boxes have no label text to mottle them and must be very even; black ones carry white
// labels whose antialiased rims spread levels.
constexpr int kUniformTolerance = 40;
constexpr double kMinUniformShareDark = 0.70;
constexpr double kMinUniformShareGrey = 0.90;
constexpr int kDarkest = 100;
// Above this coverage a component is a box whatever its edges (text never gets this dense).
constexpr double kSolidCoverage = 0.85;

struct Component
{
    int left = INT_MAX, top = INT_MAX, right = -1, bottom = -1;
    qint64 count = 0;
    qint64 interior = 0;
    std::array<int, 256> histogram{};
};

int root(std::vector<int> &parent, int i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

int typicalGray(const std::array<int, 256> &histogram, qint64 count)
{
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
// form's grid come apart from it. Box pixels are thick in both directions and stay.
void removeRules(Mask &mask, int thin, int longRun)
{
    const int w = mask.width, h = mask.height;
    std::vector<int> hRun(size_t(w) * h, 0), vRun(size_t(w) * h, 0);
    for (int y = 0; y < h; ++y) {
        int x = 0;
        while (x < w) {
            if (!mask.bits[size_t(y) * w + x]) {
                ++x;
                continue;
            }
            int end = x;
            while (end < w && mask.bits[size_t(y) * w + end])
                ++end;
            for (int i = x; i < end; ++i)
                hRun[size_t(y) * w + i] = end - x;
            x = end;
        }
    }
    for (int x = 0; x < w; ++x) {
        int y = 0;
        while (y < h) {
            if (!mask.bits[size_t(y) * w + x]) {
                ++y;
                continue;
            }
            int end = y;
            while (end < h && mask.bits[size_t(end) * w + x])
                ++end;
            for (int i = y; i < end; ++i)
                vRun[size_t(i) * w + x] = end - y;
            y = end;
        }
    }
    for (size_t i = 0; i < mask.bits.size(); ++i) {
        if (mask.bits[i] && ((vRun[i] <= thin && hRun[i] >= longRun) || (hRun[i] <= thin && vRun[i] >= longRun)))
            mask.bits[i] = 0;
    }
}

// A box's fill reaches its top and bottom edges in most columns, and its left and right edges
// in most rows, even where a white label breaks it up. A word's ink reaches its bounding box
// only at a few ascenders, descenders and end strokes.
bool hasSolidEdges(const Mask &mask, const QRect &box)
{
    const int slack = 2;
    int columns = 0;
    for (int x = box.left(); x <= box.right(); ++x) {
        bool top = false, bottom = false;
        for (int d = 0; d <= slack; ++d) {
            top = top || mask.at(x, box.top() + d);
            bottom = bottom || mask.at(x, box.bottom() - d);
        }
        columns += top && bottom;
    }
    int rows = 0;
    for (int y = box.top(); y <= box.bottom(); ++y) {
        bool left = false, right = false;
        for (int d = 0; d <= slack; ++d) {
            left = left || mask.at(box.left() + d, y);
            right = right || mask.at(box.right() - d, y);
        }
        rows += left && right;
    }
    return columns >= kMinEdgeSolidity * box.width() && rows >= kMinEdgeSolidity * box.height();
}

} // namespace

QList<FilledBox> BoxFinder::find(const QImage &source, double dpi)
{
    const QImage image = source.format() == QImage::Format_RGB32 ? source : source.convertToFormat(QImage::Format_RGB32);
    const int w = image.width();
    const int h = image.height();
    if (w == 0 || h == 0)
        return {};

    std::vector<quint8> gray(size_t(w) * h, 255);
    Mask mask(w, h);
    for (int y = 0; y < h; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            const QRgb p = line[x];
            const int r = qRed(p), g = qGreen(p), b = qBlue(p);
            const int level = (r * 11 + g * 16 + b * 5) / 32;
            const size_t i = size_t(y) * w + x;
            gray[i] = quint8(level);
            mask.bits[i] = level <= kLightest && std::max({r, g, b}) - std::min({r, g, b}) <= kMaxChroma;
        }
    }
    removeRules(mask, std::max(2, int(dpi * 2.5 / 72 + 0.5)), int(dpi * 0.4));

    // Connected components with union-find over 4-neighbours.
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
    if (parent.empty())
        return {};

    std::vector<int> roots(parent.size());
    for (size_t i = 0; i < parent.size(); ++i)
        roots[i] = root(parent, int(i));
    std::vector<Component> components(parent.size());
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const size_t i = size_t(y) * w + x;
            if (label[i] < 0)
                continue;
            Component &c = components[roots[label[i]]];
            c.left = std::min(c.left, x);
            c.right = std::max(c.right, x);
            c.top = std::min(c.top, y);
            c.bottom = std::max(c.bottom, y);
            ++c.count;
            // Uniformity is judged on interior pixels: the antialiased rim of a white label is
            // neither box nor paper and would make every labelled box look mottled.
            const bool interior = x > 0 && y > 0 && x + 1 < w && y + 1 < h && mask.bits[i - 1] && mask.bits[i + 1]
                && mask.bits[i - w] && mask.bits[i + w];
            if (interior) {
                ++c.interior;
                ++c.histogram[gray[i]];
            }
        }
    }

    // A box must be able to hide a short word: about 8 pt wide and a line of small print high.
    const int minWidth = std::max(6, int(dpi * 8 / 72));
    const int minHeight = std::max(5, int(dpi * 6 / 72));
    QList<FilledBox> boxes;
    for (size_t i = 0; i < components.size(); ++i) {
        const Component &c = components[i];
        if (roots[i] != int(i) || c.count == 0)
            continue;
        const QRect rect(c.left, c.top, c.right - c.left + 1, c.bottom - c.top + 1);
        if (rect.width() < minWidth || rect.height() < minHeight)
            continue;
        const double coverage = double(c.count) / (double(rect.width()) * rect.height());
        const bool solid = hasSolidEdges(mask, rect);
        qCDebug(lcBoxes) << "candidate" << rect << "coverage" << coverage << "solid" << solid;
        if (coverage < kMinCoverage || (!solid && coverage < kSolidCoverage))
            continue;
        if (c.interior == 0)
            continue;
        const int typical = typicalGray(c.histogram, c.interior);
        qint64 close = 0;
        for (int g = std::max(0, typical - kUniformTolerance); g <= std::min(255, typical + kUniformTolerance); ++g)
            close += c.histogram[g];
        qCDebug(lcBoxes) << rect << "coverage" << coverage << "typical" << typical << "uniform" << double(close) / c.interior;
        if (double(close) / c.interior < (typical <= kDarkest ? kMinUniformShareDark : kMinUniformShareGrey))
            continue;
        // A grey tint over most of the page is a scan's paper, not a redaction; black is.
        if (double(rect.width()) * rect.height() > 0.8 * double(w) * h && typical > 120)
            continue;
        boxes << FilledBox{rect, typical};
    }
    return boxes;
}

} // namespace rebuttal
