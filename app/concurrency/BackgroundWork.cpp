#include "BackgroundWork.h"

namespace feder {

BackgroundWorkBase::BackgroundWorkBase(QThreadPool *pool) : m_pool(pool)
{
}

// BackgroundWork<T>'s destructor has already cancelled and waited; this one only frees, also
// the watchers whose deleteLater() has not come yet (an event loop may never run again).
BackgroundWorkBase::~BackgroundWorkBase()
{
    for (const QPointer<QFutureWatcherBase> &watcher : std::as_const(m_retired))
        delete watcher.data();
}

void BackgroundWorkBase::requestStop()
{
    for (Job &job : m_jobs)
        job.shared->stop.request_stop();
}

void BackgroundWorkBase::supersede()
{
    ++m_generation;
    for (Job &job : m_jobs) {
        job.shared->dropped = true;
        job.shared->stop.request_stop();
    }
}

void BackgroundWorkBase::cancel()
{
    supersede();
}

void BackgroundWorkBase::cancelAndWait()
{
    if (m_jobs.empty())
        return;
    cancel();
    waitForFinished();
    // All finished and none to be delivered: the watchers go now, with their pending callbacks.
    m_jobs.clear();
}

void BackgroundWorkBase::waitForFinished()
{
    // A job the pool has not started yet runs here (QFuture takes it from the pool): a dropped
    // one returns at once without calling its function.
    for (Job &job : m_jobs)
        job.watcher->waitForFinished();
}

BackgroundWorkBase::Job &BackgroundWorkBase::addJob(std::shared_ptr<Shared> shared)
{
    Job &job = m_jobs.emplace_back();
    job.generation = m_generation;
    job.shared = std::move(shared);
    return job;
}

bool BackgroundWorkBase::takeFinished(const Job *finished)
{
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
        if (&*it != finished)
            continue;
        const bool deliver = it->generation == m_generation && !it->shared->dropped.load();
        QFutureWatcherBase *watcher = it->watcher.release();
        watcher->deleteLater(); // we are inside its signal
        m_retired.removeAll(nullptr);
        m_retired.append(watcher);
        m_jobs.erase(it);
        return deliver;
    }
    return false; // already cleared by cancelAndWait()
}

} // namespace feder
