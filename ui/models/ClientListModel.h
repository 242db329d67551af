// The clients of a case file as a table that fetches rows as the view scrolls to them.
#pragma once

#include "store/ClientRecords.h"

#include <QAbstractTableModel>

namespace rebuttal {

class CaseStore;

class ClientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Ref, Name, Country, Sources, Allegations, Events, ColumnCount };
    static constexpr int BatchSize = 256;

    explicit ClientListModel(QObject *parent = nullptr);

    // Reloads from `store` (nullptr: empty). The store must outlive the model or be reset first.
    void setStore(CaseStore *store);
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    CaseStore *m_store = nullptr;
    QList<ClientSummary> m_rows;
    int m_total = 0;
};

} // namespace rebuttal
