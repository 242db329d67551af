// What schema 6 keeps on every edited row: its version, raised by each change, and who changed it
// last and when, so a save against a row changed since it was read is refused instead of lost.
#pragma once

#include "StoreError.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace rebuttal {

struct RowStamp
{
    Q_DECLARE_TR_FUNCTIONS(RowStamp)

public:
    qint64 version = 0;
    QString changedBy; // a login; empty when not known (a file's import)
    QString changedAt; // ISO 8601, UTC; empty when the row is as it was added

    // The refusal of a save of `ref` read at `readVersion`, when the row is now `stored` (nullopt:
    // deleted since): "changed by USER at TIME", in words that say what to do.
    static StoreError changedSinceRead(const QString &ref, const std::optional<RowStamp> &stored);
};

} // namespace rebuttal
