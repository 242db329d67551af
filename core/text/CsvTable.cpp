#include "CsvTable.h"

#include <QStringDecoder>

#include <csv.h>

#include <cstring>

namespace rebuttal {

namespace {

// csv_parser::pstate between rows (libcsv's ROW_NOT_BEGUN, which its header does not export).
constexpr int kRowNotBegun = 0;

struct ParseState
{
    const std::function<bool(CsvRawRow &row)> *take = nullptr;
    bool refused = false; // take() said stop
    // The bytes of the row's fields one after another, and where each is: libcsv hands a field
    // in its own buffer, reused for the next.
    QByteArray text;
    QList<std::pair<qsizetype, qsizetype>> spans;
    CsvRawRow current;
    int currentLine = 1;   // the line being fed
    int rowStartLine = 1;  // where the row now being read began
    bool badText = false;
    int badTextLine = 0;
};

// Whether `bytes` are UTF-8, ASCII (most fields) seen without Qt's decoder.
bool isUtf8(const char *bytes, size_t length)
{
    for (size_t i = 0; i < length; ++i) {
        if (static_cast<unsigned char>(bytes[i]) >= 0x80)
            return QByteArrayView(bytes + i, static_cast<qsizetype>(length - i)).isValidUtf8();
    }
    return true;
}

void onField(void *data, size_t length, void *context)
{
    auto *state = static_cast<ParseState *>(context);
    const auto *bytes = static_cast<const char *>(data);
    if (!isUtf8(bytes, length) && !state->badText) {
        state->badText = true;
        state->badTextLine = state->rowStartLine;
    }
    // Qt's stateless UTF-8 decoder, which read every field before, drops a leading byte-order mark.
    if (length >= 3 && std::memcmp(bytes, "\xEF\xBB\xBF", 3) == 0) {
        bytes += 3;
        length -= 3;
    }
    state->spans.append({state->text.size(), static_cast<qsizetype>(length)});
    state->text.append(bytes, static_cast<qsizetype>(length));
}

void onRowEnd(int, void *context)
{
    auto *state = static_cast<ParseState *>(context);
    state->current.line = state->rowStartLine;
    state->current.fields.clear();
    for (const auto &[from, length] : std::as_const(state->spans))
        state->current.fields.append(QByteArrayView(state->text.constData() + from, length));
    const bool blank = state->current.fields.size() == 1 && state->current.fields.first().isEmpty();
    // A row with a field that is not UTF-8 is never handed on: the reading stops there.
    if (!blank && !state->current.fields.isEmpty() && !state->badText && !state->refused)
        state->refused = !(*state->take)(state->current);
    // Emptied, not freed (QByteArray::clear() frees): the next row reuses their room.
    state->text.resize(0);
    state->spans.resize(0);
    // The next row starts on the line after the one this row ended on.
    state->rowStartLine = state->currentLine + 1;
}

} // namespace

char CsvTable::delimiterOf(const QByteArray &bytes)
{
    const qsizetype newline = bytes.indexOf('\n');
    const QByteArray first = bytes.left(newline < 0 ? bytes.size() : newline);
    int counts[3] = {0, 0, 0};
    const char candidates[3] = {',', ';', '\t'};
    bool quoted = false;
    for (const char c : first) {
        if (c == '"')
            quoted = !quoted;
        for (int k = 0; k < 3 && !quoted; ++k)
            counts[k] += c == candidates[k];
    }
    int best = 0;
    for (int k = 1; k < 3; ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return candidates[best];
}

std::optional<QList<CsvRow>> CsvTable::parse(const QByteArray &input, QString *error, char delimiter)
{
    QList<CsvRow> rows;
    if (!forEachRow(input, error, [&rows](CsvRow &row) { rows << std::move(row); return true; }, delimiter))
        return std::nullopt;
    return rows;
}

CsvRow CsvTable::decoded(const CsvRawRow &row)
{
    CsvRow text;
    text.line = row.line;
    text.fields.reserve(row.fields.size());
    for (const QByteArrayView field : row.fields)
        text.fields << QString::fromUtf8(field);
    return text;
}

bool CsvTable::forEachRow(const QByteArray &bytes, QString *error, const std::function<bool(CsvRow &row)> &take, char delimiter)
{
    return forEachRawRow(bytes, error, [&take](CsvRawRow &raw) {
        CsvRow row = decoded(raw);
        return take(row);
    }, delimiter);
}

bool CsvTable::forEachRawRow(const QByteArray &input, QString *error, const std::function<bool(CsvRawRow &row)> &take, char delimiter)
{
    // The byte-order mark skipped by a view, not removed from a copy (a 14 MB file copied whole).
    QByteArrayView bytes(input);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        *error = tr("cannot start the CSV reader");
        return false;
    }
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
    ParseState state;
    state.take = &take;
    bool ok = true;
    // Fed a line at a time so that a finished row knows the line it ended on.
    qsizetype from = 0;
    while (from < bytes.size() && !state.refused && !state.badText) {
        qsizetype end = bytes.indexOf('\n', from);
        end = end < 0 ? bytes.size() : end + 1;
        const size_t length = static_cast<size_t>(end - from);
        // A line fed with no row begun starts the next row: blank lines, which libcsv skips
        // without a word, are counted (a row after one was once said to be on the line after the last).
        if (parser.pstate == kRowNotBegun)
            state.rowStartLine = state.currentLine;
        if (csv_parse(&parser, bytes.constData() + from, length, onField, onRowEnd, &state) != length) {
            *error = tr("line %1: malformed CSV (%2)").arg(state.currentLine).arg(QString::fromUtf8(csv_strerror(csv_error(&parser))));
            ok = false;
            break;
        }
        from = end;
        if (bytes.at(end - 1) == '\n')
            ++state.currentLine;
    }
    if (ok && !state.refused && !state.badText && csv_fini(&parser, onField, onRowEnd, &state) != 0) {
        *error = tr("line %1: malformed CSV (a quoted field is never closed)").arg(state.rowStartLine);
        ok = false;
    }
    csv_free(&parser);
    if (!ok || state.refused)
        return false;
    if (state.badText) {
        *error = tr("line %1: not UTF-8 text (save the file as CSV UTF-8)").arg(state.badTextLine);
        return false;
    }
    return true;
}

namespace {

// Where a value's first character after any apostrophes is one a spreadsheet reads as a formula.
bool startsLikeFormula(const QString &field, qsizetype from)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    while (from < field.size() && field.at(from) == QLatin1Char('\''))
        ++from;
    return from < field.size() && formulaStarts.contains(field.at(from));
}

} // namespace

QString CsvTable::spreadsheetField(const QString &field)
{
    bool isNumber = false;
    field.toDouble(&isNumber);
    if (!isNumber && startsLikeFormula(field, 0))
        return quoted(QLatin1Char('\'') + field);
    return quoted(field);
}

QString CsvTable::undefused(const QString &field)
{
    if (field.startsWith(QLatin1Char('\'')) && startsLikeFormula(field, 1))
        return field.mid(1);
    return field;
}

QString CsvTable::quoted(const QString &field)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needs = field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    for (QChar c : field)
        needs = needs || special.contains(c);
    if (!needs)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace rebuttal
