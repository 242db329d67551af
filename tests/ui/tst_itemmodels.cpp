// The item models no page test runs under QAbstractItemModelTester, each on real data: the demo
// case file's clients, and a production imported through the real pipeline.
#include "PageRenderer.h"
#include "models/AllegationTableModel.h"
#include "models/DocumentListModel.h"
#include "models/EventTableModel.h"
#include "models/PageListModel.h"
#include "pages/DocumentsPage.h"
#include "foia/ProductionImport.h"
#include "store/OpenStore.h"
#include "store/CaseStore.h"
#include "store/ClientRecords.h"
#include "import/DemoCaseFile.h"
#include "store/DocumentCatalog.h"

#include "../core/ProductionFixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace rebuttal;
using namespace rebuttal::test;

class TestItemModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;
    qint64 m_production = 0;
    CaseRecords m_records;

    static constexpr auto kMode = QAbstractItemModelTester::FailureReportingMode::QtTest;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString path = m_dir.filePath(QStringLiteral("models.rebuttal"));
        QVERIFY(!DemoCaseFile::ensure(path).isError());
        StoreError error;
        m_store = CaseStore::open(path, &error);
        QVERIFY2(m_store, qPrintable(error.message));
        const std::optional<CaseRecords> records = ClientRecords(*m_store).allRecords(&error);
        QVERIFY2(records && !records->clients.isEmpty(), qPrintable(error.message));
        m_records = *records;
        const QString production = m_dir.filePath(QStringLiteral("release.pdf"));
        writeStandardProduction(production);
        ProductionImport import(*m_store);
        const ProductionImport::Result result = import.run(production);
        QCOMPARE(result.outcome, ProductionImport::Outcome::Imported);
        m_production = result.documentId;
    }

    void allegationsAndEvents()
    {
        AllegationTableModel allegations;
        EventTableModel events;
        QAbstractItemModelTester allegationTester(&allegations, kMode);
        QAbstractItemModelTester eventTester(&events, kMode);
        int rows = 0;
        // Client after client, as the Clients page shows them: resets from any size to any size.
        for (const Client &client : std::as_const(m_records.clients)) {
            allegations.setAllegations(client.allegations);
            events.setClient(client);
            QCOMPARE(allegations.rowCount(), int(client.allegations.size()));
            QCOMPARE(events.rowCount(), int(client.events.size()));
            rows += events.rowCount();
            for (int row = 0; row < events.rowCount(); ++row)
                for (int column = 0; column < events.columnCount(); ++column)
                    events.index(row, column).data(Qt::ToolTipRole);
        }
        QVERIFY(rows > 0);
        allegations.setAllegations({});
        events.setClient(Client());
        QCOMPARE(events.rowCount(), 0);
    }

    void documentsAndPages()
    {
        DocumentListModel documents;
        QAbstractItemModelTester documentTester(&documents, kMode);
        const std::unique_ptr<OpenStore> open = OpenStore::over(*m_store);
        documents.setStore(open.get());
        QCOMPARE(documents.rowCount(), 1);
        documents.setStore(nullptr);
        QCOMPARE(documents.rowCount(), 0);

        PageRenderer renderer;
        PageListModel pages(&renderer);
        QAbstractItemModelTester pageTester(&pages, kMode);
        pages.setPages(DocumentCatalog(*m_store).pages(m_production));
        QCOMPARE(pages.rowCount(), 7);
        pages.setPages({});
        QCOMPARE(pages.rowCount(), 0);
    }

    // The Documents page's filter over its pages (a proxy of its own), as the user filters.
    void pageFilter()
    {
        QUndoStack undo;
        QAction importAction;
        DocumentsPage page(&undo, &importAction);
        QAbstractItemModelTester tester(page.pageModel(), kMode);
        const std::unique_ptr<OpenStore> open = OpenStore::over(*m_store);
        page.setStore(open.get());
        page.showDocument(m_production);
        QCOMPARE(page.pageModel()->rowCount(), 7);
        page.setStore(nullptr);
        QCOMPARE(page.pageModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
