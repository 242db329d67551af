#include "Command.h"

#include "CommandOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace rebuttal {

Command::Command(QString name, QString arguments, QString description, QStringList options)
    : m_name(std::move(name))
    , m_arguments(std::move(arguments))
    , m_description(std::move(description))
    , m_options(std::move(options))
{
}

bool Command::onlyReads(const CommandOptions &) const
{
    return false;
}

QString Command::helpText() const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(m_description);
    if (needsStore())
        parser.addOption(CommandOptions::store());
    for (const QString &option : m_options)
        parser.addOption(CommandOptions::named(option));
    return parser.helpText().replace(QCoreApplication::applicationFilePath(),
                                     (needsStore() ? QStringLiteral("rebuttal-cli --store FILE ") : QStringLiteral("rebuttal-cli "))
                                         + m_name + QLatin1Char(' ') + m_arguments);
}

} // namespace rebuttal
