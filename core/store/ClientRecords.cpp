#include "ClientRecords.h"

#include "ActivityLog.h"
#include "CaseStore.h"
#include "SqlStatement.h"

#include <QHash>

namespace rebuttal {

namespace {

QVariant dateOrNull(const PartialDate &date)
{
    return date.isValid() ? QVariant(date.toString()) : QVariant(QMetaType(QMetaType::QString));
}

// Runs one statement that returns a single id.
qint64 idOf(SqlStatement &statement, StoreError *error)
{
    if (!statement.exec() || !statement.next()) {
        *error = statement.error().isError() ? statement.error()
                                             : StoreError::make(StoreError::Kind::Sql, QStringLiteral("row not found"));
        return 0;
    }
    const qint64 id = statement.value(0).toLongLong();
    statement.finish();
    return id;
}

} // namespace

ClientRecords::ClientRecords(CaseStore &store)
    : m_store(store)
{
}

StoreError ClientRecords::importRecords(const CaseRecords &records, const QString &sourceName, CaseImportCounts *counts)
{
    QSqlDatabase db = m_store.database();
    if (!db.transaction())
        return SqlStatement::errorOf(db.lastError());
    CaseImportCounts tally;
    StoreError error;
    for (const Client &client : records.clients) {
        error = writeClient(client);
        if (error.isError())
            break;
        ++tally.clients;
        tally.allegations += client.allegations.size();
        tally.events += client.events.size();
    }
    if (!error.isError()) {
        error = m_store.activity().append(QStringLiteral("import.cases"),
                                          tr("Imported case records from %1 (clients: %2, allegations: %3, events: %4)")
                                              .arg(sourceName)
                                              .arg(tally.clients)
                                              .arg(tally.allegations)
                                              .arg(tally.events));
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

StoreError ClientRecords::writeClient(const Client &client)
{
    const QSqlDatabase db = m_store.database();
    StoreError error;
    SqlStatement upsertClient(db, QStringLiteral(
        "INSERT INTO clients (ref, name, pseudonym, country, a_number, notes) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (ref) DO UPDATE SET name = excluded.name, pseudonym = excluded.pseudonym,"
        " country = excluded.country, a_number = excluded.a_number, notes = excluded.notes"
        " RETURNING id"));
    upsertClient.bind(client.ref).bind(client.name).bind(SqlStatement::textOrNull(client.pseudonym)).bind(SqlStatement::textOrNull(client.country))
        .bind(SqlStatement::textOrNull(client.aNumber)).bind(SqlStatement::textOrNull(client.notes));
    const qint64 clientId = idOf(upsertClient, &error);
    if (error.isError())
        return error;

    QHash<QString, qint64> allegationIds;
    SqlStatement upsertAllegation(db, QStringLiteral(
        "INSERT INTO allegations (client_id, ref, position, source, kind, origin, origin_country, asserted_on,"
        " disclosed_on, disclosure_channel, status, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (client_id, ref) DO UPDATE SET position = excluded.position, source = excluded.source,"
        " kind = excluded.kind, origin = excluded.origin, origin_country = excluded.origin_country,"
        " asserted_on = excluded.asserted_on, disclosed_on = excluded.disclosed_on,"
        " disclosure_channel = excluded.disclosure_channel, status = excluded.status, detail = excluded.detail"
        " RETURNING id"));
    for (qsizetype i = 0; i < client.allegations.size(); ++i) {
        const Allegation &a = client.allegations.at(i);
        upsertAllegation.bind(clientId).bind(a.ref).bind(static_cast<int>(i)).bind(codeOf(a.source)).bind(codeOf(a.kind))
            .bind(SqlStatement::textOrNull(a.origin)).bind(SqlStatement::textOrNull(a.originCountry)).bind(dateOrNull(a.assertedOn))
            .bind(dateOrNull(a.disclosedOn)).bind(SqlStatement::textOrNull(a.disclosureChannel))
            .bind(a.status ? QVariant(codeOf(*a.status)) : QVariant(QMetaType(QMetaType::QString))).bind(SqlStatement::textOrNull(a.detail));
        allegationIds.insert(a.ref, idOf(upsertAllegation, &error));
        if (error.isError())
            return error;
    }

    SqlStatement upsertEvent(db, QStringLiteral(
        "INSERT INTO events (client_id, ref, position, type, date, date_sort, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (client_id, ref) DO UPDATE SET position = excluded.position, type = excluded.type,"
        " date = excluded.date, date_sort = excluded.date_sort, detail = excluded.detail"
        " RETURNING id"));
    SqlStatement clearLinks(db, QStringLiteral("DELETE FROM event_allegations WHERE event_id = ?"));
    SqlStatement clearEvidence(db, QStringLiteral("DELETE FROM evidence WHERE event_id = ?"));
    SqlStatement link(db, QStringLiteral(
        "INSERT OR IGNORE INTO event_allegations (event_id, allegation_id)"
        " SELECT ?, id FROM allegations WHERE client_id = ? AND ref = ?"));
    SqlStatement cite(db, QStringLiteral("INSERT INTO evidence (event_id, position, document_ref, page) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < client.events.size(); ++i) {
        const CaseEvent &e = client.events.at(i);
        upsertEvent.bind(clientId).bind(e.ref).bind(static_cast<int>(i)).bind(codeOf(e.type)).bind(e.date.toString())
            .bind(e.date.firstDay().toString(Qt::ISODate)).bind(SqlStatement::textOrNull(e.detail));
        const qint64 eventId = idOf(upsertEvent, &error);
        if (error.isError())
            return error;
        // The file is the truth for the links of the events it names.
        if (!clearLinks.bind(eventId).exec() || !clearEvidence.bind(eventId).exec())
            return clearLinks.error().isError() ? clearLinks.error() : clearEvidence.error();
        for (const QString &relied : e.reliedOn) {
            if (!link.bind(eventId).bind(clientId).bind(relied).exec())
                return link.error();
        }
        for (qsizetype j = 0; j < e.evidence.size(); ++j) {
            const EvidenceCitation &c = e.evidence.at(j);
            cite.bind(eventId).bind(static_cast<int>(j)).bind(c.document)
                .bind(c.page > 0 ? QVariant(c.page) : QVariant(QMetaType(QMetaType::Int)));
            if (!cite.exec())
                return cite.error();
        }
    }
    return {};
}

int ClientRecords::clientCount(StoreError *error) const
{
    SqlStatement count(m_store.database(), QStringLiteral("SELECT count(*) FROM clients"));
    const int result = count.exec() && count.next() ? count.value(0).toInt() : 0;
    if (error)
        *error = count.error();
    return result;
}

QList<ClientSummary> ClientRecords::clientSummaries(int offset, int limit, StoreError *error) const
{
    QList<ClientSummary> result;
    SqlStatement select(m_store.database(), QStringLiteral(
        "SELECT c.id, c.ref, c.name, c.country,"
        " (SELECT count(*) FROM allegations a WHERE a.client_id = c.id),"
        " (SELECT count(*) FROM events e WHERE e.client_id = c.id),"
        " (SELECT group_concat(source, ' ') FROM (SELECT DISTINCT source FROM allegations a"
        "   WHERE a.client_id = c.id ORDER BY source))"
        " FROM clients c ORDER BY c.ref LIMIT ? OFFSET ?"));
    select.bind(limit).bind(offset);
    if (select.exec()) {
        while (select.next()) {
            ClientSummary summary;
            summary.id = select.value(0).toLongLong();
            summary.ref = select.value(1).toString();
            summary.name = select.value(2).toString();
            summary.country = select.value(3).toString();
            summary.allegations = select.value(4).toInt();
            summary.events = select.value(5).toInt();
            summary.sources = select.value(6).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            result << summary;
        }
    }
    if (error)
        *error = select.error();
    return result;
}

std::optional<Client> ClientRecords::client(const QString &ref, StoreError *error) const
{
    const QSqlDatabase db = m_store.database();
    StoreError failure;
    auto finish = [&](std::optional<Client> value) {
        if (error)
            *error = failure;
        return value;
    };
    SqlStatement head(db, QStringLiteral("SELECT id, name, pseudonym, country, a_number, notes FROM clients WHERE ref = ?"));
    head.bind(ref);
    if (!head.exec() || !head.next()) {
        failure = head.error();
        return finish(std::nullopt);
    }
    Client client;
    const qint64 id = head.value(0).toLongLong();
    client.ref = ref;
    client.name = head.value(1).toString();
    client.pseudonym = head.value(2).toString();
    client.country = head.value(3).toString();
    client.aNumber = head.value(4).toString();
    client.notes = head.value(5).toString();
    head.finish();

    SqlStatement allegations(db, QStringLiteral(
        "SELECT ref, source, kind, origin, origin_country, asserted_on, disclosed_on, disclosure_channel, status, detail"
        " FROM allegations WHERE client_id = ? ORDER BY position, id"));
    allegations.bind(id);
    if (!allegations.exec()) {
        failure = allegations.error();
        return finish(std::nullopt);
    }
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
        client.allegations << a;
    }

    SqlStatement events(db, QStringLiteral(
        "SELECT e.id, e.ref, e.type, e.date, e.detail FROM events e WHERE e.client_id = ? ORDER BY e.position, e.id"));
    SqlStatement links(db, QStringLiteral(
        "SELECT a.ref FROM event_allegations l JOIN allegations a ON a.id = l.allegation_id"
        " WHERE l.event_id = ? ORDER BY a.position, a.id"));
    SqlStatement citations(db, QStringLiteral("SELECT document_ref, page FROM evidence WHERE event_id = ? ORDER BY position, id"));
    events.bind(id);
    if (!events.exec()) {
        failure = events.error();
        return finish(std::nullopt);
    }
    while (events.next()) {
        CaseEvent e;
        const qint64 eventId = events.value(0).toLongLong();
        e.ref = events.value(1).toString();
        e.type = fromCode<EventType>(events.value(2).toString()).value_or(EventType::Other);
        e.date = PartialDate::fromString(events.value(3).toString());
        e.detail = events.value(4).toString();
        if (links.bind(eventId).exec()) {
            while (links.next())
                e.reliedOn << links.value(0).toString();
        }
        if (citations.bind(eventId).exec()) {
            while (citations.next())
                e.evidence << EvidenceCitation{citations.value(0).toString(), citations.value(1).toInt()};
        }
        client.events << e;
    }
    return finish(client);
}

} // namespace rebuttal
