// The case-file object: after a real import (on the job's own connection) the pages that show
// what changed refresh themselves on its signals, and no page holds a store once it closes.
#include "CaseFile.h"
#include "jobs/CaseFileJobs.h"
#include "jobs/JobRunner.h"
#include "models/ActivityLogModel.h"
#include "models/ClientListModel.h"
#include "pages/AuditPage.h"
#include "pages/ClientsPage.h"
#include "pages/DocumentsPage.h"
#include "pages/VaughnPage.h"
#include "store/CaseStore.h"

#include "../core/AuditFixture.h"

#include <QAction>
#include <QFile>
#include <QMainWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace rebuttal;
using namespace rebuttal::test;

class TestCaseFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    template <typename Result>
    Result run(JobRunner &runner, std::unique_ptr<TypedJob<Result>> job)
    {
        std::optional<Result> finished;
        [&] { QVERIFY(runner.start(std::move(job), {}, [&finished](const Result &result) { finished = result; })); }();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(finished.has_value(), 120000); }();
        return finished.value_or(Result());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void signalsSayWhatChanged()
    {
        CaseFile caseFile;
        QSignalSpy store(&caseFile, &CaseFile::storeChanged);
        QSignalSpy clients(&caseFile, &CaseFile::clientsChanged);
        QSignalSpy documents(&caseFile, &CaseFile::documentsChanged);
        QSignalSpy activity(&caseFile, &CaseFile::activityChanged);
        // Nothing is open: nothing to tell.
        caseFile.notify(CaseFile::Change::Clients);
        QCOMPARE(clients.size(), 0);
        StoreError error;
        caseFile.adopt(CaseStore::create(m_dir.filePath(QStringLiteral("signals.rebuttal")), &error));
        QVERIFY(caseFile.isOpen());
        QCOMPARE(store.size(), 1);
        caseFile.notify({CaseFile::Change::Clients, CaseFile::Change::Activity});
        QCOMPARE(clients.size(), 1);
        QCOMPARE(activity.size(), 1);
        QCOMPARE(documents.size(), 0);
        caseFile.close();
        QCOMPARE(store.size(), 2);
        QCOMPARE(store.last().at(0).value<CaseStore *>(), nullptr);
    }

    void pagesRefreshAfterARealImport()
    {
        QMainWindow window;
        CaseFile caseFile;
        QUndoStack undo;
        ClientListModel clientModel;
        ClientsPage clients(&clientModel, &undo);
        clients.follow(&caseFile);
        QAction importAction;
        VaughnPage vaughn(&importAction);
        vaughn.follow(&caseFile);
        AuditPage audit(&importAction);
        audit.follow(&caseFile);
        DocumentsPage documents(&undo, &importAction);
        documents.follow(&caseFile);
        ActivityLogModel activity;
        activity.follow(&caseFile);

        const QString path = m_dir.filePath(QStringLiteral("follow.rebuttal"));
        StoreError error;
        caseFile.adopt(CaseStore::create(path, &error));
        QVERIFY2(caseFile.isOpen(), qPrintable(error.message));
        QVERIFY(clients.isShowingEmptyState());
        QVERIFY(vaughn.isShowingEmptyState());
        QVERIFY(documents.isShowingEmptyState());
        const int logged = activity.rowCount();

        JobRunner runner(&window);
        const CaseRecordsImportResult records = run(runner, CaseFileJobs::importCaseRecords(StoreAddress::ofFile(path), QStringLiteral(REBUTTAL_SOURCE_DIR "/resources/demo/cases.json")));
        QCOMPARE(records.outcome, CaseRecordsImportResult::Outcome::Imported);
        // Written on the job's connection: the pages do not know until the case file says so.
        QVERIFY(clients.isShowingEmptyState());
        caseFile.notify({CaseFile::Change::Clients, CaseFile::Change::Activity});
        QVERIFY(!clients.isShowingEmptyState());
        QVERIFY(activity.rowCount() > logged);

        const QString production = m_dir.filePath(QStringLiteral("production.pdf"));
        writeAuditProduction(production);
        const ProductionImport::Result imported = run(runner, CaseFileJobs::importProduction(StoreAddress::ofFile(path), production, {}));
        QCOMPARE(imported.outcome, ProductionImport::Outcome::Imported);
        QVERIFY(documents.isShowingEmptyState());
        caseFile.notify({CaseFile::Change::Documents, CaseFile::Change::Activity});
        QVERIFY(!documents.isShowingEmptyState());

        const QString index = m_dir.filePath(QStringLiteral("index.csv"));
        QFile file(index);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(auditIndexCsv());
        file.close();
        const VaughnImport::Result indexed = run(runner, CaseFileJobs::importVaughnIndex(StoreAddress::ofFile(path), index));
        QCOMPARE(indexed.outcome, VaughnImport::Outcome::Imported);
        QVERIFY(vaughn.isShowingEmptyState());
        QVERIFY(audit.isShowingEmptyState());
        caseFile.notify({CaseFile::Change::Indexes, CaseFile::Change::Activity});
        QVERIFY(!vaughn.isShowingEmptyState());
        QVERIFY(!audit.isShowingEmptyState());
        QTRY_VERIFY_WITH_TIMEOUT(!audit.isAuditing(), 120000);
        QVERIFY(audit.findingModel()->rowCount() > 0);

        // Closed: every follower let go of the store.
        caseFile.close();
        QVERIFY(clients.isShowingEmptyState());
        QVERIFY(vaughn.isShowingEmptyState());
        QVERIFY(documents.isShowingEmptyState());
        QCOMPARE(activity.rowCount(), 0);
    }
};

QTEST_MAIN(TestCaseFile)
#include "tst_casefile.moc"
