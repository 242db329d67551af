// The main window offscreen: empty states, navigation, opening case files, the demo, and errors as dialogs.
#include "UserInput.h"
#include "AboutDialog.h"
#include "EmptyState.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SaveFileDialog.h"
#include "ShortcutsDialog.h"
#include "UserGuideDialog.h"
#include "models/ActivityLogModel.h"
#include "models/ClientListModel.h"
#include "dialogs/AgreementDialog.h"
#include "pages/AgreementsPage.h"
#include "pages/AuditPage.h"
#include "pages/DocumentsPage.h"
#include "pages/ClientsPage.h"
#include "pages/VaughnPage.h"
#include "pages/ResearchPage.h"
#include "pages/TablePage.h"
#include "domain/CaseRecords.h"
#include "domain/PageProblem.h"
#include "store/OpenStore.h"
#include "store/ActivityLog.h"
#include "store/CaseStore.h"
#include "store/PgConnection.h"
#include "store/ClientRecords.h"
#include "cases/CaseRecordsWriter.h"
#include "import/DemoCaseFile.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QCollator>
#include <QLineEdit>
#include <QAction>
#include <QApplication>
#include <QListView>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QToolBar>
#include <QWidgetAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace rebuttal;
using namespace rebuttal::test;

namespace {

// Changes the case file through a connection of its own, as damage or another program would.
bool execBehindTheApp(const QString &file, const QString &sql)
{
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("behind"));
        db.setDatabaseName(file);
        done = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("behind"));
    return done;
}

// `window` shown with a new case file `file`, `sql` run behind the app; File > Save a Copy (null
// when a step failed).
QAction *openForACopy(MainWindow &window, const QString &file, const QString &sql)
{
    window.show();
    if (!QTest::qWaitForWindowActive(&window) || !window.createCaseFile(file) || !execBehindTheApp(file, sql))
        return nullptr;
    return window.findChild<QAction *>(QStringLiteral("saveCopy"));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RebuttalTest"));
        QCoreApplication::setApplicationName(QStringLiteral("rebuttal-test"));
        QSettings().clear();
        QFile::remove(DemoCaseFile::defaultPath());
        MessageBox::setAutomatic(true);
    }

    void init() { MessageBox::clearRecordedMessages(); }

    void startsWithTheWelcomeState()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.store());
        QCOMPARE(window.windowTitle(), QStringLiteral("Rebuttal"));
        QVERIFY(!window.navigation()->isVisible()); // no case file, no pages
    }

    // A keyboard user on the welcome state starts on its first step, Tab moves down the steps and
    // Enter presses the one focused; after Close the keyboard is back on the welcome.
    void welcomeAnswersTheKeyboard()
    {
        QSettings().remove(QStringLiteral("recentFiles")); // no last case file to offer first
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *focused = qobject_cast<QPushButton *>(QApplication::focusWidget());
        QVERIFY(focused);
        QCOMPARE(focused->text(), QStringLiteral("New Case File"));
        for (int step = 0; step < 3; ++step)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        focused = qobject_cast<QPushButton *>(QApplication::focusWidget());
        QVERIFY(focused);
        QCOMPARE(focused->text(), QStringLiteral("Open Demo Case File"));
        QTest::keyClick(focused, Qt::Key_Return);
        QTRY_VERIFY(window.store());
        QTest::keySequence(&window, QKeySequence(QKeySequence::Close));
        QTRY_VERIFY(!window.store());
        focused = qobject_cast<QPushButton *>(QApplication::focusWidget());
        QVERIFY(focused);
        QCOMPARE(focused->text(), QStringLiteral("New Case File"));
    }

    void navigationSwitchesPages()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.createCaseFile(m_dir.filePath(QStringLiteral("nav.rebuttal"))));
        QVERIFY(window.navigation()->isVisible());
        QCOMPARE(window.navigation()->model()->rowCount(), int(MainWindow::PageCount));
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            const QModelIndex index = window.navigation()->model()->index(page, 0);
            QTest::mouseClick(window.navigation()->viewport(), Qt::LeftButton, {}, window.navigation()->visualRect(index).center());
            QCOMPARE(int(window.currentPage()), page);
            QVERIFY(window.pageWidget(MainWindow::Page(page))->isVisible());
        }
        // Keyboard: Ctrl+1 goes back to Clients.
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::ClientsPage);
        // A new case file: every list page explains itself instead of showing an empty table.
        QVERIFY(qobject_cast<ClientsPage *>(window.pageWidget(MainWindow::ClientsPage))->isShowingEmptyState());
        QVERIFY(qobject_cast<rebuttal::DocumentsPage *>(window.pageWidget(MainWindow::DocumentsPage))->isShowingEmptyState());
        QVERIFY(qobject_cast<rebuttal::VaughnPage *>(window.pageWidget(MainWindow::VaughnPage))->isShowingEmptyState());
        QVERIFY(qobject_cast<rebuttal::AuditPage *>(window.pageWidget(MainWindow::AuditPage))->isShowingEmptyState());
        QVERIFY(qobject_cast<rebuttal::ResearchPage *>(window.pageWidget(MainWindow::ResearchPage))->isShowingEmptyState());
        auto *activity = qobject_cast<TablePage *>(window.pageWidget(MainWindow::ActivityPage));
        QVERIFY(!activity->isShowingEmptyState()); // creation is logged
        QCOMPARE(activity->table()->model()->rowCount(), 1);
    }

    // A page chosen in the sidebar answers its commands' keys at once, the focus still in the
    // sidebar (Ctrl+F finds, Ctrl+Shift+F copies the FOIA requests); a key acting on the page's
    // selection (Delete) does nothing there: the user is not working in the page yet.
    void pageCommandsWorkFromTheSidebar()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo());
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QListView *sidebar = window.navigation();
        const auto choose = [&](MainWindow::Page page) {
            const QModelIndex index = sidebar->model()->index(page, 0);
            QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualRect(index).center());
            QCOMPARE(window.currentPage(), page);
            QVERIFY(sidebar->hasFocus());
        };

        choose(MainWindow::VaughnPage);
        QTest::keyClick(sidebar, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("entryFilter"));

        choose(MainWindow::AgreementsPage);
        auto *agreements = qobject_cast<AgreementsPage *>(window.pageWidget(MainWindow::AgreementsPage));
        QVERIFY(agreements && !agreements->requests().isEmpty());
        QApplication::clipboard()->clear();
        QTest::keyClick(sidebar, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), agreements->requests().join(QLatin1Char('\n')) + QLatin1Char('\n'));
        MessageBox::clearRecordedMessages();
        // The page's own New (the Clients page's New Client, in the Client menu, has the same key).
        QTest::keyClick(sidebar, Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
        AgreementDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = agreements->findChild<AgreementDialog *>()));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!agreements->findChild<AgreementDialog *>());
        // A window manager gives the window back its activation; the offscreen platform does not.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        choose(MainWindow::AgreementsPage);

        auto *table = agreements->findChild<QAbstractItemView *>();
        QVERIFY(table);
        const int rows = table->model()->rowCount();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(sidebar, Qt::Key_Delete);
        QCOMPARE(table->model()->rowCount(), rows);
        QCOMPARE(window.currentPage(), MainWindow::AgreementsPage);
    }

    // Every button of every page's toolbars says more on hover than its label does: what it acts
    // on, or its shortcut. Qt's default tooltip is the label itself.
    void everyToolbarButtonHasATooltip()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo());
        QStringList bare;
        int checked = 0;
        for (const QToolBar *bar : window.findChildren<QToolBar *>()) {
            for (QAction *action : bar->actions()) {
                if (action->isSeparator() || qobject_cast<QWidgetAction *>(action) || action->text().isEmpty())
                    continue;
                ++checked;
                const QString label = action->text().remove(QLatin1Char('&')).remove(QStringLiteral("...")).trimmed();
                if (action->toolTip().remove(QStringLiteral("...")).trimmed() == label)
                    bare << label;
            }
        }
        QVERIFY(checked >= 25);
        QVERIFY2(bare.isEmpty(), qPrintable(QStringLiteral("no tooltip: ") + bare.join(QStringLiteral(", "))));
    }

    // Alt+letter reaches every item of a menu in one key press, in English and in Spanish: no
    // two items of one menu (nor two menus of the bar) share an accelerator, which would make
    // the key only cycle between them.
    void menuAcceleratorsAreUnique_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("Spanish") << QStringLiteral(":/i18n/rebuttal_es.qm");
    }

    void menuAcceleratorsAreUnique()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(language));
            QCoreApplication::installTranslator(&translator);
        }
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo()); // the translator removes itself when the test ends
        const auto acceleratorOf = [](const QString &text) -> QChar {
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text.at(i) != QLatin1Char('&'))
                    continue;
                if (text.at(i + 1) != QLatin1Char('&'))
                    return text.at(i + 1).toLower();
                ++i; // "&&" is a literal ampersand
            }
            return {};
        };
        QStringList clashes;
        int menus = 0;
        const auto check = [&](const QString &where, const QList<QAction *> &actions) {
            QHash<QChar, QString> seen;
            for (const QAction *action : actions) {
                const QChar key = acceleratorOf(action->text());
                if (action->isSeparator() || !action->isVisible() || key.isNull())
                    continue;
                if (seen.contains(key))
                    clashes << QStringLiteral("%1: \"%2\" and \"%3\" share %4").arg(where, seen.value(key), action->text(), key);
                seen.insert(key, action->text());
            }
        };
        check(QStringLiteral("menu bar"), window.menuBar()->actions());
        QList<QMenu *> open;
        for (const QAction *action : window.menuBar()->actions())
            open << action->menu();
        while (!open.isEmpty()) {
            QMenu *menu = open.takeFirst();
            if (!menu)
                continue;
            ++menus;
            check(menu->title(), menu->actions());
            for (const QAction *action : menu->actions())
                open << action->menu();
        }
        QVERIFY(menus >= 4);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void demoOpensWithTheClientStories()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo());
        QVERIFY(window.store());
        QVERIFY(window.windowTitle().contains(QStringLiteral("demo.rebuttal")));
        clickPage(window, MainWindow::ClientsPage);
        auto *clients = qobject_cast<ClientsPage *>(window.pageWidget(MainWindow::ClientsPage));
        QVERIFY(!clients->isShowingEmptyState());
        QAbstractItemModel *model = clients->clientTable()->model();
        QTRY_VERIFY(model->rowCount() >= 8);
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, ClientListModel::Name).data().toString();
        QVERIFY2(names.join(QLatin1Char(' ')).contains(QStringLiteral("Maria")), qPrintable(names.join(QLatin1Char(','))));
        // The demo is created once and reused.
        const QDateTime created = QFileInfo(DemoCaseFile::defaultPath()).birthTime();
        window.closeCaseFile();
        QVERIFY(window.openDemo());
        QCOMPARE(QFileInfo(DemoCaseFile::defaultPath()).birthTime(), created);
        QTRY_COMPARE(model->rowCount(), ClientRecords(*window.store()).clientCount());
    }

    void storeErrorsBecomeDialogsNotCrashes()
    {
        MainWindow window;
        window.show();
        const QString bogus = m_dir.filePath(QStringLiteral("letter.rebuttal"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Dear counsel,");
        file.close();
        QVERIFY(!window.openCaseFile(bogus));
        QCOMPARE(MessageBox::recordedMessages().size(), 1);
        QVERIFY(MessageBox::recordedMessages().first().contains(QStringLiteral("letter.rebuttal")));
        QVERIFY(!window.store());
        QVERIFY(!window.openCaseFile(m_dir.filePath(QStringLiteral("gone.rebuttal"))));
        QVERIFY(!window.createCaseFile(bogus)); // never overwrites
        QCOMPARE(MessageBox::recordedMessages().size(), 3);
    }

    void importCaseRecordsFromTheGui()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.createCaseFile(m_dir.filePath(QStringLiteral("import.rebuttal"))));
        using Outcome = CaseRecordsImportResult::Outcome;
        QSignalSpy finished(&window, &MainWindow::caseRecordsImportFinished);
        window.importCaseRecords(QStringLiteral(REBUTTAL_SOURCE_DIR "/resources/demo/cases.json"));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).value<Outcome>(), Outcome::Imported);
        QVERIFY(!qobject_cast<ClientsPage *>(window.pageWidget(MainWindow::ClientsPage))->isShowingEmptyState());
        const QString bad = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"rebuttal.cases\", \"version\": 1, \"clients\": [");
        file.close();
        window.importCaseRecords(bad);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).value<Outcome>(), Outcome::Rejected);
        QVERIFY(MessageBox::recordedMessages().last().contains(QStringLiteral("broken.json")));
    }

    // An export the activity log cannot record is written, and the user is told which case file
    // missed it and why (the chain of custody must not have silent gaps).
    void unrecordedExportIsReported()
    {
        MainWindow window;
        window.show();
        const QString file = m_dir.filePath(QStringLiteral("unlogged.rebuttal"));
        QVERIFY(window.createCaseFile(file));
        QVERIFY(execBehindTheApp(file, QStringLiteral("CREATE TRIGGER refuse_log BEFORE INSERT ON activity_log "
                                                      "BEGIN SELECT RAISE(ABORT, 'the log is full'); END")));
        MessageBox::clearRecordedMessages();
        const QString exported = m_dir.filePath(QStringLiteral("unlogged.json"));
        QVERIFY(window.exportCaseRecords(exported));
        QVERIFY(QFile::exists(exported));
        QCOMPARE(MessageBox::recordedMessages().size(), 1);
        const QString message = MessageBox::recordedMessages().constLast();
        QVERIFY2(message.contains(QStringLiteral("unlogged.rebuttal")) && message.contains(QStringLiteral("the log is full")),
                 qPrintable(message));
    }

    // File > Verify Case File... reads the whole file off the GUI thread and says what it found.
    void verifyCaseFileFromTheMenu()
    {
        MainWindow window;
        window.show();
        const QString file = m_dir.filePath(QStringLiteral("verify.rebuttal"));
        QVERIFY(window.createCaseFile(file));
        auto *verify = window.findChild<QAction *>(QStringLiteral("verifyCaseFile"));
        QVERIFY(verify && verify->isEnabled());
        using Outcome = VerifyResult::Outcome;
        QSignalSpy finished(&window, &MainWindow::verifyFinished);
        clickMenuItem(&window, verify); // File > Verify Case File...
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).value<Outcome>(), Outcome::Sound);
        QVERIFY2(MessageBox::recordedMessages().last().contains(QStringLiteral("No damage found in verify.rebuttal")),
                 qPrintable(MessageBox::recordedMessages().join(QLatin1Char('\n'))));
        // Bytes that no longer match the SHA-256 recorded at import.
        QVERIFY(execBehindTheApp(file, QStringLiteral("INSERT INTO vaughn_indexes (id, file_name, sha256, size, imported_at, bytes) "
                                                      "VALUES (5, 'index.csv', 'abc', 5, '2026-01-01', CAST('hello' AS BLOB))")));
        clickMenuItem(&window, verify);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).value<Outcome>(), Outcome::Damaged);
        QVERIFY2(MessageBox::recordedMessages().last().contains(QStringLiteral("Vaughn index 5 (index.csv)")),
                 qPrintable(MessageBox::recordedMessages().last()));
    }

    // File > Save a Copy... (its shortcut, the save dialog's seam) copies the case file off the GUI
    // thread with StoreCopier and checks the copy table by table before it is in place.
    void saveACopyWithTheShortcut()
    {
        MainWindow window;
        const QString file = m_dir.filePath(QStringLiteral("original.rebuttal"));
        QAction *saveCopy = openForACopy(window, file, QStringLiteral("INSERT INTO clients (ref, name) VALUES ('C-1', 'Ana')"));
        QVERIFY(saveCopy && saveCopy->isEnabled() && !saveCopy->shortcut().isEmpty());
        QSignalSpy finished(&window, &MainWindow::saveCopyFinished);
        const QString copy = m_dir.filePath(QStringLiteral("saved copy"));
        SaveFileDialog::setAutomatic(true, copy);
        QTest::keySequence(&window, saveCopy->shortcut());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).value<CopyReport::Outcome>(), CopyReport::Outcome::Copied);
        QVERIFY(SaveFileDialog::recordedCaptions().contains(QStringLiteral("Save a Copy")));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("saved copy.rebuttal")),
                 qPrintable(window.statusBar()->currentMessage()));
        {
            StoreError error;
            std::unique_ptr<CaseStore> saved = CaseStore::openReadOnly(copy + QStringLiteral(".rebuttal"), &error);
            QVERIFY2(saved, qPrintable(error.message));
            QVERIFY(ClientRecords(*saved).client(QStringLiteral("C-1")).has_value());
            QCOMPARE(saved->activity().entries().last().action, QStringLiteral("store.copy"));
        }
        // Never onto the open case file itself: refused, saying why, and the file is untouched.
        SaveFileDialog::setAutomatic(true, file);
        QTest::keySequence(&window, saveCopy->shortcut());
        // The refusal may come before the spy waits.
        QVERIFY(finished.count() > 1 || finished.wait(60000));
        SaveFileDialog::setAutomatic(false);
        QCOMPARE(finished.last().at(0).value<CopyReport::Outcome>(), CopyReport::Outcome::Refused);
        QVERIFY2(MessageBox::recordedMessages().last().contains(QStringLiteral("original.rebuttal")),
                 qPrintable(MessageBox::recordedMessages().last()));
        StoreError error;
        std::unique_ptr<CaseStore> original = CaseStore::openReadOnly(file, &error);
        QVERIFY2(original, qPrintable(error.message));
        QVERIFY(ClientRecords(*original).client(QStringLiteral("C-1")).has_value());
    }

    // Cancel on Save a Copy's progress dialog: the copy stops and leaves no file behind.
    void cancelSavingACopy()
    {
        MainWindow window;
        QAction *saveCopy = openForACopy(window, m_dir.filePath(QStringLiteral("long.rebuttal")),
                                         QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000)"
                                                        " INSERT INTO activity_log (at, user, action, detail)"
                                                        " SELECT '2026-01-01T00:00:00.000Z', 'someone', 'test', 'entry ' || i FROM n"));
        QVERIFY(saveCopy);
        QSignalSpy finished(&window, &MainWindow::saveCopyFinished);
        const QString copy = m_dir.filePath(QStringLiteral("never saved.rebuttal"));
        SaveFileDialog::setAutomatic(true, copy);
        QTest::keySequence(&window, saveCopy->shortcut());
        SaveFileDialog::setAutomatic(false);
        QProgressDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<QProgressDialog *>()) && dialog->isVisible(), 20000);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Save a Copy"));
        auto *cancel = dialog->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).value<CopyReport::Outcome>(), CopyReport::Outcome::Cancelled);
        QVERIFY(!QFileInfo::exists(copy));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.partial*")}, QDir::Hidden | QDir::Files), QStringList());
    }

    void layoutAndRecentFilesAreRemembered()
    {
        const QString path = m_dir.filePath(QStringLiteral("recent.rebuttal"));
        {
            MainWindow window;
            window.show();
            QVERIFY(window.createCaseFile(path));
            clickPage(window, MainWindow::AuditPage);
            window.resize(900, 640);
            window.close();
        }
        QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().first(), QFileInfo(path).absoluteFilePath());
        MainWindow again;
        QCOMPARE(again.currentPage(), MainWindow::AuditPage);
        QCOMPARE(again.size(), QSize(900, 640));
        // The welcome offers the last case file first, and Enter opens it.
        again.show();
        QVERIFY(QTest::qWaitForWindowActive(&again));
        auto *focused = qobject_cast<QPushButton *>(QApplication::focusWidget());
        QVERIFY(focused);
        QCOMPARE(focused->text(), QStringLiteral("Open recent.rebuttal"));
        QTest::keyClick(focused, Qt::Key_Return);
        QTRY_VERIFY(again.store());
        QCOMPARE(QFileInfo(again.store()->filePath()).fileName(), QStringLiteral("recent.rebuttal"));
    }

    // Help > Keyboard Shortcuts lists the window's actions as they are, and Help > User Guide
    // shows the guide in the interface's language.
    void helpListsShortcutsAndShowsTheGuide()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo());
        ShortcutsDialog shortcuts(&window);
        QStringList rows;
        for (int row = 0; row < shortcuts.model()->rowCount(); ++row) {
            rows << QStringLiteral("%1|%2|%3").arg(shortcuts.model()->item(row, 0)->text(), shortcuts.model()->item(row, 1)->text(),
                                                   shortcuts.model()->item(row, 2)->text());
        }
        const QString all = rows.join(QLatin1Char('\n'));
        for (const QString &expected : {QStringLiteral("Export Summary|Ctrl+E|File menu"), QStringLiteral("New Client|Ctrl+Alt+N|Client menu"),
                                         QStringLiteral("Show Research|Ctrl+6|Anywhere"), QStringLiteral("Import Vaughn Index|Ctrl+Shift+V|File menu"),
                                         QStringLiteral("Delete Agreement|Del|Agreements page"),
                                         QStringLiteral("Copy FOIA Requests|Ctrl+Shift+F|Agreements page")})
            QVERIFY2(all.contains(expected), qPrintable(expected + QStringLiteral(" not in\n") + all));
        // Every action of the window that has a shortcut is listed.
        int withShortcut = 0;
        for (const QAction *action : window.findChildren<QAction *>())
            withShortcut += !action->shortcuts().isEmpty() && !action->text().isEmpty() ? 1 : 0;
        QVERIFY(shortcuts.model()->rowCount() >= 20);
        QVERIFY(shortcuts.model()->rowCount() <= withShortcut);
        // As the dialog opens: grouped by place, each place's actions A to Z.
        const QAbstractItemModel *shown = shortcuts.table()->model();
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        for (int row = 1; row < shown->rowCount(); ++row) {
            const QString place = shown->index(row, 2).data().toString(), before = shown->index(row - 1, 2).data().toString();
            const QString action = shown->index(row, 0).data().toString(), previous = shown->index(row - 1, 0).data().toString();
            QVERIFY2(collator.compare(before, place) < 0 || (before == place && collator.compare(previous, action) <= 0),
                     qPrintable(previous + QStringLiteral(" before ") + action));
        }

        // About says when Rebuttal uses the network, and names the libraries it ships with.
        AboutDialog about(&window);
        QVERIFY(about.text().contains(QStringLiteral("PostgreSQL server")));
        QVERIFY(about.text().contains(QStringLiteral("libpq ") + PgConnection::clientLibraryVersion()));
        QVERIFY(PgConnection::clientLibraryVersion().contains(QRegularExpression(QStringLiteral("^\\d+\\.\\d+$"))));

        UserGuideDialog guide(&window);
        QVERIFY(guide.browser()->toPlainText().contains(QStringLiteral("FOIA production")));
        QVERIFY(guide.browser()->toPlainText().contains(QStringLiteral("Export Summary")));
        QCOMPARE(UserGuideDialog::guidePath(QLocale(QLocale::Spanish, QLocale::Mexico)), QStringLiteral(":/guide/user-guide.es.html"));
        QFile spanish(UserGuideDialog::guidePath(QLocale(QLocale::Spanish)));
        QVERIFY(spanish.open(QIODevice::ReadOnly));
        const QString spanishGuide = QString::fromUtf8(spanish.readAll());
        QVERIFY(spanishGuide.contains(QStringLiteral("Exportar resumen")));

        // The guide's page shortcuts ("the <b>Research</b> page (Ctrl+6)") are the sidebar's, in
        // both languages.
        QFile english(UserGuideDialog::guidePath(QLocale(QLocale::English)));
        QVERIFY(english.open(QIODevice::ReadOnly));
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/rebuttal_es.qm")));
        const QRegularExpression pageShortcut(QStringLiteral("<b>([^<]+)</b>(?: page| log)?\\s*\\(Ctrl\\+(\\d)\\)"));
        const QAbstractItemModel *sidebar = window.navigation()->model();
        int checked = 0;
        for (const auto &[text, inSpanish] : {std::pair{QString::fromUtf8(english.readAll()), false}, std::pair{spanishGuide, true}}) {
            for (const QRegularExpressionMatch &match : pageShortcut.globalMatch(text)) {
                const QString name = sidebar->index(match.captured(2).toInt() - 1, 0).data().toString();
                const QString expected = inSpanish ? translator.translate("rebuttal::MainWindow", name.toUtf8().constData()) : name;
                QVERIFY2(match.captured(1).compare(expected, Qt::CaseInsensitive) == 0, qPrintable(match.captured(0) + QStringLiteral(" is ") + expected));
                ++checked;
            }
        }
        QVERIFY(checked >= 8);
    }

    void clientModelFetchesLazily()
    {
        StoreError error;
        std::unique_ptr<CaseStore> store = CaseStore::create(m_dir.filePath(QStringLiteral("lazy.rebuttal")), &error);
        QVERIFY(store);
        CaseRecords records;
        for (int i = 0; i < ClientListModel::BatchSize + 44; ++i) {
            Client client;
            client.ref = QStringLiteral("C-%1").arg(i, 4, 10, QLatin1Char('0'));
            client.name = QStringLiteral("Client %1").arg(i);
            records.clients << client;
        }
        QVERIFY(!ClientRecords(*store).importRecords(records, ActivityDetail("bulk.json")).isError());

        ClientListModel model;
        const std::unique_ptr<OpenStore> open = OpenStore::over(*store);
        model.setStore(open.get());
        QCOMPARE(model.totalCount(), ClientListModel::BatchSize + 44);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), ClientListModel::BatchSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), ClientListModel::BatchSize + 44);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(0, ClientListModel::Ref).data().toString(), QStringLiteral("C-0000"));
        // Qt 6.4's tester fetches more from inside its modelReset slot, so it is attached to a loaded model.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    // What the app writes to the log is kept as sentences to translate when shown (the demo's
    // import of case records and agreements, an agreement edit and its undo): none stays in the
    // language of whoever wrote it.
    void everyLogEntryIsStoredForTranslation()
    {
        MainWindow window;
        QVERIFY(window.openDemo());
        const QList<ActivityEntry> entries = window.store()->activity().entries();
        QVERIFY(entries.size() >= 2);
        for (const ActivityEntry &entry : entries)
            QVERIFY2(ActivityDetail::fromStored(entry.detail), qPrintable(entry.action + QStringLiteral(": ") + entry.detail));
        QTranslator spanish;
        QVERIFY(spanish.load(QStringLiteral(":/i18n/rebuttal_es.qm")));
        QCoreApplication::installTranslator(&spanish);
        for (const ActivityEntry &entry : entries) {
            const QString shown = ActivityDetail::display(entry.detail);
            QVERIFY2(!shown.contains(QStringLiteral(" file ")) && !shown.contains(QStringLiteral("Imported")), qPrintable(shown));
        }
        QCoreApplication::removeTranslator(&spanish);
    }

    void activityModelPassesTheTester()
    {
        StoreError error;
        std::unique_ptr<CaseStore> store = CaseStore::create(m_dir.filePath(QStringLiteral("model.rebuttal")), &error);
        QVERIFY(store);
        ActivityLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const std::unique_ptr<OpenStore> open = OpenStore::over(*store);
        model.setStore(open.get());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ActivityLogModel::Action).data().toString(), QStringLiteral("Case file created"));
        // To the second, with the offset from UTC: no "12/2/26 4:34 AM".
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC([+-]\\d{2}:\\d{2})?$"))
                     .match(model.index(0, ActivityLogModel::When).data().toString())
                     .hasMatch(),
                 qPrintable(model.index(0, ActivityLogModel::When).data().toString()));

        // Details are sentences in the reader's language, rendered when shown.
        QCOMPARE(model.index(0, ActivityLogModel::Detail).data().toString(), QStringLiteral("Created the case file"));
        QTranslator spanish;
        QVERIFY(spanish.load(QStringLiteral(":/i18n/rebuttal_es.qm")));
        QCoreApplication::installTranslator(&spanish);
        model.refresh();
        QCOMPARE(model.index(0, ActivityLogModel::Detail).data().toString(), QStringLiteral("Se creó el expediente"));
        // The English sentence (the CLI's) whatever the interface speaks, with its plural forms.
        const ActivityDetail one = CaseRecordsWriter::logDetail(1, false, QByteArray("a"));
        const QString sha = QStringLiteral("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb");
        QCOMPARE(one.englishText(), QStringLiteral("Exported 1 client as JSON, SHA-256 ") + sha);
        QCOMPARE(ActivityDetail::english(CaseRecordsWriter::logDetail(3, true, QByteArray("a")).toStored()),
                 QStringLiteral("Exported 3 clients as CSV, SHA-256 ") + sha);
        QCOMPARE(one.text(), QStringLiteral("Exportado 1 cliente como JSON, SHA-256 ") + sha);
        // A sentence within a sentence is translated too.
        const ActivityDetail nested = ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "%1: %2"))
                                          .arg(ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Add Client")))
                                          .arg(QStringLiteral("C-001"));
        QCOMPARE(ActivityDetail::display(nested.toStored()), QStringLiteral("Agregar cliente: C-001"));
        QCOMPARE(ActivityDetail::english(nested.toStored()), QStringLiteral("Add Client: C-001"));
        // Entries written as plain sentences (before) read as they were written.
        QVERIFY(!store->activity().appendAsWritten(QStringLiteral("legacy"), QStringLiteral("{Plain} sentence")).isError());
        model.refresh();
        QCOMPARE(model.index(1, ActivityLogModel::Detail).data().toString(), QStringLiteral("{Plain} sentence"));
        // A title translated in its own class's context, nested in a log sentence.
        const ActivityDetail chart = ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Exported the chart \"%1\" to %2"))
                                         .arg(ActivityDetail::inContext("rebuttal::ResearchCharts", "Days detained per client, by source"))
                                         .arg(QStringLiteral("chart.png"));
        QCOMPARE(ActivityDetail::english(chart.toStored()), QStringLiteral("Exported the chart \"Days detained per client, by source\" to chart.png"));
        QVERIFY2(!ActivityDetail::display(chart.toStored()).contains(QStringLiteral("Days detained")), qPrintable(ActivityDetail::display(chart.toStored())));
        // Why a page was not analysed: a code in the case file, a sentence in the reader's language;
        // a reason stored as an English sentence before stays readable.
        const QString timeout = PageProblem::stored(PageProblem::Kind::ReaderTimedOut, QStringLiteral("30"));
        QCOMPARE(PageProblem::english(timeout), QStringLiteral("the PDF reader took longer than 30 s on it"));
        QCOMPARE(PageProblem::text(timeout), QStringLiteral("el lector de PDF tardó más de 30 s en ella"));
        QCOMPARE(PageProblem::text(QStringLiteral("the page could not be rendered")), QStringLiteral("the page could not be rendered"));
        QCOMPARE(PageProblem::text(PageProblem::stored(PageProblem::Kind::NotRendered)), QStringLiteral("la página no se pudo dibujar"));
        QCoreApplication::removeTranslator(&spanish);
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
