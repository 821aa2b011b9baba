#pragma once

#include "Outcome.h"
#include "review/ReviewExchange.h"
#include "model/Annotation.h"

#include <QList>
#include <QString>

namespace feder {

class Store;

// Review comments and the review round trip between machines, on behalf of one person (by
// default CurrentUser::name(); `feder comments --author` names another): comments are signed
// with that name, and only a comment's author may edit or delete it.
class ReviewService
{
public:
    explicit ReviewService(Store &store, const QString &author = {});

    // A new thread on [start, end) of `fieldText` (the article's body or one of its commentable
    // metadata fields, as the author sees it); the value is the thread's id.
    Result<qint64> addComment(qint64 articleId, const QString &fieldText, int start, int end, const QString &text,
                              const QString &field = fieldName(TextField::Body));
    Outcome reply(qint64 threadId, const QString &text);
    // Resolves or reopens a thread, with an optional reply saying why (one write).
    Outcome setResolved(qint64 threadId, bool resolved, const QString &note = {});
    // Only a comment's author may change it; the GUI asks before it asks for the new text.
    enum class Change { Edit, Delete };
    Outcome mayChange(qint64 articleId, qint64 threadId, Change change);
    Outcome editComment(qint64 articleId, qint64 threadId, const QString &text);
    Outcome deleteComment(qint64 articleId, qint64 threadId);
    // Anchors moved by edits in the editor, stored with the body they refer to.
    Outcome saveAnchors(const QList<AnnotationThread> &moved);

    // Writes the article with its threads as a .federreview file (atomically).
    Outcome exportPackage(const QString &slug, const QString &path);
    // Reads and merges a .federreview file; all or nothing.
    Result<ReviewExchange::ImportReport> importPackage(const QString &path);
    // The same for a package already read (the CLI reads it before it opens the store).
    Result<ReviewExchange::ImportReport> importPackage(const QByteArray &json, const QString &fileName);

private:
    Store &m_store;
    QString m_author;
};

} // namespace feder
