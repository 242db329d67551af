// The mark of a page that was not analysed (its worker crashed, hung or ran out of memory): the
// page hatched over, with a band saying so, so that it never looks like a page with nothing
// redacted. Drawn the same on thumbnails and in the page view.
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
    // Over `page` (the page's area in the painter's coordinates); `problem`, when not empty, is
    // said in the band after "Not analysed".
    static void paint(QPainter &painter, const QRectF &page, const QString &problem = {});
    static QString text(const QString &problem = {});
};

} // namespace rebuttal
