#include "PageAnalyzer.h"

#include "BoxEdge.h"
#include "BoxFinder.h"
#include "domain/ExemptionLabel.h"
#include "domain/PageProblem.h"
#include "LabelLine.h"
#include "LabelStacks.h"
#include "PageText.h"
#include "ReadingTurn.h"
#include "RedactionReader.h"
#include "ocr/TextRecognizer.h"
#include "pdf/PdfDocument.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPainter>
#include <QRegularExpression>

#include <array>
#include <cmath>
#include <optional>

Q_LOGGING_CATEGORY(lcAnalyzer, "rebuttal.analyzer")
// Where a page's time goes, stage by stage: QT_LOGGING_RULES="rebuttal.timing.info=true".
Q_LOGGING_CATEGORY(lcTiming, "rebuttal.timing", QtWarningMsg)

namespace rebuttal {

namespace {

constexpr double kStampBand = PageText::StampBand;
constexpr double kMaxSkew = 0.0175; // scans are skewed by up to about a degree

bool inBody(const QRectF &box)
{
    return !PageText::inStampBand(box);
}

QRect pixelsOf(const QRectF &box, const QImage &image)
{
    return QRectF(box.x() * image.width(), box.y() * image.height(), box.width() * image.width(),
                  box.height() * image.height())
        .toAlignedRect()
        .intersected(image.rect());
}

// Whether a word shows in the render: its area has both ink and paper. Text drawn behind a
// scanned image, or hidden under a box, does not.
bool shows(const QRectF &box, const QImage &gray)
{
    // The middle of the word only: its box overhangs the glyphs.
    const QRect area = pixelsOf(box.adjusted(box.width() / 4, box.height() / 4, -box.width() / 4, -box.height() / 4), gray);
    int darkest = 255, lightest = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = area.left(); x <= area.right(); ++x) {
            darkest = std::min<int>(darkest, line[x]);
            lightest = std::max<int>(lightest, line[x]);
        }
    }
    return lightest - darkest >= 96;
}

bool hasInkInBody(const QImage &gray)
{
    const int top = int(gray.height() * kStampBand), bottom = int(gray.height() * (1 - kStampBand));
    for (int y = top; y < bottom; ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            if (line[x] < 160)
                return true;
        }
    }
    return false;
}

// A page is known only as pixels when its body has ink but none of the body's text layer shows:
// a scan with no text layer, or one whose only text is stamps in the margins or words behind
// the image.
bool isImageOnly(const PageText &text, const QImage &gray)
{
    for (const PdfWord &word : text.words()) {
        if (inBody(word.box) && !word.text.trimmed().isEmpty() && shows(word.box, gray))
            return false;
    }
    return hasInkInBody(gray);
}

QRect scaled(const QRect &pixels, double factor)
{
    return QRectF(pixels.x() * factor, pixels.y() * factor, pixels.width() * factor, pixels.height() * factor).toAlignedRect();
}

// A scanned page as OCR read it, once: the render it read and the words, those of the page apart
// from those printed on its boxes (labels), which never join the page's text.
struct ScanReading
{
    QImage gray;   // the page at `dpi`, before boxes were masked
    QImage marked; // what OCR read: boxes as their marks alone, black on white
    double dpi = 0;
    QList<PdfWord> pageWords;
    QList<PdfWord> boxWords;
};

// Where the inside of a scanned box found at detection resolution lies in an image of `dpi`: a
// detection pixel in from its edges (the box's rim and its neighbours' strokes confuse the
// reading), and as far again as a scan's skew slants its edges into its axis-aligned rectangle
// (up to its width times the skew at top and bottom): paper at a skewed box's corners is no mark
// printed on it, and drawn as one it reads as a rule under the next word.
QRect insetPixels(const FilledBox &box, double dpi)
{
    const double factor = dpi / PageAnalyzer::DetectionDpi;
    const QRect pixels = scaled(box.pixels, factor);
    const int inset = int(std::ceil(factor));
    const int insetX = inset + int(std::ceil(pixels.height() * kMaxSkew));
    const int insetY = inset + int(std::ceil(pixels.width() * kMaxSkew));
    return pixels.adjusted(insetX, insetY, -insetX, -insetY);
}

// The inside of a filled box on a scan at the scan's resolution, a detection pixel in from its
// edges, cut out straightened along them (BoxEdge): the label printed on a skewed box is read
// level and whole. The upright inset of insetPixels cuts as much off the top and bottom of a wide
// box as its skew drifts (7 of 35 rows of a 166-point box at 200 dpi), and with them the tops and
// bottoms of its label's letters ("€ (b)(7)(D) € (b)(3)" of "(b)(7)(E) & (b)(7)(D) & (b)(3)").
// Null for a frame (its inside is paper: withoutFrameLines takes its lines off) and where the
// edges cannot be measured.
QImage straightInside(const ScanReading &scan, const FilledBox &box)
{
    if (box.outlined)
        return {};
    const double factor = scan.dpi / PageAnalyzer::DetectionDpi;
    const QRect pixels = scaled(box.pixels, factor);
    // The paper: the commonest level of a band above the box (below it, at the page's top).
    const int band = std::max(pixels.height(), int(scan.dpi / 10));
    const int drift = int(std::ceil(pixels.width() * kMaxSkew)) + 2;
    QRect around(pixels.left(), pixels.top() - drift - band, pixels.width(), band);
    if (around.top() < 0)
        around.moveTop(pixels.bottom() + drift);
    around = around.intersected(scan.gray.rect());
    if (around.height() < 2)
        return {};
    return BoxEdge::insideOf(scan.gray, pixels, LabelLine::paperOf(scan.gray, around), int(std::ceil(factor)));
}

// A box rendered closely (at OCR resolution): cut from the page's OCR render when there is one
// (a scan), rendered again only for pages that were not read by OCR. `turn` sets the render
// upright as the box was found.
QImage closeLook(const PdfDocument &document, int index, const BoxReading &reading, const ScanReading *scan,
                 const ReadingTurn &turn)
{
    if (scan) {
        const QImage straight = straightInside(*scan, reading.box);
        return !straight.isNull() ? straight : scan->gray.copy(insetPixels(reading.box, scan->dpi).intersected(scan->gray.rect()));
    }
    const QRectF box = reading.redaction.box;
    const double dx = box.width() / std::max(1, reading.box.pixels.width());
    const double dy = box.height() / std::max(1, reading.box.pixels.height());
    const QImage shown = document.renderArea(index, PageAnalyzer::OcrDpi, turn.toDisplayed(box.adjusted(dx, dy, -dx, -dy)));
    return turn.toReading(shown).convertToFormat(QImage::Format_Grayscale8);
}

// At OCR resolution a real box is still mostly fill; a clump of bold letters that looked solid
// at detection resolution comes apart into strokes.
bool isMostlyFill(const QImage &crop, int boxGray)
{
    qint64 fill = 0;
    for (int y = 0; y < crop.height(); ++y) {
        const uchar *line = crop.constScanLine(y);
        for (int x = 0; x < crop.width(); ++x)
            fill += std::abs(int(line[x]) - boxGray) <= 40;
    }
    return fill >= 0.45 * crop.width() * crop.height();
}

// The marks on a box as black on white, whatever the box's colour: white labels on black boxes
// and black labels on grey ones read alike. Written into `target` at `at`.
void drawMarks(const QImage &crop, int boxGray, QImage &target, QPoint at)
{
    for (int y = 0; y < crop.height(); ++y) {
        const uchar *in = crop.constScanLine(y);
        uchar *out = target.scanLine(y + at.y()) + at.x();
        for (int x = 0; x < crop.width(); ++x)
            out[x] = RedactionReader::contrasts(in[x], boxGray) ? 0 : 255;
    }
}

// Tesseract misses text that touches the image edge: what it reads is padded with paper.
constexpr int kOcrMargin = 16;

// Where a word OCR read on a crop scaled by `factor` and padded by kOcrMargin (its box as fractions
// of `read`, the image read) lies on the crop before it was scaled and padded, in its pixels.
QRectF inCropPixels(const QRectF &box, const QImage &read, double factor)
{
    return QRectF((box.x() * read.width() - kOcrMargin) / factor, (box.y() * read.height() - kOcrMargin) / factor,
                  box.width() * read.width() / factor, box.height() * read.height() / factor);
}

// The words' text, in the order read.
QString textOf(const QList<PdfWord> &words)
{
    QStringList said;
    for (const PdfWord &word : words)
        said << word.text;
    return said.join(QLatin1Char(' '));
}

// The marks on a box as dark on light, graded: a pixel is as dark as it stands out from the fill,
// whatever the fill's colour. Tesseract reads small print (5-8 pt labels on a 150 dpi scan) far
// better from the grey edges of its strokes than from a hard threshold, which breaks thin strokes
// apart and runs close ones together ("(bM; (b}2" for "(b)4; (b)2").
QImage marksForOcr(const QImage &crop, int boxGray, bool graded = true)
{
    constexpr int margin = kOcrMargin;
    // Marks stand out towards white on a dark fill and towards black on a light one; those that
    // stand out by most of that distance are black.
    const int span = std::max(1, int(0.8 * (boxGray < 128 ? 255 - boxGray : boxGray)));
    QImage marks(crop.width() + 2 * margin, crop.height() + 2 * margin, QImage::Format_Grayscale8);
    marks.fill(255);
    for (int y = 0; y < crop.height(); ++y) {
        const uchar *in = crop.constScanLine(y);
        uchar *out = marks.scanLine(y + margin) + margin;
        for (int x = 0; x < crop.width(); ++x)
            out[x] = graded ? uchar(255 - std::min(255, std::abs(int(in[x]) - boxGray) * 255 / span))
                            : (RedactionReader::contrasts(in[x], boxGray) ? 0 : 255);
    }
    return marks;
}

// The marks of `crop` connected to its top and bottom rows (and to its sides, when `sideDepth` is
// more than 0), followed no further in than `topBottomDepth` rows from the top and bottom and
// `sideDepth` columns from the sides, painted as paper.
QImage withoutMarksFromEdges(QImage crop, int paper, int topBottomDepth, int sideDepth)
{
    const int w = crop.width(), h = crop.height();
    std::vector<quint8> seen(size_t(w) * h, 0);
    std::vector<QPoint> todo;
    auto reach = [&](int x, int y) {
        if (x < 0 || y < 0 || x >= w || y >= h || (x >= sideDepth && x < w - sideDepth && y >= topBottomDepth && y < h - topBottomDepth))
            return;
        const size_t i = size_t(y) * w + x;
        if (seen[i] || !RedactionReader::contrasts(crop.constScanLine(y)[x], paper))
            return;
        seen[i] = 1;
        todo.emplace_back(x, y);
    };
    for (int x = 0; x < w; ++x) {
        reach(x, 0);
        reach(x, h - 1);
    }
    for (int y = 0; y < h && sideDepth > 0; ++y) {
        reach(0, y);
        reach(w - 1, y);
    }
    while (!todo.empty()) {
        const QPoint p = todo.back();
        todo.pop_back();
        crop.scanLine(p.y())[p.x()] = uchar(paper);
        for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx)
                reach(p.x() + dx, p.y() + dy);
        }
    }
    return crop;
}

// A frame's inside cut from a scan still holds its own lines (the scan's skew carries them in,
// and the label inside may nearly touch them), and OCR reads them as letters and rules around the
// label ("Sma" for "Exemption 7(A)"). The marks that touch the crop's edges, as far in as a line's
// width and a skew's drift, are painted as paper. A letter touching a line loses that part too,
// so a frame is read so only after a plain reading that settles nothing (readAlone).
QImage withoutFrameLines(const QImage &crop, int paper, double dpi)
{
    const int line = int(std::ceil(dpi * 1.5 / 72)) + 1;
    return withoutMarksFromEdges(crop, paper, line + int(std::ceil(crop.width() * kMaxSkew)),
                                 line + int(std::ceil(crop.height() * kMaxSkew)));
}

// The fill of a scanned box with something printed on it, seen at the scan's own resolution, or
// nothing when no marks show there. At detection resolution the white strokes of a small label
// on a black box blur into the fill, and may even look like a pattern (a hatch): a scan has no
// pattern drawn over live text, and its fill is then the most common level, not the mean.
std::optional<int> printedFillOnScan(const ScanReading &scan, const FilledBox &box)
{
    const QRect inside = insetPixels(box, scan.dpi).intersected(scan.gray.rect());
    if (inside.width() < 2 || inside.height() < 2)
        return std::nullopt;
    std::array<qint64, 256> levels{};
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        const uchar *line = scan.gray.constScanLine(y);
        for (int x = inside.left(); x <= inside.right(); ++x)
            ++levels[line[x]];
    }
    int fill = box.gray;
    if (box.patterned) {
        const qint64 half = qint64(inside.width()) * inside.height() / 2;
        qint64 seen = 0;
        for (fill = 0; fill < 255 && (seen += levels[fill]) < half; ++fill) {
        }
    }
    qint64 marks = 0;
    for (int level = 0; level < 256; ++level)
        marks += RedactionReader::contrasts(level, fill) ? levels[level] : 0;
    // As many as RedactionReader::hasMarks asks at detection resolution (6 pixels), in scan pixels.
    const double factor = scan.dpi / PageAnalyzer::DetectionDpi;
    if (marks < 6 * factor * factor)
        return std::nullopt;
    return fill;
}

bool wantsLabel(const BoxReading &reading)
{
    // A frame whose inside already reads as words that are no label is a form's cell.
    if (reading.box.outlined && !reading.visibleText.isEmpty())
        return false;
    return reading.redaction.exemptions.isEmpty() && reading.redaction.textUnderBox.isEmpty() && !reading.straddlesText;
}

// What the page's OCR read on a box, in reading order.
QString wordsOnBox(const ScanReading &scan, const QRectF &box)
{
    QStringList text;
    for (const PdfWord &word : scan.boxWords) {
        if (box.contains(word.box.center()))
            text << word.text;
    }
    return text.join(QLatin1Char(' '));
}

// Whether a word OCR is unsure of may be (part of) a label, and is kept: a label's print is small,
// its parentheses unusual, and Tesseract doubts it most where it matters ("(b)7)(C):" alone on
// a box, "(7)(C)" after "(b)" at a page's edge). Specks and JPEG ringing read as no such word.
bool mayBeLabel(const QString &word)
{
    static const QRegularExpression parenthesised(QStringLiteral("\\(\\s?[1-9A-Fa-f]\\s?\\)"));
    return word.contains(parenthesised) || !ExemptionLabel::codesInOcr(word).isEmpty();
}

// How many codes a reading names in full: exemption 7 always names its subparagraph, and a bare
// "(b)(7)" is a code read in part.
qsizetype namedFully(const QStringList &codes)
{
    return codes.size() - codes.count(QStringLiteral("(b)(7)"));
}

// Labels read on boxes alone, by box: a scan's boxes are looked at twice (before and after its
// label regions are read), and each is read once.
using LabelsReadAlone = QList<std::pair<QRect, QString>>;

// The marks on a box seen closely (on a scan, at the resolution its page was read at) and read on
// their own: a label set small inside a box reads best alone, better than in the page's reading.
QString readAlone(const PdfDocument &document, int index, const BoxReading &reading, const ScanReading *scan,
                  const ReadingTurn &turn, TextRecognizer &recognizer, LabelsReadAlone &known)
{
    for (const auto &[box, label] : std::as_const(known)) {
        if (box == reading.box.pixels)
            return label;
    }
    // Read at OCR resolution, graded, then as a hard threshold draws it (a label as large as its
    // box, whose strokes touch when graded). A scan read at its own resolution has its box cut
    // from the page's render and scaled up smoothly (small print reads better so): a render of the
    // box at OCR resolution costs Poppler a decode and scale of the page's whole image, a quarter
    // of a scan's time, and reads no better once the cut is the box less a detection pixel, as
    // such a render is (the inset for skew that drawMarks needs cuts the top and bottom off a wide
    // label's print).
    // A reading whose codes come only by folding OCR's misreadings back ("(BJ (6) and (2)") is
    // doubtful: it may have lost a code, so the box is read again, and the reading naming the
    // most codes is kept. So is one with letters left over beside its codes: the rest of the
    // label read as junk ("(b)(7 ic); (b)(4); (DAT MA)" for "(b)(7)(c); (b)(4); (b)(7)(d)").
    QString label;
    auto codesOf = [](const QString &text) { return RedactionReader::boxCodes(text, &ExemptionLabel::codesInOcr); };
    auto settled = [&label, &codesOf] {
        const qsizetype codes = codesOf(label).size();
        return codes > 0 && RedactionReader::boxCodes(label, &ExemptionLabel::codesIn).size() == codes
            && ExemptionLabel::isLabel(label);
    };
    auto readOnce = [&](const QImage &crop, int dpi, bool graded) {
        if (crop.isNull() || settled())
            return;
        QStringList text;
        const QImage marks = marksForOcr(crop, reading.box.gray, graded);
        if (qEnvironmentVariableIsSet("REBUTTAL_DEBUG_CROPS"))
            marks.save(QStringLiteral("/tmp/alone-%1-%2-%3-%4.png").arg(reading.box.pixels.x()).arg(reading.box.pixels.y()).arg(dpi).arg(graded));
        for (const PdfWord &word : recognizer.recognize(marks, dpi, TextRecognizer::Layout::Block, mayBeLabel))
            text << word.text;
        const QString found = text.join(QLatin1Char(' '));
        if (label.isEmpty() || codesOf(found).size() > codesOf(label).size())
            label = found;
    };
    // A frame that does not read plainly is read again without its lines.
    auto read = [&](const QImage &crop, int dpi, bool graded) {
        readOnce(crop, dpi, graded);
        if (reading.box.outlined && !crop.isNull())
            readOnce(withoutFrameLines(crop, reading.box.gray, dpi), dpi, graded);
    };
    auto scaledUp = [&scan](QImage crop) {
        const double factor = std::max(1.0, PageAnalyzer::OcrDpi / scan->dpi);
        if (!crop.isNull() && factor > 1)
            crop = crop.scaled(int(crop.width() * factor), int(crop.height() * factor), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        return std::pair{crop, int(scan->dpi * factor)};
    };
    if (scan && document.imageDpi(index) >= scan->dpi) {
        const double toScan = scan->dpi / PageAnalyzer::DetectionDpi;
        const int inset = int(std::ceil(toScan));
        const QImage straight = straightInside(*scan, reading.box);
        const auto [crop, dpi] = scaledUp(!straight.isNull()
            ? straight : scan->gray.copy(scaled(reading.box.pixels, toScan).adjusted(inset, inset, -inset, -inset).intersected(scan->gray.rect())));
        read(crop, dpi, true);
        read(crop, dpi, false);
    } else {
        // A scan of lower resolution than its page was read at (150 dpi, read at 200) was scaled
        // up once already: scaled again, small print blurs ("(b)(6);" of "(b)(6); (b)(7)(C)"),
        // which Poppler's one scale of the image to OCR resolution keeps.
        if (scan) {
            const auto [crop, dpi] = scaledUp(closeLook(document, index, reading, scan, turn));
            read(crop, dpi, true);
        }
        if (!settled()) {
            const QImage rendered = closeLook(document, index, reading, nullptr, turn);
            read(rendered, PageAnalyzer::OcrDpi, true);
            read(rendered, PageAnalyzer::OcrDpi, false);
        }
    }
    // Small print on a scan still read in part at OCR resolution may read whole half as large
    // again (its letters nearer the height Tesseract reads best).
    if (scan && !settled()) {
        const QImage crop = closeLook(document, index, reading, scan, turn);
        const double factor = 1.5 * PageAnalyzer::OcrDpi / scan->dpi;
        if (!crop.isNull())
            read(crop.scaled(int(crop.width() * factor), int(crop.height() * factor), Qt::IgnoreAspectRatio, Qt::SmoothTransformation),
                 int(scan->dpi * factor), true);
    }
    known << std::pair{reading.box.pixels, label};
    return known.last().second;
}

// Boxes crowded by marks are looked at closely, and labels printed on boxes as pixels are read:
// each box with marks is read alone, and on a scan the page's reading of it (scan->boxWords) is
// the fallback when that reads no label.
void lookClosely(const PdfDocument &document, int index, QList<BoxReading> &readings, const ScanReading *scan,
                 const ReadingTurn &turn, const std::function<TextRecognizer *()> &ocr, LabelsReadAlone &known)
{
    for (BoxReading &reading : readings) {
        if (scan && !reading.hasMarks && !reading.box.outlined) {
            if (const std::optional<int> fill = printedFillOnScan(*scan, reading.box)) {
                reading.hasMarks = true;
                reading.box.patterned = false;
                reading.box.gray = *fill;
            }
        }
        const bool crowded = reading.box.crowded && wantsLabel(reading);
        if (!crowded && !(wantsLabel(reading) && reading.hasMarks))
            continue;
        if (crowded) {
            const QImage crop = closeLook(document, index, reading, scan, turn);
            if (crop.isNull())
                continue;
            if (!isMostlyFill(crop, reading.box.gray)) {
                reading.straddlesText = true;
                continue;
            }
        }
        if (!reading.hasMarks)
            continue;
        const QString onPage = scan ? wordsOnBox(*scan, reading.redaction.box) : QString();
        TextRecognizer *recognizer = ocr();
        const QString alone = recognizer ? readAlone(document, index, reading, scan, turn, *recognizer, known) : QString();
        if (!recognizer && !scan)
            continue;
        const QStringList aloneCodes = RedactionReader::boxCodes(alone, &ExemptionLabel::codesInOcr);
        const QStringList pageCodes = RedactionReader::boxCodes(onPage, &ExemptionLabel::codesInOcr);
        // The box read alone is the better reading, unless the page's names more codes in full
        // ("Exemptions 6, 5 and 2" on the page, "Exemptions 6.5 and 2" alone).
        const bool aloneWins = namedFully(pageCodes) <= namedFully(aloneCodes)
            && (!aloneCodes.isEmpty() || (pageCodes.isEmpty() && !alone.isEmpty()));
        const QString label = aloneWins ? alone : onPage;
        qCDebug(lcAnalyzer) << "label read on box" << reading.box.pixels << label << "(the page read" << onPage << ")";
        reading.redaction.exemptions = aloneWins ? aloneCodes : pageCodes;
        if (!reading.redaction.exemptions.isEmpty())
            reading.redaction.label = label;
        // Ordinary words on a box make it a header, not a redaction. On a scan the page's reading
        // must see words there too: read alone and enlarged, a blank box's noise and its JPEG
        // ringing read as a word now and then ("ARCA A"), and a header's print is plain to both.
        else if (reading.visibleText.isEmpty() && RedactionReader::readsAsWords(label)
                 && (!scan || RedactionReader::readsAsWords(onPage)))
            reading.visibleText = label;
    }
}

// The resolution a scan is read at: its own (more pixels add nothing but time), raised to what
// small print needs and capped where Tesseract gains nothing more.
double ocrDpiOf(const PdfDocument &document, int index)
{
    const double native = document.imageDpi(index);
    if (native <= 0)
        return PageAnalyzer::OcrDpi;
    return std::clamp(std::round(native), double(PageAnalyzer::MinScanOcrDpi), double(PageAnalyzer::OcrDpi));
}

// OCR's words with a label read glued to the word before it split off as a word of its own
// ("furtherb7C" as "further" and "b7C", "near(b)" before "(7)(D)"), and so a word of prose glued
// to the label before it ("(7)(D)who"), each part's box the share of the word its letters take:
// small print set close to a word is read as one word with it, and is then no label beside a box.
QList<PdfWord> withGluedLabelsApart(const QList<PdfWord> &words)
{
    auto splitAt = [](const PdfWord &word, qsizetype at) {
        const double split = word.box.width() * double(at) / double(word.text.size());
        PdfWord before = word, after = word;
        before.text = word.text.left(at);
        before.box.setWidth(split);
        after.text = word.text.mid(at);
        after.box.setLeft(word.box.left() + split);
        return std::pair{before, after};
    };
    QList<PdfWord> apart;
    apart.reserve(words.size());
    for (qsizetype i = 0; i < words.size(); ++i) {
        const PdfWord &word = words[i];
        // The next word goes on with a label's opening only on the same line.
        const bool nextOnLine = i + 1 < words.size() && words[i + 1].box.top() < word.box.bottom()
            && words[i + 1].box.bottom() > word.box.top() && words[i + 1].box.left() >= word.box.left();
        const qsizetype start = ExemptionLabel::gluedLabelStart(word.text, nextOnLine ? words[i + 1].text : QString());
        // The word before names the number a word starts with only on the same line.
        const bool previousOnLine = i > 0 && words[i - 1].box.top() < word.box.bottom() && words[i - 1].box.bottom() > word.box.top()
            && words[i - 1].box.left() < word.box.left();
        const qsizetype prose = ExemptionLabel::gluedProseStart(word.text, previousOnLine ? words[i - 1].text : QString());
        if (start > 0) {
            const auto [before, label] = splitAt(word, start);
            apart << before << label;
        } else if (prose > 0) {
            const auto [label, after] = splitAt(word, prose);
            apart << label << after;
        } else {
            apart << word;
        }
    }
    return apart;
}

// Whether OCR read `word` where the text layer (`layer`) already has a word: a stamp added to the
// scan, which the page has once.
bool inTextLayer(const PdfWord &word, const QList<PdfWord> &layer)
{
    return std::any_of(layer.cbegin(), layer.cend(), [&word](const PdfWord &known) { return known.box.intersects(word.box); });
}

// Whether OCR read a word from specks: letters or digits in a box flatter than a third of the
// page's words are (`lineHeight`, their median), as no print is ("wii" from the specks under a
// margin label's line). Joined to a line, such a word is taken for a word of prose after a label
// ("b7D wii -5"), which is then a mention in a sentence, no label.
bool isSpecks(const PdfWord &word, double lineHeight)
{
    static const QRegularExpression alphanumeric(QStringLiteral("[\\p{L}\\p{N}]"));
    return word.box.height() < 0.35 * lineHeight && word.text.contains(alphanumeric);
}

// The median height of words of two letters or digits or more among `words` (fractions of the
// page), or 0 for fewer than five such words.
double medianWordHeight(const QList<PdfWord> &words)
{
    static const QRegularExpression twoAlphanumerics(QStringLiteral("[\\p{L}\\p{N}].*[\\p{L}\\p{N}]"));
    QList<double> heights;
    for (const PdfWord &word : words) {
        if (word.text.contains(twoAlphanumerics))
            heights << word.box.height();
    }
    if (heights.size() < 5)
        return 0;
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    return heights[heights.size() / 2];
}

// Files words OCR read on a scan (boxes as fractions of the page) as the page's or as printed on
// a box (labels, which never join the page's text). Words the text layer already has (stamps
// added to the scan) and words read from specks (isSpecks) are left out.
void sortWords(ScanReading &scan, const QList<PdfWord> &words, const QList<FilledBox> &boxes, double detectionDpi,
               const QList<PdfWord> &layer)
{
    const double w = scan.gray.width(), h = scan.gray.height();
    const double lineHeight = medianWordHeight(scan.pageWords + words);
    for (const PdfWord &word : withGluedLabelsApart(words)) {
        if (isSpecks(word, lineHeight)
            || inTextLayer(word, layer))
            continue;
        const bool onBox = std::any_of(boxes.cbegin(), boxes.cend(), [&](const FilledBox &box) {
            if (box.outlined)
                return false;
            const QRectF area = scaled(box.pixels, scan.dpi / detectionDpi);
            return QRectF(area.x() / w, area.y() / h, area.width() / w, area.height() / h).contains(word.box.center());
        });
        (onBox ? scan.boxWords : scan.pageWords) << word;
    }
}

// A scanned page read by OCR once. Each box is drawn as its marks alone, black on white, with a
// white rim: text beside a black box OCRs badly, and a label printed on a box is read with the
// page rather than again on its own.
// Boxes were found at `detectionDpi` (lower than asked on a huge page, as the OCR render may be).
ScanReading readScan(const PdfDocument &document, int index, const QList<FilledBox> &boxes, double detectionDpi,
                     const QList<PdfWord> &layer, TextRecognizer &recognizer)
{
    ScanReading scan;
    scan.dpi = document.cappedDpi(index, ocrDpiOf(document, index));
    scan.gray = document.renderGray(index, scan.dpi);
    if (scan.gray.isNull())
        return scan;
    QImage page = scan.gray;
    {
        QPainter painter(&page);
        for (const FilledBox &box : boxes) {
            // A frame's inside is the page's own text (a form's cell), read with the rest.
            if (!box.outlined)
                painter.fillRect(scaled(box.pixels, scan.dpi / detectionDpi).adjusted(-3, -3, 3, 3), Qt::white);
        }
    }
    for (const FilledBox &box : boxes) {
        if (box.outlined)
            continue;
        const QRect inside = insetPixels(box, scan.dpi).intersected(page.rect());
        if (!inside.isEmpty())
            drawMarks(scan.gray.copy(inside), box.gray, page, inside.topLeft());
    }
    scan.marked = page;
    sortWords(scan, recognizer.recognize(page, int(scan.dpi), TextRecognizer::Layout::Page, mayBeLabel), boxes, detectionDpi, layer);
    return scan;
}

// The scale label regions are read at: small print (6-8 pt labels on a 150 dpi scan) is too small
// for Tesseract at the page's scale, and reads at about twice its size.
constexpr double kLabelRegionDpi = 400;
// How far beside a box its label may start (a long label, "FOIA Exemption (b)(7)(E)", at 8 pt is
// about 1.4 inches).
constexpr double kLabelReachInches = 1.5;
// The most of a page its label regions read closely: a form with dozens of unlabelled cells
// would otherwise be read again almost whole, at four times the pixels.
constexpr double kLabelRegionShare = 0.2;

// The height of a line of print at a box (in scan pixels): the box's own, within what text
// lines measure.
int lineHeightAt(const QRect &box, double dpi)
{
    return int(std::clamp(double(box.height()), 0.1 * dpi, 0.2 * dpi));
}

// Where a box's label can stand (in scan pixels): on it, beside it within kLabelReachInches, on
// the line above and the line below.
QRect labelReach(const QRect &box, const ScanReading &scan)
{
    const int reach = int(kLabelReachInches * scan.dpi);
    const int line = lineHeightAt(box, scan.dpi);
    return box.adjusted(-reach, -3 * line / 2, reach, 3 * line / 2).intersected(scan.marked.rect());
}

// Whether a word the page's reading found is a label it made nothing of: a word with a bracket
// that names no code, is no word of prose nor a statute's subsection ("b(7MD):" of
// "b(5); b(7)(D); b(1)", "(DAT)" of "(b)(7)(f)").
bool isGarbledLabel(const QString &word)
{
    static const QRegularExpression bracket(QStringLiteral("[()\\[\\]{}]"));
    static const QRegularExpression subsection(QStringLiteral("\\d\\([a-z0-9]{1,4}\\)[.,;:]?$"));
    return word.contains(bracket) && !word.contains(subsection) && !RedactionReader::readsAsWords(word)
        && RedactionReader::boxCodes(word, &ExemptionLabel::codesInOcr).isEmpty();
}

// Whether the page's reading left such a word where the label of `box` can stand: a label read
// there whole may be only the part of it that was read.
bool garbledNear(const QRect &box, const ScanReading &scan)
{
    const QRect reach = labelReach(box, scan);
    return std::any_of(scan.pageWords.cbegin(), scan.pageWords.cend(), [&](const PdfWord &word) {
        return reach.contains(pixelsOf(word.box, scan.marked).center()) && isGarbledLabel(word.text);
    });
}

// Where a scan's labels are read closely: regions read in place of the page's reading, and the
// strips of lines to a margin, which only add words the page's reading did not find there (cut
// through the lines above and below, they may read those worse).
struct LabelRegions
{
    QList<QRect> regions;
    QList<QRect> strips;
};

// A box of a scan (in scan pixels) whose label is read closely, whether the page's reading
// already gave it one, whether that label reads whole (labelReadWhole), and whether its codes
// came only by folding OCR's misreadings back ("Ex: 6, Ex:" of "Ex. 6, Ex. 7(C), Ex. 8").
struct WantedBox
{
    QRect box;
    bool labelled = false;
    bool whole = false;
    bool onlyFolded = false;
};

// The part of a strip from a box to the page's edge (`rightward`: the right edge) past the last
// ordinary word the page's reading found on its line. A strip is read for a label in the
// margin, which the page's reading may take for no column of text and leave unread: a label
// stands past the line's words, and those words, already read, are not read again (on a form,
// whose lines run from edge to edge, that was half of its label regions' time).
QRect pastWords(QRect strip, bool rightward, const ScanReading &scan)
{
    const double w = scan.marked.width(), h = scan.marked.height();
    const int middle = strip.center().x();
    for (const PdfWord &word : scan.pageWords) {
        const QRect pixels = QRectF(word.box.x() * w, word.box.y() * h, word.box.width() * w, word.box.height() * h).toAlignedRect();
        if (!strip.intersects(pixels) || !strip.contains(QPoint(middle, pixels.center().y())) || !RedactionReader::readsAsWords(word.text))
            continue;
        if (rightward)
            strip.setLeft(std::max(strip.left(), pixels.right() + 1));
        else
            strip.setRight(std::min(strip.right(), pixels.left() - 1));
    }
    return strip;
}

// `strip` widened along its line to the words (of `scan`, on the page and on boxes) whose middle
// is on it: the words of the lines above and below that it grazes would widen it to them, then
// to their neighbours, and on through a dense page's lines to most of the page (then over the
// budget, not read).
QRect withWholeWordsAlong(QRect strip, const ScanReading &scan)
{
    const QRect line = strip;
    for (const QList<PdfWord> *words : {&scan.pageWords, &scan.boxWords}) {
        for (const PdfWord &word : *words) {
            const QRect pixels = pixelsOf(word.box, scan.marked);
            if (strip.intersects(pixels) && line.contains(QPoint(line.center().x(), pixels.center().y())))
                strip = strip.united(QRect(pixels.left(), strip.top(), pixels.width(), strip.height())).intersected(scan.marked.rect());
        }
    }
    return strip;
}

// The strips from each unlabelled box of `boxes` to the page's edges, past its line's words: the
// margin of an FBI release, where its label stands far from it. A strip starts where the box's
// region (one of `regions`) ends, or at the box where that region was over the budget: a wide
// box's margin label within reach of it was read by neither. Strips have a budget of their own:
// on a dense FBI page the regions used up the budget before any strip reached its margin labels
// (which the page's reading, taking the margin for no column of text, had not read); on a dense
// memo the strips would leave its regions none.
QList<QRect> marginStrips(const QList<WantedBox> &boxes, const QList<QRect> &regions, const ScanReading &scan, qint64 budget)
{
    const QRect page = scan.marked.rect();
    const int reach = int(kLabelReachInches * scan.dpi);
    QList<QRect> strips;
    qint64 spent = 0;
    for (const WantedBox &wanted : boxes) {
        if (wanted.labelled)
            continue;
        const bool nearRead = std::any_of(regions.cbegin(), regions.cend(), [&wanted](const QRect &r) { return r.contains(wanted.box); });
        const QRect near = nearRead ? labelReach(wanted.box, scan) : wanted.box;
        const int line = lineHeightAt(wanted.box, scan.dpi);
        const int top = wanted.box.top() - line / 4, bottom = wanted.box.bottom() + line / 4;
        for (const QRect &toEdge : {QRect(QPoint(near.right() + 1, top), QPoint(page.right(), bottom)),
                                    QRect(QPoint(page.left(), top), QPoint(near.left() - 1, bottom))}) {
            const QRect strip = pastWords(toEdge.intersected(page), toEdge.left() > wanted.box.left(), scan);
            if (strip.width() < reach / 2)
                continue;
            const QRect read = withWholeWordsAlong(strip.intersected(page), scan);
            const qint64 area = qint64(read.width()) * read.height();
            if (spent + area > budget)
                continue;
            spent += area;
            strips << read;
        }
    }
    return strips;
}

// Where the labels of `boxes` can stand: on the box, beside it on its line, on the line above and
// the line below, each region widened to the whole words the page's reading found across its
// edges, so that no word is cut in two. Regions that meet are merged. A box still without a label
// also has the rest of its line read, to the page's edges (marginStrips; those strips are read
// apart, not merged: each would join every region of its line into one too large to read).
// On a dense page the regions of all boxes together would be most of the page: the budget goes
// first to the boxes still without a label, each taking what its own region adds, instead of to
// one merged region too large to read.
// The places where the page's reading ran a margin's stacked labels together are read as regions
// too: a box labelled by a stack's first line ("b6 -4") has no strip to the margin, and loses the
// lines under it ("b7C -3", "b4 -4") that the page read as junk.
LabelRegions labelRegions(const QList<WantedBox> &boxes, const ScanReading &scan)
{
    const QRect page = scan.marked.rect();
    const QList<PdfWord> words = scan.pageWords + scan.boxWords;
    auto wholeWords = [&](QRect region) {
        for (bool changed = true; changed;) {
            changed = false;
            for (const PdfWord &word : words) {
                const QRect pixels = pixelsOf(word.box, scan.marked);
                if (region.intersects(pixels) && !region.contains(pixels)) {
                    region = region.united(pixels).intersected(page);
                    changed = true;
                }
            }
        }
        return region;
    };
    auto area = [](const QRect &r) { return qint64(r.width()) * r.height(); };
    const qint64 budget = qint64(kLabelRegionShare * page.width() * page.height());
    qint64 spent = 0;
    QList<QRect> chosen;
    auto choose = [&](const QRect &box) {
        QRect merged = wholeWords(labelReach(box, scan));
        if (std::any_of(chosen.cbegin(), chosen.cend(), [&merged](const QRect &r) { return r.contains(merged); }))
            return;
        // The regions this one meets are read with it, as one.
        QList<int> absorbed;
        for (bool grew = true; grew;) {
            grew = false;
            for (int i = 0; i < chosen.size(); ++i) {
                if (!absorbed.contains(i) && chosen[i].intersects(merged)) {
                    absorbed << i;
                    merged = wholeWords(merged.united(chosen[i]));
                    grew = true;
                }
            }
        }
        qint64 freed = 0;
        for (int i : std::as_const(absorbed))
            freed += area(chosen[i]);
        if (spent - freed + area(merged) > budget) {
            qCDebug(lcAnalyzer) << "label region over the budget:" << merged << "for" << box;
            return;
        }
        std::sort(absorbed.begin(), absorbed.end(), std::greater<>());
        for (int i : std::as_const(absorbed))
            chosen.removeAt(i);
        spent += area(merged) - freed;
        chosen << merged;
    };
    // A label read only by folding OCR's misreadings back is as doubtful as none: read among the
    // first (a fold that gives a box the first code of its label must not leave the rest unread
    // once the budget is spent).
    for (const WantedBox &wanted : boxes) {
        if (!wanted.labelled || wanted.onlyFolded)
            choose(wanted.box);
    }
    const QList<QRect> strips = marginStrips(boxes, chosen, scan, budget);
    // A label the page's reading gave whole is not read again: its words are reused.
    for (const WantedBox &wanted : boxes) {
        if (wanted.labelled && !wanted.whole && !wanted.onlyFolded)
            choose(wanted.box);
    }
    // A garbled stack is small (a few labels' lines in a margin) and read whatever the budget.
    for (const QRectF &stack : LabelStacks::garbled(scan.pageWords)) {
        const QRect pixels = wholeWords(pixelsOf(stack, scan.marked));
        if (std::none_of(chosen.cbegin(), chosen.cend(), [&pixels](const QRect &r) { return r.contains(pixels); }))
            chosen << pixels;
    }
    return {chosen, strips};
}

// Reads the label regions of a scan once, closely (scaled up to kLabelRegionDpi), and puts what
// they say in place of what the page's reading made of the same pixels beside the boxes.
void readLabelRegions(ScanReading &scan, const LabelRegions &where, const QList<FilledBox> &boxes, double detectionDpi,
                      const QList<PdfWord> &layer, TextRecognizer &recognizer)
{
    const double w = scan.marked.width(), h = scan.marked.height();
    constexpr int margin = kOcrMargin;
    QList<PdfWord> read;
    QList<QRect> regions = where.regions + where.strips;
    // A strip that reads as print but no code is read again half a line taller on each side: a
    // margin stack set two lines to the box's one ("b7E -1" over "b2 -1", level with the box's
    // top and bottom) is cut through by a strip of the box's height, and reads as "-1".
    const qsizetype retries = regions.size();
    for (qsizetype index = 0; index < regions.size(); ++index) {
        const QRect region = regions[index];
        const bool strip = index >= where.regions.size();
        const qsizetype readBefore = read.size();
        // Scaled up no further than a page may be rendered: a page whose scan resolution was
        // capped (a huge MediaBox) would otherwise be scaled up by its cap, to gigabytes.
        const double pixels = std::max(1.0, double(region.width()) * region.height());
        const double factor = std::max(1.0, std::min(kLabelRegionDpi / scan.dpi, std::sqrt(double(PdfDocument::MaxRenderPixels) / pixels)));
        const QRectF area(region.x() / w, region.y() / h, region.width() / w, region.height() / h);
        auto inRegion = [&area](const PdfWord &word) { return area.contains(word.box.center()); };
        if (!strip)
            scan.pageWords.removeIf(inRegion);
        // Scaled up from the scan's grey levels, the boxes blank: what is printed on a box was read
        // with the page, and a label set small inside a box reads best alone (lookClosely). A
        // strip holds one line: the print of the lines above and below that reaches into it
        // (the tops of a margin stack's next label, "b7C -3" under "b6 -4") is painted out, or
        // OCR reads it into the line's words and boxes them past the strip's edge.
        const QImage source = strip
            ? withoutMarksFromEdges(scan.gray.copy(region), LabelLine::paperOf(scan.gray, region), region.height(), 0)
            : scan.gray.copy(region);
        const QImage crop = source.scaled(int(region.width() * factor), int(region.height() * factor), Qt::IgnoreAspectRatio,
                                          Qt::SmoothTransformation);
        QImage padded(crop.width() + 2 * margin, crop.height() + 2 * margin, QImage::Format_Grayscale8);
        padded.fill(255);
        {
            QPainter painter(&padded);
            painter.drawImage(margin, margin, crop);
            for (const FilledBox &box : boxes) {
                const QRect pixels = scaled(box.pixels, scan.dpi / detectionDpi);
                if (!box.outlined && pixels.intersects(region))
                    painter.fillRect(scaled(pixels.translated(-region.topLeft()), factor).translated(margin, margin).adjusted(-4, -4, 4, 4), Qt::white);
            }
        }
        if (qEnvironmentVariableIsSet("REBUTTAL_DEBUG_CROPS"))
            padded.save(QStringLiteral("/tmp/region-%1-%2.png").arg(region.x()).arg(region.y()));
        for (PdfWord word : recognizer.recognize(padded, int(scan.dpi * factor), TextRecognizer::Layout::Sparse, mayBeLabel)) {
            // From the padded crop's fractions to the page's.
            const QRectF inCrop = inCropPixels(word.box, padded, factor);
            word.box = QRectF((region.x() + inCrop.x()) / w, (region.y() + inCrop.y()) / h, inCrop.width() / w, inCrop.height() / h);
            // Regions may overlap (a line's strip and a region on it): a word is read once. Only
            // the words of earlier regions are that word read again; one reading's words are
            // distinct, though OCR may box a word past its neighbour's middle (an "Ex." boxed
            // over the "5" after it, which was then dropped as read twice).
            auto overlaps = [&word](const PdfWord &other) { return other.box.contains(word.box.center()) || word.box.contains(other.box.center()); };
            if (!inRegion(word) || std::any_of(read.cbegin(), read.cbegin() + readBefore, overlaps))
                continue;
            if (strip) {
                // A strip reads its own line: a word that its top or bottom edge cuts is a line
                // above or below, which the page's reading saw whole.
                const double edge = 2.0 / h;
                if (word.box.top() < area.top() + edge || word.box.bottom() > area.bottom() - edge)
                    continue;
                scan.pageWords.removeIf(overlaps);
            }
            read << word;
        }
        if (strip && index < retries && read.size() > readBefore
            && ExemptionLabel::codesInOcr(textOf(read.mid(readBefore))).isEmpty()) {
            read.resize(readBefore);
            regions << region.adjusted(0, -region.height() / 2, 0, region.height() / 2).intersected(scan.gray.rect());
        }
    }
    sortWords(scan, read, boxes, detectionDpi, layer);
}

// Whether a label the page's reading gave a box reads whole: codes read as written (none only
// by folding OCR's misreadings back), nothing but a label, not even a stray sign or letter (the
// rest of a label misread: "b(7)(C) €:" of "b(7)(C) & b(7)(E) & b(5)", "Ex. 6; Ex. 7(E); Ex."),
// and not cut off after a separator ("(b)(6);" of "(b)(6); (b)(7)(C)"). Its region would be
// read again only to read the same.
bool labelReadWhole(const QString &label)
{
    const qsizetype codes = RedactionReader::boxCodes(label, &ExemptionLabel::codesInOcr).size();
    // The label of a box on a line whose sentence goes on ends with that sentence's next short
    // word ("(b)(6) at"): the word is no part of it.
    static const QRegularExpression sentenceGoesOn(QStringLiteral("\\s+\\p{Ll}+$"));
    if (codes == 0 || RedactionReader::boxCodes(label, &ExemptionLabel::codesIn).size() != codes
        || !ExemptionLabel::isCleanLabel(QString(label).remove(sentenceGoesOn)))
        return false;
    static const QRegularExpression goesOn(QStringLiteral("(?:[;,&/]|\\b(?:and|or|y))\\s*$"), QRegularExpression::CaseInsensitiveOption);
    return !label.contains(goesOn);
}

// The boxes of a scan whose labels are read closely (in scan pixels): every redaction the page's
// reading found, labelled or not (a label in small print may have been read in part, "(b)(6);"
// of "(b)(6); (b)(7)(C)"), and outlined boxes with marks inside that read as nothing; the smaller
// first.
QList<WantedBox> labelledBoxes(const QList<BoxReading> &readings, const QList<Redaction> &redactions, const ScanReading &scan,
                               double detectionDpi)
{
    QList<WantedBox> boxes;
    for (const BoxReading &reading : readings) {
        const QRectF at = reading.redaction.box;
        const auto kept = std::find_if(redactions.cbegin(), redactions.cend(), [&at](const Redaction &redaction) {
            return redaction.box == at;
        });
        if (kept != redactions.cend() || (reading.box.outlined && reading.hasMarks && reading.visibleText.isEmpty())) {
            const bool labelled = kept != redactions.cend() && !kept->exemptions.isEmpty();
            const QRect box = scaled(reading.box.pixels, scan.dpi / detectionDpi).intersected(scan.marked.rect());
            const bool onlyFolded = labelled && RedactionReader::boxCodes(kept->label, &ExemptionLabel::codesIn).isEmpty();
            boxes << WantedBox{box, labelled, labelled && labelReadWhole(kept->label) && !garbledNear(box, scan), onlyFolded};
        }
    }
    std::stable_sort(boxes.begin(), boxes.end(), [](const WantedBox &a, const WantedBox &b) {
        return qint64(a.box.width()) * a.box.height() < qint64(b.box.width()) * b.box.height();
    });
    return boxes;
}

// The words of a line of print near a box (LabelLine), read alone as one line, their boxes as
// fractions of the page (`pageSize`, in pixels). Read graded at twice the scale of a 200 dpi scan;
// a reading that names a code but does not read whole as a label (a code garbled, "(DM3)" for
// "(b)(3)"), or a short one that names none ("Eas" for "Ex. 5"), is read again as a hard
// threshold draws it and half as large again, and the reading naming the most codes is kept, as
// readAlone does on a box.
QList<PdfWord> readLine(const LabelLine &line, double dpi, QSizeF pageSize, TextRecognizer &recognizer)
{
    auto codesOf = [](const QString &text) { return RedactionReader::boxCodes(text, &ExemptionLabel::codesInOcr).size(); };
    QList<PdfWord> best;
    const double base = std::max(1.0, kLabelRegionDpi / dpi);
    for (const auto &[scale, graded] : {std::pair{1.0, true}, std::pair{1.0, false}, std::pair{1.5, true}}) {
        const double factor = base * scale;
        const QImage &print = line.image();
        const QImage marks = marksForOcr(print.scaled(int(print.width() * factor), int(print.height() * factor), Qt::IgnoreAspectRatio,
                                                      Qt::SmoothTransformation),
                                         line.paper(), graded);
        QList<PdfWord> words = recognizer.recognize(marks, int(dpi * factor), TextRecognizer::Layout::Line, mayBeLabel);
        for (PdfWord &word : words) {
            const QRectF onPage = line.toPage(inCropPixels(word.box, marks, factor));
            word.box = QRectF(onPage.x() / pageSize.width(), onPage.y() / pageSize.height(), onPage.width() / pageSize.width(),
                              onPage.height() / pageSize.height());
        }
        if (best.isEmpty() || codesOf(textOf(words)) > codesOf(textOf(best)))
            best = words;
        const QString label = textOf(best);
        const qsizetype codes = codesOf(label);
        // A line of prose (four words or more, no code) is settled at once; a short line alone
        // beside a box is most likely its label, and one read as no code is read again.
        if ((codes == 0 && best.size() >= 4)
            || (codes > 0 && RedactionReader::boxCodes(label, &ExemptionLabel::codesIn).size() == codes && ExemptionLabel::isLabel(label)))
            break;
    }
    return best;
}

// Puts `words`, a line of print read alone, in place of what the page's reading made of it. The
// line lies off its box by construction: a word of it is the page's, even where the upright
// rectangle around a skewed box reaches over it (sortWords would file it as printed on the box).
// Stamps the text layer has are left out, as sortWords does.
void putInPlace(ScanReading &scan, const LabelLine &line, const QList<PdfWord> &words, const QList<PdfWord> &layer)
{
    const double w = scan.gray.width(), h = scan.gray.height();
    auto onLine = [&](const PdfWord &word) { return line.holds(QPointF(word.box.center().x() * w, word.box.center().y() * h)); };
    scan.pageWords.removeIf(onLine);
    scan.boxWords.removeIf(onLine);
    for (const PdfWord &word : withGluedLabelsApart(words)) {
        if (!inTextLayer(word, layer))
            scan.pageWords << word;
    }
}

// Reads the line of print just above and just below each of `boxesWanted` (scan pixels) alone,
// where a label in small print stands on a line of its own over a paragraph's box: read with the
// prose around it (a label region) it is misread or lost, or its region was over the budget.
// A line that reads as a label takes the place of what was read there before; true if any did.
// A box that has a label already (one that does not read whole) has its lines read only where
// they are no sentence (a line of prose holds the labels of the boxes on it, and read alone as
// one line, across its boxes, reads worse than the page did) and hold a label or a garbled one.
bool readLabelLines(ScanReading &scan, const QList<WantedBox> &boxesWanted, const QList<PdfWord> &layer, TextRecognizer &recognizer)
{
    const double w = scan.gray.width(), h = scan.gray.height();
    QList<LabelLine> read;
    bool anyLabel = false;
    for (const WantedBox &wanted : boxesWanted) {
        const QRect &box = wanted.box;
        for (const LabelLine::Side side : {LabelLine::Side::Above, LabelLine::Side::Below}) {
            const std::optional<LabelLine> line = LabelLine::find(scan.gray, box, side, scan.dpi);
            if (!line || std::any_of(read.cbegin(), read.cend(), [&line](const LabelLine &known) {
                    return known.holds(QRectF(line->area()).center());
                }))
                continue;
            // A line the page's reading read as prose across most of its width (four words of
            // three letters or more, no code) is a line of the text, not a label: it is not read
            // again. A label misread ("bo -1 bIC -4") has no such words.
            QStringList onIt;
            int proseWords = 0;
            double covered = 0;
            for (const PdfWord &word : std::as_const(scan.pageWords)) {
                if (line->holds(QPointF(word.box.center().x() * w, word.box.center().y() * h))) {
                    onIt << word.text;
                    proseWords += RedactionReader::readsAsWords(word.text);
                    covered += word.box.width() * w;
                }
            }
            const QStringList codesOnIt = RedactionReader::boxCodes(onIt.join(QLatin1Char(' ')), &ExemptionLabel::codesInOcr);
            const bool namesCodes = !codesOnIt.isEmpty();
            if (proseWords >= 4 && (wanted.labelled || (covered >= 0.6 * line->image().width() && !namesCodes)))
                continue;
            // For a box labelled already, only a line the page read a label on, or print it made
            // nothing of, can hold the rest of its label.
            if (wanted.labelled && !namesCodes && std::none_of(onIt.cbegin(), onIt.cend(), isGarbledLabel))
                continue;
            // Read once: a line passed over for one box (a labelled box's line the page read
            // nothing on) may be the label of the next box, on its other side.
            read << *line;
            const QList<PdfWord> words = readLine(*line, scan.dpi, QSizeF(w, h), recognizer);
            const QString label = textOf(words);
            // The codes only: the line may be a line of the page's prose, which is never logged.
            const QStringList codes = RedactionReader::boxCodes(label, &ExemptionLabel::codesInOcr);
            qCDebug(lcAnalyzer) << "label line" << line->area() << (side == LabelLine::Side::Above ? "above" : "below") << box
                                << "read as codes" << codes;
            // The line takes the place of the page's reading of it when it names as many codes
            // (no fewer: it may be cut shorter than the line of print); for a box labelled
            // already, more: the same number is as likely a code misread as one read better
            // ("Ex. 1c)" for "Ex. 7(C)" on a line read across a row of boxes).
            if (codes.isEmpty() || namedFully(codes) < namedFully(codesOnIt) + (wanted.labelled ? 1 : 0))
                continue;
            putInPlace(scan, *line, words, layer);
            anyLabel = true;
        }
    }
    return anyLabel;
}

// Whether a word the page's reading found may open a label it misread the rest of: an exemption
// word or a bare "b" with at most a stop ("EX:" of "Ex. 8", read with a "0" no code is), or a
// garbled label (isGarbledLabel).
bool opensLabel(const QString &word)
{
    static const QRegularExpression opening(QStringLiteral("^[(\\[{]?(?:ex|exs|exemptions?|foia|b)[.:;,)]*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return opening.match(word).hasMatch() || isGarbledLabel(word);
}

// Reads the print right beside each of `boxesWanted` (scan pixels) still without a label on its
// line alone, where the page's and the label regions' readings left a label's opening with no
// code after it: read among the words of a region, a short label's number is read as the word it
// looks like alone ("EX: 0" of "Ex. 8"); read as one line, with its opening, it reads as a label.
// The line takes the place of what was read there when it names more codes. True if any did.
bool readBesideLabels(ScanReading &scan, const QList<WantedBox> &boxesWanted, const QList<PdfWord> &layer, TextRecognizer &recognizer)
{
    const double w = scan.gray.width(), h = scan.gray.height();
    bool anyLabel = false;
    for (const WantedBox &wanted : boxesWanted) {
        if (wanted.labelled)
            continue;
        for (const LabelLine::Side side : {LabelLine::Side::Right, LabelLine::Side::Left}) {
            const std::optional<LabelLine> line = LabelLine::find(scan.gray, wanted.box, side, scan.dpi);
            if (!line)
                continue;
            QStringList onIt;
            for (const PdfWord &word : std::as_const(scan.pageWords)) {
                if (line->holds(QPointF(word.box.center().x() * w, word.box.center().y() * h)))
                    onIt << word.text;
            }
            if (std::none_of(onIt.cbegin(), onIt.cend(), opensLabel))
                continue;
            const QStringList codesOnIt = RedactionReader::boxCodes(onIt.join(QLatin1Char(' ')), &ExemptionLabel::codesInOcr);
            const QList<PdfWord> words = readLine(*line, scan.dpi, QSizeF(w, h), recognizer);
            const QStringList codes = RedactionReader::boxCodes(textOf(words), &ExemptionLabel::codesInOcr);
            qCDebug(lcAnalyzer) << "print beside" << wanted.box << (side == LabelLine::Side::Right ? "right" : "left") << "read as codes"
                                << codes << "(the page read" << codesOnIt << ")";
            if (namedFully(codes) <= namedFully(codesOnIt))
                continue;
            putInPlace(scan, *line, words, layer);
            anyLabel = true;
        }
    }
    return anyLabel;
}

// Reads the print that the page's reading left unread right under a label (the lower lines of a
// stack in an FBI margin, "b7E -2" under "b7C -1", set closer than the lines of the text): where
// a label's next line down holds marks no word was read on, that line is read alone, and the
// label words found there join the page's. True if any did. Each round reads the line under the
// labels the last one found, so a stack is read down to its end.
bool readUnderLabels(ScanReading &scan, const QList<FilledBox> &boxes, double detectionDpi, const QList<PdfWord> &layer,
                     TextRecognizer &recognizer)
{
    constexpr int kRounds = 4; // a stack's lines under its first
    const double w = scan.gray.width(), h = scan.gray.height();
    const QRect page = scan.gray.rect();
    QList<QRect> covered; // what is read or a box: no unread print
    for (const FilledBox &box : boxes)
        covered << scaled(box.pixels, scan.dpi / detectionDpi).adjusted(-2, -2, 2, 2);
    for (const PdfWord &word : std::as_const(scan.pageWords) + std::as_const(scan.boxWords))
        covered << pixelsOf(word.box, scan.gray).adjusted(-1, -1, 1, 1);
    QList<PdfWord> heads;
    for (const PdfWord &word : std::as_const(scan.pageWords)) {
        if (!ExemptionLabel::codesInOcr(word.text).isEmpty())
            heads << word;
    }
    bool any = false;
    for (int round = 0; round < kRounds && !heads.isEmpty(); ++round) {
        QList<QRect> read;
        QList<PdfWord> found;
        for (const PdfWord &head : std::as_const(heads)) {
            const QRect label = pixelsOf(head.box, scan.gray);
            const int line = std::max(4, label.height());
            const QRect below = QRect(label.left() - line / 2, label.bottom() + 1, label.width() + 4 * line, line * 3 / 2).intersected(page);
            if (below.isEmpty() || std::any_of(read.cbegin(), read.cend(), [&below](const QRect &r) { return r.contains(below.center()); }))
                continue;
            const int paper = LabelLine::paperOf(scan.gray, below);
            int marks = 0;
            for (int y = below.top(); y <= below.bottom(); ++y) {
                const uchar *pixels = scan.gray.constScanLine(y);
                for (int x = below.left(); x <= below.right(); ++x) {
                    if (pixels[x] < paper - 64
                        && std::none_of(covered.cbegin(), covered.cend(), [x, y](const QRect &r) { return r.contains(x, y); }))
                        ++marks;
                }
            }
            qCDebug(lcAnalyzer) << "under label" << label << "marks" << marks;
            if (marks < std::max(12, line * line / 8))
                continue;
            read << below;
            const double factor = std::max(1.0, kLabelRegionDpi / scan.dpi);
            const QImage crop = scan.gray.copy(below).scaled(int(below.width() * factor), int(below.height() * factor),
                                                             Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            const QImage marked = marksForOcr(crop, paper);
            for (PdfWord word : recognizer.recognize(marked, int(scan.dpi * factor), TextRecognizer::Layout::Line, mayBeLabel)) {
                const QRectF onPage = inCropPixels(word.box, marked, factor).translated(below.topLeft());
                word.box = QRectF(onPage.x() / w, onPage.y() / h, onPage.width() / w, onPage.height() / h);
                const QPointF middle = onPage.center();
                if (!LabelStacks::isLabelWord(word.text) || !below.contains(middle.toPoint())
                    || std::any_of(covered.cbegin(), covered.cend(), [&middle](const QRect &r) { return r.contains(middle.toPoint()); }))
                    continue;
                found << word;
            }
        }
        heads.clear();
        for (const PdfWord &word : std::as_const(found)) {
            if (inTextLayer(word, layer))
                continue;
            scan.pageWords << word;
            covered << pixelsOf(word.box, scan.gray).adjusted(-1, -1, 1, 1);
            if (!ExemptionLabel::codesInOcr(word.text).isEmpty())
                heads << word;
            any = true;
        }
    }
    return any;
}

// The redactions of a page's first reading with the labels a closer reading found for them (it
// reads the same pixels better), and the boxes only the closer reading made redactions of (frames
// whose label it read inside).
QList<Redaction> withLabelsFrom(QList<Redaction> first, const QList<Redaction> &closer)
{
    for (const Redaction &found : closer) {
        auto same = std::find_if(first.begin(), first.end(), [&found](const Redaction &r) { return r.box == found.box; });
        if (same == first.end()) {
            if (!found.exemptions.isEmpty())
                first << found;
        } else if (!found.exemptions.isEmpty() && namedFully(found.exemptions) >= namedFully(same->exemptions)) {
            // A closer reading that names fewer codes read part of the label ("Ex. 7(G):" of
            // "Ex. 6; Ex. 7(C); Ex. 7(F)"), not a better one; so did one that names exemption 7
            // without the subparagraph the first reading gave it ("(b)(7)" of "(b)(7)(C)").
            same->exemptions = found.exemptions;
            same->label = found.label;
        }
    }
    return first;
}

// Redactions marked with a Redact annotation and never applied remove nothing: every word under
// one is still in the file. Each becomes a redaction (merged with a box found at the same place,
// if any) carrying its overlay text's codes and the words under it.
void addMarkedRedactions(const QList<MarkedRedaction> &marked, const PageText &text, ProductionPage &page)
{
    for (const MarkedRedaction &mark : marked) {
        QStringList under;
        for (const TextLine &line : text.lines()) {
            for (int index : line.words) {
                const PdfWord &word = text.words()[index];
                if (mark.box.contains(word.box.center()))
                    under << word.text;
            }
        }
        Redaction *target = nullptr;
        for (Redaction &redaction : page.redactions) {
            const QRectF overlap = redaction.box.intersected(mark.box);
            if (overlap.width() * overlap.height() > 0.5 * mark.box.width() * mark.box.height())
                target = &redaction;
        }
        if (!target) {
            page.redactions << Redaction{mark.box, {}, {}, {}};
            target = &page.redactions.last();
        }
        target->exemptions = ExemptionLabel::normalized(target->exemptions + ExemptionLabel::codesIn(mark.overlayText));
        if (target->label.isEmpty())
            target->label = mark.overlayText;
        if (target->textUnderBox.isEmpty())
            target->textUnderBox = under.join(QLatin1Char(' '));
    }
}

} // namespace

PageAnalyzer::PageAnalyzer(const PdfDocument &document, OcrProvider ocr)
    : m_document(document)
    , m_ocr(std::move(ocr))
{
}

TextRecognizer *PageAnalyzer::ocr() const
{
    TextRecognizer *recognizer = m_ocr ? m_ocr() : nullptr;
    return recognizer && recognizer->isReady() ? recognizer : nullptr;
}

namespace {

// The time each stage of a page's analysis took, logged when the page is done (lcTiming).
class StageTimes
{
public:
    explicit StageTimes(int page) : m_page(page) { m_clock.start(); }
    ~StageTimes()
    {
        if (lcTiming().isInfoEnabled())
            qCInfo(lcTiming).noquote() << "page" << m_page << m_stages.join(QLatin1String(", "));
    }
    void lap(const char *stage)
    {
        if (lcTiming().isInfoEnabled())
            m_stages << QStringLiteral("%1 %2 ms").arg(QLatin1String(stage)).arg(m_clock.restart());
    }

private:
    int m_page;
    QElapsedTimer m_clock;
    QStringList m_stages;
};

// A scan's labels read closely, in turn: the label regions of its boxes, the lines right above and
// below the boxes still without a label or with one that does not read whole, the print right
// beside the boxes still without one, the lines under margin labels. After each that found print,
// `readAgain` reads the boxes again, told the stage; `readings` and `redactions` are the boxes as
// read so far, which it updates.
void readLabelsClosely(ScanReading &scan, const QList<BoxReading> &readings, const QList<Redaction> &redactions,
                       const QList<FilledBox> &boxes, double detectionDpi, const QList<PdfWord> &layer, TextRecognizer &recognizer,
                       const std::function<void(const char *)> &readAgain)
{
    const QList<WantedBox> wanted = labelledBoxes(readings, redactions, scan, detectionDpi);
    if (!wanted.isEmpty()) {
        readLabelRegions(scan, labelRegions(wanted, scan), boxes, detectionDpi, layer, recognizer);
        readAgain("ocr label regions");
    }
    QList<WantedBox> unsettled = labelledBoxes(readings, redactions, scan, detectionDpi);
    unsettled.removeIf([](const WantedBox &box) { return box.whole; });
    if (!unsettled.isEmpty() && readLabelLines(scan, unsettled, layer, recognizer))
        readAgain("ocr label lines");
    if (readBesideLabels(scan, labelledBoxes(readings, redactions, scan, detectionDpi), layer, recognizer))
        readAgain("ocr print beside");
    if (readUnderLabels(scan, boxes, detectionDpi, layer, recognizer))
        readAgain("ocr under labels");
}

} // namespace

ProductionPage PageAnalyzer::analyze(int index) const
{
    ProductionPage page;
    page.number = index + 1;
    qCDebug(lcAnalyzer) << "page" << page.number;
    StageTimes times(page.number);
    page.sizePt = m_document.pageSize(index);
    // An image declaring billions of pixels from a few bytes would keep the renderer busy until the
    // page's time limit: the page is refused at once, saying why.
    if (const QString image = m_document.implausibleImage(index); !image.isEmpty()) {
        page.problem = PageProblem::stored(PageProblem::Kind::ImplausibleImage, image);
        return page;
    }
    // A page too large to draw at DetectionDpi is analysed at the resolution it can be drawn at.
    const double detectionDpi = m_document.cappedDpi(index, DetectionDpi, QRectF(0, 0, 1, 1), MaxDetectionPixels);
    QImage render = m_document.render(index, detectionDpi);
    if (render.isNull()) {
        page.problem = PageProblem::stored(PageProblem::Kind::NotRendered);
        return page;
    }
    QList<PdfWord> layer = m_document.words(index);
    page.imageOnly = isImageOnly(PageText(layer), render.convertToFormat(QImage::Format_Grayscale8));
    // A page printed sideways is read turned upright, and what is found is turned back at the end.
    const ReadingTurn turn = page.imageOnly ? ReadingTurn() : ReadingTurn::of(layer);
    render = turn.toReading(render);
    layer = turn.toReading(layer);
    const QImage gray = render.convertToFormat(QImage::Format_Grayscale8);
    times.lap("render");
    const QList<FilledBox> boxes = BoxFinder::find(render, detectionDpi);
    times.lap("boxes");

    PageText text(layer);
    page.textSource = text.isEmpty() ? TextSource::None : TextSource::Layer;
    std::optional<ScanReading> scan;
    TextRecognizer *recognizer = page.imageOnly ? ocr() : nullptr;
    if (recognizer) {
        scan = readScan(m_document, index, boxes, detectionDpi, layer, *recognizer);
        text = PageText(layer + scan->pageWords);
        page.textSource = TextSource::Ocr;
        times.lap("ocr page");
    }

    // The labels of the boxes, from the text and from what is printed on the boxes.
    QList<BoxReading> readings;
    QStringList loose;
    LabelsReadAlone labelsReadAlone;
    auto readRedactions = [&] {
        RedactionReader reader(text, gray, page.textSource == TextSource::Layer);
        readings = reader.examine(boxes);
        lookClosely(m_document, index, readings, scan ? &*scan : nullptr, turn, [this] { return ocr(); }, labelsReadAlone);
        loose.clear();
        page.redactions = reader.finish(readings, &loose);
    };
    readRedactions();
    times.lap("labels");
    // The labels of a scan's boxes may be print too small for the page's reading. Where they would
    // stand is read once more, closely, and the boxes read again; the closer reading gives labels,
    // it takes no redaction away (a reading of noise on an unlabelled box is no reason to drop it).
    auto readAgainWithCloserWords = [&](const char *stage) {
        text = PageText(layer + scan->pageWords);
        const QList<Redaction> first = page.redactions;
        const QStringList firstLoose = loose;
        readRedactions();
        page.redactions = withLabelsFrom(first, page.redactions);
        loose = ExemptionLabel::normalized(firstLoose + loose);
        times.lap(stage);
    };
    if (scan && !scan->marked.isNull())
        readLabelsClosely(*scan, readings, page.redactions, boxes, detectionDpi, layer, *recognizer, readAgainWithCloserWords);
    page.text = text.plainText();
    page.bates = text.batesNumber();
    page.withheldInFull = text.isWithheldNotice(&page.pageExemptions);
    page.pageExemptions = ExemptionLabel::normalized(page.pageExemptions + loose);
    QList<MarkedRedaction> marked = m_document.markedRedactions(index);
    for (MarkedRedaction &mark : marked)
        mark.box = turn.toReading(mark.box);
    addMarkedRedactions(marked, text, page);
    // Unknown is not none: a page whose annotations qpdf rejects may hide an unapplied redaction,
    // so the page says so (the import lists it, the page view marks it).
    if (const QString problem = m_document.markedRedactionsProblem(index); !problem.isEmpty())
        page.problem = PageProblem::stored(PageProblem::Kind::AnnotationsUnreadable, problem);
    for (Redaction &redaction : page.redactions)
        redaction.box = turn.toDisplayed(redaction.box);
    times.lap("rest");
    return page;
}

} // namespace rebuttal
