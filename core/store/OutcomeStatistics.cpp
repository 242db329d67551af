#include "OutcomeStatistics.h"

#include "CaseStore.h"
#include "SqlStatement.h"
#include "domain/CaseTypes.h"

#include <QHash>

#include <algorithm>

namespace rebuttal {

namespace {

// The first day of a stored date as given (YYYY, YYYY-MM or YYYY-MM-DD), as CaseTimeline counts it.
QString firstDaySql(const QString &column)
{
    return QStringLiteral("(CASE length(%1) WHEN 4 THEN %1 || '-01-01' WHEN 7 THEN %1 || '-01' ELSE %1 END)").arg(column);
}

// A statement's text and its positional values, built up in placeholder order.
struct Query
{
    QString sql;
    QVariantList values;
};

// The `sel` CTE: the allegations the filter selects, each with the key it is grouped under.
Query selectedAllegations(const OutcomeFilter &filter, const QString &groupExpression)
{
    const QString asserted = firstDaySql(QStringLiteral("a.asserted_on"));
    Query query;
    query.sql = QStringLiteral("sel AS (SELECT a.id AS id, a.client_id AS client_id, %1 AS grp, %2 AS asserted, %3 AS disclosed"
                               " FROM allegations a WHERE 1")
                    .arg(groupExpression, asserted, firstDaySql(QStringLiteral("a.disclosed_on")));
    if (filter.assertedFrom.isValid()) {
        query.sql += QStringLiteral(" AND %1 >= ?").arg(asserted);
        query.values << filter.assertedFrom.toString(Qt::ISODate);
    }
    if (filter.assertedTo.isValid()) {
        query.sql += QStringLiteral(" AND %1 <= ?").arg(asserted);
        query.values << filter.assertedTo.toString(Qt::ISODate);
    }
    const std::pair<QString, QString> equalities[] = {
        {QStringLiteral("a.origin_country"), filter.originCountry},
        {QStringLiteral("a.source"), filter.source},
        {QStringLiteral("a.status"), filter.status},
    };
    for (const auto &[column, value] : equalities) {
        if (!value.isEmpty()) {
            query.sql += QStringLiteral(" AND %1 = ?").arg(column);
            query.values << value;
        }
    }
    query.sql += QLatin1Char(')');
    return query;
}

enum class Grouping { Source, Country, Year };

QString groupExpression(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Source: return QStringLiteral("a.source");
    case Grouping::Country: return QStringLiteral("COALESCE(a.origin_country, '')");
    case Grouping::Year: return QStringLiteral("COALESCE(substr(a.asserted_on, 1, 4), '')");
    }
    Q_UNREACHABLE();
}

class Runner
{
public:
    explicit Runner(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    // Runs `query`, handing each row to `row`; false (and error()) when SQLite refuses.
    template <typename RowFunction> bool run(const Query &query, RowFunction row)
    {
        SqlStatement statement(m_db, query.sql);
        for (const QVariant &value : query.values)
            statement.bind(value);
        if (!statement.exec()) {
            m_error = statement.error();
            return false;
        }
        while (statement.next())
            row(statement);
        return true;
    }

    [[nodiscard]] StoreError error() const { return m_error; }

private:
    QSqlDatabase m_db;
    StoreError m_error;
};

int sourceRank(const QString &code)
{
    static const QStringList order = allCodes<AllegationSource>();
    const qsizetype index = order.indexOf(code);
    return index < 0 ? order.size() : static_cast<int>(index);
}

template <typename T> void sortBySource(QList<T> &list)
{
    std::stable_sort(list.begin(), list.end(), [](const T &a, const T &b) { return sourceRank(a.key) < sourceRank(b.key); });
}

bool countOutcomes(Runner &runner, const OutcomeFilter &filter, Grouping grouping, const QString &order,
                   QList<OutcomeCounts> *out)
{
    const Query sel = selectedAllegations(filter, groupExpression(grouping));
    QHash<QString, qsizetype> rowOf;
    const Query counts{QStringLiteral("WITH ") + sel.sql
                           + QStringLiteral(" SELECT grp, COUNT(*), COUNT(DISTINCT client_id) FROM sel GROUP BY grp ORDER BY ")
                           + order,
                       sel.values};
    const bool ok = runner.run(counts, [&](const SqlStatement &row) {
        rowOf.insert(row.value(0).toString(), out->size());
        *out << OutcomeCounts{row.value(0).toString(), row.value(1).toInt(), row.value(2).toInt(), {}};
    });
    if (!ok)
        return false;
    // An event relying on two allegations of one group counts once in it (DISTINCT), and once
    // in each group it relied on.
    const Query events{QStringLiteral("WITH ") + sel.sql
                           + QStringLiteral(" SELECT sel.grp, e.type, COUNT(DISTINCT e.id) FROM sel"
                                            " JOIN event_allegations ea ON ea.allegation_id = sel.id"
                                            " JOIN events e ON e.id = ea.event_id GROUP BY sel.grp, e.type"),
                       sel.values};
    return runner.run(events, [&](const SqlStatement &row) {
        const qsizetype index = rowOf.value(row.value(0).toString(), -1);
        if (index >= 0)
            (*out)[index].reliedOnEvents.insert(row.value(1).toString(), row.value(2).toInt());
    });
}

// Wraps a query yielding (grp, v) rows into one yielding each group's five-number summary,
// ranks by window functions, quantiles interpolated between neighbouring ranks.
Query summarised(const Query &withValues)
{
    auto quantile = [](const QString &p) {
        const QString pos = QStringLiteral("(1 + (n - 1) * %1)").arg(p);
        const QString low = QStringLiteral("CAST(%1 AS INTEGER)").arg(pos);
        return QStringLiteral("SUM(CASE WHEN rn = %2 THEN v * (1 - (%1 - %2)) WHEN rn = %2 + 1 THEN v * (%1 - %2) ELSE 0 END)")
            .arg(pos, low);
    };
    Query query = withValues;
    query.sql += QStringLiteral(
                     ", ranked AS (SELECT grp, v, ROW_NUMBER() OVER (PARTITION BY grp ORDER BY v) AS rn,"
                     " COUNT(*) OVER (PARTITION BY grp) AS n FROM vals)"
                     " SELECT grp, MAX(n), MIN(v), %1, %2, %3, MAX(v) FROM ranked GROUP BY grp")
                     .arg(quantile(QStringLiteral("0.25")), quantile(QStringLiteral("0.5")), quantile(QStringLiteral("0.75")));
    return query;
}

bool distributions(Runner &runner, const Query &withValues, QList<Distribution> *out)
{
    return runner.run(summarised(withValues), [&](const SqlStatement &row) {
        *out << Distribution{row.value(0).toString(), row.value(1).toInt(), row.value(2).toDouble(), row.value(3).toDouble(),
                             row.value(4).toDouble(), row.value(5).toDouble(), row.value(6).toDouble()};
    });
}

// Days of a spell: its end (or the as-of date while open) minus its start, never negative.
QString spellDaysSql()
{
    return QStringLiteral("MAX(0, CAST(round(julianday(COALESCE(sp.end, ?)) - julianday(sp.start)) AS INTEGER))");
}

// Per client and source, the days of the client's spells of `kind` attributed to the source.
Query spellDays(const OutcomeFilter &filter, const QString &kind, QDate asOf)
{
    const Query sel = selectedAllegations(filter, groupExpression(Grouping::Source));
    const QString day = asOf.toString(Qt::ISODate);
    Query query{QStringLiteral("WITH ") + sel.sql
                    + QStringLiteral(", att AS (SELECT DISTINCT sp.rowid AS spell, sp.client_id AS client_id, sel.grp AS grp, %1 AS days"
                                     " FROM spells sp"
                                     " JOIN events e ON e.client_id = sp.client_id AND e.date_sort >= sp.start"
                                     " AND e.date_sort <= COALESCE(sp.end, ?)"
                                     " JOIN event_allegations ea ON ea.event_id = e.id"
                                     " JOIN sel ON sel.id = ea.allegation_id"
                                     " WHERE sp.kind = ?),"
                                     " vals AS (SELECT grp, SUM(days) AS v FROM att GROUP BY client_id, grp)")
                          .arg(spellDaysSql()),
                sel.values};
    query.values << day << day << kind;
    return query;
}

Query disclosureDelays(const OutcomeFilter &filter)
{
    const Query sel = selectedAllegations(filter, groupExpression(Grouping::Source));
    return {QStringLiteral("WITH ") + sel.sql
                + QStringLiteral(", vals AS (SELECT grp, CAST(round(julianday(disclosed) - julianday(asserted)) AS INTEGER) AS v"
                                 " FROM sel WHERE julianday(disclosed) IS NOT NULL AND julianday(asserted) IS NOT NULL"
                                 // A disclosure before the assertion is a data-entry error, not a delay.
                                 " AND julianday(disclosed) >= julianday(asserted))"),
            sel.values};
}

} // namespace

OutcomeStatistics::OutcomeStatistics(CaseStore &store)
    : m_store(store)
{
}

std::optional<OutcomeFigures> OutcomeStatistics::figures(QDate asOf, const OutcomeFilter &filter, StoreError *error,
                                                         Parts parts) const
{
    Runner runner(m_store.database());
    OutcomeFigures figures;
    figures.asOf = asOf;
    const Query sel = selectedAllegations(filter, groupExpression(Grouping::Source));
    const Query totals{QStringLiteral("WITH ") + sel.sql + QStringLiteral(" SELECT COUNT(*), COUNT(DISTINCT client_id) FROM sel"),
                       sel.values};
    const bool ok =
        runner.run(totals, [&](const SqlStatement &row) {
            figures.allegations = row.value(0).toInt();
            figures.clients = row.value(1).toInt();
        })
        && (!parts.testFlag(Sources) || countOutcomes(runner, filter, Grouping::Source, QStringLiteral("grp"), &figures.bySource))
        && (!parts.testFlag(Countries)
            || countOutcomes(runner, filter, Grouping::Country, QStringLiteral("grp = '', COUNT(*) DESC, grp"), &figures.byCountry))
        && (!parts.testFlag(Years) || countOutcomes(runner, filter, Grouping::Year, QStringLiteral("grp = '', grp"), &figures.byYear))
        && (!parts.testFlag(Detention)
            || distributions(runner, spellDays(filter, QStringLiteral("detention"), asOf), &figures.detentionDays))
        && (!parts.testFlag(Separation)
            || distributions(runner, spellDays(filter, QStringLiteral("separation"), asOf), &figures.separationDays))
        && (!parts.testFlag(Disclosure) || distributions(runner, disclosureDelays(filter), &figures.disclosureDelayDays));
    if (!ok) {
        if (error)
            *error = runner.error();
        return std::nullopt;
    }
    sortBySource(figures.bySource);
    sortBySource(figures.detentionDays);
    sortBySource(figures.separationDays);
    sortBySource(figures.disclosureDelayDays);
    return figures;
}

std::optional<OutcomeFilterChoices> OutcomeStatistics::filterChoices(StoreError *error) const
{
    Runner runner(m_store.database());
    OutcomeFilterChoices choices;
    auto column = [&](const QString &sql, QStringList *out) {
        return runner.run({sql, {}}, [&](const SqlStatement &row) { *out << row.value(0).toString(); });
    };
    const QString asserted = firstDaySql(QStringLiteral("asserted_on"));
    const bool ok =
        column(QStringLiteral("SELECT DISTINCT source FROM allegations"), &choices.sources)
        && column(QStringLiteral("SELECT DISTINCT origin_country FROM allegations WHERE origin_country IS NOT NULL"
                                 " ORDER BY origin_country"),
                  &choices.countries)
        && column(QStringLiteral("SELECT DISTINCT status FROM allegations WHERE status IS NOT NULL"), &choices.statuses)
        && runner.run({QStringLiteral("SELECT MIN(%1), MAX(%1) FROM allegations").arg(asserted), {}},
                      [&](const SqlStatement &row) {
                          choices.earliest = QDate::fromString(row.value(0).toString(), Qt::ISODate);
                          choices.latest = QDate::fromString(row.value(1).toString(), Qt::ISODate);
                      });
    if (!ok) {
        if (error)
            *error = runner.error();
        return std::nullopt;
    }
    std::sort(choices.sources.begin(), choices.sources.end(),
              [](const QString &a, const QString &b) { return sourceRank(a) < sourceRank(b); });
    const QStringList statusOrder = allCodes<AllegationStatus>();
    std::sort(choices.statuses.begin(), choices.statuses.end(),
              [&](const QString &a, const QString &b) { return statusOrder.indexOf(a) < statusOrder.indexOf(b); });
    return choices;
}

std::optional<QList<DatasetRow>> OutcomeStatistics::dataset(QDate asOf, StoreError *error) const
{
    const QStringList types = DatasetRow::countedTypes();
    QString typeSums;
    for (qsizetype i = 0; i < types.size(); ++i)
        typeSums += QStringLiteral(", SUM(type = ?) AS t%1").arg(i);
    QString typeColumns;
    for (qsizetype i = 0; i < types.size(); ++i)
        typeColumns += QStringLiteral(", COALESCE(ev.t%1, 0)").arg(i);
    const QString day = asOf.toString(Qt::ISODate);
    Query query;
    // Ordered by what the row says, never by ref or id: row order reveals nothing about who.
    query.sql = QStringLiteral(
                    "WITH al AS (SELECT client_id, COUNT(*) AS n, MIN(substr(asserted_on, 1, 4)) AS first_year,"
                    "  MAX(CASE WHEN julianday(%1) >= julianday(%2) THEN CAST(round(julianday(%1) - julianday(%2)) AS INTEGER) END) AS delay"
                    "  FROM allegations GROUP BY client_id),"
                    " src AS (SELECT client_id, group_concat(source, ';') AS sources"
                    "  FROM (SELECT DISTINCT client_id, source FROM allegations ORDER BY client_id, source) GROUP BY client_id),"
                    " ev AS (SELECT client_id, COUNT(*) AS n%3 FROM events GROUP BY client_id),"
                    " rel AS (SELECT e.client_id, COUNT(DISTINCT e.id) AS n FROM events e"
                    "  JOIN event_allegations ea ON ea.event_id = e.id GROUP BY e.client_id),"
                    " sp AS (SELECT sp.client_id, SUM(CASE WHEN sp.kind = 'detention' THEN %4 ELSE 0 END) AS detention,"
                    "  SUM(CASE WHEN sp.kind = 'separation' THEN %4 ELSE 0 END) AS separation FROM spells sp GROUP BY sp.client_id)"
                    " SELECT COALESCE(src.sources, ''), COALESCE(al.n, 0), al.first_year, COALESCE(ev.n, 0), COALESCE(rel.n, 0),"
                    " COALESCE(sp.detention, 0), COALESCE(sp.separation, 0), al.delay%5"
                    " FROM clients c LEFT JOIN al ON al.client_id = c.id LEFT JOIN src ON src.client_id = c.id"
                    " LEFT JOIN ev ON ev.client_id = c.id LEFT JOIN rel ON rel.client_id = c.id LEFT JOIN sp ON sp.client_id = c.id"
                    " ORDER BY al.first_year IS NULL, al.first_year, 1, 2, 4, 5, 6, 7, 8")
                    .arg(firstDaySql(QStringLiteral("disclosed_on")), firstDaySql(QStringLiteral("asserted_on")), typeSums,
                         spellDaysSql(), typeColumns);
    for (const QString &type : types)
        query.values << type;
    query.values << day << day;

    Runner runner(m_store.database());
    QList<DatasetRow> rows;
    const bool ok = runner.run(query, [&](const SqlStatement &row) {
        DatasetRow r;
        const QString sources = row.value(0).toString();
        r.sources = sources.isEmpty() ? QStringList() : sources.split(QLatin1Char(';'));
        r.allegations = row.value(1).toInt();
        if (!row.value(2).isNull())
            r.firstAllegationYear = row.value(2).toInt();
        r.events = row.value(3).toInt();
        r.reliedOnEvents = row.value(4).toInt();
        r.detentionDays = row.value(5).toInt();
        r.separationDays = row.value(6).toInt();
        if (!row.value(7).isNull())
            r.longestDisclosureDelayDays = row.value(7).toInt();
        for (qsizetype i = 0; i < types.size(); ++i)
            r.eventCounts.insert(types.at(i), row.value(8 + static_cast<int>(i)).toInt());
        rows << r;
    });
    if (!ok) {
        if (error)
            *error = runner.error();
        return std::nullopt;
    }
    return rows;
}

} // namespace rebuttal
