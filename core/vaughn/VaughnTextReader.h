// Reads a Vaughn index saved as text: either columns that line up (read as a table), or the
// layout that PDF-to-text tools give a table, one cell after another (seed 000): the entry
// number, the document identification, Full/Partial, the page ranges one per line, then the
// description with its "Redacted Information per (b)(5):" sections and the exemptions.
#pragma once

#include "domain/VaughnEntry.h"

#include <QCoreApplication>

#include <optional>

namespace rebuttal {

class VaughnTextReader
{
    Q_DECLARE_TR_FUNCTIONS(VaughnTextReader)

public:
    std::optional<QList<VaughnEntry>> read(const QString &text);
    QString errorString() const { return m_error; }

    // A text file's bytes as text: UTF-8 with or without a byte-order mark, else Latin-1 (what
    // spreadsheets and older Windows tools still write).
    static QString decoded(const QByteArray &bytes);

private:
    std::optional<QList<VaughnEntry>> readStacked(const QStringList &lines);
    // The line of the header naming the columns among the `filled` lines; -1 (and the error) when there is none.
    int headerLineOf(const QStringList &lines, const QList<int> &filled);
    QString m_error;
};

} // namespace rebuttal
