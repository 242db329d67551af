#include "ServerProductionWriter.h"

#include "PgConnection.h"
#include "ProductionWriter.h"
#include "ServerDocumentCatalog.h"
#include "ServerStore.h"
#include "domain/Clock.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>

#include <libpq-fe.h>

namespace rebuttal {

namespace {

constexpr qint64 kChunk = 1 << 20;

template <typename Number>
QByteArray bigEndian(Number value)
{
    QByteArray bytes(sizeof(Number), Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

// COPY's binary format: its signature and empty header, then one row of two fields (the
// document's id as a bigint; the bytes, whose length comes first), then the end marker.
QByteArray copyHeader(qint64 documentId, qint64 size)
{
    QByteArray header("PGCOPY\n\377\r\n\0", 11);
    header += bigEndian<qint32>(0) + bigEndian<qint32>(0);
    header += bigEndian<qint16>(2);
    header += bigEndian<qint32>(8) + bigEndian<qint64>(documentId);
    header += bigEndian<qint32>(qint32(size));
    return header;
}

// Sends COPY's one row: the header, the file a chunk at a time, the end marker. Returns the file's
// bytes sent (fewer than `size` when the file shrank), or -1 when the connection failed.
qint64 sendCopyRow(pg_conn *conn, QFile &file, qint64 documentId, qint64 size)
{
    const QByteArray header = copyHeader(documentId, size);
    if (PQputCopyData(conn, header.constData(), int(header.size())) != 1)
        return -1;
    qint64 offset = 0;
    while (offset < size) {
        const QByteArray chunk = file.read(std::min(kChunk, size - offset));
        if (chunk.isEmpty())
            return offset;
        if (PQputCopyData(conn, chunk.constData(), int(chunk.size())) != 1)
            return -1;
        offset += chunk.size();
    }
    const QByteArray trailer = bigEndian<qint16>(-1);
    return PQputCopyData(conn, trailer.constData(), int(trailer.size())) == 1 ? offset : -1;
}

} // namespace

StoreError insertServerDetections(PgConnection &connection, qint64 pageId, const ProductionPage &page, const QList<QRectF> &kept,
                                  int *added)
{
    for (const QString &code : page.pageExemptions) {
        if (StoreError error = connection.exec(QStringLiteral("INSERT INTO page_exemptions (page_id, code) VALUES ($1, $2)"
                                                              " ON CONFLICT DO NOTHING"),
                                               {pageId, code});
            error.isError())
            return error;
    }
    for (const Redaction &redaction : page.redactions) {
        if (std::any_of(kept.cbegin(), kept.cend(), [&](const QRectF &k) { return sameBox(k, redaction.box); }))
            continue;
        PgStatement insertBox(connection, QStringLiteral("INSERT INTO redactions (page_id, x, y, w, h, label_text, text_under_box)"
                                                         " VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id"));
        insertBox.bind(pageId).bind(redaction.box.x()).bind(redaction.box.y()).bind(redaction.box.width())
            .bind(redaction.box.height())
            .bind(redaction.label.isEmpty() ? QVariant() : QVariant(redaction.label))
            .bind(redaction.textUnderBox.isEmpty() ? QVariant() : QVariant(redaction.textUnderBox));
        if (!insertBox.exec() || !insertBox.next())
            return insertBox.error();
        const qint64 boxId = insertBox.value(0).toLongLong();
        for (const QString &code : redaction.exemptions) {
            if (StoreError error = connection.exec(QStringLiteral("INSERT INTO redaction_exemptions (redaction_id, code)"
                                                                  " VALUES ($1, $2) ON CONFLICT DO NOTHING"),
                                                   {boxId, code});
                error.isError())
                return error;
        }
        ++*added;
    }
    return {};
}

ServerProductionWriter::ServerProductionWriter(ServerStore &store)
    : m_store(store)
{
}

ServerProductionWriter::~ServerProductionWriter()
{
    rollback();
}

QString ServerProductionWriter::storeName() const
{
    return m_store.location().display();
}

QString ServerProductionWriter::sizeRefusal(qint64 size) const
{
    if (size <= MaxFileBytes)
        return {};
    return tr("the file is %1 MB; a matter on a server holds files of at most %2 MB (PostgreSQL's limit on one value)")
        .arg(megabytesText(size), megabytesText(MaxFileBytes));
}

std::optional<DocumentSummary> ServerProductionWriter::documentWithSha256(const QString &sha256, StoreError *error) const
{
    return ServerDocumentCatalog(m_store).documentWithSha256(sha256, error);
}

StoreError ServerProductionWriter::begin(const QString &filePath, const QString &sha256)
{
    PgConnection &connection = m_store.connection();
    if (StoreError error = connection.begin(); error.isError())
        return error;
    const QFileInfo info(filePath);
    started(info.fileName(), sha256);
    PgStatement insert(connection, QStringLiteral("INSERT INTO documents (file_name, sha256, size, imported_at, page_count)"
                                                  " VALUES ($1, $2, $3, $4, 0) RETURNING id"));
    insert.bind(m_fileName).bind(sha256).bind(info.size()).bind(Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!insert.exec() || !insert.next()) {
        const StoreError error = insert.error();
        rollback();
        return error;
    }
    m_documentId = insert.value(0).toLongLong();
    if (const StoreError error = streamBytes(filePath, info.size()); error.isError()) {
        rollback();
        return error;
    }
    return {};
}

StoreError ServerProductionWriter::streamBytes(const QString &filePath, qint64 size)
{
    if (size > MaxFileBytes)
        return StoreError::make(StoreError::Kind::Io, sizeRefusal(size));
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError::make(StoreError::Kind::Io, tr("Cannot read %1: %2").arg(m_fileName, file.errorString()));
    PgConnection &connection = m_store.connection();
    PGresult *copyStart = PQexec(connection.handle(), "COPY document_files (document_id, bytes) FROM STDIN WITH (FORMAT binary)");
    const bool copying = PQresultStatus(copyStart) == PGRES_COPY_IN;
    const StoreError refused = copying ? StoreError{} : connection.errorOf(copyStart);
    PQclear(copyStart);
    if (!copying)
        return refused;
    return endCopy(sendCopyRow(connection.handle(), file, m_documentId, size), size);
}

StoreError ServerProductionWriter::endCopy(qint64 sent, qint64 size)
{
    PgConnection &connection = m_store.connection();
    // A file that changed under the import ends the COPY with an error: the server discards the row.
    const QString changed = tr("%1 changed while it was being imported.").arg(m_fileName);
    if (sent < 0 || PQputCopyEnd(connection.handle(), sent == size ? nullptr : changed.toUtf8().constData()) != 1)
        return connection.connectionError();
    StoreError error;
    while (PGresult *result = PQgetResult(connection.handle())) {
        if (!error.isError() && PQresultStatus(result) != PGRES_COMMAND_OK)
            error = connection.errorOf(result);
        PQclear(result);
    }
    return sent == size ? error : StoreError::make(StoreError::Kind::Io, changed);
}

StoreError ServerProductionWriter::addPage(const ProductionPage &page)
{
    PgStatement insertPage(m_store.connection(), QStringLiteral("INSERT INTO pages (%1)"
                                                                " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id")
                                                     .arg(kNewPageColumns));
    for (const QVariant &value : newPageValues(m_documentId, page))
        insertPage.bind(value);
    if (!insertPage.exec() || !insertPage.next())
        return insertPage.error();
    int boxes = 0;
    const StoreError error = insertServerDetections(m_store.connection(), insertPage.value(0).toLongLong(), page, {}, &boxes);
    written(page, boxes);
    return error;
}

StoreError ServerProductionWriter::finish(int pageCount, const QString &action, const ActivityDetail &logged)
{
    PgConnection &connection = m_store.connection();
    StoreError error = connection.exec(QStringLiteral("UPDATE documents SET page_count = $1 WHERE id = $2"), {pageCount, m_documentId});
    if (!error.isError())
        error = m_store.appendActivity(action, logged);
    return error.isError() ? error : connection.commit();
}

void ServerProductionWriter::rollbackTransaction()
{
    m_store.connection().rollback();
}

} // namespace rebuttal
