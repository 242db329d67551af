#include "Sha256.h"

#include <openssl/evp.h>

namespace rebuttal {

QString sha256Hex(QByteArrayView bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), static_cast<size_t>(bytes.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        qFatal("OpenSSL could not compute a SHA-256"); // only without memory: nothing sensible to log instead
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)).toHex());
}

} // namespace rebuttal
