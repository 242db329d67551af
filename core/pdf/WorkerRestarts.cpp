#include "WorkerRestarts.h"

namespace rebuttal {

WorkerRestarts::WorkerRestarts(int budget)
    : m_budget(budget)
{
}

int WorkerRestarts::lostPage(int announced, int firstGiven)
{
    return announced >= 0 ? announced : firstGiven;
}

std::optional<int> WorkerRestarts::resumeAfter(int page, int stride, int pageCount)
{
    const int next = page + stride;
    if (pageCount >= 0 && next >= pageCount)
        return std::nullopt;
    return next;
}

void WorkerRestarts::lose(int page)
{
    ++m_losses;
    m_lost.insert(page);
}

} // namespace rebuttal
