// Edits a client's identity: ref, name, pseudonym, nationality, A-number, notes.
#pragma once

#include "domain/CaseRecords.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rebuttal {

class ClientDialog : public QDialog
{
    Q_OBJECT

public:
    // A ref that another client has is refused by the case file when the edit is written.
    explicit ClientDialog(const Client &client, QWidget *parent = nullptr);

    // The client as edited (allegations and events untouched).
    Client client() const;
    void accept() override;

private:
    QString problem() const;

    Client m_client;
    QLineEdit *m_ref;
    QLineEdit *m_name;
    QLineEdit *m_pseudonym;
    QLineEdit *m_country;
    QLineEdit *m_aNumber;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
};

} // namespace rebuttal
