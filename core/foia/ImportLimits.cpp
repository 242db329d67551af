#include "ImportLimits.h"

#include <QString>

namespace rebuttal {

namespace {
qint64 positive(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = qEnvironmentVariable(name).toLongLong(&ok);
    return ok && value > 0 ? value : fallback;
}
} // namespace

ImportLimits ImportLimits::fromEnvironment()
{
    ImportLimits limits;
    limits.workerMemoryMiB = int(positive("REBUTTAL_WORKER_MEMORY_MIB", limits.workerMemoryMiB));
    limits.openTimeoutMs = int(positive("REBUTTAL_OPEN_TIMEOUT_MS", limits.openTimeoutMs));
    limits.pageTimeoutMs = int(positive("REBUTTAL_PAGE_TIMEOUT_MS", limits.pageTimeoutMs));
    limits.pageMostMs = int(positive("REBUTTAL_PAGE_MOST_MS", limits.pageMostMs));
    limits.budgetOverrideMs = positive("REBUTTAL_IMPORT_BUDGET_MS", 0);
    return limits;
}

} // namespace rebuttal
