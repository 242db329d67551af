// Test helpers for case files on disk: byte snapshots, raw SQLite access, planted damage.
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

#include <sqlite3.h>

namespace rebuttal::test {

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

// Runs SQL on a raw connection (outside CaseStore), e.g. to forge a newer schema.
inline bool execRaw(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
        && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

// Replaces `table` by one of the same name with none of its columns (and one row, so that a count
// finds something and the reader goes on to read it), as damage or another program would: the case
// file still opens, and the first read of that table fails.
inline bool hollowOut(const QString &path, const QString &table)
{
    const QByteArray sql = QStringLiteral("PRAGMA foreign_keys = OFF; DROP TABLE %1; CREATE TABLE %1 (hollow INTEGER);"
                                          " INSERT INTO %1 VALUES (1);")
                               .arg(table)
                               .toUtf8();
    return execRaw(path, sql.constData());
}

// Holds an exclusive lock on a database for as long as it lives.
class LockHolder
{
public:
    explicit LockHolder(const QString &path)
    {
        if (sqlite3_open(QFile::encodeName(path).constData(), &m_db) == SQLITE_OK)
            m_locked = sqlite3_exec(m_db, "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; "
                                          "CREATE TABLE IF NOT EXISTS lock_probe(x); ",
                                    nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~LockHolder()
    {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(m_db);
    }
    bool isLocked() const { return m_locked; }

private:
    sqlite3 *m_db = nullptr;
    bool m_locked = false;
};

} // namespace rebuttal::test
