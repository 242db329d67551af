// The one restart policy of every PDF worker client: the import's pool (AnalysisWorkers) and the
// page-drawing client (WorkerClient). A worker that crashes, hangs past the page limit or garbles
// its answer is lost on the page it was working on; that page is lost for good (no worker is given
// it again) and a new worker takes the pages still to do, as long as the budget of restarts lasts.
#pragma once

#include <QSet>


namespace rebuttal {

class WorkerRestarts
{
public:
    static constexpr int Unlimited = -1;

    // `budget`: how many lost pages are survived; one more ends the work (Unlimited: never).
    explicit WorkerRestarts(int budget = Unlimited);

    // The page a worker was lost on: the one it announced (or was asked for), or, when it announced
    // none since it was started, the first page it was given.
    static int lostPage(int announced, int firstGiven);

    // Records a worker lost on `page`.
    void lose(int page);
    // Whether `page` cost a worker before: it is not given to one again.
    bool isLost(int page) const { return m_lost.contains(page); }
    // More pages were lost than the budget survives: no new worker is started.
    bool isExhausted() const { return m_budget != Unlimited && m_losses > m_budget; }
    int losses() const { return m_losses; }

private:
    int m_budget;
    int m_losses = 0;
    QSet<int> m_lost;
};

} // namespace rebuttal
