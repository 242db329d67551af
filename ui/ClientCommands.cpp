#include "ClientCommands.h"

#include "domain/ActivityDetail.h"
#include "store/ClientRecordStore.h"
#include "store/OpenStore.h"

namespace rebuttal {

SaveClientCommand::SaveClientCommand(ClientEditContext context, std::optional<Client> before, std::optional<Client> after,
                                     const char *text)
    : m_context(std::move(context))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_source(text)
{
    setText(QCoreApplication::translate("ActivityLog", text));
}

bool SaveClientCommand::write(const std::optional<Client> &from, const std::optional<Client> &to)
{
    OpenStore *store = m_context.store();
    if (!store)
        return false;
    const QString ref = to ? to->ref : from->ref;
    const QString action = !from ? QStringLiteral("edit.client.add") : !to ? QStringLiteral("edit.client.delete")
                                                                           : QStringLiteral("edit.client");
    qint64 saved = 0;
    const StoreError error = store->clients().saveClient(from ? from->ref : QString(), to, action,
                                                              ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "%1: %2"))
                                                                  .arg(ActivityDetail(m_source))
                                                                  .arg(ref),
                                                              from && m_context.knownVersion ? m_context.knownVersion(from->ref)
                                                                                             : std::nullopt,
                                                              &saved);
    if (error.isError()) {
        if (m_context.failed)
            m_context.failed(error);
        return false;
    }
    if (to && m_context.saved)
        m_context.saved(to->ref, saved);
    if (m_context.changed)
        m_context.changed(to ? to->ref : QString());
    return true;
}

bool SaveClientCommand::applyBeforePush()
{
    m_succeeded = write(m_before, m_after);
    m_skipRedo = m_succeeded;
    return m_succeeded;
}

void SaveClientCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    m_succeeded = write(m_before, m_after);
}

void SaveClientCommand::undo()
{
    m_succeeded = write(m_after, m_before);
}

} // namespace rebuttal
