// Where a page's keyboard shortcut works. The window's pages are stacked and only the page shown
// has its keys active, whatever their context (Qt leaves a hidden widget's actions out), so a
// page can choose:
// - KeyScope::Window for a command of the page (New Agreement, Find, Export, Zoom, Next Withheld): it
//   works wherever the focus is in the window while the page shows, the sidebar included, so the
//   user who has just chosen the page there can use it at once;
// - KeyScope::Page for a key that acts on a selection or that a list or a field may want for itself
//   (a bare letter, Return, Delete, F2, Page Up and Down): only while the focus is in the page, so
//   it never acts on a selection the user is not working in, nor takes the sidebar's own keys.
// An action that is also in the menu bar's menus must be KeyScope::Page: Qt counts a window-wide
// key of an action in a visible menu as active on every page, where it would clash with the same
// key of the page shown.
#pragma once

#include <QAction>
#include <QKeySequence>
#include <QList>

namespace rebuttal {

enum class KeyScope { Window, Page };

inline void setPageShortcuts(QAction *action, const QList<QKeySequence> &keys, KeyScope scope)
{
    action->setShortcuts(keys);
    action->setShortcutContext(scope == KeyScope::Window ? Qt::WindowShortcut : Qt::WidgetWithChildrenShortcut);
}

inline void setPageShortcut(QAction *action, const QKeySequence &key, KeyScope scope)
{
    setPageShortcuts(action, {key}, scope);
}

} // namespace rebuttal
