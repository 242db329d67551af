#include "PageFlow.h"

namespace rebuttal {

PageFlow::PageFlow(const QRectF &body)
    : m_body(body)
    , m_y(body.top())
    , m_pages(1)
{
}

void PageFlow::newPage()
{
    m_pages.append(QList<Draw>());
    m_y = m_body.top();
}

void PageFlow::ensure(qreal height)
{
    if (!atTop() && height > remaining())
        newPage();
}

} // namespace rebuttal
