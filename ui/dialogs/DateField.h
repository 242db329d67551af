// A text field for a date known to the day, the month or only the year (2019-03-02, 2019-03, 2019).
#pragma once

#include "domain/PartialDate.h"

#include <QCoreApplication>

class QLineEdit;
class QWidget;

namespace rebuttal {

class DateField
{
    Q_DECLARE_TR_FUNCTIONS(DateField)

public:
    static QLineEdit *create(const PartialDate &date, QWidget *parent);
    // Empty or a real date.
    static bool isAcceptable(const QLineEdit *field);
    static PartialDate value(const QLineEdit *field);
    static QString problem(const QString &label, const QLineEdit *field);
};

} // namespace rebuttal
