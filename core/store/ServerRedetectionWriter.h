// RedetectionWriter's twin for a matter on a PostgreSQL server (issue 18): the detector's findings
// on a stored production replaced by a fresh run in one transaction, every correction kept. The
// production's row is locked for the run, so two runs on one production at once go one after the
// other; a correction committed meanwhile by a colleague is kept, as the run re-reads what the
// user touched page by page.
#pragma once

#include "RedetectionDestination.h"

namespace rebuttal {

class ServerStore;

class ServerRedetectionWriter final : public RedetectionDestination
{
public:
    ServerRedetectionWriter(ServerStore &store, qint64 documentId);
    ~ServerRedetectionWriter() override;
    ServerRedetectionWriter(const ServerRedetectionWriter &) = delete;
    ServerRedetectionWriter &operator=(const ServerRedetectionWriter &) = delete;

    [[nodiscard]] StoreError begin(int pageCount) override;
    [[nodiscard]] StoreError updatePage(const ProductionPage &page) override;
    [[nodiscard]] StoreError commit() override;
    void rollback() override;

private:
    ServerStore &m_store;
    qint64 m_documentId;
    QString m_fileName;
    bool m_open = false;
    int m_added = 0;
};

} // namespace rebuttal
