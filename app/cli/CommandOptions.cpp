#include "CommandOptions.h"

namespace rebuttal {

QCommandLineOption CommandOptions::store()
{
    return QCommandLineOption(QStringLiteral("store"),
                              tr("The case file to work on, or a matter on a server: "
                                 "postgresql://HOST[:PORT]/DATABASE?matter=NAME."),
                              tr("FILE"));
}

QCommandLineOption CommandOptions::named(const QString &name)
{
    if (name == QLatin1String("json"))
        return QCommandLineOption(name, tr("Print JSON on standard output."));
    if (name == QLatin1String("password"))
        return QCommandLineOption(name, tr("The password of an encrypted PDF."), tr("PASSWORD"));
    if (name == QLatin1String("as-of"))
        return QCommandLineOption(name, tr("Count open detention and separation spells up to this day (default: today)."),
                                  tr("YYYY-MM-DD"));
    if (name == QLatin1String("out"))
        return QCommandLineOption(name, tr("The file to write."), tr("FILE"));
    if (name == QLatin1String("csv"))
        return QCommandLineOption(name, tr("Print CSV on standard output."));
    if (name == QLatin1String("client"))
        return QCommandLineOption(name, tr("Only this client's flags."), tr("REF"));
    if (name == QLatin1String("deidentify"))
        return QCommandLineOption(name, tr("Leave out names, A-numbers and anything else that identifies a client."));
    if (name == QLatin1String("from"))
        return QCommandLineOption(name, tr("The store to copy: a case file, or postgresql://HOST[:PORT]/DATABASE?matter=NAME."),
                                  tr("STORE"));
    if (name == QLatin1String("to"))
        return QCommandLineOption(name, tr("Where to copy it: a new case file, or a new matter on a server."), tr("STORE"));
    Q_UNREACHABLE();
}

} // namespace rebuttal
