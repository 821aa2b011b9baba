#include "concurrency/BackgroundWork.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

using namespace feder;
using namespace std::chrono_literals;

namespace {

// Polls the token like the real jobs (a check between words, an export between articles); gives
// up after 10 s so that a broken helper fails the test instead of hanging it.
bool waitForStop(const std::stop_token &stop)
{
    QElapsedTimer timer;
    timer.start();
    while (!stop.stop_requested()) {
        if (timer.elapsed() > 10000)
            return false;
        std::this_thread::sleep_for(1ms);
    }
    return true;
}

} // namespace

// Feder's one way to work off the GUI thread (issue 15): results come back on the owner's
// thread, stale ones are dropped, jobs see cancellation, and the owner going away waits.
class TestBackgroundWork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resultArrivesOnTheOwnersThread()
    {
        QThreadPool pool;
        BackgroundWork<QThread *> work(&pool);
        QThread *ranOn = nullptr;
        QThread *deliveredOn = nullptr;
        work.start([] { return QThread::currentThread(); }, [&](QThread *thread) {
            ranOn = thread;
            deliveredOn = QThread::currentThread();
        });
        QVERIFY(work.isRunning());
        QTRY_VERIFY(deliveredOn != nullptr);
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY(ranOn != QThread::currentThread()); // the function ran on the pool
        QVERIFY(!work.isRunning());
    }

    void staleResultsAreDropped()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        BackgroundWork<int> work(&pool);
        QSemaphore release;
        std::atomic<bool> firstStarted{false};
        std::atomic<bool> firstSawStop{false};
        QList<int> delivered;
        work.start([&](std::stop_token stop) {
            firstStarted = true;
            release.acquire(); // still running when the second request comes
            firstSawStop = stop.stop_requested();
            return 1;
        }, [&](int value) { delivered.append(value); });
        QTRY_VERIFY(firstStarted.load()); // (one not started yet would not even run)
        work.start([] { return 2; }, [&](int value) { delivered.append(value); });
        release.release();
        QTRY_COMPARE(delivered, QList<int>{2});
        work.waitForFinished();
        QTest::qWait(50); // the first job's result had its chance to arrive
        QCOMPARE(delivered, QList<int>{2});
        QVERIFY(firstSawStop); // superseded: asked to stop
        QVERIFY(!work.isRunning());
    }

    void cancelledResultsAreDroppedAndSeenByTheJob()
    {
        QThreadPool pool;
        BackgroundWork<bool> work(&pool);
        std::atomic<bool> started{false};
        bool delivered = false;
        work.start([&](std::stop_token stop) {
            started = true;
            return waitForStop(stop);
        }, [&](bool) { delivered = true; });
        QTRY_VERIFY(started.load());
        QElapsedTimer timer;
        timer.start();
        work.cancelAndWait();
        QVERIFY2(timer.elapsed() < 5000, "the job did not see the cancellation");
        QVERIFY(!work.isRunning());
        QTest::qWait(50);
        QVERIFY(!delivered);
    }

    void requestStopStillDeliversWhatTheJobDid()
    {
        QThreadPool pool;
        BackgroundWork<QString> work(&pool);
        std::atomic<bool> started{false};
        QString delivered;
        work.start([&](std::stop_token stop) {
            started = true;
            return waitForStop(stop) ? QStringLiteral("stopped") : QStringLiteral("timed out");
        }, [&](const QString &result) { delivered = result; });
        QTRY_VERIFY(started.load());
        work.requestStop(); // the user's "Cancel": the job says how it ended
        QTRY_COMPARE(delivered, QStringLiteral("stopped"));
    }

    void jobsAlongsideEachDeliver()
    {
        BackgroundWork<int> work; // the global pool
        QList<int> delivered;
        for (int i = 1; i <= 3; ++i)
            work.startAlongside([i] { return i * 10; }, [&](int value) { delivered.append(value); });
        QTRY_COMPARE(delivered.size(), 3);
        std::sort(delivered.begin(), delivered.end());
        QCOMPARE(delivered, (QList<int>{10, 20, 30}));
        // ... and a cancel drops them like any other.
        QSemaphore release;
        work.startAlongside([&] { release.acquire(); return 40; }, [&](int value) { delivered.append(value); });
        work.cancel();
        release.release();
        work.waitForFinished();
        QTest::qWait(50);
        QCOMPARE(delivered.size(), 3);
    }

    void aCancelledJobThatHasNotStartedNeverRuns()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        BackgroundWork<void> work(&pool);
        std::atomic<bool> started{false};
        std::atomic<bool> secondRan{false};
        work.startAlongside([&](std::stop_token stop) { started = true; waitForStop(stop); }, [] {});
        work.startAlongside([&] { secondRan = true; }, [] {}); // queued behind the first
        QTRY_VERIFY(started.load());
        work.cancelAndWait();
        pool.waitForDone();
        QVERIFY(!secondRan);
    }

    // The owner goes while its job runs: the destructor cancels and waits, so the job's last
    // touch of the owner's data happens before the data goes, and no callback comes afterwards.
    void destructionWhileRunningWaitsAndDoesNotCallBack()
    {
        QThreadPool pool;
        struct Owner
        {
            std::atomic<int> touched{0};
            bool delivered = false;
            BackgroundWork<int> work; // last: destroyed first
            explicit Owner(QThreadPool *pool) : work(pool) {}
        };
        auto owner = std::make_unique<Owner>(&pool);
        std::atomic<bool> started{false};
        std::atomic<bool> finished{false};
        Owner *raw = owner.get();
        owner->work.start([raw, &started, &finished](std::stop_token stop) {
            started = true;
            waitForStop(stop);
            std::this_thread::sleep_for(100ms); // still using the owner after the stop request
            ++raw->touched;
            finished = true;
            return 1;
        }, [raw](int) { raw->delivered = true; });
        QTRY_VERIFY(started.load());
        QElapsedTimer timer;
        timer.start();
        owner.reset();
        QVERIFY(finished.load()); // waited for the job
        QVERIFY(timer.elapsed() >= 90);
        QTest::qWait(50); // a callback into the dead owner would crash (or be caught by ASan) here
    }

    // A job that does not look at its token (a dictionary load) is simply waited for.
    void destructionWaitsForAJobThatCannotStop()
    {
        std::atomic<bool> started{false};
        std::atomic<bool> finished{false};
        {
            BackgroundWork<void> work;
            work.start([&] {
                started = true;
                std::this_thread::sleep_for(150ms);
                finished = true;
            });
            QVERIFY(work.isRunning());
            QTRY_VERIFY(started.load()); // (one not started yet is dropped, see above)
        }
        QVERIFY(finished.load());
    }

    void aCallbackMayStartTheNextJob()
    {
        QThreadPool pool;
        BackgroundWork<int> work(&pool);
        QList<int> delivered;
        std::function<void(int)> next = [&](int value) {
            delivered.append(value);
            if (value < 3)
                work.start([value] { return value + 1; }, next);
        };
        work.start([] { return 1; }, next);
        QTRY_COMPARE(delivered, (QList<int>{1, 2, 3}));
        QTRY_VERIFY(!work.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestBackgroundWork)
#include "tst_background_work.moc"
