// rebuttal-cli export summary as a script sees it: exit codes, messages, and no file left behind.
#include "CliRun.h"
#include "import/DemoCaseFile.h"

#include <poppler-qt6.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rebuttal;

using namespace rebuttal::test;

namespace {

QString allText(const QString &path)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return {};
    QString text;
    for (int i = 0; i < document->numPages(); ++i)
        text += document->page(i)->text(QRectF()) + QLatin1Char('\n');
    return text;
}

} // namespace

class TestSummaryCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

private Q_SLOTS:
    void initTestCase()
    {
        m_store = m_dir.filePath(QStringLiteral("demo.rebuttal"));
        QVERIFY(!DemoCaseFile::ensure(m_store).isError());
    }

    void exportsASummary()
    {
        const QString out = m_dir.filePath(QStringLiteral("gustavo.pdf"));
        const CliRun r = cli({QStringLiteral("--store"), m_store, QStringLiteral("export"), QStringLiteral("summary"),
                           QStringLiteral("C-006"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 0);
        const QString text = allText(out);
        QVERIFY(text.contains(QStringLiteral("Gustavo")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of")));
    }

    void deidentifiedHasNoNameOrANumber()
    {
        const QString out = m_dir.filePath(QStringLiteral("deidentified.pdf"));
        const CliRun r = cli({QStringLiteral("--store"), m_store, QStringLiteral("export"), QStringLiteral("summary"),
                           QStringLiteral("C-006"), QStringLiteral("--out"), out, QStringLiteral("--deidentify")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.err.contains(QStringLiteral("Gustavo")));
        const QString text = allText(out);
        QVERIFY(text.contains(QStringLiteral("Client 1")));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QString &identity : {QStringLiteral("Gustavo"), QStringLiteral("A000000106"), QStringLiteral("C-006")}) {
            QVERIFY2(!text.contains(identity), qPrintable(identity));
            QVERIFY2(!bytes.contains(identity.toUtf8()), qPrintable(identity));
        }
        const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(out);
        for (const QString &key : document->infoKeys())
            QVERIFY(!document->info(key).contains(QStringLiteral("Gustavo")));
    }

    void unknownClientIsRejected()
    {
        const QString out = m_dir.filePath(QStringLiteral("nobody.pdf"));
        const CliRun r = cli({QStringLiteral("--store"), m_store, QStringLiteral("export"), QStringLiteral("summary"),
                           QStringLiteral("NOBODY"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("NOBODY")));
        QVERIFY(!QFile::exists(out));
    }

    void unwritablePathIsRejected()
    {
        const QString out = m_dir.filePath(QStringLiteral("missing-folder/summary.pdf"));
        const CliRun r = cli({QStringLiteral("--store"), m_store, QStringLiteral("export"), QStringLiteral("summary"),
                           QStringLiteral("C-001"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(out), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        // No temporary file left beside the target either.
        QVERIFY(!QDir(m_dir.path()).exists(QStringLiteral("missing-folder")));
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
            QVERIFY2(name.endsWith(QLatin1String(".pdf")) || name.startsWith(QLatin1String("demo.rebuttal")), qPrintable(name));
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("--store"), m_store, QStringLiteral("export"), QStringLiteral("summary"),
                      QStringLiteral("C-001")}).exitCode, 2); // no --out
        QCOMPARE(cli({QStringLiteral("--store"), m_store, QStringLiteral("export"), QStringLiteral("summary"),
                      QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf"))}).exitCode, 2); // no client
    }
};

QTEST_GUILESS_MAIN(TestSummaryCli)
#include "tst_summarycli.moc"
