// rebuttal-cli as a script sees it: exit codes, JSON on stdout, one clear line on stderr.
#include "CliRun.h"
#include "../core/AuditFixture.h"
#include "../core/ProductionFixture.h"
#include "../core/VaughnFixture.h"
#include "../core/StoreFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rebuttal::test;

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString freshStore(const QString &name)
    {
        const QString file = path(name);
        const CliRun init = cli({QStringLiteral("--store"), file, QStringLiteral("init")});
        if (init.exitCode != 0)
            qWarning() << init.err;
        return file;
    }

private Q_SLOTS:
    void versions()
    {
        const CliRun c = cli({QStringLiteral("--version")});
        QCOMPARE(c.exitCode, 0);
        QCOMPARE(QString::fromUtf8(c.out).trimmed(), QStringLiteral("rebuttal-cli " REBUTTAL_VERSION));
        const CliRun g = runProgram(QStringLiteral(REBUTTAL_GUI_PATH), {QStringLiteral("--version")});
        QCOMPARE(g.exitCode, 0);
        QCOMPARE(QString::fromUtf8(g.out).trimmed(), QStringLiteral("rebuttal " REBUTTAL_VERSION));
    }

    void initCreatesAnEmptyStore()
    {
        const QString file = path(QStringLiteral("case.rebuttal"));
        CliRun r = cli({QStringLiteral("--store"), file, QStringLiteral("init")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(file));
        QVERIFY(r.out.isEmpty());

        r = cli({QStringLiteral("--store"), file, QStringLiteral("documents"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object(), QJsonObject({{QStringLiteral("documents"), QJsonArray()}}));

        // A second init leaves the store as it is.
        const QByteArray before = fileBytes(file);
        r = cli({QStringLiteral("--store"), file, QStringLiteral("init")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(fileBytes(file), before);
    }

    void logListsTheChainOfCustody()
    {
        const QString file = freshStore(QStringLiteral("log.rebuttal"));
        QCOMPARE(cli({QStringLiteral("--store"), file, QStringLiteral("import"), QStringLiteral("cases"),
                      QStringLiteral(REBUTTAL_SOURCE_DIR "/resources/demo/cases.json")}).exitCode, 0);
        const CliRun r = cli({QStringLiteral("--store"), file, QStringLiteral("log"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray activity = r.json().value(QStringLiteral("activity")).toArray();
        QCOMPARE(activity.size(), 2);
        QCOMPARE(activity.at(0)[QStringLiteral("action")].toString(), QStringLiteral("store.create"));
        QCOMPARE(activity.at(1)[QStringLiteral("action")].toString(), QStringLiteral("import.cases"));
        // Logged by content (SHA-256), never by a file name that may be a client's.
        const QString detail = activity.at(1)[QStringLiteral("detail")].toString();
        const QByteArray demo = fileBytes(QStringLiteral(REBUTTAL_SOURCE_DIR "/resources/demo/cases.json"));
        QVERIFY2(detail.contains(QString::fromLatin1(QCryptographicHash::hash(demo, QCryptographicHash::Sha256).toHex())), qPrintable(detail));
        QVERIFY(!detail.contains(QStringLiteral("cases.json")));
        for (const QJsonValue &entry : activity) {
            QCOMPARE(entry.toObject().keys(), (QStringList{QStringLiteral("action"), QStringLiteral("at"),
                                                           QStringLiteral("detail"), QStringLiteral("user")}));
            QVERIFY(QDateTime::fromString(entry[QStringLiteral("at")].toString(), Qt::ISODateWithMs).isValid());
            QVERIFY(!entry[QStringLiteral("user")].toString().isEmpty());
        }
        QVERIFY(QDateTime::fromString(activity.at(0)[QStringLiteral("at")].toString(), Qt::ISODateWithMs)
                <= QDateTime::fromString(activity.at(1)[QStringLiteral("at")].toString(), Qt::ISODateWithMs));

        // The log keeps each sentence's template and values; the JSON's detail is the English
        // sentence whatever language the reader's system speaks.
        QProcessEnvironment spanish = QProcessEnvironment::systemEnvironment();
        spanish.insert(QStringLiteral("LANGUAGE"), QStringLiteral("es"));
        const CliRun es = runProgram(QStringLiteral(REBUTTAL_CLI_PATH), {QStringLiteral("--store"), file, QStringLiteral("log"), QStringLiteral("--json")}, spanish);
        QCOMPARE(es.exitCode, 0);
        const QJsonArray read = es.json().value(QStringLiteral("activity")).toArray();
        QCOMPARE(read.at(0)[QStringLiteral("detail")].toString(), QStringLiteral("Created the case file"));
        QVERIFY2(read.at(1)[QStringLiteral("detail")].toString().startsWith(QStringLiteral("Imported case records from a JSON file with SHA-256 ")),
                 qPrintable(read.at(1)[QStringLiteral("detail")].toString()));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("--store"), QStringLiteral("x.rebuttal"), QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--store"), QStringLiteral("x.rebuttal"), QStringLiteral("--colour"), QStringLiteral("documents")};
        QTest::newRow("unknown command option") << QStringList{QStringLiteral("--store"), QStringLiteral("x.rebuttal"), QStringLiteral("documents"), QStringLiteral("--xml")};
        QTest::newRow("no command") << QStringList{QStringLiteral("--store"), QStringLiteral("x.rebuttal")};
        QTest::newRow("no store") << QStringList{QStringLiteral("documents"), QStringLiteral("--json")};
        QTest::newRow("import without file") << QStringList{QStringLiteral("--store"), QStringLiteral("x.rebuttal"), QStringLiteral("import"), QStringLiteral("cases")};
        QTest::newRow("import unknown kind") << QStringList{QStringLiteral("--store"), QStringLiteral("x.rebuttal"), QStringLiteral("import"), QStringLiteral("recipes"), QStringLiteral("f")};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const CliRun r = cli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Usage:")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("x.rebuttal")));
    }

    void everyCommandHasHelp_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *name : {"init", "import", "documents", "document", "search", "log", "timeline", "export", "vaughns", "vaughn", "audit"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void everyCommandHasHelp()
    {
        QFETCH(QString, command);
        const CliRun r = cli({command, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("--store")));
        QCOMPARE(cli({QStringLiteral("--help")}).exitCode, 0);
    }

    void storeProblemsExitFour_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing") << "missing.rebuttal" << "does not exist";
        QTest::newRow("text file") << "notes.txt" << "not a Rebuttal case file";
        QTest::newRow("other sqlite") << "other.db" << "not a Rebuttal case file";
        QTest::newRow("newer schema") << "newer.rebuttal" << "newer version";
        QTest::newRow("locked") << "locked.rebuttal" << "locked";
    }

    void storeProblemsExitFour()
    {
        QFETCH(QString, name);
        QFETCH(QString, mentions);
        const QString file = path(name);
        if (name == QLatin1String("notes.txt"))
            writeBytes(file, "not a database");
        else if (name == QLatin1String("other.db"))
            QVERIFY(execRaw(file, "CREATE TABLE t(x)"));
        else if (name != QLatin1String("missing.rebuttal"))
            freshStore(name);
        if (name == QLatin1String("newer.rebuttal"))
            QVERIFY(execRaw(file, "PRAGMA user_version = 77"));
        // Snapshot before locking: reading the file here would drop this process's lock (POSIX semantics).
        const QByteArray before = fileBytes(file);
        std::unique_ptr<LockHolder> lock;
        if (name == QLatin1String("locked.rebuttal")) {
            lock = std::make_unique<LockHolder>(file);
            QVERIFY(lock->isLocked());
        }
        for (const QString &command : {QStringLiteral("documents"), QStringLiteral("log"), QStringLiteral("init")}) {
            const CliRun r = cli(QStringList{QStringLiteral("--store"), file, command, QStringLiteral("--json")}.mid(0, command == QLatin1String("init") ? 3 : 4));
            if (name == QLatin1String("missing.rebuttal") && command == QLatin1String("init")) {
                QCOMPARE(r.exitCode, 0); // init is how a missing store comes to exist
                QFile::remove(file);
                continue;
            }
            QVERIFY2(r.exitCode == 4, qPrintable(command + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
            QVERIFY2(r.err.contains(name), qPrintable(r.err));
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
            QVERIFY(r.out.isEmpty());
            if (!lock)
                QCOMPARE(fileBytes(file), before);
        }
        lock.reset();
        QCOMPARE(fileBytes(file), before);
    }

    // Opening checks the header and the schema only; verify reads everything and names the damage.
    void verifyReadsTheWholeFile()
    {
        const QString file = freshStore(QStringLiteral("verify.rebuttal"));
        QVERIFY(execRaw(file, "INSERT INTO vaughn_indexes (id, file_name, sha256, size, imported_at, bytes) VALUES "
                              "(3, 'index.csv', '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824', 5, "
                              "'2026-01-01', CAST('hello' AS BLOB))"));
        CliRun r = cli({QStringLiteral("--store"), file, QStringLiteral("verify"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(r.json().value(QStringLiteral("stored_files")).toInt(), 1);
        r = cli({QStringLiteral("--store"), file, QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("no damage found"), qPrintable(r.err));

        QVERIFY(execRaw(file, "UPDATE vaughn_indexes SET bytes = CAST('jello' AS BLOB)"));
        const QByteArray before = fileBytes(file);
        r = cli({QStringLiteral("--store"), file, QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(), false);
        QVERIFY2(r.err.contains(QLatin1String("verify.rebuttal is damaged: Vaughn index 3 (index.csv)")), qPrintable(r.err));
        QCOMPARE(fileBytes(file), before);
    }

    void importProductionAndReadItBack()
    {
        const QString file = freshStore(QStringLiteral("production.rebuttal"));
        const QString pdf = path(QStringLiteral("release.pdf"));
        const QList<ExpectedPage> truth = writeStandardProduction(pdf);
        CliRun r = cli({QStringLiteral("--store"), file, QStringLiteral("import"), QStringLiteral("production"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject imported = r.json();
        QCOMPARE(imported.keys(), (QStringList{QStringLiteral("document_id"), QStringLiteral("pages"),
                                               QStringLiteral("redactions"), QStringLiteral("withheld_pages")}));
        QCOMPARE(imported.value(QStringLiteral("pages")).toInt(), truth.size());
        QCOMPARE(imported.value(QStringLiteral("withheld_pages")).toInt(), 1);
        const int id = imported.value(QStringLiteral("document_id")).toInt();

        // The same file again: not duplicated, and said so.
        r = cli({QStringLiteral("--store"), file, QStringLiteral("import"), QStringLiteral("production"), pdf});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("document_id")).toInt(), id);
        QVERIFY(r.err.contains(QStringLiteral("already")));

        r = cli({QStringLiteral("--store"), file, QStringLiteral("documents"), QStringLiteral("--json")});
        const QJsonArray documents = r.json().value(QStringLiteral("documents")).toArray();
        QCOMPARE(documents.size(), 1);
        QCOMPARE(documents.at(0)[QStringLiteral("file")].toString(), QStringLiteral("release.pdf"));
        QCOMPARE(documents.at(0)[QStringLiteral("pages")].toInt(), truth.size());
        QCOMPARE(documents.at(0)[QStringLiteral("sha256")].toString(),
                 QString::fromLatin1(QCryptographicHash::hash(fileBytes(pdf), QCryptographicHash::Sha256).toHex()));

        // document ID --json: every field of every page.
        r = cli({QStringLiteral("--store"), file, QStringLiteral("document"), QString::number(id), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject document = r.json();
        QCOMPARE(document.keys(), (QStringList{QStringLiteral("file"), QStringLiteral("id"), QStringLiteral("pages"), QStringLiteral("sha256")}));
        QCOMPARE(document.value(QStringLiteral("id")).toInt(), id);
        const QJsonArray pages = document.value(QStringLiteral("pages")).toArray();
        QCOMPARE(pages.size(), truth.size());
        for (int i = 0; i < pages.size(); ++i) {
            const QJsonObject page = pages.at(i).toObject();
            const ExpectedPage &expected = truth[i];
            const QString where = QStringLiteral("page %1").arg(i + 1);
            QCOMPARE(page.keys(), (QStringList{QStringLiteral("bates"), QStringLiteral("exemptions"), QStringLiteral("image_only"),
                                               QStringLiteral("page"), QStringLiteral("problem"), QStringLiteral("redactions"),
                                               QStringLiteral("withheld_in_full")}));
            QVERIFY2(page.value(QStringLiteral("problem")).isNull(), qPrintable(where)); // every page was analysed
            QCOMPARE(page.value(QStringLiteral("page")).toInt(), i + 1);
            QCOMPARE(page.value(QStringLiteral("bates")).toString(), expected.bates);
            QCOMPARE(page.value(QStringLiteral("withheld_in_full")).toBool(), expected.withheldInFull);
            QCOMPARE(page.value(QStringLiteral("image_only")).toBool(), expected.imageOnly);
            QStringList codes;
            for (const QJsonValue &code : page.value(QStringLiteral("exemptions")).toArray())
                codes << code.toString();
            QVERIFY2(codes == expected.exemptions, qPrintable(where + QStringLiteral(": ") + codes.join(QLatin1Char(' '))));
            const QJsonArray redactions = page.value(QStringLiteral("redactions")).toArray();
            QVERIFY2(redactions.size() == expected.boxes.size(), qPrintable(where));
            for (const QJsonValue &value : redactions) {
                const QJsonObject box = value.toObject();
                QCOMPARE(box.keys(), (QStringList{QStringLiteral("exemptions"), QStringLiteral("h"), QStringLiteral("text_under_box"),
                                                  QStringLiteral("w"), QStringLiteral("x"), QStringLiteral("y")}));
                const QRectF rect(box[QStringLiteral("x")].toDouble(), box[QStringLiteral("y")].toDouble(),
                                  box[QStringLiteral("w")].toDouble(), box[QStringLiteral("h")].toDouble());
                QVERIFY(rect.left() >= 0 && rect.top() >= 0 && rect.right() <= 1 && rect.bottom() <= 1);
                const auto match = std::find_if(expected.boxes.cbegin(), expected.boxes.cend(), [&](const ExpectedBox &e) {
                    return std::abs(e.box.x() - rect.x()) < 0.012 && std::abs(e.box.y() - rect.y()) < 0.012
                        && std::abs(e.box.width() - rect.width()) < 0.02 && std::abs(e.box.height() - rect.height()) < 0.02;
                });
                QVERIFY2(match != expected.boxes.cend(), qPrintable(where));
                if (match->textUnderBox.isEmpty())
                    QVERIFY(box[QStringLiteral("text_under_box")].isNull());
                else
                    QVERIFY(box[QStringLiteral("text_under_box")].toString().contains(match->textUnderBox));
            }
        }

        // search QUERY --json
        r = cli({QStringLiteral("--store"), file, QStringLiteral("search"), QStringLiteral("informant"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray hits = r.json().value(QStringLiteral("hits")).toArray();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0)[QStringLiteral("page")].toInt(), 5);
        QCOMPARE(hits.at(0)[QStringLiteral("document_id")].toInt(), id);
        QCOMPARE(hits.at(0)[QStringLiteral("bates")].toString(), truth[4].bates);
        QVERIFY(hits.at(0)[QStringLiteral("snippet")].toString().contains(QStringLiteral("informant")));
        // Characters FTS5 would read as syntax are just text.
        r = cli({QStringLiteral("--store"), file, QStringLiteral("search"), QStringLiteral("(b)(6) AND \"unclosed"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);

        r = cli({QStringLiteral("--store"), file, QStringLiteral("document"), QStringLiteral("999"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("999")));
    }

    void rejectedProductionsExitThree_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not a pdf") << QByteArray("hello") << QStringLiteral("not a PDF");
        QTest::newRow("zero bytes") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("truncated") << QByteArray("%PDF-1.4\n1 0 obj\n<<") << QStringLiteral("truncated");
    }

    void rejectedProductionsExitThree()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        const QString file = freshStore(QStringLiteral("rejects.rebuttal"));
        const QString pdf = path(QStringLiteral("bad.pdf"));
        writeBytes(pdf, bytes);
        const QByteArray before = fileBytes(file);
        const CliRun r = cli({QStringLiteral("--store"), file, QStringLiteral("import"), QStringLiteral("production"), pdf});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("bad.pdf")) && r.err.contains(mentions), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(fileBytes(file), before);
        QFile::remove(file);
    }

    void rejectedImportExitsThreeAndChangesNothing()
    {
        const QString file = freshStore(QStringLiteral("import.rebuttal"));
        QFile demo(QStringLiteral(REBUTTAL_SOURCE_DIR "/resources/demo/cases.json"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QByteArray bad = demo.readAll();
        const QRegularExpression firstDate(QStringLiteral("\"date\": \"[0-9-]+\""));
        bad = QString::fromUtf8(bad).replace(firstDate, QStringLiteral("\"date\": \"2019-13-45\"")).toUtf8();
        const QString badFile = path(QStringLiteral("bad-cases.json"));
        writeBytes(badFile, bad);

        QCOMPARE(cli({QStringLiteral("--store"), file, QStringLiteral("log"), QStringLiteral("--json")}).exitCode, 0);
        const QByteArray before = fileBytes(file);
        CliRun r = cli({QStringLiteral("--store"), file, QStringLiteral("import"), QStringLiteral("cases"), badFile});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("bad-cases.json")) && r.err.contains(QStringLiteral("client C-"))
                     && r.err.contains(QStringLiteral("2019-13-45")) && r.err.contains(QStringLiteral("date")),
                 qPrintable(r.err));
        QCOMPARE(fileBytes(file), before);

        r = cli({QStringLiteral("--store"), file, QStringLiteral("import"), QStringLiteral("cases"), path(QStringLiteral("nope.json"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("nope.json")));

        r = cli({QStringLiteral("--store"), file, QStringLiteral("import"), QStringLiteral("cases"), demo.fileName()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().value(QStringLiteral("clients")).toInt() >= 8);
        QVERIFY(r.json().value(QStringLiteral("events")).toInt() > 0);
    }

    void timelineFollowsTheContract()
    {
        const QString file = freshStore(QStringLiteral("timeline.rebuttal"));
        const QByteArray records = R"({"format": "rebuttal.cases", "version": 1, "clients": [
          {"ref": "C-9", "name": "Rosa", "country": "GT", "a_number": "A123456789",
           "allegations": [
             {"ref": "AL1", "source": "RED_NOTICE", "kind": "warrant", "asserted_on": "2020-01-10", "disclosed_on": "2020-03-10", "status": "contested"},
             {"ref": "AL2", "source": "CHIS", "kind": "criminal_history", "asserted_on": "2020-02"}],
           "events": [
             {"ref": "E3", "type": "release", "date": "2020-02-20", "detail": "Released on bond"},
             {"ref": "E1", "type": "detention_start", "date": "2020-01-10", "relied_on": ["AL1", "AL2"]},
             {"ref": "E2", "type": "bond_denied", "date": "2020-01-10", "relied_on": ["AL1"]},
             {"ref": "E4", "type": "detention_start", "date": "2020-06"},
             {"ref": "E5", "type": "separation", "date": "2020-06-15"}]}]})";
        const QString input = path(QStringLiteral("rosa.json"));
        writeBytes(input, records);
        QCOMPARE(cli({QStringLiteral("--store"), file, QStringLiteral("import"), QStringLiteral("cases"), input}).exitCode, 0);

        CliRun r = cli({QStringLiteral("--store"), file, QStringLiteral("timeline"), QStringLiteral("C-9"), QStringLiteral("--json"),
                     QStringLiteral("--as-of"), QStringLiteral("2020-07-01")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject t = r.json();
        QCOMPARE(t.value(QStringLiteral("client")).toObject().value(QStringLiteral("ref")).toString(), QStringLiteral("C-9"));
        QCOMPARE(t.value(QStringLiteral("client")).toObject().value(QStringLiteral("country")).toString(), QStringLiteral("GT"));
        QStringList order;
        for (const QJsonValue &e : t.value(QStringLiteral("events")).toArray())
            order << e.toObject().value(QStringLiteral("ref")).toString();
        QCOMPARE(order, (QStringList{QStringLiteral("E1"), QStringLiteral("E2"), QStringLiteral("E3"), QStringLiteral("E4"), QStringLiteral("E5")}));
        const QJsonObject first = t.value(QStringLiteral("events")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("relied_on")).toArray(), (QJsonArray{QStringLiteral("AL1"), QStringLiteral("AL2")}));
        QCOMPARE(t.value(QStringLiteral("events")).toArray().at(3).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2020-06"));
        // 2020-01-10 .. 2020-02-20 = 41 days, then 2020-06-01 .. as-of 2020-07-01 = 30 days.
        const QJsonObject metrics = t.value(QStringLiteral("metrics")).toObject();
        QCOMPARE(metrics.value(QStringLiteral("detention_days")).toInt(), 71);
        QCOMPARE(metrics.value(QStringLiteral("separation_days")).toInt(), 16);
        const QJsonArray allegations = t.value(QStringLiteral("allegations")).toArray();
        QCOMPARE(allegations.at(0).toObject().value(QStringLiteral("disclosure_delay_days")).toInt(), 60);
        QCOMPARE(allegations.at(0).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("RED_NOTICE"));
        QVERIFY(allegations.at(1).toObject().value(QStringLiteral("disclosure_delay_days")).isNull());
        QVERIFY(allegations.at(1).toObject().value(QStringLiteral("disclosed_on")).isNull());
        QVERIFY(allegations.at(1).toObject().value(QStringLiteral("status")).isNull());

        QCOMPARE(cli({QStringLiteral("--store"), file, QStringLiteral("timeline"), QStringLiteral("C-404"), QStringLiteral("--json")}).exitCode, 3);
        QCOMPARE(cli({QStringLiteral("--store"), file, QStringLiteral("timeline"), QStringLiteral("C-9"), QStringLiteral("--as-of"),
                      QStringLiteral("2020-02-30")}).exitCode, 2);

        // Export, re-import elsewhere: the same timeline, through CSV and through JSON.
        for (const QString &suffix : {QStringLiteral("csv"), QStringLiteral("json")}) {
            const QString exported = path(QStringLiteral("out.") + suffix);
            QCOMPARE(cli({QStringLiteral("--store"), file, QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("--out"), exported}).exitCode, 0);
            const QString other = freshStore(QStringLiteral("other-") + suffix + QStringLiteral(".rebuttal"));
            r = cli({QStringLiteral("--store"), other, QStringLiteral("import"), QStringLiteral("cases"), exported});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            r = cli({QStringLiteral("--store"), other, QStringLiteral("timeline"), QStringLiteral("C-9"), QStringLiteral("--json"),
                     QStringLiteral("--as-of"), QStringLiteral("2020-07-01")});
            QCOMPARE(r.json(), t);
        }

        // A bad CSV is refused whole, naming the line.
        const QString badCsv = path(QStringLiteral("bad.csv"));
        writeBytes(badCsv, "client_ref,client_name,record,ref,type,date\nC-10,Ana,event,E1,release,2020-01-01\nC-10,Ana,event,E2,escape,2020-01-02\n");
        const QByteArray before = fileBytes(file);
        r = cli({QStringLiteral("--store"), file, QStringLiteral("import"), QStringLiteral("cases"), badCsv});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("bad.csv")) && r.err.contains(QStringLiteral("line 3")) && r.err.contains(QStringLiteral("escape")),
                 qPrintable(r.err));
        QCOMPARE(fileBytes(file), before);

        // An export that cannot be written leaves nothing behind.
        const QString nowhere = path(QStringLiteral("no-such-dir/out.json"));
        r = cli({QStringLiteral("--store"), file, QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("--out"), nowhere});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("out.json")));
        QVERIFY(!QFileInfo::exists(nowhere));
    }

    // Whether a file is in already is the import's first read of the case file: when that read fails
    // the import stops there, exit 4, naming the case file and the cause (not "could not be stored").
    void importIntoAnUnreadableCaseFileExitsFour_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("table");
        QTest::newRow("production") << QStringLiteral("production") << QStringLiteral("documents");
        QTest::newRow("vaughn") << QStringLiteral("vaughn") << QStringLiteral("vaughn_indexes");
    }

    void importIntoAnUnreadableCaseFileExitsFour()
    {
        QFETCH(QString, kind);
        QFETCH(QString, table);
        const QString name = QStringLiteral("hollow-") + kind + QStringLiteral(".rebuttal");
        const QString file = freshStore(name);
        QVERIFY(hollowOut(file, table));
        QString input;
        if (kind == QLatin1String("production")) {
            input = path(QStringLiteral("unread.pdf"));
            writeStandardProduction(input);
        } else {
            const QStringList seeds = QDir(QStringLiteral(REBUTTAL_SOURCE_DIR "/../shared/seeds")).entryList({QStringLiteral("000_*.txt")});
            QVERIFY2(!seeds.isEmpty(), "seed 000 is missing from ../shared/seeds");
            input = QStringLiteral(REBUTTAL_SOURCE_DIR "/../shared/seeds/") + seeds.first();
        }
        QCOMPARE(cli({QStringLiteral("--store"), file, QStringLiteral("log"), QStringLiteral("--json")}).exitCode, 0);
        const QByteArray before = fileBytes(file);
        const CliRun r = cli({QStringLiteral("--store"), file, QStringLiteral("import"), kind, input});
        QVERIFY2(r.exitCode == 4, qPrintable(r.err));
        QVERIFY2(r.err.contains(name + QStringLiteral(" could not be read: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("no such column")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
        QVERIFY(r.out.isEmpty());
        QCOMPARE(fileBytes(file), before);
    }

    void importSeedVaughnIndex()
    {
        const QStringList seeds = QDir(QStringLiteral(REBUTTAL_SOURCE_DIR "/../shared/seeds")).entryList({QStringLiteral("000_*.txt")});
        QVERIFY2(!seeds.isEmpty(), "seed 000 is missing from ../shared/seeds");
        const QString seed = QStringLiteral(REBUTTAL_SOURCE_DIR "/../shared/seeds/") + seeds.first();
        const QString store = freshStore(QStringLiteral("seed.rebuttal"));
        const CliRun imported = cli({QStringLiteral("--store"), store, QStringLiteral("import"), QStringLiteral("vaughn"), seed});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.json().value(QStringLiteral("entries")).toInt(), 1);
        const int id = imported.json().value(QStringLiteral("index_id")).toInt();
        QVERIFY(id > 0);
        // The same file again is stored once, and said so.
        const CliRun again = cli({QStringLiteral("--store"), store, QStringLiteral("import"), QStringLiteral("vaughn"), seed});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value(QStringLiteral("index_id")).toInt(), id);
        QVERIFY(again.err.contains(QStringLiteral("already")));

        const CliRun shown = cli({QStringLiteral("--store"), store, QStringLiteral("vaughn"), QString::number(id), QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonArray entries = shown.json().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject e = entries.first().toObject();
        QCOMPARE(e.value(QStringLiteral("entry")).toInt(), 1);
        QCOMPARE(e.value(QStringLiteral("document_id")).toString(), QStringLiteral("2022-ICLI00010"));
        QCOMPARE(e.value(QStringLiteral("withholding")).toString(), QStringLiteral("partial"));
        QVariantList pages;
        for (const int p : {3, 4, 5, 10, 11, 12, 17, 18, 23, 24, 25, 26, 27, 31, 32, 33})
            pages << p;
        QCOMPARE(e.value(QStringLiteral("pages")).toArray().toVariantList(), pages);
        QCOMPARE(e.value(QStringLiteral("exemptions")).toArray().toVariantList(),
                 (QVariantList{QStringLiteral("(b)(5)"), QStringLiteral("(b)(7)(E)")}));
        const QJsonObject reasons = e.value(QStringLiteral("justifications")).toObject();
        QVERIFY(!reasons.value(QStringLiteral("(b)(5)")).toString().isEmpty());
        QVERIFY(!reasons.value(QStringLiteral("(b)(7)(E)")).toString().isEmpty());

        const CliRun listed = cli({QStringLiteral("--store"), store, QStringLiteral("vaughns"), QStringLiteral("--json")});
        QCOMPARE(listed.json().value(QStringLiteral("indexes")).toArray().size(), 1);
        const CliRun missing = cli({QStringLiteral("--store"), store, QStringLiteral("vaughn"), QStringLiteral("99"), QStringLiteral("--json")});
        QCOMPARE(missing.exitCode, 3);
    }

    void rejectedVaughnIndexExitsThree_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("no header") << QStringLiteral("notes.txt") << QByteArray("Meeting notes\nNothing tabular here.\n");
        QTest::newRow("empty") << QStringLiteral("empty.csv") << QByteArray();
        QTest::newRow("not a PDF") << QStringLiteral("fake.pdf") << QByteArray("Entry,Bates,Pages\n1,A1,1\n");
        QTest::newRow("PDF without a table header") << QStringLiteral("table.pdf") << QByteArray();
    }

    void rejectedVaughnIndexExitsThree()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        const QString file = path(name);
        if (name == QLatin1String("table.pdf")) {
            VaughnPdfOptions options;
            options.withHeader = false;
            QVERIFY(VaughnPdfWriter::write(file, {{QStringLiteral("1"), QStringLiteral("A0001"), QStringLiteral("Full"),
                                                   QStringLiteral("1"), QStringLiteral("x"), QStringLiteral("b5")}}, options));
        } else {
            writeBytes(file, bytes);
        }
        const QString store = freshStore(QStringLiteral("reject-%1.rebuttal").arg(QString::fromLatin1(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-')));
        const QByteArray before = fileBytes(store);
        const CliRun r = cli({QStringLiteral("--store"), store, QStringLiteral("import"), QStringLiteral("vaughn"), file});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(name), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(fileBytes(store), before);
    }

    void auditReportsEveryPlantedDefect()
    {
        const QString store = freshStore(QStringLiteral("audit.rebuttal"));
        const QString production = path(QStringLiteral("audit-production.pdf"));
        writeAuditProduction(production);
        QCOMPARE(cli({QStringLiteral("--store"), store, QStringLiteral("import"), QStringLiteral("production"), production}).exitCode, 0);
        const QString index = path(QStringLiteral("audit-index.csv"));
        writeBytes(index, auditIndexCsv());
        const CliRun imported = cli({QStringLiteral("--store"), store, QStringLiteral("import"), QStringLiteral("vaughn"), index});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.json().value(QStringLiteral("entries")).toInt(), 3);

        const CliRun audit = cli({QStringLiteral("--store"), store, QStringLiteral("audit"), QStringLiteral("--json")});
        QCOMPARE(audit.exitCode, 0);
        QStringList seen;
        for (const QJsonValue &value : audit.json().value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = value.toObject();
            QStringList entries;
            for (const QJsonValue &n : f.value(QStringLiteral("entries")).toArray())
                entries << QString::number(n.toInt());
            QStringList codes;
            for (const QJsonValue &c : f.value(QStringLiteral("exemptions")).toArray())
                codes << c.toString();
            QVERIFY(!f.value(QStringLiteral("detail")).toString().isEmpty());
            seen << QStringLiteral("%1 entry=%2 entries=%3 bates=%4 codes=%5")
                        .arg(f.value(QStringLiteral("kind")).toString())
                        .arg(f.value(QStringLiteral("entry")).toInt())
                        .arg(entries.join(QLatin1Char(',')), f.value(QStringLiteral("bates")).toString(), codes.join(QLatin1Char(',')));
        }
        const QStringList expected{
            QStringLiteral("stamped_not_claimed entry=1 entries= bates= codes=(b)(6)"),
            QStringLiteral("claimed_not_stamped entry=2 entries= bates= codes=(b)(7)(C)"),
            QStringLiteral("claimed_not_stamped entry=3 entries= bates= codes=(b)(6)"),
            QStringLiteral("withheld_page_missing entry=0 entries= bates=AUD-000003 codes=(b)(5)"),
            QStringLiteral("listed_page_unredacted entry=2 entries= bates=AUD-000004 codes="),
            QStringLiteral("missing_justification entry=3 entries= bates= codes=(b)(6)"),
            QStringLiteral("boilerplate_justification entry=0 entries=2,3 bates= codes=(b)(7)(C),(b)(7)(E)"),
            QStringLiteral("bad_redaction entry=2 entries= bates=AUD-000005 codes="),
        };
        QCOMPARE(seen, expected);
    }
};

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
