#include "PageAnalyzer.h"

#include "BoxFinder.h"
#include "ExemptionLabel.h"
#include "PageText.h"
#include "RedactionReader.h"
#include "ocr/TextRecognizer.h"
#include "pdf/PdfDocument.h"

#include <QLoggingCategory>
#include <QPainter>

Q_LOGGING_CATEGORY(lcAnalyzer, "rebuttal.analyzer")

namespace rebuttal {

namespace {

constexpr double kStampBand = PageText::StampBand;

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

// A box rendered closely (at OCR resolution), inset by a detection pixel: the box's rim and its
// neighbours' strokes confuse the reading.
QImage closeLook(const PdfDocument &document, int index, const BoxReading &reading)
{
    const QRectF box = reading.redaction.box;
    const double dx = box.width() / std::max(1, reading.box.pixels.width());
    const double dy = box.height() / std::max(1, reading.box.pixels.height());
    return document.renderArea(index, PageAnalyzer::OcrDpi, box.adjusted(dx, dy, -dx, -dy))
        .convertToFormat(QImage::Format_Grayscale8);
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
// and black labels on grey ones read alike.
QImage marksForOcr(const QImage &crop, int boxGray)
{
    constexpr int margin = 16; // Tesseract misses text that touches the image edge
    QImage marks(crop.width() + 2 * margin, crop.height() + 2 * margin, QImage::Format_Grayscale8);
    marks.fill(255);
    for (int y = 0; y < crop.height(); ++y) {
        const uchar *in = crop.constScanLine(y);
        uchar *out = marks.scanLine(y + margin) + margin;
        for (int x = 0; x < crop.width(); ++x)
            out[x] = RedactionReader::contrasts(in[x], boxGray) ? 0 : 255;
    }
    return marks;
}

bool wantsLabel(const BoxReading &reading)
{
    // A frame whose inside already reads as words that are no label is a form's cell.
    if (reading.box.outlined && !reading.visibleText.isEmpty())
        return false;
    return reading.redaction.exemptions.isEmpty() && reading.redaction.textUnderBox.isEmpty() && !reading.straddlesText;
}

// Boxes crowded by marks are looked at closely, and labels printed on boxes as pixels are read.
// Both need the same close render, made once per box and only for boxes that need it.
void lookClosely(const PdfDocument &document, int index, QList<BoxReading> &readings,
                 const std::function<TextRecognizer *()> &ocr)
{
    for (BoxReading &reading : readings) {
        const bool crowded = reading.box.crowded && wantsLabel(reading);
        if (!crowded && !(wantsLabel(reading) && reading.hasMarks))
            continue;
        const QImage crop = closeLook(document, index, reading);
        if (crop.isNull())
            continue;
        if (crowded && !isMostlyFill(crop, reading.box.gray)) {
            reading.straddlesText = true;
            continue;
        }
        if (!reading.hasMarks)
            continue;
        TextRecognizer *recognizer = ocr();
        if (!recognizer)
            continue;
        const QImage marks = marksForOcr(crop, reading.box.gray);
        QStringList text;
        for (const PdfWord &word : recognizer->recognize(marks, PageAnalyzer::OcrDpi, TextRecognizer::Layout::Block))
            text << word.text;
        const QString label = text.join(QLatin1Char(' '));
        qCDebug(lcAnalyzer) << "label read on box" << reading.box.pixels << label;
        if (qEnvironmentVariableIsSet("REBUTTAL_DEBUG_CROPS"))
            marks.save(QStringLiteral("/tmp/crop-%1-%2-%3.png").arg(index).arg(reading.box.pixels.x()).arg(reading.box.pixels.y()));
        reading.redaction.exemptions = RedactionReader::boxCodes(label, &ExemptionLabel::codesInOcr);
        if (!reading.redaction.exemptions.isEmpty())
            reading.redaction.label = label;
        else if (reading.visibleText.isEmpty())
            reading.visibleText = label; // ordinary words on a box make it a header, not a redaction
    }
}

// The words of a scanned page, read by OCR with its boxes masked white (text beside a black box
// OCRs badly), less those the text layer already has (stamps added to the scan).
// Boxes were found at `detectionDpi` (both resolutions are lower than asked on a huge page).
QList<PdfWord> readScan(const PdfDocument &document, int index, const QList<FilledBox> &boxes, double detectionDpi,
                        const QList<PdfWord> &layer, TextRecognizer &recognizer)
{
    const double ocrDpi = document.cappedDpi(index, PageAnalyzer::OcrDpi);
    QImage scan = document.render(index, ocrDpi);
    {
        QPainter painter(&scan);
        for (const FilledBox &box : boxes) {
            // A frame's inside is the page's own text (a form's cell), read with the rest.
            if (box.outlined)
                continue;
            painter.fillRect(scaled(box.pixels, ocrDpi / detectionDpi).adjusted(-3, -3, 3, 3), Qt::white);
        }
    }
    QList<PdfWord> words = recognizer.recognize(scan, int(std::lround(ocrDpi)));
    words.removeIf([&layer](const PdfWord &word) {
        return std::any_of(layer.cbegin(), layer.cend(), [&word](const PdfWord &known) { return known.box.intersects(word.box); });
    });
    return words;
}

// Redactions marked with a Redact annotation and never applied remove nothing: every word under
// one is still in the file. Each becomes a redaction (merged with a box found at the same place,
// if any) carrying its overlay text's codes and the words under it.
void addMarkedRedactions(const QList<MarkedRedaction> &marked, const PageText &text, PageAnalysis &page)
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
        DetectedRedaction *target = nullptr;
        for (DetectedRedaction &redaction : page.redactions) {
            const QRectF overlap = redaction.box.intersected(mark.box);
            if (overlap.width() * overlap.height() > 0.5 * mark.box.width() * mark.box.height())
                target = &redaction;
        }
        if (!target) {
            page.redactions << DetectedRedaction{mark.box, {}, {}, {}};
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

PageAnalysis PageAnalyzer::analyze(int index) const
{
    PageAnalysis page;
    page.page = index + 1;
    qCDebug(lcAnalyzer) << "page" << page.page;
    page.sizePt = m_document.pageSize(index);
    // A page too large to draw at DetectionDpi is analysed at the resolution it can be drawn at.
    const double detectionDpi = m_document.cappedDpi(index, DetectionDpi, QRectF(0, 0, 1, 1), MaxDetectionPixels);
    const QImage render = m_document.render(index, detectionDpi);
    if (render.isNull()) {
        page.problem = QStringLiteral("the page could not be rendered");
        return page;
    }
    const QImage gray = render.convertToFormat(QImage::Format_Grayscale8);
    const QList<FilledBox> boxes = BoxFinder::find(render, detectionDpi);

    QList<PdfWord> layer = m_document.words(index);
    PageText text(layer);
    page.textSource = text.isEmpty() ? TextSource::None : TextSource::Layer;
    page.imageOnly = isImageOnly(text, gray);
    if (TextRecognizer *recognizer = page.imageOnly ? ocr() : nullptr) {
        text = PageText(layer + readScan(m_document, index, boxes, detectionDpi, layer, *recognizer));
        page.textSource = TextSource::Ocr;
    }
    page.text = text.plainText();
    page.bates = text.batesNumber();
    page.withheldInFull = text.isWithheldNotice(&page.pageExemptions);

    RedactionReader reader(text, gray, page.textSource == TextSource::Layer);
    QList<BoxReading> readings = reader.examine(boxes);
    lookClosely(m_document, index, readings, [this] { return ocr(); });
    QStringList loose;
    page.redactions = reader.finish(readings, &loose);
    page.pageExemptions = ExemptionLabel::normalized(page.pageExemptions + loose);
    addMarkedRedactions(m_document.markedRedactions(index), text, page);
    return page;
}

} // namespace rebuttal
