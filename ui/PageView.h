// One production page at reading size, with its redactions drawn over it in their exemption's
// colour, search hits highlighted, and the mouse for selecting and drawing boxes.
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

    void setPage(const StoredPage &page);
    void clear();
    const StoredPage &page() const { return m_page; }
    void setHighlights(const QList<QRectF> &areas);
    // In drawing mode a drag draws a new box instead of selecting.
    void setDrawing(bool drawing);
    bool isDrawing() const { return m_drawing; }
    // The selected redaction's id, or 0.
    qint64 selectedRedaction() const { return m_selected; }
    void selectRedaction(qint64 id);

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

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
    QRectF pageRect() const;
    QRectF toWidget(const QRectF &fraction) const;
    QPointF toFraction(const QPointF &point) const;
    qint64 redactionAt(const QPointF &point) const;

    PageRenderer *m_renderer;
    StoredPage m_page;
    bool m_hasPage = false;
    QList<QRectF> m_highlights;
    bool m_drawing = false;
    qint64 m_selected = 0;
    QPointF m_dragStart;
    QRectF m_rubberBand;
};

} // namespace rebuttal
