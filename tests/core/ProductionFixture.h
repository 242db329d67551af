// Generates FOIA-production PDFs with QPdfWriter, together with the truth of every page, so tests
// can check what the importer reports against what was drawn.
#pragma once

#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

namespace rebuttal::test {

struct ExpectedBox
{
    QRectF box;             // fractions of the page
    QStringList exemptions; // canonical
    QString textUnderBox;   // empty when nothing is extractable under it
};

struct ExpectedPage
{
    QString bates;
    bool withheldInFull = false;
    bool imageOnly = false;
    QStringList exemptions;
    QList<ExpectedBox> boxes;
    QString searchableWord; // a word of the page's text that search must find
    bool landscape = false;
};

// Draws pages in a 1/100-inch coordinate system (Letter: 850 x 1100; landscape: 1100 x 850).
class ProductionFixture
{
public:
    explicit ProductionFixture(const QString &path)
        : m_writer(path)
    {
        m_writer.setResolution(100);
        m_writer.setPageSize(QPageSize(QPageSize::Letter));
        m_writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        m_writer.setCreator(QStringLiteral("Rebuttal tests"));
    }

    const QList<ExpectedPage> &pages() const { return m_pages; }

    // Adds a page drawn by `draw`; `expected` says what the importer must find on it.
    void addPage(const ExpectedPage &expected, const std::function<void(QPainter &, QSizeF)> &draw)
    {
        m_writer.setPageOrientation(expected.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        if (!m_pages.isEmpty())
            m_writer.newPage();
        if (!m_painter.isActive())
            m_painter.begin(&m_writer);
        const QSizeF size = expected.landscape ? QSizeF(1100, 850) : QSizeF(850, 1100);
        m_painter.save();
        draw(m_painter, size);
        m_painter.restore();
        m_pages << expected;
    }

    void finish() { m_painter.end(); }

    // Helpers for drawing ---------------------------------------------------------------------
    static QFont bodyFont(int pointSize = 11)
    {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSize(pointSize);
        return font;
    }

    static void text(QPainter &p, double x, double y, const QString &line, int pointSize = 11, QColor color = Qt::black)
    {
        p.setFont(bodyFont(pointSize));
        p.setPen(color);
        p.drawText(QPointF(x, y), line);
    }

    static void box(QPainter &p, const QRectF &r, QColor fill = Qt::black)
    {
        p.fillRect(r, fill);
    }

    // A white label inside a black box, as most agencies print them.
    static void labelledBox(QPainter &p, const QRectF &r, const QString &label)
    {
        box(p, r);
        p.setFont(bodyFont(9));
        p.setPen(Qt::white);
        p.drawText(r, Qt::AlignCenter, label);
    }

    static void bates(QPainter &p, QSizeF size, const QString &number)
    {
        text(p, size.width() - 260, size.height() - 40, number, 10);
    }

    static QRectF fraction(const QRectF &r, QSizeF size)
    {
        return QRectF(r.x() / size.width(), r.y() / size.height(), r.width() / size.width(), r.height() / size.height());
    }

private:
    QPdfWriter m_writer;
    QPainter m_painter;
    QList<ExpectedPage> m_pages;
};

// The standard fixture: every kind of page the importer must handle, with its truth; with
// `pageCount` above 7 the seven kinds repeat (for benchmarks), Bates numbers running on.
inline QList<ExpectedPage> writeStandardProduction(const QString &path, int pageCount = 7)
{
    using F = ProductionFixture;
    ProductionFixture fixture(path);
    const QString prefix = QStringLiteral("2024-ICLI-");
    for (int n = 0; n < pageCount; ++n) {
        const int kind = n % 7;
        const QString number = QStringLiteral("%1").arg(101 + n, 6, 10, QLatin1Char('0'));

        // 1. Running text with two labelled boxes inside the text.
        if (kind == 0) {
            ExpectedPage page;
            page.bates = prefix + number;
            const QRectF a(300, 180, 220, 22), b(120, 300, 180, 22);
            page.boxes = {{F::fraction(a, {850, 1100}), {QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")}, {}},
                          {F::fraction(b, {850, 1100}), {QStringLiteral("(b)(7)(E)")}, {}}};
            page.exemptions = {QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)"), QStringLiteral("(b)(7)(E)")};
            page.searchableWord = QStringLiteral("Cooperation");
            fixture.addPage(page, [&](QPainter &p, QSizeF size) {
                F::text(p, 100, 120, QStringLiteral("MEMORANDUM OF COOPERATION"), 14);
                F::text(p, 100, 197, QStringLiteral("The participant officer"));
                F::labelledBox(p, a, QStringLiteral("(b)(6), (b)(7)(C)"));
                F::text(p, 540, 197, QStringLiteral("will share records."));
                F::text(p, 100, 260, QStringLiteral("The methods used are described below."));
                F::labelledBox(p, b, QStringLiteral("(b)(7)(E)"));
                F::bates(p, size, page.bates);
            });
        }
        // 2. Labels beside the boxes (the box itself carries none).
        if (kind == 1) {
            ExpectedPage page;
            page.bates = prefix + number;
            const QRectF a(150, 200, 300, 40), b(150, 400, 260, 24);
            page.boxes = {{F::fraction(a, {850, 1100}), {QStringLiteral("(b)(5)")}, {}},
                          {F::fraction(b, {850, 1100}), {QStringLiteral("(b)(6)")}, {}}};
            page.exemptions = {QStringLiteral("(b)(5)"), QStringLiteral("(b)(6)")};
            page.searchableWord = QStringLiteral("deliberations");
            fixture.addPage(page, [&](QPainter &p, QSizeF size) {
                F::text(p, 100, 150, QStringLiteral("Summary of internal deliberations"));
                F::box(p, a);
                F::text(p, 470, 226, QStringLiteral("(b)(5)"));
                F::box(p, b);
                F::text(p, 430, 418, QStringLiteral("b6"));
                F::bates(p, size, page.bates);
            });
        }
        // 3. Withheld in full.
        if (kind == 2) {
            ExpectedPage page;
            page.bates = prefix + number;
            page.withheldInFull = true;
            page.exemptions = {QStringLiteral("(b)(5)"), QStringLiteral("(b)(7)(E)")};
            page.searchableWord = QStringLiteral("Withheld");
            fixture.addPage(page, [&](QPainter &p, QSizeF size) {
                F::text(p, 120, 500, QStringLiteral("Withheld pursuant to exemption"), 16);
                F::text(p, 120, 540, QStringLiteral("(b)(5); (b)(7)(E)"), 16);
                F::text(p, 120, 580, QStringLiteral("of the Freedom of Information and Privacy Act"), 16);
                F::bates(p, size, page.bates);
            });
        }
        // 4. A scanned page: an image only, no text layer; OCR makes it searchable.
        if (kind == 3) {
            ExpectedPage page;
            page.bates = prefix + number;
            page.imageOnly = true;
            const QRectF a(200, 300, 250, 36);
            page.boxes = {{F::fraction(a, {850, 1100}), {}, {}}};
            page.searchableWord = QStringLiteral("apprehension");
            fixture.addPage(page, [&](QPainter &p, QSizeF size) {
                QImage scan(850 * 2, 1100 * 2, QImage::Format_RGB32);
                scan.fill(Qt::white);
                QPainter s(&scan);
                s.scale(2, 2);
                F::text(s, 100, 150, QStringLiteral("Record of apprehension and detention"), 16);
                F::text(s, 100, 200, QStringLiteral("Subject encountered near the border."), 14);
                F::box(s, a);
                F::text(s, size.width() - 260, size.height() - 40, page.bates, 12);
                s.end();
                p.drawImage(QRectF(0, 0, size.width(), size.height()), scan);
            });
        }
        // 5. A bad redaction: a black rectangle drawn over text that is still in the PDF.
        if (kind == 4) {
            ExpectedPage page;
            page.bates = prefix + number;
            const QRectF a(95, 282, 330, 26);
            page.boxes = {{F::fraction(a, {850, 1100}), {}, QStringLiteral("Jose Hernandez Lopez")}};
            page.searchableWord = QStringLiteral("informant");
            fixture.addPage(page, [&](QPainter &p, QSizeF size) {
                F::text(p, 100, 250, QStringLiteral("Name of the informant:"));
                F::text(p, 100, 300, QStringLiteral("Jose Hernandez Lopez"));
                F::box(p, a);
                F::bates(p, size, page.bates);
            });
        }
        // 6. A landscape page with one labelled box.
        if (kind == 5) {
            ExpectedPage page;
            page.landscape = true;
            page.bates = prefix + number;
            const QRectF a(500, 300, 240, 24);
            page.boxes = {{F::fraction(a, {1100, 850}), {QStringLiteral("(b)(7)(C)")}, {}}};
            page.exemptions = {QStringLiteral("(b)(7)(C)")};
            page.searchableWord = QStringLiteral("Spreadsheet");
            fixture.addPage(page, [&](QPainter &p, QSizeF size) {
                F::text(p, 100, 150, QStringLiteral("Spreadsheet of transmissions"), 14);
                F::labelledBox(p, a, QStringLiteral("(b)(7)(c)"));
                F::bates(p, size, page.bates);
            });
        }
        // 7. Prose that mentions an exemption, and a ruled table: no redactions.
        if (kind == 6) {
            ExpectedPage page;
            page.bates = prefix + number;
            page.searchableWord = QStringLiteral("affords");
            fixture.addPage(page, [&](QPainter &p, QSizeF size) {
                F::text(p, 100, 150, QStringLiteral("Exemption 7(E) affords protection to all law enforcement"));
                F::text(p, 100, 175, QStringLiteral("information that would disclose techniques and procedures."));
                p.setPen(QPen(Qt::black, 1.5));
                for (int row = 0; row < 4; ++row)
                    p.drawLine(QPointF(100, 250 + row * 30), QPointF(700, 250 + row * 30));
                for (int col = 0; col < 3; ++col)
                    p.drawLine(QPointF(100 + col * 300, 250), QPointF(100 + col * 300, 340));
                F::text(p, 110, 272, QStringLiteral("Country"));
                F::text(p, 410, 272, QStringLiteral("Transmissions"));
                F::text(p, 110, 302, QStringLiteral("El Salvador"));
                F::text(p, 410, 302, QStringLiteral("6,990"));
                F::bates(p, size, page.bates);
            });
        }
    }
    fixture.finish();
    return fixture.pages();
}

} // namespace rebuttal::test
