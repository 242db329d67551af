// Agreement flag counts (FlagTally) as a table: one row per program, country, decision category
// and year, one column per flag rule, then the total. The research page lists it and charts it.
#pragma once

#include "agreements/FlagTally.h"

#include <QAbstractTableModel>

namespace rebuttal {

class FlagCountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The rule columns are contiguous so a bar model mapper can take them as one range.
    enum Column { Group, Label, FirstRule, LastRule = FirstRule + FlagCountRow::RuleCount - 1, Total, ColumnCount };

    explicit FlagCountsModel(QObject *parent = nullptr);

    void setRows(const QList<FlagCountRow> &rows);
    const QList<FlagCountRow> &rows() const { return m_rows; }
    static QString groupName(FlagCountRow::Group group);
    // The row's key for people: a source's short name, a country's name, a category's name.
    QString label(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FlagCountRow> m_rows;
};

} // namespace rebuttal
