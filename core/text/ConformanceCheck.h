// A quick "this document conforms" for a JSON Schema that valijson also applies, for bulk
// documents that nearly always do (20,000 clients of case records). valijson makes a std::string
// of every member name and value it checks and runs std::regex on every date; this walks the
// RapidJSON document once, without allocating, over the schema compiled into a tree of the
// keywords it handles (type, required, properties, items, $ref, const, enum, pattern, minLength,
// minimum and annotations).
//
// It only ever answers "conforms" when valijson would: each keyword is applied as valijson applies
// it or more strictly (a string with a NUL in it, a number that is not an int, are left to
// valijson). When it says no, valijson decides and says where and what; a schema with a keyword
// or a pattern it does not handle compiles to nothing and valijson does all the work as before.
#pragma once

#include "BytePattern.h"

#include <rapidjson/fwd.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rebuttal {

class ConformanceCheck
{
public:
    // Nothing when `schema` uses what this does not handle.
    static std::unique_ptr<ConformanceCheck> compile(const rapidjson::Value &schema);

    // True only when `document` conforms; false when it may not (valijson then decides).
    bool conforms(const rapidjson::Value &document) const;

private:
    friend class SchemaCompiler;
    struct Node
    {
        unsigned types = 0; // the JSON types allowed (bits of Type); 0: any
        std::vector<std::string> required;
        std::vector<std::pair<std::string, int>> properties; // member name, the node its value must conform to
        int items = -1; // the node every element of an array must conform to
        std::vector<int> refs; // $ref: nodes the value must also conform to
        // const and enum: each a list of the values allowed (text or whole numbers).
        struct Choice
        {
            std::vector<std::string> texts;
            std::vector<int> numbers;
        };
        std::vector<Choice> choices;
        std::vector<BytePattern> patterns;
        std::optional<std::size_t> minLength; // in characters
        std::optional<double> minimum;
    };
    bool conforms(const rapidjson::Value &value, int node) const;

    std::vector<Node> m_nodes; // the root's is the first
};

} // namespace rebuttal
