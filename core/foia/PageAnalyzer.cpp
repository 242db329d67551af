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

bool isBlank(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            if (line[x] < 200)
                return false;
        }
    }
    return true;
}

QRect scaled(const QRect &pixels, double factor)
{
    return QRectF(pixels.x() * factor, pixels.y() * factor, pixels.width() * factor, pixels.height() * factor).toAlignedRect();
}

// Labels printed on boxes as pixels are white on black: each box is rendered closely, inverted
// and read as one block of text.
void readLabelsOnBoxes(const PdfDocument &document, int index, TextRecognizer &ocr, QList<BoxReading> &readings)
{
    constexpr int margin = 16; // Tesseract misses text that touches the image edge
    for (BoxReading &reading : readings) {
        if (!reading.redaction.exemptions.isEmpty() || !reading.hasMarks || !reading.redaction.textUnderBox.isEmpty())
            continue;
        // Inset by a detection pixel: the box's rim and its neighbours' strokes confuse the reading.
        const QRectF box = reading.redaction.box;
        const double dx = 1.0 / (box.width() > 0 ? reading.box.pixels.width() / box.width() : 1.0);
        const double dy = 1.0 / (box.height() > 0 ? reading.box.pixels.height() / box.height() : 1.0);
        QImage crop = document.renderArea(index, PageAnalyzer::OcrDpi, box.adjusted(dx, dy, -dx, -dy))
                          .convertToFormat(QImage::Format_Grayscale8);
        if (crop.isNull())
            continue;
        // At OCR resolution a real box is still mostly dark; a clump of bold letters that looked
        // solid at detection resolution comes apart into strokes.
        qint64 dark = 0;
        for (int y = 0; y < crop.height(); ++y) {
            const uchar *line = crop.constScanLine(y);
            for (int x = 0; x < crop.width(); ++x)
                dark += line[x] < 128;
        }
        if (dark < 0.45 * crop.width() * crop.height()) {
            reading.straddlesText = true;
            continue;
        }
        crop.invertPixels();
        QImage padded(crop.width() + 2 * margin, crop.height() + 2 * margin, QImage::Format_Grayscale8);
        padded.fill(Qt::white);
        QPainter(&padded).drawImage(margin, margin, crop);
        QStringList text;
        for (const PdfWord &word : ocr.recognize(padded, PageAnalyzer::OcrDpi, TextRecognizer::Layout::Block))
            text << word.text;
        const QString label = text.join(QLatin1Char(' '));
        qCDebug(lcAnalyzer) << "label read on box" << reading.box.pixels << label;
        if (qEnvironmentVariableIsSet("REBUTTAL_DEBUG_CROPS"))
            padded.save(QStringLiteral("/tmp/crop-%1-%2-%3.png").arg(index).arg(reading.box.pixels.x()).arg(reading.box.pixels.y()));
        reading.redaction.exemptions = ExemptionLabel::codesInOcr(label);
        if (!reading.redaction.exemptions.isEmpty())
            reading.redaction.label = label;
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
    page.sizePt = m_document.pageSize(index);
    const QImage render = m_document.render(index, DetectionDpi);
    if (render.isNull()) {
        page.problem = QStringLiteral("the page could not be rendered");
        return page;
    }
    const QList<FilledBox> boxes = BoxFinder::find(render, DetectionDpi);

    PageText text(m_document.words(index));
    page.textSource = TextSource::Layer;
    if (text.isEmpty()) {
        page.textSource = TextSource::None;
        page.imageOnly = !isBlank(render);
        if (TextRecognizer *recognizer = page.imageOnly ? ocr() : nullptr) {
            // Boxes are masked white before reading: text beside a black box OCRs badly.
            QImage scan = m_document.render(index, OcrDpi);
            {
                QPainter painter(&scan);
                for (const FilledBox &box : boxes)
                    painter.fillRect(scaled(box.pixels, OcrDpi / DetectionDpi).adjusted(-3, -3, 3, 3), Qt::white);
            }
            text = PageText(recognizer->recognize(scan, OcrDpi));
            page.textSource = TextSource::Ocr;
        }
    }
    page.text = text.plainText();
    page.bates = text.batesNumber();
    page.withheldInFull = text.isWithheldNotice(&page.pageExemptions);

    RedactionReader reader(text, render, page.textSource == TextSource::Layer);
    QList<BoxReading> readings = reader.examine(boxes);
    const bool anyUnread = std::any_of(readings.cbegin(), readings.cend(), [](const BoxReading &r) {
        return r.redaction.exemptions.isEmpty() && r.hasMarks && r.redaction.textUnderBox.isEmpty();
    });
    if (anyUnread) {
        if (TextRecognizer *recognizer = ocr())
            readLabelsOnBoxes(m_document, index, *recognizer, readings);
    }
    QStringList loose;
    page.redactions = reader.finish(readings, &loose);
    page.pageExemptions = ExemptionLabel::normalized(page.pageExemptions + loose);
    return page;
}

} // namespace rebuttal
