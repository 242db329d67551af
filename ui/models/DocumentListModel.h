// The FOIA productions of a case file or a server matter: name, pages, redactions, withheld pages.
#pragma once

#include "store/DocumentReader.h"
#include "store/OpenStore.h"

#include <QAbstractTableModel>

namespace rebuttal {

class DocumentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Pages, Redactions, Withheld, Imported, ColumnCount };
    // The figures of a production in a line, for the name's caption ("3 pages · 10 redactions").
    enum Role { FiguresRole = Qt::UserRole + 1 };

    explicit DocumentListModel(QObject *parent = nullptr);

    void setStore(OpenStore *store);
    // The productions as read elsewhere (a server matter's, off the GUI thread), or why not.
    void setRows(const QList<DocumentSummary> &rows, const StoreError &readError);
    qint64 documentId(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0; }
    // The summary of production `documentId` as last read, or none when the list does not hold it.
    std::optional<DocumentSummary> summaryOf(qint64 documentId) const;
    // Why the last read of the store failed (the model is then empty); no error when it did not.
    StoreError readError() const { return m_readError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString figuresOf(const DocumentSummary &row);

    QList<DocumentSummary> m_rows;
    StoreError m_readError;
};

} // namespace rebuttal
