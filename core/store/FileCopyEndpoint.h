// A case file as one side of a copy (StoreCopier): read in one read transaction (a snapshot, so
// work going on meanwhile cannot make the copy inconsistent), or written into a new file beside
// the target that is renamed into place once the copy is committed and verified.
#pragma once

#include "CopyEndpoint.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_blob;

namespace rebuttal {

class CaseStore;

class FileCopyEndpoint final : public CopyEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(FileCopyEndpoint)

public:
    // The source: opened read-only (an older schema is refused, not upgraded), a read transaction begun.
    static std::unique_ptr<FileCopyEndpoint> openSource(const QString &path, StoreError *error);
    // The destination: `path` must not exist unless `replace` (the user confirmed it in a save dialog);
    // the copy is written to a partial file beside it, in one transaction.
    static std::unique_ptr<FileCopyEndpoint> createDestination(const QString &path, bool replace, StoreError *error);
    ~FileCopyEndpoint() override;

    QList<CopyTable> tables(StoreError *error) override;
    qint64 rowCount(const CopyTable &table, StoreError *error) override;
    [[nodiscard]] StoreError readRows(const CopyTable &table, const Rows &rows) override;
    [[nodiscard]] StoreError readBlob(const CopyTable &table, const QString &column, const QVariantList &key,
                                      const Chunk &chunk) override;
    QString blobSha256(const CopyTable &table, const QString &column, const QVariantList &key, StoreError *error) override;
    [[nodiscard]] StoreError insertRows(const CopyTable &table, const QList<QVariantList> &rows) override;
    [[nodiscard]] StoreError writeBlob(const CopyTable &table, const QString &column, const QVariantList &key,
                                       const std::function<StoreError(const Chunk &write)> &source) override;
    [[nodiscard]] StoreError rebuildDerived() override;
    bool stampsLog() const override { return false; }
    [[nodiscard]] StoreError appendLog(const QString &action, const QString &storedDetail) override;
    // Commits, folds the WAL into the file and renames it onto the target.
    [[nodiscard]] StoreError commit() override;
    void rollback() override;
    [[nodiscard]] StoreError execForTest(const QString &sql) override;

private:
    FileCopyEndpoint(std::unique_ptr<CaseStore> store, QString target, QString partial);
    sqlite3 *handle() const;
    // The tables to copy: neither SQLite's own nor a virtual table's shadows.
    QStringList tableNames(StoreError *error) const;
    // A table's columns (generated ones left out), key and parents.
    std::optional<CopyTable> describe(const QString &name, StoreError *error) const;
    // The rowid of the row whose key columns hold `key`.
    qint64 rowidOf(const CopyTable &table, const QVariantList &key, StoreError *error) const;
    // SQLite's incremental I/O on one stored file (the row named by `key`), so a copy never holds it whole.
    [[nodiscard]] StoreError openBlob(const CopyTable &table, const QString &column, const QVariantList &key, bool writable,
                                      sqlite3_blob **blob) const;
    void removePartial();
    [[nodiscard]] StoreError commitAndCheckpoint();

    std::unique_ptr<CaseStore> m_store;
    QString m_target;  // empty for a source
    QString m_partial; // the file being written, renamed onto m_target by commit()
};

} // namespace rebuttal
