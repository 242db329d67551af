// One production page, with its redactions drawn over it in their exemption's colour, search hits
// highlighted, and the mouse for selecting and drawing boxes. Its size is set by PageScrollArea
// (the zoom); the page fills the widget less a margin.
#pragma once

#include "store/DocumentCatalog.h"

#include <QWidget>

namespace rebuttal {

class PageRenderer;

class PageView : public QWidget
{
    Q_OBJECT

public:
    explicit PageView(PageRenderer *renderer, QWidget *parent = nullptr);

    void setPage(const ProductionPage &page);
    void clear();
    const ProductionPage &page() const { return m_page; }
    void setHighlights(const QList<QRectF> &areas);
    const QList<QRectF> &highlights() const { return m_highlights; }
    // The highlight shown as the current search hit (F3 walks through them); -1: none.
    void setCurrentHighlight(int index);
    int currentHighlight() const { return m_currentHighlight; }
    // In drawing mode a drag draws a new box instead of selecting.
    void setDrawing(bool drawing);
    bool isDrawing() const { return m_drawing; }
    // A box is being dragged out; the band so far, in page fractions.
    bool isDraggingBox() const { return m_dragging; }
    QRectF rubberBand() const { return m_rubberBand; }
    // The selected redaction's id, or 0.
    qint64 selectedRedaction() const { return m_selected; }
    void selectRedaction(qint64 id);

    // The page's size in points (Letter when no page is shown).
    QSizeF pageSize() const;
    // Where the page is drawn, and a box in page fractions in widget coordinates.
    QRectF pageRect() const;
    QRectF toWidget(const QRectF &fraction) const;
    // What the user is looking at on the page, in page fractions: the selected box, else the
    // current search hit; null when neither.
    QRectF focusArea() const;

    QSize sizeHint() const override;

    // The shown page (or its absence) changed; its size may have too.
    Q_SIGNAL void pageChanged();
    // The focus area moved (a box was selected, a hit was found): worth scrolling to.
    Q_SIGNAL void focusAreaChanged();
    Q_SIGNAL void boxDrawn(const QRectF &box);
    Q_SIGNAL void selectionChanged(qint64 redactionId);
    Q_SIGNAL void editCodesRequested(qint64 redactionId);
    Q_SIGNAL void deleteRequested(qint64 redactionId);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPointF toFraction(const QPointF &point) const;
    qint64 redactionAt(const QPointF &point) const;

    PageRenderer *m_renderer;
    ProductionPage m_page;
    bool m_hasPage = false;
    QList<QRectF> m_highlights;
    int m_currentHighlight = -1;
    bool m_drawing = false;
    bool m_dragging = false;
    qint64 m_selected = 0;
    QPointF m_dragStart;
    QRectF m_rubberBand;
};

} // namespace rebuttal
