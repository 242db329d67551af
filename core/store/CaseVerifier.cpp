#include "CaseVerifier.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <memory>

namespace rebuttal {

namespace {

struct Closer
{
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};
struct Finalizer
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, Finalizer>;

Statement prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    return Statement(statement);
}

QString textOf(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
}

// A stored file: the table holding its bytes and the row, with its name and recorded SHA-256.
struct StoredFile
{
    const char *table;
    qint64 row = 0;
    QString name;
    QString sha256;
    bool production = true;
};

// SHA-256 of a stored blob, read a megabyte at a time so memory stays flat for a large production.
QString blobSha256(sqlite3 *db, const char *table, qint64 row, bool *readable)
{
    sqlite3_blob *blob = nullptr;
    *readable = sqlite3_blob_open(db, "main", table, "bytes", row, 0, &blob) == SQLITE_OK;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (*readable) {
        const int size = sqlite3_blob_bytes(blob);
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (int offset = 0; offset < size && *readable; offset += int(chunk.size())) {
            const int length = std::min<int>(int(chunk.size()), size - offset);
            *readable = sqlite3_blob_read(blob, chunk.data(), length, offset) == SQLITE_OK;
            hash.addData(QByteArrayView(chunk.constData(), length));
        }
    }
    sqlite3_blob_close(blob);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

CaseVerifier::CaseVerifier(const QString &path)
    : m_path(path)
{
}

CaseVerifier::Report CaseVerifier::run()
{
    Report report;
    const QString name = QFileInfo(m_path).fileName();
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(QFile::encodeName(m_path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    const std::unique_ptr<sqlite3, Closer> db(raw);
    if (!db || sqlite3_errcode(db.get()) != SQLITE_OK) {
        report.problems << tr("%1 cannot be read: %2").arg(name, db ? QString::fromUtf8(sqlite3_errmsg(db.get())) : QString());
        return report;
    }
    sqlite3_busy_timeout(db.get(), 2000);
    // SQLite's check has no steps of its own to report; this lets Cancel stop it midway.
    sqlite3_progress_handler(db.get(), 10000, [](void *self) { return int(static_cast<CaseVerifier *>(self)->cancelled()); }, this);

    // The files to hash are listed first: their number sets the progress bar's length.
    QList<StoredFile> files;
    for (const auto &[table, sql, production] :
         {std::tuple{"document_files", "SELECT f.document_id, d.file_name, d.sha256 FROM document_files f JOIN documents d ON d.id = f.document_id ORDER BY f.document_id", true},
          std::tuple{"vaughn_indexes", "SELECT id, file_name, sha256 FROM vaughn_indexes ORDER BY id", false}}) {
        const Statement list = prepare(db.get(), sql);
        while (list && sqlite3_step(list.get()) == SQLITE_ROW)
            files << StoredFile{table, sqlite3_column_int64(list.get(), 0), textOf(list.get(), 1), textOf(list.get(), 2), production};
    }
    const int total = 2 + int(files.size());
    int done = 0;
    auto advance = [&] { progress(++done, total); };

    // Every page, every index entry, the free list: the whole file is read.
    const Statement check = prepare(db.get(), "PRAGMA integrity_check(100)");
    int step = SQLITE_ROW;
    while (check && (step = sqlite3_step(check.get())) == SQLITE_ROW) {
        const QString line = textOf(check.get(), 0);
        if (line != QLatin1String("ok"))
            report.problems << tr("SQLite's integrity check: %1").arg(line);
    }
    if (cancelled())
        return report;
    if (!check || step != SQLITE_DONE)
        report.problems << tr("SQLite's integrity check could not read it: %1").arg(QString::fromUtf8(sqlite3_errmsg(db.get())));
    advance();

    if (const Statement keys = prepare(db.get(), "PRAGMA foreign_key_check")) {
        while (sqlite3_step(keys.get()) == SQLITE_ROW) {
            report.problems << tr("row %1 of table %2 refers to a missing row of %3")
                                   .arg(sqlite3_column_int64(keys.get(), 1))
                                   .arg(textOf(keys.get(), 0), textOf(keys.get(), 2));
        }
    }
    if (cancelled())
        return report;
    advance();

    // The evidence itself: each stored file still has the bytes that were imported.
    for (const StoredFile &file : std::as_const(files)) {
        bool readable = false;
        const QString actual = blobSha256(db.get(), file.table, file.row, &readable);
        const QString what = file.production ? tr("production %1 (%2)").arg(file.row).arg(file.name)
                                             : tr("Vaughn index %1 (%2)").arg(file.row).arg(file.name);
        if (!readable)
            report.problems << tr("%1: its stored bytes cannot be read").arg(what);
        else if (actual != file.sha256)
            report.problems << tr("%1: its stored bytes no longer match their SHA-256").arg(what);
        ++report.storedFiles;
        if (cancelled())
            return report;
        advance();
    }
    report.finished = true;
    return report;
}

} // namespace rebuttal
