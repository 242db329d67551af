// Loads the UI language that the system asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
#pragma once

#include <QLocale>

class QCoreApplication;

namespace rebuttal {

class Translations
{
public:
    // Installs Rebuttal's and Qt's own translations for `locale` on `app`. Returns the language
    // loaded ("es", "en"), or an empty string when no catalogue could be loaded.
    static QString install(QCoreApplication *app, const QLocale &locale = QLocale());
};

} // namespace rebuttal
