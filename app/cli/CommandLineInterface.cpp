#include "CommandLineInterface.h"

#include "CommandTable.h"
#include "Invocation.h"

#include <QCommandLineParser>

namespace rebuttal {

namespace {

QCommandLineOption helpOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                              QCoreApplication::translate("CommandLineInterface", "Show this help."));
}

} // namespace

CommandLineInterface::CommandLineInterface(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int CommandLineInterface::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_err << QStringLiteral("rebuttal-cli: ") << problem << Qt::endl;
    CommandTable::printUsage(m_err);
    return UsageError;
}

int CommandLineInterface::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption store = CommandOptions::store();
    const QCommandLineOption help = helpOption();
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    parser.addOptions({store, help, version});
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(version)) {
        m_out << QStringLiteral("rebuttal-cli %1").arg(QStringLiteral(REBUTTAL_VERSION)) << Qt::endl;
        return Done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        if (parser.isSet(help)) {
            usage({});
            return Done;
        }
        return usage(tr("no command given"));
    }
    const QString name = positional.first();
    const Command *command = CommandTable::find(name);
    if (!command)
        return usage(tr("unknown command '%1'").arg(name));
    return runCommand(*command, QStringList{arguments.first()} + positional.mid(1), parser.value(store), parser.isSet(help));
}

int CommandLineInterface::runCommand(const Command &command, const QStringList &arguments, const QString &globalStore,
                                     bool helpAsked)
{
    QCommandLineParser parser;
    const QCommandLineOption store = CommandOptions::store();
    const QCommandLineOption help = helpOption();
    parser.addOptions({store, help});
    for (const QString &option : command.options())
        parser.addOption(CommandOptions::named(option));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (helpAsked || parser.isSet(help)) {
        m_out << command.helpText();
        m_out.flush();
        return Done;
    }
    const QString storePath = parser.isSet(store) ? parser.value(store) : globalStore;
    if (storePath.isEmpty() && command.needsStore())
        return usage(tr("--store FILE is required"));
    QHash<QString, QString> values;
    for (const QString &option : command.options()) {
        if (parser.isSet(option))
            values.insert(option, parser.value(option));
    }
    const CommandOptions options(values);
    const Invocation::Access access = command.onlyReads(options) ? Invocation::Access::ReadOnly : Invocation::Access::ReadWrite;
    Invocation invocation(m_out, m_err, storePath, options, access);
    return command.run(invocation, parser.positionalArguments());
}

bool CommandLineInterface::needsWidgets(const QStringList &arguments)
{
    // The first argument that is neither an option nor --store's value names the command.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--store")) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            return argument == QLatin1String("chart");
    }
    return false;
}

} // namespace rebuttal
