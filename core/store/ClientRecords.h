// Clients, allegations and events in a case file: import by ref, list, read back.
#pragma once

#include "ClientRecordStore.h"
#include "RowStamp.h"
#include "StoreError.h"
#include "domain/ActivityDetail.h"
#include "domain/CaseRecords.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace rebuttal {

class CaseStore;

class ClientRecords final : public ClientRecordStore
{
    Q_DECLARE_TR_FUNCTIONS(ClientRecords)

public:
    explicit ClientRecords(CaseStore &store);

    // Writes every client of `records` in one transaction, updating clients, allegations and
    // events whose ref is already stored rather than adding them again. `sourceName` goes to
    // the activity log. On error nothing is written.
    // `progress` (optional) hears how many clients are written so far; when it returns false the
    // import stops and is rolled back (the error's kind is then None and `cancelled` is set).
    [[nodiscard]] StoreError importRecords(const CaseRecords &records, const ActivityDetail &source, CaseImportCounts *counts = nullptr,
                             const ImportProgress &progress = {}, bool *cancelled = nullptr) override;

    // The whole of one client as the GUI edits it: `client` replaces what is stored under
    // `previousRef` (allegations and events it no longer has are deleted), or, when `client` is
    // empty, that client is deleted. An empty `previousRef` adds a client. One transaction,
    // logged under `action` with `detail`.
    // With `readVersion` (the RowStamp version the client was read at), a client changed or
    // deleted since is left alone and the save refused (Kind::Conflict, "changed by USER at
    // TIME"). `savedVersion` receives the version the saved client has now.
    [[nodiscard]] StoreError saveClient(const QString &previousRef, const std::optional<Client> &client, const QString &action,
                          const ActivityDetail &detail, std::optional<qint64> readVersion = std::nullopt,
                          qint64 *savedVersion = nullptr) override;

    // Every stored client in ref order, for export.
    std::optional<CaseRecords> allRecords(StoreError *error = nullptr) const override;

    // Recomputes the spells table from the events of every client (schema upgrade).
    [[nodiscard]] static StoreError rebuildAllSpells(QSqlDatabase &db);

    int clientCount(StoreError *error = nullptr) const;
    int clientCount(const ClientQuery &query, StoreError *error = nullptr) const override;
    // Clients in ref order (or the query's), a page at a time (for lazy models).
    QList<ClientSummary> clientSummaries(int offset, int limit, StoreError *error = nullptr) const;
    QList<ClientSummary> clientSummaries(const ClientQuery &query, int offset, int limit, StoreError *error = nullptr) const override;
    // `stamp` (optional) receives the client's row version, to save against later.
    std::optional<Client> client(const QString &ref, StoreError *error = nullptr, RowStamp *stamp = nullptr) const override;

private:
    [[nodiscard]] StoreError deleteClient(const QString &ref);
    [[nodiscard]] StoreError trimClient(const Client &client);
    // Refuses (Conflict) when the client stored under `ref` is not at `readVersion` any more.
    [[nodiscard]] StoreError checkVersion(const QString &ref, qint64 readVersion);
    // Stamps the saved client with the OS login and reads its new version.
    [[nodiscard]] StoreError stampSaved(const QString &ref, qint64 *savedVersion);

    CaseStore &m_store;
};

} // namespace rebuttal
