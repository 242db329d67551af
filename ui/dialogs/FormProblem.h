// The line under a form that says why OK did nothing, in words, next to the fields.
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace rebuttal {

class FormProblem
{
public:
    static QLabel *label(QWidget *parent);
    // Shows `problem` (or hides the label when empty); true when there is no problem.
    static bool show(QLabel *label, const QString &problem);
};

} // namespace rebuttal
