// Clients, allegations and events of a matter on a PostgreSQL server: ClientRecords' import and
// read-back for team mode. Each client travels as JSON in a few set-based statements
// (json_to_recordset), so an import costs a handful of round trips per client, not one per row.
#pragma once

#include "ClientRecords.h"
#include "StoreError.h"
#include "domain/CaseRecords.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace rebuttal {

class ServerStore;
struct RecordRows;

class ServerClientRecords final : public ClientRecordStore
{
    Q_DECLARE_TR_FUNCTIONS(ServerClientRecords)

public:
    explicit ServerClientRecords(ServerStore &store);

    // As ClientRecords::importRecords: every client in one transaction, updating what is stored
    // under the same refs; logged (by the server's session_user) with `sourceName`; on error
    // nothing is written. `progress` (optional) hears the clients written so far after each batch;
    // when it returns false the import is rolled back (error kind None, `cancelled` set).
    [[nodiscard]] StoreError importRecords(const CaseRecords &records, const ActivityDetail &source, CaseImportCounts *counts = nullptr,
                                           const ImportProgress &progress = {}, bool *cancelled = nullptr) override;
    // As ClientRecords::saveClient: the version check runs on the row locked (FOR UPDATE), so of
    // two editors saving the same client at once the second waits, then is refused; who changed
    // it and when are the server's (session_user, its clock).
    [[nodiscard]] StoreError saveClient(const QString &previousRef, const std::optional<Client> &client, const QString &action,
                                        const ActivityDetail &detail, std::optional<qint64> readVersion = std::nullopt,
                                        qint64 *savedVersion = nullptr) override;
    // As ClientRecords::client: nullopt when no client has that ref (error unset) or on error.
    std::optional<Client> client(const QString &ref, StoreError *error = nullptr, RowStamp *stamp = nullptr) const override;
    int clientCount(StoreError *error = nullptr) const;
    // As ClientRecords' (the Clients page's list): the filter matches ref, name, country and source
    // codes without regard to case, as SQLite's LIKE does for a case file.
    int clientCount(const ClientQuery &query, StoreError *error = nullptr) const override;
    QList<ClientSummary> clientSummaries(const ClientQuery &query, int offset, int limit, StoreError *error = nullptr) const override;
    // Recomputes every client's spells from its stored events, inside the caller's transaction
    // (a copy between stores rebuilds this derived table rather than copying it).
    [[nodiscard]] StoreError rebuildAllSpells();
    // As ClientRecords::allRecords: every client, by ref; nullopt on error.
    std::optional<CaseRecords> allRecords(StoreError *error = nullptr) const override;

private:
    // Writes clients (no ref twice) with a few set-based statements for all of them, updating
    // what is stored under the same refs.
    [[nodiscard]] StoreError write(const QList<Client> &clients);
    // The edit of one client, inside saveClient's transaction.
    [[nodiscard]] StoreError saveInTransaction(const QString &previousRef, const std::optional<Client> &client,
                                               std::optional<qint64> readVersion, qint64 *savedVersion);
    // Deletes the stored allegations and events of the client that `client` no longer has.
    [[nodiscard]] StoreError trimClient(const Client &client);
    // The clients' allegations, events, their links and citations (the file is the truth for the
    // events it names).
    [[nodiscard]] StoreError writeRecords(const RecordRows &rows);
    // The spells: a new client's from its records, one that `existed` from what is stored now.
    [[nodiscard]] StoreError writeSpells(const QList<Client> &clients, const QSet<QString> &existed);

    ServerStore &m_store;
};

} // namespace rebuttal
