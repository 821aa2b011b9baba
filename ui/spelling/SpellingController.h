#pragma once

#include "model/Article.h"
#include "concurrency/BackgroundWork.h"
#include "spelling/SpellDocument.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <memory>

class QMenu;
class QTextCursor;

namespace feder {
class EditSession;
class IncrementalCheck;
class Store;
class SpellChecker;
}

namespace feder::ui {

class MarkdownEditor;
class SpellHighlighter;

// Spellcheck for the open article: builds the checker from the article's language, the store's
// gender setting, the personal dictionary, the article's ignore list and the names in its
// metadata; underlines in the editor; adds suggestions, "Zum Wörterbuch hinzufügen" and
// "Im Artikel ignorieren" to the editor's context menu; and keeps a full-document check, run on
// a worker thread shortly after typing pauses, for the spelling panel and the checklist.
// The full check finds words only, and re-checks only the paragraphs that changed;
// suggestions are computed for one word when asked (menu, panel), because they cost a hundred
// times more. A newer check stops the stale one, and
// nothing is left running when the controller goes (quitting never waits for a check).
// It follows the session (opened, metadataChanged, textEdited, closed) by itself.
class SpellingController : public QObject
{
    Q_OBJECT
public:
    SpellingController(Store &store, EditSession &session, MarkdownEditor &editor, QObject *parent = nullptr);
    ~SpellingController() override;

    // Overrides the article's language for this session (the editor's language switch).
    void setLanguage(const QString &language);
    const QString &language() const { return m_language; }

    const QList<SpellFinding> &findings() const { return m_findings; }
    // Body and metadata findings together, counted as `feder check` counts them (ArticleSpelling).
    int findingCount() const;
    std::shared_ptr<const SpellChecker> checker() const { return m_checker; }
    // The document's one formatting layer (the StyleController adds the typography underlines).
    SpellHighlighter &highlighter() const { return *m_highlighter; }

    // Adds the spelling entries for the word under `cursor` to a context menu; returns whether
    // there was a flagged word.
    bool addContextActions(QMenu *menu, const QTextCursor &cursor);
    // Computes the suggestions for a flagged word on a worker thread; suggestionsReady follows.
    void requestSuggestions(const QString &word);

public Q_SLOTS:
    void addToDictionary(const QString &word);
    void ignoreInArticle(const QString &word);
    // Replaces every occurrence of a flagged word in the editor (one undo step).
    int replaceAll(const QString &word, const QString &replacement);
    void scheduleFullCheck();

Q_SIGNALS:
    void findingsChanged(const QList<feder::SpellFinding> &findings);
    // The language checked in: the article's, or the one chosen for this session.
    void languageChanged(const QString &language);
    void suggestionsReady(const QString &word, const QStringList &suggestions);
    void problem(const QString &message);

private:
    void setArticle(const Article &article);
    void clear();
    void rebuildChecker();
    void runFullCheck();
    void stopBackgroundWork();
    void installChecker(const std::shared_ptr<const SpellChecker> &checker);

    Store &m_store;
    EditSession &m_session;
    SpellHighlighter *m_highlighter;
    std::shared_ptr<const SpellChecker> m_checker;
    std::shared_ptr<IncrementalCheck> m_incremental;   // paragraphs already checked with m_checker
    Article m_article;
    QString m_language;
    QList<SpellFinding> m_findings;
    QSet<QString> m_documentWords;   // of the last full check: suggestions prefer them
    QHash<QString, QStringList> m_suggestions;   // asked for with m_checker
    QTimer m_fullCheckDelay;
    // The work off the GUI thread (BackgroundWork: the latest request wins, stale results are
    // dropped, nothing calls back after the controller went). Full checks and checker builds
    // use the controller's own pool, one thread fewer than the machine has; suggestions, which
    // the user waits for, the shared pool, never behind a full check. Last members: cancelled
    // and waited for first, and after the pool they run on.
    QThreadPool m_pool;
    struct FullCheck
    {
        QList<SpellFinding> findings;
        QSet<QString> words;
    };
    BackgroundWork<FullCheck> m_fullChecks{&m_pool};
    BackgroundWork<std::shared_ptr<const SpellChecker>> m_checkerBuilds{&m_pool};
    BackgroundWork<QStringList> m_suggestionJobs{QThreadPool::globalInstance()};
};

} // namespace feder::ui
