#include "CaseSchema.h"

#include <QFile>
#include <QJsonDocument>

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <mutex>

namespace rebuttal {

namespace {

const valijson::Schema &schema()
{
    static valijson::Schema parsed;
    static std::once_flag once;
    std::call_once(once, [] {
        const QJsonDocument document = QJsonDocument::fromJson(CaseSchema::schemaText());
        valijson::SchemaParser parser;
        // The schema ships in the binary and is checked by the tests: a failure here is a
        // build defect, not bad input.
        parser.populateSchema(valijson::adapters::QtJsonAdapter(document.object()), parsed);
    });
    return parsed;
}

} // namespace

QByteArray CaseSchema::schemaText()
{
    QFile file(QStringLiteral(":/formats/cases.schema.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::optional<SchemaViolation> CaseSchema::check(const QJsonObject &document)
{
    valijson::Validator validator;
    valijson::ValidationResults results;
    if (validator.validate(schema(), valijson::adapters::QtJsonAdapter(document), &results))
        return std::nullopt;
    valijson::ValidationResults::Error error;
    SchemaViolation violation;
    // valijson reports the innermost failure first, then each enclosing one.
    if (results.popError(error)) {
        for (const std::string &part : error.context) {
            QString name = QString::fromStdString(part);
            if (name == QLatin1String("<root>"))
                continue;
            if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
                name = name.mid(1, name.size() - 2);
            violation.path << name;
        }
        violation.description = QString::fromStdString(error.description);
    }
    return violation;
}

} // namespace rebuttal
