#include "NotAnalysedMark.h"

#include "domain/PageProblem.h"

#include <QPainter>

namespace rebuttal {

QString NotAnalysedMark::text(const QString &problem, Length length)
{
    const bool analysed = PageProblem::wasAnalysed(problem);
    if (length == Length::Short)
        return analysed ? tr("Annotations unreadable") : tr("Not analysed");
    if (problem.isEmpty())
        return tr("Not analysed");
    return analysed ? tr("Analysed, but %1").arg(PageProblem::text(problem)) : tr("Not analysed: %1").arg(PageProblem::text(problem));
}

void NotAnalysedMark::paint(QPainter &painter, const QRectF &page, const QString &problem, Length length)
{
    painter.save();
    painter.fillRect(page, QBrush(QColor(0x55, 0x55, 0x55, 140), Qt::BDiagPattern));
    QFont font = painter.font();
    font.setBold(true);
    font.setPointSizeF(length == Length::Short || problem.isEmpty() ? 7 : 10);
    painter.setFont(font);
    const QString label = text(problem, length);
    const QRectF available = page.adjusted(4, 0, -4, 0);
    const QRectF needed = painter.fontMetrics().boundingRect(available.toRect(), Qt::AlignCenter | Qt::TextWordWrap, label);
    const QRectF band(page.left(), page.top() + page.height() / 3, page.width(), needed.height() + 8);
    painter.fillRect(band, QColor(0x33, 0x33, 0x33));
    painter.setPen(Qt::white);
    painter.drawText(band.adjusted(4, 4, -4, -4), Qt::AlignCenter | Qt::TextWordWrap, label);
    painter.restore();
}

} // namespace rebuttal
