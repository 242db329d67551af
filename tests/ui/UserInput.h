// What GUI tests do as a user would, with real mouse events: shared by the tests of tests/ui.
#pragma once

#include <QAction>
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

} // namespace rebuttal::test
