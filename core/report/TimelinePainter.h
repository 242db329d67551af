// Paints a client's case as swimlanes on any QPainter (a widget, a PDF page, an image, an SVG),
// and says what lies under a point, so the timeline view and the PDF summary draw the same picture.
#pragma once

#include "agreements/AgreementCheck.h"
#include "domain/CaseTimeline.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>

class QFontMetricsF;
class QPainter;
class QPaintDevice;

namespace rebuttal {

struct TimelineHit
{
    enum class Kind { None, Allegation, Event, Spell, Evidence, RelianceLink };

    Kind kind = Kind::None;
    // Allegation: index into client().allegations; Event, Evidence, RelianceLink: index into
    // client().events; Spell: index into CaseTimeline::spells().
    int index = -1;
    int evidenceIndex = -1;   // Evidence: index into the event's evidence list
    int allegationIndex = -1; // RelianceLink: the allegation the event relied on

    friend bool operator==(const TimelineHit &, const TimelineHit &) = default;
};

// The swimlanes, top to bottom.
enum class TimelineLane { Allegations, Custody, Family, Proceedings };

class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)

public:
    explicit TimelinePainter(const CaseTimeline &timeline);

    // The dates mapped to the left and right edges of the plot (zoom and pan). An invalid or
    // empty range goes back to the default: the whole case with a margin either side.
    void setVisibleRange(QDate from, QDate to);
    QDate visibleFrom() const { return m_from; }
    QDate visibleTo() const { return m_to; }

    // The case's extent: allegations asserted and disclosed, events, and the as-of date when a
    // spell is still open. Invalid when the case has no dated item at all.
    QDate firstDate() const { return m_first; }
    QDate lastDate() const { return m_last; }

    // The font everything is measured from: marker sizes, line widths and lane heights follow
    // it, so the same picture comes out on a 96 dpi screen and a 1200 dpi PDF page.
    void setFont(const QFont &font) { m_font = font; }
    QFont font() const { return m_font; }
    // No names are painted in either mode; de-identified tool tips also leave out free text
    // (event details, the allegation's own notes), which may name people.
    void setDeidentified(bool deidentified) { m_deidentified = deidentified; }

    // The agreement check's flags (AgreementCheck): an event a flag names is ringed, and its tool
    // tip names the rules. Flags of other clients, or naming no event, are ignored.
    void setFlags(const QList<AgreementFlag> &flags);
    // The rules flagged on event `eventIndex` (an index into client().events), in the flags' order.
    QList<FlagRule> flagsOf(int eventIndex) const { return m_flags.value(eventIndex); }

    void paint(QPainter *painter, const QRectF &rect) const;
    // What is drawn at `point` when painted into `rect` (on the screen's font metrics).
    TimelineHit hitTest(const QPointF &point, const QRectF &rect) const;
    // Where an item is drawn when painted into `rect` (the marker, glyph or bar; a link's
    // bounding box); empty when it is not drawn. For keyboard focus, scrolling to an item, tests.
    QRectF boundsOf(const TimelineHit &hit, const QRectF &rect) const;
    // The x coordinate of a day when painted into `rect`.
    qreal xOf(QDate date, const QRectF &rect) const;
    // Translated, human text for an item: date as given, type, detail, relied-on allegations,
    // citations. Empty for Kind::None.
    QString toolTip(const TimelineHit &hit) const;

    // The height at which nothing is squeezed, for a given font, in the units of `device`
    // (the screen's when null).
    static qreal preferredHeight(const CaseTimeline &timeline, const QFont &font, const QPaintDevice *device = nullptr);

    // Which lane an event type sits in (see the .cpp for the reasoning).
    static TimelineLane laneOf(EventType type);
    static QString laneTitle(TimelineLane lane);

    const CaseTimeline &timeline() const { return m_timeline; }

private:
    struct Layout;
    struct EventShape;
    Layout layout(const QRectF &rect, const QPaintDevice *device) const;
    void layoutAllegations(Layout &l, const QFontMetricsF &smallMetrics) const;
    void layoutSpells(Layout &l) const;
    void layoutEvents(Layout &l, const QFontMetricsF &smallMetrics) const;
    void placeEventMarker(const Layout &l, EventShape &shape, const CaseEvent &event) const;
    void placeEventLabel(const Layout &l, EventShape &shape, int orderIndex, const QFontMetricsF &smallMetrics,
                         QList<qreal> &ends, int rows) const;
    void linkReliance(Layout &l, const EventShape &shape, const CaseEvent &event) const;
    void paintLanesAndAxis(QPainter *painter, const Layout &l) const;
    void paintSpells(QPainter *painter, const Layout &l) const;
    void paintAllegations(QPainter *painter, const Layout &l) const;
    void paintEvents(QPainter *painter, const Layout &l) const;
    QString allegationLabel(int index) const;
    QString allegationName(int index) const;
    static QString dateText(const PartialDate &date);
    QString allegationToolTip(const Allegation &allegation) const;
    QString eventToolTip(const TimelineHit &hit) const; // an event, a citation on it, or a reliance link to it
    QString spellToolTip(const CaseSpell &spell) const;

    CaseTimeline m_timeline;
    QDate m_first;
    QDate m_last;
    QDate m_from;
    QDate m_to;
    QFont m_font;
    bool m_deidentified = false;
    QHash<int, QList<FlagRule>> m_flags; // event index -> its flags' rules
};

} // namespace rebuttal
