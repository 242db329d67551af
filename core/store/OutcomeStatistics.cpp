#include "OutcomeStatistics.h"

#include "CaseStore.h"
#include "PgConnection.h"
#include "ServerMatterPool.h"
#include "ServerStore.h"
#include "SqlStatement.h"
#include "domain/CaseTypes.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace rebuttal {

namespace {

// The first day of a stored date as given (YYYY, YYYY-MM or YYYY-MM-DD), as CaseTimeline counts it.
QString firstDaySql(const QString &column)
{
    return QStringLiteral("(CASE length(%1) WHEN 4 THEN %1 || '-01-01' WHEN 7 THEN %1 || '-01' ELSE %1 END)").arg(column);
}

// A statement's text and its positional values (? placeholders), built up in placeholder order.
struct Query
{
    QString sql;
    QVariantList values;
};

// Where SQLite's and PostgreSQL's SQL part for these statements: the same figures from the same
// rows on both, so `stats` and `dataset` print the same bytes from a case file and a matter.
class Dialect
{
public:
    explicit Dialect(bool postgres)
        : m_postgres(postgres)
    {
    }

    // A stored first-day date (YYYY-MM-DD text) as a date; NULL stays NULL.
    QString date(const QString &text) const
    {
        return m_postgres ? QStringLiteral("(%1)::date").arg(text) : QStringLiteral("julianday(%1)").arg(text);
    }
    // Whole days from `earlier` to `later`.
    QString daysBetween(const QString &later, const QString &earlier) const
    {
        return m_postgres ? QStringLiteral("((%1)::date - (%2)::date)").arg(later, earlier)
                          : QStringLiteral("CAST(round(julianday(%1) - julianday(%2)) AS INTEGER)").arg(later, earlier);
    }
    QString atLeastZero(const QString &value) const
    {
        return QStringLiteral("%1(0, %2)").arg(m_postgres ? QStringLiteral("GREATEST") : QStringLiteral("MAX"), value);
    }
    // The integer part of a non-negative number (PostgreSQL's CAST rounds, SQLite's truncates).
    QString integerPart(const QString &value) const
    {
        return m_postgres ? QStringLiteral("trunc(%1)::integer").arg(value) : QStringLiteral("CAST(%1 AS INTEGER)").arg(value);
    }
    // `column`'s values of a group joined by ';', in byte order (SQLite's: its input's order).
    QString joined(const QString &column) const
    {
        return m_postgres ? QStringLiteral("string_agg(%1, ';' ORDER BY %1 COLLATE \"C\")").arg(column)
                          : QStringLiteral("group_concat(%1, ';')").arg(column);
    }
    // Text sorted in byte order, as SQLite's BINARY collation sorts it (a server's default
    // collation sorts by language rules).
    QString byteOrder(const QString &text) const
    {
        return m_postgres ? text + QStringLiteral(" COLLATE \"C\"") : text;
    }

private:
    bool m_postgres;
};

// The `sel` CTE: the allegations the filter selects, each with the key it is grouped under.
Query selectedAllegations(const OutcomeFilter &filter, const QString &groupExpression)
{
    const QString asserted = firstDaySql(QStringLiteral("a.asserted_on"));
    Query query;
    query.sql = QStringLiteral("sel AS (SELECT a.id AS id, a.client_id AS client_id, %1 AS grp, %2 AS asserted, %3 AS disclosed"
                               " FROM allegations a WHERE 1 = 1")
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

// One column of the row at hand, by index.
using Column = std::function<QVariant(int)>;

} // namespace

// Runs the statements on one backend and hands their rows over.
class OutcomeRunner
{
public:
    explicit OutcomeRunner(bool postgres)
        : m_dialect(postgres)
    {
    }
    virtual ~OutcomeRunner() = default;

    const Dialect &dialect() const { return m_dialect; }
    // Runs `query`, handing each row to `row`; false (and error()) when the store refuses.
    virtual bool run(const Query &query, const std::function<void(const Column &)> &row) = 0;
    [[nodiscard]] StoreError error() const { return m_error; }

protected:
    // Binds the query's values to `statement` (SqlStatement or PgStatement: the same shape), runs it
    // and hands each row to `row`.
    template <typename Statement>
    bool each(Statement &statement, const Query &query, const std::function<void(const Column &)> &row)
    {
        for (const QVariant &value : query.values)
            statement.bind(value);
        if (!statement.exec()) {
            m_error = statement.error();
            return false;
        }
        const Column column = [&](int index) { return statement.value(index); };
        while (statement.next())
            row(column);
        return true;
    }

    StoreError m_error;

private:
    Dialect m_dialect;
};

namespace {

class FileRunner final : public OutcomeRunner
{
public:
    explicit FileRunner(const QSqlDatabase &db)
        : OutcomeRunner(false)
        , m_db(db)
    {
    }

    bool run(const Query &query, const std::function<void(const Column &)> &row) override
    {
        SqlStatement statement(m_db, query.sql);
        return each(statement, query, row);
    }

private:
    QSqlDatabase m_db;
};

// The same statements over one or several matters' schemas: each table the statements read is a
// CTE of the same name over every schema's table, its ids moved apart per schema (the k-th by
// k * 2^40; a matter's own ids never come near) so that no two matters' clients or events meet.
class ServerRunner final : public OutcomeRunner
{
public:
    ServerRunner(PgConnection &connection, const QStringList &schemas)
        : OutcomeRunner(true)
        , m_connection(connection)
        , m_tables(pooledTables(schemas))
    {
    }

    bool run(const Query &query, const std::function<void(const Column &)> &row) override
    {
        QString sql = query.sql;
        sql = sql.startsWith(QLatin1String("WITH ")) ? QStringLiteral("WITH %1, %2").arg(m_tables, sql.mid(5))
                                                     : QStringLiteral("WITH %1 %2").arg(m_tables, sql);
        PgStatement statement(m_connection, numberedPlaceholders(sql));
        return each(statement, query, row);
    }

private:
    static QString pooledTables(const QStringList &schemas)
    {
        // Table, then its columns with the ids to move apart first.
        struct Table
        {
            const char *name;
            QStringList ids;
            QStringList others;
        };
        const Table tables[] = {
            {"clients", {QStringLiteral("id")}, {}},
            {"allegations", {QStringLiteral("id"), QStringLiteral("client_id")},
             {QStringLiteral("source"), QStringLiteral("origin_country"), QStringLiteral("asserted_on"),
              QStringLiteral("disclosed_on"), QStringLiteral("status")}},
            {"events", {QStringLiteral("id"), QStringLiteral("client_id")}, {QStringLiteral("type"), QStringLiteral("date_sort")}},
            {"event_allegations", {QStringLiteral("event_id"), QStringLiteral("allegation_id")}, {}},
            {"spells", {QStringLiteral("client_id"), QStringLiteral("start_event_id")},
             {QStringLiteral("kind"), QStringLiteral("start"), QStringLiteral("\"end\"")}},
        };
        QStringList ctes;
        for (const Table &table : tables) {
            QStringList selects;
            for (qsizetype k = 0; k < schemas.size(); ++k) {
                QStringList columns;
                for (const QString &id : table.ids)
                    columns << QStringLiteral("(%1::bigint << 40) + %2 AS %2").arg(k).arg(id);
                columns << table.others;
                selects << QStringLiteral("SELECT %1 FROM %2.%3").arg(columns.join(QStringLiteral(", ")), schemas.at(k),
                                                                      QLatin1String(table.name));
            }
            ctes << QStringLiteral("%1 AS (%2)").arg(QLatin1String(table.name), selects.join(QStringLiteral(" UNION ALL ")));
        }
        return ctes.join(QStringLiteral(", "));
    }

    // ? placeholders (none is ever inside a literal here) as PostgreSQL's $1, $2...
    static QString numberedPlaceholders(const QString &sql)
    {
        QString result;
        int number = 0;
        for (const QChar c : sql) {
            if (c == QLatin1Char('?'))
                result += QLatin1Char('$') + QString::number(++number);
            else
                result += c;
        }
        return result;
    }

    PgConnection &m_connection;
    QString m_tables;
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

bool countOutcomes(OutcomeRunner &runner, const OutcomeFilter &filter, Grouping grouping, const QString &order,
                   QList<OutcomeCounts> *out)
{
    const Query sel = selectedAllegations(filter, groupExpression(grouping));
    QHash<QString, qsizetype> rowOf;
    const Query counts{QStringLiteral("WITH ") + sel.sql
                           + QStringLiteral(" SELECT grp, COUNT(*), COUNT(DISTINCT client_id) FROM sel GROUP BY grp ORDER BY ")
                           + order,
                       sel.values};
    const bool ok = runner.run(counts, [&](const Column &column) {
        rowOf.insert(column(0).toString(), out->size());
        *out << OutcomeCounts{column(0).toString(), column(1).toInt(), column(2).toInt(), {}};
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
    return runner.run(events, [&](const Column &column) {
        const qsizetype index = rowOf.value(column(0).toString(), -1);
        if (index >= 0)
            (*out)[index].reliedOnEvents.insert(column(1).toString(), column(2).toInt());
    });
}

// Wraps a query yielding (grp, v) rows into one yielding each group's five-number summary,
// ranks by window functions, quantiles interpolated between neighbouring ranks.
Query summarised(const Dialect &dialect, const Query &withValues)
{
    auto quantile = [&](const QString &p) {
        const QString pos = QStringLiteral("(1 + (n - 1) * %1)").arg(p);
        const QString low = dialect.integerPart(pos);
        return QStringLiteral("SUM(CASE WHEN rn = %2 THEN v * (1 - (%1 - %2)) WHEN rn = %2 + 1 THEN v * (%1 - %2) ELSE 0 END)")
            .arg(pos, low);
    };
    Query query = withValues;
    query.sql += QStringLiteral(
                     ", ranked AS (SELECT grp, v, ROW_NUMBER() OVER (PARTITION BY grp ORDER BY v) AS rn,"
                     " COUNT(*) OVER (PARTITION BY grp) AS n FROM vals)"
                     " SELECT grp, MAX(n), MIN(v), %1, %2, %3, MAX(v) FROM ranked GROUP BY grp ORDER BY %4")
                     .arg(quantile(QStringLiteral("0.25")), quantile(QStringLiteral("0.5")), quantile(QStringLiteral("0.75")),
                          dialect.byteOrder(QStringLiteral("grp")));
    return query;
}

bool distributions(OutcomeRunner &runner, const Query &withValues, QList<Distribution> *out)
{
    return runner.run(summarised(runner.dialect(), withValues), [&](const Column &column) {
        *out << Distribution{column(0).toString(), column(1).toInt(), column(2).toDouble(), column(3).toDouble(),
                             column(4).toDouble(), column(5).toDouble(), column(6).toDouble()};
    });
}

// Days of a spell: its end (or the as-of date while open) minus its start, never negative.
QString spellDaysSql(const Dialect &dialect)
{
    return dialect.atLeastZero(dialect.daysBetween(QStringLiteral("COALESCE(sp.\"end\", ?)"), QStringLiteral("sp.start")));
}

// Per client and source, the days of the client's spells of `kind` attributed to the source.
// A spell is known by its opening event (one spell of a kind opens at an event).
Query spellDays(const Dialect &dialect, const OutcomeFilter &filter, const QString &kind, QDate asOf)
{
    const Query sel = selectedAllegations(filter, groupExpression(Grouping::Source));
    const QString day = asOf.toString(Qt::ISODate);
    Query query{QStringLiteral("WITH ") + sel.sql
                    + QStringLiteral(", att AS (SELECT DISTINCT sp.start_event_id AS spell, sp.client_id AS client_id,"
                                     " sel.grp AS grp, %1 AS days"
                                     " FROM spells sp"
                                     " JOIN events e ON e.client_id = sp.client_id AND e.date_sort >= sp.start"
                                     " AND e.date_sort <= COALESCE(sp.\"end\", ?)"
                                     " JOIN event_allegations ea ON ea.event_id = e.id"
                                     " JOIN sel ON sel.id = ea.allegation_id"
                                     " WHERE sp.kind = ?),"
                                     " vals AS (SELECT grp, SUM(days) AS v FROM att GROUP BY client_id, grp)")
                          .arg(spellDaysSql(dialect)),
                sel.values};
    query.values << day << day << kind;
    return query;
}

Query disclosureDelays(const Dialect &dialect, const OutcomeFilter &filter)
{
    const Query sel = selectedAllegations(filter, groupExpression(Grouping::Source));
    return {QStringLiteral("WITH ") + sel.sql
                + QStringLiteral(", vals AS (SELECT grp, %1 AS v"
                                 " FROM sel WHERE %2 IS NOT NULL AND %3 IS NOT NULL"
                                 // A disclosure before the assertion is a data-entry error, not a delay.
                                 " AND %2 >= %3)")
                      .arg(dialect.daysBetween(QStringLiteral("disclosed"), QStringLiteral("asserted")),
                           dialect.date(QStringLiteral("disclosed")), dialect.date(QStringLiteral("asserted"))),
            sel.values};
}

} // namespace

OutcomeStatistics::OutcomeStatistics(CaseStore &store)
    : m_runner(std::make_unique<FileRunner>(store.database()))
{
}

OutcomeStatistics::OutcomeStatistics(ServerStore &store)
    : m_runner(std::make_unique<ServerRunner>(store.connection(), QStringList{store.location().schemaName()}))
{
}

OutcomeStatistics::OutcomeStatistics(ServerMatterPool &pool)
    : m_runner(std::make_unique<ServerRunner>(pool.connection(), pool.schemas()))
{
}

OutcomeStatistics::~OutcomeStatistics() = default;

std::optional<OutcomeFigures> OutcomeStatistics::figures(QDate asOf, const OutcomeFilter &filter, StoreError *error,
                                                         Parts parts) const
{
    OutcomeRunner &runner = *m_runner;
    const Dialect &dialect = runner.dialect();
    OutcomeFigures figures;
    figures.asOf = asOf;
    const Query sel = selectedAllegations(filter, groupExpression(Grouping::Source));
    const Query totals{QStringLiteral("WITH ") + sel.sql + QStringLiteral(" SELECT COUNT(*), COUNT(DISTINCT client_id) FROM sel"),
                       sel.values};
    const QString grp = dialect.byteOrder(QStringLiteral("grp"));
    const bool ok =
        runner.run(totals, [&](const Column &column) {
            figures.allegations = column(0).toInt();
            figures.clients = column(1).toInt();
        })
        && (!parts.testFlag(Sources) || countOutcomes(runner, filter, Grouping::Source, grp, &figures.bySource))
        && (!parts.testFlag(Countries)
            || countOutcomes(runner, filter, Grouping::Country, QStringLiteral("grp = '', COUNT(*) DESC, ") + grp, &figures.byCountry))
        && (!parts.testFlag(Years) || countOutcomes(runner, filter, Grouping::Year, QStringLiteral("grp = '', ") + grp, &figures.byYear))
        && (!parts.testFlag(Detention)
            || distributions(runner, spellDays(dialect, filter, QStringLiteral("detention"), asOf), &figures.detentionDays))
        && (!parts.testFlag(Separation)
            || distributions(runner, spellDays(dialect, filter, QStringLiteral("separation"), asOf), &figures.separationDays))
        && (!parts.testFlag(Disclosure) || distributions(runner, disclosureDelays(dialect, filter), &figures.disclosureDelayDays));
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
    OutcomeRunner &runner = *m_runner;
    OutcomeFilterChoices choices;
    auto column = [&](const QString &sql, QStringList *out) {
        return runner.run({sql, {}}, [&](const Column &value) { *out << value(0).toString(); });
    };
    const QString asserted = firstDaySql(QStringLiteral("asserted_on"));
    const bool ok =
        column(QStringLiteral("SELECT DISTINCT source FROM allegations"), &choices.sources)
        && column(QStringLiteral("SELECT DISTINCT %1 FROM allegations WHERE origin_country IS NOT NULL ORDER BY 1")
                      .arg(runner.dialect().byteOrder(QStringLiteral("origin_country"))),
                  &choices.countries)
        && column(QStringLiteral("SELECT DISTINCT status FROM allegations WHERE status IS NOT NULL"), &choices.statuses)
        && runner.run({QStringLiteral("SELECT MIN(%1), MAX(%1) FROM allegations").arg(asserted), {}},
                      [&](const Column &value) {
                          choices.earliest = QDate::fromString(value(0).toString(), Qt::ISODate);
                          choices.latest = QDate::fromString(value(1).toString(), Qt::ISODate);
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
    OutcomeRunner &runner = *m_runner;
    const Dialect &dialect = runner.dialect();
    const QStringList types = DatasetRow::countedTypes();
    QString typeSums;
    for (qsizetype i = 0; i < types.size(); ++i)
        typeSums += QStringLiteral(", SUM(CASE WHEN type = ? THEN 1 ELSE 0 END) AS t%1").arg(i);
    QString typeColumns;
    QString typeOrder;
    for (qsizetype i = 0; i < types.size(); ++i) {
        typeColumns += QStringLiteral(", COALESCE(ev.t%1, 0)").arg(i);
        typeOrder += QStringLiteral(", %1").arg(9 + i);
    }
    const QString day = asOf.toString(Qt::ISODate);
    const QString disclosed = firstDaySql(QStringLiteral("disclosed_on"));
    const QString asserted = firstDaySql(QStringLiteral("asserted_on"));
    Query query;
    // Ordered by what the row says, every column of it, never by ref, id or matter: row order
    // reveals nothing about who, and is the same from either store. NULLs sort first, as SQLite
    // sorts them.
    query.sql = QStringLiteral(
                    "WITH al AS (SELECT client_id, COUNT(*) AS n, MIN(substr(asserted_on, 1, 4)) AS first_year,"
                    "  MAX(CASE WHEN %1 >= %2 THEN %3 END) AS delay"
                    "  FROM allegations GROUP BY client_id),"
                    " src AS (SELECT client_id, %4 AS sources"
                    "  FROM (SELECT DISTINCT client_id, source FROM allegations ORDER BY client_id, source) AS d GROUP BY client_id),"
                    " ev AS (SELECT client_id, COUNT(*) AS n%5 FROM events GROUP BY client_id),"
                    " rel AS (SELECT e.client_id, COUNT(DISTINCT e.id) AS n FROM events e"
                    "  JOIN event_allegations ea ON ea.event_id = e.id GROUP BY e.client_id),"
                    " sp AS (SELECT sp.client_id, SUM(CASE WHEN sp.kind = 'detention' THEN %6 ELSE 0 END) AS detention,"
                    "  SUM(CASE WHEN sp.kind = 'separation' THEN %6 ELSE 0 END) AS separation FROM spells sp GROUP BY sp.client_id)"
                    " SELECT COALESCE(src.sources, ''), COALESCE(al.n, 0), al.first_year, COALESCE(ev.n, 0), COALESCE(rel.n, 0),"
                    " COALESCE(sp.detention, 0), COALESCE(sp.separation, 0), al.delay%7"
                    " FROM clients c LEFT JOIN al ON al.client_id = c.id LEFT JOIN src ON src.client_id = c.id"
                    " LEFT JOIN ev ON ev.client_id = c.id LEFT JOIN rel ON rel.client_id = c.id LEFT JOIN sp ON sp.client_id = c.id"
                    " ORDER BY al.first_year IS NULL, al.first_year, %8, 2, 4, 5, 6, 7, al.delay IS NOT NULL, al.delay%9")
                    .arg(dialect.date(disclosed), dialect.date(asserted), dialect.daysBetween(disclosed, asserted),
                         dialect.joined(QStringLiteral("source")), typeSums, spellDaysSql(dialect), typeColumns,
                         dialect.byteOrder(QStringLiteral("COALESCE(src.sources, '')")), typeOrder);
    for (const QString &type : types)
        query.values << type;
    query.values << day << day;

    QList<DatasetRow> rows;
    const bool ok = runner.run(query, [&](const Column &column) {
        DatasetRow r;
        const QString sources = column(0).toString();
        r.sources = sources.isEmpty() ? QStringList() : sources.split(QLatin1Char(';'));
        r.allegations = column(1).toInt();
        if (!column(2).isNull())
            r.firstAllegationYear = column(2).toInt();
        r.events = column(3).toInt();
        r.reliedOnEvents = column(4).toInt();
        r.detentionDays = column(5).toInt();
        r.separationDays = column(6).toInt();
        if (!column(7).isNull())
            r.longestDisclosureDelayDays = column(7).toInt();
        for (qsizetype i = 0; i < types.size(); ++i)
            r.eventCounts.insert(types.at(i), column(8 + static_cast<int>(i)).toInt());
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
