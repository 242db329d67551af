// The PDF evidence summary, read back with Poppler: what it says (names, allegations, events,
// Bates numbers, figures worked out by hand), its fonts and metadata, and that a de-identified
// summary carries no identity anywhere: text, metadata, font names, raw bytes.
#include "../core/ProductionFixture.h"
#include "../core/StoreFiles.h"
#include "../core/TestStores.h"
#include "domain/AgreementJson.h"
#include "domain/CaseTimeline.h"
#include "foia/ProductionImport.h"
#include "report/EvidenceSummary.h"
#include "store/ActivityLog.h"
#include "store/AgreementStore.h"
#include "store/ClientRecordStore.h"
#include "store/OpenStore.h"
#include "import/DemoCaseFile.h"

#include <poppler-qt6.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QGuiApplication>
#include <QTest>

#include <unistd.h>

using namespace rebuttal;

namespace {

PartialDate day(const char *text)
{
    return PartialDate::fromString(QString::fromLatin1(text));
}

CaseEvent event(const char *ref, EventType type, const char *date, QStringList reliedOn = {},
                QList<EvidenceCitation> evidence = {}, const char *detail = "")
{
    CaseEvent e;
    e.ref = QString::fromLatin1(ref);
    e.type = type;
    e.date = day(date);
    e.reliedOn = reliedOn;
    e.evidence = evidence;
    e.detail = QString::fromUtf8(detail);
    return e;
}

const QString kName = QStringLiteral("Rosa Quetzaltenango Testperson");
const QString kANumber = QStringLiteral("A246813579");
const QString kPreparer = QStringLiteral("Pat Preparer-Esquire");

// Figures by hand, as of 2021-10-01:
//   detention 2021-03-10 -> 2021-07-01 = 113 days, and 2021-09-01 -> as-of = 30 days: 143;
//   separation 2021-03-10 -> 2021-05-20 = 71 days;
//   AL1 2021-03-01 -> 2021-06-29 = 120 days, AL2 2020-11-15 -> 2021-01-04 = 50 days: longest 120.
Client fixtureClient()
{
    Client c;
    c.ref = QStringLiteral("FX-1");
    c.name = kName;
    c.country = QStringLiteral("GT");
    c.aNumber = kANumber;
    c.notes = QStringLiteral("Notes naming Rosa Quetzaltenango Testperson");
    Allegation al1;
    al1.ref = QStringLiteral("AL1");
    al1.source = AllegationSource::Safe;
    al1.kind = AllegationKind::GangAffiliation;
    al1.origin = QStringLiteral("Policia Nacional Civil");
    al1.originCountry = QStringLiteral("GT");
    al1.assertedOn = day("2021-03-01");
    al1.disclosedOn = day("2021-06-29");
    al1.status = AllegationStatus::Contested;
    al1.detail = QStringLiteral("Report on Rosa Quetzaltenango Testperson");
    Allegation al2;
    al2.ref = QStringLiteral("AL2");
    al2.source = AllegationSource::RedNotice;
    al2.kind = AllegationKind::Warrant;
    al2.origin = QStringLiteral("Interpol NCB Guatemala");
    al2.assertedOn = day("2020-11-15");
    al2.disclosedOn = day("2021-01-04");
    al2.status = AllegationStatus::Blocked;
    c.allegations = {al1, al2};
    c.events = {
        event("E1", EventType::Apprehension, "2021-03-10"),
        event("E2", EventType::DetentionStart, "2021-03-10", {QStringLiteral("AL1")},
              {{QStringLiteral("2024-ICLI-000101"), 0}}, "Detained; Rosa Quetzaltenango Testperson told nothing"),
        event("E3", EventType::BondDenied, "2021-04-02", {QStringLiteral("AL1"), QStringLiteral("AL2")},
              {{QStringLiteral("2024-ICLI-000101"), 3}, {QStringLiteral("MISSING-0001"), 2}}),
        event("E4", EventType::Separation, "2021-03-10", {QStringLiteral("AL1")}),
        event("E5", EventType::Reunification, "2021-05-20"),
        event("E6", EventType::Release, "2021-07-01"),
        event("E7", EventType::AsylumDenied, "2021-08", {QStringLiteral("AL2")}),
        event("E8", EventType::DetentionStart, "2021-09-01"),
    };
    return c;
}

struct Pdf
{
    QByteArray bytes; // Poppler reads from it for as long as the document lives
    std::unique_ptr<Poppler::Document> document;
    QString text; // every page's text, pages joined by newlines
    QStringList pages;
};

Pdf readPdf(const QByteArray &bytes)
{
    Pdf pdf;
    pdf.bytes = bytes;
    pdf.document = Poppler::Document::loadFromData(pdf.bytes);
    if (!pdf.document)
        return pdf;
    for (int i = 0; i < pdf.document->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = pdf.document->page(i);
        pdf.pages << page->text(QRectF());
    }
    pdf.text = pdf.pages.join(QLatin1Char('\n'));
    return pdf;
}

// A PDF's text with every space and line break taken out, and expected text compared the same
// way: line breaks fall where the layout puts them. A table cell wrapped over two lines is
// interleaved with its neighbours by text extraction, so for those hasWords() checks each word.
class PdfText
{
public:
    explicit PdfText(const QString &text)
        : m_text(squashed(text))
    {
    }
    bool contains(const QString &s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const
    {
        return m_text.contains(squashed(s), cs);
    }
    qsizetype indexOf(const QString &s) const { return m_text.indexOf(squashed(s)); }
    bool hasWords(const QString &phrase) const
    {
        const QStringList words = phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return std::all_of(words.cbegin(), words.cend(), [this](const QString &w) { return contains(w); });
    }

private:
    static QString squashed(QString text) { return text.remove(QRegularExpression(QStringLiteral("\\s+"))); }
    QString m_text;
};

PdfText folded(const QString &text)
{
    return PdfText(text);
}

// A key figure: `number` in big type with `labelWord` (the first word of its label, "days")
// and `secondWord` just below it, in the same box.
bool showsFigure(const Pdf &pdf, int number, const QString &secondWord)
{
    std::unique_ptr<Poppler::Page> page = pdf.document->page(0);
    const auto words = page->textList();
    for (const auto &candidate : words) {
        if (candidate->text() != QString::number(number))
            continue;
        const QRectF n = candidate->boundingBox();
        for (const auto &first : words) {
            const QRectF b = first->boundingBox();
            if (first->text().startsWith(QStringLiteral("days")) && b.top() > n.top() && b.top() < n.bottom() + 12
                && qAbs(b.center().x() - n.center().x()) < 60 && first->nextWord()
                && first->nextWord()->text().startsWith(secondWord))
                return true;
        }
    }
    return false;
}

} // namespace

class TestEvidenceSummary : public QObject
{
    Q_OBJECT

private:
    test::TestStores m_stores;
    std::unique_ptr<OpenStore> m_store;
    QString path(const QString &name) const { return m_stores.filePath(name); }

    SummaryOptions options(bool deidentified) const
    {
        SummaryOptions o;
        o.deidentified = deidentified;
        o.preparer = kPreparer;
        o.preparedOn = QDate(2021, 10, 2);
        o.asOf = QDate(2021, 10, 1);
        o.pageSize = QPageSize::Letter;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PREPARE_TEST_STORES(m_stores);
        StoreError error;
        m_store = m_stores.create(QStringLiteral("summary.rebuttal"), &error);
        QVERIFY2(m_store, qPrintable(error.message));
        // The production the evidence cites: 2024-ICLI-000101..107 (page 3 withheld in full).
        const QString production = path(QStringLiteral("production.pdf"));
        test::writeStandardProduction(production);
        const ProductionImport::Result imported = test::importProduction(*m_store, production);
        QCOMPARE(int(imported.outcome), int(ProductionImport::Outcome::Imported));
        CaseRecords records;
        records.clients << fixtureClient();
        QVERIFY(!m_store->clients().importRecords(records, ActivityDetail("fixture")).isError());
    }

    void identifiedSummarySaysWhatHappened()
    {
        const std::optional<Client> client = m_store->clients().client(QStringLiteral("FX-1"));
        QVERIFY(client);
        EvidenceSummary summary(*m_store);
        const QByteArray bytes = summary.toPdf(*client, options(false));
        QVERIFY2(!bytes.isEmpty(), qPrintable(summary.errorString()));
        if (const QString out = qEnvironmentVariable("REBUTTAL_SUMMARY_PDF"); !out.isEmpty()) {
            QFile file(out);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        const Pdf pdf = readPdf(bytes);
        QVERIFY(pdf.document);
        const PdfText text = folded(pdf.text);

        // Header.
        QVERIFY(text.contains(kName));
        QVERIFY2(text.contains(kANumber), qPrintable(pdf.text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Guatemala (GT)")));
        QVERIFY(text.contains(QStringLiteral("2021-10-02")));
        QVERIFY(text.contains(kPreparer));
        // Allegations table: both rows with their cells.
        for (const QString &cell : {QStringLiteral("SAFE"), QStringLiteral("Gang affiliation"), QStringLiteral("Policia Nacional Civil"),
                                    QStringLiteral("2021-03-01"), QStringLiteral("2021-06-29"), QStringLiteral("Contested"),
                                    QStringLiteral("Red Notice"), QStringLiteral("Warrant"), QStringLiteral("Interpol NCB Guatemala"),
                                    QStringLiteral("2020-11-15"), QStringLiteral("2021-01-04"), QStringLiteral("Blocked")}) {
            QVERIFY2(text.hasWords(cell), qPrintable(cell));
        }
        // Events in date order, partial dates as given.
        const qsizetype apprehension = text.indexOf(QStringLiteral("Apprehension"));
        const qsizetype bond = text.indexOf(QStringLiteral("2021-04-02 Bond denied"));
        const qsizetype asylum = text.indexOf(QStringLiteral("2021-08 Asylum denied"));
        QVERIFY(text.indexOf(QStringLiteral("2021-07-01 Released")) < asylum);
        QVERIFY2(bond > 0 && asylum > bond && apprehension < bond, qPrintable(pdf.text));
        QVERIFY(text.hasWords(QStringLiteral("AL1 (SAFE, Gang affiliation)")));
        QVERIFY(text.hasWords(QStringLiteral("Detained; Rosa")));
        // Citations resolved to stored pages, the missing one listed as cited.
        QVERIFY(text.hasWords(QStringLiteral("Bates 2024-ICLI-000101 (production 1, page 1), Exhibit 1")));
        QVERIFY(text.hasWords(QStringLiteral("Bates 2024-ICLI-000103 (production 1, page 3), Exhibit 2")));
        QVERIFY(text.hasWords(QStringLiteral("MISSING-0001, page 2: not in this case file")));
        // Key figures, worked out by hand (see fixtureClient).
        QVERIFY(showsFigure(pdf, 143, QStringLiteral("detained")));
        QVERIFY(text.hasWords(QStringLiteral("(still detained)")));
        QVERIFY(showsFigure(pdf, 71, QStringLiteral("separated")));
        QVERIFY(showsFigure(pdf, 120, QStringLiteral("longest")));
        QVERIFY(!showsFigure(pdf, 142, QStringLiteral("detained"))); // the check can fail
        // Exhibits: one page each, captioned with Bates number and the page's exemptions.
        const int pages = pdf.document->numPages();
        QVERIFY(pages >= 3);
        QVERIFY(folded(pdf.pages.at(pages - 2)).contains(QStringLiteral("Exhibit 1: Bates 2024-ICLI-000101")));
        QVERIFY(folded(pdf.pages.at(pages - 2)).contains(QStringLiteral("(b)(6), (b)(7)(C), (b)(7)(E)")));
        QVERIFY(folded(pdf.pages.at(pages - 1)).contains(QStringLiteral("Exhibit 2: Bates 2024-ICLI-000103")));
        QVERIFY(folded(pdf.pages.at(pages - 1)).contains(QStringLiteral("Withheld in full. Exemptions on this page: (b)(5), (b)(7)(E).")));
        // The exhibit is the page as an image (its words are pixels, not text), and it is drawn.
        QVERIFY(!pdf.pages.at(pages - 1).contains(QStringLiteral("Withheld pursuant")));
        const QImage exhibit = pdf.document->page(pages - 1)->renderToImage(40, 40);
        int dark = 0;
        for (int y = exhibit.height() / 4; y < exhibit.height(); ++y)
            for (int x = 0; x < exhibit.width(); ++x)
                dark += qGray(exhibit.pixel(x, y)) < 128;
        QVERIFY2(dark > 50, qPrintable(QString::number(dark)));
        // Every page numbered.
        for (int i = 0; i < pages; ++i)
            QVERIFY(pdf.pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)));
        // Fonts embedded; metadata.
        const QList<Poppler::FontInfo> fonts = pdf.document->fonts();
        QVERIFY(!fonts.isEmpty());
        for (const Poppler::FontInfo &font : fonts)
            QVERIFY2(font.isEmbedded(), qPrintable(font.name()));
        QCOMPARE(pdf.document->info(QStringLiteral("Title")), QStringLiteral("Evidence summary: ") + kName);
        QCOMPARE(pdf.document->info(QStringLiteral("Author")), kPreparer);
        QCOMPARE(pdf.document->page(0)->pageSizeF(), QSizeF(612, 792));
        // No registry in this case file: the legal basis section says so, and why each allegation has none.
        QVERIFY(text.contains(QStringLiteral("Legal basis of the foreign data")));
        QVERIFY(text.hasWords(QStringLiteral("No agreements are on file in this case file")));
        QVERIFY(text.hasWords(QStringLiteral("none on file for this program and country.")));
        QVERIFY(text.hasWords(QStringLiteral("origin country is not recorded.")));
        QVERIFY(text.hasWords(QStringLiteral("No agreement on file covers this program and country.")));
        QVERIFY(!text.contains(QStringLiteral("Governed by")));
        // Notes are never printed, even in an identified summary.
        QVERIFY(!text.contains(QStringLiteral("Notes naming")));
    }

    // Exhibits are drawn by a worker process: a page that crashes it is left out, said so, and
    // the summary is still written.
    void anExhibitThatCrashesTheRendererIsSaidNotDrawn()
    {
        const std::optional<Client> client = m_store->clients().client(QStringLiteral("FX-1"));
        QVERIFY(client);
        qputenv("REBUTTAL_RENDER_TEST_CRASH_PAGE", "1");
        EvidenceSummary summary(*m_store);
        const QByteArray bytes = summary.toPdf(*client, options(false));
        qunsetenv("REBUTTAL_RENDER_TEST_CRASH_PAGE");
        QVERIFY2(!bytes.isEmpty(), qPrintable(summary.errorString()));
        const Pdf pdf = readPdf(bytes);
        QVERIFY(pdf.document);
        const int pages = pdf.document->numPages();
        QVERIFY(folded(pdf.pages.at(pages - 2)).contains(QStringLiteral("This page could not be rendered.")));
        // The next exhibit comes from a fresh worker.
        QVERIFY(!folded(pdf.pages.at(pages - 1)).contains(QStringLiteral("This page could not be rendered.")));
    }

    // The cited pages and the exhibits' PDFs are read from the case file: when a read fails the
    // summary is not made, and says which case file could not be read (not a page "not drawn").
    void aCaseFileThatCannotBeReadStopsTheSummary_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("cited pages") << QStringLiteral("pages");
        QTest::newRow("exhibit files") << QStringLiteral("document_files");
    }

    void aCaseFileThatCannotBeReadStopsTheSummary()
    {
        QFETCH(QString, table);
        const QString copy = QStringLiteral("hollow-") + table + QStringLiteral(".rebuttal");
        const QString copied = m_stores.copy(m_store->address(), copy);
        QVERIFY2(copied.isEmpty(), qPrintable(copied));
        QVERIFY(m_stores.hollowOut(copy, table)); // behind the app, as damage or another program would
        StoreError error;
        std::unique_ptr<OpenStore> store = m_stores.open(copy, &error);
        QVERIFY2(store, qPrintable(error.message));
        const std::optional<Client> client = store->clients().client(QStringLiteral("FX-1"));
        QVERIFY(client);
        EvidenceSummary summary(*store);
        QVERIFY(summary.toPdf(*client, options(false)).isEmpty());
        QCOMPARE(summary.readError().kind, StoreError::Kind::Corrupt);
        // The case file by its name (never its folder), a matter as its title names it.
        const QString named = test::TestStores::onServer() ? store->displayName() : copy;
        QVERIFY2(summary.errorString().startsWith(named + QStringLiteral(" could not be read: ")),
                 qPrintable(summary.errorString()));
        const QString databaseWords = test::TestStores::onServer() ? QStringLiteral("does not exist") : QStringLiteral("no such column");
        QVERIFY2(summary.errorString().contains(databaseWords), qPrintable(summary.errorString()));
    }

    void deidentifiedSummaryCarriesNoIdentity()
    {
        const std::optional<Client> client = m_store->clients().client(QStringLiteral("FX-1"));
        QVERIFY(client);
        EvidenceSummary summary(*m_store);
        const QByteArray bytes = summary.toPdf(*client, options(true));
        QVERIFY2(!bytes.isEmpty(), qPrintable(summary.errorString()));
        const Pdf pdf = readPdf(bytes);
        QVERIFY(pdf.document);
        const PdfText text = folded(pdf.text);
        QVERIFY(text.contains(QStringLiteral("Client 1")));
        // Still the substance: allegations, events, figures, Bates numbers.
        QVERIFY(showsFigure(pdf, 143, QStringLiteral("detained")));
        QVERIFY(text.contains(QStringLiteral("2024-ICLI-000103")));
        QVERIFY(text.contains(QStringLiteral("2021-04-02 Bond denied")));
        const QStringList identities{kName, QStringLiteral("Testperson"), QStringLiteral("Quetzaltenango"), kANumber,
                                     QStringLiteral("246813579"), QStringLiteral("FX-1"), kPreparer,
                                     QStringLiteral("Preparer")};
        for (const QString &identity : identities) {
            QVERIFY2(!text.contains(identity, Qt::CaseInsensitive), qPrintable(identity));
            QVERIFY2(!pdf.text.contains(identity, Qt::CaseInsensitive), qPrintable(identity));
            for (const QString &key : pdf.document->infoKeys())
                QVERIFY2(!pdf.document->info(key).contains(identity, Qt::CaseInsensitive), qPrintable(key));
            for (const Poppler::FontInfo &font : pdf.document->fonts())
                QVERIFY(!font.name().contains(identity, Qt::CaseInsensitive));
            QVERIFY2(!bytes.contains(identity.toUtf8()), qPrintable(identity));
            QVERIFY(!bytes.contains(QByteArray(reinterpret_cast<const char *>(identity.utf16()), identity.size() * 2)));
        }
        QVERIFY(pdf.document->info(QStringLiteral("Author")).isEmpty());
        QVERIFY(!pdf.document->metadata().contains(QStringLiteral("Testperson")));
        // No page images: only the cited pages' Bates numbers are listed.
        for (int i = 0; i < pdf.document->numPages(); ++i) {
            std::unique_ptr<Poppler::Page> page = pdf.document->page(i);
            QVERIFY(!page->text(QRectF()).contains(QStringLiteral("Withheld pursuant")));
        }
        QVERIFY(text.contains(QStringLiteral("Exhibit 2: Bates 2024-ICLI-000103")));
    }

    // With the agreement the data was shared under: which one governs each allegation, and every
    // flag with its rule in plain words, basis, status, quoted clause and cited page; de-identified too.
    void legalBasisNamesTheAgreementAndItsFlags()
    {
        StoreError error;
        std::unique_ptr<OpenStore> store = m_stores.create(QStringLiteral("legal.rebuttal"), &error);
        QVERIFY2(store, qPrintable(error.message));
        CaseRecords records;
        records.clients << fixtureClient();
        QVERIFY(!store->clients().importRecords(records, ActivityDetail("fixture")).isError());
        const QJsonObject mou = QJsonDocument::fromJson(R"j({"ref": "MOU-GT7", "title": "MOU Guatemala", "kind": "MOU",
            "country": "GT", "programs": ["SAFE"], "signed_on": "2019-01-01", "covers": "nationals",
            "purposes": ["criminal_justice"], "use_terms": "withheld",
            "withheld": [{"section": "IV. Use of information", "exemptions": ["(b)(5)"]}],
            "clauses": [{"topic": "purpose", "quote": "solely for criminal investigations",
                         "evidence": [{"document": "AGR-0077", "page": 7}]}]})j").object();
        QVERIFY(!store->agreements().importAgreements({AgreementJson::fromJson(mou)}, QStringLiteral("fixture")).isError());
        const Client client = *store->clients().client(QStringLiteral("FX-1"));

        for (const bool deidentified : {false, true}) {
            EvidenceSummary summary(*store);
            const QByteArray bytes = summary.toPdf(client, options(deidentified));
            QVERIFY2(!bytes.isEmpty(), qPrintable(summary.errorString()));
            const Pdf pdf = readPdf(bytes);
            QVERIFY(pdf.document);
            const PdfText text = folded(pdf.text);
            const qsizetype section = text.indexOf(QStringLiteral("Legal basis of the foreign data"));
            QVERIFY2(section > 0, qPrintable(pdf.text));
            QVERIFY(!text.contains(QStringLiteral("No agreements are on file")));
            QVERIFY(text.hasWords(QStringLiteral("Governed by MOU-GT7.")));
            QVERIFY(text.hasWords(QStringLiteral("origin country is not recorded.")));
            // AL1 relied on for detention and separation, which the MOU's purposes do not name.
            QVERIFY(text.hasWords(QStringLiteral("outside the purposes the agreement states.")));
            QVERIFY2(text.hasWords(QStringLiteral("solely for criminal investigations")), qPrintable(pdf.text.mid(pdf.text.indexOf(QStringLiteral("Legal basis")))));
            QVERIFY(text.hasWords(QStringLiteral("our reading")));
            QVERIFY(text.hasWords(QStringLiteral("AGR-0077, page 7")));
            QVERIFY(text.hasWords(QStringLiteral("Decision: Detained, 2021-03-10")));
            // A withheld section is named as one, never quoted as if the agreement said its heading.
            QVERIFY(text.hasWords(QStringLiteral("Withheld section: IV. Use of information")));
            QVERIFY(!text.contains(QStringLiteral("\u201cIV. Use")));
            if (deidentified) {
                for (const QString &identity : {kName, QStringLiteral("Testperson"), kANumber, QStringLiteral("FX-1")})
                    QVERIFY2(!text.contains(identity), qPrintable(identity));
            }
        }
    }

    void pseudonymStandsInForTheName()
    {
        Client client = *m_store->clients().client(QStringLiteral("FX-1"));
        client.pseudonym = QStringLiteral("R.Q.");
        EvidenceSummary summary(*m_store);
        const Pdf pdf = readPdf(summary.toPdf(client, options(true)));
        QVERIFY(folded(pdf.text).contains(QStringLiteral("R.Q.")));
        QVERIFY(!folded(pdf.text).contains(QStringLiteral("Client 1")));
        QCOMPARE(pdf.document->info(QStringLiteral("Title")), QStringLiteral("Evidence summary: R.Q."));
    }

    void writeIsAtomic()
    {
        const Client client = *m_store->clients().client(QStringLiteral("FX-1"));
        EvidenceSummary summary(*m_store);
        // A folder that does not exist: refused, nothing left anywhere.
        const QString missing = path(QStringLiteral("no-such-folder/summary.pdf"));
        QVERIFY(!summary.write(client, options(false), missing));
        QVERIFY(summary.errorString().contains(QStringLiteral("no-such-folder")));
        QVERIFY(!QFile::exists(missing));
        // A read-only folder with an old summary in it: the old file stays as it was.
        const QString folder = path(QStringLiteral("readonly"));
        QDir().mkdir(folder);
        const QString existing = folder + QStringLiteral("/old.pdf");
        {
            QFile file(existing);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("old");
        }
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        const bool written = summary.write(client, options(false), existing);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (::geteuid() != 0) { // root writes anywhere
            QVERIFY(!written);
            QFile file(existing);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), QByteArray("old"));
            QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("old.pdf")});
        }
        // And a good path: written, and logged without the client's name.
        const QString good = path(QStringLiteral("good.pdf"));
        QVERIFY(summary.write(client, options(false), good));
        QVERIFY(QFileInfo(good).size() > 1000);
        const QList<ActivityEntry> log = m_store->activityEntries();
        QCOMPARE(log.last().action, QStringLiteral("export.summary"));
        QVERIFY(!log.last().detail.contains(QStringLiteral("Testperson")));
    }

    void exportsEveryDemoClient()
    {
        // The demo case file, copied into a store of the backend under test.
        const QString file = path(QStringLiteral("demo-file.rebuttal"));
        QVERIFY(!DemoCaseFile::ensure(file).isError());
        const QString copied = m_stores.copy(file, QStringLiteral("demo.rebuttal"));
        QVERIFY2(copied.isEmpty(), qPrintable(copied));
        StoreError error;
        std::unique_ptr<OpenStore> demo = m_stores.open(QStringLiteral("demo.rebuttal"), &error);
        QVERIFY2(demo, qPrintable(error.message));
        const std::optional<CaseRecords> records = demo->clients().allRecords();
        QVERIFY(records);
        QCOMPARE(records->clients.size(), 8);
        for (const Client &client : records->clients) {
            EvidenceSummary summary(*demo);
            SummaryOptions o = options(false);
            o.asOf = QDate(2026, 1, 1);
            const Pdf pdf = readPdf(summary.toPdf(client, o));
            QVERIFY2(pdf.document, qPrintable(client.ref));
            const PdfText text = folded(pdf.text);
            QVERIFY2(text.contains(client.name), qPrintable(client.ref));
            for (const Allegation &a : client.allegations)
                QVERIFY2(text.contains(a.assertedOn.isValid() ? a.assertedOn.toString() : a.ref), qPrintable(a.ref));
            for (const CaseEvent &e : client.events)
                QVERIFY2(text.contains(displayName(e.type)), qPrintable(client.ref + e.ref));
            const CaseTimeline timeline(client, o.asOf);
            QVERIFY2(showsFigure(pdf, timeline.detentionDays(), QStringLiteral("detained")), qPrintable(client.ref));
            QVERIFY2(showsFigure(pdf, timeline.separationDays(), QStringLiteral("separated")), qPrintable(client.ref));
            // The demo cites productions this case file does not hold.
            for (const CaseEvent &e : client.events) {
                for (const EvidenceCitation &c : e.evidence)
                    QVERIFY(text.hasWords(c.document + (c.page > 0 ? QStringLiteral(", page %1").arg(c.page) : QString())
                                          + QStringLiteral(": not in this case file")));
            }
            QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pdf.document->numPages())));
        }
    }

    void pageSizeFollowsTheLocale()
    {
        QCOMPARE(EvidenceSummary::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedStates)), QPageSize::Letter);
        QCOMPARE(EvidenceSummary::pageSizeFor(QLocale(QLocale::Spanish, QLocale::Mexico)), QPageSize::Letter);
        QCOMPARE(EvidenceSummary::pageSizeFor(QLocale(QLocale::French, QLocale::Canada)), QPageSize::Letter);
        QCOMPARE(EvidenceSummary::pageSizeFor(QLocale(QLocale::Spanish, QLocale::Spain)), QPageSize::A4);
        QCOMPARE(EvidenceSummary::pageSizeFor(QLocale(QLocale::German, QLocale::Germany)), QPageSize::A4);
        QCOMPARE(EvidenceSummary::pageSizeFor(QLocale::c()), QPageSize::Letter);
        const Client client = *m_store->clients().client(QStringLiteral("FX-1"));
        SummaryOptions o = options(false);
        o.pageSize = QPageSize::A4;
        const Pdf pdf = readPdf(EvidenceSummary(*m_store).toPdf(client, o));
        QCOMPARE(pdf.document->page(0)->pageSize(), QSize(595, 842));
    }

    void preparerComesFromSettingsThenTheAccount()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("RebuttalSummaryTest"));
        EvidenceSummary::setPreparerSetting(QString());
        QVERIFY(!EvidenceSummary::defaultPreparer().isEmpty()); // the OS account
        EvidenceSummary::setPreparerSetting(QStringLiteral("  Dana Advocate "));
        QCOMPARE(EvidenceSummary::defaultPreparer(), QStringLiteral("Dana Advocate"));
        EvidenceSummary::setPreparerSetting(QString());
    }
};

QTEST_MAIN(TestEvidenceSummary)
#include "tst_evidencesummary.moc"
