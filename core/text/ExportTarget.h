// Where an export may write: never over a case file open in this process (nor its -wal, -shm or
// -journal, nor through a link to them), and never over something that is not a regular file.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rebuttal {

class ExportTarget
{
    Q_DECLARE_TR_FUNCTIONS(ExportTarget)

public:
    // A case file is open: until release(), refusal() refuses it and its companions. CaseStore
    // calls these, so every export that goes through AtomicFile is guarded whoever calls it.
    static void protect(const QString &caseFile);
    static void release(const QString &caseFile);

    // Empty when `path` may be written; otherwise one sentence naming the file and why not.
    // Compared by device and inode where the files exist (hard links, symbolic links) and by
    // canonical path where they do not (a -wal that SQLite has not created yet).
    // `alsoProtected`: case files to refuse besides the open ones (the CLI checks before it opens).
    static QString refusal(const QString &path, const QStringList &alsoProtected = {});
};

} // namespace rebuttal
