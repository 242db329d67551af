#include "PageScrollArea.h"

#include "PageView.h"

#include <QResizeEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace rebuttal {

namespace {
// The page view's margin around the page (PageView draws the page inside it).
constexpr int kMargin = 12;
constexpr double kStep = 1.25;
constexpr double kMinScale = 0.25;
constexpr double kMaxScale = 6.0;
} // namespace

PageScrollArea::PageScrollArea(PageRenderer *renderer, QWidget *parent)
    : QScrollArea(parent)
    , m_view(new PageView(renderer, this))
{
    // The view is sized here, by the zoom, not by the scroll area's layout.
    setWidgetResizable(false);
    setWidget(m_view);
    setAlignment(Qt::AlignCenter);
    setBackgroundRole(QPalette::Dark);
    // Always there, so fitting the width does not make the bar come and go as the height changes.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    connect(m_view, &PageView::pageChanged, this, &PageScrollArea::relayout);
    connect(m_view, &PageView::focusAreaChanged, this, &PageScrollArea::showFocusArea);
    relayout();
}

void PageScrollArea::setFit(Fit fit)
{
    m_fit = fit;
    relayout();
    showFocusArea();
}

double PageScrollArea::scale() const
{
    const QSizeF page = m_view->pageSize();
    const QSize room = viewport()->size() - QSize(2 * kMargin, 2 * kMargin);
    switch (m_fit) {
    case Fit::Width:
        return std::max(0.05, room.width() / page.width());
    case Fit::Page:
        return std::max(0.05, std::min(room.width() / page.width(), room.height() / page.height()));
    case Fit::None:
        break;
    }
    return m_scale;
}

void PageScrollArea::zoomIn()
{
    zoomTo(scale() * kStep);
}

void PageScrollArea::zoomOut()
{
    zoomTo(scale() / kStep);
}

void PageScrollArea::zoomTo(double scale)
{
    m_scale = std::clamp(scale, kMinScale, kMaxScale);
    m_fit = Fit::None;
    relayout();
    showFocusArea();
}

void PageScrollArea::relayout()
{
    const QSizeF page = m_view->pageSize() * scale();
    m_view->resize(QSize(int(page.width()), int(page.height())) + QSize(2 * kMargin, 2 * kMargin));
    Q_EMIT zoomChanged();
}

void PageScrollArea::showFocusArea()
{
    const QRectF area = m_view->focusArea();
    if (area.isNull())
        return;
    const QRect shown = m_view->toWidget(area).toAlignedRect();
    // Centred when it fits; otherwise its top-left corner in view.
    const int xMargin = std::max(20, (viewport()->width() - shown.width()) / 2);
    const int yMargin = std::max(20, (viewport()->height() - shown.height()) / 2);
    ensureVisible(shown.center().x(), shown.center().y(), std::min(xMargin + shown.width() / 2, viewport()->width() / 2),
                  std::min(yMargin + shown.height() / 2, viewport()->height() / 2));
}

void PageScrollArea::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (m_fit != Fit::None)
        relayout();
}

void PageScrollArea::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta > 0)
            zoomIn();
        else if (delta < 0)
            zoomOut();
        event->accept();
        return;
    }
    QScrollArea::wheelEvent(event);
}

} // namespace rebuttal
