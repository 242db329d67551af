// The quick conformance check JsonSchema runs before valijson: its patterns answer as std::regex
// does, and it never says "conforms" where valijson would refuse.
#include "cases/CaseSchema.h"
#include "text/BytePattern.h"
#include "text/ConformanceCheck.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <rapidjson/document.h>

#include <regex>

using namespace rebuttal;

namespace {

rapidjson::Document parsed(const QByteArray &json)
{
    rapidjson::Document document;
    document.Parse(json.constData(), static_cast<size_t>(json.size()));
    return document;
}

const QByteArray validClient =
    R"({"ref": "C-1", "name": "Camilo", "country": "SV", "a_number": "A012345678",)"
    R"( "allegations": [{"ref": "AL1", "source": "SAFE", "kind": "gang_affiliation", "asserted_on": "2021-03",)"
    R"( "disclosed_on": "2021-06-09", "status": "contested"}],)"
    R"( "events": [{"ref": "E1", "type": "detention_start", "date": "2021-04-20", "relied_on": ["AL1"],)"
    R"( "evidence": [{"document": "2022-ICLI00010", "page": 3}]},)"
    R"( {"ref": "E2", "type": "release", "date": "2021"}]})";

// A rebuttal.cases document with the one client `client` (validClient with `from` replaced by `to`).
QByteArray casesWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray client = validClient;
    if (!from.isEmpty()) {
        Q_ASSERT(client.contains(from));
        client.replace(from, to);
    }
    return R"({"format": "rebuttal.cases", "version": 1, "clients": [)" + client + "]}";
}

} // namespace

class TestConformanceCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesAsStdRegex_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<QByteArrayList>("texts");
        const QByteArrayList dates{"2021", "2021-03", "2021-03-02", "", "202", "20211", "2021-3", "2021-03-2", "2021-03-02x",
                                   "x2021", "2021-03-02\n", "2021\n", "2021-03-", "2021--03", "ABCD", "2021-03-02-01"};
        QTest::newRow("schema date") << QByteArray("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$") << dates;
        QTest::newRow("schema country") << QByteArray("^[A-Z]{2}$")
                                        << QByteArrayList{"SV", "GT", "sv", "S", "SVX", "", "SV\n", "\nSV", "S1", "\xC3\x89S"};
        QTest::newRow("schema a_number") << QByteArray("^A?[0-9]{8,9}$")
                                         << QByteArrayList{"12345678", "123456789", "A12345678", "A123456789", "1234567",
                                                           "1234567890", "AA12345678", "a12345678", "A", "", "12-345678"};
        QTest::newRow("unanchored") << QByteArray("[0-9]{2}") << QByteArrayList{"a12", "1", "x1y2", "99", "", "ab"};
        QTest::newRow("anchored start only") << QByteArray("^ab") << QByteArrayList{"ab", "abc", "cab", "a", ""};
        QTest::newRow("anchored end only") << QByteArray("b+$") << QByteArrayList{"ab", "abb", "ba", "", "b"};
        QTest::newRow("alternatives") << QByteArray("cat|dog") << QByteArrayList{"cat", "hotdog", "do", "ca", "", "dcatg"};
        QTest::newRow("anchored group of alternatives") << QByteArray("^(?:ab|cd){2}$")
                                                        << QByteArrayList{"abcd", "abab", "ab", "abcdab", "acbd", ""};
        QTest::newRow("star and plus") << QByteArray("^a*b+c?$") << QByteArrayList{"b", "aab", "abbc", "c", "ac", "abcc", ""};
        QTest::newRow("empty matches") << QByteArray("x*") << QByteArrayList{"", "y", "xx"};
        QTest::newRow("empty anchored") << QByteArray("^$") << QByteArrayList{"", "a", "\n"};
        QTest::newRow("open count") << QByteArray("^(ab){2,}$") << QByteArrayList{"ab", "abab", "ababab", "aba", ""};
        QTest::newRow("digits and escapes") << QByteArray("^\\d+\\.\\d{2}\\$$") << QByteArrayList{"12.50$", "1.5$", "12.50", "x12.50$"};
        QTest::newRow("class with ranges and dash") << QByteArray("^[a-c_-]+$") << QByteArrayList{"abc", "a-b_c", "abd", "-", ""};
        QTest::newRow("lazy quantifier") << QByteArray("^a+?b$") << QByteArrayList{"aab", "b", "ab"};
        QTest::newRow("escaped dollar at the end") << QByteArray("a\\$") << QByteArrayList{"a$", "a", "ba$b"};
    }

    void matchesAsStdRegex()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(QByteArrayList, texts);
        const std::optional<BytePattern> compiled = BytePattern::compile(pattern.toStdString());
        QVERIFY2(compiled, pattern.constData());
        const std::regex reference(pattern.toStdString());
        for (const QByteArray &text : texts) {
            const std::string value = text.toStdString();
            QVERIFY2(compiled->search(value) == std::regex_search(value, reference),
                     qPrintable(QStringLiteral("%1 on \"%2\"").arg(QString::fromLatin1(pattern), QString::fromLatin1(text.toPercentEncoding()))));
        }
    }

    // What is left to std::regex rather than matched differently.
    void refusesOtherPatterns_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        for (const char *pattern : {".", "a.b", "[^a]", "\\w", "\\s", "\\1", "^a|b$", "a{,2}", "a{2", "[]a]", "[a", "(a", "a)",
                                    "(?=a)", "(?!a)", "a**", "a{3,1}", "\xC3\xA9", "[\\d-z]", "[[:alpha:]]", "a{100}", "^[0-9]{65}$"})
            QTest::newRow(pattern) << QByteArray(pattern);
    }

    void refusesOtherPatterns()
    {
        QFETCH(QByteArray, pattern);
        QVERIFY(!BytePattern::compile(pattern.toStdString()));
    }

    void compilesTheShippedSchema()
    {
        const rapidjson::Document schema = parsed(CaseSchema::schemaText());
        QVERIFY(ConformanceCheck::compile(schema));
    }

    void leavesOtherKeywordsToValijson_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::newRow("additionalProperties") << QByteArray(R"({"type": "object", "additionalProperties": false})");
        QTest::newRow("format") << QByteArray(R"({"type": "string", "format": "date"})");
        QTest::newRow("oneOf") << QByteArray(R"({"oneOf": [{"type": "string"}, {"type": "integer"}]})");
        QTest::newRow("a pattern std::regex only") << QByteArray(R"({"type": "string", "pattern": "^.+$"})");
        QTest::newRow("enum of objects") << QByteArray(R"({"enum": [{"a": 1}]})");
        QTest::newRow("ref outside") << QByteArray("{\"$ref\": \"other.json#/x\"}");
        QTest::newRow("ref to itself") << QByteArray("{\"$defs\": {\"a\": {\"items\": {\"$ref\": \"#/$defs/a\"}}}, \"$ref\": \"#/$defs/a\"}");
    }

    void leavesOtherKeywordsToValijson()
    {
        QFETCH(QByteArray, schema);
        QVERIFY(!ConformanceCheck::compile(parsed(schema)));
    }

    // Each document against the shipped schema: whether valijson accepts it, whether the quick
    // check says it conforms. The check may leave to valijson what valijson accepts (a NUL),
    // never the other way round.
    void agreesWithValijson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valijsonAccepts");
        QTest::addColumn<bool>("conforms");
        QTest::newRow("valid") << casesWith({}, {}) << true << true;
        QTest::newRow("no clients") << QByteArray(R"({"format": "rebuttal.cases", "version": 1, "clients": []})") << true << true;
        QTest::newRow("members the schema does not name") << casesWith("\"name\": \"Camilo\"", "\"name\": \"Camilo\", \"x\": [1, {}]")
                                                          << true << true;
        QTest::newRow("format other") << QByteArray(R"({"format": "other", "version": 1, "clients": []})") << false << false;
        QTest::newRow("version 2") << QByteArray(R"({"format": "rebuttal.cases", "version": 2, "clients": []})") << false << false;
        QTest::newRow("version \"1\"") << QByteArray(R"({"format": "rebuttal.cases", "version": "1", "clients": []})") << false << false;
        QTest::newRow("no version") << QByteArray(R"({"format": "rebuttal.cases", "clients": []})") << false << false;
        QTest::newRow("clients an object") << QByteArray(R"({"format": "rebuttal.cases", "version": 1, "clients": {}})") << false << false;
        QTest::newRow("client a string") << QByteArray(R"({"format": "rebuttal.cases", "version": 1, "clients": ["C-1"]})") << false << false;
        QTest::newRow("date month 3") << casesWith("\"2021-04-20\"", "\"2021-4-20\"") << false << false;
        QTest::newRow("date with newline") << casesWith("\"2021-04-20\"", "\"2021-04-20\\n\"") << false << false;
        QTest::newRow("date with time") << casesWith("\"2021-04-20\"", "\"2021-04-20T10:00\"") << false << false;
        QTest::newRow("date a number") << casesWith("\"2021-04-20\"", "2021") << false << false;
        QTest::newRow("asserted_on bad") << casesWith("\"2021-03\"", "\"March 2021\"") << false << false;
        QTest::newRow("country lower case") << casesWith("\"SV\"", "\"sv\"") << false << false;
        QTest::newRow("country three letters") << casesWith("\"SV\"", "\"SLV\"") << false << false;
        QTest::newRow("a_number seven digits") << casesWith("\"A012345678\"", "\"A1234567\"") << false << false;
        QTest::newRow("a_number ten digits") << casesWith("\"A012345678\"", "\"1234567890\"") << false << false;
        QTest::newRow("empty client ref") << casesWith("\"ref\": \"C-1\"", "\"ref\": \"\"") << false << false;
        QTest::newRow("no name") << casesWith("\"name\": \"Camilo\", ", "") << false << false;
        QTest::newRow("name a number") << casesWith("\"Camilo\"", "42") << false << false;
        QTest::newRow("unknown source") << casesWith("\"SAFE\"", "\"FACEBOOK\"") << false << false;
        QTest::newRow("source in lower case") << casesWith("\"SAFE\"", "\"safe\"") << false << false;
        QTest::newRow("unknown status") << casesWith("\"contested\"", "\"proven\"") << false << false;
        QTest::newRow("unknown event type") << casesWith("\"release\"", "\"party\"") << false << false;
        QTest::newRow("relied_on a string") << casesWith("[\"AL1\"]", "\"AL1\"") << false << false;
        QTest::newRow("relied_on a number") << casesWith("[\"AL1\"]", "[1]") << false << false;
        QTest::newRow("page 0") << casesWith("\"page\": 3", "\"page\": 0") << false << false;
        QTest::newRow("page 2.5") << casesWith("\"page\": 3", "\"page\": 2.5") << false << false;
        QTest::newRow("page text") << casesWith("\"page\": 3", "\"page\": \"3\"") << false << false;
        QTest::newRow("evidence without document") << casesWith("\"document\": \"2022-ICLI00010\", ", "") << false << false;
        QTest::newRow("NUL in a name") << casesWith("\"Camilo\"", "\"Cam\\u0000ilo\"") << true << true;
        QTest::newRow("NUL in a country") << casesWith("\"SV\"", "\"SV\\u0000\"") << false << false;
        // Left to valijson, which accepts it: a whole number beyond an int (the reader refuses it later).
        QTest::newRow("page beyond an int") << casesWith("\"page\": 3", "\"page\": 5000000000") << true << false;
    }

    void agreesWithValijson()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valijsonAccepts);
        QFETCH(bool, conforms);
        const rapidjson::Document document = parsed(json);
        QVERIFY2(!document.HasParseError(), json.constData());
        const std::unique_ptr<ConformanceCheck> check = ConformanceCheck::compile(parsed(CaseSchema::schemaText()));
        QVERIFY(check);
        QCOMPARE(check->conforms(document), conforms);
        // Through JsonSchema: valijson's answer whenever the quick check does not say "conforms".
        QCOMPARE(!CaseSchema::check(static_cast<const rapidjson::Value &>(document)).has_value(), valijsonAccepts);
        // And where it does, valijson alone (through Qt's adapter) agrees.
        if (conforms)
            QVERIFY(!CaseSchema::check(QJsonDocument::fromJson(json).object()));
    }
};

QTEST_GUILESS_MAIN(TestConformanceCheck)
#include "tst_conformancecheck.moc"
