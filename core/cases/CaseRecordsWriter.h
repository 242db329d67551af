// Case records out: the rebuttal.cases JSON and the equivalent CSV that CaseRecordsReader
// reads back unchanged (import(export(x)) == x).
#pragma once

#include "CaseRecords.h"

#include <QByteArray>
#include <QJsonObject>

namespace rebuttal {

class CaseRecordsWriter
{
public:
    static QJsonObject toJsonObject(const CaseRecords &records);
    static QByteArray toJson(const CaseRecords &records);
    // UTF-8 with a byte-order mark, so spreadsheet programs read accents right.
    static QByteArray toCsv(const CaseRecords &records);
};

} // namespace rebuttal
