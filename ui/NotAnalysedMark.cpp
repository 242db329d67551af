#include "NotAnalysedMark.h"

#include "domain/PageProblem.h"

#include <QPainter>

namespace rebuttal {

QString NotAnalysedMark::text(const QString &problem)
{
    return problem.isEmpty() ? tr("Not analysed") : tr("Not analysed: %1").arg(PageProblem::text(problem));
}

void NotAnalysedMark::paint(QPainter &painter, const QRectF &page, const QString &problem)
{
    painter.save();
    painter.fillRect(page, QBrush(QColor(0x55, 0x55, 0x55, 140), Qt::BDiagPattern));
    QFont font = painter.font();
    font.setBold(true);
    font.setPointSizeF(problem.isEmpty() ? 7 : 10);
    painter.setFont(font);
    const QString label = text(problem);
    const QRectF available = page.adjusted(4, 0, -4, 0);
    const QRectF needed = painter.fontMetrics().boundingRect(available.toRect(), Qt::AlignCenter | Qt::TextWordWrap, label);
    const QRectF band(page.left(), page.top() + page.height() / 3, page.width(), needed.height() + 8);
    painter.fillRect(band, QColor(0x33, 0x33, 0x33));
    painter.setPen(Qt::white);
    painter.drawText(band.adjusted(4, 4, -4, -4), Qt::AlignCenter | Qt::TextWordWrap, label);
    painter.restore();
}

} // namespace rebuttal
