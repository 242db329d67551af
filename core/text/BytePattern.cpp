#include "BytePattern.h"

#include <bitset>
#include <cctype>

namespace rebuttal {

namespace {

using ByteSet = std::bitset<256>;

// A parsed expression: a character class, a sequence, alternatives, or a repeated expression.
struct Expression
{
    enum class Kind { Characters, Sequence, Alternatives, Repeat };
    Kind kind = Kind::Sequence;
    ByteSet characters;
    std::vector<Expression> parts;
    int min = 0;
    int max = 0; // -1: without bound
};

// What matches the expression so far, as Glushkov's construction keeps it: the positions a
// match may start with and end with, and whether it may be empty.
struct Ends
{
    std::uint64_t first = 0;
    std::uint64_t last = 0;
    bool nullable = true;
};

constexpr int MaxPositions = 64;
// A repeat count beyond this needs more positions than there are anyway.
constexpr int MaxCount = MaxPositions;

bool isAsciiPunctuation(char c)
{
    return c > 0x20 && c < 0x7F && std::ispunct(static_cast<unsigned char>(c));
}

ByteSet digits()
{
    ByteSet set;
    for (char c = '0'; c <= '9'; ++c)
        set.set(static_cast<unsigned char>(c));
    return set;
}

} // namespace

// Reads the pattern (recursive descent), then builds the automaton from it.
class PatternCompiler
{
public:
    explicit PatternCompiler(std::string_view pattern)
        : m_text(pattern)
    {
    }

    std::optional<BytePattern> compile()
    {
        BytePattern result;
        if (!m_text.empty() && m_text.front() == '^') {
            result.m_anchoredStart = true;
            m_text.remove_prefix(1);
        }
        if (!m_text.empty() && m_text.back() == '$' && !escapesItsEnd(m_text.substr(0, m_text.size() - 1))) {
            result.m_anchoredEnd = true;
            m_text.remove_suffix(1);
        }
        std::optional<Expression> expression = alternatives();
        // ^a|b$ anchors each alternative, not the whole: left to std::regex.
        if (!expression || m_at != m_text.size()
            || (expression->kind == Expression::Kind::Alternatives && (result.m_anchoredStart || result.m_anchoredEnd)))
            return std::nullopt;
        const std::optional<Ends> ends = build(*expression, result);
        if (!ends)
            return std::nullopt;
        result.m_first = ends->first;
        result.m_last = ends->last;
        result.m_nullable = ends->nullable;
        return result;
    }

private:
    // Whether `text` ends in an odd number of backslashes (so a $ after it is a literal).
    static bool escapesItsEnd(std::string_view text)
    {
        std::size_t backslashes = 0;
        while (backslashes < text.size() && text[text.size() - 1 - backslashes] == '\\')
            ++backslashes;
        return backslashes % 2 == 1;
    }

    bool atEnd() const { return m_at >= m_text.size(); }
    char peek() const { return m_text[m_at]; }

    std::optional<Expression> alternatives()
    {
        std::optional<Expression> first = sequence();
        if (!first || atEnd() || peek() != '|')
            return first;
        Expression choice;
        choice.kind = Expression::Kind::Alternatives;
        choice.parts.push_back(std::move(*first));
        while (!atEnd() && peek() == '|') {
            ++m_at;
            std::optional<Expression> next = sequence();
            if (!next)
                return std::nullopt;
            choice.parts.push_back(std::move(*next));
        }
        return choice;
    }

    std::optional<Expression> sequence()
    {
        Expression sequence;
        while (!atEnd() && peek() != '|' && peek() != ')') {
            std::optional<Expression> atom = this->atom();
            if (!atom || !quantified(*atom))
                return std::nullopt;
            sequence.parts.push_back(std::move(*atom));
        }
        return sequence;
    }

    std::optional<Expression> atom()
    {
        const char c = peek();
        ++m_at;
        if (c == '(') {
            if (!atEnd() && peek() == '?') { // only (?:...), no look-around
                if (m_at + 1 >= m_text.size() || m_text[m_at + 1] != ':')
                    return std::nullopt;
                m_at += 2;
            }
            std::optional<Expression> inner = alternatives();
            if (!inner || atEnd() || peek() != ')')
                return std::nullopt;
            ++m_at;
            return inner;
        }
        Expression characters;
        characters.kind = Expression::Kind::Characters;
        if (c == '[') {
            if (!characterClass(&characters.characters))
                return std::nullopt;
            return characters;
        }
        std::optional<ByteSet> single = character(c);
        if (!single)
            return std::nullopt;
        characters.characters = *single;
        return characters;
    }

    // A character outside a class (`c` already read), or an escape; nothing for what is not handled.
    std::optional<ByteSet> character(char c)
    {
        ByteSet set;
        if (c == '\\') {
            if (atEnd())
                return std::nullopt;
            const char escaped = peek();
            ++m_at;
            if (escaped == 'd')
                return digits();
            if (!isAsciiPunctuation(escaped))
                return std::nullopt;
            set.set(static_cast<unsigned char>(escaped));
            return set;
        }
        static constexpr std::string_view special = "^$.*+?{}()[]|";
        if (c < 0x20 || c >= 0x7F || special.find(c) != std::string_view::npos)
            return std::nullopt;
        set.set(static_cast<unsigned char>(c));
        return set;
    }

    // [a-z0-9_-] after its [; no negation, no nested classes.
    bool characterClass(ByteSet *set)
    {
        if (atEnd() || peek() == '^' || peek() == ']')
            return false;
        while (!atEnd() && peek() != ']') {
            const char c = peek();
            ++m_at;
            if (c == '\\') {
                if (atEnd())
                    return false;
                const char escaped = peek();
                ++m_at;
                if (escaped == 'd') {
                    if (!atEnd() && peek() == '-' && m_at + 1 < m_text.size() && m_text[m_at + 1] != ']')
                        return false; // [\d-z]: read differently by different engines
                    *set |= digits();
                    continue;
                }
                if (!isAsciiPunctuation(escaped))
                    return false;
                if (!rangeFrom(escaped, set))
                    return false;
                continue;
            }
            if (c < 0x20 || c >= 0x7F || c == '[')
                return false;
            if (!rangeFrom(c, set))
                return false;
        }
        if (atEnd())
            return false;
        ++m_at; // ]
        return true;
    }

    // `low` alone, or the range low-high when a - and a plain character follow.
    bool rangeFrom(char low, ByteSet *set)
    {
        if (m_at + 1 < m_text.size() && peek() == '-' && m_text[m_at + 1] != ']') {
            const char high = m_text[m_at + 1];
            if (high == '\\' || high == '[' || high < low || high >= 0x7F)
                return false;
            m_at += 2;
            for (int b = static_cast<unsigned char>(low); b <= static_cast<unsigned char>(high); ++b)
                set->set(static_cast<std::size_t>(b));
            return true;
        }
        set->set(static_cast<unsigned char>(low));
        return true;
    }

    // Applies a quantifier after `atom`, if one follows.
    bool quantified(Expression &atom)
    {
        if (atEnd())
            return true;
        int min = 0;
        int max = 0;
        switch (peek()) {
        case '?': min = 0; max = 1; ++m_at; break;
        case '*': min = 0; max = -1; ++m_at; break;
        case '+': min = 1; max = -1; ++m_at; break;
        case '{': {
            ++m_at;
            const std::optional<int> low = number();
            if (!low)
                return false;
            min = max = *low;
            if (!atEnd() && peek() == ',') {
                ++m_at;
                max = -1;
                if (!atEnd() && peek() != '}') {
                    const std::optional<int> high = number();
                    if (!high || *high < min)
                        return false;
                    max = *high;
                }
            }
            if (atEnd() || peek() != '}')
                return false;
            ++m_at;
            break;
        }
        default:
            return true;
        }
        if (!atEnd() && peek() == '?') // lazy: the same strings match
            ++m_at;
        if (!atEnd() && (peek() == '?' || peek() == '*' || peek() == '+' || peek() == '{'))
            return false;
        Expression repeat;
        repeat.kind = Expression::Kind::Repeat;
        repeat.min = min;
        repeat.max = max;
        repeat.parts.push_back(std::move(atom));
        atom = std::move(repeat);
        return true;
    }

    std::optional<int> number()
    {
        int value = 0;
        bool any = false;
        while (!atEnd() && peek() >= '0' && peek() <= '9') {
            value = value * 10 + (peek() - '0');
            if (value > MaxCount)
                return std::nullopt;
            any = true;
            ++m_at;
        }
        return any ? std::optional<int>(value) : std::nullopt;
    }

    // Glushkov's construction: every character class a position of its own (a repeat's copies
    // each their own), with which positions may follow which.
    std::optional<Ends> build(const Expression &expression, BytePattern &pattern)
    {
        switch (expression.kind) {
        case Expression::Kind::Characters: {
            const int position = static_cast<int>(pattern.m_follow.size());
            if (position >= MaxPositions)
                return std::nullopt;
            pattern.m_follow.push_back(0);
            const std::uint64_t bit = std::uint64_t(1) << position;
            for (std::size_t b = 0; b < 256; ++b) {
                if (expression.characters.test(b))
                    pattern.m_accepts[b] |= bit;
            }
            return Ends{bit, bit, false};
        }
        case Expression::Kind::Sequence: {
            Ends ends;
            for (const Expression &part : expression.parts) {
                const std::optional<Ends> next = build(part, pattern);
                if (!next)
                    return std::nullopt;
                ends = then(ends, *next, pattern);
            }
            return ends;
        }
        case Expression::Kind::Alternatives: {
            Ends ends{0, 0, false};
            for (const Expression &part : expression.parts) {
                const std::optional<Ends> next = build(part, pattern);
                if (!next)
                    return std::nullopt;
                ends.first |= next->first;
                ends.last |= next->last;
                ends.nullable = ends.nullable || next->nullable;
            }
            return ends;
        }
        case Expression::Kind::Repeat: {
            // x{n,m} is n copies of x then m-n optional ones; x{n,} is n copies then x*.
            const Expression &part = expression.parts.front();
            Ends ends;
            for (int i = 0; i < expression.min; ++i) {
                const std::optional<Ends> next = build(part, pattern);
                if (!next)
                    return std::nullopt;
                ends = then(ends, *next, pattern);
            }
            const int optional = expression.max < 0 ? 1 : expression.max - expression.min;
            for (int i = 0; i < optional; ++i) {
                std::optional<Ends> next = build(part, pattern);
                if (!next)
                    return std::nullopt;
                if (expression.max < 0)
                    linkOnto(next->last, next->first, pattern); // x*: each copy may follow itself
                next->nullable = true;
                ends = then(ends, *next, pattern);
            }
            return ends;
        }
        }
        return std::nullopt;
    }

    // `before` followed by `after`.
    static Ends then(const Ends &before, const Ends &after, BytePattern &pattern)
    {
        linkOnto(before.last, after.first, pattern);
        return Ends{before.first | (before.nullable ? after.first : 0), after.last | (after.nullable ? before.last : 0),
                    before.nullable && after.nullable};
    }

    static void linkOnto(std::uint64_t from, std::uint64_t to, BytePattern &pattern)
    {
        for (std::size_t p = 0; p < pattern.m_follow.size(); ++p) {
            if (from & (std::uint64_t(1) << p))
                pattern.m_follow[p] |= to;
        }
    }

    std::string_view m_text;
    std::size_t m_at = 0;
};

std::optional<BytePattern> BytePattern::compile(std::string_view pattern)
{
    return PatternCompiler(pattern).compile();
}

bool BytePattern::search(std::string_view text) const
{
    // An empty match: at the start (^), at the end ($), or anywhere.
    if (m_nullable && (!m_anchoredStart || !m_anchoredEnd || text.empty()))
        return true;
    std::uint64_t matched = 0; // the positions that end a match of the text read so far
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::uint64_t next = (!m_anchoredStart || i == 0) ? m_first : 0;
        for (std::uint64_t rest = matched; rest != 0; rest &= rest - 1)
            next |= m_follow[static_cast<std::size_t>(__builtin_ctzll(rest))];
        matched = next & m_accepts[static_cast<unsigned char>(text[i])];
        if (!m_anchoredEnd && (matched & m_last))
            return true;
        if (matched == 0 && m_anchoredStart)
            return false;
    }
    return (matched & m_last) != 0;
}

} // namespace rebuttal
