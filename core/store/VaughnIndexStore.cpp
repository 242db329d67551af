#include "VaughnIndexStore.h"

namespace rebuttal {

ActivityDetail VaughnIndexStore::importLogged(qint64 indexId, const QString &sha256, int entries)
{
    return ActivityDetail(QT_TRANSLATE_N_NOOP("ActivityLog", "Imported Vaughn index no. %1 (SHA-256 %2): %n entry(ies)"), entries)
        .arg(indexId)
        .arg(sha256);
}

} // namespace rebuttal
