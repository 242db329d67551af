#include "EventDialog.h"

#include "domain/Agreement.h"

#include "DateField.h"
#include "FormProblem.h"
#include "MessageBox.h"
#include "ScreenFit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace rebuttal {

namespace {

constexpr int DocumentRole = Qt::UserRole + 1;
constexpr int PageRole = Qt::UserRole + 2;

QString citationText(const EvidenceCitation &citation)
{
    return citation.page > 0 ? EventDialog::tr("%1, page %2").arg(citation.document).arg(citation.page) : citation.document;
}

} // namespace

EventDialog::EventDialog(const CaseEvent &event, const QList<Allegation> &allegations, const QStringList &takenRefs,
                         ShownPageSource shownPage, QWidget *parent)
    : QDialog(parent)
    , m_event(event)
    , m_takenRefs(takenRefs)
    , m_shownPage(std::move(shownPage))
    , m_ref(new QLineEdit(event.ref, this))
    , m_type(new QComboBox(this))
    , m_date(DateField::create(event.date, this))
    , m_detail(new QPlainTextEdit(event.detail, this))
    , m_reliedOn(new QStandardItemModel(this))
    , m_evidence(new QStandardItemModel(this))
    , m_evidenceView(new QListView(this))
    , m_citeShown(new QPushButton(tr("Cite the Page Shown in &Documents"), this))
    , m_problem(FormProblem::label(this))
{
    setWindowTitle(event.ref.isEmpty() ? tr("New Event") : tr("Edit Event %1").arg(event.ref));
    m_ref->setObjectName(QStringLiteral("ref"));
    m_type->setObjectName(QStringLiteral("type"));
    m_date->setObjectName(QStringLiteral("date"));
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setTabChangesFocus(true);
    m_detail->setMaximumHeight(90);

    for (const QString &code : allCodes<EventType>())
        m_type->addItem(displayName(*fromCode<EventType>(code)), code);
    m_type->setCurrentIndex(m_type->findData(codeOf(event.type)));
    m_type->setMaxVisibleItems(15);

    buildDecidedBy(event);
    QWidget *reliedOn = buildReliedOn(event, allegations);
    QVBoxLayout *evidence = buildEvidence(event);

    auto *form = new QFormLayout;
    form->addRow(tr("&Ref:"), m_ref);
    form->addRow(tr("&Event:"), m_type);
    form->addRow(tr("D&ate:"), m_date);
    form->addRow(tr("Decided &by:"), m_decidedBy);
    form->addRow(tr("De&tail:"), m_detail);
    form->addRow(tr("Relied on:"), reliedOn);
    form->addRow(tr("Evidence:"), evidence);
    FormProblem::layOut(this, form, m_problem);
    // Tab follows the form from top to bottom, not the order the fields were made in (which
    // went from Detail to Evidence and skipped back up to Decided by and Relied on).
    const QList<QWidget *> order{m_ref, m_type, m_date, m_decidedBy, m_detail, findChild<QListView *>(QStringLiteral("reliedOn")),
                                 m_evidenceView, findChild<QPushButton *>(QStringLiteral("addCitation")), m_citeShown,
                                 findChild<QPushButton *>(QStringLiteral("removeCitation"))};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    ScreenFit::resize(this, QSize(560, sizeHint().height()));
}

void EventDialog::buildDecidedBy(const CaseEvent &event)
{
    // Who took the decision: the agreement check asks whether that body received the data.
    m_decidedBy = new QComboBox(this);
    m_decidedBy->setObjectName(QStringLiteral("decidedBy"));
    m_decidedBy->addItem(tr("Not recorded"), QString());
    const QStringList bodies{tr("ICE"), tr("CBP"), tr("USCIS"), tr("EOIR (immigration court, BIA)"), tr("DOS (consulate)"), tr("Other")};
    const QStringList codes = AgreementCodes::decidingBodies();
    for (int i = 0; i < codes.size(); ++i)
        m_decidedBy->addItem(bodies.value(i, codes.at(i)), codes.at(i));
    m_decidedBy->setCurrentIndex(std::max(0, m_decidedBy->findData(event.decidedBy)));
}

QWidget *EventDialog::buildReliedOn(const CaseEvent &event, const QList<Allegation> &allegations)
{
    for (const Allegation &allegation : allegations) {
        auto *item = new QStandardItem(QStringLiteral("%1 — %2, %3").arg(allegation.ref, shortName(allegation.source),
                                                                         displayName(allegation.kind)));
        item->setData(allegation.ref, DocumentRole);
        item->setCheckable(true);
        item->setEditable(false);
        item->setCheckState(event.reliedOn.contains(allegation.ref) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(allegation.detail);
        m_reliedOn->appendRow(item);
    }
    auto *reliedOnView = new QListView(this);
    reliedOnView->setObjectName(QStringLiteral("reliedOn"));
    reliedOnView->setModel(m_reliedOn);
    reliedOnView->setMaximumHeight(110);
    reliedOnView->setToolTip(tr("Tick the allegations this decision or action relied on"));
    QWidget *reliedOn = reliedOnView;
    if (allegations.isEmpty()) {
        auto *none = new QLabel(tr("This client has no allegations yet: add them first to link this event to them."), this);
        none->setWordWrap(true);
        reliedOn = none;
        reliedOnView->hide();
    }
    return reliedOn;
}

QVBoxLayout *EventDialog::buildEvidence(const CaseEvent &event)
{
    for (const EvidenceCitation &citation : event.evidence)
        addCitation(citation);
    m_evidenceView->setObjectName(QStringLiteral("evidence"));
    m_evidenceView->setModel(m_evidence);
    m_evidenceView->setMaximumHeight(90);
    m_evidenceView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *addCitationButton = new QPushButton(tr("Add &Citation..."), this);
    addCitationButton->setObjectName(QStringLiteral("addCitation"));
    m_citeShown->setObjectName(QStringLiteral("citeShown"));
    addCitationButton->setToolTip(tr("Cite a production page by its Bates number"));
    connect(addCitationButton, &QPushButton::clicked, this, &EventDialog::askForCitation);
    const std::optional<ShownPage> shown = m_shownPage ? m_shownPage() : std::nullopt;
    m_citeShown->setEnabled(shown.has_value());
    m_citeShown->setToolTip(shown ? tr("Cite %1").arg(shown->description)
                                  : tr("Open a production page in the Documents page to cite it from here"));
    connect(m_citeShown, &QPushButton::clicked, this, &EventDialog::citeShownPage);
    auto *removeCitation = new QPushButton(tr("Re&move"), this);
    removeCitation->setObjectName(QStringLiteral("removeCitation"));
    connect(removeCitation, &QPushButton::clicked, this, [this] {
        // Bottom up, so that removing one row does not move the others.
        QList<int> rows;
        for (const QModelIndex &index : m_evidenceView->selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        for (int row : std::as_const(rows))
            m_evidence->removeRow(row);
    });
    auto *citationButtons = new QHBoxLayout;
    citationButtons->addWidget(addCitationButton);
    citationButtons->addWidget(m_citeShown);
    citationButtons->addWidget(removeCitation);
    citationButtons->addStretch();
    auto *evidence = new QVBoxLayout;
    evidence->addWidget(m_evidenceView);
    evidence->addLayout(citationButtons);
    return evidence;
}

void EventDialog::addCitation(const EvidenceCitation &citation)
{
    auto *item = new QStandardItem(citationText(citation));
    item->setEditable(false);
    item->setData(citation.document, DocumentRole);
    item->setData(citation.page, PageRole);
    m_evidence->appendRow(item);
}

void EventDialog::askForCitation()
{
    QString text;
    if (!MessageBox::text(this, tr("Add Citation"),
                          tr("Bates number of the cited page (e.g. ICE-2023-000117), or the Bates number where a "
                             "document starts followed by # and the page within it (ICE-2023-000100#4):"),
                          {}, &text)) {
        return;
    }
    if (!text.trimmed().isEmpty())
        addCitation(EvidenceCitation::fromText(text));
}

void EventDialog::citeShownPage()
{
    if (const std::optional<ShownPage> shown = m_shownPage ? m_shownPage() : std::nullopt)
        addCitation(shown->citation);
}

CaseEvent EventDialog::event() const
{
    CaseEvent edited = m_event;
    edited.ref = m_ref->text().trimmed();
    edited.type = *fromCode<EventType>(m_type->currentData().toString());
    edited.date = DateField::value(m_date);
    edited.detail = m_detail->toPlainText().trimmed();
    edited.decidedBy = m_decidedBy->currentData().toString();
    edited.reliedOn.clear();
    for (int row = 0; row < m_reliedOn->rowCount(); ++row) {
        if (m_reliedOn->item(row)->checkState() == Qt::Checked)
            edited.reliedOn << m_reliedOn->item(row)->data(DocumentRole).toString();
    }
    edited.evidence.clear();
    for (int row = 0; row < m_evidence->rowCount(); ++row) {
        const QStandardItem *item = m_evidence->item(row);
        edited.evidence << EvidenceCitation{item->data(DocumentRole).toString(), item->data(PageRole).toInt()};
    }
    return edited;
}

QString EventDialog::problem() const
{
    const QString ref = m_ref->text().trimmed();
    if (ref.isEmpty())
        return tr("Give the event a ref, e.g. E1.");
    if (ref != m_event.ref && m_takenRefs.contains(ref))
        return tr("This client already has an event %1.").arg(ref);
    if (m_date->text().trimmed().isEmpty())
        return tr("Give the date of the event (2019-03-02, or 2019-03 or 2019 when only that much is known).");
    if (!DateField::isAcceptable(m_date))
        return DateField::problem(tr("Date"), m_date);
    return {};
}

void EventDialog::accept()
{
    if (FormProblem::show(m_problem, problem()))
        QDialog::accept();
}

} // namespace rebuttal
