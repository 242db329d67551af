// Message boxes behind one seam, so GUI flows run in tests without a person to click.
#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QStringList>

namespace rebuttal {

struct StoreError;

class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    static void critical(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);

    // A save the store refused: someone else's change (StoreError::Conflict) is said with
    // `reloadQuestion` asked after it, and true returned when the user wants to reload; any other
    // refusal is said under `title`.
    static bool refusedSave(QWidget *parent, const QString &title, const StoreError &error, const QString &reloadQuestion);

    // Asks for a password, or a line of text; returns false when the user cancels.
    static bool password(QWidget *parent, const QString &title, const QString &label, QString *password);
    static bool text(QWidget *parent, const QString &title, const QString &label, const QString &initial, QString *text);

    // Test seam: no box is shown; each message is recorded and questions get `answer`.
    static void setAutomatic(bool automatic, QMessageBox::StandardButton answer = QMessageBox::Cancel);
    static QStringList recordedMessages();
    static void clearRecordedMessages();
    // In automatic mode, what password() and text() answer (a null string: they cancel).
    static void setAutomaticInput(const QString &input);
};

} // namespace rebuttal
