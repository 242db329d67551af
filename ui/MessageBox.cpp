#include "MessageBox.h"

#include "store/StoreError.h"

#include <QInputDialog>
#include <QLineEdit>

#include <algorithm>

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

// A message of many lines (an import's dates to check, a damaged file's problems) would make a box
// taller than the screen, its OK below the edge: the first lines show, all of them behind Show
// Details..., which scrolls.
constexpr int ShownLines = 12;
constexpr int ShownCharacters = 1200;

QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                                 QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                 QMessageBox::StandardButton defaultButton = QMessageBox::NoButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString shown = lines.mid(0, ShownLines).join(QLatin1Char('\n'));
    if (shown.size() > ShownCharacters)
        shown = shown.left(ShownCharacters) + QStringLiteral("…");
    if (shown != text) {
        const int more = std::max(0, int(lines.size()) - ShownLines);
        box.setText(shown + QLatin1Char('\n')
                    + (more > 0 ? MessageBox::tr("(%n more line(s) under Show Details)", nullptr, more)
                                : MessageBox::tr("(the whole text is under Show Details)")));
        box.setDetailedText(text);
    }
    return QMessageBox::StandardButton(box.exec());
}
} // namespace

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    if (!record(title, text))
        show(QMessageBox::Critical, parent, title, text);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    if (!record(title, text))
        show(QMessageBox::Information, parent, title, text);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    if (record(title, text))
        return s_answer;
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

bool MessageBox::refusedSave(QWidget *parent, const QString &title, const StoreError &error, const QString &reloadQuestion)
{
    if (error.kind != StoreError::Kind::Conflict) {
        critical(parent, title, error.message);
        return false;
    }
    // The other change stays; the user sees it, then makes theirs again if still wanted.
    return question(parent, tr("Changed by Someone Else"), error.message + QStringLiteral("\n\n") + reloadQuestion,
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        == QMessageBox::Yes;
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
