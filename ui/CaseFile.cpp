#include "CaseFile.h"

#include "store/CaseStore.h"
#include "store/ServerChangeFeed.h"

#include <QLoggingCategory>

namespace rebuttal {

Q_LOGGING_CATEGORY(lcCaseFile, "rebuttal.ui.casefile")

CaseFile::CaseFile(QObject *parent)
    : QObject(parent)
{
}

CaseFile::~CaseFile() = default;

void CaseFile::adopt(std::unique_ptr<CaseStore> store)
{
    adopt(OpenStore::ofFile(std::move(store)));
}

void CaseFile::adopt(std::unique_ptr<OpenStore> store)
{
    m_feed.reset();
    if (m_store) {
        Q_EMIT storeChanged(nullptr);
        Q_EMIT openStoreChanged(nullptr);
        m_store.reset();
    }
    m_store = std::move(store);
    if (!m_store)
        return;
    listen();
    Q_EMIT storeChanged(m_store->caseFile());
    Q_EMIT openStoreChanged(m_store.get());
}

void CaseFile::listen()
{
    const ServerLocation *location = m_store->serverLocation();
    if (!location)
        return;
    StoreError error;
    m_feed = ServerChangeFeed::open(*location, &error);
    if (!m_feed) {
        // The matter is open and works; only a colleague's change would not show until reopened.
        qCWarning(lcCaseFile) << "no change feed:" << error.message;
        return;
    }
    // This window's own saves and imports are announced too; it has refreshed what it wrote
    // already (a second refresh would read everything again), and a colleague's change notice
    // for them would be wrong.
    m_feed->ignoreBackends([this](int backendPid) {
        return (m_store && backendPid == m_store->serverBackendPid()) || (m_isOwnWriter && m_isOwnWriter(backendPid));
    });
    connect(m_feed.get(), &ServerChangeFeed::changed, this, [this](const QList<ServerChange> &changes) {
        notify(changesOf(changes));
        // Which production a colleague corrected: the page showing it reads its pages again.
        for (const ServerChange &change : changes) {
            if (change.table == QLatin1String("corrections") && m_store)
                Q_EMIT productionCorrected(change.id);
        }
    });
    connect(m_feed.get(), &ServerChangeFeed::sessionEnded, this, &CaseFile::serverSessionEnded);
    connect(m_feed.get(), &ServerChangeFeed::interrupted, this, [this](const StoreError &problem) {
        Q_EMIT serverFeedInterrupted(problem.message);
        // Listening again: whatever changed meanwhile was not announced, so every page reads again.
        if (!problem.isError())
            notify(Changes(0x3f));
    });
}

CaseFile::Changes CaseFile::changesOf(const QList<ServerChange> &changes)
{
    Changes result;
    for (const ServerChange &change : changes) {
        if (change.table == QLatin1String("clients"))
            result |= Change::Clients;
        else if (change.table == QLatin1String("documents"))
            result |= Change::Documents;
        else if (change.table == QLatin1String("agreements"))
            result |= Change::Agreements;
        else if (change.table == QLatin1String("vaughn_indexes"))
            result |= Change::Indexes;
        else if (change.table == QLatin1String("corrections"))
            result |= Change::Corrections;
    }
    // Every change the server announces was logged in the same transaction.
    if (!changes.isEmpty())
        result |= Change::Activity;
    return result;
}

void CaseFile::close()
{
    adopt(std::unique_ptr<OpenStore>());
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
