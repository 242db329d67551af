// Vaughn index readers: seed 000 as text, generated PDF tables, CSV variants, and files that must
// be refused without touching the case file.
#include "StoreFiles.h"
#include "TestStores.h"
#include "VaughnFixture.h"
#include "store/ActivityLog.h"
#include "store/OpenStore.h"
#include "store/VaughnIndexStore.h"
#include "vaughn/JustificationSplitter.h"
#include "vaughn/VaughnAudit.h"
#include "vaughn/VaughnCsvReader.h"
#include "vaughn/VaughnImport.h"
#include "vaughn/VaughnTableReader.h"
#include "vaughn/VaughnTextReader.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace rebuttal;
using namespace rebuttal::test;

namespace {

QList<int> range(int from, int to)
{
    QList<int> pages;
    for (int p = from; p <= to; ++p)
        pages << p;
    return pages;
}

QString longDescription()
{
    QString text = QStringLiteral("Standard operating procedures for the exchange of criminal history records.\n");
    text += reasonsFor(QStringLiteral("(b)(5)"), QStringLiteral("draft deliberations between counsel"));
    for (int k = 0; k < 14; ++k)
        text += QStringLiteral(" The deliberative process privilege protects the internal deliberations of the government "
                               "by exempting recommendations, analyses and discussions undertaken to aid agency decision making.");
    text += QLatin1Char('\n') + reasonsFor(QStringLiteral("(b)(7)(E)"), QStringLiteral("law enforcement techniques"));
    return text;
}

// The rows every generated PDF carries, and what must be read from them.
QList<VaughnRowSpec> standardRows()
{
    return {
        {QStringLiteral("1"), QStringLiteral("2022-ICLI00010"), QStringLiteral("Partial"), QStringLiteral("3-5 10-12"),
         QStringLiteral("Memorandum of Cooperation between DHS and El Salvador\n")
             + reasonsFor(QStringLiteral("(b)(5)"), QStringLiteral("the scope of cooperation")) + QLatin1Char('\n')
             + reasonsFor(QStringLiteral("(b)(7)(E)"), QStringLiteral("how information is shared")),
         QStringLiteral("(b)(5), (b)(7)(E)")},
        {QStringLiteral("2"), QStringLiteral("2022-ICLI00050"), QStringLiteral("Full"), QStringLiteral("pp. 1\u20133"),
         longDescription(), QStringLiteral("(b)(5); (b)(7)(E)")},
        {QStringLiteral("3"), QStringLiteral("2022-ICLI00060"), QStringLiteral("Partial"),
         QStringLiteral("2022-ICLI00061 - 2022-ICLI00062"),
         QStringLiteral("Names of officers\n") + reasonsFor(QStringLiteral("(b)(6)"), QStringLiteral("names of officers")),
         QStringLiteral("b6, b7C")},
    };
}

} // namespace

class TestVaughnReaders : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;

    static void checkStandard(const QList<VaughnEntry> &entries)
    {
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].number, 1);
        QCOMPARE(entries[0].documentId, QStringLiteral("2022-ICLI00010"));
        QCOMPARE(entries[0].withholding, Withholding::Partial);
        QCOMPARE(entries[0].pages, range(3, 5) + range(10, 12));
        QCOMPARE(entries[0].exemptions, (QStringList{QStringLiteral("(b)(5)"), QStringLiteral("(b)(7)(E)")}));
        QVERIFY2(entries[0].description.startsWith(QStringLiteral("Memorandum of Cooperation")), qPrintable(entries[0].description));
        QVERIFY(entries[0].justifications.value(QStringLiteral("(b)(5)")).contains(QStringLiteral("scope of cooperation")));
        QVERIFY(entries[0].justifications.value(QStringLiteral("(b)(7)(E)")).contains(QStringLiteral("how information is shared")));
        QVERIFY(!entries[0].justifications.value(QStringLiteral("(b)(5)")).contains(QStringLiteral("how information is shared")));

        QCOMPARE(entries[1].number, 2);
        QCOMPARE(entries[1].withholding, Withholding::Full);
        QCOMPARE(entries[1].pages, range(1, 3));
        // The long row runs over a page break: its last section is still there, whole.
        QVERIFY2(entries[1].justifications.value(QStringLiteral("(b)(7)(E)")).contains(QStringLiteral("law enforcement techniques")),
                 qPrintable(entries[1].justifications.value(QStringLiteral("(b)(7)(E)"))));
        QVERIFY(entries[1].justifications.value(QStringLiteral("(b)(5)")).contains(QStringLiteral("decision making")));
        QVERIFY(!entries[1].justifications.value(QStringLiteral("(b)(5)")).contains(QStringLiteral("Page ")));

        QCOMPARE(entries[2].documentId, QStringLiteral("2022-ICLI00060"));
        QCOMPARE(entries[2].pages, range(2, 3));
        QCOMPARE(entries[2].exemptions, (QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")}));
        QVERIFY(entries[2].justifications.value(QStringLiteral("(b)(6)")).contains(QStringLiteral("names of officers")));
    }

private Q_SLOTS:
    void initTestCase() { PREPARE_TEST_STORES(m_stores); }

    void seedText()
    {
        const QDir seeds(QStringLiteral(REBUTTAL_SOURCE_DIR "/../shared/seeds"));
        const QStringList found = seeds.entryList({QStringLiteral("000_*.txt")});
        QVERIFY2(!found.isEmpty(), "seed 000 is missing from ../shared/seeds");
        QFile file(seeds.filePath(found.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        VaughnTextReader reader;
        const auto entries = reader.read(QString::fromUtf8(file.readAll()));
        QVERIFY2(entries, qPrintable(reader.errorString()));
        QCOMPARE(entries->size(), 1);
        const VaughnEntry &e = entries->first();
        QCOMPARE(e.number, 1);
        QCOMPARE(e.documentId, QStringLiteral("2022-ICLI00010"));
        QCOMPARE(e.withholding, Withholding::Partial);
        QCOMPARE(e.pages, range(3, 5) + range(10, 12) + range(17, 18) + range(23, 27) + range(31, 33));
        QCOMPARE(e.exemptions, (QStringList{QStringLiteral("(b)(5)"), QStringLiteral("(b)(7)(E)")}));
        QVERIFY(e.description.startsWith(QStringLiteral("Memorandums of Cooperation (MOU)")));
        QVERIFY(e.justifications.value(QStringLiteral("(b)(5)")).contains(QStringLiteral("deliberative process privilege")));
        QVERIFY(e.justifications.value(QStringLiteral("(b)(7)(E)")).contains(QStringLiteral("risk circumvention of the law")));
        // The index ends where the released memorandum begins.
        QVERIFY(e.justifications.value(QStringLiteral("(b)(7)(E)")).endsWith(QStringLiteral("enforcement operations.")));
        QVERIFY(!e.justifications.value(QStringLiteral("(b)(5)")).contains(QStringLiteral("(b)(7)(E):")));
    }

    void textLayouts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("entries");
        QTest::addColumn<QString>("secondDocument");
        QTest::addColumn<QString>("secondPages");
        QTest::newRow("aligned columns") << QStringLiteral(
            "Entry  Document          Withholding  Pages        Description                 Exemptions\n"
            "1      2022-ICLI00010    Partial      3-5, 10-12   MOU with El Salvador        (b)(5)\n"
            "                                                   (b)(5): deliberative text   \n"
            "                                                   about the scope.\n"
            "2      2022-ICLI00050    Full         1-2          Emails between officers     (b)(6), (b)(7)(C)\n"
            "                                                   (b)(6): names of officers\n") << 2 << QStringLiteral("2022-ICLI00050")
                                                 << QStringLiteral("1,2");
        QTest::newRow("stacked cells") << QStringLiteral(
            "Entry\nNumber\nDocument\nIdentification\nWithholding:\nFull/Partial\n"
            "1\n2022-ICLI00010\nPartial\n3-5\n10-12\nDescription\nExemption(s)\nMOU\nRedacted Information per (b)(5):\n"
            "Deliberative.\n(b)(5)\n"
            "2\nDOC-77\nFull\n1-4\nEmails\nRedacted Information per (b)(6):\nNames of officers.\n(b)(6)\n") << 2
                                       << QStringLiteral("DOC-77") << QStringLiteral("1,2,3,4");
        QTest::newRow("tabs and CRLF") << QStringLiteral(
            "Entry\tBates\tWithholding\tPages\tDescription\tExemption(s)\r\n"
            "1\tABC000100\tPartial\t1\tA letter\tb5\r\n"
            "2\tABC000200\tPartial\t2-3\tA memo\tb6\r\n") << 2 << QStringLiteral("ABC000200") << QStringLiteral("2,3");
    }

    void textLayouts()
    {
        QFETCH(QString, text);
        QFETCH(int, entries);
        QFETCH(QString, secondDocument);
        QFETCH(QString, secondPages);
        VaughnTextReader reader;
        const auto read = reader.read(text);
        QVERIFY2(read, qPrintable(reader.errorString()));
        QCOMPARE(read->size(), entries);
        QCOMPARE(read->at(1).documentId, secondDocument);
        QStringList pages;
        for (const int p : read->at(1).pages)
            pages << QString::number(p);
        QCOMPARE(pages.join(QLatin1Char(',')), secondPages);
        QVERIFY(!read->at(0).exemptions.isEmpty());
        if (QTest::currentDataTag() != QByteArray("tabs and CRLF"))
            QVERIFY(!read->at(0).justifications.isEmpty());
    }

    void pdfTables_data()
    {
        QTest::addColumn<bool>("ruled");
        QTest::addColumn<bool>("centred");
        QTest::addColumn<bool>("repeat");
        QTest::addColumn<bool>("pageNumbers");
        QTest::addColumn<bool>("inProcess"); // Poppler in this process instead of pdftotext
        for (const bool inProcess : {false, true}) {
            const char *how = inProcess ? " (in process)" : " (pdftotext)";
            QTest::addRow("ruled, headers repeated%s", how) << true << false << true << true << inProcess;
            QTest::addRow("no rules%s", how) << false << false << true << true << inProcess;
            QTest::addRow("centred headers%s", how) << true << true << true << false << inProcess;
            QTest::addRow("header on the first page only%s", how) << true << false << false << true << inProcess;
        }
    }

    void pdfTables()
    {
        QFETCH(bool, ruled);
        QFETCH(bool, centred);
        QFETCH(bool, repeat);
        QFETCH(bool, pageNumbers);
        QFETCH(bool, inProcess);
        if (inProcess)
            qputenv("REBUTTAL_PDFTOTEXT", "none");
        else
            qunsetenv("REBUTTAL_PDFTOTEXT");
        // pdftotext ships with poppler-utils, which scripts/install-deps.sh installs.
        QCOMPARE(VaughnTableReader::pdfTool().isEmpty(), inProcess);
        const QString path = m_stores.filePath(QStringLiteral("table-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QRegularExpression(QStringLiteral("[^A-Za-z]+")), QStringLiteral("_"))));
        VaughnPdfOptions options;
        options.ruled = ruled;
        options.centredHeaders = centred;
        options.repeatHeaders = repeat;
        options.pageNumbers = pageNumbers;
        QVERIFY(VaughnPdfWriter::write(path, standardRows(), options));
        QString problem;
        const auto pages = VaughnTableReader::pdfWords(path, &problem);
        QVERIFY2(pages, qPrintable(problem));
        QVERIFY2(pages->size() >= 2, "the long row must run over a page break");
        VaughnTableReader reader;
        const auto entries = reader.read(*pages);
        QVERIFY2(entries, qPrintable(reader.errorString()));
        checkStandard(*entries);
    }

    void csv_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray body =
            "1,2022-ICLI00010,Partial,\"3-5 10-12\",\"Memorandum of Cooperation between DHS and El Salvador\n"
            "Redacted Information per (b)(5):\nThe withheld portion describes the scope of cooperation.\n"
            "Redacted Information per (b)(7)(E):\nThe withheld portion describes how information is shared.\",\"(b)(5), (b)(7)(E)\"\n"
            "2,2022-ICLI00050,Full,pp. 1\xE2\x80\x93" "3,\"SOP, \"\"draft\"\"\nRedacted Information per (b)(5):\nDeliberative; decision making."
            "\nRedacted Information per (b)(7)(E):\nlaw enforcement techniques\",(b)(5); (b)(7)(E)\n"
            "3,2022-ICLI00060 - 2022-ICLI00062,Partial,,\"Names of officers\n(b)(6): names of officers\",\"b6, b7C\"\n";
        QTest::newRow("plain") << QByteArray("Entry,Document Identification,Withholding,Pages,Description,Exemptions\n") + body;
        QTest::newRow("BOM, upper case") << QByteArray("\xEF\xBB\xBF" "ENTRY NO.,BATES,FULL/PARTIAL,PAGE(S),DESCRIPTION,EXEMPTION(S)\n") + body;
        QByteArray crlf = QByteArray("entry,document id,withholding,pages,description,exemption(s) applied\n") + body;
        crlf.replace("\n", "\r\n");
        QTest::newRow("CRLF, lower case") << crlf;
        QTest::newRow("title rows first") << QByteArray("ICE Vaughn Index,,,,,\n,,,,,\nEntry,Bates,Withholding,Pages,Description,Exemptions\n") + body;
    }

    void csv()
    {
        QFETCH(QByteArray, bytes);
        VaughnCsvReader reader;
        const auto entries = reader.read(bytes);
        QVERIFY2(entries, qPrintable(reader.errorString()));
        QCOMPARE(entries->size(), 3);
        QCOMPARE(entries->at(0).pages, range(3, 5) + range(10, 12));
        QVERIFY(entries->at(0).justifications.value(QStringLiteral("(b)(7)(E)")).contains(QStringLiteral("how information is shared")));
        QCOMPARE(entries->at(1).description, QStringLiteral("SOP, \"draft\""));
        QCOMPARE(entries->at(1).pages, range(1, 3));
        QCOMPARE(entries->at(1).withholding, Withholding::Full);
        QCOMPARE(entries->at(2).pages, range(1, 3)); // from the document's Bates range
        QCOMPARE(entries->at(2).exemptions, (QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")}));
    }

    void csvInLatin1()
    {
        // Not UTF-8: a spreadsheet's Latin-1 export still reads, accents and all.
        VaughnCsvReader reader;
        const auto entries = reader.read(QByteArray("Entry;Bates;Pages;Description;Exemptions\r\n"
                                                    "1;ABC000001;1-2;Informaci\xF3n del expediente;b6\r\n"));
        QVERIFY2(entries, qPrintable(reader.errorString()));
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().description, QStringLiteral("Informaci\u00F3n del expediente"));
        QCOMPARE(entries->first().pages, range(1, 2));
    }

    void justificationHeadings_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("per") << QStringLiteral("Redacted Information per (b)(5):") << QStringList{QStringLiteral("(b)(5)")};
        QTest::newRow("exemption") << QStringLiteral("Exemption 7(E): techniques") << QStringList{QStringLiteral("(b)(7)(E)")};
        QTest::newRow("two") << QStringLiteral("(b)(6), (b)(7)(C):") << QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow("prose") << QStringLiteral("The agency applied (b)(5) here: see below") << QStringList{};
        QTest::newRow("reasons") << QStringLiteral("Reasons for Redaction(s):") << QStringList{};
    }

    void justificationHeadings()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, codes);
        QCOMPARE(JustificationSplitter::headingCodes(line), codes);
    }

    // Headings that start a sentence inside a line (a CSV cell runs every exemption's reasons together).
    void justificationSections_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("textIsReasons");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QStringList>("sections"); // "CODE=reasons", in code order
        const QString privacy = QStringLiteral("Release would invade the privacy of third parties.");
        QTest::newRow("two in one cell")
            << QStringLiteral("(b)(6): Names of officers; release would harm them. (b)(7)(C): ") + privacy << true << QString()
            << QStringList{QStringLiteral("(b)(6)=Names of officers; release would harm them."), QStringLiteral("(b)(7)(C)=") + privacy};
        QTest::newRow("after a description")
            << QStringLiteral("Form I-213, narrative. Exemption 7(C): ") + privacy << false << QStringLiteral("Form I-213, narrative.")
            << QStringList{QStringLiteral("(b)(7)(C)=") + privacy};
        QTest::newRow("after a semicolon")
            << QStringLiteral("Redacted per (b)(5): predecisional deliberations; b6: names of staff.") << true << QString()
            << QStringList{QStringLiteral("(b)(5)=predecisional deliberations;"), QStringLiteral("(b)(6)=names of staff.")};
        QTest::newRow("statute after (b)(3)")
            << QStringLiteral("(b)(3): 8 U.S.C. \u00A7 1202(f) protects visa records. (b)(6): names.") << true << QString()
            << QStringList{QStringLiteral("(b)(3)=8 U.S.C. \u00A7 1202(f) protects visa records."), QStringLiteral("(b)(6)=names.")};
        QTest::newRow("prose mention stays prose")
            << QStringLiteral("Officer notes. The agency applied (b)(5) here: see the memo.") << false
            << QStringLiteral("Officer notes. The agency applied (b)(5) here: see the memo.") << QStringList{};
        QTest::newRow("colon in the reasons")
            << QStringLiteral("(b)(6): Names, that is: the officers. Also withheld.") << true << QString()
            << QStringList{QStringLiteral("(b)(6)=Names, that is: the officers. Also withheld.")};
        QTest::newRow("headings on their own lines")
            << QStringLiteral("Narrative.\n(b)(6):\nNames.\n(b)(7)(E): Techniques.") << false << QStringLiteral("Narrative.")
            << QStringList{QStringLiteral("(b)(6)=Names."), QStringLiteral("(b)(7)(E)=Techniques.")};
    }

    void justificationSections()
    {
        QFETCH(QString, text);
        QFETCH(bool, textIsReasons);
        QFETCH(QString, description);
        QFETCH(QStringList, sections);
        const auto parts = JustificationSplitter::split(text, {QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")}, textIsReasons);
        QCOMPARE(parts.description, description);
        QStringList found;
        for (auto it = parts.justifications.cbegin(); it != parts.justifications.cend(); ++it)
            found << it.key() + QLatin1Char('=') + it.value();
        QCOMPARE(found, sections);
    }

    void similarity()
    {
        const QString a = QStringLiteral("Disclosure of these techniques could assist those seeking to circumvent the law.");
        QVERIFY(VaughnAudit::sameReasons(a, QStringLiteral("DISCLOSURE of these  techniques could assist those seeking to circumvent the law")));
        QVERIFY(VaughnAudit::sameReasons(a + QStringLiteral(" It is withheld in full and entirely and completely."),
                                         a + QStringLiteral(" It is withheld in full and entirely and wholly.")));
        QVERIFY(!VaughnAudit::sameReasons(a, QStringLiteral("The names of the officers are private and their release would harm them.")));
    }

    void rejectedInputsLeaveTheStoreAlone_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray() << QStringLiteral("empty.txt: the file is empty");
        QTest::newRow("no header") << QStringLiteral("letter.txt") << QByteArray("Dear counsel,\nplease find the records.\n")
                                   << QStringLiteral("letter.txt: no Vaughn index found");
        QTest::newRow("header, no entry") << QStringLiteral("header.csv")
                                          << QByteArray("Entry,Bates,Pages,Exemptions\n") << QStringLiteral("header.csv: line 1 names");
        QTest::newRow("csv without header") << QStringLiteral("rows.csv") << QByteArray("1,2,3\n4,5,6\n")
                                            << QStringLiteral("rows.csv: no header row found");
        QTest::newRow("not a PDF") << QStringLiteral("index.pdf") << QByteArray("Entry,Bates\n")
                                   << QStringLiteral("index.pdf: not a PDF file");
        QTest::newRow("truncated PDF") << QStringLiteral("cut.pdf") << QByteArray("%PDF-1.4\n1 0 obj <<>>\n")
                                       << QStringLiteral("cut.pdf: the PDF is truncated");
        QTest::newRow("damaged PDF") << QStringLiteral("damaged.pdf") << QByteArray("%PDF-1.4\ngarbage garbage\n%%EOF\n")
                                     << QStringLiteral("damaged.pdf: the PDF is damaged");
        QTest::newRow("binary") << QStringLiteral("image.txt") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 12)
                                << QStringLiteral("image.txt: not a text");
        QTest::newRow("duplicate entries") << QStringLiteral("twice.csv")
                                           << QByteArray("Entry,Bates,Pages,Exemptions\n1,A0001,1,b5\n1,A0002,1,b6\n")
                                           << QStringLiteral("twice.csv: entry 1 appears twice");
        QTest::newRow("unreadable pages") << QStringLiteral("pages.csv")
                                          << QByteArray("Entry,Bates,Pages,Exemptions\n1,A0001,1-3,b5\n2,A0004,see attached,b6\n")
                                          << QStringLiteral("pages.csv: entry 2: pages \"see attached\" is not a page list");
    }

    void rejectedInputsLeaveTheStoreAlone()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString storeName = QStringLiteral("reject-%1.rebuttal").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
        const QString storePath = m_stores.filePath(storeName); // a case file's bytes; a matter's rows are counted
        StoreError error;
        QVERIFY2(m_stores.create(storeName, &error), qPrintable(error.message));
        const QByteArray before = fileBytes(storePath);
        const QString file = m_stores.filePath(name);
        QVERIFY(writeText(file, bytes));
        {
            auto store = m_stores.open(storeName, &error);
            QVERIFY2(store, qPrintable(error.message));
            const VaughnImport::Result result = VaughnImport(store->vaughnIndexes()).run(file);
            QCOMPARE(result.outcome, VaughnImport::Outcome::Rejected);
            QVERIFY2(result.message.startsWith(message), qPrintable(result.message));
            QVERIFY(!result.message.contains(QLatin1Char('\n')));
            QVERIFY(store->vaughnIndexes().indexes(&error).isEmpty() && !error.isError());
            QCOMPARE(store->activityEntries().size(), 1);
        }
        QCOMPARE(fileBytes(storePath), before);
    }

    void mangledPdfsNeverCrash()
    {
        // The PDF fuzz seeds (broken xrefs, loops, absurd sizes): each is refused with one line,
        // or read; nothing is stored either way, since none holds a Vaughn table.
        const QDir corpus(QStringLiteral(REBUTTAL_SOURCE_DIR "/tests/fuzz/corpus"));
        const QStringList files = corpus.entryList({QStringLiteral("*.pdf")});
        QVERIFY(files.size() >= 5);
        const QString storeName = QStringLiteral("mangled.rebuttal");
        const QString storePath = m_stores.filePath(storeName);
        StoreError error;
        QVERIFY2(m_stores.create(storeName, &error), qPrintable(error.message));
        const QByteArray before = fileBytes(storePath);
        for (const QString &name : files) {
            auto store = m_stores.open(storeName, &error);
            QVERIFY2(store, qPrintable(error.message));
            const VaughnImport::Result result = VaughnImport(store->vaughnIndexes()).run(corpus.filePath(name));
            QVERIFY2(result.outcome == VaughnImport::Outcome::Rejected, qPrintable(name + QStringLiteral(": ") + result.message));
            QVERIFY(result.message.startsWith(name + QStringLiteral(": ")));
            QVERIFY(!result.message.contains(QLatin1Char('\n')));
            QVERIFY(store->vaughnIndexes().indexes().isEmpty());
        }
        QCOMPARE(fileBytes(storePath), before);
    }

    void storedOnceAndReadBack()
    {
        StoreError error;
        auto store = m_stores.create(QStringLiteral("once.rebuttal"), &error);
        QVERIFY2(store, qPrintable(error.message));
        const QString pdf = m_stores.filePath(QStringLiteral("once.pdf"));
        QVERIFY(VaughnPdfWriter::write(pdf, standardRows()));
        VaughnIndexStore &indexes = store->vaughnIndexes();
        const VaughnImport::Result first = VaughnImport(indexes).run(pdf);
        QCOMPARE(first.outcome, VaughnImport::Outcome::Imported);
        QCOMPARE(first.entries, 3);
        const VaughnImport::Result second = VaughnImport(indexes).run(pdf);
        QCOMPARE(second.outcome, VaughnImport::Outcome::AlreadyImported);
        QCOMPARE(second.indexId, first.indexId);
        QCOMPARE(second.entries, 3);
        QCOMPARE(indexes.indexes().size(), 1);
        const QList<VaughnEntry> stored = indexes.entries(first.indexId);
        checkStandard(stored);
        const QList<ActivityEntry> log = store->activityEntries();
        QCOMPARE(std::count_if(log.cbegin(), log.cend(), [](const ActivityEntry &e) { return e.action == QLatin1String("import.vaughn"); }), 1);
    }
};

QTEST_MAIN(TestVaughnReaders)
#include "tst_vaughnreaders.moc"
