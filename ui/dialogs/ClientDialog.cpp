#include "ClientDialog.h"

#include "CountryField.h"
#include "FormProblem.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace rebuttal {

ClientDialog::ClientDialog(const Client &client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_ref(new QLineEdit(client.ref, this))
    , m_name(new QLineEdit(client.name, this))
    , m_pseudonym(new QLineEdit(client.pseudonym, this))
    , m_country(new QLineEdit(client.country, this))
    , m_aNumber(new QLineEdit(client.aNumber, this))
    , m_notes(new QPlainTextEdit(client.notes, this))
    , m_problem(FormProblem::label(this))
{
    setWindowTitle(client.ref.isEmpty() ? tr("New Client") : tr("Edit Client %1").arg(client.ref));
    m_ref->setObjectName(QStringLiteral("ref"));
    m_name->setObjectName(QStringLiteral("name"));
    m_pseudonym->setObjectName(QStringLiteral("pseudonym"));
    m_country->setObjectName(QStringLiteral("country"));
    m_aNumber->setObjectName(QStringLiteral("aNumber"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_ref->setToolTip(tr("Your own key for this client, e.g. a matter number. Re-importing case records with the "
                         "same ref updates this client."));
    m_pseudonym->setToolTip(tr("Used instead of the name in de-identified exports (research, public reports)."));
    m_pseudonym->setPlaceholderText(tr("e.g. Client 7"));
    m_country->setToolTip(tr("Nationality as a two-letter ISO code, e.g. SV, GT, HN, MX"));
    m_country->setPlaceholderText(QStringLiteral("SV"));
    m_country->setMaxLength(2);
    m_country->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_country));
    m_aNumber->setPlaceholderText(QStringLiteral("A012345678"));
    m_aNumber->setToolTip(tr("Alien registration number: 8 or 9 digits, optionally after A"));
    m_notes->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Ref:"), m_ref);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Pseudonym:"), m_pseudonym);
    form->addRow(tr("Nationa&lity:"), CountryField::row(m_country, this));
    form->addRow(tr("&A-number:"), m_aNumber);
    form->addRow(tr("N&otes:"), m_notes);
    FormProblem::layOut(this, form, m_problem);
    (client.ref.isEmpty() ? m_ref : m_name)->setFocus();
}

Client ClientDialog::client() const
{
    Client edited = m_client;
    edited.ref = m_ref->text().trimmed();
    edited.name = m_name->text().trimmed();
    edited.pseudonym = m_pseudonym->text().trimmed();
    edited.country = m_country->text().trimmed().toUpper();
    edited.aNumber = m_aNumber->text().trimmed().toUpper();
    edited.notes = m_notes->toPlainText().trimmed();
    return edited;
}

QString ClientDialog::problem() const
{
    const Client edited = client();
    if (edited.ref.isEmpty())
        return tr("Give the client a ref.");
    if (edited.name.isEmpty())
        return tr("Give the client's name (or a pseudonym as the name).");
    if (!edited.country.isEmpty() && edited.country.size() != 2)
        return tr("Nationality is a two-letter code such as SV or GT.");
    if (!edited.aNumber.isEmpty() && !isANumber(edited.aNumber))
        return tr("An A-number has 8 or 9 digits, optionally after A.");
    return {};
}

void ClientDialog::accept()
{
    if (FormProblem::show(m_problem, problem()))
        QDialog::accept();
}

} // namespace rebuttal
