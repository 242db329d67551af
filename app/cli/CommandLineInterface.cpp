#include "CommandLineInterface.h"

#include "cases/CaseRecordsReader.h"
#include "store/ActivityLog.h"
#include "store/CaseStore.h"
#include "store/ClientRecords.h"
#include "store/DocumentCatalog.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rebuttal {

struct CommandLineInterface::Command
{
    QString name;
    QString arguments;   // shown in usage
    QString description; // one line
    bool takesJson = false;
    int (CommandLineInterface::*run)(const QString &storePath, const QStringList &args) = nullptr;
};

namespace {

QCommandLineOption storeOption()
{
    return QCommandLineOption(QStringLiteral("store"), CommandLineInterface::tr("The case file to work on."),
                              CommandLineInterface::tr("FILE"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), CommandLineInterface::tr("Print JSON on standard output."));
}

void printJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

} // namespace

CommandLineInterface::CommandLineInterface(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

const QList<CommandLineInterface::Command> &CommandLineInterface::commands()
{
    static const QList<Command> all{
        {QStringLiteral("init"), {}, tr("Create a new, empty case file."), false, &CommandLineInterface::runInit},
        {QStringLiteral("import"), QStringLiteral("cases FILE"),
         tr("Import case records (rebuttal.cases JSON) into the case file."), false, &CommandLineInterface::runImport},
        {QStringLiteral("documents"), QStringLiteral("[--json]"), tr("List the FOIA productions in the case file."), true,
         &CommandLineInterface::runDocuments},
        {QStringLiteral("log"), QStringLiteral("[--json]"), tr("Show the activity log (chain of custody), oldest first."),
         true, &CommandLineInterface::runLog},
    };
    return all;
}

int CommandLineInterface::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_err << QStringLiteral("rebuttal-cli: ") << problem << Qt::endl;
    m_err << tr("Usage: rebuttal-cli --store FILE COMMAND [ARGUMENTS]") << Qt::endl << tr("Commands:") << Qt::endl;
    for (const Command &command : commands()) {
        const QString synopsis = QString(command.name + QLatin1Char(' ') + command.arguments).trimmed();
        m_err << QStringLiteral("  %1  %2").arg(synopsis, -20).arg(command.description) << Qt::endl;
    }
    m_err << tr("Run 'rebuttal-cli COMMAND --help' for a command's options.") << Qt::endl;
    return UsageError;
}

int CommandLineInterface::printHelp(const Command &command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.description);
    parser.addOption(storeOption());
    if (command.takesJson)
        parser.addOption(jsonOption());
    m_out << parser.helpText().replace(QCoreApplication::applicationFilePath(), QStringLiteral("rebuttal-cli --store FILE ")
                                                                                  + command.name + QLatin1Char(' ')
                                                                                  + command.arguments);
    m_out.flush();
    return Done;
}

int CommandLineInterface::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption store = storeOption();
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
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
    const auto found = std::find_if(commands().cbegin(), commands().cend(),
                                    [&](const Command &command) { return command.name == name; });
    if (found == commands().cend())
        return usage(tr("unknown command '%1'").arg(name));

    // The command's own options may follow it: --json, --help, even --store.
    QCommandLineParser commandParser;
    commandParser.addOptions({store, help});
    if (found->takesJson)
        commandParser.addOption(jsonOption());
    if (!commandParser.parse(QStringList{arguments.first()} + positional.mid(1)))
        return usage(commandParser.errorText());
    if (parser.isSet(help) || commandParser.isSet(help))
        return printHelp(*found);

    const QString storePath = commandParser.isSet(store) ? commandParser.value(store) : parser.value(store);
    if (storePath.isEmpty())
        return usage(tr("--store FILE is required"));
    QStringList rest = commandParser.positionalArguments();
    if (found->takesJson && commandParser.isSet(QStringLiteral("json")))
        rest.prepend(QStringLiteral("--json"));
    return (this->*found->run)(storePath, rest);
}

std::unique_ptr<CaseStore> CommandLineInterface::openStore(const QString &path, int *exitCode)
{
    StoreError error;
    std::unique_ptr<CaseStore> store = CaseStore::open(path, &error);
    if (!store) {
        m_err << QStringLiteral("rebuttal-cli: ") << error.message << Qt::endl;
        *exitCode = StoreProblem;
    }
    return store;
}

int CommandLineInterface::runInit(const QString &storePath, const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("init takes no arguments"));
    StoreError error;
    if (QFileInfo::exists(storePath)) {
        // A second init on a good store is harmless; anything else there is left untouched.
        if (CaseStore::open(storePath, &error)) {
            m_err << tr("%1 is already a Rebuttal case file; nothing changed.").arg(QFileInfo(storePath).fileName()) << Qt::endl;
            return Done;
        }
        m_err << QStringLiteral("rebuttal-cli: ") << error.message << Qt::endl;
        return StoreProblem;
    }
    if (!CaseStore::create(storePath, &error)) {
        m_err << QStringLiteral("rebuttal-cli: ") << error.message << Qt::endl;
        return StoreProblem;
    }
    m_err << tr("Created %1.").arg(QFileInfo(storePath).fileName()) << Qt::endl;
    return Done;
}

int CommandLineInterface::runDocuments(const QString &storePath, const QStringList &args)
{
    const bool json = args.contains(QStringLiteral("--json"));
    if (args.size() != (json ? 1 : 0))
        return usage(tr("documents takes no arguments besides --json"));
    int exitCode = Done;
    std::unique_ptr<CaseStore> store = openStore(storePath, &exitCode);
    if (!store)
        return exitCode;
    StoreError error;
    const QList<DocumentSummary> documents = DocumentCatalog(*store).documents(&error);
    if (error.isError()) {
        m_err << QStringLiteral("rebuttal-cli: ") << error.message << Qt::endl;
        return StoreProblem;
    }
    if (json) {
        QJsonArray array;
        for (const DocumentSummary &d : documents) {
            array.append(QJsonObject{{QStringLiteral("id"), d.id},
                                     {QStringLiteral("file"), d.fileName},
                                     {QStringLiteral("sha256"), d.sha256},
                                     {QStringLiteral("pages"), d.pages}});
        }
        printJson(m_out, {{QStringLiteral("documents"), array}});
        return Done;
    }
    if (documents.isEmpty())
        m_err << tr("No productions in this case file yet.") << Qt::endl;
    for (const DocumentSummary &d : documents)
        m_out << QStringLiteral("%1\t%2\t%3\t%4").arg(d.id).arg(d.fileName).arg(d.pages).arg(d.sha256) << Qt::endl;
    return Done;
}

int CommandLineInterface::runLog(const QString &storePath, const QStringList &args)
{
    const bool json = args.contains(QStringLiteral("--json"));
    if (args.size() != (json ? 1 : 0))
        return usage(tr("log takes no arguments besides --json"));
    int exitCode = Done;
    std::unique_ptr<CaseStore> store = openStore(storePath, &exitCode);
    if (!store)
        return exitCode;
    StoreError error;
    const QList<ActivityEntry> entries = store->activity().entries(&error);
    if (error.isError()) {
        m_err << QStringLiteral("rebuttal-cli: ") << error.message << Qt::endl;
        return StoreProblem;
    }
    if (json) {
        QJsonArray array;
        for (const ActivityEntry &e : entries) {
            array.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("user"), e.user},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("detail"), e.detail}});
        }
        printJson(m_out, {{QStringLiteral("activity"), array}});
        return Done;
    }
    for (const ActivityEntry &e : entries) {
        m_out << QStringLiteral("%1  %2  %3  %4").arg(e.at.toString(Qt::ISODate), e.user, e.action, e.detail) << Qt::endl;
    }
    return Done;
}

int CommandLineInterface::runImport(const QString &storePath, const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("import needs a kind and a file: import cases FILE"));
    const QString kind = args.at(0);
    if (kind != QLatin1String("cases"))
        return usage(tr("unknown import kind '%1' (this version imports: cases)").arg(kind));
    const QString file = args.at(1);
    if (!QFileInfo(file).isFile()) {
        m_err << QStringLiteral("rebuttal-cli: ") << tr("%1: no such file").arg(file) << Qt::endl;
        return InputRejected;
    }
    // Validate the whole file before touching the store.
    CaseRecordsReader reader;
    const std::optional<CaseRecords> records = reader.readFile(file);
    if (!records) {
        m_err << QStringLiteral("rebuttal-cli: ") << reader.errorString() << Qt::endl;
        return InputRejected;
    }
    int exitCode = Done;
    std::unique_ptr<CaseStore> store = openStore(storePath, &exitCode);
    if (!store)
        return exitCode;
    CaseImportCounts counts;
    const StoreError error = ClientRecords(*store).importRecords(*records, QFileInfo(file).fileName(), &counts);
    if (error.isError()) {
        m_err << QStringLiteral("rebuttal-cli: ") << tr("%1: not imported: %2").arg(QFileInfo(file).fileName(), error.message)
              << Qt::endl;
        return error.kind == StoreError::Kind::Sql ? InputRejected : StoreProblem;
    }
    printJson(m_out, {{QStringLiteral("clients"), counts.clients},
                      {QStringLiteral("allegations"), counts.allegations},
                      {QStringLiteral("events"), counts.events}});
    return Done;
}

} // namespace rebuttal
