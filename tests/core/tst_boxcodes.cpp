// The codes of what is printed on a box (RedactionReader::boxCodes), as OCR reads it: nothing but a
// label is printed there, so a few misreadings that would be prose elsewhere are read as the label.
#include "domain/ExemptionLabel.h"
#include "foia/RedactionReader.h"

#include <QTest>

using namespace rebuttal;

class TestBoxCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codesOnABox_data()
    {
        QTest::addColumn<QString>("printed");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("Ex. whose stop was lost") << QStringLiteral("Ex 8") << QStringList{QStringLiteral("(b)(8)")};
        QTest::newRow("Ex without its stop or space") << QStringLiteral("ex6") << QStringList{QStringLiteral("(b)(6)")};
        QTest::newRow("a list, one stop lost") << QStringLiteral("Ex. 6; Ex 7(C)")
                                               << QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow("Ex before a longer number") << QStringLiteral("Ex 12") << QStringList{};
        QTest::newRow("a word ending in ex") << QStringLiteral("Apex 8") << QStringList{};
        QTest::newRow("exemption 7 without its subparagraph, cut off") << QStringLiteral("(b)(7)") << QStringList{};
    }

    void codesOnABox()
    {
        QFETCH(QString, printed);
        QFETCH(QStringList, codes);
        QCOMPARE(RedactionReader::boxCodes(printed, &ExemptionLabel::codesInOcr), codes);
    }

    void aSentenceKeepsItsExhibits()
    {
        // Off a box, "Ex 8" is no label: the same words in a sentence name nothing.
        QVERIFY(ExemptionLabel::codesInOcr(QStringLiteral("see Ex 8 of the motion")).isEmpty());
    }
};

QTEST_MAIN(TestBoxCodes)
#include "tst_boxcodes.moc"
