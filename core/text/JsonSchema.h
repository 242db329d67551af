// A JSON Schema shipped in the binary (a copy of one of ../shared/formats), applied with valijson.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <rapidjson/fwd.h>

#include <memory>
#include <optional>

namespace valijson {
class Schema;
}

namespace rebuttal {

class ConformanceCheck;

struct SchemaViolation
{
    // Where in the document: property names and array indexes, e.g. clients, 0, allegations, 1, source.
    QStringList path;
    QString description; // valijson's, in English
};

class JsonSchema
{
public:
    // `resource` names the schema's Qt resource (":/formats/cases.schema.json").
    explicit JsonSchema(const QString &resource);
    ~JsonSchema();
    JsonSchema(const JsonSchema &) = delete;
    JsonSchema &operator=(const JsonSchema &) = delete;

    QByteArray text() const { return m_text; }
    // A value as a one-line message shows it: text quoted, control characters escaped, long values cut.
    static QString quoted(const QJsonValue &value);
    // The value a violation's path points at, and the path from its element `from` as people write
    // it ("suspensions[0].to").
    static QJsonValue valueAt(const QJsonObject &root, const QStringList &path);
    static QString fieldName(const QStringList &path, int from);
    // The first (innermost) violation, or nothing when `document` conforms.
    std::optional<SchemaViolation> check(const QJsonObject &document) const;
    // The same on a RapidJSON document (bulk case records): a document that conforms is
    // recognised by ConformanceCheck, valijson only says what is wrong with one that may not.
    std::optional<SchemaViolation> check(const rapidjson::Value &document) const;

private:
    QByteArray m_text;
    std::unique_ptr<valijson::Schema> m_schema;
    std::unique_ptr<ConformanceCheck> m_conformance; // null: the schema is valijson's alone
};

} // namespace rebuttal
