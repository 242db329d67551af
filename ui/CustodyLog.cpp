#include "CustodyLog.h"

#include "MessageBox.h"
#include "store/CaseStore.h"
#include "store/OpenStore.h"

#include <QFileInfo>

namespace rebuttal {

bool CustodyLog::record(QWidget *parent, CaseStore &store, const QString &action, const ActivityDetail &detail)
{
    const StoreError error = store.activity().append(action, detail);
    if (error.isError())
        reportFailure(parent, store, error);
    return !error.isError();
}

bool CustodyLog::record(QWidget *parent, OpenStore &store, const QString &action, const ActivityDetail &detail)
{
    const StoreError error = store.appendActivity(action, detail);
    if (error.isError())
        reportFailure(parent, nameOf(store), error);
    return !error.isError();
}

void CustodyLog::reportFailure(QWidget *parent, const CaseStore &store, const StoreError &error)
{
    reportFailure(parent, QFileInfo(store.filePath()).fileName(), error);
}

void CustodyLog::reportFailure(QWidget *parent, const OpenStore &store, const StoreError &error)
{
    reportFailure(parent, nameOf(store), error);
}

void CustodyLog::reportFailure(QWidget *parent, const QString &storeName, const StoreError &error)
{
    MessageBox::critical(parent, tr("Activity not recorded"),
                         tr("The activity log of %1 could not record this: %2\nWhat you did is done; note it by hand "
                            "for the chain of custody.")
                             .arg(storeName, error.message));
}

QString CustodyLog::nameOf(const OpenStore &store)
{
    return store.serverLocation() ? store.displayName() : QFileInfo(store.displayName()).fileName();
}

} // namespace rebuttal
