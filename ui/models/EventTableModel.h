// One client's events in date order (same-day events in the record's order), with the
// allegations each relied on and the pages cited for it.
#pragma once

#include "domain/CaseRecords.h"

#include <QAbstractTableModel>

namespace rebuttal {

class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Type, ReliedOn, Evidence, Detail, ColumnCount };
    // Qt::UserRole on any cell: the event's index in Client::events.

    explicit EventTableModel(QObject *parent = nullptr);

    void setClient(const Client &client);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CaseEvent> m_events;
    QList<int> m_order;
    QList<Allegation> m_allegations;
};

} // namespace rebuttal
