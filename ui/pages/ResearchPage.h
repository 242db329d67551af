// The Research page: outcomes aggregated across every client of the case file (or server
// matter), by source, origin country and year, as charts with their numbers beside them, filtered
// by date range, country, source and allegation status, and exported as images, CSV and
// de-identified data. On a server matter it can pool every matter of the server's database the
// user may read (as `?matter=*` on the command line), de-identified alike, naming those skipped.
#pragma once

#include "charts/ResearchCharts.h"
#include "store/OutcomeStatistics.h"

#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace rebuttal {

class CaseFile;
class EmptyState;
class OpenStore;
class ReadFailureState;
class ServerMatterPool;

class ResearchPage : public QWidget
{
    Q_OBJECT

public:
    explicit ResearchPage(QWidget *parent = nullptr);
    ~ResearchPage() override;

    // Reloads the filter choices and the figures from `store` (nullptr: nothing to show).
    void setStore(OpenStore *store);
    // Follows the open case file or server matter: its store, and the changes this page shows
    // (a colleague's too, on a server, while the page is shown).
    void follow(CaseFile *caseFile);
    // Recomputes the figures, e.g. after client records changed.
    void reload();

    OutcomeFilter filter() const;
    // Sets the filter widgets (values the store does not have are ignored) and recomputes.
    void setFilter(const OutcomeFilter &filter);
    QDate asOf() const;
    void setAsOf(QDate date);

    const OutcomeFigures &figures() const { return m_charts->figures(); }
    ResearchCharts *charts() const { return m_charts; }
    ResearchCharts::Kind currentChart() const;
    void showChart(ResearchCharts::Kind kind);
    QChartView *chartView(ResearchCharts::Kind kind) const;
    QTableView *tableOf(ResearchCharts::Kind kind) const;
    // The agreement-flags tab, after the tabs of kinds(): its chart and table, and whether it is shown
    // (then the exports write its chart and numbers).
    QChartView *flagChartView() const { return m_views.value(ResearchCharts::kinds().size()); }
    QTableView *flagTable() const { return m_tables.value(ResearchCharts::kinds().size()); }
    bool isShowingFlags() const;
    bool isShowingEmptyState() const;
    // A read of the case file failed: the page says which case file and why, in place of the charts.
    bool isShowingReadFailure() const;
    EmptyState *emptyState() const { return m_emptyState; }
    // On a server matter: which matters the figures cover (this one, or every one the user may
    // read), and what the pool took in and skipped.
    QComboBox *scopeChoice() const { return m_scope; }
    bool isPooled() const { return m_pool != nullptr; }
    QLabel *scopeNote() const { return m_scopeNote; }
    QLabel *summary() const { return m_summary; }

    // Each writes the file (through QSaveFile), logs the export, and returns false after telling
    // the user (MessageBox) when it cannot.
    bool exportChart(const QString &path);                 // the current chart, .png or .svg
    bool exportNumbers(const QString &path);               // the current chart's numbers, CSV
    bool exportDeidentified(const QString &path);          // counts by source (or the flag counts), small cells suppressed
    bool exportDataset(const QString &path);               // one de-identified row per client
    // The same, asking for the file first (SaveFileDialog).
    void chooseAndExportChart();
    void chooseAndExportNumbers();
    void chooseAndExportDeidentified();
    void chooseAndExportDataset();

    // What the figures shown cover, in a line: the matters, the filters, the date, the counts.
    QString coverage() const;

    Q_SIGNAL void exported(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createFilterBar();
    QWidget *createScopeBar();
    QWidget *createChartTab(QChart *chart, QAbstractItemModel *model, const QString &name, const QString &explanation);
    void recomputeFlags();
    void fillFilterChoices();
    void recompute();
    void updateSummary();
    void showReadFailure(const StoreError &error);
    QString describeFailure(const StoreError &error) const;
    // The scope choice: false pools nothing; true opens the pool, or says why it cannot.
    void setPooled(bool pooled);
    const OutcomeStatistics &statistics() const;
    // Records an export in the log of the store, or of every pooled matter; tells the user if it cannot.
    void logExport(const ActivityDetail &what);
    bool writeExport(const QString &path, const QByteArray &bytes, const ActivityDetail &what);
    QString suggestedPath(const QString &name, const QString &suffix) const;
    QString shownChartName() const;

    OpenStore *m_store = nullptr;
    std::unique_ptr<ServerMatterPool> m_pool;
    std::unique_ptr<OutcomeStatistics> m_poolStatistics;
    ResearchCharts *m_charts;
    QStackedWidget *m_stack;
    EmptyState *m_emptyState;
    ReadFailureState *m_readFailure = nullptr;
    QWidget *m_content;
    QWidget *m_scopeBar = nullptr;
    QComboBox *m_scope = nullptr;
    QLabel *m_scopeNote = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QDateEdit *m_asOf = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<QChartView *> m_views;
    QList<QTableView *> m_tables;
};

} // namespace rebuttal
