// libFuzzer target for the Vaughn index readers of text and CSV (and the page lists they expand).
// Build with -DREBUTTAL_FUZZ=ON and clang; run:
//   build-fuzz/tests/fuzz_vaughn_readers tests/fuzz/vaughn-corpus -max_total_time=60
// The first byte chooses the reader the rest goes to, so one corpus reaches both.
#include "vaughn/PageList.h"
#include "vaughn/VaughnCsvReader.h"
#include "vaughn/VaughnTextReader.h"

#include <QCoreApplication>

#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    std::optional<QList<rebuttal::VaughnEntry>> entries;
    if (data[0] % 2 == 0) {
        rebuttal::VaughnCsvReader reader;
        entries = reader.read(bytes);
    } else {
        rebuttal::VaughnTextReader reader;
        entries = reader.read(rebuttal::VaughnTextReader::decoded(bytes));
    }
    // Whatever was read obeys the caps: no entry lists more pages than one may.
    if (entries) {
        for (const rebuttal::VaughnEntry &entry : *entries) {
            if (entry.pages.size() > rebuttal::PageList::MaxPagesPerEntry)
                __builtin_trap();
        }
    }
    return 0;
}
