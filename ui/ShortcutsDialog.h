// Help > Keyboard Shortcuts: every shortcut of the main window, read from its actions (menus,
// pages, toolbars), so the list is never out of date.
#pragma once

#include <QDialog>

class QStandardItemModel;
class QTableView;

namespace rebuttal {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    // Lists the actions of `window` and every widget in it that have a shortcut.
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QStandardItemModel *model() const { return m_model; }

    // Where an action works: the menu it is in, else the page (a widget with a window title)
    // it belongs to, else the whole window.
    static QString placeOf(const class QAction *action, const QWidget *window);

private:
    QStandardItemModel *m_model;
    QTableView *m_table;
};

} // namespace rebuttal
