#include "StoreCopier.h"

#include "ActivityLog.h"
#include "CaseStore.h"
#include "CopyEndpoint.h"
#include "FileCopyEndpoint.h"
#include "ServerCopyEndpoint.h"
#include "ServerStore.h"
#include "domain/ActivityDetail.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace rebuttal {

namespace {

const QString kLog = QStringLiteral("activity_log");
// Derived from other tables and rebuilt at the destination (see ClientRecords' spells).
const QStringList kDerived{QStringLiteral("spells")};
constexpr char kWrapped[] = QT_TRANSLATE_NOOP("ActivityLog", "%1 [logged by %2 at %3 in the store this matter was copied from]");

// One value in the form both backends agree on, by the kind the source gives its column.
void addValue(QByteArray &out, const QVariant &value, CopyKind kind, const QString &blobSha256)
{
    if (value.isNull()) {
        out += "n;";
        return;
    }
    bool isInteger = false;
    const qlonglong integer = value.toLongLong(&isInteger);
    if (kind == CopyKind::Integer && isInteger) {
        out += 'i' + QByteArray::number(integer);
    } else if (kind == CopyKind::Real) {
        out += 'r' + QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest).toLatin1();
    } else if (kind == CopyKind::Blob) {
        out += 'b' + QByteArray::number(integer) + ':' + blobSha256.toLatin1();
    } else {
        const QByteArray text = value.toString().toUtf8();
        out += 't' + QByteArray::number(text.size()) + ':' + text;
    }
    out += ';';
}

void addRow(QCryptographicHash &hash, const CopyTable &kinds, const QVariantList &row, const QStringList &blobSha256s)
{
    QByteArray out;
    for (qsizetype i = 0; i < row.size(); ++i)
        addValue(out, row.at(i), kinds.columns.at(i).kind, blobSha256s.value(i));
    out += '\n';
    hash.addData(out);
}

QVariantList keyOf(const CopyTable &table, const QVariantList &row)
{
    QVariantList key;
    for (const QString &column : table.key)
        key << row.value(table.columnIndex(column));
    return key;
}

// The log's user, time and detail of `row` replaced by what a wrapped detail keeps (or by the
// wrapping of them, when `wrap`).
QVariantList rewrittenLogRow(const CopyTable &table, QVariantList row, bool wrap)
{
    const int user = table.columnIndex(QStringLiteral("user"));
    const int at = table.columnIndex(QStringLiteral("at"));
    const int detail = table.columnIndex(QStringLiteral("detail"));
    if (user < 0 || at < 0 || detail < 0)
        return row;
    if (wrap) {
        row[detail] = StoreCopier::wrapLogDetail(row.at(detail).toString(), row.at(user).toString(), row.at(at).toString());
    } else if (const auto entry = StoreCopier::unwrapLogDetail(row.at(detail).toString())) {
        row[detail] = entry->detail;
        row[user] = entry->user;
        row[at] = entry->at;
    }
    return row;
}

StoreError mismatch(const QString &message)
{
    return StoreError::make(StoreError::Kind::Corrupt, message);
}

} // namespace

std::optional<StoreAddress> StoreAddress::parse(const QString &text, QString *problem)
{
    StoreAddress address;
    if (!ServerLocation::looksLikeServer(text)) {
        address.filePath = text;
        return address;
    }
    address.server = ServerLocation::parse(text, problem);
    if (!address.server)
        return std::nullopt;
    return address;
}

QString StoreAddress::display() const
{
    return server ? server->display() : QFileInfo(filePath).fileName();
}

struct StoreCopier::Plan
{
    QList<CopyTable> copied;      // the source's tables, parents first
    QList<CopyTable> destination; // each as the destination has it, columns in the source's order
    QList<CopyTable> derived;     // rebuilt at the destination, compared
    QList<CopyTable> derivedDestination;
    QHash<QString, QString> recordedSha256; // "table/id" -> SHA-256 recorded at import
};

StoreCopier::StoreCopier(StoreAddress from, StoreAddress to)
    : m_from(std::move(from))
    , m_to(std::move(to))
{
}

StoreCopier::~StoreCopier() = default;

QString StoreCopier::wrapLogDetail(const QString &detail, const QString &user, const QString &at)
{
    ActivityDetail wrapped(kWrapped);
    // A sentence stays a sentence (shown in the reader's language) when it comes back out exactly.
    const std::optional<ActivityDetail> sentence = ActivityDetail::fromStored(detail);
    if (sentence && sentence->toStored() == detail)
        wrapped.arg(*sentence);
    else
        wrapped.arg(detail);
    const QString stored = wrapped.arg(user).arg(at).toStored();
    const std::optional<LoggedEntry> back = unwrapLogDetail(stored);
    if (back && back->detail == detail)
        return stored;
    return ActivityDetail(kWrapped).arg(detail).arg(user).arg(at).toStored();
}

std::optional<StoreCopier::LoggedEntry> StoreCopier::unwrapLogDetail(const QString &stored)
{
    // The stored form of ActivityDetail: {"sentence": ..., "args": [...]}.
    const QJsonObject object = QJsonDocument::fromJson(stored.toUtf8()).object();
    const QJsonArray args = object.value(QStringLiteral("args")).toArray();
    if (object.value(QStringLiteral("sentence")).toString() != QLatin1String(kWrapped) || object.contains(QStringLiteral("context"))
        || args.size() != 3)
        return std::nullopt;
    const QJsonValue detail = args.at(0);
    return LoggedEntry{detail.isObject() ? QString::fromUtf8(QJsonDocument(detail.toObject()).toJson(QJsonDocument::Compact))
                                         : detail.toString(),
                       args.at(1).toString(), args.at(2).toString()};
}

StoreError StoreCopier::open(CopyReport *report)
{
    StoreError error;
    if (m_from.isServer())
        m_source = ServerCopyEndpoint::openSource(*m_from.server, &error);
    else
        m_source = FileCopyEndpoint::openSource(m_from.filePath, &error);
    if (m_source) {
        if (m_to.isServer())
            m_destination = ServerCopyEndpoint::createDestination(*m_to.server, &error);
        else
            m_destination = FileCopyEndpoint::createDestination(m_to.filePath, m_replace, &error);
    }
    if (!error.isError())
        return {};
    const bool refused = error.kind == StoreError::Kind::Exists || error.kind == StoreError::Kind::NewerSchema;
    report->outcome = refused ? CopyReport::Outcome::Refused : CopyReport::Outcome::Failed;
    report->message = error.message;
    return error;
}

StoreError StoreCopier::plan(Plan *plan)
{
    StoreError error;
    const QList<CopyTable> source = dependencyOrder(m_source->tables(&error));
    if (error.isError())
        return error;
    QHash<QString, CopyTable> destination;
    for (const CopyTable &table : m_destination->tables(&error))
        destination.insert(table.name, table);
    if (error.isError())
        return error;
    for (const CopyTable &table : source) {
        if (!destination.contains(table.name))
            return mismatch(tr("the destination has no table %1: its schema is not the source's").arg(table.name));
        const CopyTable &there = destination.value(table.name);
        CopyTable target{table.name, {}, table.key, table.parents, there.identityColumn};
        for (const CopyColumn &column : table.columns) {
            const int at = there.columnIndex(column.name);
            if (at < 0)
                return mismatch(tr("the destination has no column %1.%2: its schema is not the source's").arg(table.name, column.name));
            target.columns << there.columns.at(at);
        }
        const bool derived = kDerived.contains(table.name);
        (derived ? plan->derived : plan->copied) << table;
        (derived ? plan->derivedDestination : plan->destination) << target;
        if (!derived)
            m_total += m_source->rowCount(table, &error);
        if (error.isError())
            return error;
    }
    return {};
}

void StoreCopier::advance(qint64 rows)
{
    m_done += rows;
    if (m_progress)
        m_progress(m_done, m_total);
}

CopyReport StoreCopier::run()
{
    CopyReport report;
    if (open(&report).isError())
        return report;
    Plan plan;
    StoreError error = this->plan(&plan);
    for (int i = 0; i < plan.copied.size() && !error.isError(); ++i) {
        CopiedTable copied;
        error = copyTable(plan, i, &copied);
        report.tables << copied;
        report.rows += copied.rows;
        report.bytes += copied.bytes;
    }
    if (!error.isError())
        error = m_destination->rebuildDerived();
    if (!error.isError() && !m_tamper.isEmpty())
        error = m_destination->execForTest(m_tamper);
    if (!error.isError())
        error = verify(plan, &report);
    if (!error.isError())
        error = m_destination->appendLog(QStringLiteral("store.copy"), copiedFromDetail(report));
    if (!error.isError())
        error = m_destination->commit();
    if (error.isError()) {
        fail(error, &report);
        return report;
    }
    m_destination.reset();
    report.outcome = CopyReport::Outcome::Copied;
    logAtSource(&report);
    return report;
}

void StoreCopier::fail(const StoreError &error, CopyReport *report)
{
    m_destination->rollback();
    m_destination.reset();
    report->outcome = cancelled() ? CopyReport::Outcome::Cancelled
                    : error.kind == StoreError::Kind::Corrupt ? CopyReport::Outcome::Mismatch
                                                              : CopyReport::Outcome::Failed;
    report->message = report->outcome == CopyReport::Outcome::Cancelled
        ? tr("The copy was cancelled; nothing was written to %1.").arg(m_to.display())
        : tr("The copy to %1 failed and nothing was written there: %2").arg(m_to.display(), error.message);
}

StoreError StoreCopier::copyTable(Plan &plan, int index, CopiedTable *copied)
{
    const CopyTable &table = plan.copied.at(index);
    const CopyTable &target = plan.destination.at(index);
    const bool wrapLog = table.name == kLog && m_destination->stampsLog();
    const int recorded = table.columnIndex(QStringLiteral("sha256"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    copied->table = table.name;
    const StoreError error = m_source->readRows(table, [&](const QList<QVariantList> &rows) -> StoreError {
        if (cancelled())
            return StoreError::make(StoreError::Kind::Sql, tr("cancelled"));
        QList<QVariantList> written = rows;
        if (wrapLog) {
            for (QVariantList &row : written)
                row = rewrittenLogRow(table, row, true);
        }
        if (StoreError failure = m_destination->insertRows(target, written); failure.isError())
            return failure;
        for (const QVariantList &row : rows) {
            QStringList sha256s;
            if (table.hasBlob()) {
                if (StoreError failure = copyFiles(plan, index, row, &sha256s, copied); failure.isError())
                    return failure;
            }
            if (recorded >= 0)
                plan.recordedSha256.insert(table.name + QLatin1Char('/') + row.value(0).toString(),
                                                               row.at(recorded).toString());
            addRow(hash, table, row, sha256s);
        }
        copied->rows += rows.size();
        advance(rows.size());
        return {};
    });
    copied->sha256 = QString::fromLatin1(hash.result().toHex());
    return error;
}

StoreError StoreCopier::copyFiles(const Plan &plan, int index, const QVariantList &row, QStringList *sha256s, CopiedTable *copied)
{
    const CopyTable &table = plan.copied.at(index);
    const QVariantList key = keyOf(table, row);
    for (const CopyColumn &column : table.columns) {
        if (column.kind != CopyKind::Blob)
            continue;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        // The row holds the stored file's size (CopyEndpoint reads a Blob column so).
        const qint64 size = row.value(table.columnIndex(column.name)).toLongLong();
        qint64 streamed = 0;
        const StoreError error = m_destination->writeBlob(plan.destination.at(index), column.name, key, [&](const CopyEndpoint::Chunk &write) {
            return m_source->readBlob(table, column.name, key, [&](QByteArrayView chunk) -> StoreError {
                if (cancelled())
                    return StoreError::make(StoreError::Kind::Sql, tr("cancelled"));
                hash.addData(chunk);
                copied->bytes += chunk.size();
                streamed += chunk.size();
                if (m_streamProgress)
                    m_streamProgress(streamed, std::max(size, streamed));
                return write(chunk);
            });
        });
        if (error.isError())
            return error;
        const QString sha256 = QString::fromLatin1(hash.result().toHex());
        while (sha256s->size() < table.columns.size())
            *sha256s << QString();
        (*sha256s)[table.columnIndex(column.name)] = sha256;
        // The SHA-256 recorded at import: on the row itself, or on the row its key refers to
        // (a production's bytes in document_files, its SHA-256 in documents).
        QString recorded = row.value(table.columnIndex(QStringLiteral("sha256"))).toString();
        for (const QString &parent : table.parents) {
            if (recorded.isEmpty())
                recorded = plan.recordedSha256.value(parent + QLatin1Char('/') + key.value(0).toString());
        }
        if (!recorded.isEmpty() && recorded != sha256)
            return mismatch(tr("the stored file of %1 %2 no longer matches the SHA-256 recorded when it was imported: the "
                               "source is damaged (check it with verify)")
                                .arg(table.name, key.value(0).toString()));
    }
    return {};
}

StoreError StoreCopier::hashTable(CopyEndpoint &side, const CopyTable &table, const CopyTable &asSource, bool unwrapLog,
                                  CopiedTable *hashed)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hashed->table = table.name;
    const StoreError error = side.readRows(table, [&](const QList<QVariantList> &rows) -> StoreError {
        if (cancelled())
            return StoreError::make(StoreError::Kind::Sql, tr("cancelled"));
        for (const QVariantList &row : rows) {
            QStringList sha256s;
            for (qsizetype c = 0; c < table.columns.size(); ++c) {
                StoreError failure;
                sha256s << (table.columns.at(c).kind == CopyKind::Blob && !row.at(c).isNull()
                                ? side.blobSha256(table, table.columns.at(c).name, keyOf(table, row), &failure)
                                : QString());
                if (failure.isError())
                    return failure;
                if (table.columns.at(c).kind == CopyKind::Blob)
                    hashed->bytes += row.at(c).toLongLong();
            }
            addRow(hash, asSource, unwrapLog ? rewrittenLogRow(table, row, false) : row, sha256s);
        }
        hashed->rows += rows.size();
        return {};
    });
    hashed->sha256 = QString::fromLatin1(hash.result().toHex());
    return error;
}

StoreError StoreCopier::verify(const Plan &plan, CopyReport *report)
{
    const bool unwrapLog = m_destination->stampsLog();
    for (qsizetype i = 0; i < plan.derived.size(); ++i) {
        CopiedTable source;
        if (StoreError error = hashTable(*m_source, plan.derived.at(i), plan.derived.at(i), false, &source); error.isError())
            return error;
        source.derived = true;
        report->tables << source;
    }
    const QList<CopyTable> sides = plan.destination + plan.derivedDestination;
    const QList<CopyTable> asSource = plan.copied + plan.derived;
    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (qsizetype i = 0; i < sides.size(); ++i) {
        CopiedTable there;
        const bool log = sides.at(i).name == kLog && unwrapLog;
        if (StoreError error = hashTable(*m_destination, sides.at(i), asSource.at(i), log, &there); error.isError())
            return error;
        const CopiedTable &here = report->tables.at(i);
        if (there.rows != here.rows || there.sha256 != here.sha256 || there.bytes != here.bytes)
            return mismatch(tr("%1 differs: the source has %2 rows (SHA-256 %3), the copy %4 (SHA-256 %5)")
                                .arg(here.table)
                                .arg(here.rows)
                                .arg(here.sha256)
                                .arg(there.rows)
                                .arg(there.sha256));
        digest.addData(QStringLiteral("%1:%2:%3\n").arg(here.table).arg(here.rows).arg(here.sha256).toUtf8());
    }
    report->digest = QString::fromLatin1(digest.result().toHex());
    return {};
}

QString StoreCopier::copiedFromDetail(const CopyReport &report) const
{
    ActivityDetail detail(QT_TRANSLATE_NOOP("ActivityLog", "Copied from %1: %2 tables, %3 rows, %4 bytes of stored files; "
                                                           "every table's rows and SHA-256 matched the source's (digest %5)"));
    if (m_from.isServer())
        detail.arg(m_from.server->display());
    else
        detail.arg(ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "a case file")));
    return detail.arg(qint64(report.tables.size())).arg(report.rows).arg(report.bytes).arg(report.digest).toStored();
}

QString StoreCopier::copiedToDetail(const CopyReport &report) const
{
    ActivityDetail detail(QT_TRANSLATE_NOOP("ActivityLog", "Copied to %1: %2 tables, %3 rows, %4 bytes of stored files, "
                                                           "verified (digest %5)"));
    // A file's name may be a client's: the log names a copy to a file by its digest only.
    if (m_to.isServer())
        detail.arg(m_to.server->display());
    else
        detail.arg(ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "a new case file")));
    return detail.arg(qint64(report.tables.size())).arg(report.rows).arg(report.bytes).arg(report.digest).toStored();
}

void StoreCopier::logAtSource(CopyReport *report)
{
    m_source.reset(); // ends the read transaction first
    StoreError error;
    if (m_from.isServer()) {
        if (std::unique_ptr<ServerStore> store = ServerStore::open(*m_from.server, &error))
            error = store->appendActivity(QStringLiteral("store.copy"), copiedToDetail(*report));
    } else if (std::unique_ptr<CaseStore> store = CaseStore::open(m_from.filePath, &error)) {
        error = store->activity().appendAsWritten(QStringLiteral("store.copy"), copiedToDetail(*report));
    }
    if (error.isError())
        report->sourceLogNote = tr("The copy is complete, but the source's activity log could not record it: %1").arg(error.message);
}

} // namespace rebuttal
