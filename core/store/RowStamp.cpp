#include "RowStamp.h"

#include <QDateTime>
#include <QLocale>

namespace rebuttal {

StoreError RowStamp::changedSinceRead(const QString &ref, const std::optional<RowStamp> &stored)
{
    if (!stored) {
        return StoreError::make(StoreError::Kind::Conflict,
                                tr("%1 was deleted by someone else since you opened it. Reload to see"
                                                 " the records as they are now.").arg(ref));
    }
    // The user reads the time on their own clock.
    const QDateTime at = QDateTime::fromString(stored->changedAt, Qt::ISODateWithMs);
    const QString when = at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                      : tr("an unknown time");
    const QString message = stored->changedBy.isEmpty()
        ? tr("%1 was changed at %2 since you opened it. Reload to see the change, then apply yours"
                           " again.").arg(ref, when)
        : tr("%1 was changed by %2 at %3 since you opened it. Reload to see the change, then apply"
                           " yours again.").arg(ref, stored->changedBy, when);
    return StoreError::make(StoreError::Kind::Conflict, message);
}

} // namespace rebuttal
