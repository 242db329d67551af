// Every matter of a PostgreSQL database that the login may read, taken together for research
// (issue 18): a coalition's firms each keep their matters, and `stats` and `dataset` on
// postgresql://HOST/DB?matter=* pool their outcomes (OutcomeStatistics, de-identified as for one
// matter) without pooling who their clients are. A matter the login may not read, or whose
// schema this build does not read, is skipped and named in skipped(), never an error.
#pragma once

#include "ServerLocation.h"
#include "StoreError.h"
#include "domain/ActivityDetail.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace rebuttal {

class PgConnection;

class ServerMatterPool
{
    Q_DECLARE_TR_FUNCTIONS(ServerMatterPool)

public:
    struct Skipped
    {
        QString matter;
        QString reason; // a sentence: why the login cannot read it here
    };

    // Connects and finds the matters; `location.matter` is ServerLocation::AllMatters. Fails
    // (NotFound) when the login may read none.
    static std::unique_ptr<ServerMatterPool> open(const ServerLocation &location, StoreError *error);
    ~ServerMatterPool();
    ServerMatterPool(const ServerMatterPool &) = delete;
    ServerMatterPool &operator=(const ServerMatterPool &) = delete;

    const ServerLocation &location() const;
    // The matters pooled and those skipped, by name.
    const QStringList &matters() const { return m_matters; }
    const QList<Skipped> &skipped() const { return m_skipped; }
    // The pooled matters' schemas, in matters() order.
    QStringList schemas() const;
    // The pool's connection, for the classes of core/store only.
    PgConnection &connection() { return *m_connection; }

    // Records the same entry in the activity log of every pooled matter, in one transaction: what
    // leaves the server pooled leaves each matter, and each matter's log says so.
    [[nodiscard]] StoreError appendActivity(const QString &action, const ActivityDetail &detail);

private:
    explicit ServerMatterPool(std::unique_ptr<PgConnection> connection);

    std::unique_ptr<PgConnection> m_connection;
    QStringList m_matters;
    QList<Skipped> m_skipped;
};

} // namespace rebuttal
