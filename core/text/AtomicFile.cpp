#include "AtomicFile.h"

#include "ExportTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace rebuttal {

namespace {

// The reason a write failed, from errno itself: QSaveFile said "Unknown error" for a full disk
// and for a file over the size limit, which blamed nothing.
QString causeOf(int error, const QString &path, qsizetype size)
{
    switch (error) {
    case ENOSPC: {
        const QStorageInfo volume(QFileInfo(path).absolutePath());
        return volume.isValid() ? AtomicFile::tr("the disk is full (%1 bytes free, %2 needed)").arg(volume.bytesAvailable()).arg(size)
                                : AtomicFile::tr("the disk is full");
    }
    case EDQUOT:
        return AtomicFile::tr("the disk quota is used up");
    case EFBIG:
        return AtomicFile::tr("the file is too large for this system (%1 bytes)").arg(size);
    case EROFS:
        return AtomicFile::tr("the disk is read-only");
    case EACCES:
    case EPERM:
        return AtomicFile::tr("permission denied");
    case 0:
        return AtomicFile::tr("the system gave no reason");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

// write(2) until everything is written; errno on failure.
int writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return written < 0 ? errno : ENOSPC;
        data += written;
        left -= written;
    }
    return ::fsync(fd) == 0 ? 0 : errno;
}

} // namespace

bool AtomicFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    if (const QString refused = ExportTarget::refusal(path); !refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    // Beside the target (so the rename cannot cross disks), hidden, owner-only from the first byte.
    const QFileInfo target(path);
    const QByteArray temporary = QFile::encodeName(target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.partial").arg(target.fileName()).arg(QCoreApplication::applicationPid())));
    ::unlink(temporary.constData());
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    int failure = fd < 0 ? errno : writeAll(fd, bytes);
    if (fd >= 0 && ::close(fd) != 0 && failure == 0)
        failure = errno;
    // rename(2) replaces the old file atomically: a failure above leaves it as it was.
    if (failure == 0 && std::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0)
        failure = errno;
    if (failure == 0)
        return true;
    ::unlink(temporary.constData());
    if (error)
        *error = causeOf(failure, path, bytes.size());
    return false;
}

} // namespace rebuttal
