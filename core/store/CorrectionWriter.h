// What a person's corrections to a stored production ask of the store, whichever it is: a case
// file (ProductionCorrections) or a matter on a PostgreSQL server (ServerProductionCorrections).
// Each change is recorded as the user's (so re-detection keeps it), logged in the activity log in
// the same transaction, and can be reverted (for undo). A box's change may carry the version of
// the box the user read (boxStamp): a box changed by someone else since is refused (Conflict,
// "changed by USER at TIME") and left as they left it.
#pragma once

#include "RowStamp.h"
#include "StoreError.h"
#include "domain/ActivityDetail.h"

#include <QRectF>
#include <QStringList>

#include <optional>

namespace rebuttal {

class CorrectionWriter
{
public:
    virtual ~CorrectionWriter() = default;

    // A box the detector missed; returns its id (0 on error).
    virtual qint64 addBox(qint64 documentId, int page, const QRectF &box, const QStringList &codes, StoreError *error) = 0;
    // A false box: the user's own boxes are deleted, the detector's are marked rejected so that
    // re-detection does not bring them back. `restoreBox` undoes either.
    [[nodiscard]] virtual StoreError removeBox(qint64 redactionId, std::optional<qint64> readVersion = std::nullopt) = 0;
    [[nodiscard]] virtual StoreError restoreBox(qint64 redactionId, std::optional<qint64> readVersion = std::nullopt) = 0;
    // Sets a box's codes as the user's; `previous` receives the codes it had.
    [[nodiscard]] virtual StoreError setCodes(qint64 redactionId, const QStringList &codes, QStringList *previous = nullptr,
                                              std::optional<qint64> readVersion = std::nullopt) = 0;
    [[nodiscard]] virtual StoreError setWithheld(qint64 documentId, int page, bool withheld) = 0;
    // The box's version, and who changed it last and when; nullopt when there is no such box.
    virtual std::optional<RowStamp> boxStamp(qint64 redactionId, StoreError *error = nullptr) const = 0;

protected:
    // What both stores say alike (ProductionCorrections.cpp). Where a box is: "FILE, page N", or
    // "box ID" when `filePage` is unknown.
    static ActivityDetail place(const std::optional<std::pair<QString, qint64>> &filePage, qint64 redactionId);
    static ActivityDetail added(const ActivityDetail &where, const QStringList &codes);
    static ActivityDetail removed(const ActivityDetail &where);
    static ActivityDetail restored(const ActivityDetail &where);
    static ActivityDetail recoded(const ActivityDetail &where, const QStringList &codes);
    static ActivityDetail withheldMarked(const QString &file, int page, bool withheld);
    // A box read at `readVersion` and now `stored` (nullopt: gone): the Conflict when they differ.
    [[nodiscard]] static StoreError versionRefusal(const ActivityDetail &where, qint64 readVersion,
                                                   const std::optional<RowStamp> &stored);
};

} // namespace rebuttal
