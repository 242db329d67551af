// rebuttal-cli: the command-line entry point.
#include "cli/CommandLineInterface.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rebuttal-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Rebuttal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REBUTTAL_VERSION));
    // Diagnostics stay quiet unless asked for (QT_LOGGING_RULES); messages for people go to stderr.
    QLoggingCategory::setFilterRules(QStringLiteral("rebuttal.*.info=false\nrebuttal.*.debug=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    rebuttal::CommandLineInterface cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
