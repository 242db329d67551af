// The open case file (or server matter) as the GUI sees it: it owns the store, and says what an
// import or an edit changed so that each page showing that refreshes itself. Pages follow it;
// nobody refreshes them by hand. On a server matter it also listens to the server's change feed,
// so a colleague's committed change reaches the same signals.
#pragma once

#include "store/CaseStore.h"
#include "store/OpenStore.h"

#include <QFlags>
#include <QObject>

#include <functional>
#include <memory>

namespace rebuttal {

class ServerChangeFeed;
struct ServerChange;
struct StoreError;

class CaseFile : public QObject
{
    Q_OBJECT

public:
    enum class Change {
        Documents = 0x01,   // productions imported or detected again
        Clients = 0x02,     // client records imported
        Indexes = 0x04,     // Vaughn indexes imported
        Corrections = 0x08, // the user's corrections of a production's pages
        Agreements = 0x10,  // the agreements registry
        Activity = 0x20,    // the chain-of-custody log
    };
    Q_DECLARE_FLAGS(Changes, Change)

    explicit CaseFile(QObject *parent = nullptr);
    ~CaseFile() override;

    // The case file; nullptr when none is open or when a server matter is (pages that work on a
    // case file only follow storeChanged and see nullptr).
    CaseStore *store() const { return m_store ? m_store->caseFile() : nullptr; }
    // Whatever is open, file or server matter; nullptr when nothing is.
    OpenStore *openStore() const { return m_store.get(); }
    bool isOpen() const { return m_store != nullptr; }
    bool isServerMatter() const { return m_store && !m_store->caseFile(); }

    // Takes over an opened store, closing the one before; nullptr closes. Followers see
    // storeChanged(nullptr) before a store goes, so none reads a closed one.
    void adopt(std::unique_ptr<CaseStore> store);
    void adopt(std::unique_ptr<OpenStore> store);
    void close();

    // Says what was just written; emits the matching signals, in the order of Change.
    void notify(Changes what);

    // The window's jobs' own server connections (an import's): the change feed leaves out what
    // they commit, as it does the store's own, since the window notifies once the job is done.
    void setOwnWriters(std::function<bool(int backendPid)> isOwnWriter) { m_isOwnWriter = std::move(isOwnWriter); }

    Q_SIGNAL void storeChanged(rebuttal::CaseStore *store);
    // The same moment as storeChanged, for the pages that work on either backend.
    Q_SIGNAL void openStoreChanged(rebuttal::OpenStore *store);
    Q_SIGNAL void documentsChanged();
    Q_SIGNAL void clientsChanged();
    Q_SIGNAL void indexesChanged();
    Q_SIGNAL void correctionsChanged();
    // Someone else corrected production `documentId` on the matter (after correctionsChanged).
    Q_SIGNAL void productionCorrected(qint64 documentId);
    Q_SIGNAL void agreementsChanged();
    Q_SIGNAL void activityChanged();
    // The server matter's change feed lost its connection (`problem` says why), or, with `problem`
    // empty, listens again (everything shown was read again then).
    Q_SIGNAL void serverFeedInterrupted(const QString &problem);
    // Server process `backendPid` (a job's connection, say) told the matter it is done writing:
    // every notice of what it committed has come (ServerChangeFeed::sessionEnded).
    Q_SIGNAL void serverSessionEnded(int backendPid);

    // The Change a server's notification of `table` means.
    static Changes changesOf(const QList<ServerChange> &changes);

private:
    void listen();

    std::unique_ptr<OpenStore> m_store;
    std::unique_ptr<ServerChangeFeed> m_feed;
    std::function<bool(int backendPid)> m_isOwnWriter;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(CaseFile::Changes)

} // namespace rebuttal
