// Lays blocks down the pages of a document: keeps the cursor, starts a new page when a block does
// not fit, and keeps each page's drawing until the page count is known ("Page 2 of 5").
#pragma once

#include <QList>
#include <QRectF>

#include <functional>

class QPainter;

namespace rebuttal {

class PageFlow
{
public:
    using Draw = std::function<void(QPainter &)>;

    // `body`: the area of a page that blocks may fill, in device units.
    explicit PageFlow(const QRectF &body);

    QRectF body() const { return m_body; }
    qreal y() const { return m_y; }
    qreal remaining() const { return m_body.bottom() - m_y; }
    bool atTop() const { return m_y <= m_body.top(); }

    void newPage();
    // Starts a new page unless `height` fits below the cursor (or the page is still empty).
    void ensure(qreal height);
    void advance(qreal height) { m_y += height; }
    // Adds drawing to the current page.
    void add(Draw draw) { m_pages.last() << std::move(draw); }

    int pageCount() const { return int(m_pages.size()); }
    const QList<QList<Draw>> &pages() const { return m_pages; }

private:
    QRectF m_body;
    qreal m_y = 0;
    QList<QList<Draw>> m_pages;
};

} // namespace rebuttal
