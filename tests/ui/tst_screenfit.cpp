// Every window and dialog on a 1366x768 laptop screen, in English and Spanish: each fits the
// screen's available area and its buttons lie on the screen. The offscreen platform is given a
// 1366x768 screen (its configfile option) before the application starts. With REBUTTAL_SHOTS=DIR
// (and REBUTTAL_SCREEN=WIDTHxHEIGHT for another screen) each window checked is also saved as a PNG
// there, for scripts/screenshot-matrix.sh.
#include "../core/ProductionFixture.h"
#include "../core/AuditFixture.h"
#include "../core/VaughnFixture.h"
#include "UserInput.h"
#include "AboutDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PreferencesDialog.h"
#include "ShortcutsDialog.h"
#include "SummaryPreviewDialog.h"
#include "UserGuideDialog.h"
#include "SaveFileDialog.h"
#include "dialogs/AgreementDialog.h"
#include "dialogs/AllegationDialog.h"
#include "dialogs/CiteEventDialog.h"
#include "dialogs/ExemptionDialog.h"
#include "dialogs/ServerConnectDialog.h"
#include "dialogs/ClientDialog.h"
#include "dialogs/EventDialog.h"
#include "models/ClientListModel.h"
#include "charts/ResearchCharts.h"
#include "pages/ClientsPage.h"
#include "pages/ResearchPage.h"
#include "store/CaseStore.h"
#include "store/AgreementRegistry.h"
#include "store/ClientRecords.h"
#include "import/DemoCaseFile.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QDeadlineTimer>
#include <QPointer>
#include <QWindow>
#include <QProgressDialog>
#include <QTimer>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
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
#include <QRegularExpression>
#include <QComboBox>
#include <QLineEdit>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QLibraryInfo>
#include <QTranslator>

#include <algorithm>

using namespace rebuttal;
using namespace rebuttal::test;

namespace {

bool insideScrollArea(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *w = widget->parentWidget(); w && w != window; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(w))
            return true;
    }
    return false;
}

// The screen the test runs on: 1366x768 unless REBUTTAL_SCREEN says otherwise (for screenshots).
QSize screenSize()
{
    const QList<QByteArray> parts = qgetenv("REBUTTAL_SCREEN").split('x');
    if (parts.size() == 2 && parts[0].toInt() > 0 && parts[1].toInt() > 0)
        return QSize(parts[0].toInt(), parts[1].toInt());
    return QSize(1366, 768);
}

// With REBUTTAL_SHOTS set, saves what the window shows as DIR/WHAT.png.
void saveShot(QWidget *window, const QString &what)
{
    const QString dir = qEnvironmentVariable("REBUTTAL_SHOTS");
    if (dir.isEmpty())
        return;
    QString name = what;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
    window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// Why the window does not fit the screen (the window itself, or a button shown outside a scroll
// area, since what scrolls can be scrolled to); empty when it fits.
QString fitProblem(QWidget *window, const QString &what, bool hasButtons = true)
{
    const QRect screen = window->screen()->availableGeometry();
    if (screen.size() != screenSize())
        return QStringLiteral("%1: the screen is %2x%3").arg(what).arg(screen.width()).arg(screen.height());
    const QRect frame = window->frameGeometry();
    if (!screen.contains(frame))
        return QStringLiteral("%1: window %2x%3+%4+%5 is off the screen")
            .arg(what)
            .arg(frame.width())
            .arg(frame.height())
            .arg(frame.x())
            .arg(frame.y());
    int buttons = 0;
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(window) || insideScrollArea(button, window))
            continue;
        ++buttons;
        const QRect global(button->mapToGlobal(QPoint(0, 0)), button->size());
        if (!screen.contains(global))
            return QStringLiteral("%1: button \"%2\" at %3,%4 is off the screen").arg(what, button->text()).arg(global.x()).arg(global.y());
    }
    if (hasButtons && buttons == 0)
        return QStringLiteral("%1: no button shows").arg(what);
    return {};
}

// The first field whose hint (its placeholder text, "YYYY-MM-DD, YYYY-MM or YYYY") is cut
// short; empty when every hint shows whole.
QString cutPlaceholder(QWidget *window, const QString &what)
{
    for (const QLineEdit *edit : window->findChildren<QLineEdit *>()) {
        if (!edit->isVisibleTo(window) || edit->placeholderText().isEmpty() || !edit->text().isEmpty())
            continue;
        // The room for text, as QLineEdit lays it out: its contents less the frame and margins.
        QStyleOptionFrame option;
        option.initFrom(edit);
        option.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
        const QRect room = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit)
                               .marginsRemoved(edit->textMargins());
        if (edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 4 > room.width())
            return QStringLiteral("%1: the hint \"%2\" is cut at %3 px").arg(what, edit->placeholderText()).arg(room.width());
    }
    return {};
}

void checkFits(QWidget *window, const QString &what, bool hasButtons = true)
{
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    saveShot(window, what);
    const QString problem = fitProblem(window, what, hasButtons);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString cut = cutPlaceholder(window, what);
    QVERIFY2(cut.isEmpty(), qPrintable(cut));
}

// Checks the next modal dialog the app opens (a message box, a file dialog, a progress dialog),
// then closes it with Escape as a user would. Start it before what opens the dialog.
class ModalCheck : public QObject
{
public:
    explicit ModalCheck(const QString &what)
        : m_what(what)
    {
        m_poll.setInterval(20);
        connect(&m_poll, &QTimer::timeout, this, &ModalCheck::poll);
        m_poll.start();
    }

    // What was wrong (empty: it fitted), once a dialog was seen.
    bool seen() const { return m_seen; }
    QString problem() const { return m_problem; }
    QString title() const { return m_title; }

private:
    void poll()
    {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || !dialog->isVisible())
            return;
        m_poll.stop();
        m_seen = true;
        m_title = dialog->windowTitle();
        if (!QTest::qWaitForWindowExposed(dialog))
            m_problem = m_what + QStringLiteral(": never shown");
        else
            m_problem = fitProblem(dialog, m_what);
        saveShot(dialog, m_what);
        QTest::keyClick(dialog, Qt::Key_Escape);
    }

    QString m_what;
    QTimer m_poll;
    bool m_seen = false;
    QString m_problem;
    QString m_title;
};

void showDemo(MainWindow &window)
{
    QVERIFY(window.openDemo());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
}

QAction *actionNamed(QWidget *window, const char *text)
{
    const QString translated = QCoreApplication::translate("rebuttal::MainWindow", text);
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text() == translated)
            return action;
    }
    return nullptr;
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
    QTranslator m_qtSpanish;

    void language(const QString &language)
    {
        QCoreApplication::removeTranslator(&m_spanish);
        QCoreApplication::removeTranslator(&m_qtSpanish);
        if (language == QLatin1String("es")) {
            QVERIFY(m_spanish.load(QStringLiteral(":/i18n/rebuttal_es.qm")));
            QCoreApplication::installTranslator(&m_spanish);
            // Qt's own buttons and file dialogs as the app shows them (Translations::install),
            // when the system has Qt's Spanish catalogue.
            if (m_qtSpanish.load(QStringLiteral("qtbase_es"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&m_qtSpanish);
            QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::UnitedStates));
        } else {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
    }

    // The demo case file's Research page.
    static void showResearch(MainWindow &window)
    {
        QVERIFY(window.openDemo());
        window.show();
        window.showPage(MainWindow::ResearchPage);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
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
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), screenSize());
    }

    void cleanup()
    {
        language(QStringLiteral("en"));
        // A test that failed half-way leaves no real box to wait for in the next.
        MessageBox::setAutomatic(true);
        SaveFileDialog::setAutomatic(false);
    }

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
        // A production with a long name and a Vaughn index, so that the Documents, Vaughn and Audit
        // tables have rows to fit (once: the demo case file is kept between rows of this test).
        if (language == QLatin1String("en")) {
            const QString pdf = m_dir.filePath(QStringLiteral("fda-cber-moderna-mod3937-excerpt-production.pdf"));
            writeStandardProduction(pdf, 2);
            QSignalSpy imported(&window, &MainWindow::importFinished);
            window.importProduction(pdf);
            QVERIFY(imported.count() > 0 || imported.wait(120000));
            const QString csv = m_dir.filePath(QStringLiteral("index.csv"));
            QVERIFY(writeText(csv, auditIndexCsv()));
            QSignalSpy vaughn(&window, &MainWindow::vaughnImportFinished);
            window.importVaughnIndex(csv);
            QVERIFY(vaughn.count() > 0 || vaughn.wait(120000));
        }
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            window.showPage(MainWindow::Page(page));
            // The activity log is a table and its filter, the Vaughn page (an index imported) its
            // table and filters: no buttons.
            checkFits(&window, QStringLiteral("page %1 (%2)").arg(page).arg(language),
                      page != MainWindow::ActivityPage && page != MainWindow::VaughnPage);
            // Nothing on the page needs sideways scrolling: every table shown fits its pane.
            QApplication::processEvents();
            for (const QTableView *table : window.findChildren<QTableView *>()) {
                if (table->isVisibleTo(&window) && table->window() == &window)
                    QVERIFY2(!table->horizontalScrollBar()->isVisible(),
                             qPrintable(QStringLiteral("page %1 (%2): table %3 scrolls sideways at %4 px")
                                            .arg(page)
                                            .arg(language, table->objectName().isEmpty() ? QString::fromLatin1(table->metaObject()->className()) : table->objectName())
                                            .arg(table->viewport()->width())));
            }
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
            tabs->setCurrentWidget(table == window.clientsPage()->eventTable() ? window.clientsPage()->eventTab()
                                                                                : window.clientsPage()->allegationTab());
            QApplication::processEvents();
            QVERIFY2(!table->horizontalScrollBar()->isVisible(), qPrintable(table->objectName()));
        }
        // The agreement check's findings for the client, as a user opens them.
        tabs->setCurrentIndex(tabs->count() - 1);
        QApplication::processEvents();
        saveShot(&window, QStringLiteral("legal basis ") + language);
    }

    // The Research page's figures, every label whole, with no sideways scrolling.
    void researchTables_data() { everyPage_data(); }

    void researchTables()
    {
        QFETCH(QString, language);
        this->language(language);
        MainWindow window; // after the language: its words are chosen as it is made
        showResearch(window);
        if (QTest::currentTestFailed())
            return;
        for (const ResearchCharts::Kind kind : ResearchCharts::kinds()) {
            window.researchPage()->showChart(kind);
            QApplication::processEvents();
            QTableView *table = window.researchPage()->tableOf(kind);
            saveShot(&window, QStringLiteral("research %1 %2").arg(int(kind)).arg(language));
            QVERIFY2(!table->horizontalScrollBar()->isVisible(), qPrintable(ResearchCharts::nameOf(kind)));
            // The demo's five sources, each row in view below the chart without scrolling.
            const int lastRow = table->model()->rowCount() - 1;
            QVERIFY2(lastRow < 0 || table->visualRect(table->model()->index(lastRow, 0)).bottom() < table->viewport()->height(),
                     qPrintable(QStringLiteral("%1: row %2 of %3 below a %4 px table")
                                    .arg(ResearchCharts::nameOf(kind))
                                    .arg(lastRow + 1)
                                    .arg(table->model()->rowCount())
                                    .arg(table->viewport()->height())));
            // What a label needs, as the item delegate measures text: its width and the focus frame.
            const int frame = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                const QString label = table->model()->index(row, 0).data().toString();
                QVERIFY2(table->fontMetrics().horizontalAdvance(label) + frame <= table->columnWidth(0), qPrintable(label));
            }
            // Every header whole: each word within its column, the wrapped lines within the header.
            QHeaderView *header = table->horizontalHeader();
            const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int column = 1; column < header->count(); ++column) {
                const QString text = table->model()->headerData(column, Qt::Horizontal).toString();
                const int width = header->sectionSize(column) - 2 * margin;
                for (const QString &word : text.split(QLatin1Char(' ')))
                    QVERIFY2(header->fontMetrics().horizontalAdvance(word) <= width, qPrintable(text));
                const QRect needed = header->fontMetrics().boundingRect(QRect(0, 0, width, 1000), Qt::AlignCenter | Qt::TextWordWrap, text);
                QVERIFY2(needed.height() + margin <= header->height(), qPrintable(text));
            }
        }
    }

    // Each filter's value shows whole once chosen (the keyboard goes through every choice).
    void researchFiltersShowTheirValue_data() { everyPage_data(); }

    void researchFiltersShowTheirValue()
    {
        QFETCH(QString, language);
        this->language(language);
        MainWindow window; // after the language: its words are chosen as it is made
        showResearch(window);
        if (QTest::currentTestFailed())
            return;
        for (const char *name : {"sourceFilter", "countryFilter", "statusFilter"}) {
            auto *combo = window.researchPage()->findChild<QComboBox *>(QLatin1String(name));
            QVERIFY(combo && combo->count() > 1);
            combo->setFocus();
            QTest::keyClick(combo, Qt::Key_Home);
            for (int i = 0; i < combo->count(); ++i) {
                QApplication::processEvents();
                QStyleOptionComboBox option;
                option.initFrom(combo);
                option.editable = false;
                option.currentText = combo->currentText();
                const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
                QVERIFY2(combo->fontMetrics().horizontalAdvance(combo->currentText()) <= field.width(),
                         qPrintable(QStringLiteral("%1: \"%2\" in %3 px").arg(QLatin1String(name), combo->currentText()).arg(field.width())));
                QTest::keyClick(combo, Qt::Key_Down);
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
        const auto named = [&language](const char *what) -> QString { return QLatin1String(what) + QLatin1Char(' ') + language; };
        const Client longRecord = manyAllegations();
        {
            ClientDialog dialog(Client{}, &window);
            checkFits(&dialog, named("client dialog"));
        }
        {
            AllegationDialog dialog(longRecord.allegations.first(), {}, &window);
            checkFits(&dialog, named("allegation dialog"));
        }
        {
            CaseEvent event;
            event.ref = QStringLiteral("E1");
            EventDialog dialog(event, longRecord.allegations, {}, {}, &window);
            checkFits(&dialog, named("event dialog with 30 allegations"));
        }
        {
            CiteEventDialog dialog(window.openStore(), QStringLiteral("C-001"),
                                   QStringLiteral("ICE FOIA 2019-ICLI-00003 production.pdf, page 117 (Bates 2019-ICLI-00003-022454)"),
                                   &window);
            checkFits(&dialog, named("cite as evidence"));
            // Every client the dialog lists shows its name whole.
            QTableView *clients = dialog.clientList();
            QVERIFY(clients->model()->rowCount() > 0);
            QVERIFY(!clients->horizontalScrollBar()->isVisible());
            for (int row = 0; row < clients->model()->rowCount(); ++row) {
                const QString name = clients->model()->index(row, ClientListModel::Name).data().toString();
                QVERIFY2(clients->fontMetrics().horizontalAdvance(name) + 8 <= clients->columnWidth(ClientListModel::Name), qPrintable(name));
            }
        }
        {
            ExemptionDialog dialog(tr("Exemptions of box 3"), {QStringLiteral("(b)(6)"), QStringLiteral("(b)(7)(C)")}, &window);
            checkFits(&dialog, named("exemptions"));
        }
        {
            const QList<Agreement> registry = AgreementRegistry(*window.store()).agreements();
            QVERIFY(!registry.isEmpty());
            AgreementDialog add(registry, QString(), &window);
            checkFits(&add, named("add agreement"));
            AgreementDialog edit(registry, registry.first().ref, &window);
            checkFits(&edit, named("edit agreement"));
        }
        {
            // Filled as a returning user finds it: the server, database, login and matter of last time.
            ServerLocation last;
            last.host = QStringLiteral("records.immigration-defense.example.org");
            last.port = 5432;
            last.database = QStringLiteral("rebuttal_coalition");
            last.user = QStringLiteral("paralegal.gutierrez");
            last.matter = QStringLiteral("detained_docket_2026");
            ServerConnectDialog dialog(last, &window);
            checkFits(&dialog, named("connect to server"));
        }
        {
            PreferencesDialog dialog(&window);
            checkFits(&dialog, named("preferences"));
        }
        {
            AboutDialog dialog(&window);
            checkFits(&dialog, named("about"));
        }
        {
            ShortcutsDialog dialog(&window, &window);
            checkFits(&dialog, named("keyboard shortcuts"));
        }
        {
            UserGuideDialog dialog(&window);
            checkFits(&dialog, named("user guide"));
        }
        {
            const std::optional<Client> client = ClientRecords(*window.store()).client(QStringLiteral("C-001"));
            QVERIFY(client);
            SummaryPreviewDialog dialog(StoreAddress::ofFile(window.store()->filePath()), *client, SummaryOptions{}, &window);
            QSignalSpy ready(&dialog, &SummaryPreviewDialog::ready);
            checkFits(&dialog, named("summary preview"));
            QVERIFY(ready.count() > 0 || ready.wait(120000));
            QVERIFY(dialog.pageCount() > 0);
            // The page images are shown by the layout on the next turn of the event loop.
            const auto pageShown = [&dialog] {
                const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
                return std::any_of(labels.cbegin(), labels.cend(), [](QLabel *label) { return label->isVisible() && !label->pixmap().isNull(); });
            };
            QTRY_VERIFY(pageShown());
            checkFits(&dialog, named("summary preview, made"));
        }
    }

    // The boxes behind the MessageBox seam, shown for real: a long message (an import's list of
    // dates to check, a damaged file's problems) still fits and its OK stays on the screen.
    void messageBoxes_data() { everyPage_data(); }

    void messageBoxes()
    {
        QFETCH(QString, language);
        this->language(language);
        MainWindow window;
        showDemo(window);
        MessageBox::setAutomatic(false);
        QStringList lines;
        for (int i = 1; i <= 120; ++i)
            lines << QStringLiteral("Client C-%1, event E2: the date 2019-02-%2 is before the allegation it relies on.").arg(i, 3, 10, QLatin1Char('0')).arg(i % 28 + 1, 2, 10, QLatin1Char('0'));
        const QString longText = lines.join(QLatin1Char('\n'));
        const QString sentence = tr("There are no clients yet. Add the client and the event this page proves on the Clients "
                                    "page, then cite the page.");
        struct Box
        {
            const char *what;
            std::function<void()> open;
        };
        QString answer;
        const QList<Box> boxes = {
            {"critical, long", [&] { MessageBox::critical(&window, QStringLiteral("The case file is damaged"), longText); }},
            {"information, long", [&] { MessageBox::information(&window, QStringLiteral("Imported: some dates to check"), longText); }},
            {"information", [&] { MessageBox::information(&window, QStringLiteral("Cite as Evidence"), sentence); }},
            {"question", [&] {
                 MessageBox::question(&window, QStringLiteral("Delete"), sentence, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
             }},
            {"password", [&] { MessageBox::password(&window, QStringLiteral("Password Required"), sentence, &answer); }},
            {"text", [&] { MessageBox::text(&window, QStringLiteral("Add Citation"), sentence, QString(), &answer); }},
        };
        for (const Box &box : boxes) {
            const QString what = QStringLiteral("message box %1 %2").arg(QLatin1String(box.what), language);
            ModalCheck check(what);
            box.open();
            QVERIFY2(check.seen(), qPrintable(what));
            QVERIFY2(check.problem().isEmpty(), qPrintable(check.problem()));
        }
        MessageBox::setAutomatic(true);
    }

    // The file dialogs of the File menu, chosen with the mouse, and the Save As of the exports.
    void fileDialogs_data() { everyPage_data(); }

    void fileDialogs()
    {
        QFETCH(QString, language);
        this->language(language);
        MainWindow window;
        showDemo(window);
        const char *items[] = {
            QT_TRANSLATE_NOOP("rebuttal::MainWindow", "&Open Case File..."),
            QT_TRANSLATE_NOOP("rebuttal::MainWindow", "&New Case File..."),
            QT_TRANSLATE_NOOP("rebuttal::MainWindow", "&Import Production..."),
            QT_TRANSLATE_NOOP("rebuttal::MainWindow", "Import &Vaughn Index..."),
            QT_TRANSLATE_NOOP("rebuttal::MainWindow", "Import &Agreements..."),
            QT_TRANSLATE_NOOP("rebuttal::MainWindow", "Import Case R&ecords..."),
            QT_TRANSLATE_NOOP("rebuttal::MainWindow", "E&xport Case Records..."),
            QT_TRANSLATE_NOOP("rebuttal::MainWindow", "Save a &Copy..."),
        };
        for (const char *item : items) {
            QAction *action = actionNamed(&window, item);
            QVERIFY2(action, item);
            QVERIFY2(action->isEnabled(), item);
            const QString what = QStringLiteral("file dialog %1 %2").arg(QString::fromLatin1(item).remove(QLatin1Char('&')), language);
            ModalCheck check(what);
            clickMenuItem(&window, action);
            QVERIFY2(check.seen(), qPrintable(what));
            QVERIFY2(check.problem().isEmpty(), qPrintable(check.problem()));
            QCOMPARE(check.title(), action->text().remove(QLatin1Char('&')).remove(QStringLiteral("...")));
        }
        {
            SaveFileDialog::setAutomatic(false);
            ModalCheck check(QStringLiteral("save file dialog ") + language);
            SaveFileDialog::ask(&window, QStringLiteral("Export Findings"), QDir::home().filePath(QStringLiteral("findings.csv")),
                                QStringLiteral("CSV files (*.csv)"));
            QVERIFY(check.seen());
            QVERIFY2(check.problem().isEmpty(), qPrintable(check.problem()));
        }
    }

    // The progress dialogs of the imports and of Verify Case File, each shown while its job runs.
    void progressDialogs_data() { everyPage_data(); }

    void progressDialogs()
    {
        QFETCH(QString, language);
        this->language(language);
        MainWindow window;
        showDemo(window);
        const auto shownProgress = [&window](const QString &what) -> QString {
            QPointer<QProgressDialog> progress = window.findChild<QProgressDialog *>();
            if (!progress)
                return what + QStringLiteral(": no progress dialog");
            progress->show(); // before its minimum duration: a slow machine shows it
            // Waiting runs the event loop: a job that ends meanwhile deletes its dialog, so the
            // pointer is looked at on every turn (QTest::qWaitForWindowExposed keeps the raw one
            // and, in a Release build where the import is quick, read the deleted dialog).
            const auto exposed = [&progress] { return progress->windowHandle() && progress->windowHandle()->isExposed(); };
            QDeadlineTimer deadline(5000);
            while (progress && !exposed() && !deadline.hasExpired())
                QTest::qWait(10);
            if (!progress)
                return QString(); // shown, and done before it could be measured
            if (!exposed())
                return what + QStringLiteral(": never shown");
            saveShot(progress, what);
            return fitProblem(progress, what);
        };

        const QString pdf = m_dir.filePath(QStringLiteral("production.pdf"));
        writeStandardProduction(pdf, 2);
        QSignalSpy imported(&window, &MainWindow::importFinished);
        window.importProduction(pdf);
        QString problem = shownProgress(QStringLiteral("progress import production ") + language);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(imported.count() > 0 || imported.wait(120000)); // it may have ended while the dialog was looked at

        const QString csv = m_dir.filePath(QStringLiteral("index.csv"));
        QVERIFY(writeText(csv, auditIndexCsv()));
        QSignalSpy vaughn(&window, &MainWindow::vaughnImportFinished);
        window.importVaughnIndex(csv);
        problem = shownProgress(QStringLiteral("progress import vaughn ") + language);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(vaughn.count() > 0 || vaughn.wait(120000));

        // Verify runs off the GUI thread and says when it is done.
        QSignalSpy verified(&window, &MainWindow::verifyFinished);
        window.verifyCaseFile();
        problem = shownProgress(QStringLiteral("progress verify ") + language);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(verified.count() > 0 || verified.wait(120000));
    }
};

int main(int argc, char *argv[])
{
    // A 1366x768 screen, as on the laptops attorneys carry to hearings. Under a real X server
    // (QT_QPA_PLATFORM=xcb, as scripts/screenshot-matrix.sh runs it in Xvfb) the screen is the
    // server's, with its fonts as users see them.
    QTemporaryDir config;
    if (qgetenv("QT_QPA_PLATFORM") != "xcb") {
        const QString path = config.filePath(QStringLiteral("screen.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        const QSize size = screenSize();
        file.write(QStringLiteral(R"({"synchronousWindowSystemEvents": false, "windowFrameMargins": true,
                       "screens": [{"name": "laptop", "x": 0, "y": 0, "width": %1, "height": %2,
                                    "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                       .arg(size.width())
                       .arg(size.height())
                       .toUtf8());
        file.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + path.toLocal8Bit());
    }
    QApplication app(argc, argv);
    TestScreenFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenfit.moc"
