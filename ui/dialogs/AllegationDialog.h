// Edits one allegation: which program brought it, what it claims, who supplied it, when DHS
// had it and when counsel learned of it, and where it stands.
#pragma once

#include "domain/CaseRecords.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rebuttal {

class AllegationDialog : public QDialog
{
    Q_OBJECT

public:
    // `takenRefs`: refs of the client's other allegations.
    AllegationDialog(const Allegation &allegation, const QStringList &takenRefs, QWidget *parent = nullptr);

    Allegation allegation() const;
    void accept() override;

private:
    QString problem() const;

    Allegation m_allegation;
    QStringList m_takenRefs;
    QLineEdit *m_ref;
    QComboBox *m_source;
    QComboBox *m_kind;
    QLineEdit *m_origin;
    QLineEdit *m_originCountry;
    QLineEdit *m_assertedOn;
    QLineEdit *m_disclosedOn;
    QLineEdit *m_channel;
    QComboBox *m_status;
    QPlainTextEdit *m_detail;
    QLabel *m_problem;
};

} // namespace rebuttal
