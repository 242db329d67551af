// SHA-256 of bytes in memory, through OpenSSL's libcrypto (SHA extensions where the CPU has them):
// several times faster than QCryptographicHash, whose portable code took a twentieth of a
// 20,000-client case-record import hashing its file for the activity log.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace rebuttal {

// Lower-case hex, as QCryptographicHash::hash(...).toHex() gives it.
QString sha256Hex(QByteArrayView bytes);

} // namespace rebuttal
