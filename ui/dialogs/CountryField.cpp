#include "CountryField.h"

#include "domain/CountryNames.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace rebuttal {

QWidget *CountryField::row(QLineEdit *field, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *name = new QLabel(row);
    name->setObjectName(field->objectName() + QStringLiteral("Name"));
    name->setForegroundRole(QPalette::PlaceholderText);
    auto show = [field, name] {
        const QString code = field->text().trimmed();
        const QString country = CountryNames::name(code);
        name->setText(code.size() == 2 && country == code.toUpper() ? tr("not a country code") : country);
    };
    QObject::connect(field, &QLineEdit::textChanged, name, show);
    show();
    // Two letters need little room; the name takes the rest.
    field->setMaximumWidth(field->fontMetrics().horizontalAdvance(QStringLiteral("WWWW")) + 16);
    row->setFocusProxy(field); // the form label's mnemonic lands in the field
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    layout->addWidget(name, 1);
    return row;
}

} // namespace rebuttal
