// A page that lists a model in a table, or an empty state while the model has nothing to list.
#pragma once

#include <QString>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace rebuttal {

class EmptyState;
class ReadFailureState;

class TablePage : public QWidget
{
    Q_OBJECT

public:
    // `isEmpty` decides between the table and the empty state (a lazy model's rowCount is not enough).
    TablePage(QAbstractItemModel *model, std::function<bool()> isEmpty, QWidget *parent = nullptr);

    EmptyState *emptyState() const { return m_emptyState; }
    QTableView *table() const { return m_table; }
    // The column that takes the spare width (the others fit their contents); the layout the
    // user gives the columns is remembered under `settingsKey`.
    void setStretchColumn(int column, const QString &settingsKey = {});
    // `failure` says why the model's last read of the case file failed (empty when it did not);
    // the page then shows that in place of the table.
    void setReadFailure(std::function<QString()> failure);
    // Adds a filter box above the table that matches any column.
    void enableFilter(const QString &placeholder);
    // Re-evaluates which of the two to show.
    void refresh();
    bool isShowingEmptyState() const;
    bool isShowingReadFailure() const;

private:
    std::function<bool()> m_isEmpty;
    std::function<QString()> m_failure;
    QStackedWidget *m_stack;
    EmptyState *m_emptyState;
    ReadFailureState *m_readFailure;
    QWidget *m_tablePane;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter = nullptr;
    int m_stretchColumn = -1;
};

} // namespace rebuttal
