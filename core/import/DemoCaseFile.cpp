#include "DemoCaseFile.h"

#include "agreements/AgreementsReader.h"
#include "cases/CaseRecordsReader.h"
#include "store/AgreementRegistry.h"
#include "store/CaseStore.h"
#include "store/ClientRecords.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace rebuttal {

QString DemoCaseFile::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo.rebuttal"));
}

namespace {

// The five instruments of seed 000, so that the demo's clients show real flags.
[[nodiscard]] StoreError addAgreements(CaseStore &store)
{
    AgreementRegistry registry(store);
    StoreError error;
    if (!registry.agreements(&error).isEmpty() || error.isError())
        return error;
    AgreementsReader reader;
    const std::optional<QList<Agreement>> agreements = reader.readFile(QStringLiteral(":/demo/agreements.json"));
    if (!agreements)
        return StoreError::make(StoreError::Kind::Io, reader.errorString());
    return registry.importAgreements(*agreements, DemoCaseFile::tr("the demo agreements (seed 000)"));
}

} // namespace

StoreError DemoCaseFile::ensure(const QString &path)
{
    if (QFile::exists(path)) {
        // A demo made by a build without agreements gains them; one that has any is left alone.
        StoreError error;
        if (std::unique_ptr<CaseStore> store = CaseStore::open(path, &error))
            return addAgreements(*store);
        return error;
    }
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
        error = ClientRecords(*store).importRecords(*records, ActivityDetail(QT_TRANSLATE_NOOP("ActivityLog", "the demo client stories")));
        if (!error.isError())
            error = addAgreements(*store);
    }
    if (error.isError()) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    return error;
}

} // namespace rebuttal
