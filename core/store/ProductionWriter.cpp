#include "ProductionWriter.h"

#include "ActivityLog.h"
#include "CaseStore.h"
#include "DocumentCatalog.h"
#include "domain/Clock.h"
#include "SqlStatement.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDriver>

#include <sqlite3.h>

namespace rebuttal {

namespace {
constexpr qint64 kChunk = 1 << 20;
} // namespace

bool sameBox(const QRectF &a, const QRectF &b)
{
    const QRectF overlap = a.intersected(b);
    const double smaller = std::min(a.width() * a.height(), b.width() * b.height());
    return smaller > 0 && overlap.width() * overlap.height() > 0.5 * smaller;
}

QString textSourceCode(TextSource source)
{
    switch (source) {
    case TextSource::Layer: return QStringLiteral("layer");
    case TextSource::Ocr: return QStringLiteral("ocr");
    case TextSource::None: return QStringLiteral("none");
    }
    return QStringLiteral("none");
}

[[nodiscard]] StoreError insertDetections(const QSqlDatabase &db, qint64 pageId, const ProductionPage &page, const QList<QRectF> &kept, int *added)
{
    SqlStatement pageCode(db, QStringLiteral("INSERT OR IGNORE INTO page_exemptions (page_id, code) VALUES (?, ?)"));
    for (const QString &code : page.pageExemptions) {
        if (!pageCode.bind(pageId).bind(code).exec())
            return pageCode.error();
    }
    SqlStatement insertBox(db, QStringLiteral(
        "INSERT INTO redactions (page_id, x, y, w, h, label_text, text_under_box) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    SqlStatement boxCode(db, QStringLiteral("INSERT OR IGNORE INTO redaction_exemptions (redaction_id, code) VALUES (?, ?)"));
    for (const Redaction &redaction : page.redactions) {
        if (std::any_of(kept.cbegin(), kept.cend(), [&](const QRectF &k) { return sameBox(k, redaction.box); }))
            continue;
        insertBox.bind(pageId).bind(redaction.box.x()).bind(redaction.box.y()).bind(redaction.box.width())
            .bind(redaction.box.height()).bind(SqlStatement::textOrNull(redaction.label))
            .bind(SqlStatement::textOrNull(redaction.textUnderBox));
        if (!insertBox.exec())
            return insertBox.error();
        const qint64 boxId = insertBox.lastInsertId();
        for (const QString &code : redaction.exemptions) {
            if (!boxCode.bind(boxId).bind(code).exec())
                return boxCode.error();
        }
        ++*added;
    }
    return {};
}

QString megabytesText(qint64 bytes)
{
    return QLocale::c().toString(double(bytes) / 1e6, 'f', bytes < 10'000'000 ? 1 : 0);
}

const QString kNewPageColumns = QStringLiteral(
    "document_id, page_no, bates, width_pt, height_pt, text, text_source, image_only, withheld_in_full, withheld_origin, problem");

QVariantList newPageValues(qint64 documentId, const ProductionPage &page)
{
    // Flags as integers: both stores keep them in integer columns.
    return {documentId,
            page.number,
            page.bates.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(page.bates),
            page.sizePt.width(),
            page.sizePt.height(),
            searchableText(page.text),
            textSourceCode(page.textSource),
            int(page.imageOnly),
            int(page.withheldInFull),
            page.withheldInFull ? QVariant(QStringLiteral("detector")) : QVariant(QMetaType(QMetaType::QString)),
            page.problem.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(page.problem)};
}

QString searchableText(const QString &text)
{
    // Compatibility forms fold ligatures ("ﬀ" -> "ff") and full-width letters, so that search
    // finds what a reader sees; never null, the column is NOT NULL.
    return text.isEmpty() ? QStringLiteral("") : text.normalized(QString::NormalizationForm_KC);
}

ProductionWriter::ProductionWriter(CaseStore &store)
    : m_store(store)
{
}

ProductionWriter::~ProductionWriter()
{
    rollback();
}

qint64 ProductionWriter::maxFileBytes(CaseStore &store)
{
    auto *db = *static_cast<sqlite3 **>(store.database().driver()->handle().data());
    return db ? qint64(sqlite3_limit(db, SQLITE_LIMIT_LENGTH, -1)) : 0;
}

QString ProductionWriter::storeName() const
{
    return QFileInfo(m_store.filePath()).fileName();
}

QString ProductionWriter::sizeRefusal(qint64 size) const
{
    const qint64 limit = maxFileBytes(m_store);
    if (limit <= 0 || size <= limit)
        return {};
    return tr("the file is %1 MB; a case file holds files of at most %2 MB (SQLite's length limit)")
        .arg(megabytesText(size), megabytesText(limit));
}

std::optional<DocumentSummary> ProductionWriter::documentWithSha256(const QString &sha256, StoreError *error) const
{
    return DocumentCatalog(m_store).documentWithSha256(sha256, error);
}

StoreError ProductionWriter::begin(const QString &filePath, const QString &sha256)
{
    QSqlDatabase db = m_store.database();
    if (!db.transaction())
        return SqlStatement::errorOf(db.lastError());
    const QFileInfo info(filePath);
    started(info.fileName(), sha256);
    SqlStatement insert(db, QStringLiteral(
        "INSERT INTO documents (file_name, sha256, size, imported_at, page_count) VALUES (?, ?, ?, ?, 0)"));
    insert.bind(m_fileName).bind(sha256).bind(info.size()).bind(Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!insert.exec()) {
        rollback();
        return insert.error();
    }
    m_documentId = insert.lastInsertId();
    if (const StoreError error = streamBytes(filePath, info.size()); error.isError()) {
        rollback();
        return error;
    }
    return {};
}

// The bytes go in through SQLite's incremental blob I/O, a chunk at a time.
StoreError ProductionWriter::streamBytes(const QString &filePath, qint64 size)
{
    if (size > std::numeric_limits<int>::max())
        return StoreError::make(StoreError::Kind::Io, tr("%1 is too large to store (over 2 GB).").arg(m_fileName));
    SqlStatement reserve(m_store.database(), QStringLiteral("INSERT INTO document_files (document_id, bytes) VALUES (?, zeroblob(?))"));
    reserve.bind(m_documentId).bind(size);
    if (!reserve.exec())
        return reserve.error();
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError::make(StoreError::Kind::Io, tr("Cannot read %1: %2").arg(m_fileName, file.errorString()));
    auto *db = *static_cast<sqlite3 **>(m_store.database().driver()->handle().data());
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(db, "main", "document_files", "bytes", m_documentId, 1, &blob) != SQLITE_OK)
        return StoreError::make(StoreError::Kind::Sql, QString::fromUtf8(sqlite3_errmsg(db)));
    qint64 offset = 0;
    int rc = SQLITE_OK;
    while (rc == SQLITE_OK && offset < size) {
        const QByteArray chunk = file.read(std::min(kChunk, size - offset));
        if (chunk.isEmpty())
            break;
        rc = sqlite3_blob_write(blob, chunk.constData(), int(chunk.size()), int(offset));
        offset += chunk.size();
    }
    sqlite3_blob_close(blob);
    if (rc != SQLITE_OK)
        return StoreError::make(StoreError::Kind::Io, QString::fromUtf8(sqlite3_errstr(rc)));
    if (offset != size)
        return StoreError::make(StoreError::Kind::Io, tr("%1 changed while it was being imported.").arg(m_fileName));
    return {};
}

StoreError ProductionWriter::addPage(const ProductionPage &page)
{
    const QSqlDatabase db = m_store.database();
    SqlStatement insertPage(db, QStringLiteral("INSERT INTO pages (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kNewPageColumns));
    for (const QVariant &value : newPageValues(m_documentId, page))
        insertPage.bind(value);
    if (!insertPage.exec())
        return insertPage.error();
    int boxes = 0;
    const StoreError error = insertDetections(db, insertPage.lastInsertId(), page, {}, &boxes);
    written(page, boxes);
    return error;
}

StoreError ProductionWriter::finish(int pageCount, const QString &action, const ActivityDetail &logged)
{
    QSqlDatabase db = m_store.database();
    SqlStatement update(db, QStringLiteral("UPDATE documents SET page_count = ? WHERE id = ?"));
    update.bind(pageCount).bind(m_documentId);
    if (!update.exec())
        return update.error();
    if (const StoreError error = m_store.activity().append(action, logged); error.isError())
        return error;
    if (!db.commit())
        return SqlStatement::errorOf(db.lastError());
    return {};
}

void ProductionWriter::rollbackTransaction()
{
    m_store.database().rollback();
}

} // namespace rebuttal
