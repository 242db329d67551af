// The timeline painter: the case's extent, what hitTest finds where things are drawn, zoom, and
// a picture that is actually painted (into a QImage, as the PDF and the view paint it).
#include "domain/CaseTimeline.h"
#include "report/TimelinePainter.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace rebuttal;

namespace {

PartialDate day(const char *text)
{
    return PartialDate::fromString(QString::fromLatin1(text));
}

CaseEvent event(const char *ref, EventType type, const char *date, QStringList reliedOn = {},
                QList<EvidenceCitation> evidence = {})
{
    CaseEvent e;
    e.ref = QString::fromLatin1(ref);
    e.type = type;
    e.date = day(date);
    e.reliedOn = reliedOn;
    e.evidence = evidence;
    return e;
}

// Indexes into events: 0 apprehension, 1 detained, 2 bond denied, 3 separated, 4 reunified,
// 5 asylum denied (month only). Detention stays open; AL2 was never disclosed.
Client fixtureClient()
{
    Client c;
    c.ref = QStringLiteral("T-1");
    c.name = QStringLiteral("Test Person");
    Allegation al1;
    al1.ref = QStringLiteral("AL1");
    al1.source = AllegationSource::Safe;
    al1.kind = AllegationKind::GangAffiliation;
    al1.assertedOn = day("2020-01-10");
    al1.disclosedOn = day("2020-03-10");
    Allegation al2;
    al2.ref = QStringLiteral("AL2");
    al2.source = AllegationSource::RedNotice;
    al2.kind = AllegationKind::Warrant;
    al2.assertedOn = day("2019-06");
    c.allegations = {al1, al2};
    c.events = {
        event("E1", EventType::Apprehension, "2020-01-15"),
        event("E2", EventType::DetentionStart, "2020-01-15", {QStringLiteral("AL1")}),
        event("E3", EventType::BondDenied, "2020-02-20", {QStringLiteral("AL1"), QStringLiteral("AL2")},
              {{QStringLiteral("2024-ICLI-000101"), 0}, {QStringLiteral("2024-ICLI-000102"), 0}}),
        event("E4", EventType::Separation, "2020-01-15"),
        event("E5", EventType::Reunification, "2020-04-01"),
        event("E6", EventType::AsylumDenied, "2020-06", {QStringLiteral("AL2")}),
    };
    return c;
}

const QRectF kRect(0, 0, 900, 320);

QImage paintImage(const TimelinePainter &painter, const QRectF &rect = kRect)
{
    QImage image(rect.size().toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    painter.paint(&p, rect);
    return image;
}

// How far a pixel is from a colour (sum of channel differences).
int distance(QRgb a, QColor b)
{
    return std::abs(qRed(a) - b.red()) + std::abs(qGreen(a) - b.green()) + std::abs(qBlue(a) - b.blue());
}

} // namespace

class TestTimelinePainter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extentCoversAllegationsEventsAndOpenSpells()
    {
        const CaseTimeline timeline(fixtureClient(), QDate(2020, 12, 31));
        TimelinePainter painter(timeline);
        QCOMPARE(painter.firstDate(), QDate(2019, 6, 1));  // AL2, a month-only date, as its first day
        QCOMPARE(painter.lastDate(), QDate(2020, 12, 31)); // the open detention runs to as-of
        QVERIFY(painter.visibleFrom() < painter.firstDate());
        QVERIFY(painter.visibleTo() > painter.lastDate());
    }

    void paintsSomethingInEachLane()
    {
        const CaseTimeline timeline(fixtureClient(), QDate(2020, 12, 31));
        TimelinePainter painter(timeline);
        const QImage image = paintImage(painter);
        // For a person to look at: REBUTTAL_TIMELINE_PNG=/tmp/timeline.png
        if (const QString out = qEnvironmentVariable("REBUTTAL_TIMELINE_PNG"); !out.isEmpty())
            image.save(out);
        int coloured = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb px = image.pixel(x, y);
                if (qRed(px) != qGreen(px) || qGreen(px) != qBlue(px))
                    ++coloured;
            }
        }
        QVERIFY2(coloured > 2000, qPrintable(QString::number(coloured)));
        // Every event marker's centre carries its lane's colour (or white for a partial date's
        // hollow marker, whose rim is coloured).
        const QList<QColor> laneColors{QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x72, 0xB2), QColor(0xCC, 0x79, 0xA7),
                                       QColor(0x00, 0x9E, 0x73)};
        for (int i = 0; i < 5; ++i) {
            const QRectF bounds = painter.boundsOf({TimelineHit::Kind::Event, i}, kRect);
            QVERIFY(!bounds.isEmpty());
            const QColor expected = laneColors.at(int(TimelinePainter::laneOf(timeline.client().events.at(i).type)));
            const QRgb px = image.pixel(bounds.center().toPoint());
            QVERIFY2(distance(px, expected) < 60, qPrintable(QStringLiteral("event %1: %2").arg(i).arg(QColor(px).name())));
        }
    }

    void hitTestFindsWhatIsDrawnThere()
    {
        const CaseTimeline timeline(fixtureClient(), QDate(2020, 12, 31));
        TimelinePainter painter(timeline);
        using K = TimelineHit::Kind;
        // Every event, allegation and spell is found at the centre of its own bounds.
        for (int i = 0; i < timeline.client().events.size(); ++i) {
            const QRectF bounds = painter.boundsOf({K::Event, i}, kRect);
            QCOMPARE(painter.hitTest(bounds.center(), kRect), (TimelineHit{K::Event, i}));
        }
        for (int i = 0; i < timeline.client().allegations.size(); ++i) {
            const QRectF bounds = painter.boundsOf({K::Allegation, i}, kRect);
            QCOMPARE(painter.hitTest(bounds.center(), kRect), (TimelineHit{K::Allegation, i}));
        }
        // The detention spell (open) in the middle of its bar, far from any custody marker.
        QCOMPARE(timeline.spells().size(), 2);
        const int detention = timeline.spells().at(0).kind == CaseSpell::Kind::Detention ? 0 : 1;
        const qreal middle = painter.xOf(QDate(2020, 8, 1), kRect);
        const QRectF bar = painter.boundsOf({K::Spell, detention}, kRect);
        QVERIFY(bar.left() < middle && bar.right() > middle);
        QCOMPARE(painter.hitTest(QPointF(middle, bar.center().y()), kRect), (TimelineHit{K::Spell, detention}));
        // Evidence glyphs: one per citation on the bond denial.
        const QRectF glyph = painter.boundsOf({K::Evidence, 2, 1}, kRect);
        QVERIFY(!glyph.isEmpty());
        QCOMPARE(painter.hitTest(glyph.center(), kRect), (TimelineHit{K::Evidence, 2, 1}));
        QVERIFY(painter.boundsOf({K::Evidence, 0, 0}, kRect).isEmpty()); // no citations, no glyph
        // Empty space finds nothing: far left of the plot, in the family lane, before the case.
        const qreal early = painter.xOf(painter.visibleFrom().addDays(1), kRect);
        const QRectF reunified = painter.boundsOf({K::Event, 4}, kRect);
        QCOMPARE(painter.hitTest(QPointF(early, reunified.center().y()), kRect).kind, K::None);
        // Same-day markers of one lane are set side by side, each found where it is drawn.
        QVERIFY(!painter.boundsOf({K::Event, 0}, kRect).intersects(painter.boundsOf({K::Event, 1}, kRect)));
        // Markers sit where their dates are.
        QVERIFY(qAbs(painter.boundsOf({K::Event, 2}, kRect).center().x() - painter.xOf(QDate(2020, 2, 20), kRect)) < 1);
    }

    void relianceLinksJoinAllegationsToEvents()
    {
        const CaseTimeline timeline(fixtureClient(), QDate(2020, 12, 31));
        TimelinePainter painter(timeline);
        using K = TimelineHit::Kind;
        // AL2 -> asylum denied: a curve from the allegation row down to the proceedings lane.
        const QRectF link = painter.boundsOf({K::RelianceLink, 5, -1, 1}, kRect);
        QVERIFY(!link.isEmpty());
        const QRectF al2 = painter.boundsOf({K::Allegation, 1}, kRect);
        const QRectF asylum = painter.boundsOf({K::Event, 5}, kRect);
        QVERIFY(link.contains(al2.center()) || link.adjusted(-1, -1, 1, 1).contains(al2.center()));
        QVERIFY(link.adjusted(-1, -1, 1, 1).contains(asylum.center()));
        QVERIFY(painter.boundsOf({K::RelianceLink, 5, -1, 0}, kRect).isEmpty()); // E6 did not rely on AL1
        // Somewhere along the curve, away from both ends, the link itself is hit.
        bool found = false;
        for (qreal t = 0.3; t <= 0.7 && !found; t += 0.02) {
            for (qreal y = link.top(); y <= link.bottom() && !found; y += 1) {
                const QPointF p(link.left() + t * link.width(), y);
                found = painter.hitTest(p, kRect) == TimelineHit{K::RelianceLink, 5, -1, 1};
            }
        }
        QVERIFY(found);
        QVERIFY(painter.toolTip({K::RelianceLink, 5, -1, 1}).contains(QStringLiteral("AL2")));
    }

    void visibleRangeZoomsAndPans()
    {
        const CaseTimeline timeline(fixtureClient(), QDate(2020, 12, 31));
        TimelinePainter painter(timeline);
        using K = TimelineHit::Kind;
        const QRectF before = painter.boundsOf({K::Event, 2}, kRect);
        painter.setVisibleRange(QDate(2020, 2, 1), QDate(2020, 3, 1));
        QCOMPARE(painter.visibleFrom(), QDate(2020, 2, 1));
        const QRectF after = painter.boundsOf({K::Event, 2}, kRect);
        // Zoomed in on February: the bond denial moves right and the range's ends hit the plot's.
        QVERIFY(after.center().x() > before.center().x());
        const qreal left = painter.xOf(QDate(2020, 2, 1), kRect), right = painter.xOf(QDate(2020, 3, 1), kRect);
        QVERIFY(qAbs(after.center().x() - (left + (right - left) * 19.0 / 29.0)) < 1);
        QCOMPARE(painter.hitTest(after.center(), kRect), (TimelineHit{K::Event, 2}));
        // The asylum denial (June) is off the plot: nothing is found where it would be.
        const QRectF asylum = painter.boundsOf({K::Event, 5}, kRect);
        QVERIFY(asylum.center().x() > kRect.right());
        // And nothing is painted out there: the right margin of the image stays clear of markers.
        const QImage zoomed = paintImage(painter);
        const QRgb px = zoomed.pixel(int(kRect.right()) - 1, int(asylum.center().y()));
        QVERIFY(distance(px, QColor(0x00, 0x9E, 0x73)) > 60);
        // An empty range restores the whole case.
        painter.setVisibleRange({}, {});
        QCOMPARE(painter.boundsOf({K::Event, 2}, kRect), before);
    }

    void toolTipsSayWhatHappened()
    {
        Client client = fixtureClient();
        client.events[2].detail = QStringLiteral("Judge cited the SAFE report of Test Person");
        const CaseTimeline timeline(client, QDate(2020, 12, 31));
        TimelinePainter painter(timeline);
        using K = TimelineHit::Kind;
        const QString bond = painter.toolTip({K::Event, 2});
        QVERIFY(bond.contains(QStringLiteral("2020-02-20")));
        QVERIFY(bond.contains(QStringLiteral("Bond denied")));
        QVERIFY(bond.contains(QStringLiteral("AL1")) && bond.contains(QStringLiteral("AL2")));
        QVERIFY(bond.contains(QStringLiteral("2024-ICLI-000101")));
        QVERIFY(bond.contains(client.events[2].detail));
        QVERIFY(painter.toolTip({K::Event, 5}).contains(QStringLiteral("2020-06:"))); // as given
        const QString al1 = painter.toolTip({K::Allegation, 0});
        QVERIFY(al1.contains(QStringLiteral("60 day")));
        QVERIFY(painter.toolTip({K::Allegation, 1}).contains(QStringLiteral("not yet disclosed")));
        const int detention = timeline.spells().at(0).kind == CaseSpell::Kind::Detention ? 0 : 1;
        QVERIFY(painter.toolTip({K::Spell, detention}).contains(QStringLiteral("351 day"))); // 2020-01-15 .. 2020-12-31
        QVERIFY(painter.toolTip({K::Evidence, 2, 1}).contains(QStringLiteral("2024-ICLI-000102")));
        QVERIFY(painter.toolTip({}).isEmpty());
        // De-identified: no free text (it may name people).
        painter.setDeidentified(true);
        QVERIFY(!painter.toolTip({K::Event, 2}).contains(QStringLiteral("Test Person")));
    }

    // A decision the agreement check flagged is ringed in dark red and its tool tip names the
    // rules; flags of another client, or of no event, mark nothing.
    void flaggedDecisionsAreRingedAndNamed()
    {
        const CaseTimeline timeline(fixtureClient(), QDate(2020, 12, 31));
        TimelinePainter painter(timeline);
        auto flag = [](const char *client, const char *event, FlagRule rule) {
            AgreementFlag f;
            f.rule = rule;
            f.client = QString::fromLatin1(client);
            f.allegation = QStringLiteral("AL1");
            f.event = QString::fromLatin1(event);
            return f;
        };
        const QColor ring(0xA5, 0x00, 0x26);
        auto ringPixels = [&](const QImage &image, int eventIndex) {
            const QRectF marker = painter.boundsOf({TimelineHit::Kind::Event, eventIndex}, kRect);
            const QRect around = marker.adjusted(-marker.width(), -marker.height(), marker.width(), marker.height()).toAlignedRect();
            int count = 0;
            for (int y = std::max(0, around.top()); y <= std::min(image.height() - 1, around.bottom()); ++y)
                for (int x = std::max(0, around.left()); x <= std::min(image.width() - 1, around.right()); ++x)
                    count += distance(image.pixel(x, y), ring) < 60;
            return count;
        };
        const QImage plain = paintImage(painter);
        QCOMPARE(ringPixels(plain, 2), 0);

        painter.setFlags({flag("T-1", "", FlagRule::NoAgreement), flag("T-1", "E3", FlagRule::OutsideStatedPurpose),
                          flag("T-1", "E3", FlagRule::UseTermsWithheld), flag("OTHER", "E2", FlagRule::ThirdPartyUse)});
        QCOMPARE(painter.flagsOf(2), (QList<FlagRule>{FlagRule::OutsideStatedPurpose, FlagRule::UseTermsWithheld}));
        QVERIFY(painter.flagsOf(1).isEmpty());
        const QImage flagged = paintImage(painter);
        QVERIFY2(ringPixels(flagged, 2) > 10, qPrintable(QString::number(ringPixels(flagged, 2))));
        QCOMPARE(ringPixels(flagged, 1), 0);

        // Pointing at the marker finds the event, and its tool tip says what the check flagged.
        const QPointF center = painter.boundsOf({TimelineHit::Kind::Event, 2}, kRect).center();
        const TimelineHit hit = painter.hitTest(center, kRect);
        QCOMPARE(hit, (TimelineHit{TimelineHit::Kind::Event, 2, -1, -1}));
        const QString tip = painter.toolTip(hit);
        QVERIFY2(tip.contains(AgreementCheck::ruleDescription(FlagRule::OutsideStatedPurpose)), qPrintable(tip));
        QVERIFY(tip.contains(AgreementCheck::ruleDescription(FlagRule::UseTermsWithheld)));
        QVERIFY(!painter.toolTip({TimelineHit::Kind::Event, 1}).contains(QStringLiteral("Flagged")));
    }

    void preferredHeightGrowsWithAllegations()
    {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSize(9);
        Client one = fixtureClient();
        Client three = one;
        three.allegations << one.allegations.first();
        three.allegations.last().ref = QStringLiteral("AL3");
        const qreal h1 = TimelinePainter::preferredHeight(CaseTimeline(one, QDate(2020, 12, 31)), font);
        const qreal h3 = TimelinePainter::preferredHeight(CaseTimeline(three, QDate(2020, 12, 31)), font);
        QVERIFY(h1 > 100);
        QVERIFY(h3 > h1);
    }

    void emptyCaseStillPaints()
    {
        Client client;
        client.ref = QStringLiteral("EMPTY");
        const CaseTimeline timeline(client, QDate(2021, 5, 1));
        TimelinePainter painter(timeline);
        QVERIFY(!painter.firstDate().isValid());
        QVERIFY(painter.visibleFrom() < painter.visibleTo());
        const QImage image = paintImage(painter);
        // Painted on the white background paintImage() fills: the lanes and the axis are there.
        int painted = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                painted += distance(image.pixel(x, y), QColor(Qt::white)) > 30;
        QVERIFY2(painted > image.width(), qPrintable(QString::number(painted)));
        QCOMPARE(painter.hitTest(QPointF(450, 100), kRect).kind, TimelineHit::Kind::None);
    }
};

QTEST_MAIN(TestTimelinePainter)
#include "tst_timelinepainter.moc"
