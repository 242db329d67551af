// Writes a whole file beside its target, syncs it and renames it into place, so a failed or
// interrupted export never leaves half a file and never spoils the one that was there.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rebuttal {

class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    // False, with the reason in `error`, when the file could not be written. Refuses what
    // ExportTarget refuses (an open case file, a device, a pipe, a folder) before writing a byte.
    // The file is readable by its owner only (0600), as the case file is.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace rebuttal
