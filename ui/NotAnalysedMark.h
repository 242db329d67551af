// The mark of a page that was not analysed (its worker crashed, hung or ran out of memory), or
// analysed without its Redact annotations (they could not be read; its own boxes were kept): the
// page hatched over, with a band saying which, so that it never looks like a page whose redactions
// are all known. Drawn the same on thumbnails (the short words) and in the page view.
#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QString>

class QPainter;

namespace rebuttal {

class NotAnalysedMark
{
    Q_DECLARE_TR_FUNCTIONS(NotAnalysedMark)

public:
    // Short: "Not analysed" (or "Annotations unreadable"), for a thumbnail. Long: the same with
    // the reason the page's `problem` (domain/PageProblem) gives.
    enum class Length { Short, Long };

    // Over `page` (the page's area in the painter's coordinates).
    static void paint(QPainter &painter, const QRectF &page, const QString &problem, Length length = Length::Long);
    static QString text(const QString &problem, Length length = Length::Long);
};

} // namespace rebuttal
