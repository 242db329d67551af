// What GUI tests do as a user would, with real mouse events: shared by the tests of tests/ui.
#pragma once

#include "MainWindow.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QListView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

namespace rebuttal::test {

// Opens the menu bar's menu that holds `action` and clicks the action, with the mouse.
inline void clickMenuItem(QMainWindow *window, QAction *action)
{
    QMenuBar *bar = window->menuBar();
    for (QAction *top : bar->actions()) {
        QMenu *menu = top->menu();
        if (!menu || !menu->actions().contains(action))
            continue;
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(top).center());
        QTRY_VERIFY(menu->isVisible());
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
        return;
    }
    QFAIL("no menu holds the action");
}

// Goes to a page of the case file by clicking its entry in the navigation sidebar.
inline void clickPage(MainWindow &window, MainWindow::Page page)
{
    QListView *sidebar = window.navigation();
    const QModelIndex entry = sidebar->model()->index(int(page), 0);
    sidebar->scrollTo(entry);
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualRect(entry).center());
    QCOMPARE(window.currentPage(), page);
}

} // namespace rebuttal::test
