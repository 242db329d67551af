// The line under a form that says why OK did nothing, in words, next to the fields.
#pragma once

#include <QString>

class QDialog;
class QFormLayout;
class QLabel;
class QWidget;

namespace rebuttal {

class FormProblem
{
public:
    static QLabel *label(QWidget *parent);
    // Shows `problem` (or hides the label when empty); true when there is no problem.
    static bool show(QLabel *label, const QString &problem);
    // Lays out an edit dialog the same way everywhere: the form, the problem line, OK and Cancel
    // (OK goes through the dialog's accept(), which checks the form).
    static void layOut(QDialog *dialog, QFormLayout *form, QLabel *problem);
};

} // namespace rebuttal
