#include "ResearchCsv.h"

#include "text/CsvTable.h"

#include "domain/CaseTypes.h"

#include <QStringList>

namespace rebuttal {

QString ResearchCsv::count(int value, bool deidentify)
{
    if (deidentify && value > 0 && value < SuppressBelow)
        return QStringLiteral("<5");
    return QString::number(value);
}

QString ResearchCsv::field(const QString &text)
{
    return CsvTable::spreadsheetField(text);
}

QByteArray ResearchCsv::outcomes(const QList<OutcomeCounts> &rows, const QString &labelHeader, bool deidentify)
{
    const QStringList types = allCodes<EventType>();
    QStringList lines{(QStringList{labelHeader, QStringLiteral("allegations"), QStringLiteral("clients")} + types)
                          .join(QLatin1Char(','))};
    for (const OutcomeCounts &row : rows) {
        QStringList cells{field(row.key.isEmpty() ? QStringLiteral("unknown") : row.key), count(row.allegations, deidentify),
                          count(row.clients, deidentify)};
        for (const QString &type : types)
            cells << count(row.events(type), deidentify);
        lines << cells.join(QLatin1Char(','));
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QByteArray ResearchCsv::dataset(const QList<DatasetRow> &rows)
{
    const QStringList types = DatasetRow::countedTypes();
    QStringList header{QStringLiteral("row"), QStringLiteral("sources"), QStringLiteral("allegations"),
                       QStringLiteral("first_allegation_year"), QStringLiteral("events"), QStringLiteral("relied_on_events")};
    for (const QString &type : types)
        header << type;
    header << QStringLiteral("detention_days") << QStringLiteral("separation_days")
           << QStringLiteral("longest_disclosure_delay_days");
    QStringList lines{header.join(QLatin1Char(','))};
    int number = 0;
    for (const DatasetRow &row : rows) {
        QStringList cells{QString::number(++number), field(row.sources.join(QLatin1Char(';'))), QString::number(row.allegations),
                          row.firstAllegationYear ? QString::number(*row.firstAllegationYear) : QString(),
                          QString::number(row.events), QString::number(row.reliedOnEvents)};
        for (const QString &type : types)
            cells << QString::number(row.eventCounts.value(type));
        cells << QString::number(row.detentionDays) << QString::number(row.separationDays)
              << (row.longestDisclosureDelayDays ? QString::number(*row.longestDisclosureDelayDays) : QString());
        lines << cells.join(QLatin1Char(','));
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

} // namespace rebuttal
