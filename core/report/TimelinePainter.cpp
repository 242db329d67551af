#include "TimelinePainter.h"


#include <QFontMetricsF>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>

namespace rebuttal {

namespace {

// Okabe-Ito colours (as ui/ExemptionPalette): distinguishable with the common colour-vision
// deficiencies, and each lane also differs in marker shape so the print survives greyscale.
const QColor kAllegationColor(0xD5, 0x5E, 0x00); // vermillion
const QColor kCustodyColor(0x00, 0x72, 0xB2);    // blue
const QColor kFamilyColor(0xCC, 0x79, 0xA7);     // reddish purple
const QColor kProceedingsColor(0x00, 0x9E, 0x73); // bluish green
const QColor kRelianceColor(0xE6, 0x9F, 0x00);   // orange
const QColor kTextColor(0x22, 0x22, 0x22);
const QColor kGridColor(0xD8, 0xD8, 0xD8);
const QColor kLaneShade(0xF4, 0xF4, 0xF4);
// A flagged decision's ring: dark red, apart from every lane colour and dark enough for greyscale.
const QColor kFlagColor(0xA5, 0x00, 0x26);

constexpr TimelineLane kLanes[] = {TimelineLane::Allegations, TimelineLane::Custody, TimelineLane::Family,
                                   TimelineLane::Proceedings};

QColor laneColor(TimelineLane lane)
{
    switch (lane) {
    case TimelineLane::Allegations: return kAllegationColor;
    case TimelineLane::Custody: return kCustodyColor;
    case TimelineLane::Family: return kFamilyColor;
    case TimelineLane::Proceedings: return kProceedingsColor;
    }
    return kTextColor;
}

// Heights in multiples of the font's line height: one marker row, then staggered label rows.
constexpr qreal kAllegationRow = 1.5;
constexpr qreal kMarkerRow = 1.5;
constexpr qreal kLabelRow = 1.15;
constexpr qreal kLanePadding = 0.35;
constexpr qreal kAxisHeight = 1.9;

int labelRowsFor(int events)
{
    return std::clamp(events, 1, 3);
}

// Lane heights in line heights, from the records alone (so preferredHeight needs no width).
QList<qreal> laneUnits(const CaseTimeline &timeline)
{
    int counts[4] = {0, 0, 0, 0};
    for (const CaseEvent &event : timeline.client().events)
        ++counts[int(TimelinePainter::laneOf(event.type))];
    QList<qreal> units;
    for (TimelineLane lane : kLanes) {
        if (lane == TimelineLane::Allegations)
            units << std::max<qsizetype>(1, timeline.client().allegations.size()) * kAllegationRow + 2 * kLanePadding;
        else
            units << kMarkerRow + labelRowsFor(counts[int(lane)]) * kLabelRow + 2 * kLanePadding;
    }
    return units;
}

double dayNumber(QDate date)
{
    return double(date.toJulianDay());
}

QFont smallerFont(const QFont &font, qreal factor)
{
    QFont smaller = font;
    if (font.pointSizeF() > 0)
        smaller.setPointSizeF(font.pointSizeF() * factor);
    else
        smaller.setPixelSize(std::max(1, int(std::lround(font.pixelSize() * factor))));
    return smaller;
}

// A small sheet of paper with a folded corner: "this event cites production pages".
QPainterPath documentGlyph(const QRectF &r)
{
    const qreal fold = r.width() * 0.35;
    QPainterPath path;
    path.moveTo(r.topLeft());
    path.lineTo(r.right() - fold, r.top());
    path.lineTo(r.right(), r.top() + fold);
    path.lineTo(r.bottomRight());
    path.lineTo(r.bottomLeft());
    path.closeSubpath();
    path.moveTo(r.right() - fold, r.top());
    path.lineTo(r.right() - fold, r.top() + fold);
    path.lineTo(r.right(), r.top() + fold);
    return path;
}

// Marker outline per lane: shapes differ as well as colours.
QPainterPath markerPath(TimelineLane lane, const QPointF &c, qreal r)
{
    QPainterPath path;
    switch (lane) {
    case TimelineLane::Allegations:
        path.moveTo(c.x(), c.y() - r * 1.15);
        path.lineTo(c.x() + r * 1.15, c.y());
        path.lineTo(c.x(), c.y() + r * 1.15);
        path.lineTo(c.x() - r * 1.15, c.y());
        path.closeSubpath();
        break;
    case TimelineLane::Custody:
        path.addRect(QRectF(c.x() - r * 0.9, c.y() - r * 0.9, r * 1.8, r * 1.8));
        break;
    case TimelineLane::Family:
        path.moveTo(c.x(), c.y() - r * 1.1);
        path.lineTo(c.x() + r * 1.05, c.y() + r * 0.8);
        path.lineTo(c.x() - r * 1.05, c.y() + r * 0.8);
        path.closeSubpath();
        break;
    case TimelineLane::Proceedings:
        path.addEllipse(c, r, r);
        break;
    }
    return path;
}

struct Tick
{
    QDate date;
    QString label;
};

} // namespace

struct TimelinePainter::EventShape
{
    int index = -1;
    TimelineLane lane = TimelineLane::Proceedings;
    QPointF center;
    QPainterPath marker;
    QRectF period; // a month or year known only as such: the stretch it may fall in
    QRectF label;
    QString text;
    QList<QRectF> glyphs;
    int moreGlyphs = 0;
};

// Everything paint() draws and hitTest() finds, computed once from the rect and font metrics so
// the two can never disagree.
struct TimelinePainter::Layout
{
    struct LaneBox
    {
        TimelineLane lane;
        QRectF rect;
        QRectF titleRect;
    };
    struct AllegationShape
    {
        int index = -1;
        QPointF asserted;
        bool hasAsserted = false;
        qreal disclosedX = 0;
        bool hasDisclosed = false;
        bool undisclosed = false; // never disclosed: the line runs on to the as-of date
        qreal lineEndX = 0;
        QPainterPath marker;
        QRectF label;
        QString text;
    };
    using EventShape = TimelinePainter::EventShape;
    struct SpellShape
    {
        int index = -1;
        QRectF bar;
    };
    struct LinkShape
    {
        int event = -1;
        int allegation = -1;
        QPainterPath path;
    };

    QRectF rect;
    QRectF plot;
    QRectF axis;
    qreal line = 10;   // the font's line height on this device
    qreal radius = 4;  // marker radius
    qreal pen = 1;     // line width
    QFont font;
    QFont small;
    QList<LaneBox> lanes;
    QList<Tick> ticks;
    QList<AllegationShape> allegations;
    QList<EventShape> events;
    QList<SpellShape> spells;
    QList<LinkShape> links;
    qreal asOfX = 0;
    qreal scale = 1; // one lane unit, after sharing out the height

    qreal xOf(QDate date, QDate from, QDate to) const
    {
        const double span = std::max(1.0, dayNumber(to) - dayNumber(from));
        return plot.left() + (dayNumber(date) - dayNumber(from)) / span * plot.width();
    }
};

TimelinePainter::TimelinePainter(const CaseTimeline &timeline)
    : m_timeline(timeline)
{
    auto extend = [this](QDate date) {
        if (!date.isValid())
            return;
        if (!m_first.isValid() || date < m_first)
            m_first = date;
        if (!m_last.isValid() || date > m_last)
            m_last = date;
    };
    const Client &client = m_timeline.client();
    for (const Allegation &allegation : client.allegations) {
        extend(allegation.assertedOn.firstDay());
        extend(allegation.disclosedOn.firstDay());
        // An allegation never disclosed is still being held back as of today.
        if (allegation.assertedOn.isValid() && !allegation.disclosedOn.isValid())
            extend(m_timeline.asOf());
    }
    for (const CaseEvent &event : client.events)
        extend(event.date.firstDay());
    for (const CaseSpell &spell : m_timeline.spells()) {
        extend(spell.start);
        extend(spell.end);
    }
    setVisibleRange({}, {});
}

void TimelinePainter::setVisibleRange(QDate from, QDate to)
{
    if (from.isValid() && to.isValid() && from < to) {
        m_from = from;
        m_to = to;
        return;
    }
    if (!m_first.isValid()) {
        const QDate anchor = m_timeline.asOf().isValid() ? m_timeline.asOf() : QDate::currentDate();
        m_from = anchor.addDays(-30);
        m_to = anchor.addDays(30);
        return;
    }
    // A margin either side so the first and last markers and their labels are not cut in half.
    const qint64 span = m_first.daysTo(m_last);
    const qint64 margin = std::max<qint64>(7, span / 25);
    m_from = m_first.addDays(-margin);
    m_to = m_last.addDays(margin + span / 12); // labels run to the right of their markers
}

// Lanes: Allegations holds the allegations themselves (asserted -> disclosed). Custody holds
// what decides whether the person is locked up: encounter, detention, bond, parole, solitary,
// release and removal, with the detention spells. Family holds separation and reunification
// with the separation spells. Proceedings holds the legal process and the fight over the
// allegation: credible fear, asylum, bars, CAT, appeals, prosecutorial discretion, Red Notice
// actions and rebuttal evidence.
TimelineLane TimelinePainter::laneOf(EventType type)
{
    switch (type) {
    case EventType::Encounter:
    case EventType::Apprehension:
    case EventType::DetentionStart:
    case EventType::Release:
    case EventType::Removal:
    case EventType::BondHearing:
    case EventType::BondDenied:
    case EventType::BondGranted:
    case EventType::ParoleDenied:
    case EventType::SolitaryStart:
    case EventType::SolitaryEnd:
        return TimelineLane::Custody;
    case EventType::Separation:
    case EventType::Reunification:
        return TimelineLane::Family;
    default:
        return TimelineLane::Proceedings;
    }
}

QString TimelinePainter::laneTitle(TimelineLane lane)
{
    switch (lane) {
    case TimelineLane::Allegations: return tr("Allegations");
    case TimelineLane::Custody: return tr("Custody");
    case TimelineLane::Family: return tr("Family");
    case TimelineLane::Proceedings: return tr("Proceedings");
    }
    return {};
}

qreal TimelinePainter::preferredHeight(const CaseTimeline &timeline, const QFont &font, const QPaintDevice *device)
{
    const qreal line = device ? QFontMetricsF(font, const_cast<QPaintDevice *>(device)).height() : QFontMetricsF(font).height();
    qreal units = kAxisHeight + 0.4;
    for (qreal lane : laneUnits(timeline))
        units += lane;
    return std::ceil(units * line);
}

QString TimelinePainter::allegationName(int index) const
{
    const Allegation &a = m_timeline.client().allegations.at(index);
    return tr("%1 (%2, %3)").arg(a.ref, shortName(a.source), displayName(a.kind));
}

QString TimelinePainter::allegationLabel(int index) const
{
    const Allegation &a = m_timeline.client().allegations.at(index);
    if (const std::optional<int> delay = CaseTimeline::disclosureDelayDays(a))
        return tr("%1 %2 · days to disclosure: %3").arg(a.ref, shortName(a.source)).arg(*delay);
    if (!a.disclosedOn.isValid())
        return tr("%1 %2: not disclosed").arg(a.ref, shortName(a.source));
    return tr("%1 %2").arg(a.ref, shortName(a.source));
}

namespace {

QList<Tick> ticksFor(QDate from, QDate to, qreal width, const QFontMetricsF &metrics)
{
    const QLocale locale;
    const double span = std::max(1.0, dayNumber(to) - dayNumber(from));
    const double pixelsPerDay = width / span;
    const qreal gap = metrics.height();
    struct Step
    {
        enum Unit { Day, Month, Year } unit;
        int count;
    };
    const Step steps[] = {{Step::Day, 1},   {Step::Day, 2},    {Step::Day, 7},    {Step::Day, 14},  {Step::Month, 1},
                          {Step::Month, 2}, {Step::Month, 3},  {Step::Month, 6},  {Step::Year, 1},  {Step::Year, 2},
                          {Step::Year, 5},  {Step::Year, 10},  {Step::Year, 25},  {Step::Year, 50}, {Step::Year, 100}};
    const QString dayFormat = QStringLiteral("d MMM");
    const QString monthFormat = QStringLiteral("MMM yyyy");
    const QString yearFormat = QStringLiteral("yyyy");
    const QDate sample(2000, 9, 28);
    Step chosen = steps[std::size(steps) - 1];
    for (const Step &step : steps) {
        const double days = step.unit == Step::Day ? step.count : step.unit == Step::Month ? step.count * 30.44 : step.count * 365.25;
        const QString &format = step.unit == Step::Day ? dayFormat : step.unit == Step::Month ? monthFormat : yearFormat;
        if (days * pixelsPerDay >= metrics.horizontalAdvance(locale.toString(sample, format)) + gap) {
            chosen = step;
            break;
        }
    }
    QList<Tick> ticks;
    QDate date;
    switch (chosen.unit) {
    case Step::Day:
        date = from;
        if (chosen.count == 7 || chosen.count == 14)
            date = date.addDays((8 - date.dayOfWeek()) % 7); // weeks start on Monday
        for (; date <= to; date = date.addDays(chosen.count))
            ticks << Tick{date, locale.toString(date, dayFormat)};
        break;
    case Step::Month:
        date = QDate(from.year(), from.month(), 1);
        if (date < from)
            date = date.addMonths(1);
        while ((date.month() - 1) % chosen.count != 0)
            date = date.addMonths(1);
        for (; date <= to; date = date.addMonths(chosen.count))
            ticks << Tick{date, locale.toString(date, monthFormat)};
        break;
    case Step::Year:
        date = QDate(from.year(), 1, 1);
        if (date < from)
            date = date.addYears(1);
        while (date.year() % chosen.count != 0)
            date = date.addYears(1);
        for (; date <= to; date = date.addYears(chosen.count))
            ticks << Tick{date, locale.toString(date, yearFormat)};
        break;
    }
    return ticks;
}

} // namespace

TimelinePainter::Layout TimelinePainter::layout(const QRectF &rect, const QPaintDevice *device) const
{
    Layout l;
    l.rect = rect;
    l.font = m_font;
    l.small = smallerFont(m_font, 0.85);
    const QFontMetricsF metrics = device ? QFontMetricsF(l.font, const_cast<QPaintDevice *>(device)) : QFontMetricsF(l.font);
    const QFontMetricsF smallMetrics = device ? QFontMetricsF(l.small, const_cast<QPaintDevice *>(device))
                                              : QFontMetricsF(l.small);
    l.line = metrics.height();
    l.radius = l.line * 0.32;
    l.pen = std::max<qreal>(l.line / 14.0, 0.5);

    // Lane titles in a gutter on the left, the date axis along the bottom.
    qreal gutter = 0;
    for (TimelineLane lane : kLanes)
        gutter = std::max(gutter, metrics.horizontalAdvance(laneTitle(lane)));
    gutter += l.line * 0.8;
    const qreal axisHeight = kAxisHeight * l.line;
    l.plot = QRectF(rect.left() + gutter, rect.top(), std::max<qreal>(1, rect.width() - gutter - l.line * 0.3),
                    std::max<qreal>(1, rect.height() - axisHeight));
    l.axis = QRectF(l.plot.left(), l.plot.bottom(), l.plot.width(), axisHeight);

    const QList<qreal> units = laneUnits(m_timeline);
    qreal totalUnits = 0;
    for (qreal u : units)
        totalUnits += u;
    // Extra height is shared out; too little squeezes the lanes rather than spilling out of rect.
    const qreal unit = l.plot.height() / totalUnits;
    qreal y = l.plot.top();
    for (int i = 0; i < 4; ++i) {
        const qreal h = units.at(i) * unit;
        l.lanes << Layout::LaneBox{kLanes[i], QRectF(rect.left(), y, l.plot.right() - rect.left(), h),
                                   QRectF(rect.left() + l.line * 0.2, y, gutter - l.line * 0.4, h)};
        y += h;
    }
    l.scale = unit; // one "line" of the lane units, after sharing out
    l.asOfX = l.xOf(m_timeline.asOf(), m_from, m_to);
    l.ticks = ticksFor(m_from, m_to, l.plot.width(), smallMetrics);
    layoutAllegations(l, smallMetrics);
    layoutSpells(l);
    layoutEvents(l, smallMetrics);
    return l;
}

// Allegations: one row each, a diamond at asserted_on, a line to disclosed_on.
void TimelinePainter::layoutAllegations(Layout &l, const QFontMetricsF &smallMetrics) const
{
    const qreal scale = l.scale;
    auto x = [&](QDate date) { return l.xOf(date, m_from, m_to); };
    const Client &client = m_timeline.client();
    const QRectF allegationLane = l.lanes.at(0).rect;
    for (int i = 0; i < client.allegations.size(); ++i) {
        const Allegation &a = client.allegations.at(i);
        Layout::AllegationShape shape;
        shape.index = i;
        const qreal rowY = allegationLane.top() + (kLanePadding + kAllegationRow * (i + 0.5)) * scale;
        shape.hasAsserted = a.assertedOn.isValid();
        shape.hasDisclosed = a.disclosedOn.isValid();
        if (!shape.hasAsserted && !shape.hasDisclosed)
            continue;
        const qreal startX = x(shape.hasAsserted ? a.assertedOn.firstDay() : a.disclosedOn.firstDay());
        shape.asserted = QPointF(startX, rowY);
        shape.disclosedX = shape.hasDisclosed ? x(a.disclosedOn.firstDay()) : startX;
        shape.undisclosed = shape.hasAsserted && !shape.hasDisclosed;
        shape.lineEndX = shape.undisclosed ? std::max(startX, l.asOfX) : shape.disclosedX;
        shape.marker = markerPath(TimelineLane::Allegations, shape.asserted, l.radius);
        shape.text = allegationLabel(i);
        const qreal textWidth = smallMetrics.horizontalAdvance(shape.text);
        const qreal after = std::max(shape.lineEndX, startX) + l.radius * 2;
        const qreal h = smallMetrics.height();
        if (after + textWidth <= l.plot.right())
            shape.label = QRectF(after, rowY - h / 2, textWidth, h);
        else if (startX - l.radius * 2 - textWidth >= l.plot.left())
            shape.label = QRectF(startX - l.radius * 2 - textWidth, rowY - h / 2, textWidth, h);
        else // on top of the line, where there is room left
            shape.label = QRectF(std::max(l.plot.left(), startX + l.radius * 2), rowY - h * 1.05,
                                 std::max<qreal>(0, l.plot.right() - std::max(l.plot.left(), startX + l.radius * 2)), h);
        l.allegations << shape;
    }
}

// Spells: bars on the marker row of their lane.
void TimelinePainter::layoutSpells(Layout &l) const
{
    const qreal scale = l.scale;
    auto x = [&](QDate date) { return l.xOf(date, m_from, m_to); };
    for (int i = 0; i < m_timeline.spells().size(); ++i) {
        const CaseSpell &spell = m_timeline.spells().at(i);
        const Layout::LaneBox &lane = l.lanes.at(spell.kind == CaseSpell::Kind::Detention ? 1 : 2);
        const qreal rowY = lane.rect.top() + (kLanePadding + kMarkerRow / 2) * scale;
        const qreal h = l.radius * 1.5;
        const qreal x0 = x(spell.start);
        const qreal x1 = std::max(x(spell.end), x0 + l.pen * 2); // a same-day spell stays visible
        l.spells << Layout::SpellShape{i, QRectF(x0, rowY - h / 2, x1 - x0, h)};
    }
}

// Events: markers on their lane's marker row; labels staggered over the label rows so they
// never overlap (elided, or left to the tool tip, when a row has no room).
void TimelinePainter::layoutEvents(Layout &l, const QFontMetricsF &smallMetrics) const
{
    const Client &client = m_timeline.client();
    QHash<int, QList<qreal>> rowEnds; // lane -> right edge of the last label in each row
    QHash<int, int> laneCounts;
    for (const CaseEvent &event : client.events)
        ++laneCounts[int(laneOf(event.type))];
    const QList<int> &order = m_timeline.eventOrder();
    for (int k = 0; k < order.size(); ++k) {
        const int index = order.at(k);
        const CaseEvent &event = client.events.at(index);
        Layout::EventShape shape;
        shape.index = index;
        shape.lane = laneOf(event.type);
        placeEventMarker(l, shape, event);
        placeEventLabel(l, shape, k, smallMetrics, rowEnds[int(shape.lane)], labelRowsFor(laneCounts.value(int(shape.lane))));
        l.events << shape;
        linkReliance(l, shape, event);
    }
}

void TimelinePainter::placeEventMarker(const Layout &l, Layout::EventShape &shape, const CaseEvent &event) const
{
    auto x = [&](QDate date) { return l.xOf(date, m_from, m_to); };
    const Layout::LaneBox &lane = l.lanes.at(int(shape.lane));
    const qreal rowY = lane.rect.top() + (kLanePadding + kMarkerRow / 2) * l.scale;
    // Markers of one lane that would overlap (same day, or days apart at this zoom) are set
    // side by side, so each can be seen and pointed at.
    qreal cx = x(event.date.firstDay());
    const auto lastInLane = std::find_if(l.events.crbegin(), l.events.crend(),
                                         [&](const Layout::EventShape &other) { return other.lane == shape.lane; });
    if (lastInLane != l.events.crend() && cx < lastInLane->center.x() + l.radius * 2.2)
        cx = lastInLane->center.x() + l.radius * 2.2;
    shape.center = QPointF(cx, rowY);
    shape.marker = markerPath(shape.lane, shape.center, l.radius);
    if (event.date.isValid() && event.date.precision() != PartialDate::Precision::Day) {
        const QDate first = event.date.firstDay();
        const QDate end = event.date.precision() == PartialDate::Precision::Month ? first.addMonths(1) : first.addYears(1);
        shape.period = QRectF(cx, rowY - l.radius * 1.6, std::max<qreal>(0, x(end) - cx), l.radius * 3.2);
    }
    // Evidence glyphs sit above-right of the marker, one per cited page (three at most).
    const qreal gw = l.radius * 1.25, gh = l.radius * 1.6;
    for (int e = 0; e < event.evidence.size() && e < 3; ++e)
        shape.glyphs << QRectF(cx + l.radius * 0.9 + e * gw * 0.55, rowY - l.radius * 0.9 - gh, gw, gh);
    shape.moreGlyphs = std::max<int>(0, int(event.evidence.size()) - 3);
}

// The label goes in the first label row free at the marker; when none is, in the one that frees
// up first, elided to the room up to the lane's next marker. `ends`: each row's last label edge.
void TimelinePainter::placeEventLabel(const Layout &l, Layout::EventShape &shape, int orderIndex,
                                  const QFontMetricsF &smallMetrics, QList<qreal> &ends, int rows) const
{
    auto x = [&](QDate date) { return l.xOf(date, m_from, m_to); };
    const Client &client = m_timeline.client();
    const QList<int> &order = m_timeline.eventOrder();
    const int k = orderIndex;
    const qreal scale = l.scale;
    const Layout::LaneBox &lane = l.lanes.at(int(shape.lane));
    const qreal cx = shape.center.x();
    if (ends.isEmpty())
        ends = QList<qreal>(rows, -1e12);
    const QString full = displayName(client.events.at(shape.index).type);
    const qreal textWidth = smallMetrics.horizontalAdvance(full);
    const qreal h = smallMetrics.height();
    const qreal gap = l.line * 0.4;
    const qreal labelTop = lane.rect.top() + (kLanePadding + kMarkerRow) * scale;
    // Left edge at the marker; near the right edge the label ends at the marker instead.
    qreal left = cx - l.radius * 0.5;
    if (left + textWidth > l.plot.right())
        left = std::max(l.plot.left(), cx + l.radius * 0.5 - textWidth);
    int row = -1;
    for (int r = 0; r < rows; ++r) {
        if (ends.at(r) + gap <= left) {
            row = r;
            break;
        }
    }
    QString text = full;
    qreal width = textWidth;
    if (row < 0) {
        // No free row: take the one that frees up first and elide to the room up to the next
        // marker of this lane.
        row = int(std::min_element(ends.cbegin(), ends.cend()) - ends.cbegin());
        left = std::max(cx - l.radius * 0.5, ends.at(row) + gap);
        qreal limit = l.plot.right();
        for (int n = k + 1; n < order.size(); ++n) {
            const CaseEvent &next = client.events.at(order.at(n));
            if (laneOf(next.type) == shape.lane && x(next.date.firstDay()) > left + gap) {
                limit = std::min(limit, x(next.date.firstDay()) - gap);
                break;
            }
        }
        text = smallMetrics.elidedText(full, Qt::ElideRight, std::max<qreal>(0, limit - left));
        width = smallMetrics.horizontalAdvance(text);
        if (text.size() < 4) // "B…" says nothing: leave it to the tool tip
            text.clear();
    }
    if (!text.isEmpty()) {
        shape.text = text;
        shape.label = QRectF(left, labelTop + row * kLabelRow * scale + (kLabelRow * scale - h) / 2, width, h);
        ends[row] = left + width;
    }
}

// Reliance: a curve from each allegation the event relied on down to the event.
void TimelinePainter::linkReliance(Layout &l, const Layout::EventShape &shape, const CaseEvent &event) const
{
    const Client &client = m_timeline.client();
    const qreal cx = shape.center.x();
    const int index = shape.index;
    for (const QString &ref : event.reliedOn) {
        for (const Layout::AllegationShape &a : std::as_const(l.allegations)) {
            if (client.allegations.at(a.index).ref != ref)
                continue;
            QPainterPath path(a.asserted);
            const qreal midY = (a.asserted.y() + shape.center.y()) / 2;
            path.cubicTo(QPointF(a.asserted.x(), midY), QPointF(cx, midY), shape.center);
            l.links << Layout::LinkShape{index, a.index, path};
        }
    }
}

void TimelinePainter::paint(QPainter *painter, const QRectF &rect) const
{
    const Layout l = layout(rect, painter->device());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    paintLanesAndAxis(painter, l);
    painter->setClipRect(l.plot.adjusted(-l.line * 0.2, 0, l.line * 0.2, 0));
    paintSpells(painter, l);
    // Reliance links under the markers.
    QColor link = kRelianceColor;
    link.setAlphaF(0.8);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(link, l.pen * 1.4));
    for (const auto &shape : l.links)
        painter->drawPath(shape.path);
    paintAllegations(painter, l);
    paintEvents(painter, l);
    painter->restore();
}

// Lanes shaded alternately and titled in the gutter; the grid and the date axis.
void TimelinePainter::paintLanesAndAxis(QPainter *painter, const Layout &l) const
{
    for (int i = 0; i < l.lanes.size(); ++i) {
        const auto &lane = l.lanes.at(i);
        if (i % 2 == 0)
            painter->fillRect(lane.rect, kLaneShade);
        painter->setFont(l.font);
        painter->setPen(laneColor(lane.lane).darker(130));
        painter->drawText(lane.titleRect, Qt::AlignLeft | Qt::AlignVCenter, laneTitle(lane.lane));
    }

    // Grid and axis.
    painter->setFont(l.small);
    const QFontMetricsF smallMetrics(l.small, painter->device());
    painter->setPen(QPen(kGridColor, l.pen));
    for (const Tick &tick : l.ticks) {
        const qreal tx = l.xOf(tick.date, m_from, m_to);
        painter->drawLine(QPointF(tx, l.plot.top()), QPointF(tx, l.plot.bottom()));
    }
    painter->setPen(QPen(kTextColor, l.pen));
    painter->drawLine(l.axis.topLeft(), l.axis.topRight());
    qreal lastLabelRight = -1e12;
    for (const Tick &tick : l.ticks) {
        const qreal tx = l.xOf(tick.date, m_from, m_to);
        painter->drawLine(QPointF(tx, l.axis.top()), QPointF(tx, l.axis.top() + l.line * 0.3));
        const qreal w = smallMetrics.horizontalAdvance(tick.label);
        const qreal left = std::clamp(tx - w / 2, l.rect.left(), l.rect.right() - w);
        if (left < lastLabelRight + l.line * 0.3)
            continue;
        painter->drawText(QRectF(left, l.axis.top() + l.line * 0.4, w, smallMetrics.height()), Qt::AlignCenter, tick.label);
        lastLabelRight = left + w;
    }
}

// The as-of date when the case runs up to it, and the spells: solid while closed; open ones
// hatched and fading out towards the as-of date.
void TimelinePainter::paintSpells(QPainter *painter, const Layout &l) const
{
    const bool anyOpen = std::any_of(m_timeline.spells().cbegin(), m_timeline.spells().cend(),
                                     [](const CaseSpell &s) { return s.isOpen(); });
    if (anyOpen && l.asOfX >= l.plot.left() && l.asOfX <= l.plot.right()) {
        painter->setPen(QPen(kTextColor, l.pen, Qt::DashLine));
        // Only across the lanes with spells: allegation labels may run past the as-of date.
        painter->drawLine(QPointF(l.asOfX, l.lanes.at(1).rect.top()), QPointF(l.asOfX, l.lanes.at(2).rect.bottom()));
    }

    for (const auto &shape : l.spells) {
        const CaseSpell &spell = m_timeline.spells().at(shape.index);
        const QColor color = spell.kind == CaseSpell::Kind::Detention ? kCustodyColor : kFamilyColor;
        QColor fill = color;
        fill.setAlphaF(0.45);
        if (spell.isOpen()) {
            QLinearGradient fade(shape.bar.topLeft(), shape.bar.topRight());
            QColor end = fill;
            end.setAlphaF(0.08);
            fade.setColorAt(0, fill);
            fade.setColorAt(0.6, fill);
            fade.setColorAt(1, end);
            painter->fillRect(shape.bar, fade);
            QBrush hatch(color, Qt::BDiagPattern);
            // Pattern brushes are in device pixels: scale the hatching with the line height.
            hatch.setTransform(QTransform::fromScale(l.line / 12.0, l.line / 12.0));
            painter->fillRect(shape.bar, hatch);
            painter->setPen(QPen(color, l.pen, Qt::DashLine));
            painter->drawLine(shape.bar.topLeft(), shape.bar.topRight());
            painter->drawLine(shape.bar.bottomLeft(), shape.bar.bottomRight());
        } else {
            painter->fillRect(shape.bar, fill);
            painter->setPen(QPen(color, l.pen));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(shape.bar);
        }
    }

}

// Allegations: asserted (diamond) -> disclosed (bar), dotted on to the as-of date when the
// government has still not disclosed it.
void TimelinePainter::paintAllegations(QPainter *painter, const Layout &l) const
{
    for (const auto &shape : l.allegations) {
        const QPointF end(shape.lineEndX, shape.asserted.y());
        if (shape.undisclosed) {
            painter->setPen(QPen(kAllegationColor, l.pen * 1.6, Qt::DotLine));
            painter->drawLine(shape.asserted, end);
        } else if (shape.hasAsserted && shape.hasDisclosed) {
            painter->setPen(QPen(kAllegationColor, l.pen * 1.6));
            painter->drawLine(shape.asserted, end);
            painter->drawLine(QPointF(end.x(), end.y() - l.radius), QPointF(end.x(), end.y() + l.radius));
        }
        painter->setPen(QPen(Qt::white, l.pen));
        painter->setBrush(kAllegationColor);
        painter->drawPath(shape.marker);
        if (!shape.label.isEmpty()) {
            painter->setPen(kTextColor);
            painter->drawText(shape.label, Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetricsF(l.small, painter->device()).elidedText(shape.text, Qt::ElideRight, shape.label.width() + 1));
        }
    }

}

// Events, their date spans when only a month or year is known, labels and evidence glyphs.
void TimelinePainter::paintEvents(QPainter *painter, const Layout &l) const
{
    for (const auto &shape : l.events) {
        const QColor color = laneColor(shape.lane);
        if (m_flags.contains(shape.index)) {
            // A ring around the marker: the agreement check flagged this decision.
            painter->setPen(QPen(kFlagColor, l.pen * 2.2));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(shape.center, l.radius * 1.75, l.radius * 1.75);
        }
        if (!shape.period.isEmpty()) {
            QColor span = color;
            span.setAlphaF(0.18);
            painter->fillRect(shape.period, span);
        }
        const bool partial = !shape.period.isEmpty();
        painter->setPen(QPen(partial ? color : QColor(Qt::white), l.pen * (partial ? 1.5 : 1)));
        painter->setBrush(partial ? QBrush(Qt::white) : QBrush(color));
        painter->drawPath(shape.marker);
        if (!shape.text.isEmpty()) {
            painter->setPen(kTextColor);
            painter->drawText(shape.label, Qt::AlignLeft | Qt::AlignVCenter, shape.text);
        }
        for (const QRectF &glyph : shape.glyphs) {
            painter->setPen(QPen(kTextColor, l.pen));
            painter->setBrush(Qt::white);
            painter->drawPath(documentGlyph(glyph));
        }
        if (shape.moreGlyphs > 0 && !shape.glyphs.isEmpty()) {
            painter->setPen(kTextColor);
            const QRectF last = shape.glyphs.last();
            painter->drawText(QPointF(last.right() + l.pen * 2, last.bottom()), tr("+%1").arg(shape.moreGlyphs));
        }
    }
}

TimelineHit TimelinePainter::hitTest(const QPointF &point, const QRectF &rect) const
{
    const Layout l = layout(rect, nullptr);
    if (!l.plot.adjusted(-l.line * 0.2, 0, l.line * 0.2, 0).contains(point))
        return {};
    const qreal slop = l.radius * 0.6;
    auto near = [&](const QRectF &r) { return r.adjusted(-slop, -slop, slop, slop).contains(point); };
    // Smallest and topmost first: glyphs, markers, labels, then bars and lines.
    for (const auto &shape : l.events) {
        for (int g = 0; g < shape.glyphs.size(); ++g) {
            if (shape.glyphs.at(g).contains(point))
                return {TimelineHit::Kind::Evidence, shape.index, g, -1};
        }
    }
    for (const auto &shape : l.events) {
        if (near(shape.marker.boundingRect()))
            return {TimelineHit::Kind::Event, shape.index, -1, -1};
    }
    for (const auto &shape : l.allegations) {
        if (near(shape.marker.boundingRect()))
            return {TimelineHit::Kind::Allegation, shape.index, -1, -1};
    }
    for (const auto &shape : l.events) {
        if (!shape.text.isEmpty() && shape.label.contains(point))
            return {TimelineHit::Kind::Event, shape.index, -1, -1};
    }
    for (const auto &shape : l.allegations) {
        const QRectF line = QRectF(QPointF(std::min(shape.asserted.x(), shape.lineEndX), shape.asserted.y() - slop),
                                   QPointF(std::max(shape.asserted.x(), shape.lineEndX), shape.asserted.y() + slop));
        if (shape.label.contains(point) || line.contains(point))
            return {TimelineHit::Kind::Allegation, shape.index, -1, -1};
    }
    for (const auto &shape : l.spells) {
        if (shape.bar.contains(point))
            return {TimelineHit::Kind::Spell, shape.index, -1, -1};
    }
    QPainterPathStroker stroker;
    stroker.setWidth(l.radius);
    for (const auto &shape : l.links) {
        if (stroker.createStroke(shape.path).contains(point))
            return {TimelineHit::Kind::RelianceLink, shape.event, -1, shape.allegation};
    }
    return {};
}

QRectF TimelinePainter::boundsOf(const TimelineHit &hit, const QRectF &rect) const
{
    const Layout l = layout(rect, nullptr);
    switch (hit.kind) {
    case TimelineHit::Kind::None:
        return {};
    case TimelineHit::Kind::Allegation:
        for (const auto &shape : l.allegations) {
            if (shape.index == hit.index)
                return shape.marker.boundingRect();
        }
        return {};
    case TimelineHit::Kind::Event:
    case TimelineHit::Kind::Evidence:
        for (const auto &shape : l.events) {
            if (shape.index != hit.index)
                continue;
            if (hit.kind == TimelineHit::Kind::Event)
                return shape.marker.boundingRect();
            return hit.evidenceIndex >= 0 && hit.evidenceIndex < shape.glyphs.size() ? shape.glyphs.at(hit.evidenceIndex) : QRectF();
        }
        return {};
    case TimelineHit::Kind::Spell:
        for (const auto &shape : l.spells) {
            if (shape.index == hit.index)
                return shape.bar;
        }
        return {};
    case TimelineHit::Kind::RelianceLink:
        for (const auto &shape : l.links) {
            if (shape.event == hit.index && shape.allegation == hit.allegationIndex)
                return shape.path.boundingRect();
        }
        return {};
    }
    return {};
}

qreal TimelinePainter::xOf(QDate date, const QRectF &rect) const
{
    return layout(rect, nullptr).xOf(date, m_from, m_to);
}

void TimelinePainter::setFlags(const QList<AgreementFlag> &flags)
{
    m_flags.clear();
    const Client &client = m_timeline.client();
    for (const AgreementFlag &flag : flags) {
        if (flag.event.isEmpty() || flag.client != client.ref)
            continue;
        for (int i = 0; i < client.events.size(); ++i) {
            if (client.events.at(i).ref == flag.event && !m_flags.value(i).contains(flag.rule))
                m_flags[i] << flag.rule;
        }
    }
}

QString TimelinePainter::toolTip(const TimelineHit &hit) const
{
    const Client &client = m_timeline.client();
    switch (hit.kind) {
    case TimelineHit::Kind::None:
        return {};
    case TimelineHit::Kind::Allegation:
        if (hit.index < 0 || hit.index >= client.allegations.size())
            return {};
        return allegationToolTip(client.allegations.at(hit.index));
    case TimelineHit::Kind::Event:
    case TimelineHit::Kind::Evidence:
    case TimelineHit::Kind::RelianceLink:
        if (hit.index < 0 || hit.index >= client.events.size())
            return {};
        return eventToolTip(hit);
    case TimelineHit::Kind::Spell:
        if (hit.index < 0 || hit.index >= m_timeline.spells().size())
            return {};
        return spellToolTip(m_timeline.spells().at(hit.index));
    }
    return {};
}

QString TimelinePainter::dateText(const PartialDate &date)
{
    return date.isValid() ? date.toString() : tr("date unknown");
}

QString TimelinePainter::allegationToolTip(const Allegation &a) const
{
    QStringList lines;
    lines << tr("%1: %2, %3").arg(a.ref, displayName(a.source), displayName(a.kind));
    if (!a.origin.isEmpty() || !a.originCountry.isEmpty())
        lines << tr("From: %1").arg(a.origin.isEmpty() || a.originCountry.isEmpty()
                                        ? QString(a.origin + a.originCountry)
                                        : QString(a.origin + QStringLiteral(", ") + a.originCountry));
    lines << tr("Asserted on: %1").arg(dateText(a.assertedOn));
    lines << tr("Disclosed to counsel on: %1").arg(a.disclosedOn.isValid() ? a.disclosedOn.toString() : tr("not yet disclosed"));
    if (const std::optional<int> delay = CaseTimeline::disclosureDelayDays(a))
        lines << tr("Disclosure delay: %n day(s)", nullptr, *delay);
    if (a.status)
        lines << tr("Status: %1").arg(displayName(*a.status));
    if (!m_deidentified && !a.detail.isEmpty())
        lines << a.detail;
    return lines.join(QLatin1Char('\n'));
}

QString TimelinePainter::eventToolTip(const TimelineHit &hit) const
{
    const Client &client = m_timeline.client();
    const CaseEvent &e = client.events.at(hit.index);
    QStringList lines;
    lines << tr("%1: %2").arg(dateText(e.date), displayName(e.type));
    if (hit.kind == TimelineHit::Kind::RelianceLink) {
        if (hit.allegationIndex >= 0 && hit.allegationIndex < client.allegations.size())
            lines << tr("Relied on %1").arg(allegationName(hit.allegationIndex));
        return lines.join(QLatin1Char('\n'));
    }
    if (hit.kind == TimelineHit::Kind::Evidence) {
        if (hit.evidenceIndex < 0 || hit.evidenceIndex >= e.evidence.size())
            return {};
        const EvidenceCitation &c = e.evidence.at(hit.evidenceIndex);
        lines << (c.page > 0 ? tr("Evidence: %1, page %2").arg(c.document).arg(c.page) : tr("Evidence: %1").arg(c.document));
        return lines.join(QLatin1Char('\n'));
    }
    if (!m_deidentified && !e.detail.isEmpty())
        lines << e.detail;
    QStringList relied;
    for (const QString &ref : e.reliedOn) {
        const auto found = std::find_if(client.allegations.cbegin(), client.allegations.cend(),
                                        [&](const Allegation &a) { return a.ref == ref; });
        relied << (found == client.allegations.cend() ? ref : allegationName(int(found - client.allegations.cbegin())));
    }
    if (!relied.isEmpty())
        lines << tr("Relied on: %1").arg(relied.join(QStringLiteral("; ")));
    for (const FlagRule rule : m_flags.value(hit.index))
        lines << tr("Flagged: %1").arg(AgreementCheck::ruleDescription(rule));
    QStringList cited;
    for (const EvidenceCitation &c : e.evidence)
        cited << (c.page > 0 ? tr("%1, page %2").arg(c.document).arg(c.page) : c.document);
    if (!cited.isEmpty())
        lines << tr("Evidence: %1").arg(cited.join(QStringLiteral("; ")));
    return lines.join(QLatin1Char('\n'));
}

QString TimelinePainter::spellToolTip(const CaseSpell &s) const
{
    const Client &client = m_timeline.client();
    const QString start = client.events.at(s.startEvent).date.toString();
    const bool detention = s.kind == CaseSpell::Kind::Detention;
    if (s.isOpen()) {
        return (detention ? tr("Detained since %1: %n day(s) as of %2", nullptr, s.days())
                          : tr("Separated since %1: %n day(s) as of %2", nullptr, s.days()))
            .arg(start, s.end.toString(Qt::ISODate));
    }
    const QString end = client.events.at(s.endEvent).date.toString();
    return (detention ? tr("Detained from %1 to %2: %n day(s)", nullptr, s.days())
                      : tr("Separated from %1 to %2: %n day(s)", nullptr, s.days()))
        .arg(start, end);
}

} // namespace rebuttal
