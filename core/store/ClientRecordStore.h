// What the GUI asks of a store's clients, whichever store holds them: a case file (ClientRecords)
// or a matter on a PostgreSQL server (ServerClientRecords). The Clients page lists, reads and saves
// through this, so it does not ask which backend it is on.
#pragma once

#include "RowStamp.h"
#include "StoreError.h"
#include "domain/ActivityDetail.h"
#include "domain/CaseRecords.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace rebuttal {

struct ClientSummary
{
    qint64 id = 0;
    QString ref;
    QString name;
    QString country;
    int allegations = 0;
    int events = 0;
    QStringList sources; // codes of the client's allegation sources, sorted
};

// Which clients a list shows and in what order: the filter and the sort run in SQL, so a
// list of 20,000 clients fetches only the rows on screen.
struct ClientQuery
{
    enum class SortKey { Ref, Name, Country, Sources, Allegations, Events };

    QString filter; // matched against ref, name, country and source codes; empty: all
    SortKey sortKey = SortKey::Ref;
    bool ascending = true;
};

// What an import of case records wrote.
struct CaseImportCounts
{
    int clients = 0;
    int allegations = 0;
    int events = 0;
};

class ClientRecordStore
{
public:
    virtual ~ClientRecordStore() = default;

    virtual int clientCount(const ClientQuery &query, StoreError *error = nullptr) const = 0;
    // Clients in the query's order, a page at a time (for lazy models).
    virtual QList<ClientSummary> clientSummaries(const ClientQuery &query, int offset, int limit,
                                                 StoreError *error = nullptr) const = 0;
    // nullopt when no client has that ref (error unset) or on error; `stamp` (optional) receives the
    // row version to save against.
    virtual std::optional<Client> client(const QString &ref, StoreError *error = nullptr, RowStamp *stamp = nullptr) const = 0;
    // Every client, by ref (byte order on both backends); nullopt on error.
    virtual std::optional<CaseRecords> allRecords(StoreError *error = nullptr) const = 0;
    // See ClientRecords::importRecords: every client in one transaction, refs already stored updated;
    // `progress` returning false rolls it back (error kind None, `cancelled` set).
    using ImportProgress = std::function<bool(int done, int total)>;
    [[nodiscard]] virtual StoreError importRecords(const CaseRecords &records, const ActivityDetail &source,
                                                   CaseImportCounts *counts = nullptr, const ImportProgress &progress = {},
                                                   bool *cancelled = nullptr) = 0;
    // See ClientRecords::saveClient: a save against a client changed since `readVersion` is refused
    // with Kind::Conflict.
    [[nodiscard]] virtual StoreError saveClient(const QString &previousRef, const std::optional<Client> &client,
                                                const QString &action, const ActivityDetail &detail,
                                                std::optional<qint64> readVersion = std::nullopt,
                                                qint64 *savedVersion = nullptr) = 0;
};

} // namespace rebuttal
