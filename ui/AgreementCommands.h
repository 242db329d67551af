// Undoable edits to the agreements registry (Edit > Undo): each edit writes the whole registry,
// so undo is writing it back as it was. Registries are small, so this is cheap and exact.
#pragma once

#include "domain/ActivityDetail.h"
#include "domain/Agreement.h"

#include <QUndoCommand>

#include <functional>

namespace rebuttal {

class CaseStore;

class ReplaceRegistryCommand : public QUndoCommand
{
public:
    // `changed` runs after every write; `failed` hears the store's refusal. `what` is the edit as
    // the undo history and the activity log name it.
    ReplaceRegistryCommand(std::function<CaseStore *()> store, QList<Agreement> before, QList<Agreement> after,
                           const ActivityDetail &what, const QString &action, std::function<void()> changed,
                           std::function<void(const QString &)> failed);

    void redo() override;
    void undo() override;
    // Writes the edit now; a refused edit never reaches the undo history.
    bool applyBeforePush();

private:
    bool write(const QList<Agreement> &registry, const ActivityDetail &detail);

    std::function<CaseStore *()> m_store;
    QList<Agreement> m_before;
    QList<Agreement> m_after;
    ActivityDetail m_what;
    QString m_action;
    std::function<void()> m_changed;
    std::function<void(const QString &)> m_failed;
    bool m_skipRedo = false;
};

} // namespace rebuttal
