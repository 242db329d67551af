// Optical character recognition for pages with no text layer (scans), through libtesseract.
#pragma once

#include "pdf/PdfDocument.h"

#include <QImage>
#include <QList>
#include <QString>

#include <functional>
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

    enum class Layout { Page, Block, Sparse, Line };
    // Words found in `image` (scanned at `dpi`), boxes as fractions of the image. Block reads a
    // small image as one block of text (a label), skipping page layout analysis. Sparse reads each
    // run of words apart, however small beside its neighbours (a 6 pt label on a line of 11 pt
    // prose, which read as one line is scaled to the prose and misread). Line reads the image as
    // one line of text (a label above a box, cut out alone).
    // Words Tesseract is unsure of (confidence under 20) are left out: on a page they are specks
    // and JPEG ringing read as letters. `keepDoubtful`, if given, keeps those it accepts (a
    // label read alone in small print comes out doubtful where it matters most: "(b)7)(C):").
    QList<PdfWord> recognize(const QImage &image, int dpi, Layout layout = Layout::Page,
                             const std::function<bool(const QString &)> &keepDoubtful = {});
    // How many images recognize() has read: a scan's page and each closer look at part of it,
    // so that a test can tell what was read twice.
    int readings() const { return m_readings; }
    // Called as each reading starts: a dense scan is read dozens of times (its page, then each
    // label closely), and the analysis worker tells its importer it is still at work on the page.
    void setBeforeEachReading(std::function<void()> call) { m_beforeEachReading = std::move(call); }

    // The languages used ("eng+spa").
    static QString languages();
    // The Tesseract library in use, for the About box.
    static QString version();

private:
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    bool m_ready = false;
    int m_readings = 0;
    std::function<void()> m_beforeEachReading;
    QString m_error;
};

} // namespace rebuttal
