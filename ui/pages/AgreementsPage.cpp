#include "AgreementsPage.h"
#include "PageKeys.h"

#include "CaseFile.h"
#include "dialogs/AgreementDialog.h"

#include "AgreementCommands.h"
#include "EmptyState.h"
#include "ReadFailureState.h"
#include "MessageBox.h"
#include "TableColumns.h"
#include "agreements/AgreementsReader.h"
#include "agreements/CaseFileCheck.h"
#include "agreements/FoiaRequests.h"
#include "domain/CountryNames.h"
#include "models/AgreementTableModel.h"
#include "store/AgreementStore.h"
#include "store/ClientRecordStore.h"
#include "store/OpenStore.h"
#include "text/Quotation.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace rebuttal {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString citationLinks(const QList<EvidenceCitation> &citations)
{
    QStringList links;
    for (const EvidenceCitation &c : citations) {
        QUrl url;
        url.setScheme(QStringLiteral("cite"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("document"), c.document);
        query.addQueryItem(QStringLiteral("page"), QString::number(c.page));
        url.setQuery(query);
        const QString label = c.page > 0 ? AgreementsPage::tr("%1, page %2").arg(c.document).arg(c.page) : c.document;
        links << QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toString(QUrl::FullyEncoded), escaped(label));
    }
    return links.join(QStringLiteral("; "));
}

// A registry value of a closed vocabulary (../shared/AGREEMENTS.md) in words; a value outside
// it is shown as the registry has it.
QString inWords(const QString &value)
{
    static const QHash<QString, const char *> words{
        // purposes: use categories
        {QStringLiteral("repatriation"), QT_TRANSLATE_NOOP("rebuttal::AgreementsPage", "repatriation")},
        {QStringLiteral("detention"), QT_TRANSLATE_NOOP("rebuttal::AgreementsPage", "detention")},
        {QStringLiteral("family_separation"), QT_TRANSLATE_NOOP("rebuttal::AgreementsPage", "family separation")},
        {QStringLiteral("asylum"), QT_TRANSLATE_NOOP("rebuttal::AgreementsPage", "asylum")},
        {QStringLiteral("criminal_justice"), QT_TRANSLATE_NOOP("rebuttal::AgreementsPage", "criminal justice")},
        // use_terms
        {QStringLiteral("stated"), QT_TRANSLATE_NOOP("rebuttal::AgreementsPage", "stated in the text")},
        {QStringLiteral("withheld"), QT_TRANSLATE_NOOP("rebuttal::AgreementsPage", "withheld (the section on use or access was withheld)")},
        {QStringLiteral("absent"), QT_TRANSLATE_NOOP("rebuttal::AgreementsPage", "none in the text")},
        // third_party_disclosure
        {QStringLiteral("partner_authorization_required"), QT_TRANSLATE_NOOP("rebuttal::AgreementsPage", "only with the partner's authorization")},
        {QStringLiteral("unrestricted"), QT_TRANSLATE_NOOP("rebuttal::AgreementsPage", "unrestricted")},
        {QStringLiteral("unknown"), QT_TRANSLATE_NOOP("rebuttal::AgreementsPage", "not known")},
        // covers
        {QStringLiteral("nationals"), QT_TRANSLATE_NOOP("rebuttal::AgreementsPage", "nationals of the partner country only")},
        {QStringLiteral("any"), QT_TRANSLATE_NOOP("rebuttal::AgreementsPage", "anyone")},
        // clause topics
        {QStringLiteral("purpose"), QT_TRANSLATE_NOOP("rebuttal::AgreementsPage", "Purpose")},
        {QStringLiteral("use"), QT_TRANSLATE_NOOP("rebuttal::AgreementsPage", "Use")},
        {QStringLiteral("disclosure"), QT_TRANSLATE_NOOP("rebuttal::AgreementsPage", "Disclosure")},
        {QStringLiteral("term"), QT_TRANSLATE_NOOP("rebuttal::AgreementsPage", "Term")},
        {QStringLiteral("review"), QT_TRANSLATE_NOOP("rebuttal::AgreementsPage", "Review")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("rebuttal::AgreementsPage", "Other")},
    };
    const char *word = words.value(value);
    return word ? AgreementsPage::tr(word) : value;
}

QString inWords(const QStringList &values)
{
    QStringList shown;
    for (const QString &value : values)
        shown << inWords(value);
    return shown.join(QStringLiteral(", "));
}

} // namespace

AgreementsPage::AgreementsPage(QAction *importAction, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
{
    m_stack = new QStackedWidget(this);
    m_emptyState = new EmptyState(m_stack);
    m_emptyState->setTitle(tr("No agreements on file"));
    m_emptyState->setExplanation(tr("Import the registry of the agreements (MOC, SOP, ISAA...) under which foreign data "
                                    "reached your clients' cases, to check every allegation and decision against them."));
    m_emptyState->addAction(importAction);
    m_stack->addWidget(m_emptyState);

    auto *workspace = new QWidget(m_stack);
    auto *toolBar = new QToolBar(workspace);
    toolBar->addAction(importAction);
    m_addAction = toolBar->addAction(tr("&Add Agreement..."), this, [this] { openEditor({}); });
    m_addAction->setToolTip(tr("Add an agreement to the registry by hand (Edit > Undo takes it out)"));
    m_emptyState->addAction(m_addAction);
    m_editAction = toolBar->addAction(tr("&Edit Agreement..."), this, &AgreementsPage::editCurrent);
    m_editAction->setToolTip(tr("Change the ref, title, kind, parent, country, programs or dates of the selected agreement"));
    m_deleteAction = toolBar->addAction(tr("&Delete Agreement"), this, &AgreementsPage::deleteCurrent);
    m_deleteAction->setToolTip(tr("Delete the selected agreement from the registry (Edit > Undo brings it back)"));
    m_copyRequestsAction = toolBar->addAction(tr("Copy FOIA &Requests"), this, &AgreementsPage::copyRequests);
    m_copyRequestsAction->setToolTip(tr("Copy the FOIA requests the agreement check calls for, one line each"));
    // The keys of the Clients page for the same work (a new record, F2, Delete).
    struct Key
    {
        QAction *action;
        QKeySequence key;
        KeyScope scope;
    };
    const QList<Key> keys{{m_addAction, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N), KeyScope::Window},
                          {m_editAction, QKeySequence(Qt::Key_F2), KeyScope::Page},
                          {m_deleteAction, QKeySequence(QKeySequence::Delete), KeyScope::Page},
                          {m_copyRequestsAction, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), KeyScope::Window}};
    for (const auto &[action, key, scope] : keys) {
        setPageShortcut(action, key, scope);
        action->setToolTip(action->toolTip() + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
        QWidget::addAction(action); // addAction() is the Add Agreement action
    }
    m_filter = new QLineEdit(workspace);
    m_filter->setPlaceholderText(tr("Filter by country, program, kind or title"));
    m_filter->setClearButtonEnabled(true);
    toolBar->addWidget(m_filter);

    m_model = new AgreementTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AgreementTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *splitter = new QSplitter(Qt::Vertical, workspace);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("agreementTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AgreementTableModel::Ref, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    TableColumns::arrange(m_table, AgreementTableModel::Title, QStringLiteral("agreements"));
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("agreementDetails"));
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QUrlQuery query(url);
        Q_EMIT citationActivated(query.queryItemValue(QStringLiteral("document")), query.queryItemValue(QStringLiteral("page")).toInt());
    });
    splitter->setStretchFactor(1, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AgreementsPage::showDetails);
    // Enter or a double-click on a row edits it, as on the Clients page's tables.
    connect(m_table, &QAbstractItemView::activated, this, &AgreementsPage::editCurrent);

    auto *layout = new QVBoxLayout(workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolBar);
    layout->addWidget(splitter);
    m_stack->addWidget(workspace);
    m_readFailure = new ReadFailureState(m_stack);
    m_stack->addWidget(m_readFailure);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
}

void AgreementsPage::setStore(OpenStore *store)
{
    m_store = store;
    reload();
}

void AgreementsPage::reload()
{
    const QString shown = currentRef();
    m_check.reset();
    m_readVersions.clear();
    QList<Agreement> registry;
    StoreError error;
    if (m_store) {
        QHash<QString, RowStamp> stamps;
        m_check = CaseFileCheck::engine(m_store->agreements(), m_store->vaughnIndexes(), &error, &stamps);
        if (m_check)
            registry = m_check->registry();
        for (auto stamp = stamps.cbegin(); stamp != stamps.cend(); ++stamp)
            m_readVersions.insert(stamp.key(), stamp->version);
    }
    m_model->setRegistry(registry, QDate::currentDate());
    m_stack->setCurrentIndex(registry.isEmpty() ? 0 : 1);
    if (error.isError()) {
        m_readFailure->setFailure(*m_store, error);
        m_stack->setCurrentWidget(m_readFailure);
    }
    m_deleteAction->setEnabled(!registry.isEmpty());
    m_editAction->setEnabled(!registry.isEmpty());
    selectAgreement(shown.isEmpty() && !registry.isEmpty() ? m_proxy->index(0, 0).data(AgreementTableModel::RefRole).toString() : shown);
}

bool AgreementsPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

bool AgreementsPage::isShowingReadFailure() const
{
    return m_stack->currentWidget() == m_readFailure;
}

void AgreementsPage::selectAgreement(const QString &ref)
{
    const int row = m_model->rowOf(ref);
    if (row < 0) {
        showDetails();
        return;
    }
    m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    showDetails();
}

QString AgreementsPage::currentRef() const
{
    return m_table->currentIndex().data(AgreementTableModel::RefRole).toString();
}

QString AgreementsPage::detailsText() const
{
    return m_details->toPlainText();
}

void AgreementsPage::showDetails()
{
    const Agreement *agreement = m_check ? m_check->find(currentRef()) : nullptr;
    m_details->setHtml(agreement ? detailsHtml(*agreement) : QString());
}

QString AgreementsPage::detailsHtml(const Agreement &own) const
{
    const Agreement a = m_check->effective(own.ref);
    QString html = QStringLiteral("<h3>%1</h3><p><b>%2</b> %3</p>").arg(escaped(a.title), escaped(a.ref), escaped(a.kind));
    auto row = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<b>%1:</b> %2<br>").arg(label, escaped(value));
    };
    html += QStringLiteral("<p>");
    row(tr("Implements"), a.parent.value_or(QString()));
    row(tr("United States party"), a.usParty.value_or(QString()));
    row(tr("Partner"), a.partner.value_or(QString()));
    row(tr("Country"), a.country ? CountryNames::nameWithCode(*a.country) : QString());
    row(tr("Programs"), a.programs.value_or(QStringList()).join(QStringLiteral(", ")));
    row(tr("Receives the data"), a.receivingAgency.value_or(QStringLiteral("DHS")));
    row(tr("Signed"), a.signedOn.toString());
    row(tr("Commences"), a.commencesOn.toString());
    row(tr("Ends"), a.endsOn.isValid() ? a.endsOn.toString() : tr("open-ended"));
    for (const Suspension &s : a.suspensions.value_or(QList<Suspension>()))
        row(tr("Suspended"), s.to.isValid() ? tr("%1 to %2").arg(s.from.toString(), s.to.toString()) : tr("from %1").arg(s.from.toString()));
    row(tr("Covers"), a.covers ? inWords(*a.covers) : QString());
    row(tr("Stated purposes"), inWords(a.purposes.value_or(QStringList())));
    row(tr("Terms of use"), a.useTerms ? inWords(*a.useTerms) : QString());
    row(tr("Disclosure to third parties"), a.thirdPartyDisclosure ? inWords(*a.thirdPartyDisclosure) : QString());
    QStringList reviews;
    for (const PartialDate &d : a.reviews.value_or(QList<PartialDate>()))
        reviews << d.toString();
    row(tr("Reviews"), reviews.join(QStringLiteral(", ")));
    if (a.evidence && !a.evidence->isEmpty())
        html += QStringLiteral("<b>%1:</b> %2<br>").arg(tr("Cited"), citationLinks(*a.evidence));
    html += QStringLiteral("</p>");

    if (own.clauses && !own.clauses->isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Clauses"));
        for (const AgreementClause &c : *own.clauses) {
            html += QStringLiteral("<p><b>%1</b> %2<br><i>%3</i><br>%4</p>")
                        .arg(escaped(inWords(c.topic)), escaped(c.section.value_or(QString())), escaped(Quotation::quoted(c.quote)),
                             citationLinks(c.evidence.value_or(QList<EvidenceCitation>())));
        }
    }
    if (own.withheld && !own.withheld->isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Withheld sections"));
        for (const WithheldSection &w : *own.withheld) {
            const QList<EvidenceCitation> evidence = w.evidence.value_or(QList<EvidenceCitation>());
            html += QStringLiteral("<p><b>%1</b> %2<br>%3").arg(escaped(w.section), escaped(w.exemptions.value_or(QStringList()).join(QStringLiteral(", "))),
                                                               citationLinks(evidence));
            for (const VaughnReference &v : m_check->vaughnFor(evidence))
                html += QStringLiteral("<br>") + escaped(tr("Justified in Vaughn index %1, entry %2").arg(v.indexId).arg(v.entry));
            html += QStringLiteral("</p>");
        }
    }
    if (own.notes)
        html += QStringLiteral("<p>%1</p>").arg(escaped(*own.notes));
    return html;
}

void AgreementsPage::deleteCurrent()
{
    const QString ref = currentRef();
    if (!m_check || ref.isEmpty())
        return;
    QList<Agreement> after = m_check->registry();
    for (const Agreement &a : std::as_const(after)) {
        if (a.parent == ref) {
            MessageBox::information(this, tr("Agreement not deleted"),
                                    tr("%1 implements %2: delete it first, or import it with another parent.").arg(a.ref, ref));
            return;
        }
    }
    after.removeIf([&](const Agreement &a) { return a.ref == ref; });
    applyRegistry(m_check->registry(), m_readVersions, after, ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Delete agreement %1")).arg(ref), QStringLiteral("agreement.delete"));
}

void AgreementsPage::editCurrent()
{
    if (!currentRef().isEmpty())
        openEditor(currentRef());
}

void AgreementsPage::openEditor(const QString &ref)
{
    if (!m_store)
        return;
    // The edit is made to the registry as read now, and saved against the versions read with it,
    // whatever arrives while the dialog is open: a colleague's change to what it rewrites refuses it.
    const QList<Agreement> before = m_check ? m_check->registry() : QList<Agreement>();
    auto *dialog = new AgreementDialog(before, ref, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ref, before, versions = m_readVersions] {
        const Agreement agreement = dialog->agreement();
        const bool added = ref.isEmpty();
        const ActivityDetail what = added ? ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Add agreement %1"))
                                          : ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Edit agreement %1"));
        if (applyRegistry(before, versions, dialog->result(), ActivityDetail(what).arg(agreement.ref),
                          added ? QStringLiteral("agreement.add") : QStringLiteral("agreement.edit")))
            selectAgreement(agreement.ref);
    });
    dialog->open();
}

bool AgreementsPage::applyRegistry(const QList<Agreement> &before, const QHash<QString, qint64> &readVersions,
                                   const QList<Agreement> &after, const ActivityDetail &what, const QString &action)
{
    auto *command = new ReplaceRegistryCommand([this] { return m_store; }, before, after, readVersions, what, action,
                                               [this] {
                                                   reload();
                                                   Q_EMIT registryChanged();
                                               },
                                               [this](const StoreError &error) {
                                                   if (MessageBox::refusedSave(this, tr("Agreement not changed"), error,
                                                                               tr("Reload the agreements now?")))
                                                       reload();
                                               });
    if (!command->applyBeforePush()) {
        delete command;
        return false;
    }
    m_undoStack->push(command);
    return true;
}

bool AgreementsPage::importFile(const QString &path)
{
    if (!m_store)
        return false;
    AgreementStore &registry = m_store->agreements();
    StoreError error;
    const QList<Agreement> stored = registry.agreements(&error);
    AgreementsReader reader;
    const std::optional<QList<Agreement>> agreements = error.isError() ? std::nullopt : reader.readFile(path, stored);
    if (!agreements) {
        MessageBox::critical(this, tr("Agreements not imported"), error.isError() ? error.message : reader.errorString());
        return false;
    }
    error = registry.importAgreements(*agreements, QFileInfo(path).fileName());
    if (error.isError()) {
        MessageBox::critical(this, tr("Agreements not imported"), error.message);
        return false;
    }
    reload();
    if (!agreements->isEmpty())
        selectAgreement(agreements->constFirst().ref);
    Q_EMIT registryChanged();
    return true;
}

QStringList AgreementsPage::requests() const
{
    if (!m_store || !m_check)
        return {};
    StoreError error;
    const std::optional<CaseRecords> records = m_store->clients().allRecords(&error);
    if (!records)
        return {};
    return FoiaRequests::draft(m_check->check(records->clients, QDate::currentDate()), *m_check, records->clients);
}

void AgreementsPage::copyRequests()
{
    const QStringList lines = requests();
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    MessageBox::information(this, tr("FOIA requests copied"),
                            tr("%n request(s) copied to the clipboard, one line each.", nullptr, static_cast<int>(lines.size())));
}

void AgreementsPage::follow(CaseFile *caseFile)
{
    connect(caseFile, &CaseFile::openStoreChanged, this, &AgreementsPage::setStore);
    // The check against the agreements reads the Vaughn indexes; on a server matter a colleague's
    // edit of the registry arrives as agreementsChanged.
    for (auto changed : {&CaseFile::indexesChanged, &CaseFile::agreementsChanged})
        connect(caseFile, changed, this, &AgreementsPage::reload);
    // This page shows its own edits already; the log records them.
    connect(this, &AgreementsPage::registryChanged, caseFile,
            [caseFile] { caseFile->notify({CaseFile::Change::Agreements, CaseFile::Change::Activity}); });
}

} // namespace rebuttal
