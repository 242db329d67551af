#include "ClientRecords.h"

#include "ActivityLog.h"
#include "CaseStore.h"
#include "ClientRows.h"
#include "SqlStatement.h"
#include "domain/CaseTimeline.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cstring>

namespace rebuttal {

namespace {

// A date as the case file stores it (YYYY, YYYY-MM or YYYY-MM-DD) and the first day of its period
// (events.date_sort, YYYY-MM-DD), as UTF-8 for binding: the first day is the text completed with
// -01, without the round trip through QDate that took 2% of a bulk import.
class DateText
{
public:
    explicit DateText(const PartialDate &date)
    {
        const QString text = date.toString(); // ASCII digits and dashes, at most 10
        m_size = static_cast<int>(std::min<qsizetype>(text.size(), 10));
        for (int i = 0; i < m_size; ++i)
            m_text[i] = static_cast<char>(text.at(i).unicode());
        std::memcpy(m_firstDay, m_text, static_cast<std::size_t>(m_size));
        std::memcpy(m_firstDay + m_size, "-01-01", static_cast<std::size_t>(10 - m_size) % 7);
    }
    // Null (NULL in SQL) for an invalid date.
    QByteArrayView text() const { return m_size ? QByteArrayView(m_text, m_size) : QByteArrayView(); }
    QByteArrayView firstDay() const { return m_size ? QByteArrayView(m_firstDay, 10) : QByteArrayView(); }

private:
    char m_text[10] = {};
    char m_firstDay[10] = {};
    int m_size = 0;
};

// The codes of a vocabulary as UTF-8, made once: every record binds its source, kind or type.
template<typename Enum, int Count>
QByteArrayView codeUtf8(Enum value)
{
    static const std::array<QByteArray, Count> codes = [] {
        std::array<QByteArray, Count> made;
        for (int i = 0; i < Count; ++i)
            made[static_cast<std::size_t>(i)] = codeOf(static_cast<Enum>(i)).toUtf8();
        return made;
    }();
    const int index = static_cast<int>(value);
    return index >= 0 && index < Count ? QByteArrayView(codes[static_cast<std::size_t>(index)]) : QByteArrayView();
}

QByteArrayView codeUtf8(AllegationSource value) { return codeUtf8<AllegationSource, int(AllegationSource::Other) + 1>(value); }
QByteArrayView codeUtf8(AllegationKind value) { return codeUtf8<AllegationKind, int(AllegationKind::Other) + 1>(value); }
QByteArrayView codeUtf8(AllegationStatus value) { return codeUtf8<AllegationStatus, int(AllegationStatus::Blocked) + 1>(value); }
QByteArrayView codeUtf8(EventType value) { return codeUtf8<EventType, int(EventType::Other) + 1>(value); }

QString textOrNull(const QString &text)
{
    return text.isEmpty() ? QString() : text;
}

// YYYY-MM-DD, as QDate::toString(Qt::ISODate) writes the years a record can hold (1 to 9999), in
// a fraction of its time (every stored event has one).
QString isoDate(QDate date)
{
    return PartialDate::fromDate(date).toString();
}

// Runs one statement that returns a single id.
qint64 idOf(SqlStatement &statement, StoreError *error)
{
    if (!statement.exec() || !statement.next()) {
        *error = statement.error().isError() ? statement.error()
                                             : StoreError::make(StoreError::Kind::Sql, ClientRecords::tr("a record the case file just wrote could not be read back"));
        return 0;
    }
    const qint64 id = statement.value(0).toLongLong();
    statement.finish();
    return id;
}

std::optional<Client> readClient(const QSqlDatabase &db, const QString &ref, StoreError *error, qint64 *clientId = nullptr,
                                 RowStamp *stamp = nullptr);

} // namespace

namespace {

// Replaces a client's derived spells with those its events give now, each statement prepared
// once for a whole import or rebuild.
class SpellWriter
{
public:
    explicit SpellWriter(const QSqlDatabase &db)
        : m_clear(db, QStringLiteral("DELETE FROM spells WHERE client_id = ?"))
        , m_eventIds(db, QStringLiteral("SELECT ref, id FROM events WHERE client_id = ?"))
        , m_insert(db, QStringLiteral(
              "INSERT INTO spells (client_id, kind, start_event_id, end_event_id, start, end) VALUES (?, ?, ?, ?, ?, ?)"))
    {
    }

    // `eventIds` holds the ids of the client's events in their order; read from the store when
    // empty. A client just added (`added`) has no spells to clear yet.
    [[nodiscard]] StoreError write(qint64 clientId, const Client &client, QList<qint64> eventIds, bool added = false);

private:
    SqlStatement m_clear;
    SqlStatement m_eventIds;
    SqlStatement m_insert;
};

StoreError SpellWriter::write(qint64 clientId, const Client &client, QList<qint64> eventIds, bool added)
{
    if (!added && !m_clear.bind(clientId).exec())
        return m_clear.error();
    const CaseTimeline timeline(client, QDate());
    if (timeline.spells().isEmpty())
        return {};
    if (eventIds.isEmpty()) {
        if (!m_eventIds.bind(clientId).exec())
            return m_eventIds.error();
        QHash<QString, qint64> idOfRef;
        while (m_eventIds.next())
            idOfRef.insert(m_eventIds.value(0).toString(), m_eventIds.value(1).toLongLong());
        for (const CaseEvent &event : client.events)
            eventIds << idOfRef.value(event.ref);
    }
    for (const CaseSpell &spell : timeline.spells()) {
        m_insert.bind(clientId)
            .bind(spell.kind == CaseSpell::Kind::Detention ? QStringLiteral("detention") : QStringLiteral("separation"))
            .bind(eventIds.value(spell.startEvent))
            .bind(spell.isOpen() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(eventIds.value(spell.endEvent)))
            .bind(isoDate(spell.start))
            .bind(spell.isOpen() ? QString() : isoDate(spell.end));
        if (!m_insert.exec())
            return m_insert.error();
    }
    return {};
}

// The columns an allegation and an event are written with, in the order of the insert statements.
void bindAllegation(SqlStatement &statement, qint64 clientId, const Allegation &a, qsizetype position)
{
    statement.bind(clientId).bind(a.ref).bind(static_cast<int>(position)).bindUtf8(codeUtf8(a.source)).bindUtf8(codeUtf8(a.kind))
        .bind(textOrNull(a.origin)).bind(textOrNull(a.originCountry)).bindUtf8(DateText(a.assertedOn).text())
        .bindUtf8(DateText(a.disclosedOn).text()).bind(textOrNull(a.disclosureChannel))
        .bindUtf8(a.status ? codeUtf8(*a.status) : QByteArrayView()).bind(textOrNull(a.detail));
}

void bindEvent(SqlStatement &statement, qint64 clientId, const CaseEvent &e, qsizetype position)
{
    const DateText date(e.date);
    statement.bind(clientId).bind(e.ref).bind(static_cast<int>(position)).bindUtf8(codeUtf8(e.type)).bindUtf8(date.text())
        .bindUtf8(date.firstDay()).bind(textOrNull(e.detail))
        .bind(textOrNull(e.decidedBy));
}

// Writes clients one after another inside the caller's transaction, with every statement
// prepared once: a 20,000-client import would otherwise spend its time in SQLite's parser.
class ClientWriter
{
public:
    explicit ClientWriter(const QSqlDatabase &db)
        : m_db(db)
        , m_exists(db, QStringLiteral("SELECT 1 FROM clients WHERE ref = ?"))
        , m_upsertClient(db, QStringLiteral(
              "INSERT INTO clients (ref, name, pseudonym, country, a_number, notes) VALUES (?, ?, ?, ?, ?, ?)"
              " ON CONFLICT (ref) DO UPDATE SET name = excluded.name, pseudonym = excluded.pseudonym,"
              " country = excluded.country, a_number = excluded.a_number, notes = excluded.notes"
              " RETURNING id"))
        , m_upsertAllegation(db, QStringLiteral(
              "INSERT INTO allegations (client_id, ref, position, source, kind, origin, origin_country, asserted_on,"
              " disclosed_on, disclosure_channel, status, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
              " ON CONFLICT (client_id, ref) DO UPDATE SET position = excluded.position, source = excluded.source,"
              " kind = excluded.kind, origin = excluded.origin, origin_country = excluded.origin_country,"
              " asserted_on = excluded.asserted_on, disclosed_on = excluded.disclosed_on,"
              " disclosure_channel = excluded.disclosure_channel, status = excluded.status, detail = excluded.detail"
              " RETURNING id"))
        , m_upsertEvent(db, QStringLiteral(
              "INSERT INTO events (client_id, ref, position, type, date, date_sort, detail, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
              " ON CONFLICT (client_id, ref) DO UPDATE SET position = excluded.position, type = excluded.type,"
              " date = excluded.date, date_sort = excluded.date_sort, detail = excluded.detail, decided_by = excluded.decided_by"
              " RETURNING id"))
        , m_clearLinks(db, QStringLiteral("DELETE FROM event_allegations WHERE event_id = ?"))
        , m_clearEvidence(db, QStringLiteral("DELETE FROM evidence WHERE event_id = ?"))
        , m_link(db, QStringLiteral("INSERT OR IGNORE INTO event_allegations (event_id, allegation_id)"
                                    " SELECT ?, id FROM allegations WHERE client_id = ? AND ref = ?"))
        , m_cite(db, QStringLiteral("INSERT INTO evidence (event_id, position, document_ref, page) VALUES (?, ?, ?, ?)"))
        , m_insertClient(db, QStringLiteral(
              "INSERT INTO clients (ref, name, pseudonym, country, a_number, notes) VALUES (?, ?, ?, ?, ?, ?)"))
        , m_insertAllegation(db, QStringLiteral(
              "INSERT INTO allegations (client_id, ref, position, source, kind, origin, origin_country, asserted_on,"
              " disclosed_on, disclosure_channel, status, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        , m_insertEvent(db, QStringLiteral(
              "INSERT INTO events (client_id, ref, position, type, date, date_sort, detail, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        , m_linkIds(db, QStringLiteral("INSERT OR IGNORE INTO event_allegations (event_id, allegation_id) VALUES (?, ?)"))
        , m_spells(db)
    {
    }

    // `storedNone`: no client of this ref is stored (the store held none when the transaction
    // began and the import has not written it yet), so it is inserted without being looked up.
    [[nodiscard]] StoreError write(const Client &client, bool storedNone = false);

private:
    // A client the store does not hold yet: plain inserts, whose ids come back from SQLite
    // without a lookup, and links made from the ids just written.
    StoreError insertNew(const Client &client);
    bool cite(qint64 eventId, const CaseEvent &event);

    QSqlDatabase m_db;
    SqlStatement m_exists;
    SqlStatement m_upsertClient;
    SqlStatement m_upsertAllegation;
    SqlStatement m_upsertEvent;
    SqlStatement m_clearLinks;
    SqlStatement m_clearEvidence;
    SqlStatement m_link;
    SqlStatement m_cite;
    SqlStatement m_insertClient;
    SqlStatement m_insertAllegation;
    SqlStatement m_insertEvent;
    SqlStatement m_linkIds;
    SpellWriter m_spells;
};

bool ClientWriter::cite(qint64 eventId, const CaseEvent &event)
{
    for (qsizetype j = 0; j < event.evidence.size(); ++j) {
        const EvidenceCitation &c = event.evidence.at(j);
        m_cite.bind(eventId).bind(static_cast<int>(j)).bind(c.document)
            .bind(c.page > 0 ? QVariant(c.page) : QVariant(QMetaType(QMetaType::Int)));
        if (!m_cite.exec())
            return false;
    }
    return true;
}

StoreError ClientWriter::insertNew(const Client &client)
{
    m_insertClient.bind(client.ref).bind(client.name).bind(textOrNull(client.pseudonym))
        .bind(textOrNull(client.country)).bind(textOrNull(client.aNumber))
        .bind(textOrNull(client.notes));
    if (!m_insertClient.exec())
        return m_insertClient.error();
    const qint64 clientId = m_insertClient.lastInsertId();

    // Ids by position: a client has a few allegations, found by ref faster in a list than a hash.
    QList<qint64> allegationIds;
    allegationIds.reserve(client.allegations.size());
    for (qsizetype i = 0; i < client.allegations.size(); ++i) {
        const Allegation &a = client.allegations.at(i);
        bindAllegation(m_insertAllegation, clientId, a, i);
        if (!m_insertAllegation.exec())
            return m_insertAllegation.error();
        allegationIds << m_insertAllegation.lastInsertId();
    }

    QList<qint64> eventIds;
    eventIds.reserve(client.events.size());
    for (qsizetype i = 0; i < client.events.size(); ++i) {
        const CaseEvent &e = client.events.at(i);
        bindEvent(m_insertEvent, clientId, e, i);
        if (!m_insertEvent.exec())
            return m_insertEvent.error();
        const qint64 eventId = m_insertEvent.lastInsertId();
        eventIds << eventId;
        for (const QString &relied : e.reliedOn) {
            // As the lookup by ref does for a stored client: a ref the client has no allegation under links nothing.
            const auto allegation = std::find_if(client.allegations.cbegin(), client.allegations.cend(),
                                                 [&](const Allegation &a) { return a.ref == relied; });
            if (allegation != client.allegations.cend()
                && !m_linkIds.bind(eventId).bind(allegationIds.at(allegation - client.allegations.cbegin())).exec())
                return m_linkIds.error();
        }
        if (!cite(eventId, e))
            return m_cite.error();
    }
    return m_spells.write(clientId, client, eventIds, true);
}

StoreError ClientWriter::write(const Client &client, bool storedNone)
{
    StoreError error;
    if (storedNone)
        return insertNew(client);
    if (!m_exists.bind(client.ref).exec())
        return m_exists.error();
    const bool existed = m_exists.next();
    m_exists.finish();
    if (!existed)
        return insertNew(client);

    m_upsertClient.bind(client.ref).bind(client.name).bind(textOrNull(client.pseudonym))
        .bind(textOrNull(client.country)).bind(textOrNull(client.aNumber))
        .bind(textOrNull(client.notes));
    const qint64 clientId = idOf(m_upsertClient, &error);
    if (error.isError())
        return error;

    for (qsizetype i = 0; i < client.allegations.size(); ++i) {
        const Allegation &a = client.allegations.at(i);
        bindAllegation(m_upsertAllegation, clientId, a, i);
        idOf(m_upsertAllegation, &error);
        if (error.isError())
            return error;
    }

    for (qsizetype i = 0; i < client.events.size(); ++i) {
        const CaseEvent &e = client.events.at(i);
        bindEvent(m_upsertEvent, clientId, e, i);
        const qint64 eventId = idOf(m_upsertEvent, &error);
        if (error.isError())
            return error;
        // The file is the truth for the links of the events it names.
        if (!m_clearLinks.bind(eventId).exec() || !m_clearEvidence.bind(eventId).exec())
            return m_clearLinks.error().isError() ? m_clearLinks.error() : m_clearEvidence.error();
        for (const QString &relied : e.reliedOn) {
            if (!m_link.bind(eventId).bind(clientId).bind(relied).exec())
                return m_link.error();
        }
        if (!cite(eventId, e))
            return m_cite.error();
    }
    // A re-import may update some events and keep others: the spells come from what is stored now.
    qint64 storedId = 0;
    const std::optional<Client> stored = readClient(m_db, client.ref, &error, &storedId);
    if (!stored)
        return error.isError() ? error : StoreError::make(StoreError::Kind::Sql, ClientRecords::tr("a client the case file just wrote could not be read back"));
    return m_spells.write(storedId, *stored, {});
}

// The secondary indexes of the case-record tables, dropped for a bulk import and built again
// before it commits (in the same transaction, so a failure brings them back with the rest): one
// sort of the finished table costs less than keeping every index in order row by row. The
// unique indexes stay, since the import looks clients and records up by them.
class DeferredIndexes
{
public:
    StoreError drop(const QSqlDatabase &db)
    {
        SqlStatement list(db, QStringLiteral(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"
            " AND tbl_name IN ('allegations', 'events', 'event_allegations', 'evidence', 'spells')"));
        if (!list.exec())
            return list.error();
        QStringList names;
        while (list.next()) {
            names << list.value(0).toString();
            m_create << list.value(1).toString();
        }
        if (list.error().isError())
            return list.error();
        for (const QString &name : std::as_const(names)) {
            SqlStatement drop(db, QStringLiteral("DROP INDEX \"%1\"").arg(name));
            if (!drop.exec())
                return drop.error();
        }
        return {};
    }
    StoreError rebuild(const QSqlDatabase &db)
    {
        for (const QString &sql : std::as_const(m_create)) {
            SqlStatement create(db, sql);
            if (!create.exec())
                return create.error();
        }
        m_create.clear();
        return {};
    }

private:
    QStringList m_create;
};

// A page cache large enough for a bulk import's working set while it runs, the connection's own
// size put back after: with SQLite's default (2 MB) the transaction spilled pages to the WAL
// halfway and read them back. Memory only; nothing about durability changes.
class LargerPageCache
{
public:
    explicit LargerPageCache(const QSqlDatabase &db)
        : m_db(db)
    {
        SqlStatement current(db, QStringLiteral("PRAGMA cache_size"));
        if (!current.exec() || !current.next())
            return;
        m_previous = current.value(0).toLongLong();
        current.finish();
        SqlStatement(db, QStringLiteral("PRAGMA cache_size = -65536")).exec(); // 64 MiB; a failure only costs speed
    }
    ~LargerPageCache()
    {
        if (m_previous)
            SqlStatement(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(*m_previous)).exec();
    }
    LargerPageCache(const LargerPageCache &) = delete;
    LargerPageCache &operator=(const LargerPageCache &) = delete;

private:
    QSqlDatabase m_db;
    std::optional<qint64> m_previous;
};

// Foreign keys checked once for a whole bulk import rather than row by row (a tenth of its time
// went to looking up each new row's parents): enforcement is off while it writes (SQLite changes
// that only outside a transaction), and before the commit PRAGMA foreign_key_check goes over
// every table the import writes, refusing the import, rolled back whole, if a row points at
// nothing. Enforcement is back on when the import ends, committed or not. Rows are only inserted
// or updated meanwhile (the links and evidence of an updated event are deleted by statement,
// nothing relies on ON DELETE CASCADE).
class ForeignKeysCheckedAtEnd
{
public:
    explicit ForeignKeysCheckedAtEnd(const QSqlDatabase &db)
        : m_db(db)
    {
        SqlStatement enforced(db, QStringLiteral("PRAGMA foreign_keys"));
        m_wasOn = enforced.exec() && enforced.next() && enforced.value(0).toInt() == 1;
        enforced.finish();
        if (m_wasOn)
            SqlStatement(db, QStringLiteral("PRAGMA foreign_keys = OFF")).exec(); // a failure: checked row by row as ever
    }
    ~ForeignKeysCheckedAtEnd()
    {
        if (m_wasOn)
            SqlStatement(m_db, QStringLiteral("PRAGMA foreign_keys = ON")).exec();
    }
    ForeignKeysCheckedAtEnd(const ForeignKeysCheckedAtEnd &) = delete;
    ForeignKeysCheckedAtEnd &operator=(const ForeignKeysCheckedAtEnd &) = delete;

    [[nodiscard]] StoreError check() const
    {
        for (const char *table : {"allegations", "events", "event_allegations", "evidence", "spells"}) {
            SqlStatement dangling(m_db, QStringLiteral("PRAGMA foreign_key_check(%1)").arg(QLatin1String(table)));
            if (!dangling.exec())
                return dangling.error();
            if (dangling.next()) {
                return StoreError::make(StoreError::Kind::Sql, ClientRecords::tr("the import would leave %1 rows that refer to no record")
                                                                   .arg(QLatin1String(table)));
            }
            if (dangling.error().isError())
                return dangling.error();
        }
        return {};
    }

private:
    QSqlDatabase m_db;
    bool m_wasOn = false;
};

} // namespace

ClientRecords::ClientRecords(CaseStore &store)
    : m_store(store)
{
}

StoreError ClientRecords::importRecords(const CaseRecords &records, const ActivityDetail &source, CaseImportCounts *counts,
                                       const ImportProgress &progress, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    QSqlDatabase db = m_store.database();
    const LargerPageCache cache(db);
    const int total = static_cast<int>(records.clients.size());
    // Decided before the transaction (the pragma takes effect only outside one); whatever is
    // stored by the time it begins, the check at the end covers every row.
    std::optional<ForeignKeysCheckedAtEnd> foreignKeys;
    if (StoreError counting; total >= 1000 && total >= clientCount(&counting) && !counting.isError())
        foreignKeys.emplace(db);
    if (!db.transaction())
        return SqlStatement::errorOf(db.lastError());
    CaseImportCounts tally;
    StoreError error;
    // Worth it when the import at least doubles the clients stored (a first import always does).
    DeferredIndexes indexes;
    const int stored = clientCount(&error);
    const bool bulk = total >= 1000 && total >= stored;
    if (bulk && !error.isError())
        error = indexes.drop(db);
    if (error.isError()) {
        db.rollback();
        return error;
    }
    ClientWriter writer(db);
    // Into an empty store a client need not be looked up first, unless this import already gave
    // its ref (a ref given twice: the second wins, on both backends).
    QSet<QString> refsWritten;
    if (stored == 0)
        refsWritten.reserve(total);
    for (const Client &client : records.clients) {
        bool firstOfItsRef = false;
        if (stored == 0) {
            const qsizetype before = refsWritten.size();
            refsWritten.insert(client.ref);
            firstOfItsRef = refsWritten.size() > before;
        }
        error = writer.write(client, firstOfItsRef);
        if (error.isError())
            break;
        ++tally.clients;
        tally.allegations += client.allegations.size();
        tally.events += client.events.size();
        // Every 64 clients: often enough for a progress bar, rarely enough to cost nothing.
        if (progress && (tally.clients % 64 == 0 || tally.clients == total) && !progress(tally.clients, total)) {
            db.rollback();
            if (cancelled)
                *cancelled = true;
            return {};
        }
    }
    if (!error.isError() && bulk)
        error = indexes.rebuild(db);
    if (!error.isError() && foreignKeys)
        error = foreignKeys->check();
    if (!error.isError()) {
        error = m_store.activity().append(QStringLiteral("import.cases"),
                                          ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Imported case records from %1 (clients: %2, allegations: %3, events: %4)"))
                                              .arg(source)
                                              .arg(qint64(tally.clients))
                                              .arg(qint64(tally.allegations))
                                              .arg(qint64(tally.events)));
    }
    if (error.isError() || !db.commit()) {
        if (!error.isError())
            error = SqlStatement::errorOf(db.lastError());
        db.rollback();
        return error;
    }
    if (counts)
        *counts = tally;
    return {};
}


namespace {

// The WHERE clause for a list filter: every word must match the ref, the name, the country
// or one of the client's source codes.
QString filterClause(const QStringList &words)
{
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i) {
        terms << QStringLiteral("(c.ref LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\' OR c.country LIKE ? ESCAPE '\\'"
                                " OR EXISTS (SELECT 1 FROM allegations fa WHERE fa.client_id = c.id AND fa.source LIKE ? ESCAPE '\\'))");
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

void bindFilter(SqlStatement &statement, const QStringList &words)
{
    for (QString word : words) {
        word.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString pattern = QLatin1Char('%') + word + QLatin1Char('%');
        statement.bind(pattern).bind(pattern).bind(pattern).bind(pattern);
    }
}

QStringList wordsOf(const QString &filter)
{
    return filter.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

int ClientRecords::clientCount(StoreError *error) const
{
    return clientCount(ClientQuery(), error);
}

int ClientRecords::clientCount(const ClientQuery &query, StoreError *error) const
{
    const QStringList words = wordsOf(query.filter);
    SqlStatement count(m_store.database(), QStringLiteral("SELECT count(*) FROM clients c") + filterClause(words));
    bindFilter(count, words);
    const int result = count.exec() && count.next() ? count.value(0).toInt() : 0;
    if (error)
        *error = count.error();
    return result;
}

QList<ClientSummary> ClientRecords::clientSummaries(int offset, int limit, StoreError *error) const
{
    return clientSummaries(ClientQuery(), offset, limit, error);
}

QList<ClientSummary> ClientRecords::clientSummaries(const ClientQuery &query, int offset, int limit, StoreError *error) const
{
    QString order;
    switch (query.sortKey) {
    case ClientQuery::SortKey::Ref: order = QStringLiteral("c.ref"); break;
    case ClientQuery::SortKey::Name: order = QStringLiteral("c.name COLLATE NOCASE"); break;
    case ClientQuery::SortKey::Country: order = QStringLiteral("c.country"); break;
    case ClientQuery::SortKey::Sources: order = QStringLiteral("7"); break;
    case ClientQuery::SortKey::Allegations: order = QStringLiteral("5"); break;
    case ClientQuery::SortKey::Events: order = QStringLiteral("6"); break;
    }
    order += query.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QStringList words = wordsOf(query.filter);
    SqlStatement select(m_store.database(), QStringLiteral(
        "SELECT c.id, c.ref, c.name, c.country,"
        " (SELECT count(*) FROM allegations a WHERE a.client_id = c.id),"
        " (SELECT count(*) FROM events e WHERE e.client_id = c.id),"
        " (SELECT group_concat(source, ' ') FROM (SELECT DISTINCT source FROM allegations a"
        "   WHERE a.client_id = c.id ORDER BY source))"
        " FROM clients c") + filterClause(words) + QStringLiteral(" ORDER BY ") + order + QStringLiteral(", c.ref LIMIT ? OFFSET ?"));
    bindFilter(select, words);
    select.bind(limit).bind(offset);
    return clientrows::readSummaries(select, error);
}

namespace {

// The client's allegations, in their order.
[[nodiscard]] StoreError readAllegations(const QSqlDatabase &db, qint64 clientId, Client *client)
{
    SqlStatement allegations(db, QStringLiteral(
        "SELECT ref, source, kind, origin, origin_country, asserted_on, disclosed_on, disclosure_channel, status, detail"
        " FROM allegations WHERE client_id = ? ORDER BY position, id"));
    allegations.bind(clientId);
    if (!allegations.exec())
        return allegations.error();
    while (allegations.next()) {
        Allegation a;
        a.ref = allegations.value(0).toString();
        a.source = fromCode<AllegationSource>(allegations.value(1).toString()).value_or(AllegationSource::Other);
        a.kind = fromCode<AllegationKind>(allegations.value(2).toString()).value_or(AllegationKind::Other);
        a.origin = allegations.value(3).toString();
        a.originCountry = allegations.value(4).toString();
        a.assertedOn = PartialDate::fromString(allegations.value(5).toString());
        a.disclosedOn = PartialDate::fromString(allegations.value(6).toString());
        a.disclosureChannel = allegations.value(7).toString();
        if (!allegations.value(8).isNull())
            a.status = fromCode<AllegationStatus>(allegations.value(8).toString());
        a.detail = allegations.value(9).toString();
        client->allegations << a;
    }
    return allegations.error(); // a read that stopped short is a failure, not fewer allegations
}

// The client's events, in their order, each with the allegations it relied on and its evidence.
[[nodiscard]] StoreError readEvents(const QSqlDatabase &db, qint64 clientId, Client *client)
{
    SqlStatement events(db, QStringLiteral(
        "SELECT e.id, e.ref, e.type, e.date, e.detail, e.decided_by FROM events e WHERE e.client_id = ? ORDER BY e.position, e.id"));
    SqlStatement links(db, QStringLiteral(
        "SELECT a.ref FROM event_allegations l JOIN allegations a ON a.id = l.allegation_id"
        " WHERE l.event_id = ? ORDER BY a.position, a.id"));
    SqlStatement citations(db, QStringLiteral("SELECT document_ref, page FROM evidence WHERE event_id = ? ORDER BY position, id"));
    events.bind(clientId);
    if (!events.exec())
        return events.error();
    while (events.next()) {
        CaseEvent e;
        const qint64 eventId = events.value(0).toLongLong();
        e.ref = events.value(1).toString();
        e.type = fromCode<EventType>(events.value(2).toString()).value_or(EventType::Other);
        e.date = PartialDate::fromString(events.value(3).toString());
        e.detail = events.value(4).toString();
        e.decidedBy = events.value(5).toString();
        if (!links.bind(eventId).exec())
            return links.error();
        while (links.next())
            e.reliedOn << links.value(0).toString();
        if (!citations.bind(eventId).exec())
            return citations.error();
        while (citations.next())
            e.evidence << EvidenceCitation{citations.value(0).toString(), citations.value(1).toInt()};
        if (links.error().isError() || citations.error().isError())
            return links.error().isError() ? links.error() : citations.error();
        client->events << e;
    }
    return events.error();
}

std::optional<Client> readClient(const QSqlDatabase &db, const QString &ref, StoreError *error, qint64 *clientId,
                                 RowStamp *stamp)
{
    StoreError failure;
    auto finish = [&](std::optional<Client> value) {
        if (error)
            *error = failure;
        return value;
    };
    SqlStatement head(db, QStringLiteral("SELECT id, name, pseudonym, country, a_number, notes, version, changed_by, changed_at"
                                         " FROM clients WHERE ref = ?"));
    head.bind(ref);
    if (!head.exec() || !head.next()) {
        failure = head.error();
        return finish(std::nullopt);
    }
    Client client;
    const qint64 id = head.value(0).toLongLong();
    if (clientId)
        *clientId = id;
    client.ref = ref;
    client.name = head.value(1).toString();
    client.pseudonym = head.value(2).toString();
    client.country = head.value(3).toString();
    client.aNumber = head.value(4).toString();
    client.notes = head.value(5).toString();
    if (stamp)
        *stamp = RowStamp{head.value(6).toLongLong(), head.value(7).toString(), head.value(8).toString()};
    head.finish();
    failure = readAllegations(db, id, &client);
    if (!failure.isError())
        failure = readEvents(db, id, &client);
    return finish(failure.isError() ? std::nullopt : std::optional<Client>(client));
}

} // namespace

std::optional<Client> ClientRecords::client(const QString &ref, StoreError *error, RowStamp *stamp) const
{
    return readClient(m_store.database(), ref, error, nullptr, stamp);
}

StoreError ClientRecords::rebuildAllSpells(QSqlDatabase &db)
{
    QStringList refs;
    {
        SqlStatement all(db, QStringLiteral("SELECT ref FROM clients ORDER BY id"));
        if (!all.exec())
            return all.error();
        while (all.next())
            refs << all.value(0).toString();
    }
    SpellWriter spells(db);
    for (const QString &ref : std::as_const(refs)) {
        StoreError error;
        qint64 id = 0;
        const std::optional<Client> client = readClient(db, ref, &error, &id);
        if (!client)
            return error.isError() ? error : StoreError::make(StoreError::Kind::Sql, ClientRecords::tr("a client the case file just wrote could not be read back"));
        error = spells.write(id, *client, {});
        if (error.isError())
            return error;
    }
    return {};
}

std::optional<CaseRecords> ClientRecords::allRecords(StoreError *error) const
{
    CaseRecords records;
    QStringList refs;
    SqlStatement all(m_store.database(), QStringLiteral("SELECT ref FROM clients ORDER BY ref"));
    if (!all.exec()) {
        if (error)
            *error = all.error();
        return std::nullopt;
    }
    while (all.next())
        refs << all.value(0).toString();
    all.finish();
    for (const QString &ref : std::as_const(refs)) {
        std::optional<Client> one = client(ref, error);
        if (!one)
            return std::nullopt;
        records.clients << *one;
    }
    return records;
}

StoreError ClientRecords::deleteClient(const QString &ref)
{
    SqlStatement remove(m_store.database(), QStringLiteral("DELETE FROM clients WHERE ref = ?"));
    return remove.bind(ref).exec() ? StoreError() : remove.error();
}

// Deletes the stored allegations and events of the client that `client` no longer has.
StoreError ClientRecords::trimClient(const Client &client)
{
    const QSqlDatabase db = m_store.database();
    QSet<QString> allegations, events;
    for (const Allegation &a : client.allegations)
        allegations.insert(a.ref);
    for (const CaseEvent &e : client.events)
        events.insert(e.ref);
    const struct
    {
        QString select;
        QString remove;
        const QSet<QString> &keep;
    } tables[] = {
        {QStringLiteral("SELECT a.id, a.ref FROM allegations a JOIN clients c ON c.id = a.client_id WHERE c.ref = ?"),
         QStringLiteral("DELETE FROM allegations WHERE id = ?"), allegations},
        {QStringLiteral("SELECT e.id, e.ref FROM events e JOIN clients c ON c.id = e.client_id WHERE c.ref = ?"),
         QStringLiteral("DELETE FROM events WHERE id = ?"), events},
    };
    for (const auto &table : tables) {
        QList<qint64> gone;
        SqlStatement select(db, table.select);
        if (!select.bind(client.ref).exec())
            return select.error();
        while (select.next()) {
            if (!table.keep.contains(select.value(1).toString()))
                gone << select.value(0).toLongLong();
        }
        select.finish();
        SqlStatement remove(db, table.remove);
        for (qint64 id : std::as_const(gone)) {
            if (!remove.bind(id).exec())
                return remove.error();
        }
    }
    return {};
}

StoreError ClientRecords::checkVersion(const QString &ref, qint64 readVersion)
{
    SqlStatement stored(m_store.database(), QStringLiteral("SELECT version, changed_by, changed_at FROM clients WHERE ref = ?"));
    if (!stored.bind(ref).exec())
        return stored.error();
    if (!stored.next())
        return stored.error().isError() ? stored.error() : RowStamp::changedSinceRead(ref, std::nullopt);
    const RowStamp stamp{stored.value(0).toLongLong(), stored.value(1).toString(), stored.value(2).toString()};
    stored.finish();
    return stamp.version == readVersion ? StoreError() : RowStamp::changedSinceRead(ref, stamp);
}

StoreError ClientRecords::stampSaved(const QString &ref, qint64 *savedVersion)
{
    // The trigger raised the version (an update) or left it at 1 (an add); the login is the edit path's to say.
    SqlStatement stamp(m_store.database(), QStringLiteral(
        "UPDATE clients SET changed_by = ?, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE ref = ? RETURNING version"));
    stamp.bind(ActivityLog::currentUser()).bind(ref);
    if (!stamp.exec() || !stamp.next())
        return stamp.error().isError() ? stamp.error()
                                       : StoreError::make(StoreError::Kind::Sql, tr("a client the case file just wrote could not be read back"));
    if (savedVersion)
        *savedVersion = stamp.value(0).toLongLong();
    stamp.finish();
    return {};
}

StoreError ClientRecords::saveClient(const QString &previousRef, const std::optional<Client> &client,
                                     const QString &action, const ActivityDetail &detail,
                                     std::optional<qint64> readVersion, qint64 *savedVersion)
{
    QSqlDatabase db = m_store.database();
    // IMMEDIATE: the version read below stays true until the commit, even with another process
    // writing the same file (a deferred transaction would only learn of it when writing).
    if (SqlStatement begin(db, QStringLiteral("BEGIN IMMEDIATE")); !begin.exec())
        return begin.error();
    StoreError error;
    if (readVersion && !previousRef.isEmpty())
        error = checkVersion(previousRef, *readVersion);
    // Adding, or renaming onto, a ref another client has would merge two people's records.
    if (!error.isError() && client && client->ref != previousRef) {
        SqlStatement taken(db, QStringLiteral("SELECT 1 FROM clients WHERE ref = ?"));
        if (!taken.bind(client->ref).exec())
            error = taken.error();
        else if (taken.next())
            error = StoreError::make(StoreError::Kind::Exists, tr("another client already has the ref %1").arg(client->ref));
    }
    if (!error.isError() && !previousRef.isEmpty() && (!client || client->ref != previousRef))
        error = deleteClient(previousRef);
    if (!error.isError() && client) {
        error = trimClient(*client);
        if (!error.isError())
            error = ClientWriter(db).write(*client);
        if (!error.isError())
            error = stampSaved(client->ref, savedVersion);
    }
    if (!error.isError())
        error = m_store.activity().append(action, detail);
    if (error.isError() || !db.commit()) {
        if (!error.isError())
            error = SqlStatement::errorOf(db.lastError());
        db.rollback();
        return error;
    }
    return {};
}

} // namespace rebuttal
