#include "DocumentCommands.h"

#include "ImportCommand.h"
#include "domain/PageProblem.h"
#include "Invocation.h"
#include "foia/ProductionImport.h"
#include "store/DocumentReader.h"
#include "store/OpenStore.h"
#include "store/ProductionDestination.h"
#include "store/RedetectionDestination.h"

#include <QJsonArray>

namespace rebuttal {

namespace {

// The id that `document` and `redetect` take as their only argument; nullopt when it is not one.
std::optional<qint64> documentIdOf(const QStringList &arguments)
{
    bool isNumber = false;
    const qint64 id = arguments.size() == 1 ? arguments.first().toLongLong(&isNumber) : 0;
    return isNumber ? std::optional<qint64>(id) : std::nullopt;
}

QJsonObject pageJson(const ProductionPage &page)
{
    QJsonArray redactions;
    for (const Redaction &r : page.redactions) {
        redactions.append(QJsonObject{{QStringLiteral("x"), r.box.x()}, {QStringLiteral("y"), r.box.y()},
                                      {QStringLiteral("w"), r.box.width()}, {QStringLiteral("h"), r.box.height()},
                                      {QStringLiteral("exemptions"), QJsonArray::fromStringList(r.exemptions)},
                                      {QStringLiteral("text_under_box"), textOrNull(r.textUnderBox)}});
    }
    return QJsonObject{{QStringLiteral("page"), page.number},
                       {QStringLiteral("bates"), textOrNull(page.bates)},
                       {QStringLiteral("exemptions"), QJsonArray::fromStringList(page.exemptions())},
                       {QStringLiteral("withheld_in_full"), page.withheldInFull},
                       {QStringLiteral("image_only"), page.imageOnly},
                       // Why the page was not analysed (its boxes and codes are unknown, not absent).
                       {QStringLiteral("problem"), textOrNull(PageProblem::english(page.problem))},
                       {QStringLiteral("redactions"), redactions}};
}

} // namespace

DocumentsCommand::DocumentsCommand()
    : Command(QStringLiteral("documents"), QStringLiteral("[--json]"), tr("List the FOIA productions in the case file."),
              {QStringLiteral("json")})
{
}

int DocumentsCommand::run(Invocation &invocation, const QStringList &arguments) const
{
    if (!arguments.isEmpty())
        return invocation.usage(tr("documents takes no arguments besides --json"));
    int exitCode = Done;
    const std::unique_ptr<OpenStore> store = invocation.openEitherStore(&exitCode);
    if (!store)
        return exitCode;
    StoreError error;
    const QList<DocumentSummary> documents = store->documents().documents(&error);
    if (error.isError())
        return invocation.fail(StoreProblem, error.message);
    if (invocation.json()) {
        QJsonArray array;
        for (const DocumentSummary &d : documents) {
            array.append(QJsonObject{{QStringLiteral("id"), d.id},
                                     {QStringLiteral("file"), d.fileName},
                                     {QStringLiteral("sha256"), d.sha256},
                                     {QStringLiteral("pages"), d.pages}});
        }
        invocation.printJson({{QStringLiteral("documents"), array}});
        return Done;
    }
    if (documents.isEmpty())
        invocation.err() << tr("No productions in this case file yet.") << Qt::endl;
    for (const DocumentSummary &d : documents)
        invocation.out() << QStringLiteral("%1\t%2\t%3\t%4").arg(d.id).arg(d.fileName).arg(d.pages).arg(d.sha256) << Qt::endl;
    return Done;
}

DocumentCommand::DocumentCommand()
    : Command(QStringLiteral("document"), QStringLiteral("ID [--json]"),
              tr("Show a production page by page: Bates numbers, exemptions, redactions."), {QStringLiteral("json")})
{
}

int DocumentCommand::run(Invocation &invocation, const QStringList &arguments) const
{
    const std::optional<qint64> id = documentIdOf(arguments);
    if (!id)
        return invocation.usage(tr("document needs one document id (see: documents --json)"));
    int exitCode = Done;
    const std::unique_ptr<OpenStore> store = invocation.openEitherStore(&exitCode);
    if (!store)
        return exitCode;
    const DocumentReader &catalog = store->documents();
    StoreError error;
    const std::optional<DocumentSummary> document = catalog.document(*id, &error);
    if (error.isError())
        return invocation.failStore(error.message);
    if (!document)
        return invocation.fail(InputRejected, tr("%1: there is no document %2 (see: documents --json)").arg(invocation.storeName()).arg(*id));
    const QList<ProductionPage> pages = catalog.pages(*id, &error);
    if (error.isError())
        return invocation.failStore(error.message);
    if (!invocation.json()) {
        // The last column: the page's exemptions, or why they are not all known.
        const auto exemptionsOrProblem = [](const ProductionPage &page) {
            if (page.problem.isEmpty())
                return page.exemptions().join(QStringLiteral(", "));
            const QString why = PageProblem::text(page.problem);
            return PageProblem::wasAnalysed(page.problem) ? tr("analysed, but %1").arg(why) : tr("not analysed: %1").arg(why);
        };
        invocation.out() << document->fileName << QStringLiteral(" (") << document->sha256 << QStringLiteral(")") << Qt::endl;
        for (const ProductionPage &page : pages) {
            invocation.out() << QStringLiteral("%1\t%2\t%3%4\t%5").arg(page.number).arg(page.bates.isEmpty() ? QStringLiteral("-") : page.bates)
                                    .arg(page.withheldInFull ? tr("withheld ") : QString())
                                    .arg(page.redactions.size())
                                    .arg(exemptionsOrProblem(page))
                             << Qt::endl;
        }
        return Done;
    }
    QJsonArray pageArray;
    for (const ProductionPage &page : pages)
        pageArray.append(pageJson(page));
    invocation.printJson({{QStringLiteral("id"), document->id},
                          {QStringLiteral("file"), document->fileName},
                          {QStringLiteral("sha256"), document->sha256},
                          {QStringLiteral("pages"), pageArray}});
    return Done;
}

SearchCommand::SearchCommand()
    : Command(QStringLiteral("search"), QStringLiteral("QUERY [--json]"), tr("Search the text of every production page."),
              {QStringLiteral("json")})
{
}

int SearchCommand::run(Invocation &invocation, const QStringList &arguments) const
{
    const QStringList &words = arguments;
    if (words.isEmpty())
        return invocation.usage(tr("search needs a query"));
    int exitCode = Done;
    const std::unique_ptr<OpenStore> store = invocation.openEitherStore(&exitCode);
    if (!store)
        return exitCode;
    StoreError error;
    const QList<SearchHit> hits = store->documents().search(words.join(QLatin1Char(' ')), 1000, &error);
    if (error.isError())
        return invocation.fail(InputRejected, tr("cannot search for %1: %2").arg(words.join(QLatin1Char(' ')), error.message));
    if (!invocation.json()) {
        for (const SearchHit &hit : hits)
            invocation.out() << QStringLiteral("%1\t%2\t%3\t%4").arg(hit.documentId).arg(hit.page).arg(hit.bates, hit.snippet) << Qt::endl;
        return Done;
    }
    QJsonArray array;
    for (const SearchHit &hit : hits) {
        array.append(QJsonObject{{QStringLiteral("document_id"), hit.documentId},
                                 {QStringLiteral("page"), hit.page},
                                 {QStringLiteral("bates"), textOrNull(hit.bates)},
                                 {QStringLiteral("snippet"), hit.snippet}});
    }
    invocation.printJson({{QStringLiteral("hits"), array}});
    return Done;
}

RedetectCommand::RedetectCommand()
    : Command(QStringLiteral("redetect"), QStringLiteral("ID"),
              tr("Run redaction detection again on a production, keeping every correction."))
{
}

int RedetectCommand::run(Invocation &invocation, const QStringList &arguments) const
{
    const std::optional<qint64> id = documentIdOf(arguments);
    if (!id)
        return invocation.usage(tr("redetect needs one document id (see: documents --json)"));
    int exitCode = Done;
    const std::unique_ptr<OpenStore> store = invocation.openEitherStore(&exitCode);
    if (!store)
        return exitCode;
    StoreError error;
    const std::optional<DocumentSummary> document = store->documents().document(*id, &error);
    if (error.isError())
        return invocation.failStore(error.message);
    if (!document)
        return invocation.fail(InputRejected, tr("%1: there is no document %2 (see: documents --json)").arg(invocation.storeName()).arg(*id));
    // The stored bytes go to the workers through a pipe: no copy of the production on disk.
    const QByteArray bytes = store->documents().fileBytes(*id, &error);
    if (error.isError())
        return invocation.failStore(error.message);
    const std::unique_ptr<ProductionDestination> destination = store->productionDestination();
    const std::unique_ptr<RedetectionDestination> writer = store->redetectionDestination(*id);
    const ProductionImport::Result result = ProductionImport(*destination).redetect(*id, store->documents(), bytes, *writer);
    if (result.outcome != ProductionImport::Outcome::Imported)
        return invocation.fail(result.outcome == ProductionImport::Outcome::StoreFailed ? StoreProblem : InputRejected, result.message);
    invocation.err() << result.message << Qt::endl;
    printProductionResult(invocation, result);
    return Done;
}

} // namespace rebuttal
