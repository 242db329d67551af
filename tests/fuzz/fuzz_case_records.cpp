// libFuzzer target for the case-records readers: the strict JSON scan, Qt's JSON parser, the schema
// and the rules behind it, and the CSV reader with its defusing undone, on the same bytes. Build
// with -DREBUTTAL_FUZZ=ON and clang; run:
// build-fuzz/tests/fuzz_case_records tests/fuzz/cases-corpus -max_total_time=60
#include "cases/CaseRecordsReader.h"
#include "cases/CaseRecordsWriter.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // the schema is a Qt resource
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const char *name : {"fuzz.json", "fuzz.csv"}) {
        rebuttal::CaseRecordsReader reader;
        const std::optional<rebuttal::CaseRecords> records = reader.read(bytes, QString::fromLatin1(name));
        if (!records)
            continue;
        // What was accepted must read back the same through the other format (import(export(x)) == x).
        rebuttal::CaseRecordsReader again;
        const std::optional<rebuttal::CaseRecords> back =
            again.read(rebuttal::CaseRecordsWriter::toJson(*records), QStringLiteral("back.json"));
        if (!back || rebuttal::CaseRecordsWriter::toJson(*back) != rebuttal::CaseRecordsWriter::toJson(*records))
            std::abort();
    }
    return 0;
}
