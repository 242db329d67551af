#include "VaughnImport.h"

#include "PageList.h"
#include "VaughnCsvReader.h"
#include "VaughnTableReader.h"
#include "VaughnTextReader.h"
#include "store/CaseStore.h"
#include "store/VaughnIndexes.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace rebuttal {

namespace {
// An index of thousands of entries is a few megabytes; anything far larger is not one.
constexpr qint64 kMaxBytes = 256 * 1024 * 1024;
// Pages listed by all the entries of one index, expanded (each entry lists at most
// PageList::MaxPagesPerEntry): the store and `vaughn --json` stay a few megabytes.
constexpr qint64 kMaxPagesPerIndex = 1000000;

// Text files only: a NUL byte means the file is binary.
bool looksBinary(const QByteArray &bytes)
{
    return bytes.left(8192).contains('\0');
}
} // namespace

VaughnImport::VaughnImport(CaseStore &store)
    : m_ownIndexes(std::make_unique<VaughnIndexes>(store))
    , m_indexes(*m_ownIndexes)
{
}

VaughnImport::VaughnImport(VaughnIndexStore &indexes)
    : m_indexes(indexes)
{
}

VaughnImport::~VaughnImport() = default;

VaughnImport::Result VaughnImport::storeFailed(const QString &path, const StoreError &error) const
{
    // The store failed, not the index: name the store and its cause.
    Result failed = reject(path, error.message, Outcome::StoreFailed);
    failed.message = tr("%1: %2 could not be stored: %3").arg(m_indexes.storeName(), QFileInfo(path).fileName(), error.message);
    return failed;
}

VaughnImport::Result VaughnImport::storeUnreadable(const StoreError &error) const
{
    Result failed;
    failed.outcome = Outcome::StoreFailed;
    failed.message = tr("%1 could not be read: %2").arg(m_indexes.storeName(), error.message);
    return failed;
}

VaughnImport::Result VaughnImport::reject(const QString &path, const QString &problem, Outcome outcome) const
{
    Result result;
    result.outcome = outcome;
    result.message = tr("%1: %2").arg(QFileInfo(path).fileName(), problem);
    return result;
}

std::optional<QList<VaughnEntry>> VaughnImport::readFile(const QString &path, const QByteArray &bytes, QString *problem) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool isPdf = bytes.left(1024).contains("%PDF-");
    if (suffix == QLatin1String("pdf") || isPdf) {
        if (!isPdf) {
            *problem = tr("not a PDF file (no %PDF header)");
            return std::nullopt;
        }
        if (!bytes.right(2048).contains("%%EOF")) {
            *problem = tr("the PDF is truncated (it stops before its %%EOF end marker)");
            return std::nullopt;
        }
        std::optional<QList<PositionedPage>> pages = VaughnTableReader::pdfWords(path, problem);
        if (!pages)
            return std::nullopt;
        if (m_progress)
            m_progress(int(pages->size()), int(pages->size()));
        VaughnTableReader reader;
        std::optional<QList<VaughnEntry>> entries = reader.read(*pages);
        if (!entries)
            *problem = reader.errorString();
        return entries;
    }
    if (looksBinary(bytes)) {
        *problem = tr("not a text, CSV or PDF file (it holds binary data)");
        return std::nullopt;
    }
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")) {
        VaughnCsvReader reader;
        std::optional<QList<VaughnEntry>> entries = reader.read(bytes);
        if (!entries)
            *problem = reader.errorString();
        return entries;
    }
    VaughnTextReader reader;
    std::optional<QList<VaughnEntry>> entries = reader.read(VaughnTextReader::decoded(bytes));
    if (!entries)
        *problem = reader.errorString();
    return entries;
}

std::optional<VaughnImport::Result> VaughnImport::alreadyStored(const QString &fileName, const QString &sha256) const
{
    StoreError error;
    const std::optional<qint64> existing = m_indexes.indexWithSha256(sha256, &error);
    if (error.isError())
        return storeUnreadable(error);
    if (!existing)
        return std::nullopt;
    Result result;
    result.outcome = Outcome::AlreadyImported;
    result.indexId = *existing;
    result.entries = m_indexes.index(*existing, &error).value_or(VaughnIndexSummary{}).entries;
    if (error.isError())
        return storeUnreadable(error);
    result.message = tr("%1: already in %2 as Vaughn index %3 (same SHA-256); nothing imported")
                         .arg(fileName, m_indexes.storeName())
                         .arg(*existing);
    return result;
}

VaughnImport::Result VaughnImport::run(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return reject(path, tr("no such file"));
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return reject(path, tr("cannot be read (%1)").arg(file.errorString()));
    if (info.size() == 0)
        return reject(path, tr("the file is empty (0 bytes)"));
    if (info.size() > kMaxBytes)
        return reject(path, tr("the file is too large to be a Vaughn index (%1 MB)").arg(info.size() >> 20));
    const QByteArray bytes = file.readAll();
    file.close();
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    if (std::optional<Result> stored = alreadyStored(info.fileName(), sha256))
        return *stored;

    QString problem;
    const std::optional<QList<VaughnEntry>> entries = readFile(path, bytes, &problem);
    if (!entries)
        return reject(path, problem);
    QSet<int> numbers;
    qint64 listedPages = 0;
    for (const VaughnEntry &entry : *entries) {
        if (numbers.contains(entry.number))
            return reject(path, tr("entry %1 appears twice; an entry number names one entry").arg(entry.number));
        numbers.insert(entry.number);
        // A page list that cannot be read would leave the entry listing no page and the audit
        // silently blind to it; one too long to expand is refused the same way, by name.
        if (!entry.pagesAsWritten.isEmpty() && entry.pages.isEmpty()) {
            QString why;
            PageList::expand(entry.pagesAsWritten, entry.documentId, &why);
            return reject(path, tr("entry %1: pages \"%2\" %3").arg(entry.number).arg(entry.pagesAsWritten, why));
        }
        listedPages += entry.pages.size();
        if (listedPages > kMaxPagesPerIndex)
            return reject(path, tr("entry %1: the entries up to it list more than %2 pages, the most one index may list")
                                    .arg(entry.number)
                                    .arg(kMaxPagesPerIndex));
    }
    if (cancelled())
        return reject(path, tr("import cancelled"), Outcome::Cancelled);

    Result result;
    if (const StoreError error = m_indexes.add(info.fileName(), sha256, bytes, *entries, &result.indexId); error.isError()) {
        // Another import of the same file committed first (a colleague's, on a server matter): the
        // store refused this one, and the index is there once.
        if (std::optional<Result> stored = alreadyStored(info.fileName(), sha256);
            stored && stored->outcome == Outcome::AlreadyImported)
            return *stored;
        return storeFailed(path, error);
    }
    result.outcome = Outcome::Imported;
    result.entries = int(entries->size());
    result.message = tr("%1: imported as Vaughn index %2 (%n entry(ies))", nullptr, result.entries)
                         .arg(info.fileName())
                         .arg(result.indexId);
    return result;
}

} // namespace rebuttal
