#include "OpenedStore.h"

#include "Invocation.h"
#include "store/AgreementRegistry.h"
#include "store/CaseStore.h"
#include "store/ClientRecords.h"
#include "store/DocumentCatalog.h"
#include "store/ServerAgreementRegistry.h"
#include "store/ServerClientRecords.h"
#include "store/ServerDocumentCatalog.h"
#include "store/ServerStore.h"
#include "store/ServerVaughnIndexes.h"
#include "store/VaughnIndexes.h"

namespace rebuttal {

OpenedStore::OpenedStore(OpenedStore &&) noexcept = default;
OpenedStore &OpenedStore::operator=(OpenedStore &&) noexcept = default;
OpenedStore::~OpenedStore() = default;

std::optional<OpenedStore> OpenedStore::open(Invocation &invocation, int *exitCode, QDate *asOf)
{
    OpenedStore opened;
    if (invocation.onServer())
        opened.m_server = invocation.openServerStore(exitCode, asOf);
    else
        opened.m_file = invocation.openStore(exitCode, asOf);
    if (!opened.m_server && !opened.m_file)
        return std::nullopt;
    return opened;
}

std::unique_ptr<VaughnIndexStore> OpenedStore::vaughnIndexes() const
{
    if (m_server)
        return std::make_unique<ServerVaughnIndexes>(*m_server);
    return std::make_unique<VaughnIndexes>(*m_file);
}

std::unique_ptr<DocumentReader> OpenedStore::documents() const
{
    if (m_server)
        return std::make_unique<ServerDocumentCatalog>(*m_server);
    return std::make_unique<DocumentCatalog>(*m_file);
}

std::unique_ptr<AgreementStore> OpenedStore::agreements() const
{
    if (m_server)
        return std::make_unique<ServerAgreementRegistry>(*m_server);
    return std::make_unique<AgreementRegistry>(*m_file);
}

std::optional<QList<Client>> OpenedStore::clients(const QString &ref, StoreError *error) const
{
    StoreError failure;
    std::optional<QList<Client>> result;
    if (ref.isEmpty()) {
        const std::optional<CaseRecords> all = m_server ? ServerClientRecords(*m_server).allRecords(&failure)
                                                        : ClientRecords(*m_file).allRecords(&failure);
        if (all)
            result = all->clients;
    } else {
        const std::optional<Client> client = m_server ? ServerClientRecords(*m_server).client(ref, &failure)
                                                      : ClientRecords(*m_file).client(ref, &failure);
        if (!failure.isError())
            result = client ? QList<Client>{*client} : QList<Client>{};
    }
    if (error)
        *error = failure;
    return failure.isError() ? std::nullopt : result;
}

} // namespace rebuttal
