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

void WorkerRestarts::lose(int page)
{
    ++m_losses;
    m_lost.insert(page);
}

} // namespace rebuttal
