// The Agreements page: the case file's registry of the instruments behind foreign data as a
// sortable, filterable table; the chosen agreement's parties, dates, purposes, clauses with their
// quotes, withheld sections with their exemptions and the Vaughn entries that justify them; delete
// with undo, import, and the FOIA requests the agreement check calls for, ready to copy.
#pragma once

#include "agreements/AgreementCheck.h"
#include "domain/ActivityDetail.h"
#include "store/StoreError.h"

#include <QHash>

#include <QWidget>

#include <optional>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace rebuttal {

class AgreementTableModel;
class CaseFile;
class OpenStore;
class EmptyState;
class ReadFailureState;

class AgreementsPage : public QWidget
{
    Q_OBJECT

public:
    AgreementsPage(QAction *importAction, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setStore(OpenStore *store);
    // Follows the open case file or server matter: its store, and the changes this page shows
    // (a colleague's too, on a server).
    void follow(CaseFile *caseFile);
    void reload();
    void selectAgreement(const QString &ref);
    QString currentRef() const;
    QString detailsText() const;
    bool isShowingEmptyState() const;
    // The page shows why its read of the case file failed, in place of the registry.
    bool isShowingReadFailure() const;
    QTableView *table() const { return m_table; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *addAction() const { return m_addAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *copyRequestsAction() const { return m_copyRequestsAction; }
    // Imports a rebuttal.agreements registry (checked whole against the stored one first);
    // a refusal is shown and changes nothing.
    bool importFile(const QString &path);
    // The FOIA requests drafted from today's check, one line each.
    QStringList requests() const;

    // A citation in the details was clicked: the production page it names.
    Q_SIGNAL void citationActivated(const QString &document, int page);
    Q_SIGNAL void registryChanged();

private:
    void showDetails();
    void deleteCurrent();
    void editCurrent();
    // Opens the agreement dialog (window-modal, not blocking): `ref` empty adds one.
    void openEditor(const QString &ref);
    // Writes `after` as one undoable step logged under `action`, checked against the versions
    // `before` was read at; false when the store refused (a conflict is said, and a reload offered).
    bool applyRegistry(const QList<Agreement> &before, const QHash<QString, qint64> &readVersions,
                       const QList<Agreement> &after, const ActivityDetail &what, const QString &action);
    void copyRequests();
    QString detailsHtml(const Agreement &agreement) const;

    OpenStore *m_store = nullptr;
    QUndoStack *m_undoStack = nullptr;
    std::optional<AgreementCheck> m_check;
    // The version of each agreement of m_check's registry as it was read.
    QHash<QString, qint64> m_readVersions;
    QList<VaughnListing> m_listings;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_emptyState = nullptr;
    ReadFailureState *m_readFailure = nullptr;
    QLineEdit *m_filter = nullptr;
    AgreementTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_copyRequestsAction = nullptr;
};

} // namespace rebuttal
