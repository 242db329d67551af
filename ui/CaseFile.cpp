#include "CaseFile.h"

#include "store/CaseStore.h"

namespace rebuttal {

CaseFile::CaseFile(QObject *parent)
    : QObject(parent)
{
}

CaseFile::~CaseFile() = default;

void CaseFile::adopt(std::unique_ptr<CaseStore> store)
{
    if (m_store) {
        Q_EMIT storeChanged(nullptr);
        m_store.reset();
    }
    m_store = std::move(store);
    if (m_store)
        Q_EMIT storeChanged(m_store.get());
}

void CaseFile::close()
{
    adopt(nullptr);
}

void CaseFile::notify(Changes what)
{
    if (!m_store)
        return;
    if (what.testFlag(Change::Documents))
        Q_EMIT documentsChanged();
    if (what.testFlag(Change::Clients))
        Q_EMIT clientsChanged();
    if (what.testFlag(Change::Indexes))
        Q_EMIT indexesChanged();
    if (what.testFlag(Change::Corrections))
        Q_EMIT correctionsChanged();
    if (what.testFlag(Change::Agreements))
        Q_EMIT agreementsChanged();
    if (what.testFlag(Change::Activity))
        Q_EMIT activityChanged();
}

} // namespace rebuttal
