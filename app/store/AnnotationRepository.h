#pragma once

#include "model/Anchor.h"
#include "model/Annotation.h"
#include "model/Article.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace feder {

class Database;

// Review threads and their replies. Resolve and reopen are state changes of their own (no reply
// needed); threads are never dropped when their text goes away, they become orphaned.
class AnnotationRepository
{
public:
    explicit AnnotationRepository(Database &db) : m_db(db) {}

    // Anchors a new thread at [start, end) of `text` (the body, or the metadata field `field`);
    // returns its id.
    qint64 addThread(qint64 articleId, const QString &text, int start, int end,
                     const QString &author, const QString &comment, const QString &field = fieldName(TextField::Body));
    qint64 addReply(qint64 threadId, const QString &author, const QString &text);
    void setState(qint64 threadId, const QString &state);
    void editComment(qint64 commentId, const QString &text);
    void deleteComment(qint64 commentId);        // a thread's first comment takes its replies along
    void saveAnchor(qint64 threadId, const Anchor &anchor);
    // The article changed outside the editor (import, restore): find every thread again, each in
    // the text it belongs to.
    void reanchorAll(const Article &article);
    static QString fieldText(const Article &article, const QString &field);
    static const QStringList &commentableFields();

    // Merging another store's review (review-import): the records keep their UUIDs and times.
    qint64 insertThread(qint64 articleId, const AnnotationThread &thread);
    qint64 insertReply(qint64 threadId, const Comment &reply);
    // Takes text and state of a comment from elsewhere when they are newer; returns whether it changed.
    bool mergeComment(const QString &uuid, const QString &text, const QString &state, const QDateTime &updated);

    QList<AnnotationThread> threads(qint64 articleId);
    // Where a comment id is used in this store: its article, and whether it is a reply.
    struct Owner { qint64 articleId = 0; bool isReply = false; };
    std::optional<Owner> ownerOf(const QString &uuid);
    std::optional<AnnotationThread> threadByUuid(qint64 articleId, const QString &uuid);
    int openThreadCount(qint64 articleId);

private:
    Database &m_db;
};

} // namespace feder
