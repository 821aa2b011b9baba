#include "AnnotationRepository.h"

#include "Clock.h"
#include "Database.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QHash>

namespace feder {

namespace {

const char *const kSelectThreads =
    "SELECT id, uuid, article_id, start_pos, end_pos, quote, prefix, suffix, author, text, state, orphaned, "
    "created, updated, field FROM annotations WHERE article_id = ? AND parent_id IS NULL ";

AnnotationThread readThread(const Statement &row)
{
    AnnotationThread t;
    t.id = row.integer(0);
    t.uuid = row.text(1);
    t.articleId = row.integer(2);
    t.anchor.start = int(row.integer(3));
    t.anchor.end = int(row.integer(4));
    t.anchor.quote = row.text(5);
    t.anchor.prefix = row.text(6);
    t.anchor.suffix = row.text(7);
    t.author = row.text(8);
    t.text = row.text(9);
    t.state = row.text(10);
    t.anchor.orphaned = row.integer(11) != 0;
    t.created = Clock::fromStored(row.text(12));
    t.updated = Clock::fromStored(row.text(13));
    t.field = row.text(14);
    return t;
}

} // namespace

const QStringList &AnnotationRepository::commentableFields()
{
    static const QStringList fields = [] {
        QStringList names;
        for (TextField field : textFields())
            names.append(fieldName(field));
        return names;
    }();
    return fields;
}

QString AnnotationRepository::fieldText(const Article &article, const QString &field)
{
    return feder::fieldText(article, textFieldFromName(field).value_or(TextField::Body));
}

qint64 AnnotationRepository::addThread(qint64 articleId, const QString &text, int start, int end,
                                       const QString &author, const QString &comment, const QString &field)
{
    if (start < 0 || end <= start || end > text.size())
        throw StoreError(QCoreApplication::translate("Store", "a comment needs a non-empty range inside the text"));
    if (comment.trimmed().isEmpty())
        throw StoreError(QCoreApplication::translate("Store", "a comment needs a text"));
    if (!commentableFields().contains(field))
        throw StoreError(QCoreApplication::translate("Store", "comments can go on the text or on: %1")
                             .arg(commentableFields().mid(1).join(QLatin1String(", "))));
    const Anchor anchor = Anchor::at(text, start, end);
    const QString now = Clock::nowStored();
    Statement insert(m_db,
        "INSERT INTO annotations (uuid, article_id, field, start_pos, end_pos, quote, prefix, suffix, author, text, "
        "created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, Clock::newUuid()).bind(2, articleId).bind(3, field).bind(4, anchor.start).bind(5, anchor.end)
          .bind(6, anchor.quote).bind(7, anchor.prefix).bind(8, anchor.suffix)
          .bind(9, author).bind(10, comment.trimmed()).bind(11, now).bind(12, now).run();
    return m_db.lastInsertId();
}

qint64 AnnotationRepository::addReply(qint64 threadId, const QString &author, const QString &text)
{
    if (text.trimmed().isEmpty())
        throw StoreError(QCoreApplication::translate("Store", "a reply needs a text"));
    const QString now = Clock::nowStored();
    Statement insert(m_db,
        "INSERT INTO annotations (uuid, article_id, parent_id, author, text, created, updated) "
        "SELECT ?, article_id, id, ?, ?, ?, ? FROM annotations WHERE id = ? AND parent_id IS NULL");
    insert.bind(1, Clock::newUuid()).bind(2, author).bind(3, text.trimmed()).bind(4, now).bind(5, now).bind(6, threadId).run();
    if (m_db.changes() == 0)
        throw StoreError(QCoreApplication::translate("Store", "no such comment thread"));
    return m_db.lastInsertId();
}

void AnnotationRepository::setState(qint64 threadId, const QString &state)
{
    Statement update(m_db, "UPDATE annotations SET state = ?, updated = ? WHERE id = ? AND parent_id IS NULL");
    update.bind(1, state).bind(2, Clock::nowStored()).bind(3, threadId).run();
    if (m_db.changes() == 0)
        throw StoreError(QCoreApplication::translate("Store", "no such comment thread"));
}

void AnnotationRepository::editComment(qint64 commentId, const QString &text)
{
    Statement update(m_db, "UPDATE annotations SET text = ?, updated = ? WHERE id = ?");
    update.bind(1, text.trimmed()).bind(2, Clock::nowStored()).bind(3, commentId).run();
}

void AnnotationRepository::deleteComment(qint64 commentId)
{
    Statement remove(m_db, "DELETE FROM annotations WHERE id = ?");
    remove.bind(1, commentId).run();
}

void AnnotationRepository::saveAnchor(qint64 threadId, const Anchor &anchor)
{
    Statement update(m_db,
        "UPDATE annotations SET start_pos = ?, end_pos = ?, orphaned = ? WHERE id = ?");
    update.bind(1, anchor.start).bind(2, anchor.end).bind(3, anchor.orphaned ? 1 : 0).bind(4, threadId).run();
}

void AnnotationRepository::reanchorAll(const Article &article)
{
    const QList<AnnotationThread> all = threads(article.id);
    for (AnnotationThread thread : all) {
        thread.anchor.reanchor(fieldText(article, thread.field));
        saveAnchor(thread.id, thread.anchor);
    }
}

qint64 AnnotationRepository::insertThread(qint64 articleId, const AnnotationThread &t)
{
    Statement insert(m_db,
        "INSERT INTO annotations (uuid, article_id, start_pos, end_pos, quote, prefix, suffix, author, text, state, "
        "orphaned, created, updated, field) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, t.uuid).bind(2, articleId).bind(3, t.anchor.start).bind(4, t.anchor.end).bind(5, t.anchor.quote)
          .bind(6, t.anchor.prefix).bind(7, t.anchor.suffix).bind(8, t.author).bind(9, t.text).bind(10, t.state)
          .bind(11, t.anchor.orphaned ? 1 : 0).bind(12, Clock::toStored(t.created)).bind(13, Clock::toStored(t.updated))
          .bind(14, commentableFields().contains(t.field) ? t.field : fieldName(TextField::Body)).run();
    return m_db.lastInsertId();
}

qint64 AnnotationRepository::insertReply(qint64 threadId, const Comment &reply)
{
    Statement insert(m_db,
        "INSERT INTO annotations (uuid, article_id, parent_id, author, text, created, updated) "
        "SELECT ?, article_id, id, ?, ?, ?, ? FROM annotations WHERE id = ?");
    insert.bind(1, reply.uuid).bind(2, reply.author).bind(3, reply.text).bind(4, Clock::toStored(reply.created))
          .bind(5, Clock::toStored(reply.updated)).bind(6, threadId).run();
    return m_db.lastInsertId();
}

bool AnnotationRepository::mergeComment(const QString &uuid, const QString &text, const QString &state, const QDateTime &updated)
{
    Statement update(m_db,
        "UPDATE annotations SET text = ?, state = COALESCE(NULLIF(?, ''), state), updated = ? WHERE uuid = ? AND updated < ?");
    update.bind(1, text).bind(2, state).bind(3, Clock::toStored(updated)).bind(4, uuid).bind(5, Clock::toStored(updated)).run();
    return m_db.changes() > 0;
}

QList<AnnotationThread> AnnotationRepository::threads(qint64 articleId)
{
    QList<AnnotationThread> result;
    QHash<qint64, qsizetype> indexById;
    Statement query(m_db, (QByteArray(kSelectThreads) + "ORDER BY start_pos, id").constData());
    query.bind(1, articleId);
    while (query.step()) {
        indexById.insert(query.integer(0), result.size());
        result.append(readThread(query));
    }
    Statement replies(m_db,
        "SELECT id, uuid, author, text, created, updated, parent_id FROM annotations "
        "WHERE article_id = ? AND parent_id IS NOT NULL ORDER BY created, id");
    replies.bind(1, articleId);
    while (replies.step()) {
        const auto parent = indexById.constFind(replies.integer(6));
        if (parent == indexById.constEnd())
            continue;
        result[*parent].replies.append({replies.integer(0), replies.text(1), replies.text(2), replies.text(3),
                                        Clock::fromStored(replies.text(4)), Clock::fromStored(replies.text(5))});
    }
    return result;
}

std::optional<AnnotationRepository::Owner> AnnotationRepository::ownerOf(const QString &uuid)
{
    Statement query(m_db, "SELECT article_id, parent_id IS NOT NULL FROM annotations WHERE uuid = ?");
    query.bind(1, uuid);
    if (!query.step())
        return std::nullopt;
    return Owner{query.integer(0), query.integer(1) != 0};
}

std::optional<AnnotationThread> AnnotationRepository::threadByUuid(qint64 articleId, const QString &uuid)
{
    const QList<AnnotationThread> all = threads(articleId);
    const auto found = std::find_if(all.begin(), all.end(), [&](const AnnotationThread &t) { return t.uuid == uuid; });
    if (found == all.end())
        return std::nullopt;
    return *found;
}

int AnnotationRepository::openThreadCount(qint64 articleId)
{
    Statement query(m_db,
        "SELECT COUNT(*) FROM annotations WHERE article_id = ? AND parent_id IS NULL AND state = 'open'");
    query.bind(1, articleId);
    query.step();
    return int(query.integer(0));
}

} // namespace feder
