// Audit findings as CSV (RFC 4180: fields quoted when they hold a comma, a quote or a line
// break, quotes doubled), UTF-8 with a byte-order mark so spreadsheets read the accents right.
#pragma once

#include "AuditFinding.h"

#include <QByteArray>

namespace rebuttal {

class AuditCsv
{
public:
    static QByteArray toCsv(const QList<AuditFinding> &findings);
    static QString field(const QString &text);
};

} // namespace rebuttal
