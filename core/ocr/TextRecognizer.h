// Optical character recognition for pages with no text layer (scans), through libtesseract.
#pragma once

#include "pdf/PdfDocument.h"

#include <QImage>
#include <QList>
#include <QString>

#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace rebuttal {

class TextRecognizer
{
public:
    // Loads English and Spanish models; isReady() says whether that worked.
    TextRecognizer();
    ~TextRecognizer();
    TextRecognizer(const TextRecognizer &) = delete;
    TextRecognizer &operator=(const TextRecognizer &) = delete;

    bool isReady() const { return m_ready; }
    QString errorString() const { return m_error; }

    enum class Layout { Page, Block, Sparse };
    // Words found in `image` (scanned at `dpi`), boxes as fractions of the image. Block reads a
    // small image as one block of text (a label), skipping page layout analysis. Sparse reads each
    // run of words apart, however small beside its neighbours (a 6 pt label on a line of 11 pt
    // prose, which read as one line is scaled to the prose and misread).
    // What is read: prose in English or Spanish, or the marks on a redaction box alone (a label:
    // exemption codes and English words), read with the English model only. Tesseract reads each
    // line that its first language does not accept again with every further one, and a code such
    // as "(b)(7)(C)" is in no dictionary: every label was read twice, the second time for nothing.
    enum class Content { Prose, Label };
    QList<PdfWord> recognize(const QImage &image, int dpi, Layout layout = Layout::Page, Content content = Content::Prose);

    // The languages used ("eng+spa").
    static QString languages();
    // The Tesseract library in use, for the About box.
    static QString version();

private:
    tesseract::TessBaseAPI &apiFor(Content content);

    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    std::unique_ptr<tesseract::TessBaseAPI> m_labelApi; // English only, loaded when a label is first read
    bool m_labelFallback = false; // the English model alone would not load: labels read as prose
    bool m_ready = false;
    QString m_error;
};

} // namespace rebuttal
