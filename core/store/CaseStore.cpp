#include "CaseStore.h"

#include "ActivityLog.h"
#include "Schema.h"
#include "SqlStatement.h"
#include "text/ExportTarget.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QUrl>

#include <sqlite3.h>

#include <cstdio>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace rebuttal {

namespace {

int s_busyTimeoutMs = 2000;
QAtomicInteger<int> s_connectionCounter = 0;

QString nextConnectionName()
{
    return QStringLiteral("rebuttal-store-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
}

// Runs `sql` and returns its first column of the first row.
QVariant scalar(const QSqlDatabase &db, const QString &sql, StoreError *error)
{
    SqlStatement statement(db, sql);
    if (!statement.exec() || !statement.next()) {
        *error = statement.error().isError()
            ? statement.error()
            : StoreError::make(StoreError::Kind::Sql, QStringLiteral("no result for %1").arg(sql));
        return {};
    }
    return statement.value(0);
}

// How a reader connects. SQLite needs the -wal and -shm of a WAL database even to read it, and a
// connection opened read-only cannot delete them when it closes: it would leave both behind, next
// to a case file it was only meant to read. So where the file and its folder can be written, a reader
// connects read-write with query_only set (SQLite refuses any write through it) and, as the last
// connection to close, removes what it created. Where they cannot be written, no writer can be
// there either, and a file without companions is read as immutable.
void openAsReader(QSqlDatabase &db, const QString &path)
{
    const QFileInfo info(path);
    QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
    const bool canCreateCompanions = QFileInfo(info.absolutePath()).isWritable();
    const bool companionsExist = QFileInfo::exists(path + QStringLiteral("-shm"));
    const bool cleansUp = canCreateCompanions && info.isWritable();
    url.setQuery(cleansUp ? QStringLiteral("mode=rw")
                 : !canCreateCompanions && !companionsExist ? QStringLiteral("mode=ro&immutable=1")
                                                            : QStringLiteral("mode=ro"));
    db.setDatabaseName(url.toString(QUrl::FullyEncoded));
    db.setConnectOptions(QStringLiteral("%1QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%2")
                             .arg(cleansUp ? QString() : QStringLiteral("QSQLITE_OPEN_READONLY;"))
                             .arg(s_busyTimeoutMs));
}

// Set on every reader's connection once open: with it SQLite refuses every write.
const QString QueryOnly = QStringLiteral("PRAGMA query_only = ON");

// The tables a store of `version` has: those its migrations created.
QSet<QString> tablesOfVersion(int version)
{
    static const QRegularExpression created(QStringLiteral("^CREATE (?:VIRTUAL )?TABLE (\\w+)"));
    QSet<QString> tables;
    for (const Migration &migration : Schema::migrations()) {
        if (migration.version > version)
            break;
        for (const QString &statement : migration.statements) {
            if (const QRegularExpressionMatch match = created.match(statement); match.hasMatch())
                tables.insert(match.captured(1));
        }
    }
    return tables;
}

// The schema is readable and has every table its version promises. This reads the file's first
// pages only, so opening costs the same whatever the file holds; damage further in is found by
// CaseVerifier (rebuttal-cli verify, File > Verify Case File), or by the statement that meets it.
// A file cut short is refused here too: SQLite compares the size its header records with the file's.
[[nodiscard]] StoreError checkTables(const QSqlDatabase &db, int version)
{
    SqlStatement list(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"));
    if (!list.exec())
        return list.error();
    QSet<QString> missing = tablesOfVersion(version);
    while (list.next())
        missing.remove(list.value(0).toString());
    if (list.error().isError())
        return list.error();
    if (!missing.isEmpty()) {
        QStringList names(missing.cbegin(), missing.cend());
        names.sort();
        return StoreError::make(StoreError::Kind::Corrupt, CaseStore::tr("tables missing: %1").arg(names.join(QStringLiteral(", "))));
    }
    return {};
}

// Read-only checks of an existing file: nothing here writes to it.
[[nodiscard]] StoreError inspect(const QString &path)
{
    // Never read the file with QFile: closing any descriptor of a file drops every POSIX lock this
    // process holds on it, including SQLite's on a store that is open here. SQLite reads the header.
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QString notSqlite = CaseStore::tr("%1 is not a Rebuttal case file (it is not an SQLite database).").arg(name);
    if (info.size() == 0) // SQLite would take an empty file for an empty database
        return StoreError::make(StoreError::Kind::NotAStore, notSqlite);
    const QString connection = nextConnectionName();
    StoreError error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        openAsReader(db, path);
        if (!db.open()) {
            error = SqlStatement::errorOf(db.lastError());
        } else if (SqlStatement queryOnly(db, QueryOnly); !queryOnly.exec()) {
            error = queryOnly.error();
        } else {
            const QVariant applicationId = scalar(db, QStringLiteral("PRAGMA application_id"), &error);
            const QVariant userVersion = error.isError() ? QVariant() : scalar(db, QStringLiteral("PRAGMA user_version"), &error);
            if (!error.isError() && static_cast<quint32>(applicationId.toLongLong()) != CaseStore::ApplicationId) {
                error = StoreError::make(StoreError::Kind::NotAStore,
                                         CaseStore::tr("%1 is an SQLite database, but not a Rebuttal case file.").arg(name));
            } else if (!error.isError() && userVersion.toInt() > Schema::currentVersion()) {
                error = StoreError::make(StoreError::Kind::NewerSchema,
                                         CaseStore::tr("%1 was written by a newer version of Rebuttal (schema %2; this version "
                                                       "reads up to %3). Update Rebuttal to open it.")
                                             .arg(name)
                                             .arg(userVersion.toInt())
                                             .arg(Schema::currentVersion()));
            } else if (!error.isError()) {
                error = checkTables(db, userVersion.toInt());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);

    switch (error.kind) {
    case StoreError::Kind::Corrupt:
        return StoreError::make(error.kind, CaseStore::tr("%1 is damaged (%2). "
                                                          "Open a backup copy instead.")
                                                .arg(name, error.message));
    case StoreError::Kind::NotAStore:
        // SQLite's own words here are "file is not a database".
        return error.message.startsWith(name) ? error : StoreError::make(error.kind, notSqlite);
    case StoreError::Kind::Locked:
        return StoreError::make(error.kind, CaseStore::tr("%1 is locked by another program. Close it there and try again.").arg(name));
    default:
        return error;
    }
}

// The same words from every command: one that opens and one that creates.
QString danglingLink(const QString &path)
{
    const QFileInfo info(path);
    return CaseStore::tr("%1 is a link to %2, which does not exist.").arg(info.fileName(), info.symLinkTarget());
}

// The file's SHA-256 in hex, read in blocks (a case file may be gigabytes).
QString sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return QStringLiteral("(unreadable)");
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QString CaseStore::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

void CaseStore::setBusyTimeoutMs(int milliseconds)
{
    s_busyTimeoutMs = milliseconds;
}

CaseStore::CaseStore(const QString &path)
    : m_path(path)
    , m_connectionName(nextConnectionName())
    , m_activity(std::make_unique<ActivityLog>(m_connectionName))
{
    ExportTarget::protect(m_path);
}

CaseStore::~CaseStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    ExportTarget::release(m_path);
}

QSqlDatabase CaseStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int CaseStore::schemaVersion() const
{
    StoreError error;
    return scalar(database(), QStringLiteral("PRAGMA user_version"), &error).toInt();
}

StoreError CaseStore::connect(Access access)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (access == Access::ReadOnly) {
        openAsReader(db, m_path);
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(s_busyTimeoutMs));
    }
    if (!db.open())
        return SqlStatement::errorOf(db.lastError());

    // Every connection sets these. secure_delete overwrites deleted client data; temp_store keeps
    // sorts and temporary tables in memory so no client data lands in temp files outside the store.
    QStringList pragmas{
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA secure_delete = ON"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
    };
    if (access == Access::ReadOnly) {
        // A reader neither changes the journal mode nor takes the write lock: it only reads.
        SqlStatement queryOnly(db, QueryOnly);
        if (!queryOnly.exec())
            return queryOnly.error();
        SqlStatement statement(db, QStringLiteral("PRAGMA user_version"));
        return statement.exec() ? StoreError() : statement.error();
    }
    pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    for (const QString &sql : std::as_const(pragmas)) {
        SqlStatement statement(db, sql);
        if (!statement.exec())
            return statement.error();
    }
    // Refuse a store another process is writing rather than fail halfway through later work.
    SqlStatement probe(db, QStringLiteral("BEGIN IMMEDIATE"));
    if (!probe.exec())
        return probe.error();
    probe.finish();
    SqlStatement end(db, QStringLiteral("ROLLBACK"));
    if (!end.exec())
        return end.error();
    return {};
}

std::unique_ptr<CaseStore> CaseStore::create(const QString &path, StoreError *error)
{
    return create(path, error, true);
}

std::unique_ptr<CaseStore> CaseStore::createForCopy(const QString &path, StoreError *error)
{
    return create(path, error, false);
}

std::unique_ptr<CaseStore> CaseStore::create(const QString &path, StoreError *error, bool logCreation)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (QFileInfo(path).isSymLink() && !QFileInfo(path).exists()) {
        *error = StoreError::make(StoreError::Kind::Exists, danglingLink(path));
        return nullptr;
    }
    if (file.exists()) {
        *error = StoreError::make(StoreError::Kind::Exists, tr("%1 already exists; choose another name.").arg(name));
        return nullptr;
    }
    // Owner-only from the first byte: the file is created empty with 0600 before SQLite writes.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = StoreError::make(StoreError::Kind::Io, tr("Cannot create %1: %2").arg(name, file.errorString()));
        return nullptr;
    }
    file.close();

    std::unique_ptr<CaseStore> store(new CaseStore(path));
    StoreError failure = store->connect();
    if (!failure.isError()) {
        QSqlDatabase db = store->database();
        failure = Schema::migrate(db);
    }
    if (!failure.isError() && logCreation)
        // Not the file's name: case files are often named after the client, and the log must hold no
        // client data (it is exported and shown to anyone who opens the file).
        failure = store->activity().append(QStringLiteral("store.create"),
                                          ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Created the case file")));
    if (failure.isError()) {
        store.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        *error = StoreError::make(failure.kind, tr("Cannot create %1: %2").arg(name, failure.message));
        return nullptr;
    }
    qCInfo(lcStore) << "created store, schema" << Schema::currentVersion();
    return store;
}

std::unique_ptr<CaseStore> CaseStore::open(const QString &path, StoreError *error)
{
    return open(path, error, Access::ReadWrite);
}

std::unique_ptr<CaseStore> CaseStore::openReadOnly(const QString &path, StoreError *error)
{
    return open(path, error, Access::ReadOnly);
}

std::unique_ptr<CaseStore> CaseStore::open(const QString &path, StoreError *error, Access access)
{
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists()) {
        *error = StoreError::make(StoreError::Kind::NotFound, danglingLink(path));
        return nullptr;
    }
    if (!info.exists()) {
        *error = StoreError::make(StoreError::Kind::NotFound, tr("%1 does not exist.").arg(info.fileName()));
        return nullptr;
    }
    if (!info.isFile()) {
        *error = StoreError::make(StoreError::Kind::NotAStore, tr("%1 is not a file.").arg(info.fileName()));
        return nullptr;
    }
    if (const StoreError problem = inspect(path); problem.isError()) {
        *error = problem;
        return nullptr;
    }

    std::unique_ptr<CaseStore> store(new CaseStore(path));
    StoreError failure = store->connect(access);
    const int before = failure.isError() ? 0 : store->schemaVersion();
    if (!failure.isError() && before < Schema::currentVersion() && access == Access::ReadOnly) {
        failure = StoreError::make(StoreError::Kind::NewerSchema,
                                   tr("it was written by an older Rebuttal (schema %1); open it once where it can be "
                                      "written, to upgrade it")
                                       .arg(before));
    } else if (!failure.isError() && before < Schema::currentVersion()) {
        QSqlDatabase db = store->database();
        failure = Schema::migrate(db);
        if (!failure.isError()) {
            failure = store->activity().append(QStringLiteral("store.upgrade"),
                                               ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Upgraded the case file from schema %1 to %2"))
                                                   .arg(qint64(before))
                                                   .arg(qint64(Schema::currentVersion())));
        }
    }
    if (failure.isError()) {
        const QString name = info.fileName();
        if (failure.kind == StoreError::Kind::Locked)
            failure.message = tr("%1 is locked by another program. Close it there and try again.").arg(name);
        else
            failure.message = tr("Cannot open %1: %2").arg(name, failure.message);
        *error = failure;
        return nullptr;
    }
    return store;
}

StoreError CaseStore::saveCopy(const QString &targetPath)
{
    const QFileInfo target(targetPath);
    if (const QString refused = ExportTarget::refusal(targetPath); !refused.isEmpty())
        return StoreError::make(StoreError::Kind::Exists, refused);
    const QString temporary = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.partial").arg(target.fileName()).arg(QCoreApplication::applicationPid()));
    QFile::remove(temporary);
    {
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return StoreError::make(StoreError::Kind::Io,
                                    tr("Cannot write %1: %2").arg(target.fileName(), file.errorString()));
        }
    }

    auto *source = static_cast<sqlite3 *>(*static_cast<void **>(database().driver()->handle().data()));
    sqlite3 *destination = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(temporary).constData(), &destination, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
        if (backup) {
            do {
                rc = sqlite3_backup_step(backup, 256);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(20);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        } else {
            rc = sqlite3_errcode(destination);
        }
    }
    const QString message = destination ? QString::fromUtf8(sqlite3_errmsg(destination)) : QString();
    // The copy is self-contained: fold its WAL back so a single file carries everything.
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(destination, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    sqlite3_close(destination);
    if (rc != SQLITE_OK) {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-wal"));
        QFile::remove(temporary + QStringLiteral("-shm"));
        return StoreError::make(StoreError::Kind::Io, tr("Cannot copy the case file to %1: %2").arg(target.fileName(), message));
    }
    // The copy is logged by its SHA-256, not by its name (which may be a client's).
    const QString sha256 = sha256Of(temporary);
    // rename(2) replaces an existing target atomically, unlike QFile::rename.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(targetPath).constData()) != 0) {
        QFile::remove(temporary);
        return StoreError::make(StoreError::Kind::Io, tr("Cannot write %1.").arg(target.fileName()));
    }
    return m_activity->append(QStringLiteral("store.copy"),
                             ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Saved a copy of the case file, SHA-256 %1")).arg(sha256));
}

} // namespace rebuttal
