// rebuttal-cli: the command-line entry point.
#include "Translations.h"
#include "cli/CommandLineInterface.h"

#include <QApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>

namespace {

// The CLI never opens a window, but `chart` draws Qt Charts (widgets: a QApplication) and the
// PDF summary lays out text (fonts: a QGuiApplication). Both run on the offscreen platform
// unless one was asked for, so they work on servers with no display.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (rebuttal::CommandLineInterface::needsWidgets(arguments))
        return std::make_unique<QApplication>(argc, argv);
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

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
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rebuttal-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Rebuttal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REBUTTAL_VERSION));
    // Messages and PDF summaries in the user's language (LANGUAGE=es); JSON and CSV stay as the
    // contract spells them.
    rebuttal::Translations::install(app.get());
    // Diagnostics stay quiet unless asked for (QT_LOGGING_RULES); messages for people go to stderr.
    QLoggingCategory::setFilterRules(QStringLiteral("rebuttal.*.info=false\nrebuttal.*.debug=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    rebuttal::CommandLineInterface cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
