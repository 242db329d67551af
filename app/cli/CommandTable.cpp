#include "CommandTable.h"

#include "commands/AgreementCommands.h"
#include "commands/DocumentCommands.h"
#include "commands/ExportCommand.h"
#include "commands/ImportCommand.h"
#include "commands/ResearchCommands.h"
#include "commands/StoreCommands.h"
#include "commands/TimelineCommand.h"
#include "commands/VaughnCommands.h"

#include <QCoreApplication>

namespace rebuttal {

namespace {

class Usage
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    static void print(QTextStream &err, const std::vector<std::unique_ptr<Command>> &commands)
    {
        err << tr("Usage: rebuttal-cli --store FILE COMMAND [ARGUMENTS]") << Qt::endl << tr("Commands:") << Qt::endl;
        for (const std::unique_ptr<Command> &command : commands) {
            const QString synopsis = QString(command->name() + QLatin1Char(' ') + command->arguments()).trimmed();
            err << QStringLiteral("  %1  %2").arg(synopsis, -20).arg(command->description()) << Qt::endl;
        }
        err << tr("Run 'rebuttal-cli COMMAND --help' for a command's options.") << Qt::endl;
    }
};

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> all;
    all.push_back(std::make_unique<InitCommand>());
    all.push_back(std::make_unique<ImportCommand>());
    all.push_back(std::make_unique<DocumentsCommand>());
    all.push_back(std::make_unique<DocumentCommand>());
    all.push_back(std::make_unique<SearchCommand>());
    all.push_back(std::make_unique<VaughnsCommand>());
    all.push_back(std::make_unique<VaughnCommand>());
    all.push_back(std::make_unique<AuditCommand>());
    all.push_back(std::make_unique<RedetectCommand>());
    all.push_back(std::make_unique<TimelineCommand>());
    all.push_back(std::make_unique<ExportCommand>());
    all.push_back(std::make_unique<StatsCommand>());
    all.push_back(std::make_unique<DatasetCommand>());
    all.push_back(std::make_unique<ChartCommand>());
    all.push_back(std::make_unique<AgreementsCommand>());
    all.push_back(std::make_unique<CheckCommand>());
    all.push_back(std::make_unique<RequestsCommand>());
    all.push_back(std::make_unique<LogCommand>());
    all.push_back(std::make_unique<GrantCommand>());
    all.push_back(std::make_unique<VerifyCommand>());
    all.push_back(std::make_unique<CopyCommand>());
    return all;
}

} // namespace

const std::vector<std::unique_ptr<Command>> &CommandTable::commands()
{
    // Built on first use, after main() installed the translators: descriptions are translated.
    static const std::vector<std::unique_ptr<Command>> all = allCommands();
    return all;
}

const Command *CommandTable::find(const QString &name)
{
    for (const std::unique_ptr<Command> &command : commands()) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

void CommandTable::printUsage(QTextStream &err)
{
    Usage::print(err, commands());
}

} // namespace rebuttal
