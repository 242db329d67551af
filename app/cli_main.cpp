// rebuttal-cli: the command-line entry point.
#include "cli/CommandLineInterface.h"

#include <QApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>

namespace {

// Only `chart` draws; it gets a QApplication (Qt Charts are widgets) on the offscreen
// platform unless one was asked for, so it runs on servers with no display.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!rebuttal::CommandLineInterface::needsWidgets(arguments))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
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
