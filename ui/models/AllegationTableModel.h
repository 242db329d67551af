// One client's allegations as a table: source, kind, who supplied them, when DHS had them,
// when counsel learned of them, the delay between the two, and where they stand.
#pragma once

#include "domain/CaseRecords.h"

#include <QAbstractTableModel>

namespace rebuttal {

class AllegationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Ref, Source, Kind, Origin, AssertedOn, DisclosedOn, Delay, Status, ColumnCount };

    explicit AllegationTableModel(QObject *parent = nullptr);

    void setAllegations(const QList<Allegation> &allegations);
    const QList<Allegation> &allegations() const { return m_allegations; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Allegation> m_allegations;
};

} // namespace rebuttal
