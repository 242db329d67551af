// Case records out: the rebuttal.cases JSON and the equivalent CSV that CaseRecordsReader
// reads back unchanged (import(export(x)) == x).
#pragma once

#include "domain/CaseRecords.h"
#include "domain/ActivityDetail.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace rebuttal {

class CaseRecordsWriter
{
    Q_DECLARE_TR_FUNCTIONS(CaseRecordsWriter)

public:
    static QJsonObject toJsonObject(const CaseRecords &records);
    static QByteArray toJson(const CaseRecords &records);
    // UTF-8 with a byte-order mark, so spreadsheet programs read accents right. Every field
    // goes through CsvTable::spreadsheetField (formula defusing), which the reader undoes.
    static QByteArray toCsv(const CaseRecords &records);

    // The activity log's words for an export of `clients` clients written as `bytes`: the
    // format and the SHA-256, never the file name (often a client's).
    static ActivityDetail logDetail(int clients, bool csv, const QByteArray &bytes);
};

} // namespace rebuttal
