// The store a window has open, whichever backend holds it: a case file or a matter on a
// PostgreSQL server (issue 18). Every page reads through this seam (documents, clients, Vaughn
// indexes, agreements, research figures, the activity log), so none asks which backend it is on;
// what works on a case file only (File menu jobs that open the file by its path) asks caseFile(),
// which is nullptr on a server.
//
// Why a small interface rather than a variant or one class with both backends inside: each
// backend already has its own classes with the same API (DocumentCatalog / ServerDocumentCatalog,
// ClientRecords / ServerClientRecords), so the seam only needs to hand out the right one. The
// next server twins join as one more accessor here and one more line in each implementation, and
// their page drops its caseFile() check. The CLI opens its stores through it too (Invocation::
// openEitherStore), so which class serves which backend is decided here alone.
#pragma once

#include "ActivityLog.h"
#include "StoreError.h"

#include <QList>
#include <QString>

#include <memory>

namespace rebuttal {

class CaseStore;
class AgreementStore;
class ClientRecordStore;
class CorrectionWriter;
class DocumentReader;
class ProductionDestination;
class RedetectionDestination;
class OutcomeStatistics;
class ServerStore;
struct ServerLocation;
struct StoreAddress;
class VaughnIndexStore;

class OpenStore
{
public:
    virtual ~OpenStore() = default;

    static std::unique_ptr<OpenStore> ofFile(std::unique_ptr<CaseStore> store);
    static std::unique_ptr<OpenStore> ofServer(std::unique_ptr<ServerStore> store);
    // Opens what `address` names, read-write: a case file by its path, or a matter on a server
    // (a connection of its own, for a thread of its own); nullptr with *error.
    static std::unique_ptr<OpenStore> open(const StoreAddress &address, StoreError *error);
    // The same, named as address() names it (the recent list's text); a worker thread opens the
    // window's store again this way (a connection serves the thread that opened it).
    static std::unique_ptr<OpenStore> open(const QString &address, StoreError *error);
    // A case file someone else owns and keeps open longer than this (tests, short-lived views).
    static std::unique_ptr<OpenStore> over(CaseStore &store);

    // How the title bar and the recent list name it: the file's path, or host/db/matter (never a
    // password: a ServerLocation holds none).
    virtual QString displayName() const = 0;
    // What the recent list stores to open it again: the path, or the postgresql:// address.
    virtual QString address() const = 0;
    // The case file; nullptr on a server matter.
    virtual CaseStore *caseFile() = 0;
    // The matter's address; nullptr for a case file.
    virtual const ServerLocation *serverLocation() const = 0;
    // The server process of the matter's own connection (0 for a case file, or while it is down):
    // the change feed leaves out what this window committed itself.
    virtual int serverBackendPid() const = 0;
    // Tells the matter's listeners this connection is done writing (a job's, as it closes:
    // ServerChangeFeed::announceSessionEnd); false for a case file or when it could not.
    virtual bool announceSessionEnd() = 0;

    virtual const DocumentReader &documents() const = 0;
    virtual ClientRecordStore &clients() = 0;
    virtual VaughnIndexStore &vaughnIndexes() = 0;
    virtual AgreementStore &agreements() = 0;
    // A writer of one production import into this store, on this store's connection.
    virtual std::unique_ptr<ProductionDestination> productionDestination() = 0;
    // A writer of detection run again over stored production `documentId` (see documents().fileBytes).
    virtual std::unique_ptr<RedetectionDestination> redetectionDestination(qint64 documentId) = 0;
    // The user's corrections of stored productions (boxes, codes, withheld pages), on this store's
    // connection: a box's change is saved against the version its page was read at.
    virtual std::unique_ptr<CorrectionWriter> corrections() = 0;
    // Whether the user may change the store rather than only read it (a server matter's reader may
    // not; the server refuses such a write whatever this says): how a refusal is put in plain words.
    virtual bool mayChange(StoreError *error = nullptr) const = 0;
    // The research figures of this file or matter (a pool of matters is ServerMatterPool's).
    virtual const OutcomeStatistics &statistics() const = 0;
    // The chain-of-custody log: appended by the page that did something, read by the log page.
    [[nodiscard]] virtual StoreError appendActivity(const QString &action, const ActivityDetail &detail) = 0;
    virtual QList<ActivityEntry> activityEntries(StoreError *error = nullptr) const = 0;
};

} // namespace rebuttal
