#pragma once

#include "model/Article.h"
#include "model/Annotation.h"
#include "services/Outcome.h"

#include <QObject>
#include <functional>

namespace feder {
class EditSession;
class Store;
}

namespace feder::ui {

class MarkdownEditor;

// Review threads of the open article in the editor: highlights their ranges, moves the anchors
// with every edit (the document's own change reports, no searching while typing), stores the
// moved anchors when the article is saved, and adds, answers, resolves, reopens and deletes
// threads through ReviewService. The reviewer's name (CurrentUser) is asked for on first use.
class ReviewController : public QObject
{
    Q_OBJECT
public:
    ReviewController(Store &store, MarkdownEditor &editor, EditSession &session, QObject *parent = nullptr);

    // Replaceable dialogs (tests); defaults ask with input dialogs.
    std::function<QString()> askReviewerName;
    std::function<QString(const QString &title)> askCommentText;

    const QList<AnnotationThread> &threads() const { return m_threads; }
    QString reviewerName();

public Q_SLOTS:
    // Comments on the editor's selection; returns false when nothing is selected or cancelled.
    bool addCommentOnSelection();
    void reply(qint64 threadId);
    void setResolved(qint64 threadId, bool resolved);
    // Only one's own comments can be edited or deleted.
    void editThread(qint64 threadId);
    void deleteThread(qint64 threadId);
    void jumpTo(qint64 threadId);
    void next();
    void previous();
    void persistAnchors();

Q_SIGNALS:
    // Threads were added, removed, answered, resolved, reopened or lost their words.
    void threadsChanged();
    // Only ranges moved with an edit (every keystroke before a comment): cheap listeners only.
    void anchorsMoved();
    void problem(const QString &message);

private:
    void setArticle(const Article &article);
    void clear();
    void reload();
    void followEdit(int position, int removed, int added);
    void updateHighlights();
    // Shows a failed outcome; returns whether it was ok.
    bool report(const Outcome &outcome);

    Store &m_store;
    MarkdownEditor &m_editor;
    EditSession &m_session;
    qint64 m_articleId = 0;
    QList<AnnotationThread> m_threads;
    QSet<qint64> m_moved;
};

} // namespace feder::ui
