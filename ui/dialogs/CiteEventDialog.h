// Picks the client and which of their events a production page is evidence for: a client list
// narrowed by typing, then the chosen client's events.
#pragma once

#include "domain/CaseRecords.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rebuttal {

class OpenStore;
class ClientListModel;

class CiteEventDialog : public QDialog
{
    Q_OBJECT

public:
    // `page` describes the page being cited ("production.pdf, page 4 (Bates ICE-000117)");
    // `preferredRef` is chosen at first when it names a client (the one shown in the Clients page).
    CiteEventDialog(OpenStore *store, const QString &preferredRef, const QString &page, QWidget *parent = nullptr);

    QLineEdit *clientFilter() const { return m_filter; }
    QTableView *clientList() const { return m_clientList; }
    QComboBox *eventBox() const { return m_events; }
    QPushButton *okButton() const { return m_ok; }

    // The chosen client's ref (empty: none), and the index into its events of the chosen event.
    QString clientRef() const;
    int eventIndex() const;
    bool selectClient(const QString &ref);
    void setEventIndex(int index);

private:
    void showClient(const QString &ref);

    OpenStore *m_store;
    ClientListModel *m_clients;
    std::optional<Client> m_client;
    QLineEdit *m_filter;
    QTableView *m_clientList;
    QComboBox *m_events;
    QLabel *m_note;
    QPushButton *m_ok = nullptr;
};

} // namespace rebuttal
