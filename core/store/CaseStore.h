// A case file: one SQLite database holding a case's productions, indexes, clients and activity log.
#pragma once

#include "StoreError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace rebuttal {

class ActivityLog;

class CaseStore
{
    Q_DECLARE_TR_FUNCTIONS(CaseStore)

public:
    // PRAGMA application_id of every Rebuttal case file: "Rbtl".
    static constexpr quint32 ApplicationId = 0x5262746c;

    // Creates a new case file readable by its owner only. Refuses a path where a file exists.
    static std::unique_ptr<CaseStore> create(const QString &path, StoreError *error);
    // The same with an empty activity log: a case file for StoreCopier to fill with another
    // store's rows and log, in one transaction, before anyone else opens it.
    static std::unique_ptr<CaseStore> createForCopy(const QString &path, StoreError *error);
    // Opens an existing case file after checking it without writing to it: it must be SQLite,
    // carry our application_id, have a schema this build knows with all its tables, and not be
    // locked by another process. Older schemas are upgraded. These checks read the header and
    // the schema only, whatever the file's size; CaseVerifier makes the full check.
    static std::unique_ptr<CaseStore> open(const QString &path, StoreError *error);
    // The same for a command that only reads (timeline, stats, search...): nothing is written,
    // not even an upgrade, so it works on a case file in a read-only folder or on a read-only disk.
    static std::unique_ptr<CaseStore> openReadOnly(const QString &path, StoreError *error);

    // The SQLite library in use, for the About box.
    static QString sqliteVersion();

    // How long an operation waits for another process's lock before giving up (test seam).
    static void setBusyTimeoutMs(int milliseconds);

    ~CaseStore();
    CaseStore(const CaseStore &) = delete;
    CaseStore &operator=(const CaseStore &) = delete;

    QString filePath() const { return m_path; }
    int schemaVersion() const;
    // The store's connection, for the classes of core/store only.
    QSqlDatabase database() const;
    ActivityLog &activity() { return *m_activity; }

    // A consistent copy of the open store through SQLite's online backup API, written beside
    // the target and renamed into place, so a failure never leaves half a file.
    [[nodiscard]] StoreError saveCopy(const QString &targetPath);

private:
    enum class Access { ReadWrite, ReadOnly };
    explicit CaseStore(const QString &path);
    static std::unique_ptr<CaseStore> open(const QString &path, StoreError *error, Access access);
    static std::unique_ptr<CaseStore> create(const QString &path, StoreError *error, bool logCreation);
    [[nodiscard]] StoreError connect(Access access = Access::ReadWrite);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<ActivityLog> m_activity;
};

} // namespace rebuttal
