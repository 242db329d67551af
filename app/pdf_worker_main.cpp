// rebuttal-pdf-worker: analyses the pages of one untrusted PDF and streams the results to the
// importing process. Started and watched through core/pdf/WorkerProcess (by ProductionImport, and
// by WorkerClient in --serve mode); not meant to be run by hand.
//
//   rebuttal-pdf-worker FILE                 (the password line on stdin)
//   rebuttal-pdf-worker -                    (the password line, the size line, then the PDF, on stdin)
//   rebuttal-pdf-worker --json FILE          (for people: one JSON line per page)
//   rebuttal-pdf-worker --serve              (WorkerClient's, to draw pages: see serve())
//
// Then each line "A PAGE" on stdin asks for 0-based PAGE to be analysed; the pages are analysed in
// the order asked, one at a time, until stdin ends (WorkerMessage::analysisOpening).
#include "domain/PageProblem.h"
#include "foia/ImportLimits.h"
#include "foia/PageAnalyzer.h"
#include "pdf/WorkerProtocol.h"
#include "ocr/TextRecognizer.h"
#include "pdf/PdfDocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <new>
#include <optional>

#include <sys/resource.h>

using namespace rebuttal;

namespace {

// Test seams for the watchdogs: a page (0-based `index`) that crashes or hangs the worker when the
// variable names its 1-based number. Only the test worker (rebuttal-pdf-test-worker, built from
// this file by tests/CMakeLists.txt) has them; the shipped worker compiles them away.
void misbehaveForTests([[maybe_unused]] const char *crashVariable, [[maybe_unused]] const char *hangVariable,
                       [[maybe_unused]] int index)
{
#ifdef REBUTTAL_WORKER_TEST_SEAMS
    if (qEnvironmentVariableIntValue(crashVariable) == index + 1)
        std::abort();
    if (qEnvironmentVariableIntValue(hangVariable) == index + 1)
        QThread::sleep(3600);
#endif
}

// Caps this process's private memory (heap and anonymous mappings) at the limit plus `documentBytes`,
// the PDF itself when it came through a pipe: a page that would need more fails (its allocation
// fails, or the worker dies) and the importer skips that page only. AddressSanitizer reserves its
// shadow memory as data, so a sanitized build runs without the limit.
void limitMemory(qint64 documentBytes)
{
#if !defined(__SANITIZE_ADDRESS__)
    rlimit limit{};
    if (getrlimit(RLIMIT_DATA, &limit) != 0)
        return;
    const rlim_t wanted = rlim_t(ImportLimits::fromEnvironment().workerMemoryMiB) * 1024 * 1024 + rlim_t(std::max<qint64>(0, documentBytes));
    limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? wanted : std::min(wanted, limit.rlim_max);
    setrlimit(RLIMIT_DATA, &limit);
#else
    Q_UNUSED(documentBytes);
#endif
}

// A page that runs out of memory is reported as not analysed rather than taking the worker down
// (when the allocation that fails is one that throws).
ProductionPage analyzeWithinMemory(const PageAnalyzer &analyzer, int index)
{
    try {
        return analyzer.analyze(index);
    } catch (const std::bad_alloc &) {
        ProductionPage page;
        page.number = index + 1;
        page.problem = PageProblem::stored(PageProblem::Kind::OutOfMemory, QString::number(ImportLimits::fromEnvironment().workerMemoryMiB));
        return page;
    }
}

void send(QFile &out, const WorkerMessage &message)
{
    out.write(message.toFrame());
    out.flush();
}

QJsonObject toJson(const ProductionPage &page)
{
    QJsonArray redactions;
    for (const Redaction &r : page.redactions) {
        redactions.append(QJsonObject{{QStringLiteral("x"), r.box.x()}, {QStringLiteral("y"), r.box.y()},
                                      {QStringLiteral("w"), r.box.width()}, {QStringLiteral("h"), r.box.height()},
                                      {QStringLiteral("exemptions"), QJsonArray::fromStringList(r.exemptions)},
                                      {QStringLiteral("label"), r.label},
                                      {QStringLiteral("text_under_box"), r.textUnderBox}});
    }
    return {{QStringLiteral("page"), page.number},
            {QStringLiteral("bates"), page.bates},
            {QStringLiteral("image_only"), page.imageOnly},
            {QStringLiteral("withheld_in_full"), page.withheldInFull},
            {QStringLiteral("exemptions"), QJsonArray::fromStringList(page.exemptions())},
            {QStringLiteral("text_source"), int(page.textSource)},
            {QStringLiteral("problem"), page.problem},
            {QStringLiteral("redactions"), redactions}};
}

int printJson(const QString &path)
{
    limitMemory(0);
    PdfDocument::Problem problem = PdfDocument::Problem::None;
    const std::unique_ptr<PdfDocument> document = PdfDocument::open(path, {}, &problem);
    if (!document) {
        std::fprintf(stderr, "cannot open: problem %d\n", int(problem));
        return 3;
    }
    std::unique_ptr<TextRecognizer> ocr;
    const PageAnalyzer analyzer(*document, [&ocr] {
        if (!ocr)
            ocr = std::make_unique<TextRecognizer>();
        return ocr.get();
    });
    for (int index = 0; index < document->pageCount(); ++index) {
        const QByteArray line = QJsonDocument(toJson(analyzer.analyze(index))).toJson(QJsonDocument::Compact);
        std::fprintf(stdout, "%s\n", line.constData());
    }
    return 0;
}

// The PDF that comes through the pipe after the password line: its size on a line, then its bytes.
// nullopt when the pipe ends first.
std::optional<QByteArray> readPipedPdf(QFile &in)
{
    const qint64 size = in.readLine().trimmed().toLongLong();
    limitMemory(size);
    QByteArray pdf;
    while (pdf.size() < size) {
        const QByteArray chunk = in.read(size - pdf.size());
        if (chunk.isEmpty())
            return std::nullopt;
        pdf += chunk;
    }
    return pdf;
}

// Draws pages for the app's page view and the summaries' exhibits (through WorkerClient), so that
// a PDF that crashes Poppler takes down this process and not the app. stdin: the password line,
// the PDF's size in bytes on a line, the PDF, then one request per line: "R PAGE WIDTH ID" (draw
// 0-based PAGE WIDTH pixels wide) or "F PAGE ID TERM" (where TERM occurs). Each answer is one frame
// on stdout.
int serve()
{
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    QFile out;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    const QByteArray password = in.readLine().trimmed();
    std::optional<QByteArray> pdf = readPipedPdf(in);
    if (!pdf)
        return 0;
    PdfDocument::Problem problem = PdfDocument::Problem::None;
    const std::unique_ptr<PdfDocument> document = PdfDocument::openData(*pdf, password, &problem);
    pdf.reset();
    WorkerMessage opened;
    opened.kind = WorkerMessage::Kind::Opened;
    opened.problem = qint32(problem);
    opened.pageCount = document ? document->pageCount() : 0;
    send(out, opened);
    if (!document)
        return 0;
    for (;;) {
        const QByteArray line = in.readLine().trimmed();
        if (line.isEmpty())
            return 0;
        // Every request gets an answer, even a malformed one (an empty image or no areas): the
        // renderer waits for each id, and silence would look like a hung page.
        const QList<QByteArray> parts = line.split(' ');
        const bool render = parts.value(0) == "R";
        WorkerMessage answer;
        answer.kind = render ? WorkerMessage::Kind::Rendered : WorkerMessage::Kind::Found;
        answer.requestId = parts.value(render ? 3 : 2).toLongLong();
        const int page = parts.value(1).toInt();
        answer.pageIndex = page;
        const bool wellFormed = (render || parts.value(0) == "F") && parts.size() >= 3 && page >= 0
            && page < document->pageCount();
        if (wellFormed)
            misbehaveForTests("REBUTTAL_RENDER_TEST_CRASH_PAGE", "REBUTTAL_RENDER_TEST_HANG_PAGE", page);
        if (wellFormed && render) {
            const int width = std::clamp(parts.value(2).toInt(), 1, 4000);
            const QSizeF pageSize = document->pageSize(page);
            const double dpi = pageSize.width() > 0 ? 72.0 * width / pageSize.width() : 72.0;
            answer.image = document->render(page, std::min(dpi, 600.0));
        } else if (wellFormed && parts.size() >= 4) {
            const QString term = QString::fromUtf8(parts.mid(3).join(' '));
            for (const QString &word : term.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                answer.areas << document->find(page, word);
        }
        send(out, answer);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Poppler renders text through Qt's font machinery, which wants a GUI application; no window
    // is ever shown, so the platform need not be a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // One OCR thread per worker: the import already runs one worker per core.
    qputenv("OMP_THREAD_LIMIT", "1");
    QGuiApplication app(argc, argv);
    // Quiet unless asked (QT_LOGGING_RULES wins over this): the importer does not read stderr.
    QLoggingCategory::setFilterRules(QStringLiteral("rebuttal.*.debug=false\nrebuttal.*.info=false"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--json"))
        return printJson(args.at(2));
    if (args.size() == 2 && args.at(1) == QLatin1String("--serve"))
        return serve();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: rebuttal-pdf-worker FILE|-\n");
        return 2;
    }
    const QString path = args.at(1);

    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    const QByteArray password = in.readLine().trimmed();
    QFile out;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);

    // "-": the PDF arrives on stdin after the password (a production stored in a case file is
    // never written out to a temporary file).
    PdfDocument::Problem problem = PdfDocument::Problem::None;
    std::unique_ptr<PdfDocument> document;
    if (path == QLatin1String("-")) {
        const std::optional<QByteArray> pdf = readPipedPdf(in);
        if (!pdf)
            return 0;
        document = PdfDocument::openData(*pdf, password, &problem);
    } else {
        limitMemory(0);
        document = PdfDocument::open(path, password, &problem);
    }
    WorkerMessage opened;
    opened.kind = WorkerMessage::Kind::Opened;
    opened.problem = qint32(problem);
    opened.pageCount = document ? document->pageCount() : 0;
    send(out, opened);
    if (!document)
        return 0;

    // The page at work is announced as it starts, and again (at most once a second) as each OCR
    // reading of it starts: the importer's watchdog cuts a page only when its worker falls silent,
    // and a dense scan read closely on a slow machine may take longer than that silence allows.
    WorkerMessage starting;
    starting.kind = WorkerMessage::Kind::Starting;
    QElapsedTimer sinceAnnounced;
    auto announce = [&out, &starting, &sinceAnnounced] {
        send(out, starting);
        sinceAnnounced.start();
    };
    std::unique_ptr<TextRecognizer> ocr; // loaded when a page first needs it
    const PageAnalyzer analyzer(*document, [&] {
        if (!ocr) {
            ocr = std::make_unique<TextRecognizer>();
            ocr->setBeforeEachReading([&] {
                if (sinceAnnounced.elapsed() >= 1000)
                    announce();
            });
        }
        return ocr.get();
    });
    for (QByteArray line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
        const std::optional<int> asked = WorkerMessage::analysedPage(line);
        if (!asked || *asked >= document->pageCount())
            continue; // never sent by the importer
        const int index = *asked;
        starting.pageIndex = index;
        announce();
        misbehaveForTests("REBUTTAL_WORKER_TEST_CRASH_PAGE", "REBUTTAL_WORKER_TEST_HANG_PAGE", index);
        WorkerMessage page;
        page.kind = WorkerMessage::Kind::Page;
        page.pageIndex = index;
        page.page = analyzeWithinMemory(analyzer, index);
        send(out, page);
    }
    WorkerMessage finished;
    finished.kind = WorkerMessage::Kind::Finished;
    send(out, finished);
    return 0;
}
