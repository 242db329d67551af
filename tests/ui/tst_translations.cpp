// Translations: the Spanish catalogue is complete, and LANGUAGE=es switches the UI to it.
#include "Translations.h"

#include <QApplication>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("es") << QStringLiteral(REBUTTAL_SOURCE_DIR "/translations/rebuttal_es.ts");
        QTest::newRow("en") << QStringLiteral(REBUTTAL_SOURCE_DIR "/translations/rebuttal_en.ts");
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, file);
        const bool spanish = file.endsWith(QLatin1String("_es.ts"));
        QFile ts(file);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList unfinished;
        QString source;
        bool plural = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("message")) {
                ++messages;
                plural = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                // English needs a translation only where it has plural forms.
                if ((spanish || plural) && (type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                                            || text.trimmed().isEmpty()))
                    unfinished << source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 50);
        QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("unfinished: ") + unfinished.join(QStringLiteral(" | "))));
    }

    void spanishLoadsForASpanishLocale()
    {
        QCOMPARE(rebuttal::Translations::install(qApp, QLocale(QLocale::Spanish, QLocale::Mexico)), QStringLiteral("es"));
        QCOMPARE(QCoreApplication::translate("rebuttal::MainWindow", "No case file is open"),
                 QStringLiteral("No hay ningún expediente abierto"));
        QCOMPARE(QCoreApplication::translate("rebuttal::MainWindow", "Clients"), QStringLiteral("Clientes"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
