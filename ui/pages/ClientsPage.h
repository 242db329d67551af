// The Clients page: the client list (filtered and sorted in SQL, fetched as it scrolls) and the
// selected client's record: identity, key figures, timeline, allegations and events, all
// editable with undo.
#pragma once

#include "domain/CaseRecords.h"
#include "dialogs/EventDialog.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolBar;
class QUndoStack;
class QDialog;

namespace rebuttal {

class AllegationTableModel;
class CaseFile;
class CaseStore;
class OpenStore;
class ClientListModel;
class EmptyState;
class ReadFailureState;
struct StoreError;
class EventTableModel;
class TimelineView;

class ClientsPage : public QWidget
{
    Q_OBJECT

public:
    ClientsPage(ClientListModel *clients, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setStore(OpenStore *store);
    // Follows the open case file: its store, and the changes this page shows.
    void follow(CaseFile *caseFile);
    // Re-reads the list and the shown client (after an import or an undo).
    void reload();
    // Shows `ref` (clearing the filter if it hides that client); false when there is no such client.
    bool selectClient(const QString &ref);
    QString currentRef() const { return m_client ? m_client->ref : QString(); }
    std::optional<Client> currentClient() const { return m_client; }

    EmptyState *emptyState() const { return m_emptyState; }
    bool isShowingEmptyState() const;
    // The list shows why a read of the case file failed, in place of the clients.
    bool isShowingReadFailure() const;
    QTableView *clientTable() const { return m_clientTable; }
    QTableView *allegationTable() const { return m_allegationTable; }
    QTableView *eventTable() const { return m_eventTable; }
    // The tabs of the two tables: each shows its table, or an empty state while it has no rows.
    QWidget *allegationTab() const { return m_allegationTab; }
    QWidget *eventTab() const { return m_eventTab; }
    QLineEdit *filterField() const { return m_filter; }
    TimelineView *timeline() const { return m_timeline; }

    // The page shown in the Documents page, offered when citing evidence.
    void setShownPageSource(EventDialog::ShownPageSource source) { m_shownPage = std::move(source); }
    // How dialogs run: exec() by default; tests fill the fields and accept instead.
    void setDialogRunner(std::function<bool(QDialog *)> runner) { m_runDialog = std::move(runner); }

    // Actions for menus and toolbars.
    QAction *newClientAction() const { return m_newClient; }
    QAction *editClientAction() const { return m_editClient; }
    QAction *deleteClientAction() const { return m_deleteClient; }
    QAction *addAllegationAction() const { return m_addAllegation; }
    QAction *addEventAction() const { return m_addEvent; }
    QAction *editItemAction() const { return m_editItem; }
    QAction *deleteItemAction() const { return m_deleteItem; }
    QAction *openCitationAction() const { return m_openCitation; }
    QToolBar *clientToolBar() const { return m_toolBar; }

    void newClient();
    void editClient();
    void deleteClient();
    void addAllegation();
    void addEvent();
    void editSelected();
    void deleteSelected();
    void openSelectedCitation();

    // Adds `citation` to event `eventIndex` of client `ref` (undoable); the client is then shown.
    bool citeInEvent(const QString &ref, int eventIndex, const EvidenceCitation &citation);
    // Runs a dialog the way this page does (see setDialogRunner).
    bool runDialog(QDialog *dialog);

    // Writes an edit through the undo stack; false when the case file refused it.
    bool applyEdit(const std::optional<Client> &before, const std::optional<Client> &after, const char *text);

    Q_SIGNAL void clientsChanged();
    Q_SIGNAL void currentClientChanged(const QString &ref);
    Q_SIGNAL void citationActivated(const QString &document, int page);

private:
    void buildActions();
    QWidget *buildListPane();
    QWidget *buildRecordPane();
    // The events, allegations and legal basis tabs with the bar of what works on their selected row.
    QWidget *buildTablesPane(QWidget *record);
    // The timeline with its zoom bar.
    QWidget *buildTimelinePane(QWidget *record);
    // The record of the client shown, or what stands in for it (none chosen, or no clients at all).
    void showRecordPane();
    void showClient(const std::optional<Client> &client);
    // The client `ref` as stored; a failed read shows the read failure (and gives nullopt).
    std::optional<Client> readClient(const QString &ref);
    void showReadFailure(const StoreError &error);
    void updateActions();
    void editAllegation(int index);
    void editEvent(int index);
    int selectedAllegation() const;
    int selectedEvent() const;
    bool eventsTabShown() const;

    // A case file or a server matter; agreements (legal basis, flags) work on a case file only yet.
    OpenStore *m_store = nullptr;
    // Set while an edit dialog is open: a colleague's change (the server's feed) then waits, so the
    // edit is saved against the version it started from and refused if someone changed it since.
    bool m_dialogOpen = false;
    bool m_reloadWaiting = false;
    ClientListModel *m_clients;
    QUndoStack *m_undoStack;
    std::optional<Client> m_client;
    // The row version of each client as this window last read or saved it, by ref: edits, undo
    // and redo are saved against it.
    QHash<QString, qint64> m_readVersions;
    EventDialog::ShownPageSource m_shownPage;
    std::function<bool(QDialog *)> m_runDialog;

    QStackedWidget *m_listStack = nullptr;
    EmptyState *m_emptyState = nullptr;
    ReadFailureState *m_readFailure = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_clientTable = nullptr;
    QStackedWidget *m_recordStack = nullptr;
    QWidget *m_noClientSelected = nullptr; // clients listed, none chosen
    QWidget *m_noClients = nullptr;        // blank: the list pane says what to do
    QWidget *m_record = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_figures = nullptr;
    QToolBar *m_toolBar = nullptr;
    QSplitter *m_recordSplitter = nullptr;
    TimelineView *m_timeline = nullptr;
    QTabWidget *m_tabs = nullptr;
    class LegalBasisView *m_legalBasis = nullptr;
    AllegationTableModel *m_allegations = nullptr;
    EventTableModel *m_events = nullptr;
    QTableView *m_allegationTable = nullptr;
    QTableView *m_eventTable = nullptr;
    QWidget *m_allegationTab = nullptr;
    QWidget *m_eventTab = nullptr;

    QAction *m_newClient = nullptr;
    QAction *m_editClient = nullptr;
    QAction *m_deleteClient = nullptr;
    QAction *m_addAllegation = nullptr;
    QAction *m_addEvent = nullptr;
    QAction *m_editItem = nullptr;
    QAction *m_deleteItem = nullptr;
    QAction *m_openCitation = nullptr;
};

} // namespace rebuttal
