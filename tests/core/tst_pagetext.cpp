// PageText: Bates stamps and withholding notices as releases print them, data-driven.
#include "foia/PageText.h"

#include <QTest>

using namespace rebuttal;

namespace {

// One line of words at height `y` (fraction of the page), spread from the left margin.
QList<PdfWord> line(const QString &text, double y, double x = 0.1)
{
    QList<PdfWord> words;
    for (const QString &part : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const double width = 0.012 * part.size();
        words << PdfWord{part, QRectF(x, y, width, 0.012), {}, true};
        x += width + 0.01;
    }
    return words;
}

} // namespace

class TestPageText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bates_data()
    {
        QTest::addColumn<QString>("stamp");
        QTest::addColumn<double>("y");
        QTest::addColumn<QString>("bates");
        QTest::newRow("ice") << "2022-ICLI00010" << 0.96 << "2022-ICLI00010";
        QTest::newRow("prefix dash") << "PREFIX-000123" << 0.96 << "PREFIX-000123";
        QTest::newRow("prefix joined") << "ABC000123" << 0.95 << "ABC000123";
        QTest::newRow("split before counter") << "2019-ICLI-00003 -022454" << 0.97 << "2019-ICLI-00003-022454";
        QTest::newRow("ocr space in counter") << "FDA-CBER-2021-5683-1 150397" << 0.97 << "FDA-CBER-2021-5683-1150397";
        QTest::newRow("fda") << "FDA-CBER-2022-908-0021283" << 0.96 << "FDA-CBER-2022-908-0021283";
        QTest::newRow("ocr J as a brace") << "DO}-OIP-000469" << 0.96 << "DOJ-OIP-000469";
        QTest::newRow("ocr J as a bracket, I as a bar") << "DO]-O|P-000469" << 0.96 << "DOJ-OIP-000469";
        QTest::newRow("a brace after the counter") << "2023-ICFO-004117}" << 0.96 << "2023-ICFO-004117";
        QTest::newRow("ocr I as a 1") << "2019-1CLI-00003-022407" << 0.97 << "2019-ICLI-00003-022407";
        QTest::newRow("a counter opening with 1 stays") << "DHS-1000123" << 0.97 << "DHS-1000123";
        QTest::newRow("top of page") << "2023-ICFO-004117" << 0.03 << "2023-ICFO-004117";
        QTest::newRow("in the body") << "2023-ICFO-004117" << 0.5 << "";
        QTest::newRow("a date") << "JAN-2022" << 0.96 << "";
        QTest::newRow("page footer") << "Page 3 of 10" << 0.96 << "";
        QTest::newRow("a plain number") << "0000123" << 0.96 << "";
        QTest::newRow("an A-number") << "A091008569" << 0.03 << "";
        QTest::newRow("an A-number with dashes") << "A-091-008-569" << 0.96 << "";
        QTest::newRow("an eight-digit A-number") << "A12345678" << 0.96 << "";
        QTest::newRow("a stamp with a longer prefix") << "AB091008569" << 0.96 << "AB091008569";
    }

    void bates()
    {
        QFETCH(QString, stamp);
        QFETCH(double, y);
        QFETCH(QString, bates);
        QList<PdfWord> words = line(QStringLiteral("Some body text of the page."), 0.3);
        words << line(stamp, y, 0.6);
        QCOMPARE(PageText(words).batesNumber(), bates);
    }

    void withheld_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("withheld");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("pursuant") << "Withheld pursuant to exemption (b)(5); (b)(7)(E) of the Freedom of Information and Privacy Act"
                                  << true << QStringList{QStringLiteral("(b)(5)"), QStringLiteral("(b)(7)(E)")};
        QTest::newRow("capitals") << "WITHHELD IN FULL (b)(6)" << true << QStringList{QStringLiteral("(b)(6)")};
        QTest::newRow("entirety") << "This page has been withheld in its entirety under b7E" << true
                                  << QStringList{QStringLiteral("(b)(7)(E)")};
        QTest::newRow("page withheld") << "Page withheld (b)(6), (b)(7)(C)" << true
                                       << QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow("spanish") << "Página retenida en su totalidad (b)(6)" << true << QStringList{QStringLiteral("(b)(6)")};
        QTest::newRow("ordinary page") << "The officer met the subject at the border crossing." << false << QStringList{};
    }

    void withheld()
    {
        QFETCH(QString, text);
        QFETCH(bool, withheld);
        QFETCH(QStringList, codes);
        QStringList found;
        QCOMPARE(PageText(line(text, 0.4)).isWithheldNotice(&found), withheld);
        if (withheld)
            QCOMPARE(found, codes);
    }

    void aLongPageThatDiscussesWithholdingIsNotWithheld()
    {
        QList<PdfWord> words;
        for (int i = 0; i < 12; ++i)
            words << line(QStringLiteral("These documents were withheld in full pursuant to FOIA exemption (b)(5) because"), 0.1 + i * 0.05);
        QVERIFY(!PageText(words).isWithheldNotice(nullptr));
    }
};

QTEST_APPLESS_MAIN(TestPageText)
#include "tst_pagetext.moc"
