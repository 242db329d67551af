// Every window and dialog on a 1366x768 laptop screen, in English and Spanish: each fits the
// screen's available area and its buttons lie on the screen. The offscreen platform is given a
// 1366x768 screen (its configfile option) before the application starts.
#include "AboutDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PreferencesDialog.h"
#include "ShortcutsDialog.h"
#include "SummaryPreviewDialog.h"
#include "UserGuideDialog.h"
#include "dialogs/AllegationDialog.h"
#include "dialogs/ClientDialog.h"
#include "dialogs/EventDialog.h"
#include "models/ClientListModel.h"
#include "charts/ResearchCharts.h"
#include "pages/ClientsPage.h"
#include "pages/ResearchPage.h"
#include "store/CaseStore.h"
#include "store/ClientRecords.h"
#include "import/DemoCaseFile.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QScreen>
#include <QStyle>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace rebuttal;

namespace {

bool insideScrollArea(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *w = widget->parentWidget(); w && w != window; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(w))
            return true;
    }
    return false;
}

// The window lies within the screen's available area, and so does every button shown outside
// a scroll area (what scrolls can be scrolled to).
void checkFits(QWidget *window, const QString &what, bool hasButtons = true)
{
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QRect screen = window->screen()->availableGeometry();
    QCOMPARE(screen.size(), QSize(1366, 768));
    QVERIFY2(screen.contains(window->frameGeometry()),
             qPrintable(QStringLiteral("%1: window %2x%3+%4+%5 is off the screen")
                            .arg(what)
                            .arg(window->frameGeometry().width())
                            .arg(window->frameGeometry().height())
                            .arg(window->frameGeometry().x())
                            .arg(window->frameGeometry().y())));
    int buttons = 0;
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(window) || insideScrollArea(button, window))
            continue;
        ++buttons;
        const QRect global(button->mapToGlobal(QPoint(0, 0)), button->size());
        QVERIFY2(screen.contains(global), qPrintable(QStringLiteral("%1: button \"%2\" at %3,%4 is off the screen")
                                                         .arg(what, button->text())
                                                         .arg(global.x())
                                                         .arg(global.y())));
    }
    QVERIFY2(!hasButtons || buttons > 0, qPrintable(what));
}

// A client whose event dialog is long: many allegations to tick.
Client manyAllegations()
{
    Client client;
    client.ref = QStringLiteral("C-900");
    client.name = QStringLiteral("Long Record");
    for (int i = 1; i <= 30; ++i) {
        Allegation a;
        a.ref = QStringLiteral("AL%1").arg(i);
        a.source = AllegationSource::Chis;
        a.kind = AllegationKind::GangAffiliation;
        a.origin = QStringLiteral("Policía Nacional Civil de El Salvador, División Antipandillas");
        client.allegations << a;
    }
    return client;
}

} // namespace

class TestScreenFit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTranslator m_spanish;

    void language(const QString &language)
    {
        QCoreApplication::removeTranslator(&m_spanish);
        if (language == QLatin1String("es")) {
            QVERIFY(m_spanish.load(QStringLiteral(":/i18n/rebuttal_es.qm")));
            QCoreApplication::installTranslator(&m_spanish);
            QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::UnitedStates));
        } else {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RebuttalScreenTest"));
        QCoreApplication::setApplicationName(QStringLiteral("rebuttal-test"));
        QSettings().clear();
        QFile::remove(DemoCaseFile::defaultPath());
        MessageBox::setAutomatic(true);
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(1366, 768));
    }

    void cleanup() { language(QStringLiteral("en")); }

    void everyPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Spanish") << QStringLiteral("es");
    }

    void everyPage()
    {
        QFETCH(QString, language);
        this->language(language);
        QSettings().remove(QStringLiteral("MainWindow")); // a first run: the window sizes itself
        MainWindow window;
        QVERIFY(window.openDemo());
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            window.showPage(MainWindow::Page(page));
            // The activity log is a table and its filter, no buttons.
            checkFits(&window, QStringLiteral("page %1 (%2)").arg(page).arg(language), page != MainWindow::ActivityPage);
        }
        // The client list names every client in full, with no sideways scrolling.
        window.showPage(MainWindow::ClientsPage);
        QTableView *clients = window.clientsPage()->clientTable();
        QApplication::processEvents();
        QVERIFY(!clients->horizontalScrollBar()->isVisible());
        const int nameWidth = clients->columnWidth(ClientListModel::Name);
        for (int row = 0; row < clients->model()->rowCount(); ++row) {
            const QString name = clients->model()->index(row, ClientListModel::Name).data().toString();
            QVERIFY2(clients->fontMetrics().horizontalAdvance(name) + 8 <= nameWidth,
                     qPrintable(QStringLiteral("%1 is cut at %2 px").arg(name).arg(nameWidth)));
        }
        auto *tabs = window.clientsPage()->findChild<QTabWidget *>();
        for (QTableView *table : {window.clientsPage()->allegationTable(), window.clientsPage()->eventTable()}) {
            tabs->setCurrentWidget(table);
            QApplication::processEvents();
            QVERIFY2(!table->horizontalScrollBar()->isVisible(), qPrintable(table->objectName()));
        }
    }

    // The Research page's figures, every label whole, with no sideways scrolling.
    void researchTables_data() { everyPage_data(); }

    void researchTables()
    {
        QFETCH(QString, language);
        this->language(language);
        MainWindow window;
        QVERIFY(window.openDemo());
        window.show();
        window.showPage(MainWindow::ResearchPage);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const ResearchCharts::Kind kind : ResearchCharts::kinds()) {
            window.researchPage()->showChart(kind);
            QApplication::processEvents();
            QTableView *table = window.researchPage()->tableOf(kind);
            QVERIFY2(!table->horizontalScrollBar()->isVisible(), qPrintable(ResearchCharts::nameOf(kind)));
            // What a label needs, as the item delegate measures text: its width and the focus frame.
            const int frame = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                const QString label = table->model()->index(row, 0).data().toString();
                QVERIFY2(table->fontMetrics().horizontalAdvance(label) + frame <= table->columnWidth(0), qPrintable(label));
            }
        }
    }

    void everyDialog_data() { everyPage_data(); }

    void everyDialog()
    {
        QFETCH(QString, language);
        this->language(language);
        MainWindow window;
        QVERIFY(window.openDemo());
        window.show();
        const Client longRecord = manyAllegations();
        {
            ClientDialog dialog(Client{}, &window);
            checkFits(&dialog, QStringLiteral("client dialog"));
        }
        {
            AllegationDialog dialog(longRecord.allegations.first(), {}, &window);
            checkFits(&dialog, QStringLiteral("allegation dialog"));
        }
        {
            CaseEvent event;
            event.ref = QStringLiteral("E1");
            EventDialog dialog(event, longRecord.allegations, {}, {}, &window);
            checkFits(&dialog, QStringLiteral("event dialog with 30 allegations"));
        }
        {
            PreferencesDialog dialog(&window);
            checkFits(&dialog, QStringLiteral("preferences"));
        }
        {
            AboutDialog dialog(&window);
            checkFits(&dialog, QStringLiteral("about"));
        }
        {
            ShortcutsDialog dialog(&window, &window);
            checkFits(&dialog, QStringLiteral("keyboard shortcuts"));
        }
        {
            UserGuideDialog dialog(&window);
            checkFits(&dialog, QStringLiteral("user guide"));
        }
        {
            const std::optional<Client> client = ClientRecords(*window.store()).client(QStringLiteral("C-001"));
            QVERIFY(client);
            SummaryPreviewDialog dialog(window.store()->filePath(), *client, SummaryOptions{}, &window);
            QSignalSpy ready(&dialog, &SummaryPreviewDialog::ready);
            checkFits(&dialog, QStringLiteral("summary preview"));
            QVERIFY(ready.count() > 0 || ready.wait(120000));
            QVERIFY(dialog.pageCount() > 0);
            checkFits(&dialog, QStringLiteral("summary preview, made"));
        }
    }
};

int main(int argc, char *argv[])
{
    // A 1366x768 screen, as on the laptops attorneys carry to hearings.
    QTemporaryDir config;
    const QString path = config.filePath(QStringLiteral("screen.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"synchronousWindowSystemEvents": false, "windowFrameMargins": true,
                   "screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + path.toLocal8Bit());
    QApplication app(argc, argv);
    TestScreenFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenfit.moc"
