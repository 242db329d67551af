#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace rebuttal {

QString Translations::install(QCoreApplication *app, const QLocale &locale)
{
    auto *ours = new QTranslator(app);
    // uiLanguages() honours LANGUAGE=es:en; load() picks the first language we ship.
    // English is the fallback: its catalogue holds the plural forms ("1 client", "2 clients").
    if (!ours->load(locale, QStringLiteral("rebuttal"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !ours->load(QStringLiteral(":/i18n/rebuttal_en.qm"))) {
        delete ours;
        return {};
    }
    QCoreApplication::installTranslator(ours);
    // Dates and numbers follow the language the interface speaks (month names on the timeline),
    // with the system's territory (paper size, number format). An explicit locale, because the
    // system one takes its month names from LC_TIME even when LANGUAGE chose the catalogue.
    const QString language = ours->language();
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(QLocale(language).language(), QLocale::system().territory()));
    // Qt's own strings (Cancel, file dialogs) in the same language, when the system has them.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return ours->language();
}

} // namespace rebuttal
