#include "CopyEndpoint.h"

#include <QSet>

namespace rebuttal {

int CopyTable::columnIndex(const QString &column) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == column)
            return int(i);
    }
    return -1;
}

bool CopyTable::hasBlob() const
{
    return std::any_of(columns.cbegin(), columns.cend(), [](const CopyColumn &c) { return c.kind == CopyKind::Blob; });
}

QString quotedName(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QList<CopyTable> dependencyOrder(QList<CopyTable> tables)
{
    std::sort(tables.begin(), tables.end(), [](const CopyTable &a, const CopyTable &b) { return a.name < b.name; });
    QSet<QString> known;
    for (const CopyTable &table : std::as_const(tables))
        known.insert(table.name);
    QList<CopyTable> ordered;
    QSet<QString> placed;
    // A table goes once every table it refers to is placed; the schema has no cycle, and a table
    // left over (a cycle after all) goes last rather than being lost.
    while (!tables.isEmpty()) {
        const auto ready = std::find_if(tables.begin(), tables.end(), [&](const CopyTable &table) {
            return std::all_of(table.parents.cbegin(), table.parents.cend(), [&](const QString &parent) {
                return parent == table.name || placed.contains(parent) || !known.contains(parent);
            });
        });
        const auto next = ready == tables.end() ? tables.begin() : ready;
        placed.insert(next->name);
        ordered << *next;
        tables.erase(next);
    }
    return ordered;
}

} // namespace rebuttal
