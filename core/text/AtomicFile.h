// Writes a whole file beside its target and renames it into place (QSaveFile), so a failed or
// interrupted export never leaves half a file and never spoils the one that was there.
#pragma once

#include <QByteArray>
#include <QString>

namespace rebuttal {

class AtomicFile
{
public:
    // False, with the system's reason in `error`, when the file could not be written.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace rebuttal
