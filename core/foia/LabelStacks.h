// Where a scanned page's reading ran the lines of a stack of labels together (an FBI release's
// margin: "b6 -1" over "b7C -1"), so that those places are read again closely.
#pragma once

#include "pdf/PdfDocument.h"

#include <QList>
#include <QRectF>

namespace rebuttal {

class LabelStacks
{
public:
    // The places (fractions of the page, running to its right edge) where a column of labels
    // holds a word that is no part of a label, or one as tall as two of its lines. `words` are
    // what OCR read on the page.
    static QList<QRectF> garbled(const QList<PdfWord> &words);

    // True for a word a label is made of: a code ("b7C", "(b)(6),"), the FBI's count ("-1"),
    // a part of a spaced code ("(b)", "(7)", "(C)"), "and", or "bl" (b1 read apart from its count).
    static bool isLabelWord(const QString &word);
};

} // namespace rebuttal
