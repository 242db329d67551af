// rebuttal-cli's research commands as a script sees them: stats --json value by value, the
// de-identified CSV, the dataset, and charts drawn headless as PNG and SVG.
#include "CliRun.h"
#include "../core/OutcomeFixture.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace rebuttal::test;

namespace {

// Rows of a CSV with no quoted fields, by their first cell.
QHash<QString, QStringList> csvRows(const QByteArray &csv, QStringList *header)
{
    const QStringList lines = QString::fromUtf8(csv).trimmed().split(QLatin1Char('\n'));
    *header = lines.value(0).split(QLatin1Char(','));
    QHash<QString, QStringList> rows;
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(QLatin1Char(','));
        rows.insert(cells.first(), cells);
    }
    return rows;
}

// How many distinct colours an image has, on a coarse sample: a blank image has one.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return static_cast<int>(colours.size());
}

} // namespace

class TestResearchCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("research.rebuttal"));
        QCOMPARE(cli({QStringLiteral("--store"), m_store, QStringLiteral("init")}).exitCode, 0);
        QFile fixture(m_dir.filePath(QStringLiteral("fixture.json")));
        QVERIFY(fixture.open(QIODevice::WriteOnly));
        fixture.write(rebuttal::test::outcomeFixtureJson());
        fixture.close();
        const CliRun imported = cli({QStringLiteral("--store"), m_store, QStringLiteral("import"), QStringLiteral("cases"), fixture.fileName()});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.json().value(QStringLiteral("clients")).toInt(), 5);
    }

    void statsJson()
    {
        const CliRun run = cli({QStringLiteral("--store"), m_store, QStringLiteral("stats"), QStringLiteral("--json"),
                             QStringLiteral("--as-of"), QStringLiteral("2024-01-01")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = run.json();
        QCOMPARE(root.value(QStringLiteral("as_of")).toString(), QStringLiteral("2024-01-01"));
        const QJsonObject bySource = root.value(QStringLiteral("by_source")).toObject();
        QCOMPARE(bySource.keys(), (QStringList{QStringLiteral("RED_NOTICE"), QStringLiteral("SAFE"), QStringLiteral("TAG")}));

        const QJsonObject safe = bySource.value(QStringLiteral("SAFE")).toObject();
        QCOMPARE(safe.value(QStringLiteral("allegations")).toInt(), 4);
        QCOMPARE(safe.value(QStringLiteral("clients")).toInt(), 3);
        QCOMPARE(safe.value(QStringLiteral("median_disclosure_delay_days")).toDouble(), 15.0);
        const QJsonObject safeEvents = safe.value(QStringLiteral("relied_on_events")).toObject();
        QCOMPARE(safeEvents, (QJsonObject{{QStringLiteral("detention_start"), 2}, {QStringLiteral("bond_denied"), 2},
                                          {QStringLiteral("separation"), 1}}));

        const QJsonObject red = bySource.value(QStringLiteral("RED_NOTICE")).toObject();
        QCOMPARE(red.value(QStringLiteral("allegations")).toInt(), 1);
        QCOMPARE(red.value(QStringLiteral("clients")).toInt(), 1);
        QCOMPARE(red.value(QStringLiteral("median_disclosure_delay_days")).toDouble(), 30.0);
        QCOMPARE(red.value(QStringLiteral("relied_on_events")).toObject(),
                 (QJsonObject{{QStringLiteral("detention_start"), 1}, {QStringLiteral("bond_denied"), 1}}));

        const QJsonObject tag = bySource.value(QStringLiteral("TAG")).toObject();
        QVERIFY(tag.value(QStringLiteral("median_disclosure_delay_days")).isNull());
        QCOMPARE(tag.value(QStringLiteral("relied_on_events")).toObject(),
                 (QJsonObject{{QStringLiteral("asylum_denied"), 1}, {QStringLiteral("snpc_bar_applied"), 1}}));
        // An integral median prints as an integer.
        QVERIFY(run.out.contains("\"median_disclosure_delay_days\": 15"));
    }

    void statsCsvDeidentified()
    {
        const CliRun run = cli({QStringLiteral("--store"), m_store, QStringLiteral("stats"), QStringLiteral("--csv"),
                             QStringLiteral("--deidentify")});
        QCOMPARE(run.exitCode, 0);
        QStringList header;
        const QHash<QString, QStringList> rows = csvRows(run.out, &header);
        QCOMPARE(header.mid(0, 3), (QStringList{QStringLiteral("source"), QStringLiteral("allegations"), QStringLiteral("clients")}));
        QCOMPARE(rows.size(), 3);
        const QStringList safe = rows.value(QStringLiteral("SAFE"));
        QCOMPARE(safe.size(), header.size());
        QCOMPARE(safe.at(1), QStringLiteral("<5")); // 4
        QCOMPARE(safe.at(2), QStringLiteral("<5")); // 3
        QCOMPARE(safe.at(header.indexOf(QStringLiteral("bond_denied"))), QStringLiteral("<5"));
        QCOMPARE(safe.at(header.indexOf(QStringLiteral("asylum_denied"))), QStringLiteral("0"));
        for (const char *identifying : {"Identifiable", "A123456789", "P1", "private", "tattoo", "Otero"})
            QVERIFY2(!run.out.contains(identifying), identifying);
        // Every count cell is a number or <5; none of 1 to 4 is printed as such.
        for (const QStringList &row : rows) {
            for (const QString &cell : row.mid(1)) {
                bool number = false;
                const int value = cell.toInt(&number);
                QVERIFY2(cell == QLatin1String("<5") || (number && (value == 0 || value >= 5)), qPrintable(cell));
            }
        }
        // Without --deidentify the same table carries exact counts.
        const CliRun exact = cli({QStringLiteral("--store"), m_store, QStringLiteral("stats"), QStringLiteral("--csv")});
        QCOMPARE(csvRows(exact.out, &header).value(QStringLiteral("SAFE")).at(1), QStringLiteral("4"));
    }

    void statsUsage()
    {
        QCOMPARE(cli({QStringLiteral("--store"), m_store, QStringLiteral("stats")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--store"), m_store, QStringLiteral("stats"), QStringLiteral("--json"),
                      QStringLiteral("--as-of"), QStringLiteral("2019-13-45")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--store"), m_dir.filePath(QStringLiteral("missing.rebuttal")), QStringLiteral("stats"),
                      QStringLiteral("--json")}).exitCode, 4);
    }

    void dataset()
    {
        const QString out = m_dir.filePath(QStringLiteral("dataset.csv"));
        const CliRun run = cli({QStringLiteral("--store"), m_store, QStringLiteral("dataset"), QStringLiteral("--out"), out,
                             QStringLiteral("--as-of"), QStringLiteral("2024-01-01")});
        QCOMPARE(run.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QStringList header;
        const QHash<QString, QStringList> rows = csvRows(csv, &header);
        QCOMPARE(rows.size(), 5);
        const QStringList second = rows.value(QStringLiteral("2"));
        QCOMPARE(second.at(header.indexOf(QStringLiteral("sources"))), QStringLiteral("RED_NOTICE;SAFE"));
        QCOMPARE(second.at(header.indexOf(QStringLiteral("first_allegation_year"))), QStringLiteral("2020"));
        QCOMPARE(second.at(header.indexOf(QStringLiteral("detention_days"))), QStringLiteral("60"));
        for (const char *identifying : {"Identifiable", "A123456789", "P1", "private", "tattoo", "2020-01-05", "2021-06-01"})
            QVERIFY2(!csv.contains(identifying), identifying);
    }

    void chartPngAndSvg_data()
    {
        QTest::addColumn<QString>("chart");
        for (const char *name : {"outcomes", "detention", "separation", "disclosure", "countries", "years"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void chartPngAndSvg()
    {
        QFETCH(QString, chart);
        const QString png = m_dir.filePath(chart + QStringLiteral(".png"));
        CliRun run = cli({QStringLiteral("--store"), m_store, QStringLiteral("chart"), chart, QStringLiteral("--out"), png});
        QCOMPARE(run.exitCode, 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1200 && image.height() >= 700);
        QVERIFY2(colourCount(image) > 10, "the chart image is blank");

        const QString svg = m_dir.filePath(chart + QStringLiteral(".svg"));
        run = cli({QStringLiteral("--store"), m_store, QStringLiteral("chart"), chart, QStringLiteral("--out"), svg});
        QCOMPARE(run.exitCode, 0);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // Well-formed XML, an <svg> root, shapes and text (title, axes, labels).
        QXmlStreamReader xml(&file);
        QHash<QString, int> elements;
        QString root;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                if (root.isEmpty())
                    root = xml.name().toString();
                ++elements[xml.name().toString()];
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
        QVERIFY(elements.value(QStringLiteral("path")) + elements.value(QStringLiteral("rect"))
                    + elements.value(QStringLiteral("polyline")) > 10);
        QVERIFY(elements.value(QStringLiteral("text")) > 5);
    }

    void chartOutcomesShowsTheSourceColours()
    {
        const QString png = m_dir.filePath(QStringLiteral("colours.png"));
        QCOMPARE(cli({QStringLiteral("--store"), m_store, QStringLiteral("chart"), QStringLiteral("outcomes"),
                      QStringLiteral("--out"), png}).exitCode, 0);
        const QImage image(png);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y) & 0xFFFFFF);
        }
        // The "Detained" and "Bond denied" segments (Okabe-Ito blue and orange) are drawn.
        QVERIFY(colours.contains(0x0072B2));
        QVERIFY(colours.contains(0xE69F00));
    }

    void chartRefusals()
    {
        QCOMPARE(cli({QStringLiteral("--store"), m_store, QStringLiteral("chart"), QStringLiteral("pie"), QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("x.png"))}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--store"), m_store, QStringLiteral("chart"), QStringLiteral("outcomes"), QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("x.gif"))}).exitCode, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.gif"))));
    }
};

QTEST_GUILESS_MAIN(TestResearchCli)
#include "tst_researchcli.moc"
