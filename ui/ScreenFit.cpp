#include "ScreenFit.h"

#include <QGuiApplication>
#include <QLineEdit>
#include <QScreen>
#include <QWidget>

namespace rebuttal {

namespace {
// Room for a title bar and borders, which the window's own size does not include.
constexpr int kFrameWidth = 16;
constexpr int kFrameHeight = 48;
} // namespace

QRect ScreenFit::available(const QWidget *widget)
{
    const QScreen *screen = widget ? widget->screen() : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768);
}

QSize ScreenFit::maximum(const QWidget *widget)
{
    const QRect area = available(widget);
    return {std::max(320, area.width() - kFrameWidth), std::max(240, area.height() - kFrameHeight)};
}

void ScreenFit::showHintsWhole(QWidget *window)
{
    // Room besides the text: QLineEdit's own margins and its frame, as styles draw them.
    constexpr int kBesideText = 20;
    for (QLineEdit *edit : window->findChildren<QLineEdit *>()) {
        if (!edit->placeholderText().isEmpty())
            edit->setMinimumWidth(std::max(edit->minimumWidth(), edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + kBesideText));
    }
}

void ScreenFit::resize(QWidget *window, const QSize &preferred)
{
    window->resize(preferred.boundedTo(maximum(window)));
}

} // namespace rebuttal
