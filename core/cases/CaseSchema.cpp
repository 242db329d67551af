#include "CaseSchema.h"

namespace rebuttal {

namespace {

const JsonSchema &schema()
{
    static const JsonSchema parsed(QStringLiteral(":/formats/cases.schema.json"));
    return parsed;
}

} // namespace

QByteArray CaseSchema::schemaText()
{
    return schema().text();
}

std::optional<SchemaViolation> CaseSchema::check(const QJsonObject &document)
{
    return schema().check(document);
}

std::optional<SchemaViolation> CaseSchema::check(const rapidjson::Value &document)
{
    return schema().check(document);
}

} // namespace rebuttal
