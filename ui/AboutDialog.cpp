#include "AboutDialog.h"

#include "ocr/TextRecognizer.h"
#include "pdf/PdfLibrary.h"
#include "store/CaseStore.h"
#include "store/PgConnection.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rebuttal {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Rebuttal"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/rebuttal.svg")).pixmap(64, 64));
    auto *heading = new QLabel(tr("<h2>Rebuttal %1</h2>").arg(QStringLiteral(REBUTTAL_VERSION)), this);

    m_text = tr("<p>Rebuttal helps legal teams trace foreign-data allegations in U.S. immigration cases: where each "
                "allegation came from, when the government had it, and which decisions relied on it. It audits FOIA "
                "productions and Vaughn indexes.</p>"
                "<p>Your case files stay on this computer. Rebuttal connects to nothing but your team's PostgreSQL "
                "server, and only when you open a matter on it (File &gt; Connect to Server).</p>"
                "<p>Rebuttal is free software under the GNU General Public License, version 3 or later.</p>"
                "<h3>Libraries</h3><ul>"
                "<li>Qt %1 &mdash; GNU LGPL version 3 (The Qt Company)</li>"
                "<li>Poppler %2 &mdash; GNU GPL version 2 or later</li>"
                "<li>SQLite %3 &mdash; public domain</li>"
                "<li>Tesseract OCR %4 &mdash; Apache License 2.0</li>"
                "<li>libpq %5 &mdash; PostgreSQL License</li>"
                "</ul>")
                 .arg(QString::fromLatin1(qVersion()), PdfLibrary::popplerVersion(), CaseStore::sqliteVersion(),
                      TextRecognizer::version(), PgConnection::clientLibraryVersion());
    auto *body = new QTextBrowser(this);
    body->setHtml(m_text);
    body->setOpenLinks(false);
    body->setMinimumSize(460, 280);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(heading, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(body);
    layout->addWidget(buttons);
}

} // namespace rebuttal
