// rebuttal: the desktop application's entry point.
#include "MainWindow.h"
#include "MessageBox.h"
#include "Translations.h"
#include "store/ServerLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    // --version must work without a display (scripts, packaging checks).
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0) {
            std::printf("rebuttal %s\n", REBUTTAL_VERSION);
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("rebuttal"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rebuttal"));
    QApplication::setOrganizationName(QStringLiteral("Rebuttal"));
    QApplication::setApplicationVersion(QStringLiteral(REBUTTAL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.rebuttal.Rebuttal"));
    QLoggingCategory::setFilterRules(QStringLiteral("rebuttal.*.debug=false\nrebuttal.*.info=false"));
    rebuttal::Translations::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Audit foreign-data evidence in immigration cases."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("main", "Open the demo case file."));
    parser.addOption(demo);
    const QCommandLineOption connect(QStringLiteral("connect"), QApplication::translate("main", "Connect to a matter on a server (File > Connect to Server...)."));
    parser.addOption(connect);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A case file, or a matter on a server (postgresql://HOST/DB?matter=NAME), to open."),
                                 QStringLiteral("[file.rebuttal]"));
    parser.process(app);

    rebuttal::MainWindow window;
    window.show();
    // Open after the window is up, so an error dialog has a parent to sit on.
    QTimer::singleShot(0, &window, [&] {
        const QString target = parser.positionalArguments().value(0);
        QString problem;
        if (parser.isSet(demo))
            window.openDemo();
        else if (parser.isSet(connect))
            window.chooseAndConnect();
        else if (rebuttal::ServerLocation::looksLikeServer(target)) {
            if (const std::optional<rebuttal::ServerLocation> location = rebuttal::ServerLocation::parse(target, &problem))
                window.connectToServer(*location);
            else
                rebuttal::MessageBox::critical(&window, QApplication::translate("main", "Cannot open the matter"), problem);
        } else if (!target.isEmpty())
            window.openCaseFile(target);
    });
    return app.exec();
}
