#include "OpenStore.h"

#include "AgreementRegistry.h"
#include "CaseStore.h"
#include "ClientRecords.h"
#include "DocumentCatalog.h"
#include "OutcomeStatistics.h"
#include "ProductionCorrections.h"
#include "ProductionWriter.h"
#include "RedetectionWriter.h"
#include "ServerAgreementRegistry.h"
#include "ServerChangeFeed.h"
#include "ServerClientRecords.h"
#include "ServerDocumentCatalog.h"
#include "ServerLocation.h"
#include "ServerProductionCorrections.h"
#include "ServerProductionWriter.h"
#include "ServerRedetectionWriter.h"
#include "PgConnection.h"
#include "ServerStore.h"
#include "ServerVaughnIndexes.h"
#include "StoreCopier.h"
#include "VaughnIndexes.h"

namespace rebuttal {

namespace {

class OpenCaseFile final : public OpenStore
{
public:
    // `owned` empty: `store` belongs to someone else.
    OpenCaseFile(CaseStore &store, std::unique_ptr<CaseStore> owned)
        : m_owned(std::move(owned))
        , m_store(&store)
        , m_documents(store)
        , m_clients(store)
        , m_vaughnIndexes(store)
        , m_agreements(store)
        , m_statistics(store)
    {
    }

    QString displayName() const override { return m_store->filePath(); }
    QString address() const override { return m_store->filePath(); }
    CaseStore *caseFile() override { return m_store; }
    const ServerLocation *serverLocation() const override { return nullptr; }
    int serverBackendPid() const override { return 0; }
    bool announceSessionEnd() override { return false; }
    const DocumentReader &documents() const override { return m_documents; }
    ClientRecordStore &clients() override { return m_clients; }
    VaughnIndexStore &vaughnIndexes() override { return m_vaughnIndexes; }
    AgreementStore &agreements() override { return m_agreements; }
    std::unique_ptr<ProductionDestination> productionDestination() override
    {
        return std::make_unique<ProductionWriter>(*m_store);
    }
    std::unique_ptr<RedetectionDestination> redetectionDestination(qint64 documentId) override
    {
        return std::make_unique<RedetectionWriter>(*m_store, documentId);
    }
    std::unique_ptr<CorrectionWriter> corrections() override { return std::make_unique<ProductionCorrections>(*m_store); }
    // A file the app could not write was refused when it was opened.
    bool mayChange(StoreError *error) const override
    {
        if (error)
            *error = {};
        return true;
    }
    const OutcomeStatistics &statistics() const override { return m_statistics; }
    StoreError appendActivity(const QString &action, const ActivityDetail &detail) override
    {
        return m_store->activity().append(action, detail);
    }
    QList<ActivityEntry> activityEntries(StoreError *error) const override { return m_store->activity().entries(error); }

private:
    std::unique_ptr<CaseStore> m_owned;
    CaseStore *m_store;
    DocumentCatalog m_documents;
    ClientRecords m_clients;
    VaughnIndexes m_vaughnIndexes;
    AgreementRegistry m_agreements;
    OutcomeStatistics m_statistics;
};

class OpenServerMatter final : public OpenStore
{
public:
    explicit OpenServerMatter(std::unique_ptr<ServerStore> store)
        : m_store(std::move(store))
        , m_documents(*m_store)
        , m_clients(*m_store)
        , m_vaughnIndexes(*m_store)
        , m_agreements(*m_store)
        , m_statistics(*m_store)
    {
    }

    QString displayName() const override { return m_store->location().title(); }
    QString address() const override { return m_store->location().display(); }
    CaseStore *caseFile() override { return nullptr; }
    const ServerLocation *serverLocation() const override { return &m_store->location(); }
    int serverBackendPid() const override { return m_store->connection().backendPid(); }
    bool announceSessionEnd() override { return ServerChangeFeed::announceSessionEnd(m_store->connection()); }
    const DocumentReader &documents() const override { return m_documents; }
    ClientRecordStore &clients() override { return m_clients; }
    VaughnIndexStore &vaughnIndexes() override { return m_vaughnIndexes; }
    AgreementStore &agreements() override { return m_agreements; }
    std::unique_ptr<ProductionDestination> productionDestination() override
    {
        return std::make_unique<ServerProductionWriter>(*m_store);
    }
    std::unique_ptr<RedetectionDestination> redetectionDestination(qint64 documentId) override
    {
        return std::make_unique<ServerRedetectionWriter>(*m_store, documentId);
    }
    std::unique_ptr<CorrectionWriter> corrections() override { return std::make_unique<ServerProductionCorrections>(*m_store); }
    bool mayChange(StoreError *error) const override { return m_store->mayChange(error); }
    const OutcomeStatistics &statistics() const override { return m_statistics; }
    StoreError appendActivity(const QString &action, const ActivityDetail &detail) override
    {
        return m_store->appendActivity(action, detail);
    }
    QList<ActivityEntry> activityEntries(StoreError *error) const override { return m_store->activityEntries(error); }

private:
    std::unique_ptr<ServerStore> m_store;
    ServerDocumentCatalog m_documents;
    ServerClientRecords m_clients;
    ServerVaughnIndexes m_vaughnIndexes;
    ServerAgreementRegistry m_agreements;
    OutcomeStatistics m_statistics;
};

} // namespace

std::unique_ptr<OpenStore> OpenStore::ofFile(std::unique_ptr<CaseStore> store)
{
    if (!store)
        return nullptr;
    CaseStore &file = *store;
    return std::make_unique<OpenCaseFile>(file, std::move(store));
}

std::unique_ptr<OpenStore> OpenStore::open(const StoreAddress &address, StoreError *error)
{
    if (address.isServer())
        return ofServer(ServerStore::open(*address.server, error));
    return ofFile(CaseStore::open(address.filePath, error));
}

std::unique_ptr<OpenStore> OpenStore::open(const QString &address, StoreError *error)
{
    QString problem;
    const std::optional<StoreAddress> parsed = StoreAddress::parse(address, &problem);
    if (!parsed) {
        if (error)
            *error = StoreError{StoreError::Kind::NotFound, problem};
        return nullptr;
    }
    return open(*parsed, error);
}

std::unique_ptr<OpenStore> OpenStore::over(CaseStore &store)
{
    return std::make_unique<OpenCaseFile>(store, nullptr);
}

std::unique_ptr<OpenStore> OpenStore::ofServer(std::unique_ptr<ServerStore> store)
{
    return store ? std::make_unique<OpenServerMatter>(std::move(store)) : nullptr;
}

} // namespace rebuttal
