// Why a case store (a file, or a matter on a server) could not be opened, created or written,
// in words a user can act on.
#pragma once

#include <QString>

namespace rebuttal {

struct [[nodiscard]] StoreError
{
    enum class Kind {
        None,
        NotFound,    // no file at that path
        Exists,      // create() refused: something is already there
        NotAStore,   // not SQLite, or SQLite but not a Rebuttal case file
        NewerSchema, // written by a newer Rebuttal than this build
        Corrupt,     // fails SQLite's integrity check
        Locked,      // another process holds a lock on it
        Io,          // the file system refused (permissions, disk full)
        Sql,         // a statement failed
        Denied,      // a database server refused: the user's role may not do that (a matter's reader writing)
        Unreachable, // no connection to the database server, or it was lost
        Conflict,    // the row changed (or went) since it was read: reload, then apply the change again
    };

    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
    [[nodiscard]] static StoreError make(Kind kind, const QString &message) { return {kind, message}; }
};

} // namespace rebuttal
