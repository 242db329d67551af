// Clicks a window's progress dialog's Cancel with the mouse once `ready` says so (polled while
// it shows): a job cancelled at a known point (waiting on a lock the test holds).
#pragma once

#include "MainWindow.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

namespace rebuttal::test {

class CancelWhen : public QObject
{
public:
    CancelWhen(MainWindow &window, std::function<bool(QProgressDialog &)> ready)
        : m_window(window)
        , m_ready(std::move(ready))
    {
        m_poll.setInterval(10);
        connect(&m_poll, &QTimer::timeout, this, [this] {
            auto *dialog = m_window.findChild<QProgressDialog *>();
            if (m_clicked || !dialog || !dialog->isVisible() || !m_ready(*dialog))
                return;
            m_clicked = true;
            m_maximum = dialog->maximum();
            QTest::mouseClick(dialog->findChild<QPushButton *>(), Qt::LeftButton);
        });
        m_poll.start();
    }
    bool clicked() const { return m_clicked; }
    int maximumSeen() const { return m_maximum; }

private:
    MainWindow &m_window;
    std::function<bool(QProgressDialog &)> m_ready;
    QTimer m_poll;
    bool m_clicked = false;
    int m_maximum = 0;
};

} // namespace rebuttal::test
