// A JSON Schema "pattern" for the common case, matched without std::regex: the regular
// expressions made of literals, [classes], \d, groups, | and the quantifiers ? * + {n} {n,}
// {n,m}, anchored by ^ and $ at their ends, as a bit-parallel automaton (Glushkov's
// construction) over the string's bytes. It answers exactly as std::regex_search (ECMAScript,
// as valijson runs it) does for those; anything else (., negated classes, other escapes,
// look-arounds, non-ASCII) is refused at compile() and stays with std::regex.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace rebuttal {

class BytePattern
{
public:
    // Nothing when `pattern` is outside what this matches (or has more than 64 characters to match).
    static std::optional<BytePattern> compile(std::string_view pattern);

    // Whether some part of `text` matches (the whole of it between ^ and $), as std::regex_search.
    bool search(std::string_view text) const;

private:
    friend class PatternCompiler;
    std::array<std::uint64_t, 256> m_accepts{}; // by byte: the positions whose character class holds it
    std::vector<std::uint64_t> m_follow; // by position: the positions that may come next
    std::uint64_t m_first = 0; // the positions a match may start with
    std::uint64_t m_last = 0; // the positions a match may end with
    bool m_nullable = false; // the empty string matches
    bool m_anchoredStart = false;
    bool m_anchoredEnd = false;
};

} // namespace rebuttal
