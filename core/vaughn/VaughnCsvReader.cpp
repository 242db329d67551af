#include "VaughnCsvReader.h"

#include "VaughnColumn.h"

#include "VaughnTextReader.h"

#include "text/CsvTable.h"

namespace rebuttal {

namespace {

constexpr int kHeaderSearchRows = 20;

} // namespace

std::optional<QList<QPair<int, QStringList>>> VaughnCsvReader::records(const QByteArray &raw, QString *problem)
{
    // libcsv reads bytes: give it UTF-8 whatever the file's encoding.
    const QByteArray bytes = VaughnTextReader::decoded(raw).toUtf8();
    const std::optional<QList<CsvRow>> rows = CsvTable::parse(bytes, problem, CsvTable::delimiterOf(bytes));
    if (!rows)
        return std::nullopt;
    QList<QPair<int, QStringList>> records;
    for (const CsvRow &row : *rows)
        records.append({row.line, row.fields});
    return records;
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
