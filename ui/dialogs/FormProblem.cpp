#include "FormProblem.h"

#include "ScreenFit.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

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

namespace {

// Scrolls the form when the screen is too short for it, and otherwise asks for its whole size
// (QScrollArea's own size hint stops at 24 lines).
class FormScrollArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;

    QSize sizeHint() const override
    {
        const QSize content = widget() ? widget()->sizeHint() : QSize();
        const int frame = 2 * frameWidth();
        return {content.width() + frame + verticalScrollBar()->sizeHint().width(), content.height() + frame};
    }
};

} // namespace

void FormProblem::layOut(QDialog *dialog, QFormLayout *form, QLabel *problem)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *fields = new QWidget(dialog);
    fields->setLayout(form);
    auto *scroll = new FormScrollArea(dialog);
    scroll->setObjectName(QStringLiteral("formScroll"));
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(scroll, 1);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    // Its whole form where the screen has room; on a short screen the form scrolls and the
    // buttons stay in view.
    ScreenFit::showHintsWhole(dialog);
    ScreenFit::resize(dialog, dialog->sizeHint());
}

} // namespace rebuttal
