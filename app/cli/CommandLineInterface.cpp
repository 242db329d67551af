#include "CommandLineInterface.h"

#include "cases/CaseRecordsReader.h"
#include "foia/ProductionImport.h"
#include "store/ActivityLog.h"
#include "store/CaseStore.h"
#include "store/CaseVerifier.h"
#include "store/ClientRecords.h"
#include "store/DocumentCatalog.h"
#include "store/VaughnIndexes.h"
#include "text/ExportTarget.h"
#include "vaughn/VaughnAudit.h"
#include "vaughn/VaughnImport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rebuttal {

struct CommandLineInterface::Command
{
    QString name;
    QString arguments;   // shown in usage
    QString description; // one line
    QStringList options; // names of the options it takes besides --store and --help (see optionNamed)
    int (CommandLineInterface::*run)(const QString &storePath, const QStringList &args) = nullptr;
};

namespace {

QCommandLineOption storeOption()
{
    return QCommandLineOption(QStringLiteral("store"), CommandLineInterface::tr("The case file to work on."),
                              CommandLineInterface::tr("FILE"));
}

// Every option a command can take; a command lists the names of those it takes.
QCommandLineOption optionNamed(const QString &name)
{
    using CLI = CommandLineInterface;
    if (name == QLatin1String("json"))
        return QCommandLineOption(name, CLI::tr("Print JSON on standard output."));
    if (name == QLatin1String("password"))
        return QCommandLineOption(name, CLI::tr("The password of an encrypted PDF."), CLI::tr("PASSWORD"));
    if (name == QLatin1String("as-of"))
        return QCommandLineOption(name, CLI::tr("Count open detention and separation spells up to this day (default: today)."),
                                  CLI::tr("YYYY-MM-DD"));
    if (name == QLatin1String("out"))
        return QCommandLineOption(name, CLI::tr("The file to write."), CLI::tr("FILE"));
    if (name == QLatin1String("csv"))
        return QCommandLineOption(name, CLI::tr("Print CSV on standard output."));
    if (name == QLatin1String("client"))
        return QCommandLineOption(name, CLI::tr("Only this client's flags."), CLI::tr("REF"));
    if (name == QLatin1String("deidentify"))
        return QCommandLineOption(name, CLI::tr("Leave out names, A-numbers and anything else that identifies a client."));
    Q_UNREACHABLE();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}


} // namespace

CommandLineInterface::CommandLineInterface(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

const QList<CommandLineInterface::Command> &CommandLineInterface::commands()
{
    static const QList<Command> all{
        {QStringLiteral("init"), {}, tr("Create a new, empty case file."), {}, &CommandLineInterface::runInit},
        {QStringLiteral("import"), QStringLiteral("production|vaughn|cases|agreements FILE"),
         tr("Import a FOIA production (PDF), a Vaughn index (PDF, text or CSV), case records (rebuttal.cases JSON or CSV) or an agreements registry (rebuttal.agreements JSON)."), {QStringLiteral("password")},
         &CommandLineInterface::runImport},
        {QStringLiteral("documents"), QStringLiteral("[--json]"), tr("List the FOIA productions in the case file."), {QStringLiteral("json")},
         &CommandLineInterface::runDocuments},
        {QStringLiteral("document"), QStringLiteral("ID [--json]"),
         tr("Show a production page by page: Bates numbers, exemptions, redactions."), {QStringLiteral("json")},
         &CommandLineInterface::runDocument},
        {QStringLiteral("search"), QStringLiteral("QUERY [--json]"), tr("Search the text of every production page."), {QStringLiteral("json")},
         &CommandLineInterface::runSearch},
        {QStringLiteral("vaughns"), QStringLiteral("[--json]"), tr("List the Vaughn indexes in the case file."), {QStringLiteral("json")},
         &CommandLineInterface::runVaughns},
        {QStringLiteral("vaughn"), QStringLiteral("ID [--json]"),
         tr("Show a Vaughn index entry by entry: document, pages, exemptions, reasons."), {QStringLiteral("json")},
         &CommandLineInterface::runVaughn},
        {QStringLiteral("audit"), QStringLiteral("[--json]"),
         tr("Audit every Vaughn index against the productions: where the index and the pages disagree."), {QStringLiteral("json")},
         &CommandLineInterface::runAudit},
        {QStringLiteral("redetect"), QStringLiteral("ID"),
         tr("Run redaction detection again on a production, keeping every correction."), {},
         &CommandLineInterface::runRedetect},
        {QStringLiteral("timeline"), QStringLiteral("CLIENT_REF [--json] [--as-of YYYY-MM-DD]"),
         tr("Show a client's allegations and events in date order, with days detained and separated."),
         {QStringLiteral("json"), QStringLiteral("as-of")}, &CommandLineInterface::runTimeline},
        {QStringLiteral("export"),
         QStringLiteral("cases --out FILE.json|FILE.csv | agreements --out FILE.json | summary CLIENT_REF --out FILE.pdf [--deidentify] [--as-of YYYY-MM-DD]"),
         tr("Write every client's records as rebuttal.cases JSON or CSV, the agreements registry as rebuttal.agreements JSON, or one client's PDF evidence summary."),
         {QStringLiteral("out"), QStringLiteral("deidentify"), QStringLiteral("as-of")}, &CommandLineInterface::runExport},
        {QStringLiteral("stats"), QStringLiteral("--json | --csv [--deidentify] [--as-of YYYY-MM-DD]"),
         tr("Aggregate outcomes by foreign-data source across every client."),
         {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("deidentify"), QStringLiteral("as-of")},
         &CommandLineInterface::runStats},
        {QStringLiteral("dataset"), QStringLiteral("--out FILE.csv [--as-of YYYY-MM-DD]"),
         tr("Write a de-identified research dataset: one row per client, no names, refs or dates."),
         {QStringLiteral("out"), QStringLiteral("as-of")}, &CommandLineInterface::runDataset},
        {QStringLiteral("chart"), QStringLiteral("outcomes|countries|years|detention|separation|disclosure --out FILE.png|FILE.svg"),
         tr("Draw a research chart as a PNG or SVG image."), {QStringLiteral("out"), QStringLiteral("as-of")},
         &CommandLineInterface::runChart},
        {QStringLiteral("agreements"), QStringLiteral("[--json]"), tr("List the agreements registry as imported."),
         {QStringLiteral("json")}, &CommandLineInterface::runAgreements},
        {QStringLiteral("check"), QStringLiteral("[--json] [--client REF] [--as-of YYYY-MM-DD]"),
         tr("Check every allegation and decision against the agreements registry."),
         {QStringLiteral("json"), QStringLiteral("client"), QStringLiteral("as-of")}, &CommandLineInterface::runCheck},
        {QStringLiteral("requests"), QStringLiteral("[--as-of YYYY-MM-DD]"),
         tr("Draft the FOIA requests the agreement check calls for, one line each."), {QStringLiteral("as-of")},
         &CommandLineInterface::runRequests},
        {QStringLiteral("log"), QStringLiteral("[--json]"), tr("Show the activity log (chain of custody), oldest first."),
         {QStringLiteral("json")}, &CommandLineInterface::runLog},
        {QStringLiteral("verify"), QStringLiteral("[--json]"),
         tr("Check the whole case file: every page of the database, and every stored file against its SHA-256."),
         {QStringLiteral("json")}, &CommandLineInterface::runVerify},
    };
    return all;
}

int CommandLineInterface::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_err << QStringLiteral("rebuttal-cli: ") << problem << Qt::endl;
    m_err << tr("Usage: rebuttal-cli --store FILE COMMAND [ARGUMENTS]") << Qt::endl << tr("Commands:") << Qt::endl;
    for (const Command &command : commands()) {
        const QString synopsis = QString(command.name + QLatin1Char(' ') + command.arguments).trimmed();
        m_err << QStringLiteral("  %1  %2").arg(synopsis, -20).arg(command.description) << Qt::endl;
    }
    m_err << tr("Run 'rebuttal-cli COMMAND --help' for a command's options.") << Qt::endl;
    return UsageError;
}

int CommandLineInterface::printHelp(const Command &command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.description);
    parser.addOption(storeOption());
    for (const QString &option : command.options)
        parser.addOption(optionNamed(option));
    m_out << parser.helpText().replace(QCoreApplication::applicationFilePath(), QStringLiteral("rebuttal-cli --store FILE ")
                                                                                  + command.name + QLatin1Char(' ')
                                                                                  + command.arguments);
    m_out.flush();
    return Done;
}

int CommandLineInterface::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption store = storeOption();
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    parser.addOptions({store, help, version});
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(version)) {
        m_out << QStringLiteral("rebuttal-cli %1").arg(QStringLiteral(REBUTTAL_VERSION)) << Qt::endl;
        return Done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        if (parser.isSet(help)) {
            usage({});
            return Done;
        }
        return usage(tr("no command given"));
    }

    const QString name = positional.first();
    const auto found = std::find_if(commands().cbegin(), commands().cend(),
                                    [&](const Command &command) { return command.name == name; });
    if (found == commands().cend())
        return usage(tr("unknown command '%1'").arg(name));

    // The command's own options may follow it: --json, --help, even --store.
    QCommandLineParser commandParser;
    commandParser.addOptions({store, help});
    for (const QString &option : found->options)
        commandParser.addOption(optionNamed(option));
    if (!commandParser.parse(QStringList{arguments.first()} + positional.mid(1)))
        return usage(commandParser.errorText());
    if (parser.isSet(help) || commandParser.isSet(help))
        return printHelp(*found);

    const QString storePath = commandParser.isSet(store) ? commandParser.value(store) : parser.value(store);
    if (storePath.isEmpty())
        return usage(tr("--store FILE is required"));
    m_options.clear();
    for (const QString &option : found->options) {
        if (commandParser.isSet(option))
            m_options.insert(option, commandParser.value(option));
    }
    m_password = m_options.value(QStringLiteral("password"));
    m_json = m_options.contains(QStringLiteral("json"));
    static const QStringList readers{QStringLiteral("documents"), QStringLiteral("document"), QStringLiteral("search"),
                                     QStringLiteral("vaughns"), QStringLiteral("vaughn"), QStringLiteral("audit"),
                                     QStringLiteral("timeline"), QStringLiteral("log")};
    // stats --csv is an export and is logged; stats --json only reads.
    m_readOnly = readers.contains(name) || (name == QLatin1String("stats") && !m_options.contains(QStringLiteral("csv")));
    return (this->*found->run)(storePath, commandParser.positionalArguments());
}

std::unique_ptr<CaseStore> CommandLineInterface::openStore(const QString &path, int *exitCode)
{
    StoreError error;
    std::unique_ptr<CaseStore> store = m_readOnly ? CaseStore::openReadOnly(path, &error) : CaseStore::open(path, &error);
    if (!store) {
        m_err << QStringLiteral("rebuttal-cli: ") << error.message << Qt::endl;
        *exitCode = StoreProblem;
    }
    return store;
}

std::optional<int> CommandLineInterface::refusedTarget(const QString &out, const QString &storePath)
{
    const QString refused = ExportTarget::refusal(out, {storePath});
    if (refused.isEmpty())
        return std::nullopt;
    return fail(InputRejected, refused);
}

int CommandLineInterface::failStore(const QString &storePath, const QString &problem)
{
    const QString name = QFileInfo(storePath).fileName();
    return fail(StoreProblem, problem.startsWith(name) ? problem : tr("%1: %2").arg(name, problem));
}

int CommandLineInterface::runInit(const QString &storePath, const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("init takes no arguments"));
    StoreError error;
    if (QFileInfo::exists(storePath)) {
        // A second init on a good store is harmless; anything else there is left untouched.
        if (CaseStore::open(storePath, &error)) {
            m_err << tr("%1 is already a Rebuttal case file; nothing changed.").arg(QFileInfo(storePath).fileName()) << Qt::endl;
            return Done;
        }
        m_err << QStringLiteral("rebuttal-cli: ") << error.message << Qt::endl;
        return StoreProblem;
    }
    if (!CaseStore::create(storePath, &error)) {
        m_err << QStringLiteral("rebuttal-cli: ") << error.message << Qt::endl;
        return StoreProblem;
    }
    m_err << tr("Created %1.").arg(QFileInfo(storePath).fileName()) << Qt::endl;
    return Done;
}

int CommandLineInterface::runDocuments(const QString &storePath, const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("documents takes no arguments besides --json"));
    int exitCode = Done;
    std::unique_ptr<CaseStore> store = openStore(storePath, &exitCode);
    if (!store)
        return exitCode;
    StoreError error;
    const QList<DocumentSummary> documents = DocumentCatalog(*store).documents(&error);
    if (error.isError()) {
        m_err << QStringLiteral("rebuttal-cli: ") << error.message << Qt::endl;
        return StoreProblem;
    }
    if (m_json) {
        QJsonArray array;
        for (const DocumentSummary &d : documents) {
            array.append(QJsonObject{{QStringLiteral("id"), d.id},
                                     {QStringLiteral("file"), d.fileName},
                                     {QStringLiteral("sha256"), d.sha256},
                                     {QStringLiteral("pages"), d.pages}});
        }
        printJson({{QStringLiteral("documents"), array}});
        return Done;
    }
    if (documents.isEmpty())
        m_err << tr("No productions in this case file yet.") << Qt::endl;
    for (const DocumentSummary &d : documents)
        m_out << QStringLiteral("%1\t%2\t%3\t%4").arg(d.id).arg(d.fileName).arg(d.pages).arg(d.sha256) << Qt::endl;
    return Done;
}

int CommandLineInterface::runLog(const QString &storePath, const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("log takes no arguments besides --json"));
    int exitCode = Done;
    std::unique_ptr<CaseStore> store = openStore(storePath, &exitCode);
    if (!store)
        return exitCode;
    StoreError error;
    const QList<ActivityEntry> entries = store->activity().entries(&error);
    if (error.isError()) {
        m_err << QStringLiteral("rebuttal-cli: ") << error.message << Qt::endl;
        return StoreProblem;
    }
    if (m_json) {
        QJsonArray array;
        for (const ActivityEntry &e : entries) {
            array.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("user"), e.user},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("detail"), ActivityDetail::english(e.detail)}});
        }
        printJson({{QStringLiteral("activity"), array}});
        return Done;
    }
    for (const ActivityEntry &e : entries) {
        m_out << QStringLiteral("%1  %2  %3  %4").arg(e.at.toString(Qt::ISODate), e.user, e.action, ActivityDetail::english(e.detail)) << Qt::endl;
    }
    return Done;
}

int CommandLineInterface::runVerify(const QString &storePath, const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("verify takes no arguments besides --json"));
    // The open checks first (header, application_id, schema), then the whole file.
    int exitCode = Done;
    if (!openStore(storePath, &exitCode))
        return exitCode;
    const CaseVerifier::Report report = CaseVerifier(storePath).run();
    const QString name = QFileInfo(storePath).fileName();
    if (m_json) {
        printJson({{QStringLiteral("ok"), report.isSound()},
                   {QStringLiteral("stored_files"), report.storedFiles},
                   {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)}});
    }
    if (!report.isSound()) {
        for (const QString &problem : report.problems)
            m_err << QStringLiteral("rebuttal-cli: ") << tr("%1 is damaged: %2").arg(name, problem) << Qt::endl;
        return StoreProblem;
    }
    if (!m_json)
        m_out << tr("%1: no damage found (database and %n stored file(s) checked).", nullptr, report.storedFiles).arg(name) << Qt::endl;
    return Done;
}

void CommandLineInterface::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CommandLineInterface::fail(int exitCode, const QString &message)
{
    m_err << QStringLiteral("rebuttal-cli: ") << message << Qt::endl;
    return exitCode;
}

void CommandLineInterface::printImportResult(const ProductionImport::Result &result)
{
    printJson({{QStringLiteral("document_id"), result.documentId},
                      {QStringLiteral("pages"), result.pages},
                      {QStringLiteral("redactions"), result.redactions},
                      {QStringLiteral("withheld_pages"), result.withheldPages}});
}

int CommandLineInterface::runImport(const QString &storePath, const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("import needs a kind and a file: import production FILE.pdf, import vaughn FILE, or import cases FILE"));
    const QString kind = args.at(0);
    if (kind == QLatin1String("cases"))
        return importCases(storePath, args.at(1));
    if (kind == QLatin1String("production"))
        return importProduction(storePath, args.at(1));
    if (kind == QLatin1String("vaughn"))
        return importVaughn(storePath, args.at(1));
    if (kind == QLatin1String("agreements"))
        return importAgreements(storePath, args.at(1));
    return usage(tr("unknown import kind '%1' (this version imports: production, vaughn, cases, agreements)").arg(kind));
}

int CommandLineInterface::importCases(const QString &storePath, const QString &file)
{
    // Validate the whole file before touching the store.
    CaseRecordsReader reader;
    const std::optional<CaseRecords> records = reader.readFile(file);
    if (!records)
        return fail(InputRejected, reader.errorString());
    int exitCode = Done;
    std::unique_ptr<CaseStore> store = openStore(storePath, &exitCode);
    if (!store)
        return exitCode;
    CaseImportCounts counts;
    // Logged by format and SHA-256: a file is often named after the client.
    const StoreError error = ClientRecords(*store).importRecords(*records, reader.sourceDescription(), &counts);
    if (error.isError()) {
        // The file was checked whole before this: what fails now is the case file.
        return failStore(storePath, tr("the case records were not imported: %1").arg(error.message));
    }
    for (const QString &warning : reader.warnings())
        m_err << tr("warning: %1").arg(warning) << Qt::endl;
    printJson({{QStringLiteral("clients"), counts.clients},
                      {QStringLiteral("allegations"), counts.allegations},
                      {QStringLiteral("events"), counts.events}});
    return Done;
}

int CommandLineInterface::importProduction(const QString &storePath, const QString &file)
{
    int exitCode = Done;
    std::unique_ptr<CaseStore> store = openStore(storePath, &exitCode);
    if (!store)
        return exitCode;
    ProductionImport import(*store);
    import.setPassword(m_password);
    const ProductionImport::Result result = import.run(file);
    switch (result.outcome) {
    case ProductionImport::Outcome::Imported:
    case ProductionImport::Outcome::AlreadyImported:
        break;
    case ProductionImport::Outcome::StoreFailed:
        return fail(StoreProblem, result.message);
    default:
        return fail(InputRejected, result.message);
    }
    if (result.outcome == ProductionImport::Outcome::AlreadyImported)
        m_err << result.message << Qt::endl;
    for (const QString &skipped : result.skippedPages)
        m_err << tr("%1: %2").arg(QFileInfo(file).fileName(), skipped) << Qt::endl;
    printImportResult(result);
    return Done;
}

int CommandLineInterface::runDocument(const QString &storePath, const QStringList &args)
{
    bool isNumber = false;
    const qint64 id = args.size() == 1 ? args.first().toLongLong(&isNumber) : 0;
    if (!isNumber)
        return usage(tr("document needs one document id (see: documents --json)"));
    int exitCode = Done;
    std::unique_ptr<CaseStore> store = openStore(storePath, &exitCode);
    if (!store)
        return exitCode;
    DocumentCatalog catalog(*store);
    const std::optional<DocumentSummary> document = catalog.document(id);
    if (!document)
        return fail(InputRejected, tr("%1: there is no document %2 (see: documents --json)").arg(QFileInfo(storePath).fileName()).arg(id));
    StoreError error;
    const QList<ProductionPage> pages = catalog.pages(id, &error);
    if (error.isError())
        return failStore(storePath, error.message);
    if (!m_json) {
        m_out << document->fileName << QStringLiteral(" (") << document->sha256 << QStringLiteral(")") << Qt::endl;
        for (const ProductionPage &page : pages) {
            m_out << QStringLiteral("%1\t%2\t%3%4\t%5").arg(page.number).arg(page.bates.isEmpty() ? QStringLiteral("-") : page.bates)
                         .arg(page.withheldInFull ? tr("withheld ") : QString())
                         .arg(page.redactions.size())
                         .arg(page.problem.isEmpty() ? page.exemptions().join(QStringLiteral(", "))
                                                     : tr("not analysed: %1").arg(page.problem))
                  << Qt::endl;
        }
        return Done;
    }
    QJsonArray pageArray;
    for (const ProductionPage &page : pages) {
        QJsonArray redactions;
        for (const Redaction &r : page.redactions) {
            redactions.append(QJsonObject{{QStringLiteral("x"), r.box.x()}, {QStringLiteral("y"), r.box.y()},
                                          {QStringLiteral("w"), r.box.width()}, {QStringLiteral("h"), r.box.height()},
                                          {QStringLiteral("exemptions"), QJsonArray::fromStringList(r.exemptions)},
                                          {QStringLiteral("text_under_box"), textOrNull(r.textUnderBox)}});
        }
        pageArray.append(QJsonObject{{QStringLiteral("page"), page.number},
                                     {QStringLiteral("bates"), textOrNull(page.bates)},
                                     {QStringLiteral("exemptions"), QJsonArray::fromStringList(page.exemptions())},
                                     {QStringLiteral("withheld_in_full"), page.withheldInFull},
                                     {QStringLiteral("image_only"), page.imageOnly},
                                     // Why the page was not analysed (its boxes and codes are unknown, not absent).
                                     {QStringLiteral("problem"), textOrNull(page.problem)},
                                     {QStringLiteral("redactions"), redactions}});
    }
    printJson({{QStringLiteral("id"), document->id},
                      {QStringLiteral("file"), document->fileName},
                      {QStringLiteral("sha256"), document->sha256},
                      {QStringLiteral("pages"), pageArray}});
    return Done;
}

int CommandLineInterface::runRedetect(const QString &storePath, const QStringList &args)
{
    bool isNumber = false;
    const qint64 id = args.size() == 1 ? args.first().toLongLong(&isNumber) : 0;
    if (!isNumber)
        return usage(tr("redetect needs one document id (see: documents --json)"));
    int exitCode = Done;
    std::unique_ptr<CaseStore> store = openStore(storePath, &exitCode);
    if (!store)
        return exitCode;
    if (!DocumentCatalog(*store).document(id))
        return fail(InputRejected, tr("%1: there is no document %2 (see: documents --json)").arg(QFileInfo(storePath).fileName()).arg(id));
    const ProductionImport::Result result = ProductionImport(*store).redetect(id);
    if (result.outcome != ProductionImport::Outcome::Imported)
        return fail(result.outcome == ProductionImport::Outcome::StoreFailed ? StoreProblem : InputRejected, result.message);
    m_err << result.message << Qt::endl;
    printImportResult(result);
    return Done;
}

int CommandLineInterface::runSearch(const QString &storePath, const QStringList &args)
{
    const QStringList &words = args;
    if (words.isEmpty())
        return usage(tr("search needs a query"));
    int exitCode = Done;
    std::unique_ptr<CaseStore> store = openStore(storePath, &exitCode);
    if (!store)
        return exitCode;
    StoreError error;
    const QList<SearchHit> hits = DocumentCatalog(*store).search(words.join(QLatin1Char(' ')), 1000, &error);
    if (error.isError())
        return fail(InputRejected, tr("cannot search for %1: %2").arg(words.join(QLatin1Char(' ')), error.message));
    if (!m_json) {
        for (const SearchHit &hit : hits)
            m_out << QStringLiteral("%1\t%2\t%3\t%4").arg(hit.documentId).arg(hit.page).arg(hit.bates, hit.snippet) << Qt::endl;
        return Done;
    }
    QJsonArray array;
    for (const SearchHit &hit : hits) {
        array.append(QJsonObject{{QStringLiteral("document_id"), hit.documentId},
                                 {QStringLiteral("page"), hit.page},
                                 {QStringLiteral("bates"), textOrNull(hit.bates)},
                                 {QStringLiteral("snippet"), hit.snippet}});
    }
    printJson({{QStringLiteral("hits"), array}});
    return Done;
}

int CommandLineInterface::importVaughn(const QString &storePath, const QString &file)
{
    int exitCode = Done;
    std::unique_ptr<CaseStore> store = openStore(storePath, &exitCode);
    if (!store)
        return exitCode;
    const VaughnImport::Result result = VaughnImport(*store).run(file);
    switch (result.outcome) {
    case VaughnImport::Outcome::Imported:
        break;
    case VaughnImport::Outcome::AlreadyImported:
        m_err << result.message << Qt::endl;
        break;
    case VaughnImport::Outcome::StoreFailed:
        return fail(StoreProblem, result.message);
    case VaughnImport::Outcome::Rejected:
    case VaughnImport::Outcome::Cancelled:
        return fail(InputRejected, result.message);
    }
    printJson({{QStringLiteral("index_id"), result.indexId}, {QStringLiteral("entries"), result.entries}});
    return Done;
}

int CommandLineInterface::runVaughns(const QString &storePath, const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("vaughns takes no arguments besides --json"));
    int exitCode = Done;
    std::unique_ptr<CaseStore> store = openStore(storePath, &exitCode);
    if (!store)
        return exitCode;
    StoreError error;
    const QList<VaughnIndexSummary> indexes = VaughnIndexes(*store).indexes(&error);
    if (error.isError())
        return failStore(storePath, error.message);
    if (!m_json) {
        if (indexes.isEmpty())
            m_err << tr("No Vaughn indexes in this case file yet.") << Qt::endl;
        for (const VaughnIndexSummary &i : indexes)
            m_out << QStringLiteral("%1\t%2\t%3\t%4").arg(i.id).arg(i.fileName).arg(i.entries).arg(i.sha256) << Qt::endl;
        return Done;
    }
    QJsonArray array;
    for (const VaughnIndexSummary &i : indexes) {
        array.append(QJsonObject{{QStringLiteral("id"), i.id},
                                 {QStringLiteral("file"), i.fileName},
                                 {QStringLiteral("sha256"), i.sha256},
                                 {QStringLiteral("entries"), i.entries}});
    }
    printJson({{QStringLiteral("indexes"), array}});
    return Done;
}

int CommandLineInterface::runVaughn(const QString &storePath, const QStringList &args)
{
    bool isNumber = false;
    const qint64 id = args.size() == 1 ? args.first().toLongLong(&isNumber) : 0;
    if (!isNumber)
        return usage(tr("vaughn needs one index id (see: vaughns --json)"));
    int exitCode = Done;
    std::unique_ptr<CaseStore> store = openStore(storePath, &exitCode);
    if (!store)
        return exitCode;
    VaughnIndexes indexes(*store);
    if (!indexes.index(id))
        return fail(InputRejected, tr("%1: there is no Vaughn index %2 (see: vaughns --json)").arg(QFileInfo(storePath).fileName()).arg(id));
    StoreError error;
    const QList<VaughnEntry> entries = indexes.entries(id, &error);
    if (error.isError())
        return failStore(storePath, error.message);
    if (!m_json) {
        for (const VaughnEntry &e : entries) {
            m_out << QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(e.number).arg(e.documentId, withholdingCode(e.withholding),
                                                                 e.pagesAsWritten, e.exemptions.join(QStringLiteral(", ")))
                  << Qt::endl;
        }
        return Done;
    }
    QJsonArray array;
    for (const VaughnEntry &e : entries) {
        QJsonArray pages;
        for (const int page : e.pages)
            pages.append(page);
        QJsonObject reasons;
        for (auto it = e.justifications.cbegin(); it != e.justifications.cend(); ++it)
            reasons.insert(it.key(), it.value());
        array.append(QJsonObject{{QStringLiteral("entry"), e.number},
                                 {QStringLiteral("document_id"), e.documentId},
                                 {QStringLiteral("withholding"), textOrNull(withholdingCode(e.withholding))},
                                 {QStringLiteral("pages"), pages},
                                 {QStringLiteral("pages_as_written"), e.pagesAsWritten},
                                 {QStringLiteral("exemptions"), QJsonArray::fromStringList(e.exemptions)},
                                 {QStringLiteral("description"), e.description},
                                 {QStringLiteral("justifications"), reasons}});
    }
    printJson({{QStringLiteral("id"), id}, {QStringLiteral("entries"), array}});
    return Done;
}

int CommandLineInterface::runAudit(const QString &storePath, const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("audit takes no arguments besides --json"));
    int exitCode = Done;
    std::unique_ptr<CaseStore> store = openStore(storePath, &exitCode);
    if (!store)
        return exitCode;
    StoreError error;
    const QList<AuditFinding> findings = VaughnAudit::auditStore(*store, &error);
    if (error.isError())
        return failStore(storePath, error.message);
    if (!m_json) {
        if (findings.isEmpty())
            m_err << tr("No findings.") << Qt::endl;
        for (const AuditFinding &f : findings)
            m_out << FindingKinds::code(f.kind) << QLatin1Char('\t') << f.detail << Qt::endl;
        return Done;
    }
    QJsonArray array;
    for (const AuditFinding &f : findings) {
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
        array.append(object);
    }
    printJson({{QStringLiteral("findings"), array}});
    return Done;
}

} // namespace rebuttal
