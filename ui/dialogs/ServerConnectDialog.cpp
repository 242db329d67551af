#include "ServerConnectDialog.h"

#include "store/ServerStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rebuttal {

ServerConnectDialog::ServerConnectDialog(const ServerLocation &last, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_list(new QPushButton(tr("&List Matters"), this))
    , m_matter(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Connect to Server"));
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("this computer"));
    m_host->setText(last.socketDir.isEmpty() ? last.host : last.socketDir);
    m_host->setToolTip(tr("The server's name or address; a folder (starting with /) for a local socket"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (5432)"));
    m_port->setValue(last.port);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setText(last.database);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setPlaceholderText(tr("your account on this computer"));
    m_login->setText(last.user);
    m_list->setObjectName(QStringLiteral("listMatters"));
    m_matter->setObjectName(QStringLiteral("matter"));
    m_matter->setEditable(true);
    m_matter->setMinimumContentsLength(20);
    if (!last.matter.isEmpty())
        m_matter->addItem(last.matter);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    auto *matterRow = new QHBoxLayout;
    matterRow->addWidget(m_matter, 1);
    matterRow->addWidget(m_list);
    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("Your &login:"), m_login);
    // A row of two widgets gets no buddy from addRow: the label is made here so &Matter works.
    auto *matterLabel = new QLabel(tr("&Matter:"), this);
    matterLabel->setBuddy(m_matter);
    form->addRow(matterLabel, matterRow);

    auto *passwords = new QLabel(tr("Rebuttal never asks for or stores your password. The server knows you by your own "
                                    "PostgreSQL login: your password, if the server wants one, comes from your "
                                    "~/.pgpass or PostgreSQL service file, or the server recognises you without one "
                                    "(peer or Kerberos sign-in). Ask whoever runs the server which applies."),
                                 this);
    passwords->setObjectName(QStringLiteral("passwordNote"));
    passwords->setWordWrap(true);
    QFont small = passwords->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    passwords->setFont(small);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QPushButton::clicked, this, &ServerConnectDialog::listMatters);
    connect(m_database, &QLineEdit::textChanged, this, &ServerConnectDialog::updateButtons);
    connect(m_matter, &QComboBox::editTextChanged, this, &ServerConnectDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(passwords);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    updateButtons();
}

ServerLocation ServerConnectDialog::database() const
{
    ServerLocation location;
    const QString host = m_host->text().trimmed();
    // As libpq reads a host: one starting with a slash is a unix-socket directory.
    if (host.startsWith(QLatin1Char('/')))
        location.socketDir = host;
    else
        location.host = host;
    location.port = m_port->value();
    location.database = m_database->text().trimmed();
    location.user = m_login->text().trimmed();
    return location;
}

ServerLocation ServerConnectDialog::location() const
{
    ServerLocation location = database();
    location.matter = m_matter->currentText().trimmed();
    return location;
}

void ServerConnectDialog::listMatters()
{
    StoreError error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QStringList matters = ServerStore::matters(database(), &error);
    QGuiApplication::restoreOverrideCursor();
    if (error.isError()) {
        m_status->setText(tr("Cannot list the matters: %1").arg(error.message));
        return;
    }
    const QString typed = m_matter->currentText();
    m_matter->clear();
    m_matter->addItems(matters);
    if (matters.contains(typed))
        m_matter->setCurrentText(typed);
    m_status->setText(matters.isEmpty() ? tr("This login may read no matter in that database.")
                                        : tr("%n matter(s) this login may read.", nullptr, int(matters.size())));
    m_matter->setFocus();
}

void ServerConnectDialog::updateButtons()
{
    m_list->setEnabled(!m_database->text().trimmed().isEmpty());
    m_connect->setEnabled(!m_database->text().trimmed().isEmpty() && !m_matter->currentText().trimmed().isEmpty());
}

void ServerConnectDialog::accept()
{
    if (!ServerLocation::isValidMatterName(location().matter)) {
        m_status->setText(tr("A matter's name is lower-case letters, digits and underscores, starting with a letter."));
        return;
    }
    QDialog::accept();
}

} // namespace rebuttal
