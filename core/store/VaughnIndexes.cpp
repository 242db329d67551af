#include "VaughnIndexes.h"

#include "ActivityLog.h"
#include "CaseStore.h"
#include "domain/Clock.h"
#include "SqlStatement.h"
#include "VaughnRows.h"

#include <QFileInfo>

namespace rebuttal {

VaughnIndexes::VaughnIndexes(CaseStore &store)
    : m_store(store)
{
}

QString VaughnIndexes::storeName() const
{
    return QFileInfo(m_store.filePath()).fileName();
}

StoreError VaughnIndexes::add(const QString &fileName, const QString &sha256, const QByteArray &bytes,
                              const QList<VaughnEntry> &entries, qint64 *id)
{
    QSqlDatabase db = m_store.database();
    if (!db.transaction())
        return SqlStatement::errorOf(db.lastError());
    auto fail = [&db](const StoreError &error) {
        db.rollback();
        return error;
    };
    SqlStatement insert(db, QStringLiteral(
        "INSERT INTO vaughn_indexes (file_name, sha256, size, imported_at, bytes) VALUES (?, ?, ?, ?, ?)"));
    insert.bind(fileName).bind(sha256).bind(bytes.size()).bind(Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(bytes);
    if (!insert.exec())
        return fail(insert.error());
    const qint64 indexId = insert.lastInsertId();
    insert.finish();
    if (const StoreError error = insertEntries(indexId, entries); error.isError())
        return fail(error);
    if (const StoreError error = m_store.activity().append(QStringLiteral("import.vaughn"),
                                                           importLogged(indexId, sha256, int(entries.size())));
        error.isError()) {
        return fail(error);
    }
    if (!db.commit())
        return fail(SqlStatement::errorOf(db.lastError()));
    *id = indexId;
    return {};
}

StoreError VaughnIndexes::insertEntries(qint64 indexId, const QList<VaughnEntry> &entries)
{
    const QSqlDatabase db = m_store.database();
    SqlStatement entry(db, QStringLiteral(
        "INSERT INTO vaughn_entries (index_id, entry_no, document_ref, withholding, pages_as_written, description)"
        " VALUES (?, ?, ?, ?, ?, ?)"));
    SqlStatement page(db, QStringLiteral("INSERT OR IGNORE INTO vaughn_entry_pages (entry_id, page_no) VALUES (?, ?)"));
    SqlStatement code(db, QStringLiteral("INSERT OR IGNORE INTO vaughn_entry_exemptions (entry_id, code) VALUES (?, ?)"));
    SqlStatement reasons(db, QStringLiteral(
        "INSERT OR REPLACE INTO vaughn_justifications (entry_id, code, reasons) VALUES (?, ?, ?)"));
    // Empty text is stored as '' in these NOT NULL columns, never as NULL.
    auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    for (const VaughnEntry &e : entries) {
        entry.bind(indexId).bind(e.number).bind(text(e.documentId))
            .bind(e.withholding == Withholding::Unknown ? QVariant(QMetaType(QMetaType::QString)) : QVariant(withholdingCode(e.withholding)))
            .bind(text(e.pagesAsWritten)).bind(text(e.description));
        if (!entry.exec())
            return entry.error();
        const qint64 entryId = entry.lastInsertId();
        for (const int p : e.pages) {
            if (!page.bind(entryId).bind(p).exec())
                return page.error();
        }
        for (const QString &c : e.exemptions) {
            if (!code.bind(entryId).bind(c).exec())
                return code.error();
        }
        for (auto it = e.justifications.cbegin(); it != e.justifications.cend(); ++it) {
            if (!reasons.bind(entryId).bind(it.key()).bind(text(it.value())).exec())
                return reasons.error();
        }
    }
    return {};
}

std::optional<qint64> VaughnIndexes::indexWithSha256(const QString &sha256, StoreError *error) const
{
    const QSqlDatabase db = m_store.database();
    return vaughnrows::indexWithSha256<SqlStatement>(db, QStringLiteral("?"), sha256, error);
}

QList<VaughnIndexSummary> VaughnIndexes::indexes(StoreError *error) const
{
    SqlStatement query(m_store.database(), vaughnrows::summarySelect());
    return vaughnrows::summaries(query, error);
}

QList<VaughnEntry> VaughnIndexes::entries(qint64 indexId, StoreError *error) const
{
    const QSqlDatabase db = m_store.database();
    return vaughnrows::entries<SqlStatement>(db, QStringLiteral("?"), indexId, error);
}

} // namespace rebuttal
