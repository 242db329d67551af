// A CSV file as rows of fields, read with libcsv (RFC 4180: quoted fields, embedded commas,
// quotes and newlines), each row with the line it starts on so messages can point at it.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace rebuttal {

struct CsvRow
{
    int line = 0; // 1-based line of the file where the row starts
    QStringList fields;
};

// A row as its UTF-8 bytes (checked to be UTF-8), for readers that keep text as UTF-8: the views
// point into the reader's buffer and hold only while the row is being taken.
struct CsvRawRow
{
    int line = 0;
    QList<QByteArrayView> fields;
};

class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    // Parses UTF-8 text (a leading byte-order mark is skipped). Blank lines are dropped.
    static std::optional<QList<CsvRow>> parse(const QByteArray &bytes, QString *error, char delimiter = ',');
    // The same rows handed to `take` one at a time as they are read, none kept: a large file is read
    // in the memory of one row. Stops at the first row `take` refuses (returning false, `error`
    // left as `take` set it) or at the first fault of the file (false, `error` says where).
    static bool forEachRow(const QByteArray &bytes, QString *error, const std::function<bool(CsvRow &row)> &take,
                           char delimiter = ',');
    // The same rows left as UTF-8 (each field exactly the bytes forEachRow decodes: a field's
    // leading byte-order mark dropped), for readers that would only turn the text back into
    // UTF-8: a 20,000-client case-records CSV spent a fifth of its import decoding and re-encoding.
    static bool forEachRawRow(const QByteArray &bytes, QString *error, const std::function<bool(CsvRawRow &row)> &take,
                              char delimiter = ',');
    // A raw row's fields as text.
    static CsvRow decoded(const CsvRawRow &row);
    // The separator a file uses: the commonest of comma, semicolon and tab on its first line,
    // outside quotes (spreadsheets in Spanish locales write semicolons).
    static char delimiterOf(const QByteArray &bytes);

    // One field quoted when it needs to be, for writing (RFC 4180).
    static QString quoted(const QString &field);
    // The same for a file meant for spreadsheets, and every CSV the app writes is one: a value
    // that starts like a formula (=, +, -, @, a tab or a carriage return) gets a leading
    // apostrophe, so that text copied from an agency's file or a client record cannot run as one.
    // Numbers (-12, +3.5) are left alone. A value that is apostrophes then such a character gets
    // one more apostrophe, so that undefused() restores every value exactly.
    static QString spreadsheetField(const QString &field);
    // A field as it was before spreadsheetField(): one leading apostrophe dropped where that
    // function added it (apostrophes followed by a formula character), nothing changed otherwise.
    static QString undefused(const QString &field);
};

} // namespace rebuttal
