// What a page shows when it has nothing yet: what belongs here and what to do next.
#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace rebuttal {

class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setExplanation(const QString &text);
    // A button for the next step; it triggers `action` and follows its text, tool tip, enabled
    // state and visibility.
    void addAction(QAction *action);
    // Puts the keyboard on the first step that can be taken.
    void focusFirstStep();

private:
    QLabel *m_title;
    QLabel *m_explanation;
    QVBoxLayout *m_buttons;
};

} // namespace rebuttal
