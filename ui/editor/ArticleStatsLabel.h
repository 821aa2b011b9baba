#pragma once

#include "concurrency/BackgroundWork.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QTimer>

namespace feder {
class EditSession;
class Store;
}

namespace feder::ui {

// The status bar's counts of the open article: words, characters and reading time
// („1.234 Wörter · 8.210 Zeichen · Lesezeit 7 min.“). Words are the page's count
// (VisibleText: what a reader sees), the reading time is ReadingTime's rule with the store's
// words per minute, characters are the visible text's, spaces included (runs of white space
// count once). Counted on a worker (a 50,000-word text takes tens of milliseconds), at the
// latest kDelayMs after typing pauses and kMaximumDelayMs while it goes on: a keystroke only
// restarts a timer.
class ArticleStatsLabel : public QLabel
{
    Q_OBJECT
public:
    static constexpr int kDelayMs = 400;
    static constexpr int kMaximumDelayMs = 2000;

    struct Counts
    {
        int words = 0;
        int characters = 0;
    };
    // The counts of a Markdown body (pure; runs on the worker).
    static Counts countsOf(const QString &markdown);

    ArticleStatsLabel(Store &store, EditSession &session, QWidget *parent = nullptr);

    const Counts &counts() const { return m_counts; }
    int readingMinutes() const { return m_minutes; }
    // A count is pending or running (tests wait for it to be done).
    bool isCounting() const { return m_delay.isActive() || m_work.isRunning(); }

Q_SIGNALS:
    void updated();

private:
    void edited();
    void count();
    void display(const Counts &counts);
    // The store's reading speed; the last one read when the store cannot be read now.
    int wordsPerMinute();

    Store &m_store;
    EditSession &m_session;
    QTimer m_delay;
    QElapsedTimer m_sinceCounted; // typing goes on: count at least every kMaximumDelayMs
    Counts m_counts;
    int m_minutes = 0;
    int m_wordsPerMinute = 0; // 0: ReadingTime's default
    BackgroundWork<Counts> m_work; // last: destroyed (and waited for) first
};

} // namespace feder::ui
