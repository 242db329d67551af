// Undoable edits to the agreements registry (Edit > Undo): each edit writes the whole registry,
// so undo is writing it back as it was. Registries are small, so this is cheap and exact.
// Every write is checked against the agreements' row versions: the edit against those the
// registry was read at, its undo and redo against those its last write left. An agreement
// someone else changed, added or deleted meanwhile refuses the write (Conflict, "changed by USER
// at TIME"), on a case file and on a server matter alike, so nothing of theirs is lost silently.
#pragma once

#include "domain/ActivityDetail.h"
#include "domain/Agreement.h"
#include "store/StoreError.h"

#include <QHash>
#include <QUndoCommand>

#include <functional>

namespace rebuttal {

class OpenStore;

class ReplaceRegistryCommand : public QUndoCommand
{
public:
    // `changed` runs after every write; `failed` hears the store's refusal. `what` is the edit as
    // the undo history and the activity log name it. `readVersions`: the version of each
    // agreement of `before` as it was read (AgreementStore::agreements' stamps).
    ReplaceRegistryCommand(std::function<OpenStore *()> store, QList<Agreement> before, QList<Agreement> after,
                           QHash<QString, qint64> readVersions, const ActivityDetail &what, const QString &action,
                           std::function<void()> changed, std::function<void(const StoreError &)> failed);

    void redo() override;
    void undo() override;
    // Writes the edit now; a refused edit never reaches the undo history.
    bool applyBeforePush();

private:
    bool write(const QList<Agreement> &registry, const ActivityDetail &detail);

    std::function<OpenStore *()> m_store;
    QList<Agreement> m_before;
    QList<Agreement> m_after;
    // What the next write is checked against: read with `before`, then left by each write.
    QHash<QString, qint64> m_versions;
    ActivityDetail m_what;
    QString m_action;
    std::function<void()> m_changed;
    std::function<void(const StoreError &)> m_failed;
    bool m_skipRedo = false;
};

} // namespace rebuttal
