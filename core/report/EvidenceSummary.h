// The PDF evidence summary an advocate hands to a judge, a congressional office or an oversight
// body: who the client is, each foreign-data allegation, the timeline, the decisions that relied
// on the allegations, the figures, and the production pages that prove it.
#pragma once

#include "domain/CaseRecords.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace rebuttal {

class CaseStore;
class OpenStore;

struct SummaryOptions
{
    // No name, A-number, client ref, preparer, free text or page images anywhere in the file.
    bool deidentified = false;
    QString preparer;  // "Prepared by"; the PDF's author. Ignored when de-identified.
    QDate preparedOn;  // default: today (Clock)
    QDate asOf;        // open spells count to this day; default: preparedOn
    std::optional<QPageSize::PageSizeId> pageSize; // default: by the locale (pageSizeFor)
    // Called as each page is drawn (exhibits take a while); returning false stops the summary.
    // May be called from whatever thread toPdf() runs on.
    std::function<bool(int done, int total)> progress;
};

class EvidenceSummary
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceSummary)

public:
    // Citations are resolved against, and exhibits rendered from, the productions in `store` (a
    // case file or a matter on a server); the export is logged there.
    explicit EvidenceSummary(OpenStore &store);
    explicit EvidenceSummary(CaseStore &store);
    ~EvidenceSummary();

    // The summary as PDF bytes; empty (see errorString()) when it cannot be made.
    QByteArray toPdf(const Client &client, const SummaryOptions &options);
    // Writes the summary to `path` through QSaveFile (a failure leaves no half file, and an
    // existing file as it was) and records the export in the activity log.
    bool write(const Client &client, const SummaryOptions &options, const QString &path);
    // Writes a summary made before (the one a preview showed) in the same way.
    bool save(const QByteArray &pdf, bool deidentified, const QString &path);
    QString errorString() const { return m_error; }
    // The read of the case file that stopped the last summary, if one did (then errorString()
    // names the case file): a store failure, not a problem of the client's records.
    [[nodiscard]] StoreError readError() const { return m_readError; }
    // Whether the activity log failed to record the last write or save (the file itself was
    // written): the caller tells the user, since the chain of custody now misses an export.
    [[nodiscard]] StoreError logError() const { return m_logError; }

    // Letter for the territories that use it (the U.S. and its neighbours, much of Latin
    // America); A4 elsewhere. No territory (the C locale): Letter, the paper of U.S. courts.
    static QPageSize::PageSizeId pageSizeFor(const QLocale &locale);
    // The name the user gave in the app's preferences (QSettings "user/name", shared by the app
    // and the CLI), else the operating-system account's full name, else its login name.
    static QString defaultPreparer();
    // The name saved in the preferences alone; empty when none was given.
    static QString preparerSetting();
    static void setPreparerSetting(const QString &name);
    // How the client is named in the file: the name, or (de-identified) the pseudonym, or
    // "Client 1".
    static QString displayedName(const Client &client, bool deidentified);

private:
    // Keeps `error` as readError() and says which case file could not be read; returns no PDF.
    QByteArray unreadable(const StoreError &error);

    std::unique_ptr<OpenStore> m_owned; // over a case file given as such
    OpenStore &m_store;
    QString m_error;
    StoreError m_readError;
    StoreError m_logError;
};

} // namespace rebuttal
