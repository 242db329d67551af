// What QJsonDocument lets through silently and a record file must not carry: a key given twice in
// one object (the second would replace the first), a raw NUL in a string, a lone UTF-16
// surrogate in a \u escape (Qt stores it as some other character), nesting deeper than any record.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <rapidjson/fwd.h>

namespace rebuttal {

class StrictJson
{
    Q_DECLARE_TR_FUNCTIONS(StrictJson)

public:
    static constexpr int MaxDepth = 64;

    // Empty when `json` has none of these; else "line N, key "K": what is wrong". Reads the
    // bytes once, in constant stack; the syntax itself is left to the JSON parser.
    static QString problemIn(const QByteArray &json);
    // The same for `json` as RapidJSON parsed it (`parsed`; its parse error, if any, is left to the
    // caller when none of these explains it). RapidJSON refuses a raw NUL and a lone high surrogate
    // itself; a key given twice, deep nesting and a lone low surrogate are looked for in what it read, and the bytes
    // are read again only to say where (that scan cost more than the parse).
    static QString problemIn(const QByteArray &json, const rapidjson::Document &parsed);
};

} // namespace rebuttal
