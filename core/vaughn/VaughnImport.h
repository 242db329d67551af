// Imports a Vaughn index (PDF table, text or CSV) into a store (a case file, or a matter on a
// server through VaughnIndexStore): checks the file, reads every entry, then stores it all in one
// transaction. A rejected or cancelled import leaves the store as it was (a case file
// byte-identical); the same file twice is stored once.
#pragma once

#include "domain/VaughnEntry.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace rebuttal {

class CaseStore;
class VaughnIndexStore;
struct StoreError;

class VaughnImport
{
    Q_DECLARE_TR_FUNCTIONS(VaughnImport)

public:
    enum class Outcome { Imported, AlreadyImported, Rejected, Cancelled, StoreFailed };

    struct Result
    {
        Outcome outcome = Outcome::Rejected;
        qint64 indexId = 0;
        int entries = 0;
        QString message; // one line naming the file and what happened or what is wrong, and where
    };

    explicit VaughnImport(CaseStore &store);
    explicit VaughnImport(VaughnIndexStore &indexes);
    ~VaughnImport();
    VaughnImport(const VaughnImport &) = delete;
    VaughnImport &operator=(const VaughnImport &) = delete;

    // Called as pages of a PDF are read: pages done, total.
    void setProgress(std::function<void(int done, int total)> progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    Result run(const QString &path);

    // Reads an index file without storing it: the entries, or nullopt with `problem` saying what
    // is wrong and where (without the file name).
    std::optional<QList<VaughnEntry>> readFile(const QString &path, const QByteArray &bytes, QString *problem) const;

private:
    Result reject(const QString &path, const QString &problem, Outcome outcome = Outcome::Rejected) const;
    // The index the store holds with this SHA-256 (AlreadyImported), a failed read (StoreFailed),
    // or nullopt when there is none.
    std::optional<Result> alreadyStored(const QString &fileName, const QString &sha256) const;
    Result storeFailed(const QString &path, const StoreError &error) const;
    // A read of the store failed (StoreFailed, naming the store).
    Result storeUnreadable(const StoreError &error) const;
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    // Set when built on a case file: the indexes it writes to.
    std::unique_ptr<VaughnIndexStore> m_ownIndexes;
    VaughnIndexStore &m_indexes;
    std::function<void(int, int)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace rebuttal
