// The research charts, each mapped from a table model (QVBarModelMapper, QHBoxPlotModelMapper)
// so that the charts and the tables beside them show the same numbers and change together.
// Used by the research page and, headless, by `rebuttal-cli chart`.
#pragma once

#include "domain/ActivityDetail.h"
#include "store/OutcomeStatistics.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

class QAbstractItemModel;
class QChart;

namespace rebuttal {

class DistributionModel;
class FlagCountsModel;
class OutcomeCountsModel;

class ResearchCharts : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Outcomes, Countries, Years, Detention, Separation, Disclosure };

    explicit ResearchCharts(QObject *parent = nullptr);

    static QList<Kind> kinds();
    // The CLI's names ("outcomes", "detention"...) and the page's titles.
    static QString nameOf(Kind kind);
    static QStringList kindNames();
    static std::optional<Kind> kindNamed(const QString &name);
    static QString titleOf(Kind kind);
    // A title as the activity log keeps it, to be shown in each reader's language.
    static ActivityDetail loggedTitleOf(Kind kind);
    // What the chart counts and how, for its tooltip and the README.
    static QString explanationOf(Kind kind);
    // The figures a chart draws.
    static OutcomeStatistics::Parts partsOf(Kind kind);

    void setFigures(const OutcomeFigures &figures);
    const OutcomeFigures &figures() const { return m_figures; }

    QAbstractItemModel *modelOf(Kind kind) const;
    OutcomeCountsModel *bySource() const { return m_bySource; }

    // A new chart (the caller owns it) that follows modelOf(kind) as it changes.
    QChart *createChart(Kind kind) const;

    // The agreement flags by program, country, decision category and year. Not one of kinds():
    // it comes from the agreement check, not from OutcomeStatistics, so the CLI's `chart` has no name for it.
    FlagCountsModel *flagCounts() const { return m_flagCounts; }
    static QString flagTitle();
    static ActivityDetail loggedFlagTitle();
    static QString flagExplanation();
    // A new stacked bar chart (the caller owns it) that follows flagCounts() as it changes.
    QChart *createFlagChart() const;

private:
    QChart *createBarChart(Kind kind) const;
    QChart *createBoxChart(Kind kind) const;

    OutcomeFigures m_figures;
    OutcomeCountsModel *m_bySource;
    OutcomeCountsModel *m_byCountry;
    OutcomeCountsModel *m_byYear;
    DistributionModel *m_detention;
    DistributionModel *m_separation;
    DistributionModel *m_disclosure;
    FlagCountsModel *m_flagCounts;
};

} // namespace rebuttal
