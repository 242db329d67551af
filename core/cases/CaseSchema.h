// The rebuttal.cases JSON Schema (../shared/formats/cases.schema.json, shipped in the
// binary), applied with valijson. Only what the schema says is checked here; the rules it
// cannot say (real calendar dates, unique refs, relied_on naming the client's own
// allegations) are CaseRecordsReader's.
#pragma once

#include "text/JsonSchema.h"

#include <QJsonObject>

#include <optional>

namespace rebuttal {

class CaseSchema
{
public:
    // The first (innermost) violation, or nothing when `document` conforms.
    static std::optional<SchemaViolation> check(const QJsonObject &document);
    static std::optional<SchemaViolation> check(const rapidjson::Value &document);
    static QByteArray schemaText();
};

} // namespace rebuttal
