// Research figures as CSV for spreadsheets and statistics packages, optionally de-identified:
// no names, refs, A-numbers, free text or exact dates, and small counts suppressed.
#pragma once

#include "domain/Outcomes.h"

#include <QByteArray>
#include <QString>

namespace rebuttal {

class ResearchCsv
{
public:
    // Small-cell suppression: a count from 1 to 4 could single a person out, so it prints as
    // "<5"; 0 and 5 or more print as they are.
    static constexpr int SuppressBelow = 5;
    static QString count(int value, bool deidentify);

    // Header row, then one row per breakdown entry: its label (`labelHeader` column), then
    // allegations, clients and the events of every type that relied on its allegations.
    static QByteArray outcomes(const QList<OutcomeCounts> &rows, const QString &labelHeader, bool deidentify);

    // One row per client, numbered in the dataset's own order; no identity, ref or date.
    static QByteArray dataset(const QList<DatasetRow> &rows);

private:
    static QString field(const QString &text);
};

} // namespace rebuttal
