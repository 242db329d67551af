#include "EmptyState.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rebuttal {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_buttons(new QVBoxLayout)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_buttons->setAlignment(Qt::AlignHCenter);

    // A centred column of readable width; word-wrapped labels get their height from its width.
    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    column->setMinimumWidth(320);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(m_title);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_explanation);
    columnLayout->addSpacing(16);
    columnLayout->addLayout(m_buttons);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyState::setExplanation(const QString &text)
{
    m_explanation->setText(text);
}

void EmptyState::addAction(QAction *action)
{
    auto *button = new QPushButton(action->icon(), {}, this);
    button->setMinimumWidth(220);
    // Outside a dialog a push button ignores Enter unless it is auto-default: the keyboard user
    // who tabbed to "New Case File" expects Enter to press it.
    button->setAutoDefault(true);
    // The action may change its text or show and hide (the last case file to reopen).
    const auto follow = [button, action] {
        button->setText(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("...")));
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
        button->setVisible(action->isVisible());
    };
    follow();
    connect(action, &QAction::changed, button, follow);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    m_buttons->addWidget(button);
}

void EmptyState::focusFirstStep()
{
    for (int i = 0; i < m_buttons->count(); ++i) {
        QWidget *button = m_buttons->itemAt(i)->widget();
        if (button && !button->isHidden() && button->isEnabled()) {
            button->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

} // namespace rebuttal
