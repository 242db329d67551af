// rebuttal-cli: parses a command line, finds the command in CommandTable, runs it on a case file,
// and reports as ../shared/CLI.md says.
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace rebuttal {

class Command;

class CommandLineInterface
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    CommandLineInterface(QTextStream &out, QTextStream &err);

    // `arguments` includes the program name, as QCoreApplication::arguments() gives it.
    int run(const QStringList &arguments);
    // Whether the command named in `arguments` draws (chart): it needs a QApplication.
    static bool needsWidgets(const QStringList &arguments);

private:
    // The command's own options may follow it: --json, --help, even --store.
    int runCommand(const Command &command, const QStringList &arguments, const QString &globalStore, bool helpAsked);
    int usage(const QString &problem);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace rebuttal
