#include "ReviewController.h"

#include "CommentDialog.h"
#include "session/EditSession.h"
#include "editor/MarkdownEditor.h"
#include "services/CurrentUser.h"
#include "services/ReviewService.h"
#include "store/Store.h"

#include <QInputDialog>
#include <QTextBlock>

namespace feder::ui {

ReviewController::ReviewController(Store &store, MarkdownEditor &editor, EditSession &session, QObject *parent)
    : QObject(parent), m_store(store), m_editor(editor), m_session(session)
{
    askReviewerName = [this] {
        return QInputDialog::getText(&m_editor, tr("Your name"), tr("Name shown with your comments:"));
    };
    askCommentText = [this](const QString &title) { return CommentDialog::ask(&m_editor, title); };
    setObjectName(QStringLiteral("reviewController"));
    connect(&m_session, &EditSession::opened, this, &ReviewController::setArticle);
    connect(&m_session, &EditSession::textEdited, this, &ReviewController::followEdit);
    connect(&m_session, &EditSession::saved, this, &ReviewController::persistAnchors);
    connect(&m_session, &EditSession::closed, this, &ReviewController::clear);
}

QString ReviewController::reviewerName()
{
    if (!CurrentUser::isKnown()) {
        const QString name = askReviewerName().trimmed();
        if (name.isEmpty())
            return {};
        CurrentUser::choose(name);
    }
    return CurrentUser::name();
}

void ReviewController::setArticle(const Article &article)
{
    m_articleId = article.id;
    m_moved.clear();
    reload();
}

void ReviewController::clear()
{
    m_articleId = 0;
    m_threads.clear();
    m_moved.clear();
    updateHighlights();
    Q_EMIT threadsChanged();
}

void ReviewController::reload()
{
    m_threads = m_articleId ? m_store.annotations().threads(m_articleId) : QList<AnnotationThread>();
    updateHighlights();
    Q_EMIT threadsChanged();
}

void ReviewController::followEdit(int position, int removed, int added)
{
    bool moved = false;
    bool orphaned = false;
    for (AnnotationThread &thread : m_threads) {
        if (!thread.isOnBody())
            continue; // comments on metadata fields do not move with the text
        const Anchor before = thread.anchor;
        thread.anchor.followEdit(position, removed, added);
        if (thread.anchor.start != before.start || thread.anchor.end != before.end || thread.anchor.orphaned != before.orphaned) {
            m_moved.insert(thread.id);
            moved = true;
            orphaned = orphaned || thread.anchor.orphaned != before.orphaned;
        }
    }
    if (!moved)
        return;
    updateHighlights();
    Q_EMIT anchorsMoved();
    if (orphaned)
        Q_EMIT threadsChanged(); // the panel shows "Bezug gelöscht" now
}

void ReviewController::persistAnchors()
{
    if (m_moved.isEmpty())
        return;
    QList<AnnotationThread> moved;
    for (const AnnotationThread &thread : std::as_const(m_threads)) {
        if (m_moved.contains(thread.id))
            moved.append(thread);
    }
    if (report(ReviewService(m_store).saveAnchors(moved)))
        m_moved.clear(); // else they are tried again with the next save
}

void ReviewController::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const AnnotationThread &thread : std::as_const(m_threads)) {
        if (thread.anchor.orphaned || !thread.isOnBody())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_editor.document());
        selection.cursor.setPosition(thread.anchor.start);
        selection.cursor.setPosition(thread.anchor.end, QTextCursor::KeepAnchor);
        const bool open = thread.isOpen();
        selection.format.setBackground(open ? QColor(255, 226, 122) : QColor(225, 232, 240));
        // Marker colours are light in every theme: the words on them stay dark (≥ 4.5:1).
        selection.format.setForeground(QColor(0x1c, 0x1e, 0x21));
        selection.format.setProperty(QTextFormat::UserProperty, thread.id);
        selection.format.setToolTip(thread.author + QStringLiteral(": ") + thread.text);
        selections.append(selection);
    }
    m_editor.setExtraSelections(selections);
}

bool ReviewController::report(const Outcome &outcome)
{
    if (!outcome)
        Q_EMIT problem(outcome.message);
    return outcome.ok;
}

bool ReviewController::addCommentOnSelection()
{
    const QTextCursor cursor = m_editor.textCursor();
    if (!m_articleId || !cursor.hasSelection())
        return false;
    const QString author = reviewerName();
    if (author.isEmpty())
        return false;
    const QString text = askCommentText(tr("Comment on “%1”").arg(cursor.selectedText().left(60))).trimmed();
    if (text.isEmpty())
        return false;
    // The anchor refers to the text on screen: store it first, so both agree.
    if (!m_session.save())
        return false;
    persistAnchors();
    const Result<qint64> added = ReviewService(m_store).addComment(m_articleId, m_session.text(),
                                                                   cursor.selectionStart(), cursor.selectionEnd(), text);
    const bool ok = report(added.outcome);
    reload();
    return ok;
}

void ReviewController::reply(qint64 threadId)
{
    const QString author = reviewerName();
    const QString text = author.isEmpty() ? QString() : askCommentText(tr("Reply")).trimmed();
    if (text.isEmpty())
        return;
    report(ReviewService(m_store).reply(threadId, text));
    reload();
}

void ReviewController::setResolved(qint64 threadId, bool resolved)
{
    report(ReviewService(m_store).setResolved(threadId, resolved));
    reload();
}

void ReviewController::editThread(qint64 threadId)
{
    if (reviewerName().isEmpty())
        return;
    // Asked before the text, so nobody writes a comment that cannot be saved.
    ReviewService review(m_store);
    if (!report(review.mayChange(m_articleId, threadId, ReviewService::Change::Edit)))
        return;
    const QString text = askCommentText(tr("Edit comment")).trimmed();
    if (text.isEmpty())
        return;
    report(review.editComment(m_articleId, threadId, text));
    reload();
}

void ReviewController::deleteThread(qint64 threadId)
{
    if (reviewerName().isEmpty())
        return;
    report(ReviewService(m_store).deleteComment(m_articleId, threadId));
    reload();
}

void ReviewController::jumpTo(qint64 threadId)
{
    const auto found = std::find_if(m_threads.begin(), m_threads.end(), [&](const AnnotationThread &t) { return t.id == threadId; });
    if (found == m_threads.end() || found->anchor.orphaned || !found->isOnBody())
        return;
    QTextCursor cursor(m_editor.document());
    cursor.setPosition(found->anchor.start);
    cursor.setPosition(found->anchor.end, QTextCursor::KeepAnchor);
    m_editor.setTextCursor(cursor);
    m_editor.centerCursor();
    m_editor.setFocus();
}

void ReviewController::next()
{
    const int from = m_editor.textCursor().selectionStart();
    const AnnotationThread *target = nullptr;
    for (const AnnotationThread &thread : std::as_const(m_threads)) {
        if (thread.anchor.orphaned || !thread.isOnBody())
            continue;
        if (thread.anchor.start > from && (!target || thread.anchor.start < target->anchor.start))
            target = &thread;
    }
    if (target)
        jumpTo(target->id);
}

void ReviewController::previous()
{
    const int from = m_editor.textCursor().selectionStart();
    const AnnotationThread *target = nullptr;
    for (const AnnotationThread &thread : std::as_const(m_threads)) {
        if (thread.anchor.orphaned || !thread.isOnBody())
            continue;
        if (thread.anchor.start < from && (!target || thread.anchor.start > target->anchor.start))
            target = &thread;
    }
    if (target)
        jumpTo(target->id);
}

} // namespace feder::ui
