#include "AgreementCommands.h"

#include "store/AgreementRegistry.h"
#include "store/CaseStore.h"

#include <QCoreApplication>

namespace rebuttal {

ReplaceRegistryCommand::ReplaceRegistryCommand(std::function<CaseStore *()> store, QList<Agreement> before,
                                               QList<Agreement> after, const QString &text, const QString &action,
                                               std::function<void()> changed, std::function<void(const QString &)> failed)
    : QUndoCommand(text)
    , m_store(std::move(store))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_action(action)
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{
}

bool ReplaceRegistryCommand::write(const QList<Agreement> &registry, const QString &detail)
{
    CaseStore *store = m_store();
    if (!store)
        return false;
    // The log names the edit and the count, never what the agreements say.
    const StoreError error = AgreementRegistry(*store).replaceAll(registry, m_action, detail);
    if (error.isError()) {
        m_failed(error.message);
        return false;
    }
    m_changed();
    return true;
}

bool ReplaceRegistryCommand::applyBeforePush()
{
    m_skipRedo = write(m_after, text());
    return m_skipRedo;
}

void ReplaceRegistryCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    write(m_after, QCoreApplication::translate("ReplaceRegistryCommand", "Redo: %1").arg(text()));
}

void ReplaceRegistryCommand::undo()
{
    write(m_before, QCoreApplication::translate("ReplaceRegistryCommand", "Undo: %1").arg(text()));
}

} // namespace rebuttal
