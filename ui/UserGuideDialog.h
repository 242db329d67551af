// Help > User Guide: the workflow from a FOIA production to an evidence summary, shipped inside
// the app (a Qt resource) in the interface's language.
#pragma once

#include <QDialog>
#include <QLocale>

class QTextBrowser;

namespace rebuttal {

class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The guide for `locale`'s language: Spanish, else English.
    static QString guidePath(const QLocale &locale = QLocale());

private:
    QTextBrowser *m_browser;
};

} // namespace rebuttal
