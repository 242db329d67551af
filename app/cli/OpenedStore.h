// The store --store names, opened for a command that works on either backend: a case file or a
// matter on a PostgreSQL server. It hands out the store-neutral readers and writers of core/store
// (VaughnIndexStore, DocumentReader, AgreementStore), so a command never asks which it has.
#pragma once

#include "domain/CaseRecords.h"
#include "store/StoreError.h"

#include <QDate>
#include <QList>

#include <memory>
#include <optional>

namespace rebuttal {

class AgreementStore;
class CaseStore;
class DocumentReader;
class Invocation;
class ServerStore;
class VaughnIndexStore;

class OpenedStore
{
public:
    // nullopt after the invocation said why (its exit code in *exitCode); `asOf` as Invocation's.
    static std::optional<OpenedStore> open(Invocation &invocation, int *exitCode, QDate *asOf = nullptr);

    OpenedStore(OpenedStore &&) noexcept;
    OpenedStore &operator=(OpenedStore &&) noexcept;
    ~OpenedStore();

    std::unique_ptr<VaughnIndexStore> vaughnIndexes() const;
    std::unique_ptr<DocumentReader> documents() const;
    std::unique_ptr<AgreementStore> agreements() const;
    // The clients to check: every one when `ref` is empty, else that one (an empty list when there
    // is none); nullopt on a store failure (then `error` says why).
    std::optional<QList<Client>> clients(const QString &ref, StoreError *error) const;

private:
    OpenedStore() = default;

    std::unique_ptr<CaseStore> m_file;
    std::unique_ptr<ServerStore> m_server;
};

} // namespace rebuttal
