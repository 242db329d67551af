#include "ResearchCharts.h"

#include "ResearchPalette.h"
#include "models/DistributionModel.h"
#include "models/FlagCountsModel.h"
#include "models/OutcomeCountsModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QCursor>
#include <QHBoxPlotModelMapper>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace rebuttal {

namespace {

// Pixel sizes, so a chart reads the same on screen, in a 1400x800 PNG and in an SVG.
QFont chartFont(int pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setTitleFont(chartFont(18, true));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(chartFont(14));
    chart->legend()->setShowToolTips(true); // a label cut short shows whole on hover
    chart->setBackgroundRoundness(0);
    // The axis labels and title keep the plot well in from the left edge; without a margin of its
    // own on the right, the plot (or a legend there) ran to the image's edge.
    QMargins margins = chart->margins();
    margins.setRight(std::max(margins.right(), 56));
    chart->setMargins(margins);
    return chart;
}

QValueAxis *valueAxis(const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setTitleFont(chartFont(14));
    axis->setLabelsFont(chartFont(14));
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}

QBarCategoryAxis *categoryAxis(const QString &title)
{
    auto *axis = new QBarCategoryAxis;
    axis->setTitleText(title);
    axis->setTitleFont(chartFont(14));
    axis->setLabelsFont(chartFont(14));
    return axis;
}

// Up to a round number, so gridlines fall on whole values.
void fitAxis(QValueAxis *axis, double low, double high)
{
    high = std::max(high, 1.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(1.0, high - std::min(low, 0.0)))));
    const double step = magnitude >= 10 ? magnitude / 2 : 1;
    axis->setRange(std::min(0.0, std::floor(low / step) * step), std::ceil(high / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step * std::max(1.0, std::ceil((axis->max() - axis->min()) / step / 10)));
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 8);
}

// Colours each bar set (the i-th from `colourOf(i)`) and names the bar under the pointer: the
// mapper rebuilds the sets on every model reset, so this runs again each time.
template <typename Model, typename ColourOf>
void colourBarSets(QAbstractBarSeries *series, Model *model, ColourOf colourOf)
{
    const QList<QBarSet *> sets = series->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        QBarSet *set = sets.at(i);
        set->setColor(colourOf(i));
        set->setBorderColor(Qt::white);
        QObject::connect(set, &QBarSet::hovered, set, [set, model](bool status, int index) {
            if (!status) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                               ResearchCharts::tr("%1 — %2: %3").arg(model->label(index), set->label(), number(set->at(index))));
        });
    }
}

} // namespace

ResearchCharts::ResearchCharts(QObject *parent)
    : QObject(parent)
    , m_bySource(new OutcomeCountsModel(OutcomeCountsModel::Grouping::Source, this))
    , m_byCountry(new OutcomeCountsModel(OutcomeCountsModel::Grouping::Country, this))
    , m_byYear(new OutcomeCountsModel(OutcomeCountsModel::Grouping::Year, this))
    , m_detention(new DistributionModel(tr("Clients"), this))
    , m_separation(new DistributionModel(tr("Clients"), this))
    , m_disclosure(new DistributionModel(tr("Allegations"), this))
    , m_flagCounts(new FlagCountsModel(this))
{
}

QList<ResearchCharts::Kind> ResearchCharts::kinds()
{
    return {Kind::Outcomes, Kind::Detention, Kind::Separation, Kind::Disclosure, Kind::Countries, Kind::Years};
}

QString ResearchCharts::nameOf(Kind kind)
{
    switch (kind) {
    case Kind::Outcomes: return QStringLiteral("outcomes");
    case Kind::Countries: return QStringLiteral("countries");
    case Kind::Years: return QStringLiteral("years");
    case Kind::Detention: return QStringLiteral("detention");
    case Kind::Separation: return QStringLiteral("separation");
    case Kind::Disclosure: return QStringLiteral("disclosure");
    }
    Q_UNREACHABLE();
}

QStringList ResearchCharts::kindNames()
{
    QStringList names;
    for (Kind kind : kinds())
        names << nameOf(kind);
    return names;
}

std::optional<ResearchCharts::Kind> ResearchCharts::kindNamed(const QString &name)
{
    for (Kind kind : kinds()) {
        if (nameOf(kind) == name)
            return kind;
    }
    return std::nullopt;
}

namespace {

const char *untranslatedTitleOf(ResearchCharts::Kind kind)
{
    using Kind = ResearchCharts::Kind;
    switch (kind) {
    case Kind::Outcomes: return QT_TRANSLATE_NOOP("rebuttal::ResearchCharts", "Decisions that relied on each foreign-data source");
    case Kind::Countries: return QT_TRANSLATE_NOOP("rebuttal::ResearchCharts", "Allegations and clients by origin country");
    case Kind::Years: return QT_TRANSLATE_NOOP("rebuttal::ResearchCharts", "Allegations and clients by year asserted");
    case Kind::Detention: return QT_TRANSLATE_NOOP("rebuttal::ResearchCharts", "Days detained per client, by source");
    case Kind::Separation: return QT_TRANSLATE_NOOP("rebuttal::ResearchCharts", "Days of family separation per client, by source");
    case Kind::Disclosure: return QT_TRANSLATE_NOOP("rebuttal::ResearchCharts", "Disclosure delay in days, by source");
    }
    Q_UNREACHABLE();
}

const char *const kFlagTitle = QT_TRANSLATE_NOOP("rebuttal::ResearchCharts", "Agreement flags by program, country, decision category and year");

} // namespace

QString ResearchCharts::titleOf(Kind kind)
{
    return QCoreApplication::translate("rebuttal::ResearchCharts", untranslatedTitleOf(kind));
}

ActivityDetail ResearchCharts::loggedTitleOf(Kind kind)
{
    return ActivityDetail::inContext("rebuttal::ResearchCharts", untranslatedTitleOf(kind));
}

QString ResearchCharts::explanationOf(Kind kind)
{
    switch (kind) {
    case Kind::Outcomes:
        return tr("Events whose record says they relied on an allegation from the source. An event that relied on "
                  "two sources counts once under each.");
    case Kind::Countries:
    case Kind::Years:
        return tr("Allegations selected by the filters, and the distinct clients they concern.");
    case Kind::Detention:
    case Kind::Separation:
        return tr("A spell counts under a source when its first event, or any event up to its end (bond or parole "
                  "denied, asylum denied...), relied on an allegation from that source: the detention or separation "
                  "the allegation was used to start or prolong. A client's spells add up; an open spell runs to the "
                  "as-of date. Boxes show the quartiles, whiskers the minimum and maximum.");
    case Kind::Disclosure:
        return tr("Days from the date DHS asserted an allegation to the date counsel learned of it; allegations "
                  "missing either date are left out.");
    }
    Q_UNREACHABLE();
}

OutcomeStatistics::Parts ResearchCharts::partsOf(Kind kind)
{
    switch (kind) {
    case Kind::Outcomes: return OutcomeStatistics::Sources;
    case Kind::Countries: return OutcomeStatistics::Countries;
    case Kind::Years: return OutcomeStatistics::Years;
    case Kind::Detention: return OutcomeStatistics::Detention;
    case Kind::Separation: return OutcomeStatistics::Separation;
    case Kind::Disclosure: return OutcomeStatistics::Disclosure;
    }
    Q_UNREACHABLE();
}

void ResearchCharts::setFigures(const OutcomeFigures &figures)
{
    m_figures = figures;
    m_bySource->setRows(figures.bySource);
    m_byCountry->setRows(figures.byCountry);
    m_byYear->setRows(figures.byYear);
    m_detention->setRows(figures.detentionDays);
    m_separation->setRows(figures.separationDays);
    m_disclosure->setRows(figures.disclosureDelayDays);
}

QAbstractItemModel *ResearchCharts::modelOf(Kind kind) const
{
    switch (kind) {
    case Kind::Outcomes: return m_bySource;
    case Kind::Countries: return m_byCountry;
    case Kind::Years: return m_byYear;
    case Kind::Detention: return m_detention;
    case Kind::Separation: return m_separation;
    case Kind::Disclosure: return m_disclosure;
    }
    Q_UNREACHABLE();
}

QChart *ResearchCharts::createChart(Kind kind) const
{
    if (kind == Kind::Detention || kind == Kind::Separation || kind == Kind::Disclosure)
        return createBoxChart(kind);
    return createBarChart(kind);
}

QChart *ResearchCharts::createBarChart(Kind kind) const
{
    auto *model = static_cast<OutcomeCountsModel *>(modelOf(kind));
    const bool outcomes = kind == Kind::Outcomes;
    QChart *chart = newChart(titleOf(kind));
    QAbstractBarSeries *series = outcomes ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                          : static_cast<QAbstractBarSeries *>(new QBarSeries);
    auto *mapper = new QVBarModelMapper(series);
    mapper->setFirstBarSetColumn(outcomes ? int(OutcomeCountsModel::FirstOutcome) : int(OutcomeCountsModel::Allegations));
    mapper->setLastBarSetColumn(outcomes ? model->lastOutcomeColumn() : int(OutcomeCountsModel::Clients));
    mapper->setModel(model);
    mapper->setSeries(series);
    chart->addSeries(series);
    QBarCategoryAxis *categories = categoryAxis(outcomes ? tr("Source of the allegation")
                                                         : model->headerData(OutcomeCountsModel::Label, Qt::Horizontal).toString());
    QValueAxis *values = valueAxis(outcomes ? tr("Events") : tr("Count"));
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);

    // The mapper rebuilds the bar sets whenever the model resets: colour, label and axes follow.
    const int firstColumn = mapper->firstBarSetColumn();
    auto decorate = [model, series, categories, values, outcomes, firstColumn] {
        QStringList labels;
        double highest = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            // A word to a line: a long source name ("Notificación Roja") is never cut short.
            labels << model->label(row).toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("<br>"));
            double total = 0;
            for (QBarSet *set : series->barSets())
                total = outcomes ? total + set->at(row) : std::max(total, set->at(row));
            highest = std::max(highest, total);
        }
        categories->setCategories(labels);
        fitAxis(values, 0, highest);
        colourBarSets(series, model, [firstColumn](int i) { return ResearchPalette::outcome(OutcomeCountsModel::columnKey(firstColumn + i)); });
    };
    decorate();
    connect(model, &QAbstractItemModel::modelReset, series, decorate);
    series->setBarWidth(outcomes ? 0.6 : 0.8);
    // Seven outcomes in a row at the bottom cut their names short ("Separación famil..."); down
    // the right side each has the room it needs.
    if (outcomes)
        chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart *ResearchCharts::createBoxChart(Kind kind) const
{
    auto *model = static_cast<DistributionModel *>(modelOf(kind));
    QChart *chart = newChart(titleOf(kind));
    chart->legend()->hide(); // the category axis names each box
    auto *series = new QBoxPlotSeries;
    series->setName(titleOf(kind));
    auto *mapper = new QHBoxPlotModelMapper(series);
    mapper->setFirstColumn(DistributionModel::Minimum);
    mapper->setColumnCount(DistributionModel::Maximum - DistributionModel::Minimum + 1);
    mapper->setModel(model);
    mapper->setSeries(series);
    chart->addSeries(series);
    QBarCategoryAxis *categories = categoryAxis(tr("Source of the allegation"));
    QValueAxis *values = valueAxis(kind == Kind::Disclosure ? tr("Days before counsel learned of it") : tr("Days"));
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);

    // The mapper takes a fixed range of rows: it follows the model's length.
    mapper->setFirstBoxSetRow(0);
    auto decorate = [model, mapper, series, categories, values] {
        mapper->setLastBoxSetRow(model->rowCount() - 1);
        QStringList labels;
        QStringList categoryLabels;
        double low = 0;
        double high = 0;
        const QList<QBoxSet *> sets = series->boxSets();
        for (int row = 0; row < model->rowCount() && row < sets.size(); ++row) {
            const Distribution &d = model->rows().at(row);
            labels << tr("%1 (n=%2)").arg(model->label(row)).arg(d.count);
            // The count on a line of its own, so a long source name never hides it.
            categoryLabels << model->label(row).toHtmlEscaped() + QStringLiteral("<br>") + tr("(n=%1)").arg(d.count);
            low = std::min(low, d.minimum);
            high = std::max(high, d.maximum);
            QBoxSet *set = sets.at(row);
            set->setLabel(labels.last());
            set->setBrush(ResearchPalette::source(d.key));
            set->setPen(QPen(QColor(0x33, 0x33, 0x33), 1.5));
            const QString tip = tr("%1: %n value(s)\nminimum %2, lower quartile %3, median %4, upper quartile %5, maximum %6",
                                   nullptr, d.count)
                                    .arg(model->label(row), number(d.minimum), number(d.lowerQuartile), number(d.median),
                                         number(d.upperQuartile), number(d.maximum));
            QObject::connect(set, &QBoxSet::hovered, set, [tip](bool status) {
                if (status)
                    QToolTip::showText(QCursor::pos(), tip);
                else
                    QToolTip::hideText();
            });
        }
        categories->setCategories(categoryLabels);
        fitAxis(values, low, high);
    };
    decorate();
    connect(model, &QAbstractItemModel::modelReset, series, decorate);
    series->setBoxWidth(0.5);
    return chart;
}

QString ResearchCharts::flagTitle()
{
    return QCoreApplication::translate("rebuttal::ResearchCharts", kFlagTitle);
}

ActivityDetail ResearchCharts::loggedFlagTitle()
{
    return ActivityDetail::inContext("rebuttal::ResearchCharts", kFlagTitle);
}

QString ResearchCharts::flagExplanation()
{
    return tr("The flags of the agreement check as of the as-of date, over every client, for the allegations the "
              "filters select. Each flag counts once in each of the four groups; a flag on the allegation itself, "
              "not on a decision, counts under \"The allegation itself\".");
}

QChart *ResearchCharts::createFlagChart() const
{
    // Okabe-Ito, one colour per rule, neighbours differing in lightness.
    static const QList<QColor> ruleColors{QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                          QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7)};
    FlagCountsModel *model = m_flagCounts;
    QChart *chart = newChart(flagTitle());
    auto *series = new QStackedBarSeries;
    auto *mapper = new QVBarModelMapper(series);
    mapper->setFirstBarSetColumn(FlagCountsModel::FirstRule);
    mapper->setLastBarSetColumn(FlagCountsModel::LastRule);
    mapper->setModel(model);
    mapper->setSeries(series);
    chart->addSeries(series);
    QBarCategoryAxis *categories = categoryAxis(tr("Program, country, decision category and year"));
    QValueAxis *values = valueAxis(tr("Flags"));
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    auto decorate = [model, series, categories, values] {
        QStringList labels;
        double highest = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            labels << model->label(row).toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("<br>"));
            highest = std::max(highest, double(model->rows().at(row).total()));
        }
        categories->setCategories(labels);
        fitAxis(values, 0, highest);
        colourBarSets(series, model, [](int i) { return ruleColors.value(i); });
    };
    decorate();
    connect(model, &QAbstractItemModel::modelReset, series, decorate);
    series->setBarWidth(0.6);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

} // namespace rebuttal
