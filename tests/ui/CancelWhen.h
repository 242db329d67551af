// Clicks a window's progress dialog's Cancel with the mouse once `ready` says so (polled while
// it shows): a job cancelled at a known point (waiting on a lock the test holds, on a server
// matter: lockTable, then cancel once appWaitsOnLock).
#pragma once

#include "MainWindow.h"
#include "store/PgConnection.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

namespace rebuttal::test {

// Begins a transaction on `holder` that locks `qualifiedTable` (ACCESS EXCLUSIVE) until the test
// rolls it back: the app's next statement on the table waits there.
inline bool lockTable(PgConnection &holder, const QString &qualifiedTable)
{
    return !holder.begin().isError()
        && !holder.exec(QStringLiteral("LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE").arg(qualifiedTable)).isError();
}

// Whether a connection of the app (application_name rebuttal) waits on a lock, asked over
// `monitor`, a connection of the test's other than the one holding the lock.
inline bool appWaitsOnLock(PgConnection &monitor)
{
    PgStatement waiting(monitor, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'rebuttal'"
                                                " AND wait_event_type = 'Lock'"));
    return waiting.exec() && waiting.next() && waiting.value(0).toInt() > 0;
}

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
