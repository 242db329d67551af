#include "ExportTarget.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <sys/stat.h>

namespace rebuttal {

namespace {

QMutex s_mutex;
QStringList s_open; // absolute paths; a path opened twice is listed twice

// The files SQLite keeps beside a database while it is open.
const char *const Companions[] = {"", "-wal", "-shm", "-journal"};

struct Identity
{
    bool exists = false;
    dev_t device = 0;
    ino_t inode = 0;
    bool regular = false;
};

// stat(2) follows symbolic links, as QSaveFile does when it writes through one.
Identity identityOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return {true, info.st_dev, info.st_ino, S_ISREG(info.st_mode)};
}

// Where `path` would be written: a link is followed to its end, a missing file keeps its name in
// the canonical form of its folder.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
}

} // namespace

void ExportTarget::protect(const QString &caseFile)
{
    const QMutexLocker lock(&s_mutex);
    s_open << QFileInfo(caseFile).absoluteFilePath();
}

void ExportTarget::release(const QString &caseFile)
{
    const QMutexLocker lock(&s_mutex);
    s_open.removeOne(QFileInfo(caseFile).absoluteFilePath());
}

QString ExportTarget::refusal(const QString &path, const QStringList &alsoProtected)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (info.isSymLink() && !info.exists())
        return tr("%1 is a link to a file that does not exist; choose another file.").arg(name);
    const Identity target = identityOf(path);
    if (info.exists() && !target.regular)
        return tr("%1 is not a regular file (a folder, a device or a pipe); choose a file to write.").arg(name);
    const QString where = resolved(path);
    QStringList protectedFiles = alsoProtected;
    {
        const QMutexLocker lock(&s_mutex);
        protectedFiles += s_open;
    }
    for (const QString &caseFile : std::as_const(protectedFiles)) {
        // SQLite names its companions after the file a link points at; both names are refused.
        const QStringList bases{resolved(caseFile), QFileInfo(caseFile).absoluteFilePath()};
        for (const QString &base : bases) {
        for (const char *suffix : Companions) {
            const QString companion = base + QLatin1String(suffix);
            const Identity identity = identityOf(companion);
            const bool sameFile = target.exists && identity.exists && target.device == identity.device
                && target.inode == identity.inode;
            if (sameFile || where == companion) {
                return tr("%1 is the case file %2 or part of it; an export never writes over it. Choose another file.")
                    .arg(name, QFileInfo(caseFile).fileName());
            }
        }
        }
    }
    return {};
}

} // namespace rebuttal
