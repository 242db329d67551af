// Moving a matter between stores (issue 18): a case file or a matter on a server to a new case
// file or a new matter on a server, everything in it (productions' bytes, Vaughn indexes, clients,
// agreements, the activity log), ids kept, verified before it is committed.
//
// Both backends hold the same tables and columns at the same schema version, so the copy goes
// table by table in the order of their foreign keys, reading each side's catalog (a column a
// migration adds is copied without a change here), a bounded batch of rows at a time, stored files
// a megabyte at a time. Derived tables are rebuilt at the destination, not copied: the spells
// (from the events) and the search index (SQLite's FTS5 table from the pages' triggers; the
// server's tsvector is a generated column). Everything is written in one destination transaction:
// a failure, a mismatch, Cancel or a killed process leaves no file and no matter behind.
//
// Verification: every table's row count and a SHA-256 over its rows in key order (each value in
// one canonical form whichever backend holds it; a stored file as its size and the SHA-256 of its
// bytes, hashed where they are stored), on both sides, and every stored file against the SHA-256
// recorded when it was imported.
//
// The activity log. A server writes the log's user (session_user) and time itself, whatever a
// client sends, so a copy onto a server cannot keep an entry's original user and time in those
// columns, and no way around the trigger is opened for it: a way for the copier is a way for
// anyone. Each copied entry is instead logged by the server as the copier's, now, with the
// original entry's user, time and detail kept inside its detail ("... [logged by alice at T in
// the store this matter was copied from]"): the server vouches for who copied it, the entry says
// what it was. A client writing such a detail by hand still appears under its own login. A copy
// into a file keeps every entry as it is. The last entry of the destination records the copy
// (by the copying user, at the time of the copy, with the digest of the tables' hashes), and the
// source's log records it too.
#pragma once

#include "ServerLocation.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace rebuttal {

class CopyEndpoint;
struct CopyTable;

// A store named on the command line: a case file's path or postgresql://HOST[:PORT]/DB?matter=NAME.
struct StoreAddress
{
    QString filePath;
    std::optional<ServerLocation> server;

    // nullopt with *problem when `text` looks like a server address but is not a valid one.
    static std::optional<StoreAddress> parse(const QString &text, QString *problem);
    static StoreAddress ofFile(const QString &path) { return StoreAddress{path, std::nullopt}; }
    bool isServer() const { return server.has_value(); }
    // The path or the address, as messages show it.
    QString display() const;
};

struct CopiedTable
{
    QString table;
    qint64 rows = 0;
    qint64 bytes = 0; // of stored files
    QString sha256;   // of the rows in key order, equal on both sides
    bool derived = false; // rebuilt at the destination, not copied, and compared
};

struct CopyReport
{
    enum class Outcome {
        Copied,
        Refused,   // the destination exists, or the source cannot be copied as it is (schema)
        Failed,    // a store could not be read or written
        Mismatch,  // the destination did not match the source: nothing was committed
        Cancelled,
    };
    Outcome outcome = Outcome::Failed;
    QString message;
    QList<CopiedTable> tables;
    qint64 rows = 0;
    qint64 bytes = 0;
    QString digest;          // SHA-256 over the tables' names and hashes
    QString sourceLogNote;   // the copy succeeded but the source's log could not record it: why
};

class StoreCopier
{
    Q_DECLARE_TR_FUNCTIONS(StoreCopier)

public:
    StoreCopier(StoreAddress from, StoreAddress to);
    ~StoreCopier();

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Rows copied so far of all the source's rows.
    void setProgress(std::function<void(qint64 done, qint64 total)> progress) { m_progress = std::move(progress); }
    // While a stored file streams (a production of hundreds of megabytes takes minutes): its bytes
    // copied so far of its size, after each megabyte. Rows resume through setProgress after it.
    void setStreamProgress(std::function<void(qint64 done, qint64 total)> progress) { m_streamProgress = std::move(progress); }
    // A case file destination may replace an existing file (the save dialog asked the user).
    void setReplaceExistingFile(bool replace) { m_replace = replace; }
    // Tests only: SQL run on the destination before verification (a verification that cannot
    // fail proves nothing).
    void setTamperForTest(const QString &sql) { m_tamper = sql; }

    CopyReport run();

    // A log entry as a copy onto a server keeps it: its detail wrapped with its user and time.
    static QString wrapLogDetail(const QString &detail, const QString &user, const QString &at);
    // What wrapLogDetail took in (detail, user, at), or nullopt for a detail it did not write.
    struct LoggedEntry
    {
        QString detail;
        QString user;
        QString at;
    };
    static std::optional<LoggedEntry> unwrapLogDetail(const QString &stored);

private:
    struct Plan;
    [[nodiscard]] StoreError open(CopyReport *report);
    [[nodiscard]] StoreError plan(Plan *plan);
    [[nodiscard]] StoreError copyTable(Plan &plan, int index, CopiedTable *copied);
    // Streams the stored files of one copied row; their SHA-256s go in *sha256s at their columns.
    [[nodiscard]] StoreError copyFiles(const Plan &plan, int index, const QVariantList &row, QStringList *sha256s,
                                       CopiedTable *copied);
    [[nodiscard]] StoreError verify(const Plan &plan, CopyReport *report);
    [[nodiscard]] StoreError hashTable(CopyEndpoint &side, const CopyTable &table, const CopyTable &asSource, bool unwrapLog,
                                       CopiedTable *hashed);
    void logAtSource(CopyReport *report);
    // Rolls the destination back and says why in the report.
    void fail(const StoreError &error, CopyReport *report);
    // The log entries of the copy, at the destination and at the source (stored form).
    QString copiedFromDetail(const CopyReport &report) const;
    QString copiedToDetail(const CopyReport &report) const;
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void advance(qint64 rows);

    StoreAddress m_from;
    StoreAddress m_to;
    std::unique_ptr<CopyEndpoint> m_source;
    std::unique_ptr<CopyEndpoint> m_destination;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(qint64, qint64)> m_progress;
    std::function<void(qint64, qint64)> m_streamProgress;
    bool m_replace = false;
    QString m_tamper;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

} // namespace rebuttal
