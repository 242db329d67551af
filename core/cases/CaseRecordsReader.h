// Reads and validates case records before anything is written anywhere: rebuttal.cases JSON
// (checked against the shipped JSON Schema, then the rules a schema cannot say) or the
// equivalent CSV (README, "Case records as CSV"), which becomes the same JSON document and
// goes through the same checks, with messages that point at its lines.
#pragma once

#include "domain/ActivityDetail.h"
#include "domain/CaseRecords.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <rapidjson/fwd.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace rebuttal {

class CaseRecordsReader
{
    Q_DECLARE_TR_FUNCTIONS(CaseRecordsReader)

public:
    // The CSV columns, in the order the export writes them.
    static QStringList csvColumns();

    // The largest file read: far above any real practice's records (20,000 clients take 17 MB
    // as JSON), low enough that parsing and checking it stays within the import's memory budget
    // of 1 GiB (a 17 MB file peaks at 229 MiB in a Release build, about 13 times its size).
    static constexpr qint64 MaxFileBytes = 64LL * 1024 * 1024;

    // `fileName` names the file in messages; its extension (.json, .csv) picks the format,
    // otherwise the content does.
    std::optional<CaseRecords> read(const QByteArray &bytes, const QString &fileName);
    // Checks the file's kind and size before reading a byte of it.
    std::optional<CaseRecords> readFile(const QString &path);

    // One line: the file, where (line, client ref, field) and what is wrong.
    QString errorString() const { return m_error; }
    // Records accepted but doubtful (a disclosure before the assertion, a release before any
    // detention), one line each, naming the file and where.
    QStringList warnings() const { return m_warnings; }
    // The file for the activity log: its format and SHA-256, never its name (which may be a client's).
    ActivityDetail sourceDescription() const { return m_sourceDescription; }
    // Whether the last CSV file was read directly into records (readCsvDirectly), for the tests
    // that hold that path to the document's.
    bool readCsvWithoutDocument() const { return m_readCsvWithoutDocument; }

private:
    std::optional<CaseRecords> readJson(const QByteArray &json);
    // A file RapidJSON refused, put into words (Qt's parser says what and where).
    void failMalformed(const QByteArray &json, const rapidjson::Document &document, qsizetype skipped);
    std::optional<CaseRecords> readCsv(const QByteArray &csv);
    // A CSV file read straight into records, without the JSON document: every rule of the schema
    // and of readDocument() checked by hand. It takes only files that pass them all, with no
    // evidence column filled and no warning to give; for any other it returns nothing and
    // readCsv() reads the file again through the document, for the same records or the same
    // message as ever.
    std::optional<CaseRecords> readCsvDirectly(const QByteArray &csv);
    // What readClient() and readDocument() check once a client read directly is whole: false for
    // a client they would refuse or warn about (`fieldsGiven`: which client fields its rows gave).
    bool directClientsPass(const CaseRecords &records, const std::vector<std::uint8_t> &fieldsGiven);
    // The CSV's header row: which of its fields holds each of csvColumns() (-1: none).
    bool readCsvHeader(const struct CsvRow &header, QList<int> *fieldOfColumn);
    struct CsvClient;
    // One CSV row (its cells in csvColumns() order) added to the client it names.
    bool readCsvRow(int line, const struct CsvCells &cells, int index, CsvClient &client, rapidjson::Document &document);
    // The document is read as RapidJSON values (parsing and walking Qt's cost several times
    // more on 20,000 clients); error messages read it as Qt JSON, made only when one is needed.
    std::optional<CaseRecords> readDocument(const rapidjson::Value &root);
    const QJsonObject &qtRoot() const;
    bool failSchema(const struct SchemaViolation &violation);
    // "line 12, client C-1, allegations[0]": where an element of clients[client] is.
    QString placeOf(int client, const QString &section = {}, int index = -1) const;
    bool fail(const QString &where, const QString &problem);
    // Where an element of clients[client] is, put into words only when something is wrong
    // there (placeOf for every record cost more than reading it).
    struct Place
    {
        int client = 0;
        QString section; // "allegations", "events" or empty for the client itself
        int index = -1;
        QString detail; // what within it, such as "evidence"
    };
    bool failAt(const Place &where, const QString &problem);
    std::optional<Client> readClient(const rapidjson::Value &object, int index);
    std::optional<Allegation> readAllegation(const rapidjson::Value &object, const Place &where);
    std::optional<CaseEvent> readEvent(const rapidjson::Value &object, const Place &where);
    bool readDate(const rapidjson::Value &object, const char *key, const Place &where, bool required, PartialDate *out);
    bool readText(const rapidjson::Value &object, const char *key, const Place &where, bool required, QString *out);
    // readText() as the file's UTF-8, in place: valid while the document is.
    bool readUtf8(const rapidjson::Value &object, const char *key, const Place &where, bool required, QByteArrayView *out);

    void warnAboutDates(const Client &client, int index);

    QString m_fileName;
    QString m_error;
    QStringList m_warnings;
    ActivityDetail m_sourceDescription{""};
    bool m_readCsvWithoutDocument = false;
    // The document being read (valid during read()) and, once a message needs it, its Qt copy.
    const rapidjson::Value *m_document = nullptr;
    mutable std::optional<QJsonObject> m_qtRoot;
    // For CSV input, by client index: the line of the client's first row, of each allegation, of each event.
    struct CsvLines
    {
        int client = 0;
        QList<int> allegations;
        QList<int> events;
    };
    QList<CsvLines> m_lines;
};

} // namespace rebuttal
