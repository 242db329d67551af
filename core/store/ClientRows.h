// The client list row that both stores read (ClientRecords on SQLite, ServerClientRecords on
// PostgreSQL): id, ref, name, country, allegation count, event count, sources space-separated,
// in that column order, over either statement class (SqlStatement, PgStatement). Only the SQL
// that selects them differs. For the classes of core/store only.
#pragma once

#include "ClientRecordStore.h"
#include "StoreError.h"

namespace rebuttal::clientrows {

template <typename Statement>
QList<ClientSummary> readSummaries(Statement &select, StoreError *error)
{
    QList<ClientSummary> result;
    if (select.exec()) {
        while (select.next()) {
            ClientSummary summary;
            summary.id = select.value(0).toLongLong();
            summary.ref = select.value(1).toString();
            summary.name = select.value(2).toString();
            summary.country = select.value(3).toString();
            summary.allegations = select.value(4).toInt();
            summary.events = select.value(5).toInt();
            summary.sources = select.value(6).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            result << summary;
        }
    }
    if (error)
        *error = select.error();
    return result;
}

} // namespace rebuttal::clientrows
