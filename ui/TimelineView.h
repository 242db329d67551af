// The interactive timeline of one client: the same picture as the PDF summary (TimelinePainter),
// with zoom (wheel, +/-), pan (drag, arrow keys), hover details, and clicks that open what an
// item points at.
#pragma once

#include "report/TimelinePainter.h"

#include <QWidget>

#include <optional>

namespace rebuttal {

class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    // Shows `client` as of today (nothing when empty), keeping the zoom only for the same client
    // and only when the user zoomed or moved it (else the whole case, which may have grown).
    void setClient(const std::optional<Client> &client);
    // Rings the decisions the agreement check flagged (see TimelinePainter::setFlags); set after
    // setClient, which clears them.
    void setFlags(const QList<AgreementFlag> &flags);
    bool hasClient() const { return m_painter.has_value(); }
    const TimelinePainter *painter() const { return m_painter ? &*m_painter : nullptr; }

    // Zoom by `factor` (< 1 zooms in) around the day at x = `anchorX` (the centre when negative).
    void zoom(qreal factor, qreal anchorX = -1);
    // Moves the visible range by a fraction of its width (negative: earlier).
    void pan(qreal fraction);
    void fit();
    QRectF plotRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    Q_SIGNAL void citationActivated(const QString &document, int page);
    Q_SIGNAL void eventActivated(int eventIndex);
    Q_SIGNAL void allegationActivated(int allegationIndex);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void activate(const TimelineHit &hit);

    std::optional<TimelinePainter> m_painter;
    QString m_ref;
    std::optional<QPointF> m_pressAt;
    QDate m_pressFrom;
    QDate m_pressTo;
    bool m_dragged = false;
    bool m_userRange = false; // zoomed or moved by the user since the whole case was shown
};

} // namespace rebuttal
