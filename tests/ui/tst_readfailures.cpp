// A page whose read of the case file fails says so: which case file and why, in place of an empty
// list that would pass for a case file with nothing in it. The case file is damaged behind the app
// (a table that lost its columns: it opens, and the page's first read fails).
#include "MainWindow.h"
#include "MessageBox.h"
#include "ReadFailureState.h"
#include "../core/StoreFiles.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rebuttal;
using namespace rebuttal::test;

Q_DECLARE_METATYPE(rebuttal::MainWindow::Page)

namespace {

// The read failure `page` shows, or nothing when it shows none.
QString shownFailure(QWidget *page)
{
    for (const ReadFailureState *failure : page->findChildren<ReadFailureState *>()) {
        if (failure->isVisibleTo(page))
            return failure->failure();
    }
    return {};
}

} // namespace

class TestReadFailures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RebuttalTest"));
        QCoreApplication::setApplicationName(QStringLiteral("rebuttal-test"));
        QSettings().clear();
        MessageBox::setAutomatic(true);
    }

    void pageShowsWhyItsReadFailed_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<MainWindow::Page>("page");
        QTest::newRow("documents") << QStringLiteral("documents") << MainWindow::DocumentsPage;
        QTest::newRow("clients") << QStringLiteral("clients") << MainWindow::ClientsPage;
        QTest::newRow("vaughn indexes") << QStringLiteral("vaughn_indexes") << MainWindow::VaughnPage;
        QTest::newRow("audit") << QStringLiteral("vaughn_indexes") << MainWindow::AuditPage;
        QTest::newRow("agreements") << QStringLiteral("agreements") << MainWindow::AgreementsPage;
        QTest::newRow("activity log") << QStringLiteral("activity_log") << MainWindow::ActivityPage;
        QTest::newRow("research figures") << QStringLiteral("allegations") << MainWindow::ResearchPage;
        QTest::newRow("research flags") << QStringLiteral("agreements") << MainWindow::ResearchPage;
    }

    void pageShowsWhyItsReadFailed()
    {
        QFETCH(QString, table);
        QFETCH(MainWindow::Page, page);
        const QString file = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))
                                            + QStringLiteral(".rebuttal"));
        {
            MainWindow creator;
            QVERIFY(creator.createCaseFile(file));
            // Sound, the page reads the case file and has nothing to show: no failure.
            QVERIFY(shownFailure(creator.pageWidget(page)).isEmpty());
            creator.closeCaseFile();
        }
        QVERIFY(hollowOut(file, table));

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCaseFile(file));
        window.showPage(page);
        const QString failure = shownFailure(window.pageWidget(page));
        QVERIFY2(failure.startsWith(QFileInfo(file).fileName() + QStringLiteral(" could not be read: ")), qPrintable(failure));
        QVERIFY2(failure.contains(QStringLiteral("no such column")), qPrintable(failure));
    }
};

QTEST_MAIN(TestReadFailures)
#include "tst_readfailures.moc"
