#include "ExemptionDialog.h"

#include "domain/ExemptionLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rebuttal {

namespace {

struct Offered
{
    const char *code;
    const char *meaning;
};

// The codes with a few words on what each protects, so a paralegal need not look them up.
constexpr Offered kOffered[] = {
    {"(b)(1)", QT_TRANSLATE_NOOP("rebuttal::ExemptionDialog", "national security")},
    {"(b)(2)", QT_TRANSLATE_NOOP("rebuttal::ExemptionDialog", "internal personnel rules")},
    {"(b)(3)", QT_TRANSLATE_NOOP("rebuttal::ExemptionDialog", "exempted by a statute")},
    {"(b)(4)", QT_TRANSLATE_NOOP("rebuttal::ExemptionDialog", "trade secrets")},
    {"(b)(5)", QT_TRANSLATE_NOOP("rebuttal::ExemptionDialog", "privileged agency records")},
    {"(b)(6)", QT_TRANSLATE_NOOP("rebuttal::ExemptionDialog", "personal privacy")},
    {"(b)(8)", QT_TRANSLATE_NOOP("rebuttal::ExemptionDialog", "financial institutions")},
    {"(b)(9)", QT_TRANSLATE_NOOP("rebuttal::ExemptionDialog", "wells")},
    {"(b)(7)", QT_TRANSLATE_NOOP("rebuttal::ExemptionDialog", "law enforcement records")},
    {"(b)(7)(A)", QT_TRANSLATE_NOOP("rebuttal::ExemptionDialog", "interference with proceedings")},
    {"(b)(7)(B)", QT_TRANSLATE_NOOP("rebuttal::ExemptionDialog", "right to a fair trial")},
    {"(b)(7)(C)", QT_TRANSLATE_NOOP("rebuttal::ExemptionDialog", "personal privacy")},
    {"(b)(7)(D)", QT_TRANSLATE_NOOP("rebuttal::ExemptionDialog", "confidential source")},
    {"(b)(7)(E)", QT_TRANSLATE_NOOP("rebuttal::ExemptionDialog", "techniques and procedures")},
    {"(b)(7)(F)", QT_TRANSLATE_NOOP("rebuttal::ExemptionDialog", "life or physical safety")},
};
constexpr int kFirstColumn = 8; // (b)(1)..(b)(9) without (b)(7) on the left, (b)(7) and its parts on the right

} // namespace

QStringList ExemptionDialog::allCodes()
{
    QStringList codes;
    for (const Offered &offered : kOffered)
        codes << QString::fromLatin1(offered.code);
    return ExemptionLabel::normalized(codes);
}

ExemptionDialog::ExemptionDialog(const QString &title, const QStringList &codes, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *grid = new QGridLayout;
    int row = 0;
    for (const Offered &offered : kOffered) {
        const QString code = QString::fromLatin1(offered.code);
        auto *box = new QCheckBox(tr("%1 %2").arg(code, tr(offered.meaning)), this);
        box->setObjectName(code);
        box->setChecked(codes.contains(code));
        const int index = int(m_boxes.size());
        const bool right = index >= kFirstColumn;
        const bool part = code.size() > 6; // (b)(7)(A): indented under (b)(7)
        if (index == kFirstColumn)
            row = 0;
        if (part) {
            auto *indented = new QHBoxLayout;
            indented->addSpacing(24);
            indented->addWidget(box, 1);
            grid->addLayout(indented, row++, 1);
        } else {
            grid->addWidget(box, row++, right ? 1 : 0);
        }
        m_boxes << box;
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *explanation = new QLabel(tr("Tick the exemptions claimed for this box, as printed on it or beside it. "
                                      "Leave all unticked for a box without a label."),
                                   this);
    explanation->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(grid);
    layout->addWidget(buttons);
    // Tab goes down the left column, then the right one, as they read.
    for (int i = 1; i < m_boxes.size(); ++i)
        setTabOrder(m_boxes.at(i - 1), m_boxes.at(i));
    if (!m_boxes.isEmpty())
        m_boxes.first()->setFocus();
}

QStringList ExemptionDialog::codes() const
{
    QStringList ticked;
    for (const QCheckBox *box : m_boxes) {
        if (box->isChecked())
            ticked << box->objectName();
    }
    return ExemptionLabel::normalized(ticked);
}

} // namespace rebuttal
