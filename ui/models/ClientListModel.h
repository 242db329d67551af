// The clients of a case file as a table that fetches rows as the view scrolls to them.
#pragma once

#include "store/ClientRecords.h"

#include <QAbstractTableModel>

namespace rebuttal {

class OpenStore;

class ClientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Ref, Name, Country, Sources, Allegations, Events, ColumnCount };
    static constexpr int BatchSize = 256;

    explicit ClientListModel(QObject *parent = nullptr);

    // Reloads from `store` (nullptr: empty). The store must outlive the model or be reset first.
    void setStore(OpenStore *store);
    // Re-reads from the store (after an edit), keeping the filter and sort.
    void reload();
    // Shows only the clients matching every word of `filter` (ref, name, country, source).
    void setFilter(const QString &filter);
    // Clients in the store, whatever the filter (for the empty state).
    int storeCount() const { return m_storeCount; }
    // Clients matching the filter, fetched or not.
    int totalCount() const { return m_total; }
    // Why the last read of the store failed (the model then lists what it had); no error when it did not.
    StoreError readError() const { return m_readError; }
    // A read of more rows failed (readError() says why); a failed reload shows in readError() after the reset.
    Q_SIGNAL void readFailed();
    // The row of the client with `ref`, fetching rows as needed; -1 when the filter hides it.
    int rowOf(const QString &ref);
    QString refAt(int row) const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    OpenStore *m_store = nullptr;
    ClientQuery m_query;
    QList<ClientSummary> m_rows;
    int m_total = 0;
    int m_storeCount = 0;
    StoreError m_readError;
};

} // namespace rebuttal
