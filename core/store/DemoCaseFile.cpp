#include "DemoCaseFile.h"

#include "CaseStore.h"
#include "ClientRecords.h"
#include "cases/CaseRecordsReader.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace rebuttal {

QString DemoCaseFile::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo.rebuttal"));
}

StoreError DemoCaseFile::ensure(const QString &path)
{
    if (QFile::exists(path))
        return {};
    QDir().mkpath(QFileInfo(path).absolutePath());
    CaseRecordsReader reader;
    const std::optional<CaseRecords> records = reader.readFile(QStringLiteral(":/demo/cases.json"));
    if (!records)
        return StoreError::make(StoreError::Kind::Io, reader.errorString());

    StoreError error;
    {
        std::unique_ptr<CaseStore> store = CaseStore::create(path, &error);
        if (!store)
            return error;
        error = ClientRecords(*store).importRecords(*records, tr("the demo client stories"));
    }
    if (error.isError()) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    return error;
}

} // namespace rebuttal
