// A breakdown of research figures (by source, origin country or year) as a table: allegations,
// clients, and the decisions that relied on them. The research page lists it and its charts map it.
#pragma once

#include "store/OutcomeStatistics.h"

#include <QAbstractTableModel>

namespace rebuttal {

class OutcomeCountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Grouping { Source, Country, Year };
    // Outcome columns follow Clients, one per event type of outcomeTypes(), contiguous so a
    // bar model mapper can take them as one range.
    enum Column { Label, Allegations, Clients, FirstOutcome };

    explicit OutcomeCountsModel(Grouping grouping, QObject *parent = nullptr);

    static QStringList outcomeTypes();
    int lastOutcomeColumn() const { return FirstOutcome + static_cast<int>(outcomeTypes().size()) - 1; }
    // The code or the series key behind a column ("allegations", "bond_denied").
    static QString columnKey(int column);

    void setRows(const QList<OutcomeCounts> &rows);
    const QList<OutcomeCounts> &rows() const { return m_rows; }
    QString label(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Grouping m_grouping;
    QList<OutcomeCounts> m_rows;
};

} // namespace rebuttal
