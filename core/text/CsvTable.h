// A CSV file as rows of fields, read with libcsv (RFC 4180: quoted fields, embedded commas,
// quotes and newlines), each row with the line it starts on so messages can point at it.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rebuttal {

struct CsvRow
{
    int line = 0; // 1-based line of the file where the row starts
    QStringList fields;
};

class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    // Parses UTF-8 text (a leading byte-order mark is skipped). Blank lines are dropped.
    static std::optional<QList<CsvRow>> parse(const QByteArray &bytes, QString *error, char delimiter = ',');
    // The separator a file uses: the commonest of comma, semicolon and tab on its first line,
    // outside quotes (spreadsheets in Spanish locales write semicolons).
    static char delimiterOf(const QByteArray &bytes);

    // One field quoted when it needs to be, for writing (RFC 4180).
    static QString quoted(const QString &field);
    // The same for a file meant for spreadsheets: a value that starts like a formula (=, +, -, @)
    // gets a leading apostrophe, so that text copied from an agency's file cannot run as one.
    static QString spreadsheetField(const QString &field);
};

} // namespace rebuttal
