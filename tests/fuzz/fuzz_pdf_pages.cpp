// libFuzzer target for the PDF-to-pages pipeline: Poppler through our adapter, then the page
// analysis (boxes, labels, Bates, withholding) without OCR. Build with -DREBUTTAL_FUZZ=ON and
// clang; run: build-fuzz/tests/fuzz_pdf_pages tests/fuzz/corpus -max_total_time=60
#include "foia/PageAnalyzer.h"
#include "pdf/PdfDocument.h"

#include <QGuiApplication>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv); // Poppler renders text through Qt's fonts
    // Broken input makes Poppler complain on every run; the fuzzer's own output is what matters.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    rebuttal::PdfDocument::Problem problem = rebuttal::PdfDocument::Problem::None;
    const std::unique_ptr<rebuttal::PdfDocument> document = rebuttal::PdfDocument::openData(bytes, {}, &problem);
    if (!document)
        return 0;
    const rebuttal::PageAnalyzer analyzer(*document, [] { return nullptr; });
    // A few pages are enough to reach every code path; thousands would only slow the fuzzer.
    for (int index = 0; index < std::min(document->pageCount(), 3); ++index)
        analyzer.analyze(index);
    return 0;
}
