// What a page shows in place of its content when its read of the case file failed: which case
// file and why, rather than an empty list that looks like a case file with nothing in it.
#pragma once

#include "EmptyState.h"

namespace rebuttal {

class CaseStore;
class OpenStore;
struct StoreError;

class ReadFailureState : public EmptyState
{
    Q_OBJECT

public:
    explicit ReadFailureState(QWidget *parent = nullptr);

    void setFailure(const CaseStore &store, const StoreError &error);
    void setFailure(const OpenStore &store, const StoreError &error);
    void setFailure(const QString &failure);
    QString failure() const { return m_failure; }
    // "cases.rebuttal could not be read: <cause>"
    static QString describe(const CaseStore &store, const StoreError &error);
    // A case file by its name, a server matter by host/db/matter.
    static QString describe(const OpenStore &store, const StoreError &error);
    // "Cannot read the case file", or the matter on a server.
    static QString title(const OpenStore &store);

private:
    QString m_failure;
};

} // namespace rebuttal
