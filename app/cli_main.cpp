// rebuttal-cli: the command-line entry point.
#include "cli/CommandLineInterface.h"

#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Fonts (the PDF evidence summary) need a QGuiApplication. The CLI never opens a window, so it
    // runs on the offscreen platform: no display needed, none touched.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
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
