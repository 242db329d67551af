// The open case file as the GUI sees it: it owns the store, and says what an import or an edit
// changed so that each page showing that refreshes itself. Pages follow it; nobody refreshes them
// by hand.
#pragma once

#include "store/CaseStore.h"

#include <QFlags>
#include <QObject>

#include <memory>

namespace rebuttal {


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

    CaseStore *store() const { return m_store.get(); }
    bool isOpen() const { return m_store != nullptr; }

    // Takes over an opened store, closing the one before; nullptr closes. Followers see
    // storeChanged(nullptr) before a store goes, so none reads a closed one.
    void adopt(std::unique_ptr<CaseStore> store);
    void close();

    // Says what was just written; emits the matching signals, in the order of Change.
    void notify(Changes what);

    Q_SIGNAL void storeChanged(rebuttal::CaseStore *store);
    Q_SIGNAL void documentsChanged();
    Q_SIGNAL void clientsChanged();
    Q_SIGNAL void indexesChanged();
    Q_SIGNAL void correctionsChanged();
    Q_SIGNAL void agreementsChanged();
    Q_SIGNAL void activityChanged();

private:
    std::unique_ptr<CaseStore> m_store;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(CaseFile::Changes)

} // namespace rebuttal
