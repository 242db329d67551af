// Shows an evidence summary page by page before it is saved, with a switch to de-identify it.
// The summary is made off the GUI thread (see SummaryJob), with progress; Save As... waits for it.
#pragma once

#include "report/EvidenceSummary.h"
#include "store/StoreCopier.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace rebuttal {

class SummaryJob;

class SummaryPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // Makes `client`'s summary from the store at `store` (a case file or a server matter) with `options` (de-identified
    // or not, as the switch says); it is made again when the switch changes.
    SummaryPreviewDialog(const StoreAddress &store, const Client &client, const SummaryOptions &options,
                         QWidget *parent = nullptr);
    ~SummaryPreviewDialog() override;

    QByteArray pdf() const { return m_pdf; }
    bool isDeidentified() const;
    // Whether the summary on show is complete (made, or failed with a message).
    bool isReady() const { return m_job == nullptr; }
    int pageCount() const { return m_pageCount; }
    QString errorString() const { return m_error; }
    void setDeidentified(bool deidentified);
    QPushButton *saveButton() const { return m_save; }
    QCheckBox *deidentifySwitch() const { return m_deidentify; }

    // The summary on show is complete (see isReady()).
    Q_SIGNAL void ready();

private:
    void regenerate();
    void showResult();
    void clearPages();

    StoreAddress m_store;
    Client m_client;
    SummaryOptions m_options;
    SummaryJob *m_job = nullptr;
    QByteArray m_pdf;
    QString m_error;
    int m_pageCount = 0;
    QCheckBox *m_deidentify;
    QVBoxLayout *m_pages;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_save = nullptr;
};

} // namespace rebuttal
