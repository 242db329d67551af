// Writes to the case file's chain-of-custody log from the GUI. A failure is never passed over:
// an export the log misses breaks the chain of custody, so the user is told which case file and why.
#pragma once

#include "store/ActivityLog.h"

#include <QCoreApplication>

class QWidget;

namespace rebuttal {

class CaseStore;
class OpenStore;

class CustodyLog
{
    Q_DECLARE_TR_FUNCTIONS(CustodyLog)

public:
    // Appends; on failure tells the user and returns false. What was done (a file written) stays done.
    static bool record(QWidget *parent, CaseStore &store, const QString &action, const ActivityDetail &detail);
    // The same in a case file or a server matter.
    static bool record(QWidget *parent, OpenStore &store, const QString &action, const ActivityDetail &detail);
    // Tells the user that the log of `store` could not record what was just done.
    static void reportFailure(QWidget *parent, const CaseStore &store, const StoreError &error);
    static void reportFailure(QWidget *parent, const OpenStore &store, const StoreError &error);
    // `storeName`: the case file's name, a matter by host/db/matter, or the matters of a pool.
    static void reportFailure(QWidget *parent, const QString &storeName, const StoreError &error);
    // How the messages name `store`.
    static QString nameOf(const OpenStore &store);
};

} // namespace rebuttal
