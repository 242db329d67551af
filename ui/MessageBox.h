// Message boxes behind one seam, so GUI flows run in tests without a person to click.
#pragma once

#include <QMessageBox>
#include <QStringList>

namespace rebuttal {

class MessageBox
{
public:
    static void critical(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);

    // Test seam: no box is shown; each message is recorded and questions get `answer`.
    static void setAutomatic(bool automatic, QMessageBox::StandardButton answer = QMessageBox::Cancel);
    static QStringList recordedMessages();
    static void clearRecordedMessages();
};

} // namespace rebuttal
