// Lays out a table's columns the same way everywhere: the column that names the thing takes the
// spare width, the others fit their contents, a cut-off cell shows its whole text as a tooltip,
// and the order and sort the user chose are remembered between sessions.
// The header keeps the other columns fitted to their contents as the rows change: a page must not
// call resizeColumnsToContents(), which also sizes the stretched column to its longest cell (a
// long title then pushed the table into sideways scrolling until the window was next resized).
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QTableView;

namespace rebuttal {

class TableColumns : public QObject
{
    Q_OBJECT

public:
    // Arranges `table` (whose model is set) and keeps doing so as its model resets. `settingsKey`
    // names the table in QSettings; empty: nothing is remembered.
    static TableColumns *arrange(QTableView *table, int stretchColumn, const QString &settingsKey = {});
    // A table of figures: the first column (what is counted) fits its contents and the columns
    // of numbers share the rest, their headers wrapped onto as many lines as they need.
    static TableColumns *arrangeFigures(QTableView *table, const QString &settingsKey = {});

    int stretchColumn() const { return m_stretchColumn; }
    // Columns hidden until the user shows them (right-click on the header), for narrow panes;
    // a layout the user chose before wins.
    void hideByDefault(const QList<int> &columns);

protected:
    // A header cut short shows its whole text as a tooltip.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TableColumns(QTableView *table, int stretchColumn, const QString &settingsKey);
    void applyModes();
    void showHeaderMenu(const QPoint &at);
    void restore();
    void save() const;
    QString stateKey() const;

    QTableView *m_table;
    int m_stretchColumn;
    QString m_settingsKey;
    bool m_restoring = false;
    bool m_restored = false;
    bool m_figures = false;
};

} // namespace rebuttal
