// What one untrusted PDF may cost: memory per worker process, time to open it, time per page, how
// many workers may be started again after a crash or a hang, and the whole import's time budget.
// The defaults are the shipped bounds; the environment may lower (or raise) them, for tests.
#pragma once

#include <QtGlobal>

namespace rebuttal {

struct ImportLimits
{
    // A worker's private memory (setrlimit RLIMIT_DATA) besides the PDF's own bytes when they come
    // through a pipe: a runaway page fails that page only. Two workers and the importer stay
    // within 1 GiB whatever the input.                                 REBUTTAL_WORKER_MEMORY_MIB
    int workerMemoryMiB = 384;
    // From starting a worker to its saying whether the PDF opened.     REBUTTAL_OPEN_TIMEOUT_MS
    int openTimeoutMs = 60000;
    // One page, from its start to its result, or to the worker's last word that it is still at
    // work on it (OCR pages take seconds; a dense scan is read dozens of times, and the worker
    // says so as each reading starts).                                 REBUTTAL_PAGE_TIMEOUT_MS
    int pageTimeoutMs = 30000;
    // One page at most, however often its worker says it is at work.  REBUTTAL_PAGE_MOST_MS
    int pageMostMs = 600000;
    // Workers started again after a crash or hang before the file is refused.
    int maxRestarts = 8;
    // The whole import: opening plus pages x the per-page limit.       REBUTTAL_IMPORT_BUDGET_MS
    // (when set, it replaces the computed budget)
    qint64 budgetOverrideMs = 0;
    // The most workers an import runs at once (each has workerMemoryMiB).
    static constexpr int MaxWorkers = 2;

    qint64 budgetMs(int pages) const
    {
        return budgetOverrideMs > 0 ? budgetOverrideMs : openTimeoutMs + qint64(pages) * pageTimeoutMs;
    }

    static ImportLimits fromEnvironment();
};

} // namespace rebuttal
