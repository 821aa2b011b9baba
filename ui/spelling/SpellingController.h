#pragma once

#include "article/Article.h"
#include "spelling/SpellDocument.h"

#include <QObject>
#include <QTimer>
#include <memory>

class QMenu;
class QTextCursor;

namespace feder {
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
class SpellingController : public QObject
{
    Q_OBJECT
public:
    SpellingController(Store &store, MarkdownEditor &editor, QObject *parent = nullptr);
    ~SpellingController() override;

    void setArticle(const Article &article);
    void clear();
    // Overrides the article's language for this session (the editor's language switch).
    void setLanguage(const QString &language);
    const QString &language() const { return m_language; }

    const QList<SpellFinding> &findings() const { return m_findings; }
    std::shared_ptr<const SpellChecker> checker() const { return m_checker; }

    // Adds the spelling entries for the word under `cursor` to a context menu; returns whether
    // there was a flagged word.
    bool addContextActions(QMenu *menu, const QTextCursor &cursor);

public Q_SLOTS:
    void addToDictionary(const QString &word);
    void ignoreInArticle(const QString &word);
    // Replaces every occurrence of a flagged word in the editor (one undo step).
    int replaceAll(const QString &word, const QString &replacement);
    void scheduleFullCheck();

Q_SIGNALS:
    void findingsChanged(const QList<feder::SpellFinding> &findings);
    void problem(const QString &message);

private:
    void rebuildChecker();
    void runFullCheck();

    Store &m_store;
    MarkdownEditor &m_editor;
    SpellHighlighter *m_highlighter;
    std::shared_ptr<const SpellChecker> m_checker;
    Article m_article;
    QString m_language;
    QList<SpellFinding> m_findings;
    QTimer m_fullCheckDelay;
    quint64 m_generation = 0;
};

} // namespace feder::ui
