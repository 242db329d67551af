// File > Export Summary offscreen: enabled with a selected client, the preview, Save writes the
// PDF, Cancel writes nothing, and the first export asks for the preparer's name.
#include "MainWindow.h"
#include "MessageBox.h"
#include "SummaryPreviewDialog.h"
#include "pages/ClientsPage.h"
#include "pdf/PdfDocument.h"
#include "domain/CaseTimeline.h"
#include "report/EvidenceSummary.h"
#include "store/CaseStore.h"
#include "store/ClientRecords.h"
#include "import/DemoCaseFile.h"

#include <QAction>
#include <QRectF>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTranslator>

#include <cmath>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rebuttal;

namespace {

// Answers the preview once it is up, as a user would: waits for the summary (made off the GUI
// thread), optionally ticks De-identify and waits again, then clicks Save As... or presses Escape.
void answerPreview(bool save, bool deidentify, int *pages)
{
    QTimer::singleShot(0, [=] {
        auto *dialog = qobject_cast<SummaryPreviewDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // Save As... waits for the summary: a click before it is made does nothing.
        QVERIFY(!dialog->saveButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 120000);
        if (deidentify) {
            QCheckBox *box = dialog->deidentifySwitch();
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
            QVERIFY(dialog->isDeidentified());
            QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 120000);
        }
        *pages = dialog->pageCount();
        if (save)
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        else
            QTest::keyClick(dialog, Qt::Key_Escape);
    });
}

// pdftotext -layout of a PDF: the text as a reader lays it out, columns side by side.
QString layoutText(const QByteArray &pdf, const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("layout.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

struct PdfWordBox
{
    QString text;
    QRectF box; // points
    int page = 0;
};

// pdftotext -bbox: every word with its box.
QList<PdfWordBox> wordBoxes(const QString &dir)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QDir(dir).filePath(QStringLiteral("layout.pdf")), QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<PdfWordBox> words;
    const QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QStringLiteral("<page "));
    for (int page = 0; page < pages.size(); ++page) {
        for (QRegularExpressionMatchIterator it = word.globalMatch(pages.at(page)); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            words << PdfWordBox{m.captured(5),
                                QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                       QPointF(m.captured(3).toDouble(), m.captured(4).toDouble())),
                                page};
        }
    }
    return words;
}

// The room between `date` and the next word to its right on the same line: a date alone in its
// cell is followed by the next column, at least two cell paddings (7 pt) away. Less means the
// date ran over its column's edge (the clipped "2019-02-1" of a viewer).
double roomAfter(const QList<PdfWordBox> &words, const PdfWordBox &date)
{
    double room = 1e9;
    for (const PdfWordBox &w : words) {
        if (w.page == date.page && std::abs(w.box.top() - date.box.top()) < 0.5 && w.box.left() > date.box.left())
            room = std::min(room, w.box.left() - date.box.right());
    }
    return room;
}

// `token` stands whole in `text`: not a fragment of a longer number or date, nor cut short.
bool standsWhole(const QString &text, const QString &token)
{
    const QRegularExpression whole(QStringLiteral("(?<![\\w-])%1(?![\\w-])").arg(QRegularExpression::escape(token)));
    return whole.match(text).hasMatch();
}

} // namespace

class TestSummaryExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RebuttalSummaryUiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("rebuttal-test"));
        QSettings().clear();
        EvidenceSummary::setPreparerSetting(QString());
        QFile::remove(DemoCaseFile::defaultPath());
        MessageBox::setAutomatic(true);
    }

    void init() { MessageBox::clearRecordedMessages(); }

    void actionFollowsTheSelectedClient()
    {
        MainWindow window;
        window.show();
        QVERIFY(!window.exportSummaryAction()->isEnabled());
        QVERIFY(window.openDemo());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The Clients page opens on its first client.
        QCOMPARE(window.selectedClientRef(), QStringLiteral("C-001"));
        QVERIFY(window.exportSummaryAction()->isEnabled());
        auto *clients = window.clientsPage();
        QTableView *table = clients->clientTable();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(1, 0)).center());
        QCOMPARE(window.selectedClientRef(), QStringLiteral("C-002"));
        QVERIFY(window.exportSummaryAction()->isEnabled());
        // A rewritten Clients page can hand over its own selection.
        window.setSelectedClientRefProvider([] { return QString(); });
        QVERIFY(!window.exportSummaryAction()->isEnabled());
    }

    void previewThenSaveWritesThePdf()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo());
        const QString path = m_dir.filePath(QStringLiteral("summary.pdf"));
        int pages = 0;
        MessageBox::setAutomaticInput(QStringLiteral("Dana Advocate"));
        answerPreview(true, false, &pages);
        QVERIFY(window.exportSummary(QStringLiteral("C-001"), path));
        MessageBox::setAutomaticInput(QString());
        QVERIFY(pages > 0);
        // The first export asked for the preparer's name and kept it.
        QVERIFY(MessageBox::recordedMessages().join(QLatin1Char('\n')).contains(QStringLiteral("Prepared by")));
        QCOMPARE(EvidenceSummary::preparerSetting(), QStringLiteral("Dana Advocate"));
        PdfDocument::Problem problem = PdfDocument::Problem::None;
        const std::unique_ptr<PdfDocument> pdf = PdfDocument::open(path, {}, &problem);
        QVERIFY(pdf);
        QCOMPARE(pdf->pageCount(), pages);
        QString first;
        for (const PdfWord &word : pdf->words(0))
            first += word.text + QLatin1Char(' ');
        QVERIFY(first.contains(QStringLiteral("Maria")));
        QVERIFY(first.contains(QStringLiteral("Dana")));
    }

    void deidentifiedInThePreviewSavesDeidentified()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo());
        const QString path = m_dir.filePath(QStringLiteral("deidentified.pdf"));
        int pages = 0;
        answerPreview(true, true, &pages);
        QVERIFY(window.exportSummary(QStringLiteral("C-001"), path));
        PdfDocument::Problem problem = PdfDocument::Problem::None;
        const std::unique_ptr<PdfDocument> pdf = PdfDocument::open(path, {}, &problem);
        QVERIFY(pdf);
        for (int i = 0; i < pdf->pageCount(); ++i) {
            for (const PdfWord &word : pdf->words(i)) {
                QVERIFY(!word.text.contains(QStringLiteral("Maria")));
                QVERIFY(!word.text.contains(QStringLiteral("A000000101")));
            }
        }
    }

    void cancelWritesNothing()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo());
        const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        int pages = 0;
        answerPreview(false, false, &pages);
        QVERIFY(!window.exportSummary(QStringLiteral("C-003"), path));
        QVERIFY(pages > 0);
        QVERIFY(!QFile::exists(path));
    }

    // Every date and number of the allegations and events tables prints whole, in English and in
    // Spanish (whose headers are longer: "Formulada el", "Divulgada a la defensa").
    void tablesPrintWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Spanish") << QStringLiteral("es");
    }

    void tablesPrintWhole()
    {
        QFETCH(QString, language);
        QTranslator spanish;
        if (language == QLatin1String("es")) {
            QVERIFY(spanish.load(QStringLiteral(":/i18n/rebuttal_es.qm")));
            QCoreApplication::installTranslator(&spanish);
        }
        MainWindow window;
        QVERIFY(window.openDemo());
        ClientRecords records(*window.store());
        EvidenceSummary summary(*window.store());
        int checked = 0;
        for (const QString &ref : {QStringLiteral("C-001"), QStringLiteral("C-002"), QStringLiteral("C-004"), QStringLiteral("C-008")}) {
            const std::optional<Client> client = records.client(ref);
            QVERIFY(client);
            SummaryOptions options;
            options.preparedOn = QDate(2024, 6, 30);
            options.deidentified = true; // the tables alone: no page images to wait for
            for (const QPageSize::PageSizeId size : {QPageSize::Letter, QPageSize::A4}) {
                options.pageSize = size;
                const QString text = layoutText(summary.toPdf(*client, options), m_dir.path());
                QVERIFY2(!text.isEmpty(), qPrintable(summary.errorString()));
                const QList<PdfWordBox> words = wordBoxes(m_dir.path());
                static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}(-\\d{2})?$"));
                for (const PdfWordBox &w : words) {
                    if (isoDate.match(w.text).hasMatch()) {
                        QVERIFY2(roomAfter(words, w) >= 6.0, qPrintable(QStringLiteral("%1: %2 runs into the next column (%3 pt)")
                                                                            .arg(ref, w.text)
                                                                            .arg(roomAfter(words, w))));
                    }
                }
                for (const QString &header : {EvidenceSummary::tr("Asserted on"), EvidenceSummary::tr("Disclosed to counsel")}) {
                    for (const QString &word : header.split(QLatin1Char(' ')))
                        QVERIFY2(standsWhole(text, word), qPrintable(ref + QStringLiteral(": header word ") + word));
                }
                for (const Allegation &a : client->allegations) {
                    QStringList tokens{a.ref};
                    if (a.assertedOn.isValid())
                        tokens << a.assertedOn.toString();
                    if (a.disclosedOn.isValid())
                        tokens << a.disclosedOn.toString();
                    if (const std::optional<int> delay = CaseTimeline::disclosureDelayDays(a))
                        tokens << QString::number(*delay);
                    for (const QString &token : tokens) {
                        QVERIFY2(standsWhole(text, token), qPrintable(QStringLiteral("%1 %2: %3 is cut").arg(ref, a.ref, token)));
                        ++checked;
                    }
                }
                for (const CaseEvent &e : client->events) {
                    if (e.date.isValid()) {
                        QVERIFY2(standsWhole(text, e.date.toString()),
                                 qPrintable(QStringLiteral("%1 %2: %3 is cut").arg(ref, e.ref, e.date.toString())));
                        ++checked;
                    }
                }
            }
        }
        QVERIFY(checked > 50);
        QCoreApplication::removeTranslator(&spanish);
    }

    void unknownClientIsReported()
    {
        MainWindow window;
        QVERIFY(window.openDemo());
        QVERIFY(!window.exportSummary(QStringLiteral("NOBODY"), m_dir.filePath(QStringLiteral("x.pdf"))));
        QVERIFY(MessageBox::recordedMessages().join(QLatin1Char('\n')).contains(QStringLiteral("NOBODY")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    }
};

QTEST_MAIN(TestSummaryExport)
#include "tst_summaryexport.moc"
