// rebuttal-cli: the command-line entry point.
#include "cli/CommandLineInterface.h"

#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>

namespace {
QtMessageHandler s_defaultHandler = nullptr;

// A QGuiApplication asks for the XDG runtime folder as it starts and warns when there is none;
// the CLI never uses it, and its stderr is for one clear line per problem.
void quietRuntimeFolder(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: ")))
        return;
    s_defaultHandler(type, context, message);
}
} // namespace

int main(int argc, char *argv[])
{
    s_defaultHandler = qInstallMessageHandler(quietRuntimeFolder);
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
