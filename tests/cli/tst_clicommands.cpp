// rebuttal-cli's command table: every registered command is listed by --help and answers its own
// --help; an export the activity log cannot record fails with exit 4 instead of passing silently.
#include "CliRun.h"
#include "../core/StoreFiles.h"

#include "cli/CommandTable.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rebuttal;
using namespace rebuttal::test;

class TestCliCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A case file with the demo clients, whose activity log then refuses every new entry.
    QString storeRefusingToLog(const QString &name)
    {
        const QString store = path(name);
        if (cli({QStringLiteral("--store"), store, QStringLiteral("init")}).exitCode != 0
            || cli({QStringLiteral("--store"), store, QStringLiteral("import"), QStringLiteral("cases"),
                    QStringLiteral(REBUTTAL_SOURCE_DIR "/resources/demo/cases.json")})
                       .exitCode
                != 0)
            return {};
        if (!execRaw(store, "CREATE TRIGGER refuse_log BEFORE INSERT ON activity_log BEGIN "
                            "SELECT RAISE(ABORT, 'the log refuses'); END;"))
            return {};
        return store;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyRegisteredCommandHasHelp_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("description");
        QVERIFY(CommandTable::commands().size() >= 19);
        for (const std::unique_ptr<Command> &command : CommandTable::commands())
            QTest::newRow(qPrintable(command->name())) << command->name() << command->description();
    }

    void everyRegisteredCommandHasHelp()
    {
        QFETCH(QString, name);
        QFETCH(QString, description);
        const CliRun usage = cli({QStringLiteral("--help")});
        QCOMPARE(usage.exitCode, 0);
        QVERIFY2(usage.err.contains(QStringLiteral("\n  ") + name + QLatin1Char(' ')), qPrintable(usage.err));
        QVERIFY2(usage.err.contains(description), qPrintable(usage.err));

        const CliRun help = cli({name, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QString text = QString::fromUtf8(help.out);
        // copy names its two stores itself (--from, --to) and takes no --store.
        const bool store = CommandTable::find(name)->needsStore();
        QVERIFY2(text.startsWith((store ? QStringLiteral("Usage: rebuttal-cli --store FILE ") : QStringLiteral("Usage: rebuttal-cli "))
                                 + name + QLatin1Char(' ')),
                 qPrintable(text));
        QVERIFY2(text.contains(description), qPrintable(text));
        QCOMPARE(text.contains(QStringLiteral("--store <FILE>")), store);
        for (const QString &option : CommandTable::find(name)->options())
            QVERIFY2(text.contains(QStringLiteral("--") + option), qPrintable(option));
    }

    void aVaughnIndexThatCannotBeReadExitsFour()
    {
        // vaughn ID first asks whether the index exists: a failed read is the case file's problem
        // (exit 4, naming it), not "there is no Vaughn index".
        const QString store = path(QStringLiteral("hollow-vaughn.rebuttal"));
        QCOMPARE(cli({QStringLiteral("--store"), store, QStringLiteral("init")}).exitCode, 0);
        QVERIFY(execRaw(store, "PRAGMA foreign_keys = OFF; DROP TABLE vaughn_indexes; CREATE TABLE vaughn_indexes (hollow INTEGER);"));
        const CliRun r = cli({QStringLiteral("--store"), store, QStringLiteral("vaughn"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.startsWith(QStringLiteral("rebuttal-cli: hollow-vaughn.rebuttal: ")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("there is no Vaughn index")), qPrintable(r.err));
    }

    void unloggedExportsExitFour_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("out");
        QTest::newRow("export cases") << QStringList{QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("--out")}
                                      << QStringLiteral("cases.json");
        QTest::newRow("export agreements")
            << QStringList{QStringLiteral("export"), QStringLiteral("agreements"), QStringLiteral("--out")}
            << QStringLiteral("agreements.json");
        QTest::newRow("dataset") << QStringList{QStringLiteral("dataset"), QStringLiteral("--out")} << QStringLiteral("dataset.csv");
        QTest::newRow("chart") << QStringList{QStringLiteral("chart"), QStringLiteral("outcomes"), QStringLiteral("--out")}
                               << QStringLiteral("chart.svg");
        QTest::newRow("stats --csv") << QStringList{QStringLiteral("stats"), QStringLiteral("--csv")} << QString();
    }

    void unloggedExportsExitFour()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, out);
        const QString store = storeRefusingToLog(QStringLiteral("%1.rebuttal").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        QVERIFY(!store.isEmpty());
        if (!out.isEmpty())
            arguments << path(out);
        const CliRun r = cli(QStringList{QStringLiteral("--store"), store} + arguments);
        QCOMPARE(r.exitCode, 4);
        // One line, naming the case file and what the log missed.
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(r.err.startsWith(QStringLiteral("rebuttal-cli: ") + QFileInfo(store).fileName() + QStringLiteral(": ")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("the log refuses")), qPrintable(r.err));
        if (out.isEmpty()) {
            QVERIFY2(r.out.isEmpty(), r.out.constData()); // counts the log cannot record are not printed
        } else {
            QVERIFY2(r.err.contains(out + QStringLiteral(" was written, but the activity log could not record it")),
                     qPrintable(r.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
