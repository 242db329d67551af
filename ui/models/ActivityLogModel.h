// The case file's chain-of-custody log as a read-only table, oldest first.
#pragma once

#include "store/ActivityLog.h"

#include <QAbstractTableModel>

namespace rebuttal {

class CaseFile;
class OpenStore;

class ActivityLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, User, Action, Detail, ColumnCount };

    explicit ActivityLogModel(QObject *parent = nullptr);

    void setStore(OpenStore *store);
    // Follows the open case file: its store, and what is added to its log.
    void follow(CaseFile *caseFile);
    // Re-reads the log (after the app itself wrote to it).
    void refresh();
    // Why the last read of the log failed (the model is then empty); no error when it did not.
    StoreError readError() const { return m_readError; }
    OpenStore *store() const { return m_store; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A readable name for an action identifier ("import.cases" -> "Case records imported").
    static QString actionName(const QString &action);
    // When an entry was made, unambiguously: "2026-12-02 16:34:05 UTC+01:00" (local time).
    static QString timeText(const QDateTime &at);

private:
    OpenStore *m_store = nullptr;
    QList<ActivityEntry> m_rows;
    StoreError m_readError;
};

} // namespace rebuttal
