#include "AgreementCommands.h"

#include "store/AgreementStore.h"
#include "store/OpenStore.h"

#include <QCoreApplication>

namespace rebuttal {

ReplaceRegistryCommand::ReplaceRegistryCommand(std::function<OpenStore *()> store, QList<Agreement> before,
                                               QList<Agreement> after, QHash<QString, qint64> readVersions,
                                               const ActivityDetail &what, const QString &action, std::function<void()> changed,
                                               std::function<void(const StoreError &)> failed)
    : QUndoCommand(what.text())
    , m_store(std::move(store))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_versions(std::move(readVersions))
    , m_what(what)
    , m_action(action)
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{
}

bool ReplaceRegistryCommand::write(const QList<Agreement> &registry, const ActivityDetail &detail)
{
    OpenStore *store = m_store();
    if (!store)
        return false;
    // The log names the edit and the count, never what the agreements say.
    QHash<QString, qint64> saved;
    const StoreError error = store->agreements().replaceAll(registry, m_action, detail, &m_versions, &saved);
    if (error.isError()) {
        m_failed(error);
        return false;
    }
    m_versions = saved;
    m_changed();
    return true;
}

bool ReplaceRegistryCommand::applyBeforePush()
{
    m_skipRedo = write(m_after, m_what);
    return m_skipRedo;
}

void ReplaceRegistryCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    write(m_after, ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Redo: %1")).arg(m_what));
}

void ReplaceRegistryCommand::undo()
{
    write(m_before, ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "Undo: %1")).arg(m_what));
}

} // namespace rebuttal
