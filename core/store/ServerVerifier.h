// The full check of a matter on a PostgreSQL server (rebuttal-cli verify, File > Verify Case
// File... on a matter): what a user can act on, since the server itself keeps its pages whole.
// - the schema version, and the matter's objects every guarantee rests on: its tables, the
//   foreign keys, the log's triggers (append-only, the server's login and clock), the row-version
//   and change-announcing triggers, the search configurations, and the grants its readers and
//   editors rely on (a reader who may write, an editor who may not, is damage too);
// - every row of every table read (PostgreSQL checks each page it reads);
// - references no constraint enforces (a production without its stored bytes, an event linked to
//   another client's allegation, a spell at another client's event, a page past its production's);
// - every stored file's bytes, read a megabyte at a time, against its recorded size and SHA-256;
// - PostgreSQL's own checks of the indexes and tables (amcheck) where the login may run them; when
//   it may not, or the extension is not there, the report says so (notChecked), never silently.
// All of it inside one read-only REPEATABLE READ transaction: a colleague's import committing
// meanwhile is not half seen, and nothing is written.
#pragma once

#include "CaseVerifier.h"
#include "ServerLocation.h"

#include <QCoreApplication>

namespace rebuttal {

class PgConnection;

class ServerVerifier : public VerifierControls
{
    Q_DECLARE_TR_FUNCTIONS(ServerVerifier)

public:
    using Report = CaseVerifier::Report;

    // Opens its own connection when run: it may run on any thread, beside an open ServerStore.
    explicit ServerVerifier(ServerLocation location);

    Report run();

private:
    ServerLocation m_location;
};

} // namespace rebuttal
