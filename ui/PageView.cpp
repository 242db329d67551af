#include "PageView.h"

#include "ExemptionPalette.h"
#include "NotAnalysedMark.h"
#include "PageRenderer.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace rebuttal {

namespace {
constexpr int kMargin = 12;
}

PageView::PageView(PageRenderer *renderer, QWidget *parent)
    : QWidget(parent)
    , m_renderer(renderer)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(m_renderer, &PageRenderer::pageReady, this, [this](int page) {
        if (m_hasPage && page == m_page.number)
            update();
    });
}

void PageView::setPage(const ProductionPage &page)
{
    const bool samePage = m_hasPage && page.id == m_page.id;
    const QSizeF before = pageSize();
    m_page = page;
    m_hasPage = true;
    if (!samePage) {
        m_highlights.clear();
        m_currentHighlight = -1;
        m_selected = 0;
        m_dragging = false;
        m_rubberBand = QRectF();
    }
    if (!samePage || pageSize() != before)
        Q_EMIT pageChanged();
    update();
}

void PageView::clear()
{
    m_hasPage = false;
    m_page = {};
    m_selected = 0;
    m_highlights.clear();
    m_currentHighlight = -1;
    m_dragging = false;
    m_rubberBand = QRectF();
    Q_EMIT pageChanged();
    update();
}

void PageView::setHighlights(const QList<QRectF> &areas)
{
    m_highlights = areas;
    m_currentHighlight = areas.isEmpty() ? -1 : 0;
    update();
    if (!areas.isEmpty())
        Q_EMIT focusAreaChanged();
}

void PageView::setCurrentHighlight(int index)
{
    m_currentHighlight = (index >= 0 && index < m_highlights.size()) ? index : -1;
    update();
    if (m_currentHighlight >= 0)
        Q_EMIT focusAreaChanged();
}

void PageView::setDrawing(bool drawing)
{
    m_drawing = drawing;
    if (!drawing && m_dragging) {
        m_dragging = false;
        m_rubberBand = QRectF();
        update();
    }
    setCursor(drawing ? Qt::CrossCursor : Qt::ArrowCursor);
}

void PageView::selectRedaction(qint64 id)
{
    if (m_selected == id)
        return;
    m_selected = id;
    update();
    Q_EMIT selectionChanged(id);
    if (id)
        Q_EMIT focusAreaChanged();
}

QRectF PageView::focusArea() const
{
    for (const Redaction &redaction : m_page.redactions) {
        if (m_selected && redaction.id == m_selected)
            return redaction.box;
    }
    if (m_currentHighlight >= 0 && m_currentHighlight < m_highlights.size())
        return m_highlights.at(m_currentHighlight);
    return {};
}

QSizeF PageView::pageSize() const
{
    return m_hasPage && !m_page.sizePt.isEmpty() ? m_page.sizePt : QSizeF(612, 792);
}

QSize PageView::sizeHint() const
{
    const QSizeF size = pageSize();
    return QSize(700, int((700 - 2 * kMargin) * size.height() / size.width()) + 2 * kMargin);
}

QRectF PageView::pageRect() const
{
    // The largest page of the right shape inside the margins, centred.
    const QSizeF size = pageSize();
    const QRectF room = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const double scale = std::max(0.01, std::min(room.width() / size.width(), room.height() / size.height()));
    const QSizeF shown = size * scale;
    return QRectF(room.x() + (room.width() - shown.width()) / 2, room.y() + (room.height() - shown.height()) / 2, shown.width(),
                  shown.height());
}

QRectF PageView::toWidget(const QRectF &f) const
{
    const QRectF page = pageRect();
    return QRectF(page.x() + f.x() * page.width(), page.y() + f.y() * page.height(), f.width() * page.width(),
                  f.height() * page.height());
}

QPointF PageView::toFraction(const QPointF &point) const
{
    const QRectF page = pageRect();
    return QPointF(std::clamp((point.x() - page.x()) / page.width(), 0.0, 1.0),
                   std::clamp((point.y() - page.y()) / page.height(), 0.0, 1.0));
}

qint64 PageView::redactionAt(const QPointF &point) const
{
    for (const Redaction &redaction : m_page.redactions) {
        if (toWidget(redaction.box).adjusted(-3, -3, 3, 3).contains(point))
            return redaction.id;
    }
    return 0;
}

void PageView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Dark));
    if (!m_hasPage)
        return;
    const QRectF page = pageRect();
    const QImage image = m_renderer->page(m_page.number, int(page.width()));
    painter.fillRect(page, Qt::white);
    if (!image.isNull())
        painter.drawImage(page, image);
    else
        painter.drawText(page, Qt::AlignCenter, tr("Rendering page %1…").arg(m_page.number));

    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < m_highlights.size(); ++i) {
        const QRectF hit = toWidget(m_highlights.at(i));
        painter.fillRect(hit, QColor(255, 230, 0, 110));
        // The current hit (F3) is outlined so it stands out among the others.
        if (i == m_currentHighlight && m_highlights.size() > 1) {
            painter.setPen(QPen(QColor(230, 120, 0), 2));
            painter.drawRect(hit.adjusted(-2, -2, 2, 2));
        }
    }

    for (const Redaction &redaction : m_page.redactions) {
        const QRectF box = toWidget(redaction.box);
        const QColor color = redaction.exemptions.isEmpty() ? ExemptionPalette::unlabeled()
                                                            : ExemptionPalette::color(redaction.exemptions.first());
        QColor fill = color;
        fill.setAlpha(60);
        painter.fillRect(box, fill);
        QPen pen(redaction.textUnderBox.isEmpty() ? color : ExemptionPalette::badRedaction(), redaction.id == m_selected ? 4 : 2);
        // The user's own boxes and codes are drawn dashed: they are not the detector's.
        if (redaction.drawnByUser || redaction.codesByUser)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box);
        // Tags only where they matter: the selected box and readable redactions; colours and
        // the legend say the rest without covering the page.
        if (redaction.id == m_selected || !redaction.textUnderBox.isEmpty()) {
            QString tag = redaction.textUnderBox.isEmpty() ? redaction.exemptions.join(QStringLiteral(", "))
                                                           : tr("Readable: %1").arg(redaction.textUnderBox);
            if (tag.isEmpty())
                tag = tr("no label");
            QFont font = painter.font();
            font.setPointSizeF(8);
            painter.setFont(font);
            const QRectF label = painter.fontMetrics().boundingRect(tag).toRectF().translated(box.left(), box.top() - 4).adjusted(-3, -1, 3, 1);
            painter.fillRect(label, pen.color());
            painter.setPen(Qt::white);
            painter.drawText(label, Qt::AlignCenter, tag);
        }
    }
    if (m_page.withheldInFull) {
        painter.setPen(QPen(Qt::black, 6));
        painter.drawRect(page.adjusted(3, 3, -3, -3));
    }
    if (!m_page.problem.isEmpty())
        NotAnalysedMark::paint(painter, page, m_page.problem);
    if (m_dragging) {
        // The box being drawn: a dashed outline over a light fill, so it shows on text and on black.
        const QRectF band = toWidget(m_rubberBand);
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(50);
        painter.fillRect(band, fill);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(band);
    }
}

void PageView::mousePressEvent(QMouseEvent *event)
{
    setFocus();
    if (!m_hasPage || event->button() != Qt::LeftButton)
        return;
    if (m_drawing) {
        // The band starts empty (a null QRectF), so whether a drag is under way is its own flag.
        m_dragStart = toFraction(event->position());
        m_rubberBand = QRectF(m_dragStart, QSizeF(0, 0));
        m_dragging = true;
        update();
        return;
    }
    selectRedaction(redactionAt(event->position()));
}

bool PageView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = redactionAt(help->pos());
        for (const Redaction &r : m_page.redactions) {
            if (r.id != id)
                continue;
            QStringList lines{r.exemptions.isEmpty() ? tr("Redaction without a label") : tr("Exemptions: %1").arg(r.exemptions.join(QStringLiteral(", ")))};
            if (!r.label.isEmpty())
                lines << tr("Label as printed: %1").arg(r.label);
            if (!r.textUnderBox.isEmpty())
                lines << tr("Text still readable under the box: %1").arg(r.textUnderBox);
            if (r.drawnByUser)
                lines << tr("Drawn by you");
            else if (r.codesByUser)
                lines << tr("Exemptions set by you");
            QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void PageView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging && (event->buttons() & Qt::LeftButton)) {
        m_rubberBand = QRectF(m_dragStart, toFraction(event->position())).normalized();
        update();
    } else if (!m_drawing) {
        setCursor(redactionAt(event->position()) ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }
}

void PageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    const QRectF box = QRectF(m_dragStart, toFraction(event->position())).normalized();
    m_dragging = false;
    m_rubberBand = QRectF();
    update();
    // A click is not a box: a box must cover something.
    if (box.width() > 0.005 && box.height() > 0.003)
        Q_EMIT boxDrawn(box);
}

void PageView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const qint64 id = redactionAt(event->position())) {
        selectRedaction(id);
        Q_EMIT editCodesRequested(id);
    }
}

void PageView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && m_selected) {
        Q_EMIT deleteRequested(m_selected);
        return;
    }
    if (event->key() == Qt::Key_Escape && m_dragging) {
        m_dragging = false;
        m_rubberBand = QRectF();
        update();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace rebuttal
