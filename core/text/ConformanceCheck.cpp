#include "ConformanceCheck.h"

#include <rapidjson/document.h>

#include <cstring>
#include <map>
#include <string_view>

namespace rebuttal {

namespace {

enum Type : unsigned {
    Null = 1, Boolean = 2, Object = 4, Array = 8, Number = 16, String = 32, Integer = 64
};

std::optional<unsigned> typeNamed(std::string_view name)
{
    static constexpr std::pair<std::string_view, Type> names[] = {
        {"null", Null}, {"boolean", Boolean}, {"object", Object}, {"array", Array},
        {"number", Number}, {"string", String}, {"integer", Integer}};
    for (const auto &[text, type] : names) {
        if (text == name)
            return type;
    }
    return std::nullopt;
}

std::string_view textOf(const rapidjson::Value &value)
{
    return {value.GetString(), value.GetStringLength()};
}

bool hasNul(std::string_view text)
{
    return std::memchr(text.data(), 0, text.size()) != nullptr;
}

// Whether `value` is of one of `types`. An integer is one RapidJSON holds as an int (every whole
// number that fits one, once the reader has normalised numbers): others are left to valijson.
bool isOfType(const rapidjson::Value &value, unsigned types)
{
    return ((types & Null) && value.IsNull()) || ((types & Boolean) && value.IsBool())
        || ((types & Object) && value.IsObject()) || ((types & Array) && value.IsArray())
        || ((types & Number) && value.IsNumber()) || ((types & String) && value.IsString())
        || ((types & Integer) && value.IsInt());
}

// Characters as valijson counts them (UTF-8 sequences; the text is valid UTF-8 and has no NUL).
std::size_t characterCount(std::string_view text)
{
    std::size_t count = 0;
    for (const char c : text)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

} // namespace

// Compiles a schema's subschemas into ConformanceCheck's nodes, each $ref target once.
class SchemaCompiler
{
public:
    SchemaCompiler(const rapidjson::Value &root, ConformanceCheck &check)
        : m_root(root)
        , m_check(check)
    {
    }

    // The node for `schema`, or -1 when it uses what the check does not handle.
    int compile(const rapidjson::Value &schema)
    {
        if (!schema.IsObject())
            return -1;
        const int index = static_cast<int>(m_check.m_nodes.size());
        m_check.m_nodes.emplace_back();
        for (const auto &member : schema.GetObject()) {
            if (!keyword(textOf(member.name), member.value, index))
                return -1;
        }
        return index;
    }

private:
    bool keyword(std::string_view name, const rapidjson::Value &value, int index)
    {
        // Words that constrain nothing (the root's $defs are reached through $ref).
        static constexpr std::string_view annotations[] = {"$schema", "$id", "$comment", "$defs", "definitions",
                                                           "title", "description", "examples", "default"};
        for (const std::string_view annotation : annotations) {
            if (name == annotation)
                return true;
        }
        if (name == "type")
            return types(value, index);
        if (name == "required") {
            if (!value.IsArray())
                return false;
            for (const rapidjson::Value &item : value.GetArray()) {
                if (!item.IsString() || hasNul(textOf(item)))
                    return false;
                node(index).required.emplace_back(textOf(item));
            }
            return true;
        }
        if (name == "properties") {
            if (!value.IsObject())
                return false;
            for (const auto &member : value.GetObject()) {
                if (hasNul(textOf(member.name)))
                    return false;
                const int property = compile(member.value);
                if (property < 0)
                    return false;
                node(index).properties.emplace_back(std::string(textOf(member.name)), property);
            }
            return true;
        }
        if (name == "items") { // one schema for every element (an array of schemas is not handled)
            const int items = compile(value);
            node(index).items = items;
            return items >= 0;
        }
        if (name == "$ref")
            return reference(value, index);
        if (name == "const" || name == "enum")
            return choice(value, name == "const", index);
        if (name == "pattern") {
            if (!value.IsString())
                return false;
            std::optional<BytePattern> pattern = BytePattern::compile(textOf(value));
            if (!pattern)
                return false;
            node(index).patterns.push_back(std::move(*pattern));
            return true;
        }
        if (name == "minLength") {
            if (!value.IsUint())
                return false;
            node(index).minLength = value.GetUint();
            return true;
        }
        if (name == "minimum") {
            if (!value.IsNumber())
                return false;
            node(index).minimum = value.GetDouble();
            return true;
        }
        return false; // every other keyword: valijson's alone
    }

    ConformanceCheck::Node &node(int index) { return m_check.m_nodes[static_cast<std::size_t>(index)]; }

    bool types(const rapidjson::Value &value, int index)
    {
        unsigned types = 0;
        if (value.IsString()) {
            const std::optional<unsigned> type = typeNamed(textOf(value));
            if (!type)
                return false;
            types = *type;
        } else if (value.IsArray()) {
            for (const rapidjson::Value &item : value.GetArray()) {
                const std::optional<unsigned> type = item.IsString() ? typeNamed(textOf(item)) : std::nullopt;
                if (!type)
                    return false;
                types |= *type;
            }
        }
        if (types == 0)
            return false;
        node(index).types = types;
        return true;
    }

    // const (one value) or enum (a list): text and whole numbers only.
    bool choice(const rapidjson::Value &value, bool single, int index)
    {
        ConformanceCheck::Node::Choice choice;
        const auto add = [&](const rapidjson::Value &allowed) {
            if (allowed.IsString() && !hasNul(textOf(allowed)))
                choice.texts.emplace_back(textOf(allowed));
            else if (allowed.IsInt())
                choice.numbers.push_back(allowed.GetInt());
            else
                return false;
            return true;
        };
        if (single) {
            if (!add(value))
                return false;
        } else {
            if (!value.IsArray() || value.Empty())
                return false;
            for (const rapidjson::Value &allowed : value.GetArray()) {
                if (!add(allowed))
                    return false;
            }
        }
        node(index).choices.push_back(std::move(choice));
        return true;
    }

    // "#/$defs/name": a place in this schema, compiled once. A schema that refers to itself (a
    // ref met again while its target is being compiled) is left to valijson.
    bool reference(const rapidjson::Value &value, int index)
    {
        if (!value.IsString())
            return false;
        const std::string pointer(textOf(value));
        if (pointer.size() < 2 || pointer.front() != '#')
            return false;
        if (const auto known = m_compiled.find(pointer); known != m_compiled.end()) {
            if (known->second < 0)
                return false;
            node(index).refs.push_back(known->second);
            return true;
        }
        const rapidjson::Value *target = &m_root;
        std::string_view rest = std::string_view(pointer).substr(1);
        while (!rest.empty()) {
            if (rest.front() != '/')
                return false;
            rest.remove_prefix(1);
            const std::size_t end = std::min(rest.find('/'), rest.size());
            const std::string_view token = rest.substr(0, end);
            rest.remove_prefix(end);
            if (token.find('~') != std::string_view::npos || token.find('%') != std::string_view::npos || !target->IsObject())
                return false;
            const auto found = target->FindMember(rapidjson::Value(rapidjson::StringRef(token.data(), token.size())));
            if (found == target->MemberEnd())
                return false;
            target = &found->value;
        }
        m_compiled.emplace(pointer, -1); // in progress
        const int referenced = compile(*target);
        if (referenced < 0)
            return false;
        m_compiled[pointer] = referenced;
        node(index).refs.push_back(referenced);
        return true;
    }

    const rapidjson::Value &m_root;
    ConformanceCheck &m_check;
    std::map<std::string, int> m_compiled; // by pointer: its node, or -1 while it is being compiled
};

std::unique_ptr<ConformanceCheck> ConformanceCheck::compile(const rapidjson::Value &schema)
{
    auto check = std::unique_ptr<ConformanceCheck>(new ConformanceCheck);
    if (SchemaCompiler(schema, *check).compile(schema) != 0)
        return nullptr;
    return check;
}

bool ConformanceCheck::conforms(const rapidjson::Value &document) const
{
    return conforms(document, 0);
}

bool ConformanceCheck::conforms(const rapidjson::Value &value, int index) const
{
    const Node &node = m_nodes[static_cast<std::size_t>(index)];
    if (node.types && !isOfType(value, node.types))
        return false;
    for (const int ref : node.refs) {
        if (!conforms(value, ref))
            return false;
    }
    for (const Node::Choice &choice : node.choices) {
        bool allowed = false;
        if (value.IsString()) {
            const std::string_view text = textOf(value);
            for (const std::string &option : choice.texts)
                allowed = allowed || option == text;
        } else if (value.IsInt()) {
            for (const int option : choice.numbers)
                allowed = allowed || option == value.GetInt();
        }
        if (!allowed)
            return false;
    }
    if (value.IsString()) {
        const std::string_view text = textOf(value);
        if ((!node.patterns.empty() || node.minLength) && hasNul(text))
            return false;
        if (node.minLength && characterCount(text) < *node.minLength)
            return false;
        for (const BytePattern &pattern : node.patterns) {
            if (!pattern.search(text))
                return false;
        }
    } else if (value.IsNumber()) {
        if (node.minimum && !(value.GetDouble() >= *node.minimum))
            return false;
    } else if (value.IsObject()) {
        for (const std::string &name : node.required) {
            if (value.FindMember(rapidjson::Value(rapidjson::StringRef(name.data(), name.size()))) == value.MemberEnd())
                return false;
        }
        if (!node.properties.empty()) {
            for (const auto &member : value.GetObject()) {
                const std::string_view name = textOf(member.name);
                if (hasNul(name))
                    return false;
                for (const auto &[property, schema] : node.properties) {
                    if (property == name && !conforms(member.value, schema))
                        return false;
                }
            }
        }
    } else if (value.IsArray() && node.items >= 0) {
        for (const rapidjson::Value &item : value.GetArray()) {
            if (!conforms(item, node.items))
                return false;
        }
    }
    return true;
}

} // namespace rebuttal
