#include "MessageBox.h"

namespace rebuttal {

namespace {
bool s_automatic = false;
QMessageBox::StandardButton s_answer = QMessageBox::Cancel;
QStringList s_recorded;

bool record(const QString &title, const QString &text)
{
    if (!s_automatic)
        return false;
    s_recorded << title + QStringLiteral(": ") + text;
    return true;
}
} // namespace

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    if (!record(title, text))
        QMessageBox::critical(parent, title, text);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    if (!record(title, text))
        QMessageBox::information(parent, title, text);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    if (record(title, text))
        return s_answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::setAutomatic(bool automatic, QMessageBox::StandardButton answer)
{
    s_automatic = automatic;
    s_answer = answer;
}

QStringList MessageBox::recordedMessages()
{
    return s_recorded;
}

void MessageBox::clearRecordedMessages()
{
    s_recorded.clear();
}

} // namespace rebuttal
