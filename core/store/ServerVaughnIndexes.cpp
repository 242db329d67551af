#include "ServerVaughnIndexes.h"

#include "PgConnection.h"
#include "ServerStore.h"
#include "VaughnRows.h"
#include "domain/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rebuttal {

namespace {

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

ServerVaughnIndexes::ServerVaughnIndexes(ServerStore &store)
    : m_store(store)
{
}

QString ServerVaughnIndexes::storeName() const
{
    return m_store.location().display();
}

StoreError ServerVaughnIndexes::add(const QString &fileName, const QString &sha256, const QByteArray &bytes,
                                    const QList<VaughnEntry> &entries, qint64 *id)
{
    PgConnection &connection = m_store.connection();
    if (StoreError error = connection.begin(); error.isError())
        return error;
    auto fail = [&connection](const StoreError &error) {
        connection.rollback();
        return error;
    };
    PgStatement insert(connection, QStringLiteral("INSERT INTO vaughn_indexes (file_name, sha256, size, imported_at, bytes)"
                                                  " VALUES ($1, $2, $3, $4, $5) RETURNING id"));
    insert.bind(fileName).bind(sha256).bind(qint64(bytes.size()))
        .bind(Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs)).bind(bytes);
    if (!insert.exec() || !insert.next())
        return fail(insert.error().isError() ? insert.error()
                                             : StoreError::make(StoreError::Kind::Sql, tr("the server stored no Vaughn index")));
    const qint64 indexId = insert.value(0).toLongLong();
    if (const StoreError error = insertEntries(indexId, entries); error.isError())
        return fail(error);
    if (const StoreError error = m_store.appendActivity(QStringLiteral("import.vaughn"),
                                                        importLogged(indexId, sha256, int(entries.size())));
        error.isError())
        return fail(error);
    if (const StoreError error = connection.commit(); error.isError())
        return fail(error);
    *id = indexId;
    return {};
}

StoreError ServerVaughnIndexes::insertEntries(qint64 indexId, const QList<VaughnEntry> &entries)
{
    // Every row names its entry by number (unique within the index): the statements join on it,
    // so no entry id comes back to the client.
    QJsonArray entryRows, pageRows, codeRows, reasonRows;
    for (const VaughnEntry &e : entries) {
        entryRows.append(QJsonObject{{QStringLiteral("entry_no"), e.number},
                                     {QStringLiteral("document_ref"), e.documentId},
                                     {QStringLiteral("withholding"), e.withholding == Withholding::Unknown
                                                                         ? QJsonValue(QJsonValue::Null)
                                                                         : QJsonValue(withholdingCode(e.withholding))},
                                     {QStringLiteral("pages_as_written"), e.pagesAsWritten},
                                     {QStringLiteral("description"), e.description}});
        for (const int page : e.pages)
            pageRows.append(QJsonObject{{QStringLiteral("entry_no"), e.number}, {QStringLiteral("page_no"), page}});
        for (const QString &code : e.exemptions)
            codeRows.append(QJsonObject{{QStringLiteral("entry_no"), e.number}, {QStringLiteral("code"), code}});
        for (auto it = e.justifications.cbegin(); it != e.justifications.cend(); ++it) {
            reasonRows.append(QJsonObject{{QStringLiteral("entry_no"), e.number}, {QStringLiteral("code"), it.key()},
                                          {QStringLiteral("reasons"), it.value()}});
        }
    }
    // Empty text is '' in these NOT NULL columns, never NULL, as in a case file. Rows go in in the
    // file's order (WITH ORDINALITY), so the ids run as a case file's do.
    const QList<std::pair<const char *, QString>> statements{
        {"INSERT INTO vaughn_entries (index_id, entry_no, document_ref, withholding, pages_as_written, description)"
         " SELECT $2::bigint, r.entry_no, COALESCE(r.document_ref, ''), r.withholding, COALESCE(r.pages_as_written, ''),"
         " COALESCE(r.description, '') FROM ROWS FROM (json_to_recordset($1::json) AS (entry_no integer, document_ref text,"
         " withholding text, pages_as_written text, description text)) WITH ORDINALITY AS r ORDER BY r.ordinality",
         compact(entryRows)},
        {"INSERT INTO vaughn_entry_pages (entry_id, page_no) SELECT e.id, r.page_no"
         " FROM json_to_recordset($1::json) AS r(entry_no integer, page_no integer)"
         " JOIN vaughn_entries e ON e.index_id = $2::bigint AND e.entry_no = r.entry_no ON CONFLICT DO NOTHING",
         compact(pageRows)},
        {"INSERT INTO vaughn_entry_exemptions (entry_id, code) SELECT e.id, r.code"
         " FROM json_to_recordset($1::json) AS r(entry_no integer, code text)"
         " JOIN vaughn_entries e ON e.index_id = $2::bigint AND e.entry_no = r.entry_no ON CONFLICT DO NOTHING",
         compact(codeRows)},
        {"INSERT INTO vaughn_justifications (entry_id, code, reasons) SELECT e.id, r.code, COALESCE(r.reasons, '')"
         " FROM json_to_recordset($1::json) AS r(entry_no integer, code text, reasons text)"
         " JOIN vaughn_entries e ON e.index_id = $2::bigint AND e.entry_no = r.entry_no"
         " ON CONFLICT (entry_id, code) DO UPDATE SET reasons = excluded.reasons",
         compact(reasonRows)},
    };
    PgConnection &connection = m_store.connection();
    for (const auto &[sql, json] : statements) {
        if (StoreError error = connection.exec(QString::fromLatin1(sql), {json, indexId}); error.isError())
            return error;
    }
    return {};
}

std::optional<qint64> ServerVaughnIndexes::indexWithSha256(const QString &sha256, StoreError *error) const
{
    return vaughnrows::indexWithSha256<PgStatement>(m_store.connection(), QStringLiteral("$1"), sha256, error);
}

QList<VaughnIndexSummary> ServerVaughnIndexes::indexes(StoreError *error) const
{
    PgStatement query(m_store.connection(), vaughnrows::summarySelect());
    return vaughnrows::summaries(query, error);
}

QList<VaughnEntry> ServerVaughnIndexes::entries(qint64 indexId, StoreError *error) const
{
    return vaughnrows::entries<PgStatement>(m_store.connection(), QStringLiteral("$1"), indexId, error);
}

} // namespace rebuttal
