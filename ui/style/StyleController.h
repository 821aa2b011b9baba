#pragma once

#include "concurrency/BackgroundWork.h"
#include "style/Typography.h"

#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <memory>

class QAction;
class QMenu;
class QTextCursor;

namespace feder {
class EditSession;
class IncrementalTypography;
struct Article;
}

namespace feder::ui {

class MarkdownEditor;
class SpellHighlighter;
class SpellingController;

// German typography in the editor (issue 17, item 1), for German articles (de-DE, de-AT, de-CH)
// only. It follows the session by itself (opened, metadataChanged, textEdited, closed):
//  - switches the blue underlines of the one formatting layer (SpellHighlighter) on and off;
//  - runs the full check (IncrementalTypography) off the GUI thread after a typing pause, drops
//    stale results, and afterwards puts the underlines of every line right (reconcile);
//  - puts the one-click fix first in the editor's context menu, with the rule's message;
//  - applies one fix or all of them („Typografie korrigieren“) as one undo step each, through
//    the session's document, never inside code, URLs or `:::` lines (Typography guarantees it);
//  - gives the checklist its count and moves the caret to the first finding.
class StyleController : public QObject
{
    Q_OBJECT
public:
    StyleController(EditSession &session, MarkdownEditor &editor, SpellingController &spelling, QObject *parent = nullptr);
    ~StyleController() override;

    static bool checksLanguage(const QString &language);
    // Whether the open article is checked (German).
    bool isActive() const { return m_active; }

    // The findings of the last full check (empty for articles that are not German).
    const QList<StyleFinding> &findings() const { return m_findings; }
    int findingCount() const { return int(m_findings.size()); }

    // Bearbeiten ▸ Typografie korrigieren: enabled while a German article with findings is open.
    QAction *fixAllAction() const { return m_fixAll; }

    // Adds the fix and the rule's message for the finding under `cursor` at the top of a context
    // menu; returns whether there was one.
    bool addContextActions(QMenu *menu, const QTextCursor &cursor);

public Q_SLOTS:
    // Replaces one finding (document positions) by its fix: one undo step.
    void applyFix(const feder::StyleFinding &finding);
    // Applies every fix of the text as it is now: one undo step. Returns how many.
    int fixAll();
    // Moves the editor's caret to the first finding and shows it.
    void goToFirstFinding();
    void scheduleFullCheck();
    // Runs the full check now (off the GUI thread); findingsChanged follows.
    void runFullCheck();

Q_SIGNALS:
    void findingsChanged(int count);

private:
    void setArticle(const Article &article);
    void clear();
    void setFindings(const QList<StyleFinding> &findings);
    // Gives every line the underlines of the full check where its own paragraph check differs.
    void reconcile();

    EditSession &m_session;
    MarkdownEditor &m_editor;
    SpellHighlighter &m_highlighter;
    bool m_active = false;
    qint64 m_articleId = 0;
    QList<StyleFinding> m_findings;
    std::shared_ptr<IncrementalTypography> m_incremental;
    QTimer m_fullCheckDelay;
    QAction *m_fixAll;
    // Last members: the pool outlives the work on it, and the work is cancelled and waited for first.
    QThreadPool m_pool;
    struct FullCheck
    {
        QString body;
        QList<StyleFinding> findings;
    };
    BackgroundWork<FullCheck> m_fullChecks{&m_pool};
};

} // namespace feder::ui
