#include "MessageBox.h"

#include <QInputDialog>
#include <QLineEdit>

namespace rebuttal {

namespace {
bool s_automatic = false;
QMessageBox::StandardButton s_answer = QMessageBox::Cancel;
QStringList s_recorded;
QString s_input;

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

bool MessageBox::password(QWidget *parent, const QString &title, const QString &label, QString *password)
{
    if (record(title, label)) {
        *password = s_input;
        return !s_input.isNull();
    }
    bool ok = false;
    *password = QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), &ok);
    return ok && !password->isEmpty();
}

bool MessageBox::text(QWidget *parent, const QString &title, const QString &label, const QString &initial, QString *text)
{
    if (record(title, label)) {
        *text = s_input;
        return !s_input.isNull();
    }
    bool ok = false;
    *text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok;
}

void MessageBox::setAutomaticInput(const QString &input)
{
    s_input = input;
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
