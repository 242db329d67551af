// A production with a planted defect of every audit finding kind, and the Vaughn index (CSV) that
// describes it, with the findings the audit must report.
#pragma once

#include "ProductionFixture.h"

#include <QByteArray>

namespace rebuttal::test {

// Six pages, Bates AUD-000001..AUD-000006:
//   1 a (b)(5) box            listed by entry 1 (claims (b)(5))
//   2 a (b)(6) box            listed by entry 1, which does not claim (b)(6)   -> stamped_not_claimed
//   3 withheld in full (b)(5) listed by no entry                                -> withheld_page_missing
//   4 nothing redacted        listed by entry 2                                 -> listed_page_unredacted
//   5 a box over live text    listed by entry 2                                 -> bad_redaction
//   6 a (b)(7)(E) box         entry 3 names document AUD-000006, its page 1
inline void writeAuditProduction(const QString &path)
{
    using F = ProductionFixture;
    ProductionFixture fixture(path);
    auto bates = [](int n) { return QStringLiteral("AUD-%1").arg(n, 6, 10, QLatin1Char('0')); };
    auto page = [&](int n) {
        ExpectedPage p;
        p.bates = bates(n);
        return p;
    };
    fixture.addPage(page(1), [&](QPainter &p, QSizeF size) {
        F::text(p, 100, 150, QStringLiteral("Draft memorandum on information sharing"), 14);
        F::labelledBox(p, QRectF(150, 300, 300, 30), QStringLiteral("(b)(5)"));
        F::bates(p, size, bates(1));
    });
    fixture.addPage(page(2), [&](QPainter &p, QSizeF size) {
        F::text(p, 100, 150, QStringLiteral("Contact officer for the exchange:"), 14);
        F::labelledBox(p, QRectF(150, 300, 240, 26), QStringLiteral("(b)(6)"));
        F::bates(p, size, bates(2));
    });
    fixture.addPage(page(3), [&](QPainter &p, QSizeF size) {
        F::text(p, 120, 500, QStringLiteral("Withheld pursuant to exemption"), 16);
        F::text(p, 120, 540, QStringLiteral("(b)(5)"), 16);
        F::text(p, 120, 580, QStringLiteral("of the Freedom of Information and Privacy Act"), 16);
        F::bates(p, size, bates(3));
    });
    fixture.addPage(page(4), [&](QPainter &p, QSizeF size) {
        F::text(p, 100, 150, QStringLiteral("Schedule of quarterly meetings between the participants."), 12);
        F::text(p, 100, 180, QStringLiteral("Nothing on this page was redacted."), 12);
        F::bates(p, size, bates(4));
    });
    fixture.addPage(page(5), [&](QPainter &p, QSizeF size) {
        F::text(p, 100, 250, QStringLiteral("Name of the informant:"));
        F::text(p, 100, 300, QStringLiteral("Jose Hernandez Lopez"));
        F::box(p, QRectF(95, 282, 330, 26));
        F::bates(p, size, bates(5));
    });
    fixture.addPage(page(6), [&](QPainter &p, QSizeF size) {
        F::text(p, 100, 150, QStringLiteral("Vetting procedures"), 14);
        F::labelledBox(p, QRectF(150, 300, 300, 30), QStringLiteral("(b)(7)(E)"));
        F::bates(p, size, bates(6));
    });
    fixture.finish();
}

// The index of that production: entry 2's (b)(7)(C) reasons and entry 3's (b)(7)(E) reasons are
// the same paragraph (case and punctuation aside); entry 3 gives no reason for (b)(6).
inline QByteArray auditIndexCsv()
{
    return QByteArray(
        "Entry,Document Identification,Withholding,Pages,Description,Exemptions,Justification\n"
        "1,AUD-000001,Partial,1-2,Draft memorandum,(b)(5),\"(b)(5): The draft reflects the pre-decisional views of "
        "counsel on information sharing.\"\n"
        "2,AUD-000001,Partial,4-5,Informant record,(b)(7)(C),\"(b)(7)(C): Release of this information could reasonably "
        "be expected to constitute an unwarranted invasion of personal privacy of third parties.\"\n"
        "3,AUD-000006,Partial,1,Vetting procedures,\"(b)(6), (b)(7)(E)\",\"(b)(7)(E): RELEASE of this information could "
        "reasonably be expected to constitute an unwarranted invasion of personal privacy of third parties\"\n");
}

} // namespace rebuttal::test
