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

namespace {

// Loads `languages` into `api`, set up as Rebuttal reads with it; false when the data is missing.
bool load(tesseract::TessBaseAPI &api, const char *languages)
{
    // Tesseract reads its data from the packaged tessdata folder (TESSDATA_PREFIX overrides).
    if (api.Init(nullptr, languages, tesseract::OEM_LSTM_ONLY) != 0)
        return false;
    api.SetPageSegMode(tesseract::PSM_AUTO);
    // No debug files, no dictionaries beyond the models.
    api.SetVariable("debug_file", "/dev/null");
    // Tesseract reads every line it is unsure of a second time inverted (white on black). Rebuttal
    // hands it marks already drawn black on white (labels on boxes), so that reading only costs time.
    api.SetVariable("tessedit_do_invert", "0");
    return true;
}

} // namespace

TextRecognizer::TextRecognizer()
    : m_api(std::make_unique<tesseract::TessBaseAPI>())
{
    if (!load(*m_api, languages().toLatin1().constData())) {
        m_error = QStringLiteral("Tesseract could not load the %1 language data").arg(languages());
        qCWarning(lcOcr) << m_error;
        return;
    }
    m_ready = true;
}

TextRecognizer::~TextRecognizer()
{
    if (m_labelApi)
        m_labelApi->End();
    if (m_api)
        m_api->End();
}

tesseract::TessBaseAPI &TextRecognizer::apiFor(Content content)
{
    if (content == Content::Prose || m_labelFallback)
        return *m_api;
    if (!m_labelApi) {
        m_labelApi = std::make_unique<tesseract::TessBaseAPI>();
        if (!load(*m_labelApi, "eng")) {
            qCWarning(lcOcr) << "Tesseract could not load the eng language data alone: labels are read with" << languages();
            m_labelApi.reset();
            m_labelFallback = true;
        }
    }
    return m_labelApi ? *m_labelApi : *m_api;
}

QList<PdfWord> TextRecognizer::recognize(const QImage &source, int dpi, Layout layout, Content content)
{
    QList<PdfWord> words;
    if (!m_ready || source.isNull())
        return words;
    const QImage image = source.convertToFormat(QImage::Format_Grayscale8);
    tesseract::TessBaseAPI &api = apiFor(content);
    api.SetImage(image.constBits(), image.width(), image.height(), 1, int(image.bytesPerLine()));
    api.SetSourceResolution(dpi);
    api.SetPageSegMode(layout == Layout::Block    ? tesseract::PSM_SINGLE_BLOCK
                       : layout == Layout::Sparse ? tesseract::PSM_SPARSE_TEXT
                                                  : tesseract::PSM_AUTO);
    if (api.Recognize(nullptr) != 0) {
        api.Clear();
        return words;
    }
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
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
            if (word.text.isEmpty() || it->Confidence(tesseract::RIL_WORD) < 20)
                continue;
            word.box = QRectF(x1 / w, y1 / h, (x2 - x1) / w, (y2 - y1) / h);
            words << word;
        } while (it->Next(tesseract::RIL_WORD));
    }
    api.Clear();
    return words;
}

} // namespace rebuttal
