#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <list>
#include <memory>
#include <optional>
#include <stop_token>
#include <type_traits>
#include <utility>
#include <variant>

namespace feder {

// Feder's one way to work off the GUI thread: a job (a function) runs on a thread pool, and its
// result comes back to the thread that started it, through the event loop. The object is owned
// by the requester (a member, usually the last one), which gives three guarantees that hand-made
// threads and QPointer checks did not:
//
//  - Stale results are dropped. Every start() begins a new generation; a result of an older
//    generation (or of a job cancel()led since) never reaches the callback. The requester does
//    not count requests itself.
//  - Jobs stop early when asked. The function receives a std::stop_token; start() and cancel()
//    request a stop of the jobs they supersede, requestStop() of all. Stopping is cooperative:
//    the function polls the token where it can stop safely (between words, between articles).
//  - Nothing calls back into a dead object. Callbacks run on the owner's thread only while this
//    object lives (they belong to QFutureWatchers it owns), and the destructor cancels and waits
//    for every job, so a function that uses its owner (emits one of its signals, reads an atomic)
//    never outlives it. Declare the object after everything its functions use (destroyed first),
//    and after the QThreadPool it runs on (which must outlive it).
//
// Waiting happens only where the owner asks for it (waitForFinished, cancelAndWait, destruction):
// a job not started yet is then run on the waiting thread (Qt's QFuture::waitForFinished takes it
// from the pool), unless it was cancelled, in which case its function is never called.
//
// The function must not throw: it reports failures as part of its result (as a message, say).
// Never clear() the pool: a job taken out of it would never finish, and waiting for it would
// hang. Not thread-safe itself: use it from the owner's thread only.
//
// The one long-lived worker with state, the preview's RenderWorker, keeps its own QThread (see
// there why).
class BackgroundWorkBase
{
public:
    explicit BackgroundWorkBase(QThreadPool *pool);
    virtual ~BackgroundWorkBase();
    BackgroundWorkBase(const BackgroundWorkBase &) = delete;
    BackgroundWorkBase &operator=(const BackgroundWorkBase &) = delete;

    // Asks every job to stop; their results still arrive (the job reports what it did, e.g. a
    // cancelled export). What the user's "Cancel" button does.
    void requestStop();
    // Asks every job to stop and drops their results: nothing started so far calls back.
    void cancel();
    // cancel(), then waits until no job runs any more (for shutdown and for replacing what the
    // jobs read). Returns at once when nothing runs.
    void cancelAndWait();
    // Waits until every job has finished on its thread, without cancelling; the results of the
    // current generation are delivered afterwards by the event loop, as always.
    void waitForFinished();
    // A job has been started and its result not yet delivered or dropped.
    bool isRunning() const { return !m_jobs.empty(); }
    // Starts so far (a cancel() also counts): tests and diagnostics.
    quint64 generation() const { return m_generation; }

protected:
    // What a job's function and its owner share: the stop request, and whether the job was
    // dropped (its function is then not even started).
    struct Shared
    {
        std::stop_source stop;
        std::atomic<bool> dropped{false};
    };
    struct Job
    {
        quint64 generation = 0;
        std::shared_ptr<Shared> shared;
        std::unique_ptr<QFutureWatcherBase> watcher;   // waits, and delivers on the owner's thread
    };

    // A new generation: earlier jobs are asked to stop and dropped.
    void supersede();
    Job &addJob(std::shared_ptr<Shared> shared);
    // Removes a finished job (its watcher is deleted later: it may be the caller); true when its
    // result is to be delivered.
    bool takeFinished(const Job *job);
    QThreadPool *pool() const { return m_pool; }

private:
    QThreadPool *m_pool;
    quint64 m_generation = 0;
    std::list<Job> m_jobs;   // stable addresses: the watchers' callbacks name their job
    // Watchers of delivered jobs, deleted later (the event loop, or the destructor at the latest).
    QList<QPointer<QFutureWatcherBase>> m_retired;
};

// T is the function's result (void for none). Usage:
//
//     BackgroundWork<Findings> m_checks{&m_pool};   // the owner's last member
//     m_checks.start([text](std::stop_token stop) { return check(text, stop); },
//                    [this](const Findings &findings) { show(findings); });
template <typename T>
class BackgroundWork : public BackgroundWorkBase
{
    // void results travel as std::monostate; an empty optional is a job that never ran.
    using Value = std::conditional_t<std::is_void_v<T>, std::monostate, T>;

public:
    explicit BackgroundWork(QThreadPool *pool = QThreadPool::globalInstance()) : BackgroundWorkBase(pool) {}
    ~BackgroundWork() override { cancelAndWait(); }

    // The latest request wins: earlier jobs are asked to stop and their results dropped, then
    // `work` runs on the pool. `work` takes a std::stop_token (or nothing) and returns T; `done`
    // gets the result on the owner's thread (T const &, or nothing for void), only if no later
    // start() or cancel() came in between.
    template <typename Work, typename Done>
    void start(Work work, Done done)
    {
        supersede();
        launch(std::move(work), std::move(done));
    }
    // Without a callback: work whose result nobody waits for (a preload, a backup), which must
    // still be finished or cancelled before its owner goes.
    template <typename Work>
    void start(Work work)
    {
        start(std::move(work), [](auto &&...) {});
    }
    // Another job of the current generation, beside those running: each result is delivered
    // (answers to different questions, e.g. suggestions for several words). cancel() and
    // start() drop them like the others.
    template <typename Work, typename Done>
    void startAlongside(Work work, Done done)
    {
        launch(std::move(work), std::move(done));
    }

private:
    template <typename Work>
    static Value call(Work &work, std::stop_token stop)
    {
        if constexpr (std::is_void_v<T>) {
            if constexpr (std::is_invocable_v<Work &, std::stop_token>)
                work(std::move(stop));
            else
                work();
            return {};
        } else if constexpr (std::is_invocable_v<Work &, std::stop_token>) {
            return work(std::move(stop));
        } else {
            return work();
        }
    }

    template <typename Work, typename Done>
    void launch(Work work, Done done)
    {
        auto shared = std::make_shared<Shared>();
        QFuture<std::optional<Value>> future = QtConcurrent::run(pool(), [shared, work = std::move(work)]() mutable {
            if (shared->dropped.load())
                return std::optional<Value>(); // cancelled before it started: never runs
            return std::optional<Value>(call(work, shared->stop.get_token()));
        });
        Job &job = addJob(shared);
        auto *watcher = new QFutureWatcher<std::optional<Value>>();
        job.watcher.reset(watcher);
        // The watcher lives on this (the owner's) thread and is deleted with its job: the
        // callback runs there, and never after the job was dropped or this object destroyed.
        // takeFinished() hands the watcher to deleteLater(): this callback is not destroyed
        // while it runs, and `done` may even start or cancel jobs of this object.
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                         [this, watcher, jobPointer = &job, done = std::move(done)]() mutable {
            const std::optional<Value> result = watcher->future().result();
            if (!takeFinished(jobPointer) || !result)
                return;
            if constexpr (std::is_void_v<T>)
                done();
            else
                done(*result);
        });
        watcher->setFuture(future);
    }
};

} // namespace feder
