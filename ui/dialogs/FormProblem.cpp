#include "FormProblem.h"

#include <QLabel>

namespace rebuttal {

QLabel *FormProblem::label(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problem"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #B00020;"));
    label->hide();
    return label;
}

bool FormProblem::show(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

} // namespace rebuttal
