// rebuttal-cli: parses a command line, runs one command on a case file, reports as ../shared/CLI.md says.
#pragma once

#include "domain/CaseRecords.h"
#include "foia/ProductionImport.h"
#include "store/OutcomeStatistics.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace rebuttal {

class CaseStore;

class CommandLineInterface
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    enum ExitCode { Done = 0, UsageError = 2, InputRejected = 3, StoreProblem = 4 };

    CommandLineInterface(QTextStream &out, QTextStream &err);

    // `arguments` includes the program name, as QCoreApplication::arguments() gives it.
    int run(const QStringList &arguments);
    // Whether the command named in `arguments` draws (chart): it needs a QApplication.
    static bool needsWidgets(const QStringList &arguments);

private:
    struct Command;
    static const QList<Command> &commands();

    int usage(const QString &problem);
    int printHelp(const Command &command);
    // Read-only for the commands that only read (m_readOnly), so they work on a read-only case file.
    std::unique_ptr<CaseStore> openStore(const QString &path, int *exitCode);
    // Exit 3 (after saying why, on one line) when an export may not write `out`: the case file, part of it,
    // or not a regular file. nullopt when it may.
    std::optional<int> refusedTarget(const QString &out, const QString &storePath);
    // A store problem as one line: the case file's name, then the real cause.
    int failStore(const QString &storePath, const QString &problem);
    // The same for commands that take --as-of: checks it first (a usage error) and sets *asOf.
    std::unique_ptr<CaseStore> openStore(const QString &path, int *exitCode, QDate *asOf);

    int runInit(const QString &storePath, const QStringList &args);
    int runDocuments(const QString &storePath, const QStringList &args);
    int runLog(const QString &storePath, const QStringList &args);
    int runVerify(const QString &storePath, const QStringList &args);
    int runImport(const QString &storePath, const QStringList &args);
    int importCases(const QString &storePath, const QString &file);
    int importProduction(const QString &storePath, const QString &file);
    int importVaughn(const QString &storePath, const QString &file);
    int importAgreements(const QString &storePath, const QString &file);
    int runAgreements(const QString &storePath, const QStringList &args);
    int exportAgreements(const QString &storePath, const QStringList &args);
    int runCheck(const QString &storePath, const QStringList &args);
    int runRequests(const QString &storePath, const QStringList &args);
    int runVaughns(const QString &storePath, const QStringList &args);
    int runVaughn(const QString &storePath, const QStringList &args);
    int runAudit(const QString &storePath, const QStringList &args);
    int runDocument(const QString &storePath, const QStringList &args);
    int runSearch(const QString &storePath, const QStringList &args);
    int runRedetect(const QString &storePath, const QStringList &args);
    int runTimeline(const QString &storePath, const QStringList &args);
    int runExport(const QString &storePath, const QStringList &args);
    int exportCases(const QString &storePath, const QStringList &args);
    int exportSummary(const QString &storePath, const QStringList &args);
    // The client `ref` of the store; nullopt (after saying why, with the exit code) when there is none.
    std::optional<Client> clientOf(CaseStore &store, const QString &storePath, const QString &ref, int *exitCode);
    int runStats(const QString &storePath, const QStringList &args);
    int runDataset(const QString &storePath, const QStringList &args);
    int runChart(const QString &storePath, const QStringList &args);
    // The figures of the whole store at --as-of; nullopt with exitCode set when that fails.
    // `keep` (optional) gets the open store, for an export to log itself once written.
    std::optional<OutcomeFigures> outcomeFigures(const QString &storePath, int *exitCode, OutcomeStatistics::Parts parts,
                                                 std::unique_ptr<CaseStore> *keep = nullptr);
    // --as-of, or today; nullopt (and a usage error in exitCode) when it is not a date.
    std::optional<QDate> asOfDate(int *exitCode);
    void printJson(const QJsonObject &object);
    int fail(int exitCode, const QString &message);
    void printImportResult(const ProductionImport::Result &result);

    // The options given to the command that runs, by name (flags map to an empty value).
    QHash<QString, QString> m_options;
    QString m_password;
    bool m_json = false; // --json was given to a command that takes it
    bool m_readOnly = false; // the command running only reads the store

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace rebuttal
