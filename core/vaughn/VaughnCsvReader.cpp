#include "VaughnCsvReader.h"

#include "VaughnColumn.h"

#include "VaughnTextReader.h"

#include <csv.h>

namespace rebuttal {

namespace {

constexpr int kHeaderSearchRows = 20;

struct Collector
{
    QList<QPair<int, QStringList>> records;
    QStringList fields;
    int line = 1;       // the line the parser has reached
    int recordLine = 1; // the line the current record started on
};

void onField(void *data, size_t length, void *context)
{
    auto *c = static_cast<Collector *>(context);
    const QByteArray bytes(static_cast<const char *>(data), qsizetype(length));
    c->fields << QString::fromUtf8(bytes);
}

void onRecord(int, void *context)
{
    auto *c = static_cast<Collector *>(context);
    c->records.append({c->recordLine, c->fields});
    c->fields.clear();
}

char delimiterOf(const QByteArray &bytes)
{
    // The separator is the most frequent candidate on the first line, outside quotes.
    const QByteArray first = bytes.left(bytes.indexOf('\n') < 0 ? bytes.size() : bytes.indexOf('\n'));
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

} // namespace

std::optional<QList<QPair<int, QStringList>>> VaughnCsvReader::records(const QByteArray &raw, QString *problem)
{
    // libcsv reads bytes: give it UTF-8 whatever the file's encoding.
    const QByteArray bytes = VaughnTextReader::decoded(raw).toUtf8();

    csv_parser parser;
    if (csv_init(&parser, CSV_APPEND_NULL) != 0) {
        *problem = tr("out of memory");
        return std::nullopt;
    }
    csv_set_delim(&parser, static_cast<unsigned char>(delimiterOf(bytes)));
    Collector collector;
    // Fed line by line so that every record knows the line it starts on.
    qsizetype offset = 0;
    while (offset < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', offset);
        end = end < 0 ? bytes.size() : end + 1;
        if (collector.fields.isEmpty() && parser.pstate == 0)
            collector.recordLine = collector.line;
        if (csv_parse(&parser, bytes.constData() + offset, size_t(end - offset), onField, onRecord, &collector)
            != size_t(end - offset)) {
            *problem = tr("line %1: %2").arg(collector.line).arg(QString::fromUtf8(csv_strerror(csv_error(&parser))));
            csv_free(&parser);
            return std::nullopt;
        }
        ++collector.line;
        offset = end;
    }
    csv_fini(&parser, onField, onRecord, &collector);
    csv_free(&parser);
    return collector.records;
}

std::optional<QList<VaughnEntry>> VaughnCsvReader::read(const QByteArray &bytes)
{
    m_error.clear();
    QString problem;
    const std::optional<QList<QPair<int, QStringList>>> rows = records(bytes, &problem);
    if (!rows) {
        m_error = problem;
        return std::nullopt;
    }
    // The header: the first record (among the first few) that names three columns, one of them
    // the entry or its document.
    int headerRow = -1;
    QList<VaughnColumn> columns;
    for (int r = 0; r < rows->size() && r < kHeaderSearchRows && headerRow < 0; ++r) {
        QList<VaughnColumn> kinds;
        QList<VaughnColumn> distinct;
        for (const QString &field : rows->at(r).second) {
            const VaughnColumn kind = VaughnColumnName::columnOf(field);
            // A second column of the same kind is ignored rather than merged into the first.
            kinds << (distinct.contains(kind) ? VaughnColumn::None : kind);
            if (kind != VaughnColumn::None && !distinct.contains(kind))
                distinct << kind;
        }
        if (distinct.size() >= 3 && (distinct.contains(VaughnColumn::Entry) || distinct.contains(VaughnColumn::Document))) {
            headerRow = r;
            columns = kinds;
        }
    }
    if (headerRow < 0) {
        const int lastLine = rows->isEmpty() ? 1 : rows->at(std::min<qsizetype>(rows->size(), kHeaderSearchRows) - 1).first;
        m_error = tr("no header row found: looked for a row naming the columns Entry, Document (or Bates), Withholding, "
                     "Pages, Description, Exemptions, Justification in lines 1-%1")
                      .arg(lastLine);
        return std::nullopt;
    }
    QList<VaughnEntry> entries;
    for (int r = headerRow + 1; r < rows->size(); ++r) {
        VaughnRow row;
        const QStringList &fields = rows->at(r).second;
        for (int c = 0; c < fields.size() && c < columns.size(); ++c)
            row.append(columns.at(c), fields.at(c).trimmed());
        if (row.isEmpty())
            continue;
        entries << row.toEntry(int(entries.size()) + 1);
    }
    if (entries.isEmpty()) {
        m_error = tr("line %1 names the columns but no entry follows it").arg(rows->at(headerRow).first);
        return std::nullopt;
    }
    return entries;
}

} // namespace rebuttal
