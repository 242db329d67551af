#include "CaseFileCheck.h"

#include "store/AgreementRegistry.h"
#include "store/ClientRecords.h"
#include "store/VaughnIndexes.h"

namespace rebuttal {

std::optional<AgreementCheck> CaseFileCheck::engine(CaseStore &store, StoreError *error)
{
    return engine(AgreementRegistry(store), VaughnIndexes(store), error);
}

std::optional<AgreementCheck> CaseFileCheck::engine(const AgreementStore &registry, const VaughnIndexStore &indexes,
                                                    StoreError *error, QHash<QString, RowStamp> *stamps)
{
    StoreError failure;
    const QList<Agreement> agreements = registry.agreements(&failure, stamps);
    QList<VaughnListing> listings;
    if (!failure.isError()) {
        for (const VaughnIndexSummary &index : indexes.indexes(&failure)) {
            for (const VaughnEntry &entry : indexes.entries(index.id, &failure))
                listings << VaughnListing{index.id, entry.number, entry.documentId, entry.pages};
        }
    }
    if (error)
        *error = failure;
    if (failure.isError())
        return std::nullopt;
    return AgreementCheck(agreements, listings);
}

std::optional<CheckResult> CaseFileCheck::run(CaseStore &store, QDate asOf, const QString &clientRef, StoreError *error)
{
    std::optional<AgreementCheck> check = engine(store, error);
    if (!check)
        return std::nullopt;
    StoreError failure;
    QList<Client> clients;
    if (clientRef.isEmpty()) {
        if (const std::optional<CaseRecords> records = ClientRecords(store).allRecords(&failure))
            clients = records->clients;
    } else if (const std::optional<Client> client = ClientRecords(store).client(clientRef, &failure)) {
        clients << *client;
    }
    if (error)
        *error = failure;
    if (failure.isError())
        return std::nullopt;
    return check->check(clients, asOf);
}

} // namespace rebuttal
