// Adds or edits one agreement of the registry: the fields a person types (ref, title, kind, parent,
// country, programs, dates). What the dialog does not show (clauses, withheld sections...) is kept
// from the agreement it edits. Accepting validates the whole registry as an import would.
#pragma once

#include "domain/Agreement.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace rebuttal {

class AgreementDialog : public QDialog
{
    Q_OBJECT

public:
    // `edited` empty: a new agreement. `registry` is the case file's, for parents and validation.
    AgreementDialog(const QList<Agreement> &registry, const QString &edited, QWidget *parent = nullptr);

    // The registry with the agreement added or replaced in place (valid once accepted).
    const QList<Agreement> &result() const { return m_result; }
    Agreement agreement() const;

    void accept() override;

private:
    QList<Agreement> m_registry;
    QString m_edited;
    Agreement m_original;
    QList<Agreement> m_result;
    QLineEdit *m_ref;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QComboBox *m_parent;
    QLineEdit *m_country;
    QLineEdit *m_programs;
    QLineEdit *m_signedOn;
    QLineEdit *m_commencesOn;
    QLineEdit *m_endsOn;
    QLabel *m_problem;
};

} // namespace rebuttal
