#include "ServerProductionCorrections.h"

#include "PgConnection.h"
#include "ProductionCorrections.h"
#include "ServerStore.h"
#include "domain/ExemptionLabel.h"

namespace rebuttal {

ServerProductionCorrections::ServerProductionCorrections(ServerStore &store)
    : m_store(store)
{
}

template <typename Work>
StoreError ServerProductionCorrections::edit(qint64 redactionId, std::optional<qint64> readVersion, Work work)
{
    PgConnection &connection = m_store.connection();
    if (StoreError error = connection.begin(); error.isError())
        return error;
    StoreError error;
    if (redactionId && readVersion) {
        // Locked until the commit: a second editor's check waits here and then reads our version.
        PgStatement stored(connection, QStringLiteral("SELECT version, changed_by, changed_at FROM redactions WHERE id = $1 FOR UPDATE"));
        if (!stored.bind(redactionId).exec())
            error = stored.error();
        else if (stored.next())
            error = versionRefusal(where(redactionId), *readVersion,
                                   RowStamp{stored.value(0).toLongLong(), stored.value(1).toString(), stored.value(2).toString()});
        else
            error = versionRefusal(where(redactionId), *readVersion, std::nullopt);
    }
    if (!error.isError())
        error = work();
    if (!error.isError())
        error = connection.commit();
    if (error.isError())
        connection.rollback();
    return error;
}

ActivityDetail ServerProductionCorrections::where(qint64 redactionId) const
{
    PgStatement select(m_store.connection(), QStringLiteral("SELECT d.file_name, p.page_no FROM redactions r JOIN pages p ON p.id = r.page_id"
                                                            " JOIN documents d ON d.id = p.document_id WHERE r.id = $1"));
    if (select.bind(redactionId).exec() && select.next())
        return place(std::pair{select.value(0).toString(), select.value(1).toLongLong()}, redactionId);
    return place(std::nullopt, redactionId);
}

std::optional<RowStamp> ServerProductionCorrections::boxStamp(qint64 redactionId, StoreError *error) const
{
    PgStatement select(m_store.connection(), QStringLiteral("SELECT version, changed_by, changed_at FROM redactions WHERE id = $1"));
    const bool found = select.bind(redactionId).exec() && select.next();
    if (error)
        *error = select.error();
    if (!found)
        return std::nullopt;
    return RowStamp{select.value(0).toLongLong(), select.value(1).toString(), select.value(2).toString()};
}

StoreError ServerProductionCorrections::replaceCodes(qint64 redactionId, const QStringList &codes)
{
    PgConnection &connection = m_store.connection();
    if (StoreError error = connection.exec(QStringLiteral("DELETE FROM redaction_exemptions WHERE redaction_id = $1"), {redactionId});
        error.isError())
        return error;
    for (const QString &code : codes) {
        if (StoreError error = connection.exec(QStringLiteral("INSERT INTO redaction_exemptions (redaction_id, code) VALUES ($1, $2)"
                                                              " ON CONFLICT DO NOTHING"),
                                               {redactionId, code});
            error.isError())
            return error;
    }
    return {};
}

qint64 ServerProductionCorrections::addBox(qint64 documentId, int page, const QRectF &box, const QStringList &codes, StoreError *error)
{
    qint64 id = 0;
    *error = edit(0, std::nullopt, [&]() -> StoreError {
        PgStatement insert(m_store.connection(),
                           QStringLiteral("INSERT INTO redactions (page_id, x, y, w, h, origin, codes_by_user)"
                                          " SELECT id, $1::double precision, $2::double precision, $3::double precision,"
                                          " $4::double precision, 'user', 1 FROM pages WHERE document_id = $5::bigint AND page_no = $6::integer"
                                          " RETURNING id"));
        insert.bind(box.x()).bind(box.y()).bind(box.width()).bind(box.height()).bind(documentId).bind(page);
        if (!insert.exec())
            return insert.error();
        if (!insert.next())
            return StoreError::make(StoreError::Kind::Sql,
                                    ProductionCorrections::tr("There is no page %1 in document %2.").arg(page).arg(documentId));
        id = insert.value(0).toLongLong();
        if (StoreError e = replaceCodes(id, ExemptionLabel::normalized(codes)); e.isError())
            return e;
        return m_store.appendActivity(QStringLiteral("edit.redaction.add"), added(where(id), codes));
    });
    return error->isError() ? 0 : id;
}

StoreError ServerProductionCorrections::removeBox(qint64 redactionId, std::optional<qint64> readVersion)
{
    return edit(redactionId, readVersion, [&]() -> StoreError {
        const ActivityDetail box = where(redactionId);
        if (StoreError e = m_store.connection().exec(QStringLiteral("UPDATE redactions SET rejected = 1 WHERE id = $1"), {redactionId});
            e.isError())
            return e;
        return m_store.appendActivity(QStringLiteral("edit.redaction.delete"), removed(box));
    });
}

StoreError ServerProductionCorrections::restoreBox(qint64 redactionId, std::optional<qint64> readVersion)
{
    return edit(redactionId, readVersion, [&]() -> StoreError {
        if (StoreError e = m_store.connection().exec(QStringLiteral("UPDATE redactions SET rejected = 0 WHERE id = $1"), {redactionId});
            e.isError())
            return e;
        return m_store.appendActivity(QStringLiteral("edit.redaction.restore"), restored(where(redactionId)));
    });
}

StoreError ServerProductionCorrections::setCodes(qint64 redactionId, const QStringList &codes, QStringList *previous,
                                                 std::optional<qint64> readVersion)
{
    return edit(redactionId, readVersion, [&]() -> StoreError {
        if (previous) {
            PgStatement select(m_store.connection(),
                               QStringLiteral("SELECT code FROM redaction_exemptions WHERE redaction_id = $1 ORDER BY code COLLATE \"C\""));
            previous->clear();
            if (!select.bind(redactionId).exec())
                return select.error();
            while (select.next())
                *previous << select.value(0).toString();
        }
        if (StoreError e = replaceCodes(redactionId, ExemptionLabel::normalized(codes)); e.isError())
            return e;
        if (StoreError e = m_store.connection().exec(QStringLiteral("UPDATE redactions SET codes_by_user = 1 WHERE id = $1"), {redactionId});
            e.isError())
            return e;
        return m_store.appendActivity(QStringLiteral("edit.redaction.codes"), recoded(where(redactionId), codes));
    });
}

StoreError ServerProductionCorrections::setWithheld(qint64 documentId, int page, bool withheld)
{
    return edit(0, std::nullopt, [&]() -> StoreError {
        PgConnection &connection = m_store.connection();
        if (StoreError e = connection.exec(QStringLiteral("UPDATE pages SET withheld_in_full = $1, withheld_origin = 'user'"
                                                          " WHERE document_id = $2 AND page_no = $3"),
                                           {int(withheld), documentId, page});
            e.isError())
            return e;
        PgStatement name(connection, QStringLiteral("SELECT file_name FROM documents WHERE id = $1"));
        const QString file = name.bind(documentId).exec() && name.next() ? name.value(0).toString() : QString::number(documentId);
        return m_store.appendActivity(QStringLiteral("edit.page.withheld"), withheldMarked(file, page, withheld));
    });
}

} // namespace rebuttal
