// The threads the window's long work runs on (jobs, reads of a matter on a server, the audit, the
// summary preview): a pool of the app's own, never Qt's global one. Qt 6.4's raster painting splits
// a large fill across QThreadPool::globalInstance() and waits for the pieces; with that pool's
// threads (one per core) all held by work waiting on a slow link or a lock, every paint of the
// window waited with them, and the window froze until the work ended (two such tasks are enough
// on a two-core laptop: a Save a Copy from a matter and the page it shows).
#pragma once

class QThreadPool;

namespace rebuttal {

QThreadPool *workThreads();

} // namespace rebuttal
