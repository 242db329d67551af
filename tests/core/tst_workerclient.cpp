// WorkerClient (core/pdf): the one client of the page-drawing worker, run against the test worker
// (rebuttal-pdf-test-worker, whose REBUTTAL_RENDER_TEST_CRASH_PAGE / _HANG_PAGE make it abort or
// sleep an hour on a page). A crash costs that page and the next page comes from a new worker; a
// hang is cut off at the page time limit; a caller that gives up is let go at once.
#include "ProductionFixture.h"
#include "ScopedEnvironment.h"
#include "pdf/WorkerClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rebuttal;
using namespace rebuttal::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

using Failure = WorkerClient::Failure;

} // namespace

class TestWorkerClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_pdf; // three pages of the standard production
    QList<ExpectedPage> m_truth;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("production.pdf"));
        m_truth = writeStandardProduction(path, 3);
        m_pdf = readAll(path);
        QVERIFY(!m_pdf.isEmpty());
    }

    void drawsAPageAtTheWidthAsked()
    {
        WorkerClient client(m_pdf);
        QVERIFY(client.open());
        QCOMPARE(client.documentProblem(), PdfDocument::Problem::None);
        const WorkerClient::Drawing drawing = client.render(0, 240);
        QCOMPARE(drawing.failure, Failure::None);
        QCOMPARE(drawing.image.width(), 240);
        // A Letter page: 11 inches high for 8.5 wide.
        QVERIFY(std::abs(drawing.image.height() - 240 * 11 / 8.5) <= 2);
        // Not a blank image: the memorandum's text and boxes are drawn.
        int dark = 0;
        const QImage gray = drawing.image.convertToFormat(QImage::Format_Grayscale8);
        for (int y = 0; y < gray.height(); ++y)
            for (int x = 0; x < gray.width(); ++x)
                dark += qGray(gray.pixel(x, y)) < 100;
        QVERIFY2(dark > 200, qPrintable(QString::number(dark)));
    }

    void findsATermAndNothingForAnEmptyOne()
    {
        WorkerClient client(m_pdf);
        const WorkerClient::Search search = client.find(0, m_truth.at(0).searchableWord);
        QCOMPARE(search.failure, Failure::None);
        QVERIFY(!search.areas.isEmpty());
        for (const QRectF &area : search.areas)
            QVERIFY(QRectF(0, 0, 1, 1).contains(area));
        QVERIFY(client.find(0, QStringLiteral("   ")).areas.isEmpty());
        QCOMPARE(client.find(0, QStringLiteral("zebrafinch")).areas.size(), 0);
    }

    void aWorkerThatCrashesMidPageIsStartedAgainForTheNext()
    {
        const ScopedEnvironment crash{{"REBUTTAL_RENDER_TEST_CRASH_PAGE", "2"}};
        WorkerClient client(m_pdf);
        QCOMPARE(client.render(0, 200).failure, Failure::None);
        const WorkerClient::Drawing crashed = client.render(1, 200);
        QCOMPARE(crashed.failure, Failure::Crashed);
        QVERIFY(crashed.image.isNull());
        QVERIFY(client.isBroken(1));
        // The next page: a new worker draws it.
        const WorkerClient::Drawing next = client.render(2, 200);
        QCOMPARE(next.failure, Failure::None);
        QCOMPARE(next.image.width(), 200);
        // The page that crashed is not asked for again (it would crash the new worker too).
        QCOMPARE(client.render(1, 200).failure, Failure::BrokenBefore);
        QCOMPARE(client.find(1, QStringLiteral("officer")).failure, Failure::BrokenBefore);
        QCOMPARE(client.render(0, 100).failure, Failure::None);
    }

    void aHangTimesOutAndTheNextPageIsDrawn()
    {
        const ScopedEnvironment hang{{"REBUTTAL_RENDER_TEST_HANG_PAGE", "1"}};
        // Long enough for a sanitized worker to open the document, short for a test.
        constexpr int timeoutMs = 5000;
        WorkerClient client(m_pdf, {}, timeoutMs);
        QVERIFY(client.open());
        QElapsedTimer clock;
        clock.start();
        const WorkerClient::Drawing hung = client.render(0, 200);
        const qint64 waited = clock.elapsed();
        QCOMPARE(hung.failure, Failure::TimedOut);
        QVERIFY2(waited >= timeoutMs && waited < timeoutMs + 5000, qPrintable(QString::number(waited)));
        QVERIFY(client.isBroken(0));
        QCOMPARE(client.render(1, 200).failure, Failure::None);
        QCOMPARE(client.render(0, 200).failure, Failure::BrokenBefore);
    }

    void aCallerThatGivesUpIsLetGoAtOnce()
    {
        const ScopedEnvironment hang{{"REBUTTAL_RENDER_TEST_HANG_PAGE", "3"}};
        WorkerClient client(m_pdf, {}, 600000);
        QVERIFY(client.open());
        QElapsedTimer clock;
        clock.start();
        client.setInterruption([&clock] { return clock.elapsed() > 300; });
        QCOMPARE(client.render(2, 200).failure, Failure::Interrupted);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        // Giving up is not the page's fault: it is asked for again (by a new worker, without the hang).
        QVERIFY(!client.isBroken(2));
        client.setInterruption({});
        qunsetenv("REBUTTAL_RENDER_TEST_HANG_PAGE");
        QCOMPARE(client.render(2, 200).failure, Failure::None);
    }

    void aDocumentTheWorkerCannotOpenCostsEveryPage()
    {
        WorkerClient client(QByteArray("%PDF-1.7\n") + QByteArray(4000, 'x') + QByteArray("\n%%EOF\n"));
        QVERIFY(!client.open());
        QVERIFY(client.documentProblem() != PdfDocument::Problem::None);
        QCOMPARE(client.render(0, 200).failure, Failure::DocumentUnreadable);
        QCOMPARE(client.find(0, QStringLiteral("officer")).failure, Failure::DocumentUnreadable);
    }

    void anEncryptedDocumentAsksForItsPassword()
    {
        const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
        const QString encrypted = m_dir.filePath(QStringLiteral("encrypted.pdf"));
        QFile out(plain);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(m_pdf);
        out.close();
        QCOMPARE(QProcess::execute(QStringLiteral("qpdf"), {QStringLiteral("--encrypt"), QStringLiteral("secret"), QStringLiteral("owner"),
                                                             QStringLiteral("256"), QStringLiteral("--"), plain, encrypted}),
                 0);
        const QByteArray bytes = readAll(encrypted);
        WorkerClient none(bytes);
        QVERIFY(!none.open());
        QCOMPARE(none.documentProblem(), PdfDocument::Problem::NeedsPassword);
        WorkerClient wrong(bytes, "guess");
        QVERIFY(!wrong.open());
        QCOMPARE(wrong.documentProblem(), PdfDocument::Problem::WrongPassword);
        WorkerClient right(bytes, "secret");
        QCOMPARE(right.render(0, 120).failure, Failure::None);
    }

    void aMissingWorkerIsSaidSo()
    {
        const ScopedEnvironment missing{{"REBUTTAL_PDF_WORKER", m_dir.filePath(QStringLiteral("no-such-worker")).toLocal8Bit()}};
        QVERIFY(!WorkerProcess::isInstalled());
        QCOMPARE(WorkerProcess::program(), m_dir.filePath(QStringLiteral("no-such-worker")));
        WorkerClient client(m_pdf);
        QVERIFY(!client.open());
        QCOMPARE(client.documentProblem(), PdfDocument::Problem::Unreadable);
        QCOMPARE(client.render(0, 200).failure, Failure::DocumentUnreadable);
    }
};

QTEST_MAIN(TestWorkerClient)
#include "tst_workerclient.moc"
