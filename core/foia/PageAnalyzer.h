// Analyses one page of a production: its text (from the text layer, or OCR for scans), Bates
// stamp, withholding notice and redactions. Runs inside the PDF worker process.
#pragma once

#include "domain/ProductionPage.h"

#include <functional>

namespace rebuttal {

class PdfDocument;
class TextRecognizer;

class PageAnalyzer
{
public:
    // `ocr` hands out the recogniser on first need (loading Tesseract's models takes a while, and
    // pages with live text and labels never need it); it may return null.
    using OcrProvider = std::function<TextRecognizer *()>;
    PageAnalyzer(const PdfDocument &document, OcrProvider ocr);

    // `index` is 0-based; the result's page number is 1-based.
    ProductionPage analyze(int index) const;

    // Resolution of the render that boxes are found in, and of the OCR renders of pages that are
    // not scans (labels printed as pixels on vector boxes).
    static constexpr double DetectionDpi = 96;
    // Boxes are looked for in at most this many pixels (a 24 x 24 inch page at 96 dpi): a larger
    // page is analysed at a lower resolution rather than taking minutes and hundreds of megabytes.
    static constexpr qint64 MaxDetectionPixels = 4'000'000;
    static constexpr int OcrDpi = 300;
    // Scans are read at their own resolution, but no lower than this (small print needs it).
    static constexpr int MinScanOcrDpi = 200;

private:
    TextRecognizer *ocr() const;

    const PdfDocument &m_document;
    OcrProvider m_ocr;
};

} // namespace rebuttal
