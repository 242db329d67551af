#include "TextRecognizer.h"

#include <QLoggingCategory>

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

Q_LOGGING_CATEGORY(lcOcr, "rebuttal.ocr")

namespace rebuttal {

QString TextRecognizer::languages()
{
    return QStringLiteral("eng+spa");
}

QString TextRecognizer::version()
{
    return QString::fromLatin1(tesseract::TessBaseAPI::Version());
}

TextRecognizer::TextRecognizer()
    : m_api(std::make_unique<tesseract::TessBaseAPI>())
{
    // Tesseract reads its data from the packaged tessdata folder (TESSDATA_PREFIX overrides).
    if (m_api->Init(nullptr, languages().toLatin1().constData(), tesseract::OEM_LSTM_ONLY) != 0) {
        m_error = QStringLiteral("Tesseract could not load the %1 language data").arg(languages());
        qCWarning(lcOcr) << m_error;
        return;
    }
    m_api->SetPageSegMode(tesseract::PSM_AUTO);
    // No debug files, no dictionaries beyond the models.
    m_api->SetVariable("debug_file", "/dev/null");
    // Tesseract reads every line it is unsure of a second time inverted (white on black). Rebuttal
    // hands it marks already drawn black on white (labels on boxes), so that reading only costs time.
    m_api->SetVariable("tessedit_do_invert", "0");
    m_ready = true;
}

TextRecognizer::~TextRecognizer()
{
    if (m_api)
        m_api->End();
}

QList<PdfWord> TextRecognizer::recognize(const QImage &source, int dpi, Layout layout,
                                         const std::function<bool(const QString &)> &keepDoubtful)
{
    QList<PdfWord> words;
    if (!m_ready || source.isNull())
        return words;
    ++m_readings;
    if (m_beforeEachReading)
        m_beforeEachReading();
    const QImage image = source.convertToFormat(QImage::Format_Grayscale8);
    m_api->SetImage(image.constBits(), image.width(), image.height(), 1, int(image.bytesPerLine()));
    m_api->SetSourceResolution(dpi);
    m_api->SetPageSegMode(layout == Layout::Block    ? tesseract::PSM_SINGLE_BLOCK
                          : layout == Layout::Sparse ? tesseract::PSM_SPARSE_TEXT
                          : layout == Layout::Line   ? tesseract::PSM_SINGLE_LINE
                                                     : tesseract::PSM_AUTO);
    if (m_api->Recognize(nullptr) != 0) {
        m_api->Clear();
        return words;
    }
    std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
    const double w = image.width();
    const double h = image.height();
    if (it) {
        do {
            const std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
            int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
            if (!text || !it->BoundingBox(tesseract::RIL_WORD, &x1, &y1, &x2, &y2))
                continue;
            PdfWord word;
            word.text = QString::fromUtf8(text.get()).trimmed();
            if (word.text.isEmpty() || (it->Confidence(tesseract::RIL_WORD) < 20 && !(keepDoubtful && keepDoubtful(word.text))))
                continue;
            word.box = QRectF(x1 / w, y1 / h, (x2 - x1) / w, (y2 - y1) / h);
            words << word;
        } while (it->Next(tesseract::RIL_WORD));
    }
    m_api->Clear();
    return words;
}

} // namespace rebuttal
