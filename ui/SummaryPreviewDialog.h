// Shows an evidence summary page by page before it is saved, with a switch to de-identify it.
#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace rebuttal {

class SummaryPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // `make` produces the PDF, de-identified or not; it is called again when the switch changes.
    SummaryPreviewDialog(std::function<QByteArray(bool deidentified)> make, bool deidentified, QWidget *parent = nullptr);

    QByteArray pdf() const { return m_pdf; }
    bool isDeidentified() const;
    int pageCount() const { return m_pageCount; }
    void setDeidentified(bool deidentified);

private:
    void regenerate();

    std::function<QByteArray(bool)> m_make;
    QByteArray m_pdf;
    int m_pageCount = 0;
    QCheckBox *m_deidentify;
    QVBoxLayout *m_pages;
    QLabel *m_status;
};

} // namespace rebuttal
