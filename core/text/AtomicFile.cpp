#include "AtomicFile.h"

#include "ExportTarget.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

namespace rebuttal {

namespace {

// QSaveFile says "Unknown error" when the disk fills as it flushes: name the real cause.
QString causeOf(const QSaveFile &file, const QString &path, qsizetype size)
{
    const QStorageInfo volume(QFileInfo(path).absolutePath());
    if (volume.isValid() && volume.bytesAvailable() < size + 4096)
        return AtomicFile::tr("the disk is full (%1 bytes free, %2 needed)").arg(volume.bytesAvailable()).arg(size);
    if (volume.isValid() && volume.isReadOnly())
        return AtomicFile::tr("the disk is read-only");
    const QString reason = file.errorString();
    if (reason.isEmpty() || reason == QLatin1String("Unknown error"))
        return AtomicFile::tr("the system gave no reason");
    return reason;
}

} // namespace

bool AtomicFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    if (const QString refused = ExportTarget::refusal(path); !refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    QSaveFile file(path);
    // Owner-only before the first byte: QSaveFile would otherwise copy the old file's mode or use the umask's.
    if (file.open(QIODevice::WriteOnly) && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(bytes) == bytes.size() && file.commit()) {
        return true;
    }
    if (error)
        *error = causeOf(file, path, bytes.size());
    file.cancelWriting();
    return false;
}

} // namespace rebuttal
