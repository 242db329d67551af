// Countries by name in the reader's language ("El Salvador", "Estados Unidos"), while the data
// keeps ISO 3166-1 alpha-2 codes.
#pragma once

#include <QLocale>
#include <QString>

namespace rebuttal {

class CountryNames
{
public:
    // The name of the country with `code` in `locale`'s language; the code itself when it names
    // no country, empty for an empty code.
    static QString name(const QString &code, const QLocale &locale = QLocale());
    // "El Salvador (SV)": the name with the code, for where both help.
    static QString nameWithCode(const QString &code, const QLocale &locale = QLocale());
};

} // namespace rebuttal
