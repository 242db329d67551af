#include "Invocation.h"

#include "CommandTable.h"
#include "store/ActivityLog.h"
#include "store/CaseStore.h"
#include "store/OpenStore.h"
#include "store/ClientRecordStore.h"
#include "store/ClientRecords.h"
#include "store/ServerClientRecords.h"
#include "store/ServerLocation.h"
#include "store/ServerMatterPool.h"
#include "store/ServerStore.h"
#include "text/AtomicFile.h"
#include "text/ExportTarget.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace rebuttal {

Invocation::Invocation(QTextStream &out, QTextStream &err, QString storePath, CommandOptions options, Access access)
    : m_out(out)
    , m_err(err)
    , m_storePath(std::move(storePath))
    , m_options(std::move(options))
    , m_access(access)
{
}

QString Invocation::storeName() const
{
    return onServer() ? m_storePath : QFileInfo(m_storePath).fileName();
}

bool Invocation::onServer() const
{
    return ServerLocation::looksLikeServer(m_storePath);
}

bool Invocation::namesEveryMatter() const
{
    const std::optional<ServerLocation> location = ServerLocation::parse(m_storePath, nullptr);
    return location && location->isAllMatters();
}

std::optional<ServerLocation> Invocation::serverLocation(int *exitCode, QDate *asOf)
{
    if (!takeAsOf(asOf, exitCode))
        return std::nullopt;
    QString problem;
    std::optional<ServerLocation> location = ServerLocation::parse(m_storePath, &problem);
    if (!location)
        *exitCode = usage(problem);
    return location;
}

std::unique_ptr<ServerMatterPool> Invocation::openServerMatterPool(int *exitCode, QDate *asOf)
{
    const std::optional<ServerLocation> location = serverLocation(exitCode, asOf);
    if (!location)
        return nullptr;
    StoreError error;
    std::unique_ptr<ServerMatterPool> pool = ServerMatterPool::open(*location, &error);
    if (!pool)
        *exitCode = fail(StoreProblem, error.message);
    return pool;
}

std::unique_ptr<ServerStore> Invocation::openServerStore(int *exitCode, QDate *asOf)
{
    const std::optional<ServerLocation> location = serverLocation(exitCode, asOf);
    if (!location)
        return nullptr;
    StoreError error;
    std::unique_ptr<ServerStore> store = ServerStore::open(*location, &error, m_access == Access::ReadOnly);
    if (!store)
        *exitCode = fail(StoreProblem, error.message);
    return store;
}

std::unique_ptr<CaseStore> Invocation::openStore(int *exitCode, QDate *asOf)
{
    if (!takeAsOf(asOf, exitCode))
        return nullptr;
    if (onServer()) {
        *exitCode = fail(StoreProblem, tr("This command does not work on a matter on a server yet (team mode is in "
                                          "progress: init, log, grant, copy, import cases, import production, import vaughn, "
                                          "import agreements, export, documents, document, search, timeline, redetect, stats, "
                                          "dataset, chart, vaughns, vaughn, audit, agreements, check and requests do)."));
        return nullptr;
    }
    StoreError error;
    std::unique_ptr<CaseStore> store = m_access == Access::ReadOnly ? CaseStore::openReadOnly(m_storePath, &error)
                                                                    : CaseStore::open(m_storePath, &error);
    if (!store)
        *exitCode = fail(StoreProblem, error.message);
    return store;
}

std::unique_ptr<OpenStore> Invocation::openEitherStore(int *exitCode, QDate *asOf)
{
    if (onServer())
        return OpenStore::ofServer(openServerStore(exitCode, asOf));
    return OpenStore::ofFile(openStore(exitCode, asOf));
}

std::unique_ptr<OpenStore> Invocation::openEitherStoreToExport(const QString &out, int *exitCode, QDate *asOf)
{
    if (const std::optional<int> refused = refusedTarget(out)) {
        *exitCode = *refused;
        return nullptr;
    }
    return openEitherStore(exitCode, asOf);
}

bool Invocation::takeAsOf(QDate *asOf, int *exitCode)
{
    if (!asOf)
        return true;
    const std::optional<QDate> date = asOfDate(exitCode);
    if (date)
        *asOf = *date;
    return date.has_value();
}

std::optional<QDate> Invocation::asOfDate(int *exitCode)
{
    if (!m_options.has(QStringLiteral("as-of")))
        return QDate::currentDate();
    const QString text = m_options.value(QStringLiteral("as-of"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        *exitCode = usage(tr("--as-of %1 is not a calendar date (expected YYYY-MM-DD)").arg(text));
        return std::nullopt;
    }
    return date;
}

std::optional<Client> Invocation::clientOf(CaseStore &store, const QString &ref, int *exitCode)
{
    StoreError error;
    std::optional<Client> client = ClientRecords(store).client(ref, &error);
    return checkedClient(std::move(client), error, ref, exitCode);
}

std::optional<Client> Invocation::clientOf(ServerStore &store, const QString &ref, int *exitCode)
{
    StoreError error;
    std::optional<Client> client = ServerClientRecords(store).client(ref, &error);
    return checkedClient(std::move(client), error, ref, exitCode);
}

std::optional<Client> Invocation::clientOf(OpenStore &store, const QString &ref, int *exitCode)
{
    StoreError error;
    std::optional<Client> client = store.clients().client(ref, &error);
    return checkedClient(std::move(client), error, ref, exitCode);
}

std::optional<Client> Invocation::checkedClient(std::optional<Client> client, const StoreError &error, const QString &ref,
                                                int *exitCode)
{
    if (error.isError())
        *exitCode = failStore(error.message);
    else if (!client)
        *exitCode = fail(InputRejected, tr("%1: there is no client %2").arg(storeName(), ref));
    return client;
}

std::optional<int> Invocation::refusedTarget(const QString &out)
{
    const QString refused = ExportTarget::refusal(out, {m_storePath});
    if (refused.isEmpty())
        return std::nullopt;
    return fail(InputRejected, refused);
}

std::optional<int> Invocation::logExport(OpenStore &store, const QString &action, const ActivityDetail &detail,
                                         const QString &written)
{
    const StoreError error = store.appendActivity(action, detail);
    if (error.isError())
        return logFailed(written, error.message);
    return std::nullopt;
}

std::optional<int> Invocation::writeFile(const QString &out, const QByteArray &bytes)
{
    QString problem;
    if (!AtomicFile::write(out, bytes, &problem))
        return fail(InputRejected, tr("%1: cannot write the file (%2)").arg(out, problem));
    return std::nullopt;
}

std::optional<int> Invocation::writeExport(OpenStore &store, const QString &out, const QByteArray &bytes, const QString &action,
                                           const ActivityDetail &detail)
{
    if (const std::optional<int> unwritten = writeFile(out, bytes))
        return unwritten;
    return logExport(store, action, detail, out);
}

std::optional<int> Invocation::logFailed(const QString &written, const QString &problem)
{
    // The chain of custody must not miss an export: the file stays (it may replace an earlier one),
    // but the exit code says the log does not show it.
    return failStore(tr("%1 was written, but the activity log could not record it: %2").arg(QFileInfo(written).fileName(), problem));
}

int Invocation::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_err << QStringLiteral("rebuttal-cli: ") << problem << Qt::endl;
    CommandTable::printUsage(m_err);
    return UsageError;
}

int Invocation::fail(int exitCode, const QString &message)
{
    m_err << QStringLiteral("rebuttal-cli: ") << message << Qt::endl;
    return exitCode;
}

int Invocation::failStore(const QString &problem)
{
    const QString name = storeName();
    return fail(StoreProblem, problem.startsWith(name) ? problem : tr("%1: %2").arg(name, problem));
}

void Invocation::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace rebuttal
