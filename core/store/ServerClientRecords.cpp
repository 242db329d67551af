#include "ServerClientRecords.h"

#include "ClientRows.h"
#include "PgConnection.h"
#include "ServerStore.h"
#include "domain/ActivityDetail.h"
#include "domain/CaseTimeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace rebuttal {

namespace {

// Empty text is stored as NULL, as the file store does.
QJsonValue jsonText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Clients per statement in an import: large enough that round trips stop mattering, small enough
// that one statement's JSON stays a few megabytes.
constexpr qsizetype BatchClients = 250;

QJsonValue jsonDate(const PartialDate &date)
{
    return date.isValid() ? QJsonValue(date.toString()) : QJsonValue(QJsonValue::Null);
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// A client (`c`) and everything under it as one JSON document, in the file store's order.
const char *const clientJsonSql =
    "json_build_object("
    " 'name', c.name, 'pseudonym', c.pseudonym, 'country', c.country, 'a_number', c.a_number, 'notes', c.notes,"
    " 'version', c.version, 'changed_by', c.changed_by, 'changed_at', c.changed_at,"
    " 'allegations', COALESCE((SELECT json_agg(json_build_object('ref', a.ref, 'source', a.source, 'kind', a.kind,"
    "   'origin', a.origin, 'origin_country', a.origin_country, 'asserted_on', a.asserted_on,"
    "   'disclosed_on', a.disclosed_on, 'disclosure_channel', a.disclosure_channel, 'status', a.status,"
    "   'detail', a.detail) ORDER BY a.position, a.id) FROM allegations a WHERE a.client_id = c.id), '[]'),"
    " 'events', COALESCE((SELECT json_agg(json_build_object('ref', e.ref, 'type', e.type, 'date', e.date,"
    "   'detail', e.detail, 'decided_by', e.decided_by,"
    "   'relied_on', COALESCE((SELECT json_agg(a.ref ORDER BY a.position, a.id) FROM event_allegations l"
    "     JOIN allegations a ON a.id = l.allegation_id WHERE l.event_id = e.id), '[]'),"
    "   'evidence', COALESCE((SELECT json_agg(json_build_object('document', v.document_ref, 'page', v.page)"
    "     ORDER BY v.position, v.id) FROM evidence v WHERE v.event_id = e.id), '[]'))"
    "   ORDER BY e.position, e.id) FROM events e WHERE e.client_id = c.id), '[]'))";

Client clientFromJson(const QString &ref, const QJsonObject &object)
{
    Client client;
    client.ref = ref;
    client.name = object.value(QLatin1String("name")).toString();
    client.pseudonym = object.value(QLatin1String("pseudonym")).toString();
    client.country = object.value(QLatin1String("country")).toString();
    client.aNumber = object.value(QLatin1String("a_number")).toString();
    client.notes = object.value(QLatin1String("notes")).toString();
    for (const QJsonValue &value : object.value(QLatin1String("allegations")).toArray()) {
        const QJsonObject row = value.toObject();
        Allegation a;
        a.ref = row.value(QLatin1String("ref")).toString();
        a.source = fromCode<AllegationSource>(row.value(QLatin1String("source")).toString()).value_or(AllegationSource::Other);
        a.kind = fromCode<AllegationKind>(row.value(QLatin1String("kind")).toString()).value_or(AllegationKind::Other);
        a.origin = row.value(QLatin1String("origin")).toString();
        a.originCountry = row.value(QLatin1String("origin_country")).toString();
        a.assertedOn = PartialDate::fromString(row.value(QLatin1String("asserted_on")).toString());
        a.disclosedOn = PartialDate::fromString(row.value(QLatin1String("disclosed_on")).toString());
        a.disclosureChannel = row.value(QLatin1String("disclosure_channel")).toString();
        if (!row.value(QLatin1String("status")).isNull())
            a.status = fromCode<AllegationStatus>(row.value(QLatin1String("status")).toString());
        a.detail = row.value(QLatin1String("detail")).toString();
        client.allegations << a;
    }
    for (const QJsonValue &value : object.value(QLatin1String("events")).toArray()) {
        const QJsonObject row = value.toObject();
        CaseEvent e;
        e.ref = row.value(QLatin1String("ref")).toString();
        e.type = fromCode<EventType>(row.value(QLatin1String("type")).toString()).value_or(EventType::Other);
        e.date = PartialDate::fromString(row.value(QLatin1String("date")).toString());
        e.detail = row.value(QLatin1String("detail")).toString();
        e.decidedBy = row.value(QLatin1String("decided_by")).toString();
        for (const QJsonValue &relied : row.value(QLatin1String("relied_on")).toArray())
            e.reliedOn << relied.toString();
        for (const QJsonValue &cited : row.value(QLatin1String("evidence")).toArray()) {
            const QJsonObject citation = cited.toObject();
            e.evidence << EvidenceCitation{citation.value(QLatin1String("document")).toString(),
                                           citation.value(QLatin1String("page")).toInt()};
        }
        client.events << e;
    }
    return client;
}

} // namespace

ServerClientRecords::ServerClientRecords(ServerStore &store)
    : m_store(store)
{
}

StoreError ServerClientRecords::importRecords(const CaseRecords &records, const ActivityDetail &source, CaseImportCounts *counts,
                                              const ImportProgress &progress, bool *cancelled)
{
    PgConnection &connection = m_store.connection();
    if (cancelled)
        *cancelled = false;
    if (StoreError error = connection.begin(); error.isError())
        return error;
    CaseImportCounts tally;
    StoreError error;
    const int total = int(records.clients.size());
    bool stopped = false;
    // A batch never holds a ref twice: one statement cannot update the same row twice.
    QList<Client> batch;
    QSet<QString> batchRefs;
    for (const Client &client : records.clients) {
        if (batch.size() == BatchClients || batchRefs.contains(client.ref)) {
            if (error = write(batch); error.isError())
                break;
            // Between batches: a Cancel here rolls back everything written so far.
            if (progress && !progress(tally.clients, total)) {
                stopped = true;
                break;
            }
            batch.clear();
            batchRefs.clear();
        }
        batch << client;
        batchRefs.insert(client.ref);
        ++tally.clients;
        tally.allegations += client.allegations.size();
        tally.events += client.events.size();
    }
    if (stopped) {
        connection.rollback();
        if (cancelled)
            *cancelled = true;
        return {};
    }
    if (!error.isError())
        error = write(batch);
    if (!error.isError() && progress && !progress(tally.clients, total)) {
        connection.rollback();
        if (cancelled)
            *cancelled = true;
        return {};
    }
    if (!error.isError()) {
        // The same entry as the file store's (ClientRecords::importRecords), so `log` reads alike.
        error = m_store.appendActivity(
            QStringLiteral("import.cases"),
            ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Imported case records from %1 (clients: %2, allegations: %3, events: %4)"))
                .arg(source)
                .arg(qint64(tally.clients))
                .arg(qint64(tally.allegations))
                .arg(qint64(tally.events)));
    }
    if (!error.isError())
        error = connection.commit();
    if (error.isError()) {
        connection.rollback();
        return error;
    }
    if (counts)
        *counts = tally;
    return {};
}

// Clients and their records as the JSON arrays the server's statements read with
// json_to_recordset; every row names its client by ref, so one statement writes the rows of many.
struct RecordRows
{
    QJsonArray clients;
    QJsonArray allegations;
    QJsonArray events;
    QJsonArray links;
    QJsonArray citations;
};

namespace {

void addRowsOf(const Client &client, RecordRows *rows)
{
    const QJsonValue ref(client.ref);
    rows->clients.append(QJsonObject{{QStringLiteral("ref"), ref}, {QStringLiteral("name"), client.name},
                                     {QStringLiteral("pseudonym"), jsonText(client.pseudonym)},
                                     {QStringLiteral("country"), jsonText(client.country)},
                                     {QStringLiteral("a_number"), jsonText(client.aNumber)},
                                     {QStringLiteral("notes"), jsonText(client.notes)}});
    for (qsizetype i = 0; i < client.allegations.size(); ++i) {
        const Allegation &a = client.allegations.at(i);
        rows->allegations.append(QJsonObject{
            {QStringLiteral("client"), ref}, {QStringLiteral("ref"), a.ref}, {QStringLiteral("position"), static_cast<int>(i)},
            {QStringLiteral("source"), codeOf(a.source)}, {QStringLiteral("kind"), codeOf(a.kind)},
            {QStringLiteral("origin"), jsonText(a.origin)}, {QStringLiteral("origin_country"), jsonText(a.originCountry)},
            {QStringLiteral("asserted_on"), jsonDate(a.assertedOn)}, {QStringLiteral("disclosed_on"), jsonDate(a.disclosedOn)},
            {QStringLiteral("disclosure_channel"), jsonText(a.disclosureChannel)},
            {QStringLiteral("status"), a.status ? QJsonValue(codeOf(*a.status)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("detail"), jsonText(a.detail)}});
    }
    for (qsizetype i = 0; i < client.events.size(); ++i) {
        const CaseEvent &e = client.events.at(i);
        rows->events.append(QJsonObject{
            {QStringLiteral("client"), ref}, {QStringLiteral("ref"), e.ref}, {QStringLiteral("position"), static_cast<int>(i)},
            {QStringLiteral("type"), codeOf(e.type)}, {QStringLiteral("date"), e.date.toString()},
            {QStringLiteral("date_sort"), e.date.firstDay().toString(Qt::ISODate)},
            {QStringLiteral("detail"), jsonText(e.detail)}, {QStringLiteral("decided_by"), jsonText(e.decidedBy)}});
        for (const QString &relied : e.reliedOn) {
            rows->links.append(QJsonObject{{QStringLiteral("client"), ref}, {QStringLiteral("event"), e.ref},
                                           {QStringLiteral("allegation"), relied}});
        }
        for (qsizetype j = 0; j < e.evidence.size(); ++j) {
            const EvidenceCitation &c = e.evidence.at(j);
            rows->citations.append(QJsonObject{{QStringLiteral("client"), ref}, {QStringLiteral("event"), e.ref},
                                               {QStringLiteral("position"), static_cast<int>(j)},
                                               {QStringLiteral("document"), c.document},
                                               {QStringLiteral("page"), c.page > 0 ? QJsonValue(c.page) : QJsonValue(QJsonValue::Null)}});
        }
    }
}

// The spells of a client as rows naming it and its events by ref.
void addSpellRowsOf(const Client &client, QJsonArray *spells)
{
    const CaseTimeline timeline(client, QDate());
    for (const CaseSpell &spell : timeline.spells()) {
        spells->append(QJsonObject{
            {QStringLiteral("client"), client.ref},
            {QStringLiteral("kind"), spell.kind == CaseSpell::Kind::Detention ? QStringLiteral("detention")
                                                                              : QStringLiteral("separation")},
            {QStringLiteral("start_ref"), client.events.at(spell.startEvent).ref},
            {QStringLiteral("end_ref"), spell.isOpen() ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(client.events.at(spell.endEvent).ref)},
            {QStringLiteral("start"), spell.start.toString(Qt::ISODate)},
            {QStringLiteral("end"), spell.isOpen() ? QJsonValue(QJsonValue::Null) : QJsonValue(spell.end.toString(Qt::ISODate))}});
    }
}

} // namespace

StoreError ServerClientRecords::write(const QList<Client> &clients)
{
    if (clients.isEmpty())
        return {};
    PgConnection &connection = m_store.connection();
    RecordRows rows;
    for (const Client &client : clients)
        addRowsOf(client, &rows);
    // Which clients were there before: their spells come from what is stored once the records are
    // written (a re-import may keep events the file leaves out); a new client's from the file.
    PgStatement upsert(connection, QStringLiteral(
        "INSERT INTO clients (ref, name, pseudonym, country, a_number, notes)"
        " SELECT c.ref, c.name, c.pseudonym, c.country, c.a_number, c.notes FROM ROWS FROM (json_to_recordset($1::json)"
        " AS (ref text, name text, pseudonym text, country text, a_number text, notes text)) WITH ORDINALITY AS c ORDER BY c.ordinality"
        " ON CONFLICT (ref) DO UPDATE SET name = excluded.name, pseudonym = excluded.pseudonym,"
        " country = excluded.country, a_number = excluded.a_number, notes = excluded.notes"
        " RETURNING ref, xmax = 0"));
    upsert.bind(compact(rows.clients));
    if (!upsert.exec())
        return upsert.error();
    QSet<QString> existed;
    while (upsert.next()) {
        if (upsert.value(1).toString() != QLatin1String("t"))
            existed.insert(upsert.value(0).toString());
    }
    if (StoreError error = writeRecords(rows); error.isError())
        return error;
    return writeSpells(clients, existed);
}

StoreError ServerClientRecords::writeRecords(const RecordRows &rows)
{
    PgConnection &connection = m_store.connection();
    const QString eventRefs = compact(rows.events);
    // The file is the truth for the links and citations of the events it names. Rows go in in the
    // file's order (WITH ORDINALITY): ids break ties between records of the same position.
    const QList<std::pair<const char *, QString>> statements{
        {"INSERT INTO allegations (client_id, ref, position, source, kind, origin, origin_country, asserted_on,"
         " disclosed_on, disclosure_channel, status, detail)"
         " SELECT c.id, a.ref, a.position, a.source, a.kind, a.origin, a.origin_country, a.asserted_on, a.disclosed_on,"
         " a.disclosure_channel, a.status, a.detail FROM ROWS FROM (json_to_recordset($1::json) AS (client text, ref text, position integer,"
         " source text, kind text, origin text, origin_country text, asserted_on text, disclosed_on text,"
         " disclosure_channel text, status text, detail text)) WITH ORDINALITY AS a JOIN clients c ON c.ref = a.client ORDER BY a.ordinality"
         " ON CONFLICT (client_id, ref) DO UPDATE SET position = excluded.position, source = excluded.source,"
         " kind = excluded.kind, origin = excluded.origin, origin_country = excluded.origin_country,"
         " asserted_on = excluded.asserted_on, disclosed_on = excluded.disclosed_on,"
         " disclosure_channel = excluded.disclosure_channel, status = excluded.status, detail = excluded.detail",
         compact(rows.allegations)},
        {"INSERT INTO events (client_id, ref, position, type, date, date_sort, detail, decided_by)"
         " SELECT c.id, e.ref, e.position, e.type, e.date, e.date_sort, e.detail, e.decided_by"
         " FROM ROWS FROM (json_to_recordset($1::json) AS (client text, ref text, position integer, type text, date text,"
         " date_sort text, detail text, decided_by text)) WITH ORDINALITY AS e JOIN clients c ON c.ref = e.client ORDER BY e.ordinality"
         " ON CONFLICT (client_id, ref) DO UPDATE SET position = excluded.position, type = excluded.type,"
         " date = excluded.date, date_sort = excluded.date_sort, detail = excluded.detail, decided_by = excluded.decided_by",
         eventRefs},
        {"DELETE FROM event_allegations WHERE event_id IN (SELECT e.id FROM json_to_recordset($1::json) AS r(client text, ref text)"
         " JOIN clients c ON c.ref = r.client JOIN events e ON e.client_id = c.id AND e.ref = r.ref)",
         eventRefs},
        {"DELETE FROM evidence WHERE event_id IN (SELECT e.id FROM json_to_recordset($1::json) AS r(client text, ref text)"
         " JOIN clients c ON c.ref = r.client JOIN events e ON e.client_id = c.id AND e.ref = r.ref)",
         eventRefs},
        {"INSERT INTO event_allegations (event_id, allegation_id) SELECT e.id, a.id"
         " FROM json_to_recordset($1::json) AS l(client text, event text, allegation text)"
         " JOIN clients c ON c.ref = l.client"
         " JOIN events e ON e.client_id = c.id AND e.ref = l.event"
         " JOIN allegations a ON a.client_id = c.id AND a.ref = l.allegation ON CONFLICT DO NOTHING",
         compact(rows.links)},
        {"INSERT INTO evidence (event_id, position, document_ref, page) SELECT e.id, v.position, v.document, v.page"
         " FROM ROWS FROM (json_to_recordset($1::json) AS (client text, event text, position integer, document text,"
         " page integer)) WITH ORDINALITY AS v JOIN clients c ON c.ref = v.client JOIN events e ON e.client_id = c.id AND e.ref = v.event"
         " ORDER BY v.ordinality",
         compact(rows.citations)},
    };
    for (const auto &[sql, json] : statements) {
        if (StoreError error = connection.exec(QString::fromLatin1(sql), {json}); error.isError())
            return error;
    }
    return {};
}

StoreError ServerClientRecords::writeSpells(const QList<Client> &clients, const QSet<QString> &existed)
{
    PgConnection &connection = m_store.connection();
    QJsonArray spells;
    QJsonArray cleared;
    for (const Client &client : clients) {
        if (!existed.contains(client.ref)) {
            addSpellRowsOf(client, &spells);
            continue;
        }
        StoreError error;
        const std::optional<Client> stored = this->client(client.ref, &error);
        if (!stored)
            return error.isError() ? error
                                   : StoreError::make(StoreError::Kind::Sql,
                                                      tr("a client the server just wrote could not be read back"));
        addSpellRowsOf(*stored, &spells);
        cleared.append(client.ref);
    }
    if (!cleared.isEmpty()) {
        if (StoreError error = connection.exec(QStringLiteral(
                "DELETE FROM spells WHERE client_id IN (SELECT id FROM clients WHERE ref IN (SELECT json_array_elements_text($1::json)))"),
                {compact(cleared)});
            error.isError())
            return error;
    }
    if (spells.isEmpty())
        return {};
    return connection.exec(QStringLiteral(
        "INSERT INTO spells (client_id, kind, start_event_id, end_event_id, start, \"end\")"
        " SELECT c.id, s.kind, se.id, ee.id, s.start, s.\"end\""
        " FROM json_to_recordset($1::json) AS s(client text, kind text, start_ref text, end_ref text, start text, \"end\" text)"
        " JOIN clients c ON c.ref = s.client"
        " JOIN events se ON se.client_id = c.id AND se.ref = s.start_ref"
        " LEFT JOIN events ee ON ee.client_id = c.id AND ee.ref = s.end_ref"),
        {compact(spells)});
}

std::optional<Client> ServerClientRecords::client(const QString &ref, StoreError *error, RowStamp *stamp) const
{
    PgStatement select(m_store.connection(), QStringLiteral("SELECT %1 FROM clients c WHERE c.ref = $1").arg(QLatin1String(clientJsonSql)));
    select.bind(ref);
    const bool found = select.exec() && select.next();
    if (error)
        *error = select.error();
    if (!found)
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(select.value(0).toString().toUtf8()).object();
    if (stamp) {
        *stamp = RowStamp{object.value(QLatin1String("version")).toInteger(), object.value(QLatin1String("changed_by")).toString(),
                          object.value(QLatin1String("changed_at")).toString()};
    }
    return clientFromJson(ref, object);
}

StoreError ServerClientRecords::saveClient(const QString &previousRef, const std::optional<Client> &client,
                                           const QString &action, const ActivityDetail &detail,
                                           std::optional<qint64> readVersion, qint64 *savedVersion)
{
    PgConnection &connection = m_store.connection();
    if (StoreError error = connection.begin(); error.isError())
        return error;
    StoreError error = saveInTransaction(previousRef, client, readVersion, savedVersion);
    if (!error.isError())
        error = m_store.appendActivity(action, detail);
    if (!error.isError())
        error = connection.commit();
    if (error.isError())
        connection.rollback();
    return error;
}

StoreError ServerClientRecords::saveInTransaction(const QString &previousRef, const std::optional<Client> &client,
                                                  std::optional<qint64> readVersion, qint64 *savedVersion)
{
    PgConnection &connection = m_store.connection();
    if (readVersion && !previousRef.isEmpty()) {
        // Locked until the commit: a second editor's check waits here and then reads our version.
        PgStatement stored(connection, QStringLiteral("SELECT version, changed_by, changed_at FROM clients WHERE ref = $1 FOR UPDATE"));
        if (!stored.bind(previousRef).exec())
            return stored.error();
        if (!stored.next())
            return RowStamp::changedSinceRead(previousRef, std::nullopt);
        const RowStamp stamp{stored.value(0).toLongLong(), stored.value(1).toString(), stored.value(2).toString()};
        if (stamp.version != *readVersion)
            return RowStamp::changedSinceRead(previousRef, stamp);
    }
    // Adding, or renaming onto, a ref another client has would merge two people's records.
    if (client && client->ref != previousRef) {
        PgStatement taken(connection, QStringLiteral("SELECT 1 FROM clients WHERE ref = $1"));
        if (!taken.bind(client->ref).exec())
            return taken.error();
        if (taken.next())
            return StoreError::make(StoreError::Kind::Exists, ClientRecords::tr("another client already has the ref %1").arg(client->ref));
    }
    if (!previousRef.isEmpty() && (!client || client->ref != previousRef)) {
        if (StoreError error = connection.exec(QStringLiteral("DELETE FROM clients WHERE ref = $1"), {previousRef}); error.isError())
            return error;
    }
    if (!client)
        return {};
    if (StoreError error = trimClient(*client); error.isError())
        return error;
    if (StoreError error = write({*client}); error.isError())
        return error;
    PgStatement version(connection, QStringLiteral("SELECT version FROM clients WHERE ref = $1"));
    if (!version.bind(client->ref).exec() || !version.next())
        return version.error().isError() ? version.error()
                                         : StoreError::make(StoreError::Kind::Sql, tr("a client the server just wrote could not be read back"));
    if (savedVersion)
        *savedVersion = version.value(0).toLongLong();
    return {};
}

StoreError ServerClientRecords::trimClient(const Client &client)
{
    QJsonArray allegations, events;
    for (const Allegation &a : client.allegations)
        allegations.append(a.ref);
    for (const CaseEvent &e : client.events)
        events.append(e.ref);
    PgConnection &connection = m_store.connection();
    for (const auto &[table, keep] : {std::pair{"allegations", allegations}, std::pair{"events", events}}) {
        const QString sql = QStringLiteral("DELETE FROM %1 WHERE client_id = (SELECT id FROM clients WHERE ref = $1)"
                                           " AND ref NOT IN (SELECT json_array_elements_text($2::json))")
                                .arg(QLatin1String(table));
        if (StoreError error = connection.exec(sql, {client.ref, compact(keep)}); error.isError())
            return error;
    }
    return {};
}

int ServerClientRecords::clientCount(StoreError *error) const
{
    return clientCount(ClientQuery(), error);
}

namespace {

// One condition per word of the filter, each word bound once ($first, $first + 1, ...).
QString filterClause(const QStringList &words, int first)
{
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString p = QLatin1Char('$') + QString::number(first + i);
        terms << QStringLiteral("(c.ref ILIKE %1 OR c.name ILIKE %1 OR c.country ILIKE %1"
                                " OR EXISTS (SELECT 1 FROM allegations fa WHERE fa.client_id = c.id AND fa.source ILIKE %1))")
                     .arg(p);
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

// ILIKE's escape character is the backslash by default.
void bindFilter(PgStatement &statement, const QStringList &words)
{
    for (QString word : words) {
        word.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
        statement.bind(QString(QLatin1Char('%') + word + QLatin1Char('%')));
    }
}

QStringList filterWords(const QString &filter)
{
    return filter.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

int ServerClientRecords::clientCount(const ClientQuery &query, StoreError *error) const
{
    const QStringList words = filterWords(query.filter);
    PgStatement count(m_store.connection(), QStringLiteral("SELECT count(*) FROM clients c") + filterClause(words, 1));
    bindFilter(count, words);
    const int result = count.exec() && count.next() ? count.value(0).toInt() : 0;
    if (error)
        *error = count.error();
    return result;
}

QList<ClientSummary> ServerClientRecords::clientSummaries(const ClientQuery &query, int offset, int limit, StoreError *error) const
{
    QString order;
    switch (query.sortKey) {
    case ClientQuery::SortKey::Ref: order = QStringLiteral("c.ref COLLATE \"C\""); break;
    case ClientQuery::SortKey::Name: order = QStringLiteral("lower(c.name)"); break;
    case ClientQuery::SortKey::Country: order = QStringLiteral("c.country COLLATE \"C\""); break;
    case ClientQuery::SortKey::Sources: order = QStringLiteral("7"); break;
    case ClientQuery::SortKey::Allegations: order = QStringLiteral("5"); break;
    case ClientQuery::SortKey::Events: order = QStringLiteral("6"); break;
    }
    // NULLs (no country, no sources) sort first ascending, as SQLite sorts them.
    order += query.ascending ? QStringLiteral(" ASC NULLS FIRST") : QStringLiteral(" DESC NULLS LAST");
    const QStringList words = filterWords(query.filter);
    const int first = int(words.size()) + 1;
    PgStatement select(m_store.connection(), QStringLiteral(
        "SELECT c.id, c.ref, c.name, c.country,"
        " (SELECT count(*) FROM allegations a WHERE a.client_id = c.id),"
        " (SELECT count(*) FROM events e WHERE e.client_id = c.id),"
        " (SELECT string_agg(DISTINCT a.source, ' ' ORDER BY a.source) FROM allegations a WHERE a.client_id = c.id)"
        " FROM clients c") + filterClause(words, 1) + QStringLiteral(" ORDER BY ") + order
        + QStringLiteral(", c.ref COLLATE \"C\" LIMIT $%1 OFFSET $%2").arg(first).arg(first + 1));
    bindFilter(select, words);
    select.bind(limit).bind(offset);
    return clientrows::readSummaries(select, error);
}

StoreError ServerClientRecords::rebuildAllSpells()
{
    // Every client counts as one that existed: writeSpells then derives its spells from what is stored.
    QList<Client> clients;
    QSet<QString> existed;
    PgStatement select(m_store.connection(), QStringLiteral("SELECT ref FROM clients ORDER BY id"));
    if (!select.exec())
        return select.error();
    while (select.next()) {
        Client client;
        client.ref = select.value(0).toString();
        existed.insert(client.ref);
        clients.append(client);
    }
    if (select.error().isError())
        return select.error();
    return writeSpells(clients, existed);
}

std::optional<CaseRecords> ServerClientRecords::allRecords(StoreError *error) const
{
    // One statement, so one snapshot of the matter however many clients it holds; ordered as the
    // file store orders them (SQLite's BINARY collation): by the refs' bytes.
    PgStatement all(m_store.connection(), QStringLiteral("SELECT c.ref, %1 FROM clients c ORDER BY c.ref COLLATE \"C\"")
                                              .arg(QLatin1String(clientJsonSql)));
    CaseRecords records;
    if (all.exec()) {
        while (all.next()) {
            const QJsonObject object = QJsonDocument::fromJson(all.value(1).toString().toUtf8()).object();
            records.clients << clientFromJson(all.value(0).toString(), object);
        }
    }
    if (error)
        *error = all.error();
    if (all.error().isError())
        return std::nullopt;
    return records;
}

} // namespace rebuttal
