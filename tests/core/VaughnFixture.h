// Generates Vaughn indexes as an agency would send them, with their truth beside them: PDF tables
// drawn with QPdfWriter (a header row, cells that wrap, rows split across pages, headers repeated
// on each page), CSV and text.
#pragma once

#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QString>
#include <QStringList>

namespace rebuttal::test {

struct VaughnRowSpec
{
    QString entry, document, withholding, pages, description, exemptions;
};

struct VaughnPdfOptions
{
    bool repeatHeaders = true;
    bool ruled = true;          // grid lines around the cells
    bool centredHeaders = false;
    bool pageNumbers = true;    // "Page N of M"-style footers
    bool withHeader = true;     // false: a table without its header row (must be rejected)
    double firstRowTop = 180;   // where the header starts on the first page (a title sits above)
};

class VaughnPdfWriter
{
public:
    // Columns in 1/100 inch on a Letter page (850 x 1100).
    struct Column
    {
        double left, width;
        QString header;
    };

    static QList<Column> columns()
    {
        return {{40, 55, QStringLiteral("Entry Number")},
                {95, 125, QStringLiteral("Document Identification")},
                {220, 85, QStringLiteral("Withholding: Full/Partial")},
                {305, 80, QStringLiteral("Pages")},
                {385, 330, QStringLiteral("Description of Documents and Redacted Information")},
                {715, 95, QStringLiteral("Exemption(s) Applied to Redactions")}};
    }

    static QFont font()
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(8);
        return f;
    }

    // `text` wrapped to `width`, honouring its own line breaks.
    static QStringList wrapped(const QString &text, double width, const QFontMetricsF &metrics)
    {
        QStringList lines;
        for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
            QString line;
            for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
                if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
                    lines << line;
                    line = word;
                } else {
                    line = candidate;
                }
            }
            lines << line;
        }
        return lines;
    }

    static bool write(const QString &path, const QList<VaughnRowSpec> &rows, const VaughnPdfOptions &options = {})
    {
        QPdfWriter writer(path);
        writer.setResolution(100);
        writer.setPageSize(QPageSize(QPageSize::Letter));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        const QList<Column> cols = columns();
        QPainter p;
        if (!p.begin(&writer))
            return false;
        p.setFont(font());
        const QFontMetricsF metrics(font(), &writer);
        const double lineHeight = metrics.height() + 2;
        const double bottom = 1010;
        int pageNumber = 1;
        double y = options.firstRowTop;

        auto footer = [&] {
            if (options.pageNumbers)
                p.drawText(QRectF(0, 1040, 850, 30), Qt::AlignCenter, QStringLiteral("Page %1").arg(pageNumber));
        };
        auto header = [&] {
            if (!options.withHeader)
                return;
            QList<QStringList> cells;
            int height = 1;
            for (const Column &c : cols) {
                cells << wrapped(c.header, c.width - 10, metrics);
                height = std::max(height, int(cells.last().size()));
            }
            for (int i = 0; i < cols.size(); ++i) {
                const Column &c = cols.at(i);
                for (int l = 0; l < cells.at(i).size(); ++l) {
                    const QRectF r(c.left + 5, y + 4 + l * lineHeight, c.width - 10, lineHeight);
                    p.drawText(r, (options.centredHeaders ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignTop, cells.at(i).at(l));
                }
                if (options.ruled)
                    p.drawRect(QRectF(c.left, y, c.width, height * lineHeight + 8));
            }
            y += height * lineHeight + 8;
        };

        p.drawText(QRectF(40, 80, 770, 40), Qt::AlignLeft, QStringLiteral("Plaintiff v. DHS, Civil No. 21-cv-1235\nICE Vaughn Index"));
        header();
        for (const VaughnRowSpec &row : rows) {
            const QStringList texts{row.entry, row.document, row.withholding, row.pages, row.description, row.exemptions};
            QList<QStringList> cells;
            int height = 1;
            for (int i = 0; i < cols.size(); ++i) {
                cells << wrapped(texts.at(i), cols.at(i).width - 10, metrics);
                height = std::max(height, int(cells.last().size()));
            }
            // Line by line, so a long row continues on the next page under a repeated header.
            double rowTop = y;
            for (int l = 0; l < height; ++l) {
                if (y + lineHeight > bottom) {
                    if (options.ruled) {
                        for (const Column &c : cols)
                            p.drawRect(QRectF(c.left, rowTop, c.width, y - rowTop + 4));
                    }
                    footer();
                    writer.newPage();
                    ++pageNumber;
                    y = 60;
                    if (options.repeatHeaders)
                        header();
                    rowTop = y;
                }
                for (int i = 0; i < cols.size(); ++i) {
                    if (l < cells.at(i).size())
                        p.drawText(QRectF(cols.at(i).left + 5, y + 4, cols.at(i).width - 10, lineHeight),
                                   Qt::AlignLeft | Qt::AlignTop, cells.at(i).at(l));
                }
                y += lineHeight;
            }
            y += 8;
            if (options.ruled) {
                for (const Column &c : cols)
                    p.drawRect(QRectF(c.left, rowTop, c.width, y - rowTop));
            }
        }
        footer();
        return p.end();
    }
};

inline bool writeText(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Reasons written the way agencies write them, long enough to wrap over many lines.
inline QString reasonsFor(const QString &code, const QString &subject)
{
    return QStringLiteral("Redacted Information per %1:\nThe withheld portion describes %2.\nReasons for Redaction(s):\n"
                          "Disclosure of this information could reasonably be expected to harm the interests protected "
                          "by exemption %1 because it concerns %2 and is not known to the public.")
        .arg(code, subject);
}

} // namespace rebuttal::test
