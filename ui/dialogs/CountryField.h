// A two-letter country code field with the country's name beside it, so "SV" reads as El Salvador.
#pragma once

#include <QCoreApplication>

class QLineEdit;
class QWidget;

namespace rebuttal {

class CountryField
{
    Q_DECLARE_TR_FUNCTIONS(CountryField)

public:
    // The row for a form: `field` (a code field of the dialog) and a label naming its country.
    static QWidget *row(QLineEdit *field, QWidget *parent);
};

} // namespace rebuttal
