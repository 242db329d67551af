// PartialDate: the three shapes of a record's dates, and everything that is not a real date.
#include "domain/PartialDate.h"

#include <QTest>

using rebuttal::PartialDate;

class TestPartialDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QDate>("firstDay");
        QTest::addColumn<int>("precision");

        const int day = int(PartialDate::Precision::Day);
        const int month = int(PartialDate::Precision::Month);
        const int year = int(PartialDate::Precision::Year);
        QTest::newRow("full date") << "2019-03-02" << true << QDate(2019, 3, 2) << day;
        QTest::newRow("month") << "2019-03" << true << QDate(2019, 3, 1) << month;
        QTest::newRow("year") << "2019" << true << QDate(2019, 1, 1) << year;
        QTest::newRow("leap day") << "2020-02-29" << true << QDate(2020, 2, 29) << day;
        QTest::newRow("no leap day") << "2019-02-29" << false << QDate() << 0;
        QTest::newRow("month 13") << "2019-13-45" << false << QDate() << 0;
        QTest::newRow("day 31 in April") << "2019-04-31" << false << QDate() << 0;
        QTest::newRow("month 00") << "2019-00" << false << QDate() << 0;
        QTest::newRow("day 00") << "2019-01-00" << false << QDate() << 0;
        QTest::newRow("year 0000") << "0000" << false << QDate() << 0;
        QTest::newRow("slashes") << "2019/03/02" << false << QDate() << 0;
        QTest::newRow("short month") << "2019-3-02" << false << QDate() << 0;
        QTest::newRow("trailing text") << "2019-03-02T10:00" << false << QDate() << 0;
        QTest::newRow("empty") << "" << false << QDate() << 0;
        // Read by hand since the bulk import made it hot: the edges a regular expression had.
        QTest::newRow("year 0999") << "0999-12-31" << true << QDate(999, 12, 31) << day;
        QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0662\u0660\u0661\u0669") << false << QDate() << 0;
        QTest::newRow("leading space") << " 2019" << false << QDate() << 0;
        QTest::newRow("sign") << "+2019" << false << QDate() << 0;
        QTest::newRow("five-digit year") << "20190" << false << QDate() << 0;
        QTest::newRow("dash at the end") << "2019-" << false << QDate() << 0;
        QTest::newRow("letter for a digit") << "2019-0a-01" << false << QDate() << 0;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QDate, firstDay);
        QFETCH(int, precision);
        const PartialDate date = PartialDate::fromString(text);
        QCOMPARE(date.isValid(), valid);
        QCOMPARE(date.firstDay(), firstDay);
        if (valid) {
            QCOMPARE(int(date.precision()), precision);
            QCOMPARE(date.toString(), text); // shown as given
        }
    }
};

QTEST_APPLESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
