#include "TimelineView.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace rebuttal {

namespace {

constexpr int MinimumSpanDays = 7;

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timeline"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setToolTip(QString()); // tool tips come from the item under the pointer
    setWhatsThis(tr("The client's case over time. Scroll to zoom, drag to move, double-click to fit; "
                    "click an evidence mark to open the cited page."));
}

void TimelineView::setClient(const std::optional<Client> &client)
{
    if (!client) {
        m_painter.reset();
        m_ref.clear();
        update();
        return;
    }
    // The zoom the user chose is kept for the same client; one never zoomed shows the whole case
    // again, so a first dated allegation (years back) is on screen, not beside today's empty weeks.
    const bool same = client->ref == m_ref && m_painter && m_userRange;
    if (client->ref != m_ref)
        m_userRange = false;
    const QDate from = same ? m_painter->visibleFrom() : QDate();
    const QDate to = same ? m_painter->visibleTo() : QDate();
    m_painter.emplace(CaseTimeline(*client, QDate::currentDate()));
    m_painter->setFont(font());
    if (same)
        m_painter->setVisibleRange(from, to);
    m_ref = client->ref;
    updateGeometry();
    update();
}

void TimelineView::setFlags(const QList<AgreementFlag> &flags)
{
    if (!m_painter)
        return;
    m_painter->setFlags(flags);
    update();
}

QRectF TimelineView::plotRect() const
{
    return QRectF(rect()).adjusted(4, 4, -4, -4);
}

QSize TimelineView::sizeHint() const
{
    const int height = m_painter ? static_cast<int>(std::ceil(TimelinePainter::preferredHeight(m_painter->timeline(), font()))) + 8
                                 : 160;
    return {600, height};
}

QSize TimelineView::minimumSizeHint() const
{
    return {240, 120};
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!m_painter) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No dated allegations or events to draw yet."));
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    m_painter->paint(&painter, plotRect());
    if (hasFocus()) {
        QPen pen(palette().color(QPalette::Highlight));
        pen.setStyle(Qt::DotLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_painter) {
        auto *help = static_cast<QHelpEvent *>(event);
        const TimelineHit hit = m_painter->hitTest(help->pos(), plotRect());
        const QString text = m_painter->toolTip(hit);
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this, m_painter->boundsOf(hit, plotRect()).toAlignedRect());
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::zoom(qreal factor, qreal anchorX)
{
    if (!m_painter)
        return;
    const QDate from = m_painter->visibleFrom();
    const QDate to = m_painter->visibleTo();
    const qint64 span = from.daysTo(to);
    if (span <= 0)
        return;
    const QRectF plot = plotRect();
    const qreal x0 = m_painter->xOf(from, plot);
    const qreal x1 = m_painter->xOf(to, plot);
    const qreal anchor = anchorX < 0 ? (x0 + x1) / 2 : anchorX;
    const qreal at = x1 > x0 ? std::clamp((anchor - x0) / (x1 - x0), 0.0, 1.0) : 0.5;
    const qint64 newSpan = std::max<qint64>(MinimumSpanDays, std::llround(static_cast<qreal>(span) * factor));
    const QDate anchorDate = from.addDays(std::llround(at * static_cast<qreal>(span)));
    const QDate newFrom = anchorDate.addDays(-std::llround(at * static_cast<qreal>(newSpan)));
    m_painter->setVisibleRange(newFrom, newFrom.addDays(newSpan));
    m_userRange = true;
    update();
}

void TimelineView::pan(qreal fraction)
{
    if (!m_painter)
        return;
    const QDate from = m_painter->visibleFrom();
    const QDate to = m_painter->visibleTo();
    const qint64 shift = std::llround(fraction * static_cast<qreal>(from.daysTo(to)));
    if (shift == 0)
        return;
    m_painter->setVisibleRange(from.addDays(shift), to.addDays(shift));
    m_userRange = true;
    update();
}

void TimelineView::fit()
{
    if (!m_painter)
        return;
    m_painter->setVisibleRange({}, {});
    m_userRange = false;
    update();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps == 0 || !m_painter) {
        event->ignore();
        return;
    }
    zoom(std::pow(0.8, steps), event->position().x());
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_painter)
        return QWidget::mousePressEvent(event);
    m_pressAt = event->position();
    m_pressFrom = m_painter->visibleFrom();
    m_pressTo = m_painter->visibleTo();
    m_dragged = false;
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_painter)
        return;
    if (m_pressAt && (event->buttons() & Qt::LeftButton)) {
        const qreal dx = event->position().x() - m_pressAt->x();
        if (std::abs(dx) > 3)
            m_dragged = true;
        if (m_dragged) {
            const QRectF plot = plotRect();
            const qreal width = m_painter->xOf(m_pressTo, plot) - m_painter->xOf(m_pressFrom, plot);
            const qint64 span = m_pressFrom.daysTo(m_pressTo);
            const qint64 shift = width > 0 ? std::llround(-dx / width * static_cast<qreal>(span)) : 0;
            m_painter->setVisibleRange(m_pressFrom.addDays(shift), m_pressTo.addDays(shift));
            m_userRange = true;
            setCursor(Qt::ClosedHandCursor);
            update();
        }
        return;
    }
    const TimelineHit hit = m_painter->hitTest(event->position(), plotRect());
    setCursor(hit.kind == TimelineHit::Kind::Evidence || hit.kind == TimelineHit::Kind::Event ? Qt::PointingHandCursor
                                                                                               : Qt::ArrowCursor);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_painter)
        return QWidget::mouseReleaseEvent(event);
    const bool click = m_pressAt && !m_dragged;
    m_pressAt.reset();
    unsetCursor();
    if (click)
        activate(m_painter->hitTest(event->position(), plotRect()));
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_painter && m_painter->hitTest(event->position(), plotRect()).kind == TimelineHit::Kind::None)
        fit();
}

void TimelineView::activate(const TimelineHit &hit)
{
    const Client &client = m_painter->timeline().client();
    switch (hit.kind) {
    case TimelineHit::Kind::Evidence: {
        const CaseEvent &event = client.events.at(hit.index);
        if (hit.evidenceIndex >= 0 && hit.evidenceIndex < event.evidence.size()) {
            const EvidenceCitation &citation = event.evidence.at(hit.evidenceIndex);
            Q_EMIT citationActivated(citation.document, citation.page);
        }
        break;
    }
    case TimelineHit::Kind::Event:
    case TimelineHit::Kind::RelianceLink:
        Q_EMIT eventActivated(hit.index);
        break;
    case TimelineHit::Kind::Allegation:
        Q_EMIT allegationActivated(hit.index);
        break;
    case TimelineHit::Kind::Spell:
        Q_EMIT eventActivated(m_painter->timeline().spells().at(hit.index).startEvent);
        break;
    case TimelineHit::Kind::None:
        break;
    }
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(0.8);
        break;
    case Qt::Key_Minus:
        zoom(1.25);
        break;
    case Qt::Key_0:
        fit();
        break;
    case Qt::Key_Left:
        pan(-0.1);
        break;
    case Qt::Key_Right:
        pan(0.1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace rebuttal
