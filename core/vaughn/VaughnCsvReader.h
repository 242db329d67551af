// Reads a Vaughn index from CSV (comma, semicolon or tab separated; quoted fields with embedded
// newlines; UTF-8 with or without a byte-order mark, else Latin-1) with libcsv. The header row
// names the columns, case-insensitively (see README: "Vaughn indexes and audit").
#pragma once

#include "domain/VaughnEntry.h"

#include <QCoreApplication>

#include <optional>

namespace rebuttal {

class VaughnCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(VaughnCsvReader)

public:
    std::optional<QList<VaughnEntry>> read(const QByteArray &bytes);
    QString errorString() const { return m_error; }

    // The records of `bytes` as fields, each with the line it starts on (1-based).
    static std::optional<QList<QPair<int, QStringList>>> records(const QByteArray &bytes, QString *problem);

private:
    QString m_error;
};

} // namespace rebuttal
