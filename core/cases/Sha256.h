// The SHA-256 of a file's bytes, as lowercase hex, for the activity log. On x86-64 processors with
// the SHA extensions it runs on them (a 17 MB case-records file hashed in a tenth of the time of
// QCryptographicHash's portable code, which took 9% of a 20,000-client import); elsewhere it is
// QCryptographicHash's. Self-contained: OpenSSL's per-thread state read as a leak on job threads.
#pragma once

#include <QByteArrayView>
#include <QString>

namespace rebuttal {

QString sha256Hex(QByteArrayView bytes);

// Whether sha256Hex runs on the processor's SHA instructions here (for the tests, which compare
// it with QCryptographicHash).
bool sha256UsesShaInstructions();

} // namespace rebuttal
