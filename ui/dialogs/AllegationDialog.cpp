#include "AllegationDialog.h"

#include "CountryField.h"
#include "DateField.h"
#include "FormProblem.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>

namespace rebuttal {

namespace {

template <typename Enum> void fillCombo(QComboBox *combo)
{
    for (const QString &code : allCodes<Enum>())
        combo->addItem(displayName(*fromCode<Enum>(code)), code);
}

} // namespace

AllegationDialog::AllegationDialog(const Allegation &allegation, const QStringList &takenRefs, QWidget *parent)
    : QDialog(parent)
    , m_allegation(allegation)
    , m_takenRefs(takenRefs)
    , m_ref(new QLineEdit(allegation.ref, this))
    , m_source(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_origin(new QLineEdit(allegation.origin, this))
    , m_originCountry(new QLineEdit(allegation.originCountry, this))
    , m_assertedOn(DateField::create(allegation.assertedOn, this))
    , m_disclosedOn(DateField::create(allegation.disclosedOn, this))
    , m_channel(new QLineEdit(allegation.disclosureChannel, this))
    , m_status(new QComboBox(this))
    , m_detail(new QPlainTextEdit(allegation.detail, this))
    , m_problem(FormProblem::label(this))
{
    setWindowTitle(allegation.ref.isEmpty() ? tr("New Allegation") : tr("Edit Allegation %1").arg(allegation.ref));
    m_ref->setObjectName(QStringLiteral("ref"));
    m_source->setObjectName(QStringLiteral("source"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_origin->setObjectName(QStringLiteral("origin"));
    m_originCountry->setObjectName(QStringLiteral("originCountry"));
    m_assertedOn->setObjectName(QStringLiteral("assertedOn"));
    m_disclosedOn->setObjectName(QStringLiteral("disclosedOn"));
    m_channel->setObjectName(QStringLiteral("channel"));
    m_status->setObjectName(QStringLiteral("status"));
    m_detail->setObjectName(QStringLiteral("detail"));

    fillCombo<AllegationSource>(m_source);
    m_source->setCurrentIndex(m_source->findData(codeOf(allegation.source)));
    m_source->setToolTip(tr("The channel that brought the foreign data into the case"));
    fillCombo<AllegationKind>(m_kind);
    m_kind->setCurrentIndex(m_kind->findData(codeOf(allegation.kind)));
    m_status->addItem(tr("Not set"), QString());
    fillCombo<AllegationStatus>(m_status);
    m_status->setCurrentIndex(allegation.status ? m_status->findData(codeOf(*allegation.status)) : 0);
    m_origin->setPlaceholderText(tr("e.g. Policía Nacional Civil"));
    m_origin->setToolTip(tr("The foreign agency that supplied the data"));
    m_originCountry->setPlaceholderText(QStringLiteral("SV"));
    m_originCountry->setMaxLength(2);
    m_originCountry->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_originCountry));
    m_assertedOn->setToolTip(tr("The first date DHS recorded or relied on the allegation"));
    m_disclosedOn->setToolTip(tr("The date counsel first learned of it; the disclosure delay runs between the two"));
    m_channel->setPlaceholderText(tr("e.g. FOIA production, I-213, bond hearing"));
    m_detail->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Ref:"), m_ref);
    form->addRow(tr("&Source program:"), m_source);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Originating a&gency:"), m_origin);
    form->addRow(tr("Agency's &country:"), CountryField::row(m_originCountry, this));
    form->addRow(tr("&Asserted on:"), m_assertedOn);
    form->addRow(tr("&Disclosed to counsel on:"), m_disclosedOn);
    form->addRow(tr("Disclosure c&hannel:"), m_channel);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("D&etail:"), m_detail);
    FormProblem::layOut(this, form, m_problem);
}

Allegation AllegationDialog::allegation() const
{
    Allegation edited = m_allegation;
    edited.ref = m_ref->text().trimmed();
    edited.source = *fromCode<AllegationSource>(m_source->currentData().toString());
    edited.kind = *fromCode<AllegationKind>(m_kind->currentData().toString());
    edited.origin = m_origin->text().trimmed();
    edited.originCountry = m_originCountry->text().trimmed().toUpper();
    edited.assertedOn = DateField::value(m_assertedOn);
    edited.disclosedOn = DateField::value(m_disclosedOn);
    edited.disclosureChannel = m_channel->text().trimmed();
    edited.status = fromCode<AllegationStatus>(m_status->currentData().toString());
    edited.detail = m_detail->toPlainText().trimmed();
    return edited;
}

QString AllegationDialog::problem() const
{
    const QString ref = m_ref->text().trimmed();
    if (ref.isEmpty())
        return tr("Give the allegation a ref, e.g. AL1.");
    if (ref != m_allegation.ref && m_takenRefs.contains(ref))
        return tr("This client already has an allegation %1.").arg(ref);
    if (const QString country = m_originCountry->text().trimmed(); !country.isEmpty() && country.size() != 2)
        return tr("The agency's country is a two-letter code such as SV or GT.");
    if (!DateField::isAcceptable(m_assertedOn))
        return DateField::problem(tr("Asserted on"), m_assertedOn);
    if (!DateField::isAcceptable(m_disclosedOn))
        return DateField::problem(tr("Disclosed to counsel on"), m_disclosedOn);
    return {};
}

void AllegationDialog::accept()
{
    if (FormProblem::show(m_problem, problem()))
        QDialog::accept();
}

} // namespace rebuttal
