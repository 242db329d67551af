// Five-number summaries per source (days detained, days separated, disclosure delay) as a table,
// listed on the research page and mapped into its box plots.
#pragma once

#include "store/OutcomeStatistics.h"

#include <QAbstractTableModel>

namespace rebuttal {

class DistributionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Minimum..Maximum are contiguous, in the order a box plot mapper reads them.
    enum Column { Label, Count, Minimum, LowerQuartile, Median, UpperQuartile, Maximum, ColumnCount };

    // `countHeader` names what was counted ("Clients", "Allegations").
    explicit DistributionModel(const QString &countHeader, QObject *parent = nullptr);

    void setRows(const QList<Distribution> &rows);
    const QList<Distribution> &rows() const { return m_rows; }
    QString label(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_countHeader;
    QList<Distribution> m_rows;
};

} // namespace rebuttal
