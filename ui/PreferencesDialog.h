// The user's preferences: for now the name printed as "Prepared by" on evidence summaries.
#pragma once

#include <QDialog>

class QLineEdit;

namespace rebuttal {

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    void accept() override;

private:
    QLineEdit *m_name;
};

} // namespace rebuttal
