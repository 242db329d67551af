// The Audit page: where the Vaughn indexes and the productions disagree, grouped by kind of
// finding; a finding opens its entry and its page side by side; findings export as CSV.
#pragma once

#include "store/DocumentReader.h"
#include "store/VaughnIndexStore.h"
#include "vaughn/AuditFinding.h"
#include "domain/VaughnEntry.h"

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QAction;
class QLabel;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QStandardItemModel;
class QTextBrowser;
class QTreeView;

namespace rebuttal {

class CaseFile;
class OpenStore;
class EmptyState;
class ReadFailureState;
class PageRenderer;
class PageScrollArea;
class PageView;

class AuditPage : public QWidget
{
    Q_OBJECT

public:
    AuditPage(QAction *importAction, QWidget *parent = nullptr);
    ~AuditPage() override;

    void setStore(OpenStore *store);
    // Follows the open case file or server matter: its store, and the changes this page shows
    // (a colleague's too, on a server).
    void follow(CaseFile *caseFile);
    // Runs the audit again over the case file or matter, off the GUI thread (its own connection
    // to the file or server); auditFinished() when the findings are shown.
    void reload();
    bool isAuditing() const { return m_running > 0; }
    Q_SIGNAL void auditFinished();
    // A finding was double-clicked (or Enter pressed on it): open its first page to work on it.
    Q_SIGNAL void pageRequested(qint64 production, int page);

    const QList<AuditFinding> &findings() const { return m_findings; }
    // Kinds at the top level (with their counts), findings under them.
    QAbstractItemModel *findingModel() const;
    QTreeView *findingView() const { return m_tree; }
    // Shows finding `index` (in findings()): its entry beside its page.
    void openFinding(int index);
    int openedFinding() const { return m_opened; }
    QString detailsText() const;
    PageView *pageView() const { return m_pageView; }
    bool isShowingEmptyState() const;
    // The page shows why its read of the case file failed, in place of the findings.
    bool isShowingReadFailure() const;

    // Writes the findings to `path` as CSV (through a save file); tells the user if it fails.
    bool exportCsv(const QString &path);
    // Asks where to export (a file dialog; tests put their own chooser here), then exports.
    void chooseAndExport();
    void setSaveFileChooser(std::function<QString(QWidget *parent, const QString &suggested)> chooser);
    QAction *exportAction() const { return m_export; }
    // A range of Bates numbers as the Bates column shows it: "ICE-000117–000129".
    static QString batesRange(const QString &first, const QString &last);

private:
    // What one run of the audit found, read on a worker thread.
    struct Run
    {
        QList<VaughnIndexSummary> indexes;
        QMap<qint64, QList<VaughnEntry>> entries;
        QList<AuditFinding> findings;
        StoreError problem; // the case file could not be read
    };
    // On a worker thread, over a connection of its own to the store `address` names.
    static Run audit(const QString &address);
    void showRun(const Run &run);
    void showReadFailure(const StoreError &error);
    QWidget *buildWorkspace();
    void saveSplitter() const;
    // Wide enough for the findings' longest Bates number.
    int batesColumnWidth() const;
    void markFindingBoxes(const AuditFinding &finding, const ProductionPage &page);

    OpenStore *m_store = nullptr;
    QList<AuditFinding> m_findings;
    QMap<qint64, QList<VaughnEntry>> m_entries; // per index
    QMap<qint64, QString> m_indexNames;
    int m_generation = 0; // runs started; a run's result is shown only if no later run was started
    int m_running = 0;
    int m_opened = -1;
    qint64 m_shownProduction = 0;
    std::function<QString(QWidget *, const QString &)> m_chooser;

    QStackedWidget *m_stack = nullptr;
    EmptyState *m_emptyState = nullptr;
    ReadFailureState *m_readFailure = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_details = nullptr;
    PageRenderer *m_renderer = nullptr;
    PageScrollArea *m_scroll = nullptr;
    PageView *m_pageView = nullptr;
    QLabel *m_pageInfo = nullptr;
    QSplitter *m_split = nullptr;
    QAction *m_export = nullptr;
    QAction *m_rerun = nullptr;
};

} // namespace rebuttal
