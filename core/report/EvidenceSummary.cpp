#include "EvidenceSummary.h"
#include "domain/PageProblem.h"
#include "text/AtomicFile.h"

#include "domain/Clock.h"
#include "PageFlow.h"
#include "TimelinePainter.h"
#include "agreements/CaseFileCheck.h"
#include "domain/CaseTimeline.h"
#include "pdf/WorkerClient.h"
#include "pdf/PdfInfo.h"
#include "store/ActivityLog.h"
#include "store/DocumentReader.h"
#include "store/OpenStore.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHash>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSettings>

#include <memory>
#include <numeric>

#include <pwd.h>
#include <unistd.h>

namespace rebuttal {

namespace {

const QColor kInk(0x1A, 0x1A, 0x1A);
const QColor kMuted(0x5A, 0x5A, 0x5A);
const QColor kRule(0xB8, 0xB8, 0xB8);
const QColor kHeaderFill(0xE8, 0xEE, 0xF4);
const QColor kStripe(0xF6, 0xF6, 0xF6);
const QColor kAccent(0x00, 0x72, 0xB2); // Okabe-Ito blue, as the custody lane

constexpr int kResolution = 300; // device units per inch of the PDF
constexpr double kExhibitDpi = 150;
// Between the items of a list in one table cell (pages cited, exhibits): an item that wraps in a
// narrow column would otherwise run into the next.
constexpr QLatin1String kListBreak(";\n");

QFont font(qreal points, bool bold = false)
{
    // DejaVu Sans: on every Debian system, covers Spanish and the symbols we draw; Qt embeds
    // the subset used.
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    // Any letter spacing turns off ligatures, so "affiliation" is copied and searched as typed,
    // not with an "ﬃ" glyph; 0.05 of a 300 dpi pixel (the least Qt does not round to 0) shows nowhere.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

qreal points(qreal pt)
{
    return pt * kResolution / 72.0;
}

struct Cell
{
    QString text;
    QString note; // smaller, muted, under the text
};

struct Table
{
    QList<qreal> widths; // fractions of the body width
    QStringList header;
    QList<QList<Cell>> rows;
};

// A resolved evidence citation, and the exhibit that shows its page.
struct Citation
{
    EvidenceCitation cited;
    std::optional<DocumentReader::PageRef> page;
    int exhibit = 0; // 1-based; 0 when not in the case file
};

struct Exhibit
{
    DocumentReader::PageRef page;
    ProductionPage stored;
};

// Builds the pages of one summary on a PdfWriter's metrics, block by block.
class SummaryLayout
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceSummary)

public:
    SummaryLayout(QPdfWriter &writer, const QRectF &body)
        : m_writer(writer)
        , m_flow(body)
    {
    }

    PageFlow &flow() { return m_flow; }

    qreal textHeight(const QString &text, const QFont &f, qreal width, int flags = Qt::TextWordWrap) const
    {
        if (text.isEmpty())
            return 0;
        return QFontMetricsF(f, &m_writer).boundingRect(QRectF(0, 0, width, 1e9), flags, text).height();
    }

    // The widest word of `text`: the least width it can wrap to.
    qreal longestWord(const QString &text, const QFont &f) const
    {
        const QFontMetricsF metrics(f, &m_writer);
        qreal widest = 0;
        for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(word));
        return widest;
    }

    struct ColumnLayout
    {
        qreal size = 8.5;    // the type size, in points
        QList<qreal> widths; // device units
        QList<int> flags;    // how each column's text wraps
        bool fits = false;   // every word fits its column
    };

    // Column widths at type size `size`: each column as wide as its longest word, the rest of the
    // page shared in the proportions the table asks for.
    ColumnLayout columnLayout(const Table &t, const QList<Cell> &header, qreal size, qreal pad) const
    {
        ColumnLayout layout;
        layout.size = size;
        const QFont headerFont = font(size, true), cellFont = font(size), noteFont = font(size - 1);
        const qreal total = m_flow.body().width();
        const int n = int(t.widths.size());
        QList<qreal> least(n, 0);
        for (int c = 0; c < n; ++c) {
            least[c] = longestWord(header.value(c).text, headerFont);
            for (const QList<Cell> &row : t.rows) {
                least[c] = std::max(least[c], longestWord(row.value(c).text, cellFont));
                least[c] = std::max(least[c], longestWord(row.value(c).note, noteFont));
            }
            // Room for rounding in the PDF's glyph positions.
            least[c] += 2 * pad + points(1);
        }
        const qreal needed = std::accumulate(least.cbegin(), least.cend(), qreal(0));
        layout.fits = needed <= total;
        layout.flags = QList<int>(n, Qt::TextWordWrap);
        if (!layout.fits) {
            // Even the smallest type cannot fit every word: share the page by need, and let the
            // words too long for it wrap anywhere rather than run into the next column.
            for (int c = 0; c < n; ++c) {
                layout.widths << least[c] * total / needed;
                layout.flags[c] = Qt::TextWrapAnywhere;
            }
            return layout;
        }
        // Start from the asked-for share; give columns below their least width what they need,
        // taking it from the others in proportion to what they have to spare.
        QList<qreal> widths(n);
        for (int c = 0; c < n; ++c)
            widths[c] = std::max(t.widths.at(c) * total, least[c]);
        const qreal excess = std::accumulate(widths.cbegin(), widths.cend(), qreal(0)) - total;
        if (excess > 0) {
            qreal spare = 0;
            for (int c = 0; c < n; ++c)
                spare += widths[c] - least[c];
            for (int c = 0; c < n; ++c)
                widths[c] -= spare > 0 ? excess * (widths[c] - least[c]) / spare : 0;
        } else {
            for (int c = 0; c < n; ++c)
                widths[c] -= excess * t.widths.at(c); // a table narrower than the page grows to it
        }
        layout.widths = widths;
        return layout;
    }

    void paragraph(const QString &text, const QFont &f, QColor color = kInk, qreal spaceAfter = points(4))
    {
        const qreal width = m_flow.body().width();
        const qreal h = textHeight(text, f, width);
        m_flow.ensure(h);
        const QRectF r(m_flow.body().left(), m_flow.y(), width, h);
        m_flow.add([=](QPainter &p) {
            p.setFont(f);
            p.setPen(color);
            p.drawText(r, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        });
        m_flow.advance(h + spaceAfter);
    }

    // A section heading, kept on the page with at least `keepWith` of what follows it.
    void heading(const QString &text, qreal keepWith = points(60))
    {
        const QFont f = font(12.5, true);
        const qreal h = textHeight(text, f, m_flow.body().width());
        m_flow.ensure(points(10) + h + keepWith);
        if (!m_flow.atTop())
            m_flow.advance(points(10));
        const QRectF r(m_flow.body().left(), m_flow.y(), m_flow.body().width(), h);
        m_flow.add([=](QPainter &p) {
            p.setFont(f);
            p.setPen(kAccent.darker(120));
            p.drawText(r, Qt::AlignLeft | Qt::AlignTop, text);
            p.setPen(QPen(kRule, points(0.6)));
            p.drawLine(QPointF(r.left(), r.bottom() + points(2)), QPointF(r.right(), r.bottom() + points(2)));
        });
        m_flow.advance(h + points(7));
    }

    // Label/value pairs in two columns, as at the top of a letter.
    void fields(const QList<std::pair<QString, QString>> &pairs)
    {
        const QFont label = font(9.5, true), value = font(9.5);
        qreal labelWidth = 0;
        for (const auto &[l, v] : pairs)
            labelWidth = std::max(labelWidth, QFontMetricsF(label, &m_writer).horizontalAdvance(l));
        labelWidth += points(10);
        const qreal valueWidth = m_flow.body().width() - labelWidth;
        for (const std::pair<QString, QString> &pair : pairs) {
            // Named copies, not structured bindings: clang 14 (the fuzz build) cannot capture those.
            const QString &l = pair.first, &v = pair.second;
            const qreal h = std::max(textHeight(l, label, labelWidth), textHeight(v, value, valueWidth));
            m_flow.ensure(h);
            const QRectF lr(m_flow.body().left(), m_flow.y(), labelWidth, h);
            const QRectF vr(lr.right(), m_flow.y(), valueWidth, h);
            m_flow.add([=](QPainter &p) {
                p.setPen(kMuted);
                p.setFont(label);
                p.drawText(lr, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, l);
                p.setPen(kInk);
                p.setFont(value);
                p.drawText(vr, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, v);
            });
            m_flow.advance(h + points(2.5));
        }
    }

    // Big numbers in boxes across the page.
    void figures(const QList<std::pair<QString, QString>> &numbersAndLabels)
    {
        const qreal gap = points(8);
        const int n = int(numbersAndLabels.size());
        const qreal w = (m_flow.body().width() - gap * (n - 1)) / n;
        const QFont big = font(20, true), label = font(8.5);
        qreal labelHeight = 0;
        for (const auto &[number, text] : numbersAndLabels)
            labelHeight = std::max(labelHeight, textHeight(text, label, w - points(12)));
        const qreal bigHeight = QFontMetricsF(big, &m_writer).height();
        const qreal h = points(6) + bigHeight + labelHeight + points(8);
        m_flow.ensure(h);
        for (int i = 0; i < n; ++i) {
            const QRectF box(m_flow.body().left() + i * (w + gap), m_flow.y(), w, h);
            const QString number = numbersAndLabels.at(i).first, text = numbersAndLabels.at(i).second;
            m_flow.add([=](QPainter &p) {
                p.setPen(QPen(kRule, points(0.6)));
                p.setBrush(kHeaderFill);
                p.drawRoundedRect(box, points(3), points(3));
                p.setPen(kInk);
                p.setFont(big);
                p.drawText(QRectF(box.left(), box.top() + points(5), box.width(), bigHeight), Qt::AlignHCenter | Qt::AlignTop,
                           number);
                p.setFont(label);
                p.setPen(kMuted);
                p.drawText(QRectF(box.left() + points(6), box.top() + points(5) + bigHeight, box.width() - points(12), labelHeight),
                           Qt::TextWordWrap | Qt::AlignHCenter | Qt::AlignTop, text);
            });
        }
        m_flow.advance(h + points(6));
    }

    // A ruled table whose rows never split; the header row is repeated on every page it spans.
    // Columns are at least as wide as their longest word (a date, a number, a header word), so no
    // cell is ever cut; when the words do not fit across the page the table's type shrinks.
    void table(const Table &t)
    {
        const qreal pad = points(3.5);
        QList<Cell> headerCells;
        for (const QString &title : t.header)
            headerCells << Cell{title, {}};
        ColumnLayout columns;
        for (const qreal size : {8.5, 8.0, 7.5, 7.0, 6.5}) {
            columns = columnLayout(t, headerCells, size, pad);
            if (columns.fits)
                break;
        }
        const QFont headerFont = font(columns.size, true), cellFont = font(columns.size),
                    noteFont = font(columns.size - 1);
        const QList<qreal> widths = columns.widths;
        const QList<int> flags = columns.flags;
        auto rowHeight = [&](const QList<Cell> &cells, const QFont &f) {
            qreal h = 0;
            for (int c = 0; c < cells.size(); ++c) {
                const qreal inner = widths.at(c) - 2 * pad;
                qreal cellHeight = textHeight(cells.at(c).text, f, inner, flags.at(c));
                if (!cells.at(c).note.isEmpty())
                    cellHeight += points(1.5) + textHeight(cells.at(c).note, noteFont, inner, flags.at(c));
                h = std::max(h, cellHeight);
            }
            return h + 2 * pad;
        };
        const qreal headerHeight = rowHeight(headerCells, headerFont);
        auto drawRow = [&](const QList<Cell> &cells, const QFont &f, qreal h, QColor fill) {
            const qreal top = m_flow.y();
            qreal left = m_flow.body().left();
            const QRectF whole(left, top, m_flow.body().width(), h);
            QList<QRectF> rects;
            for (qreal w : widths) {
                rects << QRectF(left, top, w, h);
                left += w;
            }
            m_flow.add([=](QPainter &p) {
                if (fill.isValid())
                    p.fillRect(whole, fill);
                p.setPen(QPen(kRule, points(0.5)));
                p.drawLine(whole.bottomLeft(), whole.bottomRight());
                for (int c = 0; c < cells.size(); ++c) {
                    const QRectF inner = rects.at(c).adjusted(pad, pad, -pad, -pad);
                    const int align = flags.at(c) | Qt::AlignLeft | Qt::AlignTop;
                    p.setFont(f);
                    p.setPen(kInk);
                    const QRectF used = p.boundingRect(inner, align, cells.at(c).text);
                    p.drawText(inner, align, cells.at(c).text);
                    if (!cells.at(c).note.isEmpty()) {
                        p.setFont(noteFont);
                        p.setPen(kMuted);
                        const qreal noteTop = cells.at(c).text.isEmpty() ? inner.top() : used.bottom() + points(1.5);
                        p.drawText(QRectF(inner.left(), noteTop, inner.width(), inner.bottom() - noteTop + points(20)),
                                   align, cells.at(c).note);
                    }
                }
            });
            m_flow.advance(h);
        };
        auto drawHeader = [&] {
            drawRow(headerCells, headerFont, headerHeight, kHeaderFill);
        };
        m_flow.ensure(headerHeight + (t.rows.isEmpty() ? 0 : rowHeight(t.rows.first(), cellFont)));
        drawHeader();
        for (int r = 0; r < t.rows.size(); ++r) {
            const qreal h = rowHeight(t.rows.at(r), cellFont);
            if (h > m_flow.remaining()) {
                m_flow.newPage();
                drawHeader();
            }
            drawRow(t.rows.at(r), cellFont, h, r % 2 ? kStripe : QColor());
        }
        m_flow.advance(points(6));
    }

private:
    QPdfWriter &m_writer;
    PageFlow m_flow;
};

QString dateText(const PartialDate &date)
{
    return date.isValid() ? date.toString() : EvidenceSummary::tr("unknown");
}

QString countryText(const QString &code)
{
    if (code.isEmpty())
        return EvidenceSummary::tr("not recorded");
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    return EvidenceSummary::tr("%1 (%2)").arg(QLocale::territoryToString(territory), code);
}

// Text a user typed, as the summary draws it: isolated (FSI ... PDI) so that a right-to-left
// override inside a name cannot reorder what follows it, and given a break opportunity (a zero-width
// space) every 16 characters of an unbroken run, so that it wraps inside its box instead of running
// off the page or over the footer.
QString userText(const QString &text)
{
    if (text.isEmpty())
        return text;
    QString broken;
    broken.reserve(text.size() + text.size() / 16 + 2);
    int run = 0;
    for (const QChar c : text) {
        run = c.isSpace() ? 0 : run + 1;
        if (run > 16) {
            broken += QChar(0x200B);
            run = 1;
        }
        broken += c;
    }
    return QChar(0x2068) + broken + QChar(0x2069);
}

// Citations resolved once; each cited production page becomes one exhibit (appended to `exhibits`),
// numbered in the order the events first cite it. Event index -> its citations.
// Stops at the first read of the case file that fails (`error` says why).
QHash<int, QList<Citation>> resolveCitations(const Client &client, const CaseTimeline &timeline,
                                             const DocumentReader &catalog, QList<Exhibit> &exhibits, StoreError *error)
{
    QHash<int, QList<Citation>> citations; // event index -> its citations
    for (int index : timeline.eventOrder()) {
        for (const EvidenceCitation &cited : client.events.at(index).evidence) {
            Citation c{cited, catalog.resolveCitation(cited.document, cited.page, error), 0};
            if (error->isError())
                return citations;
            if (c.page) {
                const auto found = std::find_if(exhibits.cbegin(), exhibits.cend(), [&](const Exhibit &e) {
                    return e.page.documentId == c.page->documentId && e.page.page == c.page->page;
                });
                if (found == exhibits.cend()) {
                    const QList<ProductionPage> pages = catalog.pages(c.page->documentId, error);
                    if (error->isError())
                        return citations;
                    ProductionPage stored;
                    if (c.page->page >= 1 && c.page->page <= pages.size())
                        stored = pages.at(c.page->page - 1);
                    exhibits << Exhibit{*c.page, stored};
                    c.exhibit = int(exhibits.size());
                } else {
                    c.exhibit = int(found - exhibits.cbegin()) + 1;
                }
            }
            citations[index] << c;
        }
    }
    return citations;
}

// Title and who this is about.
void addIdentity(SummaryLayout &layout, const Client &client, bool deid, const QString &name, QDate preparedOn,
                 const QString &preparer)
{
    layout.paragraph(EvidenceSummary::tr("Evidence summary"), font(9, true), kAccent, points(1));
    layout.paragraph(name, font(19, true), kInk, points(2));
    layout.paragraph(EvidenceSummary::tr("Foreign-data allegations, the decisions that relied on them, and the production pages that "
                        "show it."),
                     font(9.5), kMuted, points(10));
    QList<std::pair<QString, QString>> who{{EvidenceSummary::tr("Client"), name}, {EvidenceSummary::tr("Nationality"), countryText(client.country)}};
    if (!deid) {
        who << std::pair{EvidenceSummary::tr("A-number"), client.aNumber.isEmpty() ? EvidenceSummary::tr("not recorded") : client.aNumber};
        who << std::pair{EvidenceSummary::tr("Client reference"), userText(client.ref)};
    }
    who << std::pair{EvidenceSummary::tr("Prepared on"), preparedOn.toString(Qt::ISODate)};
    if (!deid)
        who << std::pair{EvidenceSummary::tr("Prepared by"), preparer.isEmpty() ? EvidenceSummary::tr("not recorded") : userText(preparer)};
    else
        who << std::pair{EvidenceSummary::tr("Identity"), EvidenceSummary::tr("De-identified: names, A-number, references, free-text notes and page "
                                            "images are left out.")};
    layout.fields(who);
}

void addKeyFigures(SummaryLayout &layout, const Client &client, const CaseTimeline &timeline, QDate asOf)
{
    const std::optional<int> longest = timeline.longestDisclosureDelayDays();
    const bool stillDetained = std::any_of(timeline.spells().cbegin(), timeline.spells().cend(), [](const CaseSpell &s) {
        return s.isOpen() && s.kind == CaseSpell::Kind::Detention;
    });
    const bool stillSeparated = std::any_of(timeline.spells().cbegin(), timeline.spells().cend(), [](const CaseSpell &s) {
        return s.isOpen() && s.kind == CaseSpell::Kind::Separation;
    });
    layout.heading(EvidenceSummary::tr("Key figures"));
    layout.figures({{QString::number(timeline.detentionDays()),
                     stillDetained ? EvidenceSummary::tr("days detained (still detained)") : EvidenceSummary::tr("days detained")},
                    {QString::number(timeline.separationDays()),
                     stillSeparated ? EvidenceSummary::tr("days separated from family (still separated)") : EvidenceSummary::tr("days separated from family")},
                    {longest ? QString::number(*longest) : EvidenceSummary::tr("n/a"), EvidenceSummary::tr("days: longest delay before counsel learned of an allegation")},
                    {QString::number(client.allegations.size()), EvidenceSummary::tr("foreign-data allegations")}});
    layout.paragraph(EvidenceSummary::tr("Counted as of %1. A spell lasts from the day it began to the day it ended; one still open "
                        "counts to %1.")
                         .arg(asOf.toString(Qt::ISODate)),
                     font(8), kMuted);
}

void addAllegations(SummaryLayout &layout, const Client &client)
{
    layout.heading(EvidenceSummary::tr("Allegations"));
    if (client.allegations.isEmpty()) {
        layout.paragraph(EvidenceSummary::tr("No allegations are recorded for this client."), font(9.5), kMuted);
    } else {
        Table t;
        t.widths = {0.06, 0.15, 0.13, 0.21, 0.11, 0.12, 0.09, 0.13};
        t.header = QStringList{EvidenceSummary::tr("Ref"), EvidenceSummary::tr("Source"), EvidenceSummary::tr("Kind"), EvidenceSummary::tr("Originating agency"), EvidenceSummary::tr("Asserted on"),
                               EvidenceSummary::tr("Disclosed to counsel"), EvidenceSummary::tr("Delay (days)"), EvidenceSummary::tr("Status")};
        for (const Allegation &a : client.allegations) {
            const std::optional<int> delay = CaseTimeline::disclosureDelayDays(a);
            t.rows << QList<Cell>{{userText(a.ref), {}},
                                  {shortName(a.source), displayName(a.source)},
                                  {displayName(a.kind), {}},
                                  {a.origin.isEmpty() ? EvidenceSummary::tr("not recorded") : userText(a.origin), a.originCountry.isEmpty() ? QString() : countryText(a.originCountry)},
                                  {dateText(a.assertedOn), {}},
                                  {a.disclosedOn.isValid() ? a.disclosedOn.toString() : EvidenceSummary::tr("not disclosed"), {}},
                                  {!delay ? EvidenceSummary::tr("n/a") : *delay < 0 ? EvidenceSummary::tr("check dates") : QString::number(*delay), {}},
                                  {a.status ? displayName(*a.status) : EvidenceSummary::tr("not recorded"), {}}};
        }
        layout.table(t);
    }
}

// The timeline, drawn as vectors straight onto the page.
void addTimeline(SummaryLayout &layout, QPdfWriter &writer, const QRectF &body, const CaseTimeline &timeline, bool deid,
                 const QList<AgreementFlag> &flags)
{
    PageFlow &flow = layout.flow();
    TimelinePainter painter(timeline);
    painter.setDeidentified(deid);
    painter.setFlags(flags);
    const QFont timelineFont = font(7.5);
    painter.setFont(timelineFont);
    const qreal timelineHeight = TimelinePainter::preferredHeight(timeline, timelineFont, &writer);
    layout.heading(EvidenceSummary::tr("Timeline"), timelineHeight + points(30));
    flow.ensure(timelineHeight);
    {
        const QRectF r(body.left(), flow.y(), body.width(), timelineHeight);
        flow.add([painter, r](QPainter &p) { painter.paint(&p, r); });
        flow.advance(timelineHeight + points(4));
    }
    layout.paragraph(EvidenceSummary::tr("Diamonds: allegations, on the day the government had them, with a line to the day counsel "
                        "learned of them (dotted: not yet disclosed). Bars: detention and separation (hatched: still "
                        "going on). Curves join an allegation to each decision that relied on it; a sheet marks an "
                        "event that cites production pages; a dark red ring, a decision the agreement check flagged (see Legal basis). "
                        "Hollow markers: only the month or year is known."),
                     font(7.5), kMuted);
}

void addEvents(SummaryLayout &layout, const Client &client, const CaseTimeline &timeline, bool deid,
               const QHash<int, QList<Citation>> &citations)
{
    layout.heading(EvidenceSummary::tr("Events in date order"));
    if (client.events.isEmpty()) {
        layout.paragraph(EvidenceSummary::tr("No events are recorded for this client."), font(9.5), kMuted);
    } else {
        Table t;
        t.widths = {0.11, 0.37, 0.18, 0.34};
        t.header = QStringList{EvidenceSummary::tr("Date"), EvidenceSummary::tr("Event"), EvidenceSummary::tr("Relied on"), EvidenceSummary::tr("Evidence")};
        for (int index : timeline.eventOrder()) {
            const CaseEvent &e = client.events.at(index);
            QStringList relied;
            for (const QString &ref : e.reliedOn) {
                const auto found = std::find_if(client.allegations.cbegin(), client.allegations.cend(),
                                                [&](const Allegation &a) { return a.ref == ref; });
                relied << (found == client.allegations.cend() ? ref
                                                              : EvidenceSummary::tr("%1 (%2, %3)").arg(ref, shortName(found->source),
                                                                                      displayName(found->kind)));
            }
            QStringList evidence;
            for (const Citation &c : citations.value(index)) {
                const QString cited = c.cited.page > 0 ? EvidenceSummary::tr("%1, page %2").arg(c.cited.document).arg(c.cited.page)
                                                       : c.cited.document;
                if (!c.page) {
                    evidence << EvidenceSummary::tr("%1: not in this case file").arg(cited);
                    continue;
                }
                const QString bates = c.page->bates.isEmpty() ? EvidenceSummary::tr("no Bates number") : EvidenceSummary::tr("Bates %1").arg(c.page->bates);
                evidence << EvidenceSummary::tr("%1 (production %2, page %3), Exhibit %4")
                                .arg(bates)
                                .arg(c.page->documentId)
                                .arg(c.page->page)
                                .arg(c.exhibit);
            }
            t.rows << QList<Cell>{{e.date.isValid() ? e.date.toString() : EvidenceSummary::tr("unknown"), {}},
                                  {displayName(e.type), deid ? QString() : userText(e.detail)},
                                  {relied.isEmpty() ? QStringLiteral("–") : relied.join(QLatin1Char('\n')), {}},
                                  {evidence.isEmpty() ? QStringLiteral("–") : evidence.join(kListBreak), {}}};
        }
        layout.table(t);
    }
}

// Legal basis: the agreement check the Legal basis tab shows (one implementation), as of the
// summary's day. Agreement refs and clauses are the registry's, not the client's; decisions are
// named by type and date, as in the events table, never by the client's own event refs.
void addLegalBasis(SummaryLayout &layout, const Client &client, const AgreementCheck &check, const CheckResult &result)
{
    layout.heading(EvidenceSummary::tr("Legal basis of the foreign data"));
    if (client.allegations.isEmpty()) {
        layout.paragraph(EvidenceSummary::tr("No allegations are recorded for this client."), font(9.5), kMuted);
    } else {
        if (check.registry().isEmpty()) {
            layout.paragraph(EvidenceSummary::tr("No agreements are on file in this case file, so no allegation could be checked against "
                                "the agreement under which its data was shared."),
                             font(9.5), kMuted);
        }
        Table governing;
        governing.widths = {0.12, 0.88};
        governing.header = QStringList{EvidenceSummary::tr("Allegation"), EvidenceSummary::tr("Governing agreement")};
        for (const AllegationBasis &basis : result.bases)
            governing.rows << QList<Cell>{{userText(basis.allegation), {}}, {AgreementCheck::basisDescription(basis), {}}};
        layout.table(governing);
        if (result.flags.isEmpty()) {
            layout.paragraph(EvidenceSummary::tr("The check raised no flags for this client."), font(9.5), kMuted);
        } else {
            Table flags;
            flags.widths = {0.09, 0.27, 0.11, 0.10, 0.28, 0.15};
            flags.header = QStringList{EvidenceSummary::tr("Allegation"), EvidenceSummary::tr("Rule"), EvidenceSummary::tr("Basis"), EvidenceSummary::tr("Status"), EvidenceSummary::tr("Clause"), EvidenceSummary::tr("Cited page")};
            for (const AgreementFlag &flag : result.flags) {
                QString decision;
                const auto event = std::find_if(client.events.cbegin(), client.events.cend(),
                                                [&](const CaseEvent &e) { return !flag.event.isEmpty() && e.ref == flag.event; });
                if (event != client.events.cend()) {
                    decision = EvidenceSummary::tr("Decision: %1, %2").arg(displayName(event->type),
                                                          event->date.isValid() ? event->date.toString() : EvidenceSummary::tr("unknown"));
                }
                QStringList cited;
                for (const EvidenceCitation &c : flag.evidence)
                    cited << (c.page > 0 ? EvidenceSummary::tr("%1, page %2").arg(c.document).arg(c.page) : c.document);
                flags.rows << QList<Cell>{
                    {userText(flag.allegation), {}},
                    {AgreementCheck::ruleDescription(flag.rule), decision},
                    {AgreementCheck::basisName(flag), {}},
                    {AgreementCheck::statusName(flag), {}},
                    {flag.clause ? userText(AgreementCheck::clauseText(flag)) : EvidenceSummary::tr("no clause quoted"),
                     userText(flag.agreement)},
                    {cited.isEmpty() ? QStringLiteral("–") : cited.join(kListBreak), {}}};
            }
            layout.table(flags);
            layout.paragraph(EvidenceSummary::tr("Basis: \"the text says so\" when the agreement's own words decide it, \"our reading\" "
                                "when it rests on how we read them. Conditional: it holds only if the agreement was in "
                                "force, which its dates cannot tell."),
                             font(7.5), kMuted);
        }
    }
}

// What an exhibit caption says of the page's exemptions.
QString exhibitExemptions(const ProductionPage &page)
{
    const QStringList codes = page.exemptions();
    QString exemptions = codes.isEmpty() ? EvidenceSummary::tr("No exemptions applied on this page.")
                                         : EvidenceSummary::tr("Exemptions on this page: %1.").arg(codes.join(QStringLiteral(", ")));
    // A page whose Redact annotations alone could not be read was analysed: its codes stand, but
    // exemptions marked only in those annotations may be missing.
    if (PageProblem::wasAnalysed(page.problem)) {
        exemptions += QLatin1Char(' ')
            + EvidenceSummary::tr("Analysed, but %1; exemptions marked only in them may be missing.")
                  .arg(PageProblem::text(page.problem));
    } else if (!page.problem.isEmpty()) {
        // A page the reader could not analyse has unknown exemptions, not none.
        const QString problem = PageProblem::text(page.problem);
        exemptions = codes.isEmpty() ? EvidenceSummary::tr("Not analysed: %1; its exemptions are unknown.").arg(problem)
                                     : EvidenceSummary::tr("Not analysed: %1; exemptions marked on it by hand: %2.")
                                           .arg(problem, codes.join(QStringLiteral(", ")));
    }
    if (page.withheldInFull)
        exemptions = EvidenceSummary::tr("Withheld in full. %1").arg(exemptions);
    return exemptions;
}

// Each production's worker, opened when its first exhibit is painted; the first production whose
// bytes could not be read from the case file.
struct Renderers
{
    QHash<qint64, std::shared_ptr<WorkerClient>> workers;
    StoreError readError;
};

// The exhibit's page image, scaled into what is left of the page; returns the height it takes.
qreal addExhibitImage(PageFlow &flow, const QRectF &body, const Exhibit &exhibit, const std::shared_ptr<Renderers> &documents,
                      OpenStore *store)
{
    const QSizeF size = exhibit.stored.sizePt.isValid() && !exhibit.stored.sizePt.isEmpty() ? exhibit.stored.sizePt
                                                                                          : QSizeF(612, 792);
    const qreal scale = std::min(body.width() / size.width(), flow.remaining() / size.height());
    const QRectF target(body.left() + (body.width() - size.width() * scale) / 2, flow.y(), size.width() * scale,
                        size.height() * scale);
    const DocumentReader::PageRef ref = exhibit.page;
    // Rendered while the page is painted, one at a time, so memory stays flat.
    const int widthPx = qRound(size.width() / 72.0 * kExhibitDpi);
    flow.add([documents, store, ref, target, widthPx](QPainter &p) {
        std::shared_ptr<WorkerClient> &document = documents->workers[ref.documentId];
        if (!document) {
            StoreError error;
            document = std::make_shared<WorkerClient>(store->documents().fileBytes(ref.documentId, &error));
            if (error.isError() && !documents->readError.isError())
                documents->readError = error;
        }
        const QImage image = document->render(ref.page - 1, widthPx).image;
        if (image.isNull()) {
            p.setPen(kMuted);
            p.setFont(font(10));
            p.drawText(target, Qt::AlignCenter | Qt::TextWordWrap, EvidenceSummary::tr("This page could not be rendered."));
        } else {
            p.drawImage(target, image);
        }
        p.setPen(QPen(kRule, points(0.6)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(target);
    });
    return target.height();
}

// Exhibits: each cited production page, as the agency produced it, on a page of its own.
void addExhibits(SummaryLayout &layout, const QRectF &body, bool deid, const QList<Exhibit> &exhibits, OpenStore *store,
                 const std::shared_ptr<Renderers> &documents)
{
    PageFlow &flow = layout.flow();
    if (!exhibits.isEmpty()) {
        if (deid) {
            layout.heading(EvidenceSummary::tr("Exhibits"));
            layout.paragraph(EvidenceSummary::tr("Page images are left out of a de-identified summary: production pages may show the "
                                "client's name or A-number. The cited pages are:"),
                             font(9), kMuted);
        }
        // Productions are untrusted PDFs: their pages are drawn by a worker process, as in the app.
        for (int i = 0; i < exhibits.size(); ++i) {
            const Exhibit &exhibit = exhibits.at(i);
            const QString bates = exhibit.page.bates.isEmpty() ? EvidenceSummary::tr("no Bates number") : EvidenceSummary::tr("Bates %1").arg(exhibit.page.bates);
            const QString exemptions = exhibitExemptions(exhibit.stored);
            const QString caption = EvidenceSummary::tr("Exhibit %1: %2 (production %3, page %4)")
                                        .arg(i + 1)
                                        .arg(bates)
                                        .arg(exhibit.page.documentId)
                                        .arg(exhibit.page.page);
            if (deid) {
                layout.paragraph(caption + QStringLiteral(". ") + exemptions, font(9));
                continue;
            }
            if (!flow.atTop()) // a page of its own
                flow.newPage();
            if (i == 0)
                layout.heading(EvidenceSummary::tr("Exhibits"));
            layout.paragraph(caption, font(10.5, true), kInk, points(1));
            layout.paragraph(exemptions, font(9), kMuted, points(6));
            flow.advance(addExhibitImage(flow, body, exhibit, documents, store));
        }
    }
}

// Paints the laid-out pages, with their footers, now that the page count is known.
bool paintPages(QPdfWriter &writer, const PageFlow &flow, const QRectF &body, const QString &footerName,
                const std::function<bool(int, int)> &progress, QString *error)
{
    QPainter p;
    if (!p.begin(&writer)) {
        *error = EvidenceSummary::tr("cannot start the PDF");
        return false;
    }
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const int pageCount = flow.pageCount();
    for (int i = 0; i < pageCount; ++i) {
        if (progress && !progress(i, pageCount)) {
            p.end();
            *error = EvidenceSummary::tr("cancelled");
            return false;
        }
        if (i > 0)
            writer.newPage();
        for (const PageFlow::Draw &draw : flow.pages().at(i)) {
            p.save();
            draw(p);
            p.restore();
        }
        const QRectF footer(body.left(), body.bottom() + points(16), body.width(), points(12));
        p.setFont(font(7.5));
        p.setPen(kMuted);
        p.drawLine(QPointF(footer.left(), footer.top() - points(4)), QPointF(footer.right(), footer.top() - points(4)));
        // The name gives way to the page number: cut short, never drawn over it.
        const QString pageText = EvidenceSummary::tr("Page %1 of %2").arg(i + 1).arg(pageCount);
        const QFontMetricsF metrics(p.font(), p.device());
        const qreal room = footer.width() - metrics.horizontalAdvance(pageText) - points(12);
        p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(footerName, Qt::ElideRight, room));
        p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, pageText);
    }
    p.end();
    return true;
}

} // namespace

EvidenceSummary::EvidenceSummary(OpenStore &store)
    : m_store(store)
{
}

EvidenceSummary::EvidenceSummary(CaseStore &store)
    : m_owned(OpenStore::over(store))
    , m_store(*m_owned)
{
}

EvidenceSummary::~EvidenceSummary() = default;

QPageSize::PageSizeId EvidenceSummary::pageSizeFor(const QLocale &locale)
{
    using T = QLocale::Territory;
    static const QList<T> letter{T::UnitedStates, T::Canada, T::Mexico, T::PuertoRico, T::Philippines, T::Chile,
                                 T::Colombia, T::Venezuela, T::CostaRica, T::Panama, T::DominicanRepublic,
                                 T::Guatemala, T::ElSalvador, T::Honduras, T::Nicaragua, T::AnyTerritory};
    const T territory = locale.language() == QLocale::C ? T::AnyTerritory : locale.territory();
    return letter.contains(territory) ? QPageSize::Letter : QPageSize::A4;
}

namespace {
// The app's settings, whichever binary asks: the CLI reads what the GUI's preferences saved.
std::unique_ptr<QSettings> appSettings()
{
    const QString organization = QCoreApplication::organizationName();
    return std::make_unique<QSettings>(organization.isEmpty() ? QStringLiteral("Rebuttal") : organization,
                                       QStringLiteral("rebuttal"));
}
} // namespace

QString EvidenceSummary::preparerSetting()
{
    return appSettings()->value(QStringLiteral("user/name")).toString().trimmed();
}

void EvidenceSummary::setPreparerSetting(const QString &name)
{
    appSettings()->setValue(QStringLiteral("user/name"), name.trimmed());
}

QString EvidenceSummary::defaultPreparer()
{
    if (const QString configured = preparerSetting(); !configured.isEmpty())
        return configured;
    if (const passwd *account = getpwuid(getuid())) {
        const QString gecos = QString::fromLocal8Bit(account->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
        if (!gecos.isEmpty())
            return gecos;
        return QString::fromLocal8Bit(account->pw_name);
    }
    return qEnvironmentVariable("USER");
}

QString EvidenceSummary::displayedName(const Client &client, bool deidentified)
{
    if (!deidentified)
        return client.name;
    return client.pseudonym.trimmed().isEmpty() ? tr("Client 1") : client.pseudonym.trimmed();
}

QByteArray EvidenceSummary::unreadable(const StoreError &error)
{
    m_readError = error;
    // The case file by its name; a matter as host/db/matter.
    const QString name = m_store.serverLocation() ? m_store.displayName() : QFileInfo(m_store.address()).fileName();
    m_error = tr("%1 could not be read: %2").arg(name, error.message);
    return {};
}

QByteArray EvidenceSummary::toPdf(const Client &client, const SummaryOptions &options)
{
    m_error.clear();
    m_readError = {};
    const bool deid = options.deidentified;
    const QDate preparedOn = options.preparedOn.isValid() ? options.preparedOn : Clock::today();
    const QDate asOf = options.asOf.isValid() ? options.asOf : preparedOn;
    const QString name = userText(displayedName(client, deid));
    const QString preparer = deid ? QString() : options.preparer;
    const CaseTimeline timeline(client, asOf);
    const DocumentReader &catalog = m_store.documents();
    // The agreement check as of the summary's day: its flags ring decisions on the timeline and
    // fill the legal basis section.
    StoreError checkError;
    const std::optional<AgreementCheck> check = CaseFileCheck::engine(m_store.agreements(), m_store.vaughnIndexes(), &checkError);
    if (!check) {
        m_readError = checkError;
        m_error = tr("cannot read the agreements: %1").arg(checkError.message);
        return {};
    }
    const CheckResult result = check->check({client}, asOf);

    QList<Exhibit> exhibits;
    StoreError citationError;
    const QHash<int, QList<Citation>> citations = resolveCitations(client, timeline, catalog, exhibits, &citationError);
    if (citationError.isError())
        return unreadable(citationError);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(options.pageSize.value_or(pageSizeFor(QLocale()))));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(tr("Evidence summary: %1").arg(displayedName(client, deid)));
    writer.setCreator(QStringLiteral("Rebuttal %1").arg(QStringLiteral(REBUTTAL_VERSION)));
    const QRectF page(0, 0, writer.width(), writer.height());
    const qreal margin = points(54);
    const QRectF body = page.adjusted(margin, margin * 0.8, -margin, -margin);
    SummaryLayout layout(writer, body);

    addIdentity(layout, client, deid, name, preparedOn, preparer);
    addKeyFigures(layout, client, timeline, asOf);
    addAllegations(layout, client);
    addTimeline(layout, writer, body, timeline, deid, result.flags);
    addEvents(layout, client, timeline, deid, citations);
    addLegalBasis(layout, client, *check, result);
    const auto renderers = std::make_shared<Renderers>();
    addExhibits(layout, body, deid, exhibits, &m_store, renderers);
    if (!paintPages(writer, layout.flow(), body, tr("Evidence summary: %1").arg(name), options.progress, &m_error))
        return {};
    if (renderers->readError.isError())
        return unreadable(renderers->readError);
    buffer.close();

    QByteArray pdf = buffer.data();
    if (!preparer.isEmpty()) {
        QString problem;
        pdf = PdfInfo::withAuthor(pdf, preparer, &problem);
        if (pdf.isEmpty()) {
            m_error = tr("cannot set the PDF's author: %1").arg(problem);
            return {};
        }
    }
    return pdf;
}

bool EvidenceSummary::write(const Client &client, const SummaryOptions &options, const QString &path)
{
    const QByteArray pdf = toPdf(client, options);
    return !pdf.isEmpty() && save(pdf, options.deidentified, path);
}

bool EvidenceSummary::save(const QByteArray &pdf, bool deidentified, const QString &path)
{
    // Beside the target and renamed into place: a failure never leaves half a PDF.
    QString problem;
    if (!AtomicFile::write(path, pdf, &problem)) {
        m_error = tr("%1: cannot write the file (%2)").arg(QDir::toNativeSeparators(path), problem);
        return false;
    }
    // The log says that a summary left the case file, not whose: no client data in the log, and
    // not the file name either, which usually carries the client's name.
    m_logError = m_store.appendActivity(QStringLiteral("export.summary"),
                                           deidentified ? ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Exported a de-identified evidence summary"))
                                                        : ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Exported an evidence summary")));
    return true;
}

} // namespace rebuttal
