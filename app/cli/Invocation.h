// One run of one rebuttal-cli command: the case file it works on, its options, where it prints,
// and the ways every command opens the case file and reports a failure with its exit code
// (../shared/CLI.md): 2 usage, 3 input rejected, 4 store problem.
#pragma once

#include "CommandOptions.h"
#include "domain/Agreement.h"
#include "domain/CaseRecords.h"
#include "store/ServerLocation.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QTextStream>

#include <memory>
#include <optional>

namespace rebuttal {

class ActivityDetail;
class CaseStore;
class ServerMatterPool;
class OpenStore;
class ServerStore;
struct StoreError;

enum ExitCode { Done = 0, UsageError = 2, InputRejected = 3, StoreProblem = 4 };

class Invocation
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    enum class Access { ReadWrite, ReadOnly };

    Invocation(QTextStream &out, QTextStream &err, QString storePath, CommandOptions options, Access access);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const QString &storePath() const { return m_storePath; }
    // The case file's name, as messages say it.
    QString storeName() const;
    const CommandOptions &options() const { return m_options; }
    bool json() const { return m_options.has(QStringLiteral("json")); }

    // Whether --store names a matter on a PostgreSQL server (postgresql://...) rather than a file.
    bool onServer() const;
    // Each opens the store read-only or not as the command said, or returns null after saying why.
    // With `asOf` (commands that take --as-of), --as-of is checked first (a usage error, exit 2)
    // and *asOf set.
    // The server matter (*exitCode: 2 for an address that does not parse, 4 for a store problem).
    std::unique_ptr<ServerStore> openServerStore(int *exitCode, QDate *asOf = nullptr);
    // Whether --store names every matter of a server's database (?matter=*), for research.
    bool namesEveryMatter() const;
    // Those matters the login may read (*exitCode as openServerStore's).
    std::unique_ptr<ServerMatterPool> openServerMatterPool(int *exitCode, QDate *asOf = nullptr);
    // The case file (*exitCode: 4). A server matter is refused here: the commands that call this do
    // not run on one yet.
    std::unique_ptr<CaseStore> openStore(int *exitCode, QDate *asOf = nullptr);
    // The store --store names, on either backend, for the commands that run on both (core/store's
    // OpenStore hands out each backend's readers and writers).
    std::unique_ptr<OpenStore> openEitherStore(int *exitCode, QDate *asOf = nullptr);
    // The same for an export to `out`: first refuses a target it may not write (refusedTarget, exit 3).
    std::unique_ptr<OpenStore> openEitherStoreToExport(const QString &out, int *exitCode, QDate *asOf = nullptr);
    // --as-of, or today; nullopt (and a usage error in exitCode) when it is not a date.
    std::optional<QDate> asOfDate(int *exitCode);
    // The client `ref` of the store; nullopt (after saying why, with the exit code) when there is none.
    std::optional<Client> clientOf(CaseStore &store, const QString &ref, int *exitCode);
    std::optional<Client> clientOf(ServerStore &store, const QString &ref, int *exitCode);
    std::optional<Client> clientOf(OpenStore &store, const QString &ref, int *exitCode);
    // Exit 3 (after saying why, on one line) when an export may not write `out`: the case file, part of it,
    // or not a regular file. nullopt when it may.
    std::optional<int> refusedTarget(const QString &out);
    // Records in the activity log that `written` (a file) left the case file. An export the log cannot
    // record is a store problem: says so on one line, naming the file, and returns 4; nullopt when logged.
    std::optional<int> logExport(OpenStore &store, const QString &action, const ActivityDetail &detail,
                                 const QString &written);
    // Writes `bytes` to `out` (atomically): nullopt when done, else 3 after saying why.
    std::optional<int> writeFile(const QString &out, const QByteArray &bytes);
    // Writes `bytes` to `out` (atomically) and logs the export as logExport does: nullopt when done,
    // else the exit code after saying why (3: the file cannot be written, 4: the log cannot record it).
    std::optional<int> writeExport(OpenStore &store, const QString &out, const QByteArray &bytes, const QString &action,
                                   const ActivityDetail &detail);

    // The usage on stderr after `problem` (if any); returns 2.
    int usage(const QString &problem);
    // `message` on one line on stderr; returns exitCode.
    int fail(int exitCode, const QString &message);
    // A store problem as one line: the case file's name, then the real cause; returns 4.
    int failStore(const QString &problem);
    void printJson(const QJsonObject &object);

    // `written` was written but the activity log refused its entry (`problem`): one line, exit 4.
    std::optional<int> logFailed(const QString &written, const QString &problem);

private:
    // --store as a server address, after --as-of (both usage errors, exit 2).
    std::optional<ServerLocation> serverLocation(int *exitCode, QDate *asOf);
    // No `asOf`: true. Otherwise sets *asOf from --as-of, or says why it is not a date (false).
    bool takeAsOf(QDate *asOf, int *exitCode);
    std::optional<Client> checkedClient(std::optional<Client> client, const StoreError &error, const QString &ref,
                                        int *exitCode);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_storePath;
    CommandOptions m_options;
    Access m_access;
};

// A JSON string, or null for an empty one (an absent Bates number, no text under a box).
QJsonValue textOrNull(const QString &text);

} // namespace rebuttal
