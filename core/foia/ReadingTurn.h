// The quarter turn that sets a page's text upright. A page printed sideways (turned by /Rotate,
// or a landscape table set on a portrait page) shows its lines running down or up the page;
// labels and boxes are read in the turned frame, as a person turns the page to read it.
#pragma once

#include "pdf/PdfDocument.h"

#include <QImage>
#include <QList>
#include <QRectF>

namespace rebuttal {

class ReadingTurn
{
public:
    ReadingTurn() = default;
    // The turn most of the words' letters ask for (each word votes by its letters' progression).
    static ReadingTurn of(const QList<PdfWord> &words);

    // Clockwise quarter turns from the page as displayed to the page as read (0..3).
    int quarters() const { return m_quarters; }
    bool isNone() const { return m_quarters == 0; }

    // Boxes in fractions of the page, origin top-left.
    QRectF toReading(const QRectF &displayed) const;
    QRectF toDisplayed(const QRectF &reading) const;
    QList<PdfWord> toReading(QList<PdfWord> words) const;
    QImage toReading(const QImage &displayed) const;

private:
    explicit ReadingTurn(int quarters)
        : m_quarters(quarters)
    {
    }
    static QRectF turned(const QRectF &box, int quarters);

    int m_quarters = 0;
};

} // namespace rebuttal
