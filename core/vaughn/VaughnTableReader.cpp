#include "VaughnTableReader.h"

#include "VaughnColumn.h"
#include "pdf/PdfDocument.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <algorithm>
#include <limits>

namespace rebuttal {

namespace {

constexpr int kMaxHeaderLines = 4; // a header cell wraps over at most this many lines
constexpr int kHeaderSearchLines = 40;

struct Line
{
    QList<PositionedWord> words; // left to right
    double top = 0, bottom = 0;
    double centre() const { return (top + bottom) / 2; }
    QString text() const
    {
        QStringList parts;
        for (const PositionedWord &w : words)
            parts << w.text;
        return parts.join(QLatin1Char(' '));
    }
};

struct Column
{
    double left = 0, right = 0; // the header's extent
    VaughnColumn kind = VaughnColumn::None;
    QString header;
};

struct Header
{
    QList<Column> columns; // left to right
    int lastLine = -1;     // the header's last line on its page
    QList<double> bounds;  // between columns i and i+1
    int recognised() const
    {
        QList<VaughnColumn> kinds;
        for (const Column &c : columns) {
            if (c.kind != VaughnColumn::None && !kinds.contains(c.kind))
                kinds << c.kind;
        }
        return int(kinds.size());
    }
    bool has(VaughnColumn kind) const
    {
        return std::any_of(columns.cbegin(), columns.cend(), [kind](const Column &c) { return c.kind == kind; });
    }
    VaughnColumn columnAt(double x) const
    {
        for (int i = 0; i < bounds.size(); ++i) {
            if (x < bounds.at(i))
                return columns.at(i).kind;
        }
        return columns.isEmpty() ? VaughnColumn::None : columns.constLast().kind;
    }
};

double median(QList<double> values)
{
    if (values.isEmpty())
        return 1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QList<Line> linesOf(const PositionedPage &page, double *charWidth)
{
    QList<PositionedWord> words;
    for (const PositionedWord &w : page.words) {
        if (!w.text.trimmed().isEmpty())
            words << w;
    }
    QList<double> heights, widths;
    for (const PositionedWord &w : std::as_const(words)) {
        heights << w.box.height();
        widths << w.box.width() / std::max<qsizetype>(1, w.text.size());
    }
    const double height = median(heights);
    *charWidth = median(widths);
    std::sort(words.begin(), words.end(), [](const PositionedWord &a, const PositionedWord &b) {
        return a.box.center().y() < b.box.center().y();
    });
    QList<Line> lines;
    for (const PositionedWord &w : std::as_const(words)) {
        if (!lines.isEmpty() && std::abs(w.box.center().y() - lines.last().centre()) < 0.5 * height) {
            Line &line = lines.last();
            line.words << w;
            line.top = std::min(line.top, w.box.top());
            line.bottom = std::max(line.bottom, w.box.bottom());
        } else {
            lines << Line{{w}, w.box.top(), w.box.bottom()};
        }
    }
    for (Line &line : lines) {
        std::sort(line.words.begin(), line.words.end(),
                  [](const PositionedWord &a, const PositionedWord &b) { return a.box.left() < b.box.left(); });
    }
    return lines;
}

// Header candidates: the words of `count` lines from `first`, grouped into columns. Words join a
// column when they overlap it horizontally or follow it on the same line with a word's gap.
Header headerFrom(const QList<Line> &lines, int first, int count, double charWidth)
{
    struct Cluster
    {
        double left, right;
        QList<QPair<int, PositionedWord>> words; // line, word
    };
    QList<Cluster> clusters;
    for (int l = first; l < first + count && l < lines.size(); ++l) {
        for (const PositionedWord &w : lines.at(l).words) {
            QList<int> touching;
            for (int c = 0; c < clusters.size(); ++c) {
                const Cluster &cluster = clusters.at(c);
                const bool sameLineNear = std::any_of(cluster.words.cbegin(), cluster.words.cend(), [&](const auto &p) {
                    return p.first == l && w.box.left() - p.second.box.right() < 1.2 * charWidth
                        && w.box.left() >= p.second.box.left();
                });
                const bool overlaps = w.box.left() < cluster.right && w.box.right() > cluster.left;
                if (sameLineNear || overlaps)
                    touching << c;
            }
            Cluster merged{w.box.left(), w.box.right(), {{l, w}}};
            for (int k = int(touching.size()) - 1; k >= 0; --k) {
                const Cluster &c = clusters.at(touching.at(k));
                merged.left = std::min(merged.left, c.left);
                merged.right = std::max(merged.right, c.right);
                merged.words = c.words + merged.words;
                clusters.removeAt(touching.at(k));
            }
            clusters << merged;
        }
    }
    std::sort(clusters.begin(), clusters.end(), [](const Cluster &a, const Cluster &b) { return a.left < b.left; });
    Header header;
    header.lastLine = first + count - 1;
    for (Cluster &cluster : clusters) {
        std::stable_sort(cluster.words.begin(), cluster.words.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first : a.second.box.left() < b.second.box.left();
        });
        QStringList text;
        for (const auto &p : std::as_const(cluster.words))
            text << p.second.text;
        Column column{cluster.left, cluster.right, VaughnColumn::None, text.join(QLatin1Char(' '))};
        column.kind = VaughnColumnName::columnOf(column.header);
        header.columns << column;
    }
    for (int i = 0; i + 1 < header.columns.size(); ++i)
        header.bounds << (header.columns.at(i).right + header.columns.at(i + 1).left) / 2;
    return header;
}

// A table header starting near the top of the page: at least three columns named, one of which
// identifies the entry (its number or its document). The smallest window that names the most wins.
std::optional<Header> findHeader(const QList<Line> &lines, double charWidth, int searchLines)
{
    std::optional<Header> best;
    for (int first = 0; first < std::min<qsizetype>(lines.size(), searchLines); ++first) {
        if (!std::any_of(lines.at(first).words.cbegin(), lines.at(first).words.cend(), [](const PositionedWord &w) {
                   return VaughnColumnName::columnOf(w.text) != VaughnColumn::None;
               })) {
            continue;
        }
        for (int count = 1; count <= kMaxHeaderLines && first + count <= lines.size(); ++count) {
            // Lines of one header sit close together.
            if (count > 1 && lines.at(first + count - 1).top - lines.at(first + count - 2).bottom
                                 > 2.5 * (lines.at(first).bottom - lines.at(first).top)) {
                break;
            }
            Header header = headerFrom(lines, first, count, charWidth);
            if (header.recognised() < 3 || !(header.has(VaughnColumn::Entry) || header.has(VaughnColumn::Document)))
                continue;
            if (!best || header.recognised() > best->recognised())
                best = header;
        }
        if (best) {
            // The rest of a wrapped header: lines of header words only ("Number", "Applied to").
            while (best->lastLine + 1 < lines.size() && best->lastLine + 1 < first + kMaxHeaderLines + 2
                   && VaughnColumnName::isHeaderVocabulary(lines.at(best->lastLine + 1).text())) {
                ++best->lastLine;
            }
            return best;
        }
    }
    return best;
}

// Moves each boundary between two columns into the widest vertical gap of the data below the
// header, between the two header cells: headers may be centred while cells are left-aligned.
void fitBounds(Header *header, const QList<Line> &lines)
{
    QList<QRectF> boxes;
    for (int l = header->lastLine + 1; l < lines.size(); ++l) {
        for (const PositionedWord &w : lines.at(l).words)
            boxes << w.box;
    }
    if (boxes.isEmpty())
        return;
    constexpr int kSteps = 200;
    for (int i = 0; i < header->bounds.size(); ++i) {
        const double from = header->columns.at(i).right, to = header->columns.at(i + 1).left;
        if (to <= from)
            continue;
        int bestCount = std::numeric_limits<int>::max(), bestStart = 0, bestLength = 0;
        int runStart = 0, runLength = 0, runCount = -1;
        for (int step = 0; step <= kSteps; ++step) {
            const double x = from + (to - from) * step / kSteps;
            const int count = int(std::count_if(boxes.cbegin(), boxes.cend(),
                                                [x](const QRectF &b) { return b.left() < x && b.right() > x; }));
            if (count == runCount) {
                ++runLength;
            } else {
                runStart = step;
                runLength = 1;
                runCount = count;
            }
            if (count < bestCount || (count == bestCount && runLength > bestLength)) {
                bestCount = count;
                bestStart = runStart;
                bestLength = runLength;
            }
        }
        header->bounds[i] = from + (to - from) * (bestStart + (bestLength - 1) / 2.0) / kSteps;
    }
}

bool isPageFooter(const Line &line, const PositionedPage &page, VaughnColumn column)
{
    static const QRegularExpression pageNumber(QStringLiteral("^(?:page\\s*)?-?\\s*\\d{1,4}\\s*-?(?:\\s*of\\s*\\d{1,4})?$"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (pageNumber.match(line.text().trimmed()).hasMatch() && column != VaughnColumn::Entry)
        return true;
    // The bottom margin of a PDF page: page numbers, Bates stamps, footers.
    return page.height > 0 && line.top > 0.95 * page.height;
}

} // namespace

std::optional<QList<VaughnEntry>> VaughnTableReader::read(const QList<PositionedPage> &pages)
{
    m_error.clear();
    m_headerPage = 0;
    std::optional<Header> header;
    QList<VaughnRow> rows;
    int lastNumber = 0;
    bool anyText = false;
    static const QRegularExpression entryNumber(QStringLiteral("^\\d{1,5}\\.?$"));

    for (int p = 0; p < pages.size(); ++p) {
        double charWidth = 1;
        const QList<Line> lines = linesOf(pages.at(p), &charWidth);
        anyText = anyText || !lines.isEmpty();
        // Every page may repeat the header (and may move the columns a little).
        const std::optional<Header> here = findHeader(lines, charWidth, header ? 12 : kHeaderSearchLines);
        int start = 0;
        if (here) {
            if (!header)
                m_headerPage = p + 1;
            header = here;
            fitBounds(&*header, lines);
            start = here->lastLine + 1;
        } else if (!header) {
            continue;
        }
        for (int l = start; l < lines.size(); ++l) {
            const Line &line = lines.at(l);
            QMap<VaughnColumn, QStringList> cells;
            for (const PositionedWord &w : line.words)
                cells[header->columnAt(w.box.center().x())] << w.text;
            const VaughnColumn firstColumn = header->columnAt(line.words.first().box.center().x());
            if (isPageFooter(line, pages.at(p), firstColumn))
                continue;
            const QString numberCell = cells.value(VaughnColumn::Entry).join(QLatin1Char(' '));
            bool startsRow = false;
            if (header->has(VaughnColumn::Entry)) {
                const int number = QString(numberCell).remove(QLatin1Char('.')).toInt();
                startsRow = entryNumber.match(numberCell).hasMatch() && number > lastNumber;
                if (startsRow)
                    lastNumber = number;
            } else {
                // Without an entry column, a document identification after a finished row starts one.
                startsRow = cells.contains(VaughnColumn::Document)
                    && (rows.isEmpty() || rows.last().cells.contains(VaughnColumn::Pages)
                        || rows.last().cells.contains(VaughnColumn::Exemptions))
                    && (cells.contains(VaughnColumn::Pages) || cells.contains(VaughnColumn::Withholding)
                        || cells.contains(VaughnColumn::Exemptions) || rows.isEmpty());
            }
            if (startsRow)
                rows << VaughnRow{};
            if (rows.isEmpty())
                continue; // notes between the header and the first entry
            for (auto it = cells.cbegin(); it != cells.cend(); ++it)
                rows.last().append(it.key(), it.value().join(QLatin1Char(' ')));
        }
    }

    if (!header) {
        m_error = anyText ? tr("no table header found: looked for a row naming the columns Entry, Document "
                               "Identification (or Bates), Withholding, Pages, Description and Exemption(s) on every page")
                          : tr("no text found: the file has no text layer to read a table from (a scan?)");
        return std::nullopt;
    }
    QList<VaughnEntry> entries;
    for (const VaughnRow &row : std::as_const(rows)) {
        if (!row.isEmpty())
            entries << row.toEntry(int(entries.size()) + 1);
    }
    if (entries.isEmpty()) {
        m_error = tr("found the table header on page %1 but no numbered entry below it").arg(m_headerPage);
        return std::nullopt;
    }
    return entries;
}

namespace {

constexpr int kToolTimeoutMs = 120000;
constexpr qint64 kMaxToolOutput = 512LL * 1024 * 1024;

// The words of every page from `pdftotext -bbox` (poppler-utils), run in a process of its own: an
// untrusted PDF that crashes or hangs the reader takes down only that process, which is killed
// after a time limit. nullopt with `problem` set when it fails.
std::optional<QList<PositionedPage>> wordsFromTool(const QString &tool, const QString &path, QString *problem)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(tool, {QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-q"), path,
                         QStringLiteral("-")});
    if (!process.waitForStarted()) {
        *problem = VaughnTableReader::tr("the PDF reader (%1) could not be started").arg(tool);
        return std::nullopt;
    }
    QByteArray output;
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(200);
        output += process.readAllStandardOutput();
        if (clock.elapsed() > kToolTimeoutMs || output.size() > kMaxToolOutput) {
            process.kill();
            process.waitForFinished(2000);
            *problem = VaughnTableReader::tr("the PDF reader gave up on the file (it took too long or produced too much)");
            return std::nullopt;
        }
    }
    output += process.readAllStandardOutput();
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (process.exitCode() == 1 && errors.contains(QStringLiteral("password"), Qt::CaseInsensitive))
            *problem = VaughnTableReader::tr("the PDF is password-protected");
        else
            *problem = VaughnTableReader::tr("the PDF is damaged and cannot be read");
        return std::nullopt;
    }
    QList<PositionedPage> pages;
    QXmlStreamReader xml(output);
    QSizeF size;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == QLatin1String("page")) {
            size = QSizeF(a.value(QLatin1String("width")).toDouble(), a.value(QLatin1String("height")).toDouble());
            pages << PositionedPage{{}, 1.0};
        } else if (xml.name() == QLatin1String("word") && !pages.isEmpty() && size.width() > 0 && size.height() > 0) {
            const double x0 = a.value(QLatin1String("xMin")).toDouble(), y0 = a.value(QLatin1String("yMin")).toDouble();
            const double x1 = a.value(QLatin1String("xMax")).toDouble(), y1 = a.value(QLatin1String("yMax")).toDouble();
            const QString text = xml.readElementText().normalized(QString::NormalizationForm_KC);
            pages.last().words << PositionedWord{text, QRectF(x0 / size.width(), y0 / size.height(), (x1 - x0) / size.width(),
                                                              (y1 - y0) / size.height())};
        }
    }
    if (xml.hasError() && pages.isEmpty()) {
        *problem = VaughnTableReader::tr("the PDF is damaged and cannot be read");
        return std::nullopt;
    }
    if (pages.isEmpty()) {
        *problem = VaughnTableReader::tr("the PDF has no pages");
        return std::nullopt;
    }
    return pages;
}

} // namespace

QString VaughnTableReader::pdfTool()
{
    // REBUTTAL_PDFTOTEXT names another program, or "none" to read in this process (tests).
    const QString chosen = qEnvironmentVariable("REBUTTAL_PDFTOTEXT");
    if (chosen == QLatin1String("none"))
        return {};
    return chosen.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("pdftotext")) : chosen;
}

std::optional<QList<PositionedPage>> VaughnTableReader::pdfWords(const QString &path, QString *problem)
{
    if (const QString tool = pdfTool(); !tool.isEmpty())
        return wordsFromTool(tool, path, problem);
    // Without poppler-utils: Poppler in this process (the file has passed the header checks).
    PdfDocument::Problem opened = PdfDocument::Problem::None;
    const std::unique_ptr<PdfDocument> document = PdfDocument::open(path, {}, &opened);
    if (!document) {
        switch (opened) {
        case PdfDocument::Problem::NeedsPassword:
        case PdfDocument::Problem::WrongPassword: *problem = tr("the PDF is password-protected"); break;
        case PdfDocument::Problem::NoPages: *problem = tr("the PDF has no pages"); break;
        default: *problem = tr("the PDF is damaged and cannot be read"); break;
        }
        return std::nullopt;
    }
    constexpr int kMaxIndexPages = 5000;
    if (document->pageCount() > kMaxIndexPages) {
        *problem = tr("the PDF claims %1 pages, more than any Vaughn index; it is damaged").arg(document->pageCount());
        return std::nullopt;
    }
    QList<PositionedPage> pages;
    for (int i = 0; i < document->pageCount(); ++i) {
        PositionedPage page;
        page.height = 1.0;
        for (const PdfWord &word : document->words(i))
            // Compatibility forms fold the ligatures fonts draw ("ﬁ" in "Identiﬁcation").
            page.words << PositionedWord{word.text.normalized(QString::NormalizationForm_KC), word.box};
        pages << page;
    }
    return pages;
}

PositionedPage VaughnTableReader::textWords(const QStringList &lines)
{
    PositionedPage page;
    static const QRegularExpression word(QStringLiteral("\\S+"));
    for (int y = 0; y < lines.size(); ++y) {
        QString line = lines.at(y);
        // Tabs to the next multiple of 8, as a terminal shows them.
        for (qsizetype tab = line.indexOf(QLatin1Char('\t')); tab >= 0; tab = line.indexOf(QLatin1Char('\t')))
            line.replace(tab, 1, QString(8 - tab % 8, QLatin1Char(' ')));
        QRegularExpressionMatchIterator it = word.globalMatch(line);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            page.words << PositionedWord{m.captured(), QRectF(m.capturedStart(), y, m.capturedLength(), 0.8)};
        }
    }
    return page;
}

} // namespace rebuttal
