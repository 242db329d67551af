// The Audit page: where the Vaughn indexes and the productions disagree, grouped by kind of
// finding; a finding opens its entry and its page side by side; findings export as CSV.
#pragma once

#include "vaughn/AuditFinding.h"
#include "vaughn/VaughnEntry.h"

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

class CaseStore;
class EmptyState;
class PageRenderer;
class PageView;

class AuditPage : public QWidget
{
    Q_OBJECT

public:
    AuditPage(QAction *importAction, QWidget *parent = nullptr);
    ~AuditPage() override;

    void setStore(CaseStore *store);
    // Runs the audit again over the case file.
    void reload();

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

    // Writes the findings to `path` as CSV (through a save file); tells the user if it fails.
    bool exportCsv(const QString &path);
    // Asks where to export (a file dialog; tests put their own chooser here), then exports.
    void chooseAndExport();
    void setSaveFileChooser(std::function<QString(QWidget *parent, const QString &suggested)> chooser);
    QAction *exportAction() const { return m_export; }

private:
    QWidget *buildWorkspace();
    void saveSplitter() const;

    CaseStore *m_store = nullptr;
    QList<AuditFinding> m_findings;
    QMap<qint64, QList<VaughnEntry>> m_entries; // per index
    int m_opened = -1;
    qint64 m_shownProduction = 0;
    std::function<QString(QWidget *, const QString &)> m_chooser;

    QStackedWidget *m_stack = nullptr;
    EmptyState *m_emptyState = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_details = nullptr;
    PageRenderer *m_renderer = nullptr;
    PageView *m_pageView = nullptr;
    QLabel *m_pageInfo = nullptr;
    QSplitter *m_split = nullptr;
    QAction *m_export = nullptr;
    QAction *m_rerun = nullptr;
};

} // namespace rebuttal
