// File > Connect to Server...: where a team's matters live (host, port, database), the login to
// use, and which matter to open, chosen from the ones the server says this login may read.
// It never asks for a password: libpq finds one in the user's service file or ~/.pgpass, or the
// server authenticates the login without one (peer, GSSAPI), so Rebuttal never holds a secret.
#pragma once

#include "store/ServerLocation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rebuttal {

class ServerConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // `last` fills the fields (the matter last connected to, or an empty location).
    explicit ServerConnectDialog(const ServerLocation &last, QWidget *parent = nullptr);

    // The matter chosen, as the fields say.
    ServerLocation location() const;
    void accept() override;

    // Asks the server for the matters this login may read and offers them (the "List Matters" button).
    void listMatters();

private:
    // The fields without the matter: the database to list.
    ServerLocation database() const;
    void updateButtons();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_login;
    QPushButton *m_list;
    QComboBox *m_matter;
    QLabel *m_status;
    QPushButton *m_connect;
};

} // namespace rebuttal
