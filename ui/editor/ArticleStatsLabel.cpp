#include "ArticleStatsLabel.h"

#include "article/ReadingTime.h"
#include "markdown/VisibleText.h"
#include "session/EditSession.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QLocale>

namespace feder::ui {

ArticleStatsLabel::Counts ArticleStatsLabel::countsOf(const QString &markdown)
{
    const QString visible = VisibleText::text(markdown);
    Counts counts;
    counts.words = VisibleText::countWords(visible);
    // Characters with spaces, as an editor counts them: white space between words counts once,
    // the line breaks between blocks not at all.
    bool space = true; // at the start: leading white space does not count
    for (const QChar c : visible) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && counts.characters > 0)
            ++counts.characters;
        space = false;
        ++counts.characters;
    }
    return counts;
}

ArticleStatsLabel::ArticleStatsLabel(Store &store, EditSession &session, QWidget *parent)
    : QLabel(parent), m_store(store), m_session(session)
{
    setObjectName(QStringLiteral("articleStats"));
    setAccessibleName(tr("Word count"));
    setTextFormat(Qt::PlainText);
    setContentsMargins(6, 0, 14, 0); // apart from the save state beside it
    m_delay.setSingleShot(true);
    m_delay.setInterval(kDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &ArticleStatsLabel::count);
    connect(&session, &EditSession::opened, this, &ArticleStatsLabel::count);
    // The team's reading speed may have changed (the settings re-announce the metadata).
    connect(&session, &EditSession::metadataChanged, this, &ArticleStatsLabel::count);
    connect(&session, &EditSession::textEdited, this, &ArticleStatsLabel::edited);
    connect(&session, &EditSession::closed, this, [this] {
        m_delay.stop();
        m_work.cancel();
        clear();
    });
    if (session.hasArticle())
        count();
}

void ArticleStatsLabel::edited()
{
    // Restarted by every key, but not pushed beyond the maximum while typing goes on.
    if (m_sinceCounted.isValid() && m_sinceCounted.elapsed() + kDelayMs > kMaximumDelayMs) {
        if (!m_delay.isActive())
            m_delay.start();
        return;
    }
    m_delay.start();
}

void ArticleStatsLabel::count()
{
    m_delay.stop();
    m_sinceCounted.start();
    if (!m_session.hasArticle())
        return;
    m_work.start([body = m_session.text()] { return countsOf(body); }, [this](const Counts &counts) { display(counts); });
}

void ArticleStatsLabel::display(const Counts &counts)
{
    m_counts = counts;
    const int perMinute = wordsPerMinute();
    m_minutes = ReadingTime::minutes(counts.words, perMinute);
    const QLocale locale;
    setText(tr("Words: %1").arg(locale.toString(counts.words)) + QStringLiteral(" · ")
            + tr("Characters: %1").arg(locale.toString(counts.characters)) + QStringLiteral(" · ")
            + tr("Reading time: %1").arg(ReadingTime::text(m_minutes)));
    setToolTip(tr("Words and characters a reader sees (without Markdown), reading time at %Ln words per minute",
                  nullptr, perMinute > 0 ? perMinute : 200));
    Q_EMIT updated();
}

int ArticleStatsLabel::wordsPerMinute()
{
    try {
        m_wordsPerMinute = m_store.settings().wordsPerMinute();
    } catch (const StoreError &) {
        // A count is no reason to bother the author: the speed read last time will do.
    }
    return m_wordsPerMinute;
}

} // namespace feder::ui
