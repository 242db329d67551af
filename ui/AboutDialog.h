// Help > About: the version, what the app is for, and the libraries it stands on with their licences.
#pragma once

#include <QDialog>

namespace rebuttal {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The text shown, for tests.
    QString text() const { return m_text; }

private:
    QString m_text;
};

} // namespace rebuttal
