#include "Sha256.h"

#include <nettle/sha2.h>

#include <QByteArray>

namespace rebuttal {

QString sha256Hex(QByteArrayView bytes)
{
    sha256_ctx context;
    sha256_init(&context);
    sha256_update(&context, size_t(bytes.size()), reinterpret_cast<const uint8_t *>(bytes.data()));
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&context, SHA256_DIGEST_SIZE, digest);
    return QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char *>(digest), SHA256_DIGEST_SIZE).toHex());
}

} // namespace rebuttal
