// A quotation from a document (an agreement's clause) set in curly double quotes, its own quotes
// nested as single ones, so a clause that opens with a quoted term never shows two marks in a row.
#pragma once

#include <QString>

namespace rebuttal {

class Quotation
{
public:
    // `"Repatriation" is the return...` -> “‘Repatriation’ is the return...”; a text already
    // enclosed in one pair of double quotes keeps that pair only (“Term.”, not ““Term.””).
    static QString quoted(const QString &text);
};

} // namespace rebuttal
