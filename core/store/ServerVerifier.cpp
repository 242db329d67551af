#include "ServerVerifier.h"

#include "PgConnection.h"
#include "ServerSchema.h"
#include "ServerStore.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>
#include <map>
#include <set>
#include <memory>

namespace rebuttal {

namespace {

constexpr qint64 kChunkBytes = 1 << 20;

// What the migrations create, read from their own statements, so a migration that adds a table,
// a trigger or a reference is checked without a change here.
struct ExpectedObjects
{
    QStringList tables{QStringLiteral("schema_version")}; // made before the first migration
    QList<std::pair<QString, QString>> triggers;          // name, table
    QStringList functions;
    QStringList indexes;
    QStringList searchConfigurations;
    QList<std::tuple<QString, QString, QString>> references; // table, column, referenced table
};

const ExpectedObjects &expectedObjects()
{
    static const ExpectedObjects expected = [] {
        ExpectedObjects objects;
        const QRegularExpression table(QStringLiteral("^CREATE TABLE (\\w+) \\("));
        const QRegularExpression reference(QStringLiteral("[(,] (\\w+) bigint[^,]*? REFERENCES (\\w+)\\("));
        const QRegularExpression trigger(QStringLiteral("^CREATE TRIGGER (\\w+) .* ON (\\w+) FOR EACH"));
        const QRegularExpression function(QStringLiteral("^CREATE FUNCTION (\\w+)\\("));
        const QRegularExpression index(QStringLiteral("^CREATE INDEX (\\w+) ON"));
        const QRegularExpression configuration(QStringLiteral("CREATE TEXT SEARCH CONFIGURATION (\\w+) "));
        for (const ServerMigration &migration : ServerSchema::migrations()) {
            for (const QString &sql : migration.statements) {
                if (const QRegularExpressionMatch m = table.match(sql); m.hasMatch()) {
                    objects.tables << m.captured(1);
                    for (auto it = reference.globalMatch(sql); it.hasNext();) {
                        const QRegularExpressionMatch r = it.next();
                        objects.references.append({m.captured(1), r.captured(1), r.captured(2)});
                    }
                }
                if (const QRegularExpressionMatch m = trigger.match(sql); m.hasMatch())
                    objects.triggers.append({m.captured(1), m.captured(2)});
                if (const QRegularExpressionMatch m = function.match(sql); m.hasMatch())
                    objects.functions << m.captured(1);
                if (const QRegularExpressionMatch m = index.match(sql); m.hasMatch() && !objects.indexes.contains(m.captured(1)))
                    objects.indexes << m.captured(1);
                for (auto it = configuration.globalMatch(sql); it.hasNext();)
                    objects.searchConfigurations << it.next().captured(1);
            }
        }
        return objects;
    }();
    return expected;
}

// What a trigger's loss costs, in the words a user can act on.
QString triggerGuarantee(const QString &name)
{
    if (name == QLatin1String("activity_log_no_change") || name == QLatin1String("activity_log_no_truncate"))
        return ServerVerifier::tr("the activity log is no longer append-only");
    if (name == QLatin1String("activity_log_stamp"))
        return ServerVerifier::tr("log entries no longer get the server's login and clock");
    if (name == QLatin1String("activity_log_id_grows"))
        return ServerVerifier::tr("a log entry could be slipped in before others");
    if (name.endsWith(QLatin1String("_row_version")))
        return ServerVerifier::tr("a save over a colleague's change is no longer refused");
    if (name.endsWith(QLatin1String("_notify")))
        return ServerVerifier::tr("colleagues no longer see these changes as they happen");
    return {};
}

// The privileges the matter's two roles must have on a table, and must not.
struct TablePrivileges
{
    QStringList readers;
    QStringList editors;
};

TablePrivileges expectedPrivileges(const QString &table)
{
    if (table == QLatin1String("schema_version"))
        return {{QStringLiteral("SELECT")}, {QStringLiteral("SELECT")}};
    // A reader appends the record of their exports; no one changes or removes an entry.
    if (table == QLatin1String("activity_log"))
        return {{QStringLiteral("SELECT"), QStringLiteral("INSERT")}, {QStringLiteral("SELECT"), QStringLiteral("INSERT")}};
    return {{QStringLiteral("SELECT")},
            {QStringLiteral("SELECT"), QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")}};
}

const QStringList &checkedPrivileges()
{
    static const QStringList all{QStringLiteral("SELECT"), QStringLiteral("INSERT"), QStringLiteral("UPDATE"),
                                 QStringLiteral("DELETE"), QStringLiteral("TRUNCATE")};
    return all;
}

// One check run inside the read-only transaction; a statement it runs that fails is damage to
// report, not the end of the check, so each runs under a savepoint.
class Checker
{
public:
    Checker(PgConnection &connection, ServerVerifier::Report &report)
        : m_connection(connection)
        , m_report(report)
    {
    }

    // Runs `sql` (bound to `parameters`) under a savepoint; false with the server's message in
    // *failure when the server refused or could not read it.
    bool rows(const QString &sql, const QVariantList &parameters, const std::function<void(PgStatement &)> &row,
              QString *failure)
    {
        if (m_connection.exec(QStringLiteral("SAVEPOINT rebuttal_verify")).isError())
            return fail(failure);
        PgStatement statement(m_connection, sql);
        for (const QVariant &value : parameters)
            statement.bind(value);
        if (!statement.exec()) {
            *failure = statement.error().message;
            static_cast<void>(m_connection.exec(QStringLiteral("ROLLBACK TO SAVEPOINT rebuttal_verify")));
            return false;
        }
        while (statement.next())
            row(statement);
        return !m_connection.exec(QStringLiteral("RELEASE SAVEPOINT rebuttal_verify")).isError() || fail(failure);
    }

    // The same for a catalog query that must work: its failure ends the check (the report is unfinished).
    bool catalog(const QString &sql, const QVariantList &parameters, const std::function<void(PgStatement &)> &row)
    {
        QString failure;
        if (rows(sql, parameters, row, &failure))
            return true;
        m_report.problems << ServerVerifier::tr("the check could not read the matter: %1").arg(failure);
        return false;
    }

private:
    bool fail(QString *failure)
    {
        *failure = m_connection.connectionError().message;
        return false;
    }

    PgConnection &m_connection;
    ServerVerifier::Report &m_report;
};

bool isTrue(const QVariant &value)
{
    return value.toString() == QLatin1String("t");
}

// What the schema holds, as the server's catalogs say.
struct FoundObjects
{
    QSet<QString> tables, functions, indexes, configurations;
    std::map<std::pair<QString, QString>, bool> triggers; // (name, table) -> enabled
    std::set<std::tuple<QString, QString, QString>> references; // table, column, referenced table
    QStringList invalidIndexes;
};

// Reads the schema's tables, triggers, functions, indexes, search configurations and foreign keys.
bool readObjects(Checker &checker, const QString &schema, FoundObjects &found)
{
    return checker.catalog(QStringLiteral("SELECT relname FROM pg_class WHERE relnamespace = $1::regnamespace AND relkind IN ('r', 'p')"),
                           {schema}, [&](PgStatement &row) { found.tables << row.value(0).toString(); })
        && checker.catalog(QStringLiteral("SELECT t.tgname, c.relname, t.tgenabled <> 'D' FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                                          " WHERE c.relnamespace = $1::regnamespace AND NOT t.tgisinternal"),
                           {schema},
                           [&](PgStatement &row) { found.triggers[{row.value(0).toString(), row.value(1).toString()}] = isTrue(row.value(2)); })
        && checker.catalog(QStringLiteral("SELECT proname FROM pg_proc WHERE pronamespace = $1::regnamespace"), {schema},
                           [&](PgStatement &row) { found.functions << row.value(0).toString(); })
        && checker.catalog(QStringLiteral("SELECT c.relname, i.indisvalid AND i.indisready FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                                          " WHERE c.relnamespace = $1::regnamespace"),
                           {schema},
                           [&](PgStatement &row) {
                               found.indexes << row.value(0).toString();
                               if (!isTrue(row.value(1)))
                                   found.invalidIndexes << row.value(0).toString();
                           })
        && checker.catalog(QStringLiteral("SELECT cfgname FROM pg_ts_config WHERE cfgnamespace = $1::regnamespace"), {schema},
                           [&](PgStatement &row) { found.configurations << row.value(0).toString(); })
        && checker.catalog(QStringLiteral("SELECT c.relname, a.attname, f.relname FROM pg_constraint k"
                                          " JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class f ON f.oid = k.confrelid"
                                          " JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]"
                                          " WHERE k.contype = 'f' AND k.convalidated AND c.relnamespace = $1::regnamespace"),
                           {schema}, [&](PgStatement &row) {
                               found.references.insert({row.value(0).toString(), row.value(1).toString(), row.value(2).toString()});
                           });
}

// Each trigger the migrations create, missing or disabled, named with the guarantee it kept.
void compareTriggers(const ExpectedObjects &expected, const FoundObjects &found, ServerVerifier::Report &report)
{
    for (const auto &[name, table] : expected.triggers) {
        const auto trigger = found.triggers.find({name, table});
        const QString guarantee = triggerGuarantee(name);
        if (trigger == found.triggers.end()) {
            report.problems << (guarantee.isEmpty() ? ServerVerifier::tr("the trigger %1 on %2 is missing").arg(name, table)
                                                    : ServerVerifier::tr("the trigger %1 on %2 is missing: %3").arg(name, table, guarantee));
        } else if (!trigger->second) {
            report.problems << (guarantee.isEmpty() ? ServerVerifier::tr("the trigger %1 on %2 is disabled").arg(name, table)
                                                    : ServerVerifier::tr("the trigger %1 on %2 is disabled: %3").arg(name, table, guarantee));
        }
    }
}

// What the migrations create against what the schema holds.
void compareObjects(const ExpectedObjects &expected, const FoundObjects &found, ServerVerifier::Report &report)
{
    for (const QString &table : expected.tables) {
        if (!found.tables.contains(table))
            report.problems << ServerVerifier::tr("the table %1 is missing").arg(table);
    }
    compareTriggers(expected, found, report);
    for (const QString &function : expected.functions) {
        if (!found.functions.contains(function))
            report.problems << ServerVerifier::tr("the function %1 is missing").arg(function);
    }
    for (const QString &index : expected.indexes) {
        if (!found.indexes.contains(index))
            report.problems << ServerVerifier::tr("the index %1 is missing").arg(index);
    }
    for (const QString &index : found.invalidIndexes)
        report.problems << ServerVerifier::tr("the index %1 is not valid (a failed build or a broken rebuild)").arg(index);
    for (const QString &configuration : expected.searchConfigurations) {
        if (!found.configurations.contains(configuration))
            report.problems << ServerVerifier::tr("the search configuration %1 is missing: search cannot run").arg(configuration);
    }
    for (const auto &[table, column, referenced] : expected.references) {
        if (found.tables.contains(table) && !found.references.count({table, column, referenced}))
            report.problems << ServerVerifier::tr("%1.%2 no longer has to name a row of %3 (its foreign key is missing)")
                                   .arg(table, column, referenced);
    }
}

// The readers' and editors' use of the schema, and no grant to PUBLIC on it.
bool checkSchemaUsage(Checker &checker, const ServerLocation &location, ServerVerifier::Report &report)
{
    const QString readers = location.readerRole(), editors = location.editorRole();
    return checker.catalog(
        QStringLiteral("SELECT has_schema_privilege($1, $3::regnamespace, 'USAGE'), has_schema_privilege($2, $3::regnamespace, 'USAGE'),"
                       " EXISTS (SELECT 1 FROM pg_namespace n, aclexplode(n.nspacl) a WHERE n.oid = $3::regnamespace AND a.grantee = 0)"),
        {readers, editors, location.schemaName()}, [&](PgStatement &row) {
            for (int i = 0; i < 2; ++i) {
                if (!isTrue(row.value(i)))
                    report.problems << ServerVerifier::tr("%1 may no longer use the matter's schema").arg(i == 0 ? readers : editors);
            }
            if (isTrue(row.value(2)))
                report.problems << ServerVerifier::tr("every login of the server may use the matter's schema (PUBLIC has a grant on it)");
        });
}

// Each table's privileges of the readers and the editors, both ways: one too many or one missing.
bool checkTablePrivileges(Checker &checker, const ServerLocation &location, ServerVerifier::Report &report)
{
    const ExpectedObjects &expected = expectedObjects();
    const QString readers = location.readerRole(), editors = location.editorRole();
    QStringList columns;
    for (const QString &role : {QStringLiteral("$1"), QStringLiteral("$2")}) {
        for (const QString &privilege : checkedPrivileges())
            columns << QStringLiteral("has_table_privilege(%1, c.oid, '%2')").arg(role, privilege);
    }
    return checker.catalog(
        QStringLiteral("SELECT c.relname, %1 FROM pg_class c WHERE c.relnamespace = $3::regnamespace AND c.relkind = 'r' ORDER BY c.relname")
            .arg(columns.join(QStringLiteral(", "))),
        {readers, editors, location.schemaName()}, [&](PgStatement &row) {
            const QString table = row.value(0).toString();
            if (!expected.tables.contains(table))
                return;
            const TablePrivileges wanted = expectedPrivileges(table);
            int column = 1;
            for (const auto &[role, privileges] : {std::pair{readers, wanted.readers}, std::pair{editors, wanted.editors}}) {
                for (const QString &privilege : checkedPrivileges()) {
                    const bool has = isTrue(row.value(column++));
                    if (has && !privileges.contains(privilege))
                        report.problems << ServerVerifier::tr("%1 may %2 %3, which the matter forbids").arg(role, privilege, table);
                    else if (!has && privileges.contains(privilege))
                        report.problems << ServerVerifier::tr("%1 may no longer %2 %3").arg(role, privilege, table);
                }
            }
        });
}

// The grants: the server enforces the roles only as far as these say. Both roles must exist
// for the rest to be asked.
bool checkGrants(Checker &checker, const ServerLocation &location, ServerVerifier::Report &report)
{
    const QString readers = location.readerRole(), editors = location.editorRole();
    QSet<QString> roles;
    if (!checker.catalog(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname IN ($1, $2)"), {readers, editors},
                         [&](PgStatement &row) { roles << row.value(0).toString(); }))
        return false;
    for (const QString &role : {readers, editors}) {
        if (!roles.contains(role))
            report.problems << ServerVerifier::tr("the role %1 is missing: no one can be granted the matter through it").arg(role);
    }
    if (roles.size() < 2)
        return true;
    return checkSchemaUsage(checker, location, report) && checkTablePrivileges(checker, location, report);
}

// The schema's objects against the migrations' and the grants against the roles'.
bool checkObjects(Checker &checker, const ServerLocation &location, ServerVerifier::Report &report)
{
    FoundObjects found;
    if (!readObjects(checker, location.schemaName(), found))
        return false;
    compareObjects(expectedObjects(), found, report);
    return checkGrants(checker, location, report);
}

// References the schema does not declare: the rows agree with each other.
bool checkReferences(Checker &checker, ServerVerifier::Report &report)
{
    return checker.catalog(QStringLiteral("SELECT d.id, d.file_name FROM documents d"
                                          " WHERE NOT EXISTS (SELECT 1 FROM document_files f WHERE f.document_id = d.id) ORDER BY d.id"),
                           {}, [&](PgStatement &row) {
                               report.problems << ServerVerifier::tr("production %1 (%2): its stored bytes are missing")
                                                      .arg(row.value(0).toLongLong())
                                                      .arg(row.value(1).toString());
                           })
        && checker.catalog(QStringLiteral("SELECT d.id, d.file_name, p.page_no, d.page_count FROM pages p JOIN documents d ON d.id = p.document_id"
                                          " WHERE p.page_no < 1 OR p.page_no > d.page_count ORDER BY d.id, p.page_no"),
                           {}, [&](PgStatement &row) {
                               report.problems << ServerVerifier::tr("production %1 (%2): a page numbered %3 is stored, but it has %4 pages")
                                                      .arg(row.value(0).toLongLong())
                                                      .arg(row.value(1).toString())
                                                      .arg(row.value(2).toInt())
                                                      .arg(row.value(3).toInt());
                           })
        && checker.catalog(QStringLiteral("SELECT ea.event_id, ea.allegation_id FROM event_allegations ea JOIN events e ON e.id = ea.event_id"
                                          " JOIN allegations a ON a.id = ea.allegation_id WHERE e.client_id <> a.client_id ORDER BY 1, 2"),
                           {}, [&](PgStatement &row) {
                               report.problems << ServerVerifier::tr("event %1 is linked to allegation %2, which is another client's")
                                                      .arg(row.value(0).toLongLong())
                                                      .arg(row.value(1).toLongLong());
                           })
        && checker.catalog(QStringLiteral("SELECT s.client_id, e.id FROM spells s JOIN events e ON e.id IN (s.start_event_id, s.end_event_id)"
                                          " WHERE e.client_id <> s.client_id ORDER BY 1, 2"),
                           {}, [&](PgStatement &row) {
                               report.problems << ServerVerifier::tr("a spell of client %1 starts or ends at event %2, which is another client's")
                                                      .arg(row.value(0).toLongLong())
                                                      .arg(row.value(1).toLongLong());
                           });
}

struct StoredFile
{
    QString table;  // holding the bytes
    QString key;    // its id column there
    qint64 id = 0;
    QString name;
    QString sha256;
    qint64 recordedSize = 0;
    qint64 storedSize = 0;
    bool production = true;
};

// The SHA-256 of a stored file, read a megabyte at a time; empty with *failure when unreadable.
QString storedSha256(PgConnection &connection, const StoredFile &file, const std::function<bool()> &cancelled, QString *failure)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString sql = QStringLiteral("SELECT encode(substring(bytes FROM $2 FOR $3), 'hex') FROM %1 WHERE %2 = $1").arg(file.table, file.key);
    for (qint64 offset = 0; offset < file.storedSize; offset += kChunkBytes) {
        if (cancelled())
            return {};
        PgStatement part(connection, sql);
        if (!part.bind(file.id).bind(offset + 1).bind(kChunkBytes).exec() || !part.next()) {
            *failure = part.error().message;
            return {};
        }
        hash.addData(QByteArray::fromHex(part.value(0).toString().toLatin1()));
    }
    return QString::fromLatin1(hash.result().toHex());
}

// amcheck's schema when the extension is there and this login may run both its checks; else
// nothing, with the reason in *why.
QString amcheckSchema(Checker &checker, const QString &login, QString *why)
{
    QString schema;
    bool allowed = false;
    if (!checker.catalog(QStringLiteral("SELECT n.nspname, has_function_privilege(format('%I.bt_index_check(regclass, boolean)', n.nspname), 'EXECUTE')"
                                        " AND has_function_privilege(format('%I.verify_heapam(regclass, boolean, boolean, text, bigint, bigint)', n.nspname), 'EXECUTE')"
                                        " FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace WHERE x.extname = 'amcheck'"),
                         {}, [&](PgStatement &row) {
                             schema = row.value(0).toString();
                             allowed = isTrue(row.value(1));
                         }))
        return {};
    const QString intro = ServerVerifier::tr("PostgreSQL's own check of the matter's tables and indexes (amcheck) was not run");
    if (schema.isEmpty())
        *why = ServerVerifier::tr("%1: the amcheck extension is not installed in this database (a superuser may run "
                                  "CREATE EXTENSION amcheck; once, then GRANT EXECUTE on its functions bt_index_check and "
                                  "verify_heapam to those who verify)").arg(intro);
    else if (!allowed)
        *why = ServerVerifier::tr("%1: your login %2 may not run it (a superuser may, or may GRANT EXECUTE on amcheck's "
                                  "functions bt_index_check and verify_heapam to %2)").arg(intro, login);
    return allowed ? schema : QString();
}

// How a check moves on: whether the user cancelled, and one step more done.
struct Pace
{
    std::function<bool()> cancelled;
    std::function<void()> advance;
};

// The stored productions and Vaughn indexes, with their recorded and stored sizes.
bool listStoredFiles(Checker &checker, QList<StoredFile> &files)
{
    return checker.catalog(QStringLiteral("SELECT d.id, d.file_name, d.sha256, d.size, octet_length(f.bytes) FROM documents d"
                                          " JOIN document_files f ON f.document_id = d.id ORDER BY d.id"),
                           {}, [&](PgStatement &row) {
                               files << StoredFile{QStringLiteral("document_files"), QStringLiteral("document_id"), row.value(0).toLongLong(),
                                                   row.value(1).toString(), row.value(2).toString(), row.value(3).toLongLong(),
                                                   row.value(4).toLongLong(), true};
                           })
        && checker.catalog(QStringLiteral("SELECT id, file_name, sha256, size, octet_length(bytes) FROM vaughn_indexes ORDER BY id"),
                           {}, [&](PgStatement &row) {
                               files << StoredFile{QStringLiteral("vaughn_indexes"), QStringLiteral("id"), row.value(0).toLongLong(),
                                                   row.value(1).toString(), row.value(2).toString(), row.value(3).toLongLong(),
                                                   row.value(4).toLongLong(), false};
                           });
}

// Every row of every table: PostgreSQL checks each page it reads (and its checksum, when the
// cluster keeps them). ctid makes it read the table itself, never an index only. A step per
// table; false once cancelled.
bool readEveryTable(Checker &checker, const Pace &pace, ServerVerifier::Report &report)
{
    for (const QString &table : expectedObjects().tables) {
        QString failure;
        if (!checker.rows(QStringLiteral("SELECT count(ctid) FROM %1").arg(table), {}, [](PgStatement &) {}, &failure))
            report.problems << ServerVerifier::tr("the table %1 cannot be read whole: %2").arg(table, failure);
        if (pace.cancelled())
            return false;
        pace.advance();
    }
    return true;
}

// PostgreSQL's own checks (amcheck) of every table and B-tree index, when this login may run
// them; when not, why in notChecked. False when cancelled or the catalog could not be read.
bool runAmcheck(Checker &checker, const QString &schema, const QString &login, const Pace &pace, ServerVerifier::Report &report)
{
    QString notRun;
    const QString amcheck = amcheckSchema(checker, login, &notRun);
    if (!notRun.isEmpty())
        report.notChecked << notRun;
    if (amcheck.isEmpty())
        return true;
    QList<std::pair<QString, bool>> relations; // name, is a table (else a btree index)
    if (!checker.catalog(QStringLiteral("SELECT c.relname, c.relkind = 'r' FROM pg_class c LEFT JOIN pg_am a ON a.oid = c.relam"
                                        " WHERE c.relnamespace = $1::regnamespace AND (c.relkind = 'r' OR (c.relkind = 'i' AND a.amname = 'btree'))"
                                        " ORDER BY c.relkind DESC, c.relname"),
                         {schema}, [&](PgStatement &row) { relations.append({row.value(0).toString(), isTrue(row.value(1))}); }))
        return false;
    for (const auto &entry : std::as_const(relations)) {
        // Named copies, not structured bindings: clang (the fuzz build) refuses a lambda
        // capturing a binding.
        const QString &relation = entry.first;
        const bool isTable = entry.second;
        const QString qualified = QStringLiteral("%1.%2").arg(schema, relation);
        QString failure;
        const QString sql = isTable ? QStringLiteral("SELECT blkno, msg FROM %1.verify_heapam($1::regclass, false, true)").arg(amcheck)
                                    : QStringLiteral("SELECT %1.bt_index_check($1::regclass, true)").arg(amcheck);
        const bool ran = checker.rows(sql, {qualified}, [&](PgStatement &row) {
            if (isTable)
                report.problems << ServerVerifier::tr("PostgreSQL's check of the table %1 (amcheck), block %2: %3")
                                       .arg(relation, row.value(0).toString(), row.value(1).toString());
        }, &failure);
        if (!ran)
            report.problems << ServerVerifier::tr("PostgreSQL's check of %1 (amcheck): %2").arg(relation, failure);
        if (pace.cancelled())
            return false;
    }
    return true;
}

// The evidence itself: each stored file still has the bytes that were imported. A step per
// file; false once cancelled.
bool checkStoredFiles(PgConnection &connection, const QList<StoredFile> &files, const Pace &pace, ServerVerifier::Report &report)
{
    for (const StoredFile &file : files) {
        const QString what = file.production ? CaseVerifier::tr("production %1 (%2)").arg(file.id).arg(file.name)
                                             : CaseVerifier::tr("Vaughn index %1 (%2)").arg(file.id).arg(file.name);
        QString failure;
        if (file.storedSize != file.recordedSize) {
            report.problems << ServerVerifier::tr("%1: its stored bytes are %2 bytes long, not the %3 recorded at its import")
                                   .arg(what)
                                   .arg(file.storedSize)
                                   .arg(file.recordedSize);
        } else if (const QString actual = storedSha256(connection, file, pace.cancelled, &failure); pace.cancelled()) {
            return false;
        } else if (actual.isEmpty()) {
            report.problems << CaseVerifier::tr("%1: its stored bytes cannot be read").arg(what) + QStringLiteral(" (%1)").arg(failure);
            return true; // the transaction is aborted: nothing more can be read in it
        } else if (actual != file.sha256) {
            report.problems << CaseVerifier::tr("%1: its stored bytes no longer match their SHA-256").arg(what);
        }
        ++report.storedFiles;
        pace.advance();
    }
    return true;
}

// The checks in order, each a step of the progress (a table, a file one each); false when one
// was cancelled or could not read what it needs.
bool checkAll(Checker &checker, PgConnection &connection, const ServerLocation &location, const QString &login,
              const QList<StoredFile> &files, const Pace &pace, ServerVerifier::Report &report)
{
    const auto step = [&pace](bool done) {
        if (!done || pace.cancelled())
            return false;
        pace.advance();
        return true;
    };
    return step(checkObjects(checker, location, report))
        && readEveryTable(checker, pace, report)
        && step(checkReferences(checker, report))
        && step(runAmcheck(checker, location.schemaName(), login, pace, report))
        && checkStoredFiles(connection, files, pace, report);
}

} // namespace

ServerVerifier::ServerVerifier(ServerLocation location)
    : m_location(std::move(location))
{
}

ServerVerifier::Report ServerVerifier::run()
{
    Report report;
    StoreError error;
    // Read-only: an older schema is said, not upgraded.
    const std::unique_ptr<ServerStore> store = ServerStore::open(m_location, &error, true);
    if (!store) {
        report.problems << error.message;
        return report;
    }
    PgConnection &connection = store->connection();
    if (error = connection.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")); error.isError()) {
        report.problems << tr("the check could not read the matter: %1").arg(error.message);
        return report;
    }
    Checker checker(connection, report);
    QList<StoredFile> files;
    const bool listed = listStoredFiles(checker, files);
    const int total = 3 + int(expectedObjects().tables.size()) + int(files.size());
    int done = 0;
    const Pace pace{[this] { return cancelled(); }, [&] { progress(++done, total); }};
    const bool finished = listed && checkAll(checker, connection, m_location, store->sessionUser(), files, pace, report);
    connection.rollback();
    report.finished = finished && !cancelled();
    return report;
}

} // namespace rebuttal
