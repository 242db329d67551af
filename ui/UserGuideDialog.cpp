#include "UserGuideDialog.h"

#include "ScreenFit.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rebuttal {

QString UserGuideDialog::guidePath(const QLocale &locale)
{
    return locale.language() == QLocale::Spanish ? QStringLiteral(":/guide/user-guide.es.html")
                                                 : QStringLiteral(":/guide/user-guide.en.html");
}

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("User Guide"));
    QFile guide(guidePath());
    if (guide.open(QIODevice::ReadOnly))
        m_browser->setHtml(QString::fromUtf8(guide.readAll()));
    m_browser->setOpenLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(720, 760));
}

} // namespace rebuttal
