// The agreement check over a whole store: its registry, its Vaughn indexes and its clients; a
// case file, or a matter on a server through the store's AgreementStore and VaughnIndexStore.
#pragma once

#include "AgreementCheck.h"
#include "store/RowStamp.h"
#include "store/StoreError.h"

#include <QHash>

namespace rebuttal {

class AgreementStore;
class CaseStore;
class VaughnIndexStore;

class CaseFileCheck
{
public:
    // `clientRef` (optional) limits the flags to one client; the agreement findings always cover
    // the whole registry. Returns nullopt with `error` set when the store cannot be read.
    static std::optional<CheckResult> run(CaseStore &store, QDate asOf, const QString &clientRef = {},
                                          StoreError *error = nullptr);
    // The check engine loaded with the case file's registry and Vaughn entries.
    static std::optional<AgreementCheck> engine(CaseStore &store, StoreError *error = nullptr);

    // The engine over any store (a matter on a server too). `stamps` (optional) receives the row
    // version of each agreement as read for the engine, to save an edit of it against.
    static std::optional<AgreementCheck> engine(const AgreementStore &registry, const VaughnIndexStore &indexes,
                                                StoreError *error = nullptr, QHash<QString, RowStamp> *stamps = nullptr);
};

} // namespace rebuttal
