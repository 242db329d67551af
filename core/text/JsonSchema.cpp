#include "JsonSchema.h"

#include "ConformanceCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <rapidjson/document.h>
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/adapters/rapidjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

namespace rebuttal {

JsonSchema::JsonSchema(const QString &resource)
    : m_schema(std::make_unique<valijson::Schema>())
{
    QFile file(resource);
    if (file.open(QIODevice::ReadOnly))
        m_text = file.readAll();
    // Read with RapidJSON: the values the schema lists (enums) are then kept as RapidJSON values,
    // which compare with a document's several times faster than Qt's (each Qt comparison made a
    // std::string).
    rapidjson::Document document;
    document.Parse(m_text.constData(), static_cast<size_t>(m_text.size()));
    valijson::SchemaParser parser;
    // The schema ships in the binary and is checked by the tests: a failure here is a
    // build defect, not bad input.
    parser.populateSchema(valijson::adapters::RapidJsonAdapter(document), *m_schema);
    m_conformance = ConformanceCheck::compile(document);
}

JsonSchema::~JsonSchema() = default;

QJsonValue JsonSchema::valueAt(const QJsonObject &root, const QStringList &path)
{
    QJsonValue value = root;
    for (const QString &part : path)
        value = value.isArray() ? value.toArray().at(part.toInt()) : value.toObject().value(part);
    return value;
}

QString JsonSchema::fieldName(const QStringList &path, int from)
{
    QString field;
    for (int i = from; i < path.size(); ++i) {
        bool isIndex = false;
        path.at(i).toInt(&isIndex);
        field += isIndex ? QStringLiteral("[%1]").arg(path.at(i)) : (field.isEmpty() ? QString() : QStringLiteral(".")) + path.at(i);
    }
    return field;
}

QString JsonSchema::quoted(const QJsonValue &value)
{
    if (value.isString()) {
        QString text = value.toString();
        text.replace(QLatin1Char('\n'), QStringLiteral("\\n")).replace(QLatin1Char('\r'), QStringLiteral("\\r"));
        if (text.size() > 80)
            text = text.left(77) + QStringLiteral("...");
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull())
        return QStringLiteral("null");
    if (value.isUndefined())
        return QCoreApplication::translate("CaseRecordsReader", "nothing");
    return value.isArray() ? QCoreApplication::translate("CaseRecordsReader", "an array")
                           : QCoreApplication::translate("CaseRecordsReader", "an object");
}

namespace {

template<typename Adapter>
std::optional<SchemaViolation> firstViolation(const valijson::Schema &schema, const Adapter &adapter)
{
    valijson::Validator validator;
    // Without a place for results valijson stops at the first violation and keeps no account of
    // where it is; a document that conforms (nearly every one) is read once that way, and only
    // one that does not is read again to say where.
    if (validator.validate(schema, adapter, nullptr))
        return std::nullopt;
    valijson::ValidationResults results;
    if (validator.validate(schema, adapter, &results))
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

} // namespace

std::optional<SchemaViolation> JsonSchema::check(const QJsonObject &document) const
{
    return firstViolation(*m_schema, valijson::adapters::QtJsonAdapter(document));
}

std::optional<SchemaViolation> JsonSchema::check(const rapidjson::Value &document) const
{
    if (m_conformance && m_conformance->conforms(document))
        return std::nullopt;
    return firstViolation(*m_schema, valijson::adapters::RapidJsonAdapter(document));
}

} // namespace rebuttal
