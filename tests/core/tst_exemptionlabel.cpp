// ExemptionLabel: every notation agencies (and OCR) use, and labels told apart from prose.
#include "domain/ExemptionLabel.h"

#include <QTest>

using rebuttal::ExemptionLabel;

class TestExemptionLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<bool>("label");

        auto row = [](const char *name, const char *text, std::initializer_list<const char *> codes, bool label) {
            QStringList list;
            for (const char *code : codes)
                list << QString::fromUtf8(code);
            QTest::newRow(name) << QString::fromUtf8(text) << list << label;
        };
        row("canonical", "(b)(6)", {"(b)(6)"}, true);
        row("semicolon pair", "(b)(6); (b)(7)(C)", {"(b)(6)", "(b)(7)(C)"}, true);
        row("comma pair lower", "(b)(6), (b)(7)(c)", {"(b)(6)", "(b)(7)(C)"}, true);
        row("spaced", "(b) (6)", {"(b)(6)"}, true);
        row("spaced 7c", "(b) (7) (c)", {"(b)(7)(C)"}, true);
        row("compact", "b6, b7C", {"(b)(6)", "(b)(7)(C)"}, true);
        row("compact upper", "B6 B7E", {"(b)(6)", "(b)(7)(E)"}, true);
        row("ocr layer mangled", "b 6 b 7 C", {"(b)(6)", "(b)(7)(C)"}, true);
        row("scan stray period", "(b)(5). (b)(7)(E)", {"(b)(5)", "(b)(7)(E)"}, true);
        row("statute", "(b)(3):8 U.S.C. 1202(f)", {"(b)(3)"}, true);
        row("statute spaced", "(b)(3): 8 U.S.C. § 1202(f), (b)(6)", {"(b)(3)", "(b)(6)"}, true);
        row("letter without parens", "(b)(7)c", {"(b)(7)(C)"}, true);
        row("b7(C)", "b7(C)", {"(b)(7)(C)"}, true);
        row("exemption word", "Exemption 7(E)", {"(b)(7)(E)"}, true);
        row("exemptions list", "Exemptions 6 and 7(C)", {"(b)(6)", "(b)(7)(C)"}, true);
        row("ocr X", "(b)(6);(b)(7XC)", {"(b)(6)", "(b)(7)(C)"}, true);
        row("ocr braces", "(b}(6) {b)(7)(E]", {"(b)(6)", "(b)(7)(E)"}, true);
        row("reverse order", "(b)(7)(C), (b)(6)", {"(b)(6)", "(b)(7)(C)"}, true);
        row("duplicates", "(b)(6) (b)(6)", {"(b)(6)"}, true);
        row("bare 7", "(b)(7)", {"(b)(7)"}, true);
        row("b4 fda", "(b) (4)", {"(b)(4)"}, true);
        row("with FOIA prefix", "FOIA Exemption (b)(5)", {"(b)(5)"}, true);
        row("number after (b)", "(b)6", {"(b)(6)"}, true);
        row("number after (b) with letter", "(b)7C", {"(b)(7)(C)"}, true);
        row("b(6)", "b(6)", {"(b)(6)"}, true);
        row("b(7)(C)", "b(7)(C)", {"(b)(7)(C)"}, true);
        row("Ex.", "Ex. 6", {"(b)(6)"}, true);
        row("Ex. list", "Ex. 6; Ex. 7(E)", {"(b)(6)", "(b)(7)(E)"}, true);
        row("exemption 6", "Exemption 6", {"(b)(6)"}, true);
        row("exemptions comma and", "Exemptions 6, 7(C) and 7(E)", {"(b)(6)", "(b)(7)(C)", "(b)(7)(E)"}, true);
        row("FOIA exemption code", "FOIA Exemption (b)(7)(E)", {"(b)(7)(E)"}, true);
        row("b7C alone", "b7C", {"(b)(7)(C)"}, true);
        row("lower subparagraph", "(b)(7)(c)", {"(b)(7)(C)"}, true);
        row("fbi count", "b6 -1", {"(b)(6)"}, true);
        row("fbi pair", "b6 -1 b7C -1", {"(b)(6)", "(b)(7)(C)"}, true);
        row("fbi b7E", "b7E -3", {"(b)(7)(E)"}, true);
        row("fbi count no space", "b7C-2", {"(b)(7)(C)"}, true);
        row("statute colon", "(b)(3):26 USC 6103", {"(b)(3)"}, true);
        row("statute section sign", "(b)(3): 8 U.S.C. § 1202(f)", {"(b)(3)"}, true);
        row("statute then code", "(b)(3): 50 U.S.C. § 3024(i); (b)(6)", {"(b)(3)", "(b)(6)"}, true);
        row("statute, a code after a space", "(b)(3):26 U.S.C. § 6103 (b)(8)", {"(b)(3)", "(b)(8)"}, true);
        row("statute, a spaced code after a space", "(b)(3): 8 U.S.C. 1367 (b) (7)(C)", {"(b)(3)", "(b)(7)(C)"}, true);
        row("statute, a code after its subsection", "(b)(3): 8 U.S.C. 1202(f) (b)(6)", {"(b)(3)", "(b)(6)"}, true);
        row("statute, subsections spaced", "(b)(3): 26 U.S.C. 6103 (e)(7)", {"(b)(3)"}, true);
        row("statute, subsection (b) attached", "(b)(3): 26 U.S.C. 6103(b)(2)", {"(b)(3)"}, true);
        row("statute, section sign read by OCR as $", "(b)(3):50 U.S.C. $ 3024(i),(b)(6)", {"(b)(3)", "(b)(6)"}, true);
        row("slash", "(b)(6) / (b)(7)(C)", {"(b)(6)", "(b)(7)(C)"}, true);
        row("ampersand", "b6 & b7C", {"(b)(6)", "(b)(7)(C)"}, true);
        row("and", "(b)(6) and (b)(7)(C)", {"(b)(6)", "(b)(7)(C)"}, true);
        row("no separator", "(b)(6)(b)(7)(C)", {"(b)(6)", "(b)(7)(C)"}, true);
        row("period no space", "(b)(5).(b)(6)", {"(b)(5)", "(b)(6)"}, true);
        row("line break", "(b)(6),\n(b)(7)(C)", {"(b)(6)", "(b)(7)(C)"}, true);
        row("Spanish y", "(b)(6) y (b)(7)(C)", {"(b)(6)", "(b)(7)(C)"}, true);
        row("en dash", "(b)(7)\u2013(C)", {"(b)(7)(C)"}, true);
        row("section citation", "see 5 U.S.C. 552(b)(5) as amended", {"(b)(5)"}, false);
        row("exemption in prose", "Exemption 5 protects deliberative material but not facts", {"(b)(5)"}, false);
        row("b then word", "b7 Chief", {"(b)(7)"}, false);
        row("exhibit is not ex", "Exhibit 6", {}, false);
        row("Ex. 12 is no exemption", "Ex. 12", {}, false);
        row("Ex without its stop going on with a list", "Ex. 7(E). Ex. 4. Ex 8", {"(b)(4)", "(b)(7)(E)", "(b)(8)"}, true);
        row("Ex without its stop alone", "see Ex 8 of the motion", {}, false);
        row("Ex without its stop after prose", "Ex. 4 of the file and Ex 8", {"(b)(4)"}, false);
        row("(b)(10) is no exemption", "(b)(10)", {}, false);
        row("plan b", "plan b then", {}, false);
        row("sentence", "Exemption 7(E) affords protection to all law enforcement information that",
            {"(b)(7)(E)"}, false);
        row("withheld sentence", "Withheld pursuant to exemption (b)(5); (b)(7)(E) of the Freedom of Information Act",
            {"(b)(5)", "(b)(7)(E)"}, false);
        row("prose", "The agency relied on no exemption at all.", {}, false);
        row("bates is not b6", "FDA-CBER-2022-908-0021283", {}, false);
        row("word containing b6", "tab6 lab7c", {}, false);
        row("number after b", "b10", {}, false);
        row("empty", "", {}, false);
    }

    void codes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, codes);
        QFETCH(bool, label);
        QCOMPARE(ExemptionLabel::codesIn(text), codes);
        QCOMPARE(ExemptionLabel::isLabel(text), label);
        for (const QString &code : codes)
            QVERIFY2(ExemptionLabel::isCanonical(code), qPrintable(code));
    }

    void ocrMisreadings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("b as 6") << QStringLiteral("(6)(6), (6)(7)(C)") << QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow("lost open paren") << QStringLiteral("b) (6), (b)") << QStringList{QStringLiteral("(b)(6)")};
        QTest::newRow("angle") << QStringLiteral(">) (6). (b) (7(C) |") << QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow("brace") << QStringLiteral("{b) (7)(E)") << QStringList{QStringLiteral("(b)(7)(E)")};
        QTest::newRow("clean") << QStringLiteral("(b) (7)(E)") << QStringList{QStringLiteral("(b)(7)(E)")};
        QTest::newRow("garbage") << QStringLiteral("GRANT] MMT") << QStringList{};
        // Small print: ")(" between "(b" and a number, or a number and a letter, read as one letter.
        QTest::newRow(")( as M") << QStringLiteral("(b)(6); (bM7)(C)") << QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow(")( as X twice") << QStringLiteral("(bX7XE)") << QStringList{QStringLiteral("(b)(7)(E)")};
        QTest::newRow(")( as M after 7") << QStringLiteral("(b)(7MC)") << QStringList{QStringLiteral("(b)(7)(C)")};
        QTest::newRow("a word with M stays") << QStringLiteral("bM7 MAX") << QStringList{};
        // Misreadings of labels read on generated 150-300 dpi scans (tests/accuracy).
        QTest::newRow(")( as M with a space") << QStringLiteral("(b)(7)(C),(b)(7 ME), (b)(3):8 U.S.C. 1202(f)")
                                             << QStringList{QStringLiteral("(b)(3)"), QStringLiteral("(b)(7)(C)"), QStringLiteral("(b)(7)(E)")};
        QTest::newRow("c as cent sign") << QStringLiteral("(b)(6), (b)(7)(\u00A2), (b)(3)")
                                        << QStringList{QStringLiteral("(b)(3)"), QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow("7 as slash, b as D") << QStringLiteral("(D)(6) ana (b)(/)(d) and (b)(3)")
                                            << QStringList{QStringLiteral("(b)(3)"), QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(D)")};
        QTest::newRow("A as 4") << QStringLiteral("(6)(7)(c), (b)(7)(4), (b)(8)")
                                << QStringList{QStringLiteral("(b)(7)(A)"), QStringLiteral("(b)(7)(C)"), QStringLiteral("(b)(8)")};
        QTest::newRow("paragraph D of a statute stays") << QStringLiteral("212(a)(9)(D)(6)") << QStringList{};
        // Parentheses of small print read as capitals (generated 150 dpi scans, seeds 29 and 47).
        QTest::newRow(")( as MT, lower c") << QStringLiteral("(bMT7 Mc)") << QStringList{QStringLiteral("(b)(7)(C)")};
        QTest::newRow("b( without its ), )( as M") << QStringLiteral("b(6);b(7 MC) |")
                                                 << QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow(")( as X, then as M with a space") << QStringLiteral("(b)(6).(bX7 MC)")
                                                        << QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow(")( as J") << QStringLiteral("(b)J6") << QStringList{QStringLiteral("(b)(6)")};
        QTest::newRow("(b as D, )( as X, a statute after") << QStringLiteral("(b)(6) (b)(7)(E) (DX3): 8 U.S.C, \u00A7 1202(f)")
                                                           << QStringList{QStringLiteral("(b)(3)"), QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(E)")};
        QTest::newRow("7( as T in a list") << QStringLiteral("Exemptions 7(C), TE) and 5")
                                          << QStringList{QStringLiteral("(b)(5)"), QStringLiteral("(b)(7)(C)"), QStringLiteral("(b)(7)(E)")};
        QTest::newRow("5 as S before an FBI count") << QStringLiteral("b6 -1 b7E -1 bS -2")
                                                    << QStringList{QStringLiteral("(b)(5)"), QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(E)")};
        QTest::newRow("FBI codes run together") << QStringLiteral("b6 -4b4-1b1-5")
                                                << QStringList{QStringLiteral("(b)(1)"), QStringLiteral("(b)(4)"), QStringLiteral("(b)(6)")};
        QTest::newRow(")( as H and U, (b as D") << QStringLiteral("(bM7 HC). (DU7UE). (DM3): 8 U-S.C- 1202(f)")
                                                << QStringList{QStringLiteral("(b)(3)"), QStringLiteral("(b)(7)(C)"), QStringLiteral("(b)(7)(E)")};
        QTest::newRow("(b as D before the number") << QStringLiteral("(D6) / (b)(3):50 U.S.C. 5 3024(1)")
                                                  << QStringList{QStringLiteral("(b)(3)"), QStringLiteral("(b)(6)")};
        QTest::newRow("5 as S in parentheses") << QStringLiteral("(b)(S)") << QStringList{QStringLiteral("(b)(5)")};
        QTest::newRow("prose after (b)(7) stays") << QStringLiteral("(b)(7) Mary Total") << QStringList{QStringLiteral("(b)(7)")};
        QTest::newRow("paragraphs in prose stay") << QStringLiteral("paragraph TA) of (a)(9)(DX3)") << QStringList{};
        QTest::newRow("words with capitals stay") << QStringLiteral("bMT 7 Mode, BMX5 series, Bus N 9 stop") << QStringList{};
        // Misreadings of a label's shape on generated scans (seed 701), and prose of the same
        // characters that must stay as it is.
        QTest::newRow("(b) as () before (7)") << QStringLiteral("(b)(6),()(7)(c)")
                                              << QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow("(b) as (0) and (o)") << QStringLiteral("(0)(6) / (o)(5)")
                                            << QStringList{QStringLiteral("(b)(5)"), QStringLiteral("(b)(6)")};
        QTest::newRow("(b) as (6) before a bare number") << QStringLiteral("(b)6. (6)7(C)")
                                                         << QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow("(b) as (h) before a bare number") << QStringLiteral("(h)5, (b)3")
                                                         << QStringList{QStringLiteral("(b)(3)"), QStringLiteral("(b)(5)")};
        QTest::newRow("last ) as a quote") << QStringLiteral("FOIA Exemption (b)(6) / FOIA Exemption (b)(4'")
                                           << QStringList{QStringLiteral("(b)(4)"), QStringLiteral("(b)(6)")};
        QTest::newRow("last ) lost") << QStringLiteral("(b)(7)(C); (b)(8") << QStringList{QStringLiteral("(b)(7)(C)"), QStringLiteral("(b)(8)")};
        QTest::newRow(") as 1") << QStringLiteral("(b1(6); (b) (71(C)") << QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow("C as G after 7") << QStringLiteral("Ex. 7(G)") << QStringList{QStringLiteral("(b)(7)(C)")};
        QTest::newRow("1 as l before an FBI count") << QStringLiteral("bl -2 b7C -l") << QStringList{QStringLiteral("(b)(1)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow("5 as S after (b)") << QStringLiteral("(b)6 \u20AC (b)s") << QStringList{QStringLiteral("(b)(5)"), QStringLiteral("(b)(6)")};
        QTest::newRow("a letter S after (b) with a space or in a word stays") << QStringLiteral("(b) S. Smith, (b)Sam") << QStringList{};
        QTest::newRow("Ex. without its space") << QStringLiteral("Ex. 6 /Ex.4/Ex.8")
                                               << QStringList{QStringLiteral("(b)(4)"), QStringLiteral("(b)(6)"), QStringLiteral("(b)(8)")};
        QTest::newRow("Ex. before a longer number stays") << QStringLiteral("see Ex.12 and Tex.4") << QStringList{};
        QTest::newRow("empty parentheses after a word stay") << QStringLiteral("f(0)(6) and g()(7)(C)") << QStringList{};
        QTest::newRow("a statute's paragraph (0) stays") << QStringLiteral("212(a)(0)(6)") << QStringList{};
        QTest::newRow("a parenthesised number and a spaced one stay") << QStringLiteral("see (6) 5 and (h) 7, ()(x)") << QStringList{};
        QTest::newRow("an open (b)( in a word stays") << QStringLiteral("table (b)(6 rows") << QStringList{};
        QTest::newRow("G after a number in prose stays") << QStringLiteral("version 7(G)") << QStringList{};
        QTest::newRow("bl without a count stays") << QStringLiteral("bl 5, bl-ue") << QStringList{};
        QTest::newRow("7 as 1 before a subparagraph") << QStringLiteral("Ex. 6.Ex. 1(C).Ex. 5 |")
                                                     << QStringList{QStringLiteral("(b)(5)"), QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow("7 as 1 in (b) notation") << QStringLiteral("(b)(6), (b)(1)(E)") << QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(E)")};
        QTest::newRow("7 as l after and") << QStringLiteral("Exemptions 6 and l(D)") << QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(D)")};
        QTest::newRow("7 as a slash after Exemption") << QStringLiteral("Exemption /(A)") << QStringList{QStringLiteral("(b)(7)(A)")};
        QTest::newRow("exemption 1's own subparagraph stays") << QStringLiteral("(b)(1)(A)") << QStringList{QStringLiteral("(b)(1)")};
        QTest::newRow("a statute's 1(c) stays") << QStringLiteral("Rule 1(c) of \u00A7 1(d), rules 2 and 1(d), 5; 1(e)") << QStringList{};
        QTest::newRow(")( as 1 in (b16)") << QStringLiteral("(b16) / (b)(3): 50 U.S.C. \u00A7 3024(i)")
                                         << QStringList{QStringLiteral("(b)(3)"), QStringLiteral("(b)(6)")};
        QTest::newRow(")( as l or | before a number") << QStringLiteral("(bl5); (b|7)(C)")
                                                       << QStringList{QStringLiteral("(b)(5)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow("(b1) and (b)(1) stay exemption 1") << QStringLiteral("(b1), (b)(1)") << QStringList{QStringLiteral("(b)(1)")};
        QTest::newRow("subparagraph open at the end") << QStringLiteral("FOIA Exemption (b)(7)(C) / FOIA Exemption (b)(7)(D")
                                                      << QStringList{QStringLiteral("(b)(7)(C)"), QStringLiteral("(b)(7)(D)")};
        QTest::newRow("subparagraph open mid-text stays") << QStringLiteral("(b)(7)(D and more") << QStringList{QStringLiteral("(b)(7)")};
        QTest::newRow(")( as I and 1 around a 7") << QStringLiteral("(bI71C): (b)7(A) |")
                                                  << QStringList{QStringLiteral("(b)(7)(A)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow(")( as 1 after a bare 7") << QStringLiteral("(b)71F)") << QStringList{QStringLiteral("(b)(7)(F)")};
        QTest::newRow(")( as H") << QStringLiteral("(b)(7HC), (bH6)") << QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow("b as D before a joined )(") << QStringLiteral("(DM6) / (DM3): 26 USC 6103 ]")
                                                   << QStringList{QStringLiteral("(b)(3)"), QStringLiteral("(b)(6)")};
        QTest::newRow("a D word in prose stays") << QStringLiteral("(DMV) and (DM) forms") << QStringList{};
        QTest::newRow("f as a pound sign") << QStringLiteral("(b)(6),(b)(7)(e),(b)(7)(\u00A3) and \u00A3 5")
                                           << QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(E)"), QStringLiteral("(b)(7)(F)")};
        QTest::newRow("E of Ex. as F") << QStringLiteral("Fx. 4: Ex. 3") << QStringList{QStringLiteral("(b)(3)"), QStringLiteral("(b)(4)")};
        QTest::newRow("Fx in a word stays") << QStringLiteral("Fx 12, AFx. 4, Fx.") << QStringList{};
        QTest::newRow("a slash between codes stays") << QStringLiteral("(b)(6) / (b)(7)(C)")
                                                     << QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow("a subparagraph closed by !") << QStringLiteral("Exemption 5;Exemption 4;Exemption 7(A!")
                                                    << QStringList{QStringLiteral("(b)(4)"), QStringLiteral("(b)(5)"), QStringLiteral("(b)(7)(A)")};
        QTest::newRow("! in prose stays") << QStringLiteral("Wow (A! B) and 7 (C!") << QStringList{};
        QTest::newRow("5 as S in parentheses") << QStringLiteral("b(7)(E) b(S) b(7)(A); (b)(S)")
                                               << QStringList{QStringLiteral("(b)(5)"), QStringLiteral("(b)(7)(A)"), QStringLiteral("(b)(7)(E)")};
        QTest::newRow("an S in a word's parentheses stays") << QStringLiteral("Jacob(S) and the bus(S)") << QStringList{};
        QTest::newRow("a comma read as a stop in a list") << QStringLiteral("Exemptions 6.5 and 2")
                                                          << QStringList{QStringLiteral("(b)(2)"), QStringLiteral("(b)(5)"), QStringLiteral("(b)(6)")};
        QTest::newRow("two stops in a list") << QStringLiteral("Exemptions 7(C).5.6")
                                             << QStringList{QStringLiteral("(b)(5)"), QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow("a stop ending a list stays") << QStringLiteral("Exemptions 3. 5 U.S.C. 552") << QStringList{QStringLiteral("(b)(3)")};
        QTest::newRow("a section number stays") << QStringLiteral("section 6.5 of the manual") << QStringList{};
        QTest::newRow("a number's opening parenthesis lost") << QStringLiteral("(b)7)(C): (b)(3): 26 USC 6103")
                                                             << QStringList{QStringLiteral("(b)(3)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow("5 as S after a joined )(") << QStringLiteral("(bMS); (b)(3):8 U.S.C. 1202(f)")
                                                  << QStringList{QStringLiteral("(b)(3)"), QStringLiteral("(b)(5)")};
        QTest::newRow(")( as K") << QStringLiteral("{b)(7KC) (b)(3)") << QStringList{QStringLiteral("(b)(3)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow("7 as T between joined parentheses") << QStringLiteral("(bM7NC). (DUTNE)")
                                                           << QStringList{QStringLiteral("(b)(7)(C)"), QStringLiteral("(b)(7)(E)")};
        QTest::newRow(")( as A between 7 and its letter") << QStringLiteral("(b){ 7d). (DUTAF)")
                                                         << QStringList{QStringLiteral("(b)(7)(D)"), QStringLiteral("(b)(7)(F)")};
        QTest::newRow("a speck before a code read as a quote") << QStringLiteral("'(b)(7)(f)") << QStringList{QStringLiteral("(b)(7)(F)")};
        QTest::newRow("Ex.'s stop as a comma, 7( as H") << QStringLiteral("EX. 6; Ex, HG) Ex. 1")
                                                        << QStringList{QStringLiteral("(b)(1)"), QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow("7( as H after Exemption") << QStringLiteral("Exemption HC)") << QStringList{QStringLiteral("(b)(7)(C)")};
        QTest::newRow("a comma after Ex in prose stays") << QStringLiteral("the Ex, 12 and Ex, HQ)") << QStringList{};
        QTest::newRow("a small h after a separator stays") << QStringLiteral("the parties; he) said") << QStringList{};
        QTest::newRow(")( as K after a spaced (b)") << QStringLiteral("(b) (6). (b) (7) (C). (b) (7KF)")
                                                  << QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)"), QStringLiteral("(b)(7)(F)")};
        QTest::newRow(")( as X, then as K") << QStringLiteral("(bX7KA)") << QStringList{QStringLiteral("(b)(7)(A)")};
        QTest::newRow("a word with A stays") << QStringLiteral("bTAB (DATA)") << QStringList{};
        QTest::newRow("C as G in the FBI's notation") << QStringLiteral("b7G, b7G -2") << QStringList{QStringLiteral("(b)(7)(C)")};
        QTest::newRow("D as 0 in the FBI's notation") << QStringLiteral("b70-1; b7O") << QStringList{QStringLiteral("(b)(7)(D)")};
        QTest::newRow("a number b70 in prose stays") << QStringLiteral("model b70 and b701") << QStringList{};
        QTest::newRow("a G in a word stays") << QStringLiteral("Ab7G and Hb7G") << QStringList{};
        QTest::newRow("1 as l after a separator") << QStringLiteral("b6; b7c; bl") << QStringList{QStringLiteral("(b)(1)"), QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow("a word bl stays") << QStringLiteral("the bl and blue") << QStringList{};
        // OCR reads the 3 of "b3" and the 4 of "b4" both as a: "ba" names neither.
        QTest::newRow("an a for a number stays unread") << QStringLiteral("b7C; ba |") << QStringList{QStringLiteral("(b)(7)(C)")};
        QTest::newRow("A as 4, its parenthesis cut off") << QStringLiteral("FOIA Exemption (b)(6); FOIA Exemption (b)(7)(4")
                                                         << QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(A)")};
        QTest::newRow("a word in capitals stays") << QStringLiteral("(DUTY) and (DUTIES), (BUTANE)") << QStringList{};
        // "&" read as 8, set against the code before it (seed 887): no item of the list.
        QTest::newRow("& as 8 against a code") << QStringLiteral("Ex.7(C)8.Ex. 7(E)") << QStringList{QStringLiteral("(b)(7)(C)"), QStringLiteral("(b)(7)(E)")};
        // "(b)(7)(c),(b)(5)" read as "(b7 (b)(5)" (seed 891): the "(b)" is the next code's head.
        QTest::newRow("a head after a bare 7 is no subparagraph B") << QStringLiteral("(b7 (b)(5),(b)(7)()")
                                                                   << QStringList{QStringLiteral("(b)(5)"), QStringLiteral("(b)(7)")};
        QTest::newRow("a subparagraph b stays") << QStringLiteral("(b)(7)(b); (b)(6)") << QStringList{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(B)")};
        // A stray mark after a "(b)" list read as a 1 (seed 891): no bare number goes on such a list.
        QTest::newRow("a bare 1 after a (b) list") << QStringLiteral("FOIA Exemption (b)(7)(C), FOIA Exemption (bM7ME) 1")
                                                   << QStringList{QStringLiteral("(b)(7)(C)"), QStringLiteral("(b)(7)(E)")};
        QTest::newRow("a list's 8 after a comma") << QStringLiteral("Ex. 7(C), 8") << QStringList{QStringLiteral("(b)(7)(C)"), QStringLiteral("(b)(8)")};
        // "&" read as "8:" after a space (seed 893): a space alone separates no bare number.
        QTest::newRow("& as 8 after a space") << QStringLiteral("Ex. 4 8: Ex. 7(A)") << QStringList{QStringLiteral("(b)(4)"), QStringLiteral("(b)(7)(A)")};
    }

    void ocrMisreadings()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, codes);
        QCOMPARE(ExemptionLabel::codesInOcr(text), codes);
    }

    void gluedLabels_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("start"); // -1: no label glued to a word
        QTest::newRow("FBI code after a word") << QStringLiteral("furtherb7C") << 7;
        QTest::newRow("b( code after a word") << QStringLiteral("wasb(7)(E)") << 3;
        QTest::newRow("(b) code after a word") << QStringLiteral("travel(b)(7)(C)") << 6;
        QTest::newRow("codes with a separator") << QStringLiteral("andb7c/b1") << 3;
        QTest::newRow("codes ending in a statute's title") << QStringLiteral("forwarded(b)(7)(C);(b)(7)(A);(b)(3):18") << 9;
        QTest::newRow("a statute's title after a space-less colon") << QStringLiteral("withb(3):26") << 4;
        QTest::newRow("a label alone") << QStringLiteral("(b)(6)") << -1;
        QTest::newRow("a word and a number after a colon") << QStringLiteral("Room(b):18") << -1;
        QTest::newRow("an FBI code alone") << QStringLiteral("b7C") << -1;
        QTest::newRow("a word with a b") << QStringLiteral("subjectb") << -1;
        QTest::newRow("a word ending in b and a number") << QStringLiteral("Lab5x") << -1;
        QTest::newRow("a citation") << QStringLiteral("552(b)(6)") << -1;
        QTest::newRow("a word with a parenthesis") << QStringLiteral("function(b)") << -1;
        QTest::newRow("prose") << QStringLiteral("bribery") << -1;
    }

    void gluedOpenings_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("next"); // the next word on the line
        QTest::addColumn<int>("start");    // -1: no label opens glued to the word
        QTest::newRow("(b) before its number") << QStringLiteral("near(b)") << QStringLiteral("(7)(D),(b)") << 4;
        QTest::newRow("(b)(7) before its subparagraph") << QStringLiteral("and(b)(7)") << QStringLiteral("(C)") << 3;
        QTest::newRow("a name's b before a number") << QStringLiteral("Jacob") << QStringLiteral("(6 years)") << -1;
        QTest::newRow("a parenthesis going on with prose") << QStringLiteral("function(b)") << QStringLiteral("returns") << -1;
        QTest::newRow("no next word") << QStringLiteral("near(b)") << QString() << -1;
        QTest::newRow("Ex. before its number") << QStringLiteral("cooperationEx.") << QStringLiteral("2") << 11;
        QTest::newRow("Exemption before its code") << QStringLiteral("withExemption") << QStringLiteral("7(C);") << 4;
        QTest::newRow("a capital E in a name") << QStringLiteral("McEx.") << QStringLiteral("Corp") << -1;
        QTest::newRow("Ex. before prose") << QStringLiteral("cooperationEx.") << QStringLiteral("the") << -1;
    }

    void gluedOpenings()
    {
        QFETCH(QString, word);
        QFETCH(QString, next);
        QFETCH(int, start);
        QCOMPARE(ExemptionLabel::gluedLabelStart(word, next), qsizetype(start));
    }

    void gluedProse_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("before"); // the word before it on its line
        QTest::addColumn<int>("start");      // -1: no prose glued after a code
        const QString prose = QStringLiteral("the");
        QTest::newRow("a subparagraph and a word") << QStringLiteral("(7)(D)who") << prose << 6;
        QTest::newRow("a code and a word with a comma") << QStringLiteral("(b)(6)and,") << prose << 6;
        QTest::newRow("a code alone") << QStringLiteral("(b)(7)(C)") << prose << -1;
        QTest::newRow("a letter in parentheses") << QStringLiteral("(a)the") << prose << -1;
        QTest::newRow("a capital after") << QStringLiteral("(6)Police") << prose << -1;
        QTest::newRow("a word before") << QStringLiteral("see(6)and") << prose << -1;
        QTest::newRow("a number after the word naming it") << QStringLiteral("4stated") << QStringLiteral("Exemption") << 1;
        QTest::newRow("a number after a list's word") << QStringLiteral("4stated.") << QStringLiteral("7(C);Ex.") << 1;
        QTest::newRow("a number after prose") << QStringLiteral("4th") << prose << -1;
        QTest::newRow("a number and a capital") << QStringLiteral("4Police") << QStringLiteral("Exemption") << -1;
        QTest::newRow("a word ending in ex") << QStringLiteral("4stated") << QStringLiteral("Apex") << -1;
    }

    void gluedProse()
    {
        QFETCH(QString, word);
        QFETCH(QString, before);
        QFETCH(int, start);
        QCOMPARE(ExemptionLabel::gluedProseStart(word, before), qsizetype(start));
    }

    void gluedLabels()
    {
        QFETCH(QString, word);
        QFETCH(int, start);
        QCOMPARE(ExemptionLabel::gluedLabelStart(word), qsizetype(start));
    }

    void cleanLabels_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("label"); // isLabel: a label, stray OCR marks let pass
        QTest::addColumn<bool>("clean"); // isCleanLabel: a label and nothing else
        QTest::newRow("codes and separators") << QStringLiteral("(b)(6); (b)(7)(C)") << true << true;
        QTest::newRow("a label's words") << QStringLiteral("FOIA Exemptions 6 and 7(C)") << true << true;
        QTest::newRow("FBI codes with counts") << QStringLiteral("b6 -1 b7C -3") << true << true;
        QTest::newRow("a statute") << QStringLiteral("(b)(3): 8 U.S.C. § 1202(f)") << true << true;
        QTest::newRow("a misread separator and colon") << QStringLiteral("b(7)(C) €:") << true << false;
        QTest::newRow("a last code cut off") << QStringLiteral("Ex. 6; Ex. 7(E); Ex.") << true << false;
        QTest::newRow("a stray letter") << QStringLiteral("(b)(6) i") << true << false;
        QTest::newRow("prose") << QStringLiteral("the subject (b)(6) said") << false << false;
        QTest::newRow("no label") << QStringLiteral("; ,") << false << false;
    }

    void cleanLabels()
    {
        QFETCH(QString, text);
        QFETCH(bool, label);
        QFETCH(bool, clean);
        QCOMPARE(ExemptionLabel::isLabel(text), label);
        QCOMPARE(ExemptionLabel::isCleanLabel(text), clean);
    }

    void unreadCodes_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("ocr");
        QTest::addColumn<QString>("unread"); // what the label may name beyond its codes
        const QString any = QStringLiteral("(b)"), none;
        QTest::newRow("a whole label") << QStringLiteral("(b)(6); (b)(7)(C)") << false << none;
        QTest::newRow("FBI codes with counts") << QStringLiteral("b6 -3 b7C -1 b8 -1") << false << none;
        QTest::newRow("a statute after (b)(3)") << QStringLiteral("(b)(5) and (b)(3):50 U.S.C. $ 3024(i) at") << true << none;
        QTest::newRow("a statute after a separator") << QStringLiteral("(b)(6),(b)(3); 26 U.S.C. $ 610:") << true << none;
        QTest::newRow("the sentence going on after it") << QStringLiteral("Ex. 7(E) on") << false << none;
        QTest::newRow("a box's edge read as a bar") << QStringLiteral("(b)(3) |") << true << none;
        QTest::newRow("an FBI count misread") << QStringLiteral("b5=1") << true << none;
        QTest::newRow("a sentence opening with a label") << QStringLiteral("And (b)(6)") << false << none;
        QTest::newRow("no label") << QStringLiteral("Privilege") << false << none;
        QTest::newRow("cut off after a separator") << QStringLiteral("(b)(7)(C); (b)(7)(E);") << true << any;
        QTest::newRow("cut off after a b") << QStringLiteral("(b) (6), (b)") << false << any;
        QTest::newRow("cut off after the word") << QStringLiteral("FOIA Exemption (b)(6) & FOIA Exemption") << false << any;
        QTest::newRow("its start lost") << QStringLiteral("and (b)(3)") << true << any;
        QTest::newRow("a code misread after a comma") << QStringLiteral("b6, bS") << true << any;
        QTest::newRow("a code misread at the end") << QStringLiteral("b7C; ba |") << true << any;
        QTest::newRow("a sign for a subparagraph") << QStringLiteral("FOIA Exemption (b)(6) and FOIA Exemption (b)(7)(\u20ac)") << true << any;
        QTest::newRow("a misread & between codes") << QStringLiteral("b6 \u20ac b7C \u20ac b1") << true << none;
        QTest::newRow("stopping at exemption 7") << QStringLiteral("(b)(6), (b)(7)") << false << QStringLiteral("(b)(7)");
    }

    void unreadCodes()
    {
        QFETCH(QString, label);
        QFETCH(bool, ocr);
        QFETCH(QString, unread);
        QCOMPARE(ExemptionLabel::unreadCode(label, ocr), unread);
    }

    void canonicalShape()
    {
        QVERIFY(ExemptionLabel::isCanonical(QStringLiteral("(b)(7)(C)")));
        QVERIFY(ExemptionLabel::isCanonical(QStringLiteral("(b)(9)")));
        QVERIFY(!ExemptionLabel::isCanonical(QStringLiteral("(b)(7)(c)")));
        QVERIFY(!ExemptionLabel::isCanonical(QStringLiteral("(b)(7)(G)")));
        QVERIFY(!ExemptionLabel::isCanonical(QStringLiteral("b6")));
    }

    void claims_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("claims");
        QTest::addColumn<bool>("claimed");
        const QStringList sevenC{QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")};
        QTest::newRow("the same code") << QStringLiteral("(b)(6)") << sevenC << true;
        QTest::newRow("another code") << QStringLiteral("(b)(5)") << sevenC << false;
        QTest::newRow("bare 7 under a subparagraph") << QStringLiteral("(b)(7)") << sevenC << true;
        QTest::newRow("bare 7 with no 7 claimed") << QStringLiteral("(b)(7)") << QStringList{QStringLiteral("(b)(6)")} << false;
        QTest::newRow("a subparagraph under bare 7") << QStringLiteral("(b)(7)(C)") << QStringList{QStringLiteral("(b)(7)")} << true;
        QTest::newRow("another subparagraph") << QStringLiteral("(b)(7)(E)") << sevenC << false;
        QTest::newRow("bare 7 claimed bare") << QStringLiteral("(b)(7)") << QStringList{QStringLiteral("(b)(7)")} << true;
    }

    void claims()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, claims);
        QFETCH(bool, claimed);
        QCOMPARE(ExemptionLabel::isMatchedIn(code, claims), claimed);
    }
};

QTEST_APPLESS_MAIN(TestExemptionLabel)
#include "tst_exemptionlabel.moc"
