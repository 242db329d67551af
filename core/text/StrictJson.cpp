#include "StrictJson.h"

#include <QList>
#include <QSet>

#include <rapidjson/document.h>

#include <algorithm>
#include <string_view>
#include <vector>

namespace rebuttal {

namespace {

struct Container
{
    bool isObject = false;
    bool expectingKey = false;
    QString key; // the key whose value is being read (objects)
    QSet<QString> keys;
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The four hex digits after "\u" at `at`, or -1.
int codeUnitAt(const QByteArray &json, qsizetype at)
{
    if (at + 4 > json.size())
        return -1;
    int value = 0;
    for (qsizetype i = at; i < at + 4; ++i) {
        const int digit = hexValue(json.at(i));
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

class Scanner
{
public:
    explicit Scanner(const QByteArray &json)
        : m_json(json)
    {
    }

    QString run()
    {
        for (m_at = 0; m_at < m_json.size() && m_problem.isEmpty(); ++m_at) {
            const char c = m_json.at(m_at);
            switch (c) {
            case '\n':
                ++m_line;
                break;
            case '{':
            case '[':
                if (m_stack.size() >= StrictJson::MaxDepth)
                    return fail(StrictJson::tr("nested more than %1 levels deep").arg(StrictJson::MaxDepth));
                m_stack.append(Container{c == '{', c == '{', {}, {}});
                break;
            case '}':
            case ']':
                if (!m_stack.isEmpty())
                    m_stack.removeLast();
                break;
            case ',':
                if (!m_stack.isEmpty() && m_stack.last().isObject)
                    m_stack.last().expectingKey = true;
                break;
            case ':':
                if (!m_stack.isEmpty())
                    m_stack.last().expectingKey = false;
                break;
            case '"':
                readString();
                break;
            default:
                break;
            }
        }
        return m_problem;
    }

private:
    QString fail(const QString &problem)
    {
        const QString key = currentKey();
        m_problem = key.isEmpty() ? StrictJson::tr("line %1: %2").arg(m_line).arg(problem)
                                  : StrictJson::tr("line %1, key \"%2\": %3").arg(m_line).arg(key, problem);
        return m_problem;
    }

    // The innermost key being read or given a value.
    QString currentKey() const
    {
        for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
            if (m_stack.at(i).isObject && !m_stack.at(i).key.isEmpty())
                return m_stack.at(i).key;
        }
        return {};
    }

    // From the opening quote at m_at to the closing one; m_at ends on the closing quote. Only a
    // key is decoded (to find one given twice); a value is only checked, with no copy made of it.
    void readString()
    {
        const bool isKey = !m_stack.isEmpty() && m_stack.last().isObject && m_stack.last().expectingKey;
        QString text;
        qsizetype runStart = m_at + 1; // undecoded UTF-8 since the last escape
        auto takeRun = [&] {
            if (isKey)
                text += QString::fromUtf8(m_json.constData() + runStart, m_at - runStart);
        };
        for (++m_at; m_at < m_json.size(); ++m_at) {
            const char c = m_json.at(m_at);
            if (c == '"')
                break;
            if (c == '\0') {
                fail(StrictJson::tr("a raw NUL character in a string"));
                return;
            }
            if (c == '\n')
                ++m_line;
            if (c != '\\')
                continue;
            takeRun();
            if (++m_at >= m_json.size())
                return;
            runStart = m_at + 1;
            const char escaped = m_json.at(m_at);
            if (escaped != 'u') {
                static const QByteArray from("\"\\/bfnrt"), to("\"\\/\b\f\n\r\t");
                const qsizetype k = from.indexOf(escaped);
                if (k >= 0 && isKey)
                    text += QLatin1Char(to.at(k));
                continue;
            }
            const int unit = codeUnitAt(m_json, m_at + 1);
            if (unit < 0)
                return; // malformed: the parser says so
            m_at += 4;
            runStart = m_at + 1;
            if (QChar::isLowSurrogate(char16_t(unit))) {
                fail(StrictJson::tr("\\u%1 is half of a UTF-16 pair with no first half").arg(unit, 4, 16, QLatin1Char('0')));
                return;
            }
            if (QChar::isHighSurrogate(char16_t(unit))) {
                const bool paired = m_at + 2 < m_json.size() && m_json.at(m_at + 1) == '\\' && m_json.at(m_at + 2) == 'u'
                    && QChar::isLowSurrogate(char16_t(std::max(0, codeUnitAt(m_json, m_at + 3))));
                if (!paired) {
                    fail(StrictJson::tr("\\u%1 is half of a UTF-16 pair with no second half").arg(unit, 4, 16, QLatin1Char('0')));
                    return;
                }
                if (isKey) {
                    text += QChar(char16_t(unit));
                    text += QChar(char16_t(codeUnitAt(m_json, m_at + 3)));
                }
                m_at += 6;
                runStart = m_at + 1;
                continue;
            }
            if (isKey)
                text += QChar(char16_t(unit));
        }
        if (!isKey)
            return;
        takeRun();
        Container &object = m_stack.last();
        object.key = text;
        if (object.keys.contains(text)) {
            fail(StrictJson::tr("the key is given twice in the same object (the second would replace the first)"));
            return;
        }
        object.keys.insert(text);
    }

    const QByteArray &m_json;
    qsizetype m_at = 0;
    int m_line = 1;
    QList<Container> m_stack;
    QString m_problem;
};

// What a parsed document shows of a problem: a container nested deeper than MaxDepth (`value`
// lies within `depth` others), a key given twice in one object, or a lone surrogate.
enum class Shown { Nothing, Deep, KeyTwice, Surrogate };

// RapidJSON 1.1 lets a lone low surrogate (\udc00) through, written as the three bytes ED B0 80
// that valid UTF-8 never holds (ED followed by A0 to BF): the surrogate, or 0.
int surrogateIn(const rapidjson::Value &text)
{
    const auto *at = reinterpret_cast<const unsigned char *>(text.GetString());
    const auto *end = at + text.GetStringLength();
    for (; at + 2 < end; ++at) {
        if (at[0] == 0xED && at[1] >= 0xA0)
            return 0xD000 | ((at[1] & 0x3F) << 6) | (at[2] & 0x3F);
    }
    return 0;
}

Shown shownIn(const rapidjson::Value &value, int depth, int *surrogate)
{
    if (value.IsString())
        return (*surrogate = surrogateIn(value)) ? Shown::Surrogate : Shown::Nothing;
    if (!value.IsObject() && !value.IsArray())
        return Shown::Nothing;
    if (depth >= StrictJson::MaxDepth)
        return Shown::Deep;
    if (value.IsArray()) {
        for (const rapidjson::Value &item : value.GetArray()) {
            if (const Shown shown = shownIn(item, depth + 1, surrogate); shown != Shown::Nothing)
                return shown;
        }
        return Shown::Nothing;
    }
    // Records have a dozen keys: compared pairwise; a larger object is sorted first.
    const auto keyOf = [](const rapidjson::Value &name) { return std::string_view(name.GetString(), name.GetStringLength()); };
    if (value.MemberCount() <= 16) {
        for (auto a = value.MemberBegin(); a != value.MemberEnd(); ++a) {
            for (auto b = value.MemberBegin(); b != a; ++b) {
                if (keyOf(a->name) == keyOf(b->name))
                    return Shown::KeyTwice;
            }
        }
    } else {
        std::vector<std::string_view> keys;
        keys.reserve(value.MemberCount());
        for (const auto &member : value.GetObject())
            keys.push_back(keyOf(member.name));
        std::sort(keys.begin(), keys.end());
        if (std::adjacent_find(keys.begin(), keys.end()) != keys.end())
            return Shown::KeyTwice;
    }
    for (const auto &member : value.GetObject()) {
        if ((*surrogate = surrogateIn(member.name)))
            return Shown::Surrogate;
        if (const Shown shown = shownIn(member.value, depth + 1, surrogate); shown != Shown::Nothing)
            return shown;
    }
    return Shown::Nothing;
}

} // namespace

QString StrictJson::problemIn(const QByteArray &json)
{
    return Scanner(json).run();
}

QString StrictJson::problemIn(const QByteArray &json, const rapidjson::Document &parsed)
{
    int surrogate = 0;
    const Shown shown = parsed.HasParseError() ? Shown::Nothing : shownIn(parsed, 0, &surrogate);
    if (!parsed.HasParseError() && shown == Shown::Nothing)
        return {};
    if (const QString problem = problemIn(json); !problem.isEmpty())
        return problem;
    // The scan and the parser disagree (none is known): what the parsed document showed, without a line.
    if (shown == Shown::Deep)
        return tr("nested more than %1 levels deep").arg(MaxDepth);
    if (shown == Shown::KeyTwice)
        return tr("the key is given twice in the same object (the second would replace the first)");
    if (shown == Shown::Surrogate)
        return tr("\\u%1 is half of a UTF-16 pair with no first half").arg(surrogate, 4, 16, QLatin1Char('0'));
    return {};
}

} // namespace rebuttal
