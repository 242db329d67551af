// Sizes windows to the screen they open on, so that on a 1366x768 laptop every dialog and its
// buttons stay on the screen.
#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace rebuttal {

class ScreenFit
{
public:
    // The usable area (without panels) of the screen `widget` is on, else the primary screen's.
    static QRect available(const QWidget *widget);
    // Resizes the window to `preferred`, shrunk to fit within the available area with a margin
    // for the window frame.
    static void resize(QWidget *window, const QSize &preferred);
    // The largest size a window may take on the screen: the available area less the frame.
    static QSize maximum(const QWidget *widget);
    // Widens each empty field of `window` that shows a hint ("YYYY-MM-DD, YYYY-MM or YYYY") to
    // show it whole, in whichever language it is in. Call before sizing the window.
    static void showHintsWhole(QWidget *window);
};

} // namespace rebuttal
