// The audit finding by finding, in process, on a generated production with a planted defect of
// every kind and the Vaughn index that describes it. Registered twice (BOTH_BACKENDS): on a case
// file and on a matter on a server.
#include "AuditFixture.h"
#include "TestStores.h"
#include "VaughnFixture.h"
#include "foia/ProductionImport.h"
#include "store/OpenStore.h"
#include "vaughn/VaughnAudit.h"
#include "vaughn/VaughnImport.h"

#include <QTest>

using namespace rebuttal;
using namespace rebuttal::test;

class TestVaughnAudit : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;
    std::unique_ptr<OpenStore> m_store;
    QList<AuditFinding> m_findings;

    QList<AuditFinding> ofKind(FindingKind kind) const
    {
        QList<AuditFinding> result;
        for (const AuditFinding &f : m_findings) {
            if (f.kind == kind)
                result << f;
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PREPARE_TEST_STORES(m_stores);
        StoreError error;
        m_store = m_stores.create(QStringLiteral("audit.rebuttal"), &error);
        QVERIFY2(m_store, qPrintable(error.message));
        const QString production = m_stores.filePath(QStringLiteral("production.pdf"));
        writeAuditProduction(production);
        const ProductionImport::Result imported = importProduction(*m_store, production);
        QVERIFY2(imported.outcome == ProductionImport::Outcome::Imported, qPrintable(imported.message));
        const QString index = m_stores.filePath(QStringLiteral("index.csv"));
        QVERIFY(writeText(index, auditIndexCsv()));
        const VaughnImport::Result result = VaughnImport(m_store->vaughnIndexes()).run(index);
        QVERIFY2(result.outcome == VaughnImport::Outcome::Imported, qPrintable(result.message));
        m_findings = VaughnAudit::auditStore(m_store->documents(), m_store->vaughnIndexes(), &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        for (const AuditFinding &f : std::as_const(m_findings))
            qInfo() << FindingKinds::code(f.kind) << f.entry << f.entries << f.bates << f.exemptions << f.detail;
    }

    void stampedNotClaimed()
    {
        const auto found = ofKind(FindingKind::StampedNotClaimed);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].entry, 1);
        QCOMPARE(found[0].exemptions, QStringList{QStringLiteral("(b)(6)")});
        QCOMPARE(found[0].pages.value(0).bates, QStringLiteral("AUD-000002"));
    }

    void claimedNotStamped()
    {
        const auto found = ofKind(FindingKind::ClaimedNotStamped);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].entry, 2);
        QCOMPARE(found[0].exemptions, QStringList{QStringLiteral("(b)(7)(C)")});
        // Entry 3 names the document that starts at AUD-000006: its page 1 is that page.
        QCOMPARE(found[1].entry, 3);
        QCOMPARE(found[1].exemptions, QStringList{QStringLiteral("(b)(6)")});
        QCOMPARE(found[1].pages.value(0).bates, QStringLiteral("AUD-000006"));
    }

    void withheldPageMissing()
    {
        const auto found = ofKind(FindingKind::WithheldPageMissing);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].bates, QStringLiteral("AUD-000003"));
        QCOMPARE(found[0].entry, 0);
    }

    void listedPageUnredacted()
    {
        const auto found = ofKind(FindingKind::ListedPageUnredacted);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].bates, QStringLiteral("AUD-000004"));
        QCOMPARE(found[0].entry, 2);
    }

    void missingJustification()
    {
        const auto found = ofKind(FindingKind::MissingJustification);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].entry, 3);
        QCOMPARE(found[0].exemptions, QStringList{QStringLiteral("(b)(6)")});
    }

    void boilerplateJustification()
    {
        const auto found = ofKind(FindingKind::BoilerplateJustification);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].entries, (QList<int>{2, 3}));
        QCOMPARE(found[0].exemptions, (QStringList{QStringLiteral("(b)(7)(C)"), QStringLiteral("(b)(7)(E)")}));
    }

    void badRedaction()
    {
        const auto found = ofKind(FindingKind::BadRedaction);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].bates, QStringLiteral("AUD-000005"));
        QCOMPARE(found[0].entry, 2);
    }

    void nothingElse()
    {
        QCOMPARE(m_findings.size(), 8);
        // Reported kind by kind, in the order of the contract.
        QList<int> order;
        for (const AuditFinding &f : std::as_const(m_findings))
            order << FindingKinds::all().indexOf(f.kind);
        QVERIFY(std::is_sorted(order.cbegin(), order.cend()));
    }

    void aCleanIndexHasNoFindings()
    {
        // The same production, described truthfully: nothing to report.
        StoreError error;
        std::unique_ptr<OpenStore> store = m_stores.create(QStringLiteral("clean.rebuttal"), &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(importProduction(*store, m_stores.filePath(QStringLiteral("production.pdf"))).outcome
                == ProductionImport::Outcome::Imported);
        const QString index = m_stores.filePath(QStringLiteral("clean.csv"));
        QVERIFY(writeText(index, QByteArray("Entry,Bates,Withholding,Pages,Exemptions,Justification\n"
                                            "1,AUD-000001,Partial,1-3,\"(b)(5), (b)(6)\",\"(b)(5): pre-decisional views of counsel on sharing.\n"
                                            "(b)(6): the name of a junior officer whose privacy outweighs any public interest.\"\n"
                                            "2,AUD-000006,Partial,1,(b)(7)(E),\"(b)(7)(E): vetting techniques not known to the public.\"\n")));
        const VaughnImport::Result imported = VaughnImport(store->vaughnIndexes()).run(index);
        QVERIFY2(imported.outcome == VaughnImport::Outcome::Imported, qPrintable(imported.message));
        const QList<AuditFinding> findings = VaughnAudit::auditStore(store->documents(), store->vaughnIndexes(), &error);
        QStringList kinds;
        for (const AuditFinding &f : findings)
            kinds << FindingKinds::code(f.kind) + QLatin1Char(' ') + f.bates;
        // Page 5's readable redaction is still a bad redaction, whatever the index says.
        QCOMPARE(kinds, QStringList{QStringLiteral("bad_redaction AUD-000005")});
    }

    void aBareSevenStampIsClaimedByItsSubparagraph()
    {
        // A stamp "(b)(7)" names exemption 7 without its subparagraph: an entry claiming 7(C)
        // claims it, and the page applies the 7(C) claimed; one claiming only (b)(6) does not.
        QList<AuditFinding> findings;
        auditLabelsBesideBoxes(QStringLiteral("bare"), {QStringLiteral("(b)(7)"), QStringLiteral("(b)(7)")},
                               "1,BARE-000001,Partial,1,(b)(7)(C),\"(b)(7)(C): the name of a witness.\"\n"
                               "2,BARE-000002,Partial,1,(b)(6),\"(b)(6): the name of a junior officer.\"\n",
                               &findings);
        QCOMPARE(described(findings), QStringLiteral("stamped_not_claimed 2 (b)(7) | claimed_not_stamped 2 (b)(6)"));
    }

    void aLabelCutOffLeavesItsClaimUnsure()
    {
        // A label cut off at its end ("(b)(6), (b)") may name what an entry claims besides the
        // codes it shows: the audit does not call that claim unapplied but points at the label. A
        // label stopping at "(b)(7)" applies any of exemption 7's (as a bare stamp does), not a 5;
        // a claim on a page whose label reads whole stays a finding.
        QList<AuditFinding> findings;
        auditLabelsBesideBoxes(QStringLiteral("cut"), {QStringLiteral("(b)(6), (b)"), QStringLiteral("(b)(6), (b)(7)"), QStringLiteral("(b)(6)")},
                               "1,CUT-000001,Partial,1,\"(b)(6), (b)(7)(C)\",\"(b)(6): a name. (b)(7)(C): a witness.\"\n"
                               "2,CUT-000002,Partial,1,\"(b)(5), (b)(6), (b)(7)(E)\",\"(b)(5): advice. (b)(6): a name. (b)(7)(E): a technique.\"\n"
                               "3,CUT-000003,Partial,1,\"(b)(6), (b)(7)(C)\",\"(b)(6): an officer. (b)(7)(C): an informant.\"\n",
                               &findings);
        QCOMPARE(described(findings), QStringLiteral("claimed_not_stamped 2 (b)(5) | claimed_not_stamped 3 (b)(7)(C)"
                                                     " | claimed_label_unread 1 (b)(7)(C)"));
        const AuditFinding &unread = findings.last();
        QVERIFY2(unread.detail.contains(QStringLiteral("(b)(6), (b)")), qPrintable(unread.detail));
        QCOMPARE(unread.pages.value(0).bates, QStringLiteral("CUT-000001"));
    }

private:
    // A production of one page per label, stamped NAME-000001 on, each with a box and the label
    // printed beside it, audited against the index rows `entries`.
    void auditLabelsBesideBoxes(const QString &name, const QStringList &labels, const QByteArray &entries, QList<AuditFinding> *findings)
    {
        StoreError error;
        std::unique_ptr<OpenStore> store = m_stores.create(name + QStringLiteral(".rebuttal"), &error);
        QVERIFY2(store, qPrintable(error.message));
        const QString production = m_stores.filePath(name + QStringLiteral(".pdf"));
        {
            using F = ProductionFixture;
            ProductionFixture fixture(production);
            for (const QString &label : labels) {
                ExpectedPage page;
                page.bates = QStringLiteral("%1-%2").arg(name.toUpper()).arg(fixture.pages().size() + 1, 6, 10, QLatin1Char('0'));
                fixture.addPage(page, [&](QPainter &p, QSizeF size) {
                    F::text(p, 100, 250, QStringLiteral("The officer who wrote the report was"));
                    F::box(p, QRectF(100, 282, 200, 26));
                    F::text(p, 310, 300, label);
                    F::bates(p, size, page.bates);
                });
            }
            fixture.finish();
        }
        QVERIFY(importProduction(*store, production).outcome == ProductionImport::Outcome::Imported);
        const QString index = m_stores.filePath(name + QStringLiteral(".csv"));
        QVERIFY(writeText(index, QByteArray("Entry,Bates,Withholding,Pages,Exemptions,Justification\n") + entries));
        QVERIFY(VaughnImport(store->vaughnIndexes()).run(index).outcome == VaughnImport::Outcome::Imported);
        *findings = VaughnAudit::auditStore(store->documents(), store->vaughnIndexes(), &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
    }

    // Each finding as "kind entry codes", in order.
    static QString described(const QList<AuditFinding> &findings)
    {
        QStringList lines;
        for (const AuditFinding &f : findings)
            lines << FindingKinds::code(f.kind) + QLatin1Char(' ') + QString::number(f.entry) + QLatin1Char(' ') + f.exemptions.join(u',');
        return lines.join(QStringLiteral(" | "));
    }
};

QTEST_MAIN(TestVaughnAudit)
#include "tst_vaughnaudit.moc"
