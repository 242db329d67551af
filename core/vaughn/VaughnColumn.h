// The columns of a Vaughn index and the header names agencies give them, shared by the PDF,
// text and CSV readers so the three accept the same headers.
#pragma once

#include "domain/VaughnEntry.h"

#include <QMap>
#include <QString>

namespace rebuttal {

enum class VaughnColumn { None, Entry, Document, Withholding, Pages, Description, Exemptions, Justification };

class VaughnColumnName
{
public:
    // The column a header cell names ("Entry Number", "Document Identification", "Bates",
    // "Withholding: Full/Partial", "Page(s)", "Description", "Exemption(s) Applied",
    // "Justification"), case-insensitively; None when it names none.
    static VaughnColumn columnOf(const QString &header);
    // True when every word of `line` belongs to some header name ("Applied to", "Redactions"):
    // the remains of a header that wrapped or repeats on a new page.
    static bool isHeaderVocabulary(const QString &line);
};

// One row of an index as read, cell by cell (a cell's lines joined by newlines), before its
// pages are expanded and its text split into description and reasons.
struct VaughnRow
{
    QMap<VaughnColumn, QString> cells;

    bool isEmpty() const;
    void append(VaughnColumn column, const QString &text);
    // `fallbackNumber` numbers rows of an index without an entry column.
    VaughnEntry toEntry(int fallbackNumber) const;
};

} // namespace rebuttal
