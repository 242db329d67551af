#include "Schema.h"

#include "CaseStore.h"
#include "ClientRecords.h"
#include "SqlStatement.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStore, "rebuttal.store")

namespace rebuttal {

namespace {

QStringList version1()
{
    // The whole domain, so later features add behaviour rather than rewrite tables.
    // Enumerations (sources, event types, exemption codes) are checked in C++, not with CHECK,
    // so a new value does not need a table rebuild.
    return {
        QStringLiteral("CREATE TABLE documents ("
                       " id INTEGER PRIMARY KEY,"
                       " file_name TEXT NOT NULL,"
                       " sha256 TEXT NOT NULL UNIQUE,"
                       " size INTEGER NOT NULL,"
                       " imported_at TEXT NOT NULL,"
                       " page_count INTEGER NOT NULL DEFAULT 0)"),
        // The PDF bytes sit apart so listing documents never reads them.
        QStringLiteral("CREATE TABLE document_files ("
                       " document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,"
                       " bytes BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE pages ("
                       " id INTEGER PRIMARY KEY,"
                       " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                       " page_no INTEGER NOT NULL,"
                       " bates TEXT,"
                       " width_pt REAL,"
                       " height_pt REAL,"
                       " text TEXT NOT NULL DEFAULT '',"
                       " text_source TEXT NOT NULL DEFAULT 'layer' CHECK (text_source IN ('layer', 'ocr', 'none')),"
                       " image_only INTEGER NOT NULL DEFAULT 0,"
                       " withheld_in_full INTEGER NOT NULL DEFAULT 0,"
                       " withheld_origin TEXT CHECK (withheld_origin IN ('detector', 'user')),"
                       " UNIQUE (document_id, page_no))"),
        QStringLiteral("CREATE INDEX pages_bates ON pages(bates)"),
        // origin tells the detector's boxes from the user's corrections; a detector box the user
        // deleted stays as rejected = 1 so that re-detection does not bring it back.
        QStringLiteral("CREATE TABLE redactions ("
                       " id INTEGER PRIMARY KEY,"
                       " page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,"
                       " x REAL NOT NULL, y REAL NOT NULL, w REAL NOT NULL, h REAL NOT NULL,"
                       " label_text TEXT,"
                       " text_under_box TEXT,"
                       " origin TEXT NOT NULL DEFAULT 'detector' CHECK (origin IN ('detector', 'user')),"
                       " rejected INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX redactions_page ON redactions(page_id)"),
        QStringLiteral("CREATE TABLE redaction_exemptions ("
                       " redaction_id INTEGER NOT NULL REFERENCES redactions(id) ON DELETE CASCADE,"
                       " code TEXT NOT NULL,"
                       " PRIMARY KEY (redaction_id, code)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE vaughn_indexes ("
                       " id INTEGER PRIMARY KEY,"
                       " file_name TEXT NOT NULL,"
                       " sha256 TEXT NOT NULL UNIQUE,"
                       " size INTEGER NOT NULL,"
                       " imported_at TEXT NOT NULL,"
                       " bytes BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE vaughn_entries ("
                       " id INTEGER PRIMARY KEY,"
                       " index_id INTEGER NOT NULL REFERENCES vaughn_indexes(id) ON DELETE CASCADE,"
                       " entry_no INTEGER NOT NULL,"
                       " document_ref TEXT NOT NULL DEFAULT '',"
                       " withholding TEXT CHECK (withholding IN ('full', 'partial')),"
                       " pages_as_written TEXT NOT NULL DEFAULT '',"
                       " description TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (index_id, entry_no))"),
        QStringLiteral("CREATE TABLE vaughn_entry_pages ("
                       " entry_id INTEGER NOT NULL REFERENCES vaughn_entries(id) ON DELETE CASCADE,"
                       " page_no INTEGER NOT NULL,"
                       " PRIMARY KEY (entry_id, page_no)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE vaughn_entry_exemptions ("
                       " entry_id INTEGER NOT NULL REFERENCES vaughn_entries(id) ON DELETE CASCADE,"
                       " code TEXT NOT NULL,"
                       " PRIMARY KEY (entry_id, code)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE vaughn_justifications ("
                       " entry_id INTEGER NOT NULL REFERENCES vaughn_entries(id) ON DELETE CASCADE,"
                       " code TEXT NOT NULL,"
                       " reasons TEXT NOT NULL,"
                       " PRIMARY KEY (entry_id, code)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE audit_findings ("
                       " id INTEGER PRIMARY KEY,"
                       " index_id INTEGER NOT NULL REFERENCES vaughn_indexes(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL,"
                       " entry_no INTEGER,"
                       " entries TEXT,"
                       " document_ref TEXT,"
                       " bates TEXT,"
                       " exemptions TEXT,"
                       " detail TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE clients ("
                       " id INTEGER PRIMARY KEY,"
                       " ref TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " pseudonym TEXT,"
                       " country TEXT,"
                       " a_number TEXT,"
                       " notes TEXT)"),
        QStringLiteral("CREATE TABLE allegations ("
                       " id INTEGER PRIMARY KEY,"
                       " client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,"
                       " ref TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " source TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " origin TEXT,"
                       " origin_country TEXT,"
                       " asserted_on TEXT,"
                       " disclosed_on TEXT,"
                       " disclosure_channel TEXT,"
                       " status TEXT,"
                       " detail TEXT,"
                       " UNIQUE (client_id, ref))"),
        // date keeps what the record said (2019, 2019-03, 2019-03-02); date_sort is its first day,
        // position the record's order, which breaks ties between same-day events.
        QStringLiteral("CREATE TABLE events ("
                       " id INTEGER PRIMARY KEY,"
                       " client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,"
                       " ref TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " type TEXT NOT NULL,"
                       " date TEXT NOT NULL,"
                       " date_sort TEXT NOT NULL,"
                       " detail TEXT,"
                       " UNIQUE (client_id, ref))"),
        QStringLiteral("CREATE INDEX events_client_date ON events(client_id, date_sort, position)"),
        QStringLiteral("CREATE TABLE event_allegations ("
                       " event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
                       " allegation_id INTEGER NOT NULL REFERENCES allegations(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (event_id, allegation_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX event_allegations_allegation ON event_allegations(allegation_id)"),
        // A citation keeps the reference as given (a Bates number, or a document and page);
        // it is resolved against the productions when shown, so importing them later still links.
        QStringLiteral("CREATE TABLE evidence ("
                       " id INTEGER PRIMARY KEY,"
                       " event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " document_ref TEXT NOT NULL,"
                       " page INTEGER)"),
        QStringLiteral("CREATE INDEX evidence_event ON evidence(event_id)"),
        QStringLiteral("CREATE TABLE activity_log ("
                       " id INTEGER PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " user TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " detail TEXT NOT NULL DEFAULT '')"),
    };
}

QStringList version2()
{
    return {
        // Full-text search over page text (including OCR), kept in step with pages by triggers.
        QStringLiteral("CREATE VIRTUAL TABLE page_search USING fts5("
                       "text, content='pages', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER pages_search_insert AFTER INSERT ON pages BEGIN"
                       " INSERT INTO page_search(rowid, text) VALUES (new.id, new.text); END"),
        QStringLiteral("CREATE TRIGGER pages_search_delete AFTER DELETE ON pages BEGIN"
                       " INSERT INTO page_search(page_search, rowid, text) VALUES ('delete', old.id, old.text); END"),
        QStringLiteral("CREATE TRIGGER pages_search_update AFTER UPDATE OF text ON pages BEGIN"
                       " INSERT INTO page_search(page_search, rowid, text) VALUES ('delete', old.id, old.text);"
                       " INSERT INTO page_search(rowid, text) VALUES (new.id, new.text); END"),
        // Chain of custody: the activity log only grows.
        QStringLiteral("CREATE TRIGGER activity_log_no_update BEFORE UPDATE ON activity_log BEGIN"
                       " SELECT RAISE(ABORT, 'the activity log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER activity_log_no_delete BEFORE DELETE ON activity_log BEGIN"
                       " SELECT RAISE(ABORT, 'the activity log is append-only'); END"),
        QStringLiteral("CREATE INDEX allegations_source ON allegations(source)"),
        QStringLiteral("CREATE INDEX events_type ON events(type)"),
    };
}

QStringList version3()
{
    return {
        // A page that the PDF reader could not analyse is kept, empty, with the reason.
        QStringLiteral("ALTER TABLE pages ADD COLUMN problem TEXT"),
        // Exemptions cited by the page itself rather than by a box: a withholding notice, a label
        // standing apart. origin 'user' marks codes a person added.
        QStringLiteral("CREATE TABLE page_exemptions ("
                       " page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,"
                       " code TEXT NOT NULL,"
                       " origin TEXT NOT NULL DEFAULT 'detector' CHECK (origin IN ('detector', 'user')),"
                       " PRIMARY KEY (page_id, code)) WITHOUT ROWID"),
        // A detector box whose codes a person changed keeps them through re-detection.
        QStringLiteral("ALTER TABLE redactions ADD COLUMN codes_by_user INTEGER NOT NULL DEFAULT 0"),
    };
}

QStringList version4()
{
    return {
        // Detention and separation spells, derived from the events each time a client is
        // written (CaseTimeline's rules), so statistics aggregate them in SQL. An open spell
        // has no end; queries run it to their as-of date.
        QStringLiteral("CREATE TABLE spells ("
                       " client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL CHECK (kind IN ('detention', 'separation')),"
                       " start_event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
                       " end_event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,"
                       " start TEXT NOT NULL,"
                       " end TEXT)"),
        QStringLiteral("CREATE INDEX spells_client ON spells(client_id)"),
        QStringLiteral("CREATE INDEX allegations_client ON allegations(client_id)"),
    };
}

QStringList version5()
{
    return {
        // The body that took a decision (rebuttal.cases decided_by); NULL for the events stored
        // before, which did not say.
        QStringLiteral("ALTER TABLE events ADD COLUMN decided_by TEXT"),
        // The agreements registry (rebuttal.agreements v1): one row per agreement, its columns the
        // format's keys, lists kept as their JSON text. A parent is a ref, not a foreign key: a
        // registry may name a parent imported later in the same file. Flags are computed, never stored.
        QStringLiteral("CREATE TABLE agreements ("
                       " id INTEGER PRIMARY KEY,"
                       " ref TEXT NOT NULL UNIQUE,"
                       " position INTEGER NOT NULL,"
                       " title TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " parent TEXT,"
                       " country TEXT,"
                       " programs TEXT,"
                       " us_party TEXT,"
                       " partner TEXT,"
                       " receiving_agency TEXT,"
                       " signed_on TEXT,"
                       " commences_on TEXT,"
                       " ends_on TEXT,"
                       " suspensions TEXT,"
                       " covers TEXT,"
                       " purposes TEXT,"
                       " use_terms TEXT,"
                       " third_party_disclosure TEXT,"
                       " requires_sop INTEGER,"
                       " withheld TEXT,"
                       " clauses TEXT,"
                       " reviews TEXT,"
                       " evidence TEXT,"
                       " notes TEXT)"),
        QStringLiteral("CREATE INDEX agreements_country ON agreements(country)"),
    };
}

// Row versions (issue 18: concurrent work without lost updates). Every row a person edits carries
// a version that each change raises, and who changed it when, so a save against a row changed
// since it was read is refused ("changed by USER at TIME"). The version and the time are kept by a
// trigger; on the file store the edit path writes the OS login (SQLite has no session user), and
// an import leaves it empty. Ordinary columns, so a copy between stores carries them.
QStringList version6()
{
    QStringList statements;
    for (const VersionedTable &table : Schema::versionedTables()) {
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN version INTEGER NOT NULL DEFAULT 1").arg(table.name)
                   << QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_by TEXT").arg(table.name)
                   << QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_at TEXT").arg(table.name)
                   // UPDATE OF the data columns only: the trigger's own update, and the edit
                   // path's stamp of changed_by, do not raise the version again.
                   << QStringLiteral("CREATE TRIGGER %1_row_version AFTER UPDATE OF %2 ON %1 BEGIN"
                                     " UPDATE %1 SET version = old.version + 1,"
                                     " changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), changed_by = NULL"
                                     " WHERE id = new.id; END")
                          .arg(table.name, table.dataColumns.join(QStringLiteral(", ")));
    }
    return statements;
}

// The activity log's order is its ids': an entry may not be given one that puts it before an
// entry already written (a back-dated record of custody). After the insert, when SQLite's own id
// is known; the statement is undone.
QStringList version7()
{
    return {
        QStringLiteral("CREATE TRIGGER activity_log_id_grows AFTER INSERT ON activity_log"
                       " WHEN new.id <= (SELECT max(id) FROM activity_log WHERE id <> new.id) BEGIN"
                       " SELECT RAISE(ABORT, 'the activity log only grows: an entry may not take an id before the last one'); END"),
    };
}

// Version 8 is the server's: a colleague's corrections announced on the matter's channel
// (ServerSchema.cpp). A file has no listeners; it takes the same step so that one number says what
// a store holds on either backend, and the two lists of migrations stay twins (tst_serverstore).
QStringList version8()
{
    return {};
}

} // namespace

const QList<Migration> &Schema::migrations()
{
    static const QList<Migration> all{
        {1, QStringLiteral("documents, pages, redactions, Vaughn indexes, clients, events, evidence"), version1(), {}},
        {2, QStringLiteral("page search and an append-only activity log"), version2(), {}},
        {3, QStringLiteral("page problems, page-level exemptions, corrected codes"), version3(), {}},
        {4, QStringLiteral("detention and separation spells"), version4(), &ClientRecords::rebuildAllSpells},
        {5, QStringLiteral("agreements registry, the body that decided an event"), version5(), {}},
        {6, QStringLiteral("row versions: who changed an edited row last, and when"), version6(), {}},
        {7, QStringLiteral("activity log ids only grow"), version7(), {}},
        {8, QStringLiteral("corrections announced to the matter's other users"), version8(), {}},
    };
    return all;
}

const QList<VersionedTable> &Schema::versionedTables()
{
    static const QList<VersionedTable> tables{
        {QStringLiteral("clients"), {QStringLiteral("ref"), QStringLiteral("name"), QStringLiteral("pseudonym"),
                                     QStringLiteral("country"), QStringLiteral("a_number"), QStringLiteral("notes")}},
        {QStringLiteral("allegations"),
         {QStringLiteral("ref"), QStringLiteral("position"), QStringLiteral("source"), QStringLiteral("kind"),
          QStringLiteral("origin"), QStringLiteral("origin_country"), QStringLiteral("asserted_on"),
          QStringLiteral("disclosed_on"), QStringLiteral("disclosure_channel"), QStringLiteral("status"),
          QStringLiteral("detail")}},
        {QStringLiteral("events"), {QStringLiteral("ref"), QStringLiteral("position"), QStringLiteral("type"),
                                    QStringLiteral("date"), QStringLiteral("date_sort"), QStringLiteral("detail"),
                                    QStringLiteral("decided_by")}},
        {QStringLiteral("evidence"), {QStringLiteral("position"), QStringLiteral("document_ref"), QStringLiteral("page")}},
        {QStringLiteral("redactions"), {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("w"), QStringLiteral("h"),
                                        QStringLiteral("label_text"), QStringLiteral("text_under_box"),
                                        QStringLiteral("origin"), QStringLiteral("rejected"),
                                        QStringLiteral("codes_by_user")}},
        {QStringLiteral("agreements"),
         {QStringLiteral("ref"), QStringLiteral("position"), QStringLiteral("title"), QStringLiteral("kind"),
          QStringLiteral("parent"), QStringLiteral("country"), QStringLiteral("programs"), QStringLiteral("us_party"),
          QStringLiteral("partner"), QStringLiteral("receiving_agency"), QStringLiteral("signed_on"),
          QStringLiteral("commences_on"), QStringLiteral("ends_on"), QStringLiteral("suspensions"),
          QStringLiteral("covers"), QStringLiteral("purposes"), QStringLiteral("use_terms"),
          QStringLiteral("third_party_disclosure"), QStringLiteral("requires_sop"), QStringLiteral("withheld"),
          QStringLiteral("clauses"), QStringLiteral("reviews"), QStringLiteral("evidence"), QStringLiteral("notes")}},
    };
    return tables;
}

int Schema::currentVersion()
{
    return migrations().constLast().version;
}

StoreError Schema::migrate(QSqlDatabase &db, const QList<Migration> &plan)
{
    SqlStatement current(db, QStringLiteral("PRAGMA user_version"));
    if (!current.exec() || !current.next())
        return current.error();
    const int from = current.value(0).toInt();
    current.finish();

    QList<Migration> pending;
    for (const Migration &migration : plan) {
        if (migration.version > from)
            pending << migration;
    }
    if (pending.isEmpty())
        return {};

    if (!db.transaction())
        return SqlStatement::errorOf(db.lastError());
    for (const Migration &migration : std::as_const(pending)) {
        for (const QString &sql : migration.statements) {
            SqlStatement statement(db, sql);
            if (!statement.exec()) {
                const StoreError error = statement.error();
                statement.finish();
                db.rollback();
                qCWarning(lcStore) << "migration to version" << migration.version << "failed:" << error.message;
                return StoreError::make(error.kind, QStringLiteral("schema upgrade to version %1 failed: %2")
                                                        .arg(migration.version)
                                                        .arg(error.message));
            }
        }
    }
    // The fills run once every table is as this build knows it: a fill reads rows through the
    // same code as the app (ClientRecords), which expects the latest columns.
    for (const Migration &migration : std::as_const(pending)) {
        if (migration.fill) {
            const StoreError error = migration.fill(db);
            if (error.isError()) {
                db.rollback();
                return StoreError::make(error.kind, QStringLiteral("schema upgrade to version %1 failed: %2")
                                                        .arg(migration.version)
                                                        .arg(error.message));
            }
        }
    }
    const QStringList stamp{
        QStringLiteral("PRAGMA application_id = %1").arg(static_cast<qint32>(CaseStore::ApplicationId)),
        QStringLiteral("PRAGMA user_version = %1").arg(pending.constLast().version),
    };
    for (const QString &sql : stamp) {
        SqlStatement statement(db, sql);
        if (!statement.exec()) {
            const StoreError error = statement.error();
            statement.finish();
            db.rollback();
            return error;
        }
    }
    if (!db.commit()) {
        const StoreError error = SqlStatement::errorOf(db.lastError());
        db.rollback();
        return error;
    }
    return {};
}

} // namespace rebuttal
