// PageList: the page references of Vaughn index entries, every way agencies write them.
#include "vaughn/PageList.h"

#include <QTest>

using rebuttal::PageList;

class TestPageList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expand_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("document");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QList<int>>("pages");
        const QList<int> seed{3, 4, 5, 10, 11, 12, 17, 18, 23, 24, 25, 26, 27, 31, 32, 33};
        QTest::newRow("seed 000, lines") << "3-5\n10-12\n17-18\n23-27\n31-33" << "2022-ICLI00010" << true << seed;
        QTest::newRow("spaces") << "3-5 10-12 17-18 23-27 31-33" << "" << true << seed;
        QTest::newRow("commas") << "3-5, 10-12, 17-18, 23-27, 31-33" << "" << true << seed;
        QTest::newRow("pp and en dash") << QString::fromUtf8("pp. 3–5") << "" << true << QList<int>{3, 4, 5};
        QTest::newRow("pages and") << "pages 1, 2 and 7" << "" << true << QList<int>{1, 2, 7};
        QTest::newRow("spaced dash") << "3 - 5" << "" << true << QList<int>{3, 4, 5};
        QTest::newRow("single") << "9" << "" << true << QList<int>{9};
        QTest::newRow("repeats once") << "2-4, 3" << "" << true << QList<int>{2, 3, 4};
        QTest::newRow("bates range") << "2022-ICLI00012 - 2022-ICLI00014" << "2022-ICLI00010" << true << QList<int>{3, 4, 5};
        QTest::newRow("bates single") << "2022-ICLI00010" << "2022-ICLI00010" << true << QList<int>{1};
        QTest::newRow("bates with dash before counter") << "DHS-000105 - DHS-000106" << "DHS-000101" << true
                                                        << QList<int>{5, 6};
        QTest::newRow("bates of another document") << "ABC00012" << "2022-ICLI00010" << false << QList<int>{};
        QTest::newRow("backwards") << "5-3" << "" << false << QList<int>{};
        QTest::newRow("zero") << "0-2" << "" << false << QList<int>{};
        QTest::newRow("prose") << "see attached" << "" << false << QList<int>{};
        QTest::newRow("empty") << "" << "" << false << QList<int>{};
        QTest::newRow("absurd range") << "1-99999999" << "" << false << QList<int>{};
    }

    void expand()
    {
        QFETCH(QString, text);
        QFETCH(QString, document);
        QFETCH(bool, valid);
        QFETCH(QList<int>, pages);
        const std::optional<QList<int>> result = PageList::expand(text, document);
        QCOMPARE(result.has_value(), valid);
        if (valid)
            QCOMPARE(*result, pages);
    }

    void splitBates()
    {
        QCOMPARE(PageList::splitBates(QStringLiteral("2022-ICLI00010")), std::make_optional(std::make_pair(QStringLiteral("2022-ICLI"), qint64(10))));
        QCOMPARE(PageList::splitBates(QStringLiteral("FDA-CBER-2022-908-0021283"))->second, qint64(21283));
        QVERIFY(!PageList::splitBates(QStringLiteral("12345")));
    }
};

QTEST_APPLESS_MAIN(TestPageList)
#include "tst_pagelist.moc"
