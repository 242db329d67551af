#include "AgreementDialog.h"

#include "ScreenFit.h"
#include "domain/AgreementJson.h"
#include "agreements/AgreementsReader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rebuttal {

namespace {

std::optional<QString> optionalText(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

} // namespace

AgreementDialog::AgreementDialog(const QList<Agreement> &registry, const QString &edited, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_edited(edited)
{
    setObjectName(QStringLiteral("AgreementDialog"));
    setWindowTitle(edited.isEmpty() ? tr("Add Agreement") : tr("Edit Agreement %1").arg(edited));
    for (const Agreement &a : registry) {
        if (a.ref == edited)
            m_original = a;
    }
    m_ref = new QLineEdit(m_original.ref, this);
    m_ref->setObjectName(QStringLiteral("ref"));
    m_title = new QLineEdit(m_original.title, this);
    m_title->setObjectName(QStringLiteral("title"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItems({QStringLiteral("MOC"), QStringLiteral("MOU"), QStringLiteral("MOA"), QStringLiteral("SOP"),
                      QStringLiteral("ISAA"), QStringLiteral("LOI"), QStringLiteral("OTHER")});
    m_kind->setCurrentText(m_original.kind.isEmpty() ? QStringLiteral("MOC") : m_original.kind);
    m_parent = new QComboBox(this);
    m_parent->setObjectName(QStringLiteral("parent"));
    m_parent->addItem(tr("None"), QString());
    for (const Agreement &a : registry) {
        if (a.ref != edited)
            m_parent->addItem(a.ref, a.ref);
    }
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(m_original.parent.value_or(QString()))));
    m_country = new QLineEdit(m_original.country.value_or(QString()), this);
    m_country->setObjectName(QStringLiteral("country"));
    m_country->setPlaceholderText(tr("ISO code, e.g. SV; empty: inherited from the parent"));
    m_programs = new QLineEdit(m_original.programs.value_or(QStringList()).join(QStringLiteral(", ")), this);
    m_programs->setObjectName(QStringLiteral("programs"));
    m_programs->setPlaceholderText(tr("Source codes separated by commas, e.g. CHIS, TAG"));
    auto dateEdit = [this](const PartialDate &date, const QString &name) {
        auto *edit = new QLineEdit(date.toString(), this);
        edit->setObjectName(name);
        edit->setPlaceholderText(tr("YYYY-MM-DD, YYYY-MM or YYYY"));
        return edit;
    };
    m_signedOn = dateEdit(m_original.signedOn, QStringLiteral("signedOn"));
    m_commencesOn = dateEdit(m_original.commencesOn, QStringLiteral("commencesOn"));
    m_endsOn = dateEdit(m_original.endsOn, QStringLiteral("endsOn"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Ref:"), m_ref);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Parent:"), m_parent);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("Pro&grams:"), m_programs);
    form->addRow(tr("&Signed on:"), m_signedOn);
    form->addRow(tr("Co&mmences on:"), m_commencesOn);
    form->addRow(tr("&Ends on:"), m_endsOn);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AgreementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AgreementDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    ScreenFit::showHintsWhole(this);
}

Agreement AgreementDialog::agreement() const
{
    Agreement a = m_original;
    a.ref = m_ref->text().trimmed();
    a.title = m_title->text().trimmed();
    a.kind = m_kind->currentText();
    const QString parent = m_parent->currentData().toString();
    a.parent = parent.isEmpty() ? std::nullopt : std::optional<QString>(parent);
    a.country = optionalText(m_country);
    QStringList programs;
    for (const QString &code : m_programs->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!code.trimmed().isEmpty())
            programs << code.trimmed();
    }
    a.programs = programs.isEmpty() ? std::nullopt : std::optional<QStringList>(programs);
    a.signedOn = PartialDate::fromString(m_signedOn->text().trimmed());
    a.commencesOn = PartialDate::fromString(m_commencesOn->text().trimmed());
    a.endsOn = PartialDate::fromString(m_endsOn->text().trimmed());
    return a;
}

void AgreementDialog::accept()
{
    // A date typed but not understood would be dropped silently by PartialDate: say so instead.
    for (QLineEdit *edit : {m_signedOn, m_commencesOn, m_endsOn}) {
        if (!edit->text().trimmed().isEmpty() && !PartialDate::fromString(edit->text().trimmed()).isValid()) {
            m_problem->setText(tr("%1 is not a date (YYYY-MM-DD, YYYY-MM or YYYY).").arg(edit->text().trimmed()));
            m_problem->show();
            edit->setFocus();
            return;
        }
    }
    QList<Agreement> after = m_registry;
    const Agreement edited = agreement();
    bool replaced = false;
    for (Agreement &a : after) {
        if (!m_edited.isEmpty() && a.ref == m_edited) {
            a = edited;
            replaced = true;
        }
    }
    if (!replaced)
        after << edited;
    // Children follow a renamed parent.
    if (!m_edited.isEmpty() && edited.ref != m_edited) {
        for (Agreement &a : after) {
            if (a.parent == m_edited)
                a.parent = edited.ref;
        }
    }
    // The same schema and rules as an import, so the editor cannot store what a file could not.
    AgreementsReader reader;
    if (!reader.read(AgreementJson::registryText(after), tr("the agreement"))) {
        m_problem->setText(reader.errorString());
        m_problem->show();
        return;
    }
    m_result = after;
    QDialog::accept();
}

} // namespace rebuttal
