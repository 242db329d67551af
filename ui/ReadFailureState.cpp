#include "ReadFailureState.h"

#include "CustodyLog.h"
#include "store/CaseStore.h"
#include "store/OpenStore.h"

#include <QFileInfo>

namespace rebuttal {

ReadFailureState::ReadFailureState(QWidget *parent)
    : EmptyState(parent)
{
    setObjectName(QStringLiteral("readFailure"));
    setTitle(tr("Cannot read the case file"));
}

void ReadFailureState::setFailure(const CaseStore &store, const StoreError &error)
{
    setTitle(tr("Cannot read the case file"));
    setFailure(describe(store, error));
}

void ReadFailureState::setFailure(const OpenStore &store, const StoreError &error)
{
    setTitle(title(store));
    setFailure(describe(store, error));
}

QString ReadFailureState::title(const OpenStore &store)
{
    return store.serverLocation() ? tr("Cannot read the matter") : tr("Cannot read the case file");
}

void ReadFailureState::setFailure(const QString &failure)
{
    m_failure = failure;
    setExplanation(failure);
}

QString ReadFailureState::describe(const CaseStore &store, const StoreError &error)
{
    return tr("%1 could not be read: %2").arg(QFileInfo(store.filePath()).fileName(), error.message);
}

QString ReadFailureState::describe(const OpenStore &store, const StoreError &error)
{
    return tr("%1 could not be read: %2").arg(CustodyLog::nameOf(store), error.message);
}

} // namespace rebuttal
