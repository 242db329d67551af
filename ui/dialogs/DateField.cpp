#include "DateField.h"

#include <QLineEdit>

namespace rebuttal {

QLineEdit *DateField::create(const PartialDate &date, QWidget *parent)
{
    auto *field = new QLineEdit(date.isValid() ? date.toString() : QString(), parent);
    field->setPlaceholderText(tr("YYYY-MM-DD, YYYY-MM or YYYY"));
    field->setMaxLength(10);
    return field;
}

bool DateField::isAcceptable(const QLineEdit *field)
{
    const QString text = field->text().trimmed();
    return text.isEmpty() || PartialDate::fromString(text).isValid();
}

PartialDate DateField::value(const QLineEdit *field)
{
    return PartialDate::fromString(field->text().trimmed());
}

QString DateField::problem(const QString &label, const QLineEdit *field)
{
    return tr("%1: %2 is not a date. Write it as 2019-03-02, or 2019-03 or 2019 when only that much is known.")
        .arg(label, field->text().trimmed());
}

} // namespace rebuttal
