#include "Sha256.h"

#include <QCryptographicHash>

#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define REBUTTAL_SHA_NI 1
#endif

namespace rebuttal {

namespace {

QString portableSha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

#ifdef REBUTTAL_SHA_NI

namespace {

alignas(16) constexpr std::uint32_t kRoundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

bool cpuHasShaInstructions()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return false;
    const bool ssse3 = ecx & (1u << 9);
    const bool sse41 = ecx & (1u << 19);
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    const bool sha = ebx & (1u << 29);
    return ssse3 && sse41 && sha;
}

// Four rounds on the state halves ABEF and CDGH with message words `words` (already in the
// processor's order) and the round constants of group `group`.
__attribute__((target("sha,sse4.1,ssse3"))) inline void fourRounds(__m128i &abef, __m128i &cdgh, __m128i words, int group)
{
    const __m128i sums = _mm_add_epi32(words, _mm_load_si128(reinterpret_cast<const __m128i *>(kRoundConstants + 4 * group)));
    cdgh = _mm_sha256rnds2_epu32(cdgh, abef, sums);
    abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(sums, 0x0E));
}

// The 64-byte blocks of `data` folded into `state` (H0..H7), FIPS 180-4 on the SHA extensions.
__attribute__((target("sha,sse4.1,ssse3"))) void compressBlocks(std::uint32_t state[8], const unsigned char *data, std::size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    const __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state));
    const __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4));
    const __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    const __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);
    for (std::size_t b = 0; b < blocks; ++b, data += 64) {
        const __m128i abefBefore = abef;
        const __m128i cdghBefore = cdgh;
        // The message schedule, four words at a time, in a ring of the last sixteen.
        __m128i w[4];
        for (int i = 0; i < 4; ++i) {
            w[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * i)), byteSwap);
            fourRounds(abef, cdgh, w[i], i);
        }
#pragma GCC unroll 12
        for (int i = 4; i < 16; ++i) {
            const __m128i w0 = w[i % 4], w1 = w[(i + 1) % 4], w2 = w[(i + 2) % 4], w3 = w[(i + 3) % 4];
            const __m128i partial = _mm_add_epi32(_mm_sha256msg1_epu32(w0, w1), _mm_alignr_epi8(w3, w2, 4));
            w[i % 4] = _mm_sha256msg2_epu32(partial, w3);
            fourRounds(abef, cdgh, w[i % 4], i);
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), _mm_alignr_epi8(dchg, feba, 8));
}

QString sha256HexOnShaInstructions(QByteArrayView bytes)
{
    std::uint32_t state[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const std::size_t size = static_cast<std::size_t>(bytes.size());
    const std::size_t whole = size / 64;
    compressBlocks(state, data, whole);
    // The last bytes, the 0x80 that ends the message, zeros and the length in bits (big-endian).
    unsigned char tail[128] = {};
    const std::size_t rest = size - whole * 64;
    if (rest > 0)
        std::memcpy(tail, data + whole * 64, rest);
    tail[rest] = 0x80;
    const std::size_t tailBlocks = rest + 1 + 8 > 64 ? 2 : 1;
    const std::uint64_t bits = static_cast<std::uint64_t>(size) * 8;
    for (int i = 0; i < 8; ++i)
        tail[tailBlocks * 64 - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    compressBlocks(state, tail, tailBlocks);
    static constexpr char hexDigits[] = "0123456789abcdef";
    QString hex(64, Qt::Uninitialized);
    QChar *out = hex.data();
    for (const std::uint32_t word : state) {
        for (int shift = 28; shift >= 0; shift -= 4)
            *out++ = QLatin1Char(hexDigits[(word >> shift) & 0xF]);
    }
    return hex;
}

} // namespace

bool sha256UsesShaInstructions()
{
    static const bool has = cpuHasShaInstructions();
    return has;
}

QString sha256Hex(QByteArrayView bytes)
{
    if (sha256UsesShaInstructions())
        return sha256HexOnShaInstructions(bytes);
    return portableSha256Hex(bytes);
}

#else

bool sha256UsesShaInstructions()
{
    return false;
}

QString sha256Hex(QByteArrayView bytes)
{
    return portableSha256Hex(bytes);
}

#endif

} // namespace rebuttal
