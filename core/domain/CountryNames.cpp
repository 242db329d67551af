#include "CountryNames.h"

namespace rebuttal {

QString CountryNames::name(const QString &code, const QLocale &locale)
{
    const QString trimmed = code.trimmed().toUpper();
    if (trimmed.isEmpty())
        return {};
    const QLocale::Territory territory = QLocale::codeToTerritory(trimmed);
    if (territory == QLocale::AnyTerritory)
        return trimmed;
    // A locale of the reader's language in that country names it in that language (Spanish in
    // Guatemala: "Guatemala"; in the U.S.: "Estados Unidos"). Where the language has no locale
    // there, Qt falls back to another country: then the English name.
    const QLocale there(locale.language(), territory);
    if (there.territory() == territory && there.language() == locale.language() && locale.language() != QLocale::C) {
        const QString native = there.nativeTerritoryName();
        if (!native.isEmpty())
            return native;
    }
    return QLocale::territoryToString(territory);
}

QString CountryNames::nameWithCode(const QString &code, const QLocale &locale)
{
    const QString shown = name(code, locale);
    const QString trimmed = code.trimmed().toUpper();
    return shown == trimmed ? shown : QStringLiteral("%1 (%2)").arg(shown, trimmed);
}

} // namespace rebuttal
