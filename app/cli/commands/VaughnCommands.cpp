#include "VaughnCommands.h"

#include "Invocation.h"
#include "store/OpenStore.h"
#include "store/DocumentReader.h"
#include "store/VaughnIndexStore.h"
#include "vaughn/VaughnAudit.h"

#include <QJsonArray>

namespace rebuttal {

namespace {

QJsonObject entryJson(const VaughnEntry &e)
{
    QJsonArray pages;
    for (const int page : e.pages)
        pages.append(page);
    QJsonObject reasons;
    for (auto it = e.justifications.cbegin(); it != e.justifications.cend(); ++it)
        reasons.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("entry"), e.number},
                       {QStringLiteral("document_id"), e.documentId},
                       {QStringLiteral("withholding"), textOrNull(withholdingCode(e.withholding))},
                       {QStringLiteral("pages"), pages},
                       {QStringLiteral("pages_as_written"), e.pagesAsWritten},
                       {QStringLiteral("exemptions"), QJsonArray::fromStringList(e.exemptions)},
                       {QStringLiteral("description"), e.description},
                       {QStringLiteral("justifications"), reasons}};
}

QJsonObject findingJson(const AuditFinding &f)
{
    QJsonObject object{{QStringLiteral("kind"), FindingKinds::code(f.kind)},
                       {QStringLiteral("index_id"), f.indexId},
                       {QStringLiteral("detail"), f.detail}};
    if (f.entry > 0)
        object.insert(QStringLiteral("entry"), f.entry);
    if (!f.entries.isEmpty()) {
        QJsonArray entries;
        for (const int n : f.entries)
            entries.append(n);
        object.insert(QStringLiteral("entries"), entries);
    }
    if (!f.documentId.isEmpty())
        object.insert(QStringLiteral("document_id"), f.documentId);
    if (!f.bates.isEmpty())
        object.insert(QStringLiteral("bates"), f.bates);
    if (!f.exemptions.isEmpty())
        object.insert(QStringLiteral("exemptions"), QJsonArray::fromStringList(f.exemptions));
    QJsonArray pages;
    for (const PageRef &ref : f.pages) {
        pages.append(QJsonObject{{QStringLiteral("production_id"), ref.production},
                                 {QStringLiteral("page"), ref.page},
                                 {QStringLiteral("bates"), textOrNull(ref.bates)}});
    }
    if (!pages.isEmpty())
        object.insert(QStringLiteral("pages"), pages);
    return object;
}

} // namespace

VaughnsCommand::VaughnsCommand()
    : Command(QStringLiteral("vaughns"), QStringLiteral("[--json]"), tr("List the Vaughn indexes in the case file."),
              {QStringLiteral("json")})
{
}

int VaughnsCommand::run(Invocation &invocation, const QStringList &arguments) const
{
    if (!arguments.isEmpty())
        return invocation.usage(tr("vaughns takes no arguments besides --json"));
    int exitCode = Done;
    const std::unique_ptr<OpenStore> store = invocation.openEitherStore(&exitCode);
    if (!store)
        return exitCode;
    StoreError error;
    const QList<VaughnIndexSummary> indexes = store->vaughnIndexes().indexes(&error);
    if (error.isError())
        return invocation.failStore(error.message);
    if (!invocation.json()) {
        if (indexes.isEmpty())
            invocation.err() << tr("No Vaughn indexes in this case file yet.") << Qt::endl;
        for (const VaughnIndexSummary &i : indexes)
            invocation.out() << QStringLiteral("%1\t%2\t%3\t%4").arg(i.id).arg(i.fileName).arg(i.entries).arg(i.sha256) << Qt::endl;
        return Done;
    }
    QJsonArray array;
    for (const VaughnIndexSummary &i : indexes) {
        array.append(QJsonObject{{QStringLiteral("id"), i.id},
                                 {QStringLiteral("file"), i.fileName},
                                 {QStringLiteral("sha256"), i.sha256},
                                 {QStringLiteral("entries"), i.entries}});
    }
    invocation.printJson({{QStringLiteral("indexes"), array}});
    return Done;
}

VaughnCommand::VaughnCommand()
    : Command(QStringLiteral("vaughn"), QStringLiteral("ID [--json]"),
              tr("Show a Vaughn index entry by entry: document, pages, exemptions, reasons."), {QStringLiteral("json")})
{
}

int VaughnCommand::run(Invocation &invocation, const QStringList &arguments) const
{
    bool isNumber = false;
    const qint64 id = arguments.size() == 1 ? arguments.first().toLongLong(&isNumber) : 0;
    if (!isNumber)
        return invocation.usage(tr("vaughn needs one index id (see: vaughns --json)"));
    int exitCode = Done;
    const std::unique_ptr<OpenStore> store = invocation.openEitherStore(&exitCode);
    if (!store)
        return exitCode;
    VaughnIndexStore &indexes = store->vaughnIndexes();
    StoreError error;
    const std::optional<VaughnIndexSummary> index = indexes.index(id, &error);
    if (error.isError())
        return invocation.failStore(error.message);
    if (!index)
        return invocation.fail(InputRejected, tr("%1: there is no Vaughn index %2 (see: vaughns --json)").arg(invocation.storeName()).arg(id));
    const QList<VaughnEntry> entries = indexes.entries(id, &error);
    if (error.isError())
        return invocation.failStore(error.message);
    if (!invocation.json()) {
        for (const VaughnEntry &e : entries) {
            invocation.out() << QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(e.number).arg(e.documentId, withholdingCode(e.withholding),
                                                                            e.pagesAsWritten, e.exemptions.join(QStringLiteral(", ")))
                             << Qt::endl;
        }
        return Done;
    }
    QJsonArray array;
    for (const VaughnEntry &e : entries)
        array.append(entryJson(e));
    invocation.printJson({{QStringLiteral("id"), id}, {QStringLiteral("entries"), array}});
    return Done;
}

AuditCommand::AuditCommand()
    : Command(QStringLiteral("audit"), QStringLiteral("[--json]"),
              tr("Audit every Vaughn index against the productions: where the index and the pages disagree."),
              {QStringLiteral("json")})
{
}

int AuditCommand::run(Invocation &invocation, const QStringList &arguments) const
{
    if (!arguments.isEmpty())
        return invocation.usage(tr("audit takes no arguments besides --json"));
    int exitCode = Done;
    const std::unique_ptr<OpenStore> store = invocation.openEitherStore(&exitCode);
    if (!store)
        return exitCode;
    StoreError error;
    const QList<AuditFinding> findings = VaughnAudit::auditStore(store->documents(), store->vaughnIndexes(), &error);
    if (error.isError())
        return invocation.failStore(error.message);
    if (!invocation.json()) {
        if (findings.isEmpty())
            invocation.err() << tr("No findings.") << Qt::endl;
        for (const AuditFinding &f : findings)
            invocation.out() << FindingKinds::code(f.kind) << QLatin1Char('\t') << f.detail << Qt::endl;
        return Done;
    }
    QJsonArray array;
    for (const AuditFinding &f : findings)
        array.append(findingJson(f));
    invocation.printJson({{QStringLiteral("findings"), array}});
    return Done;
}

} // namespace rebuttal
