#include "AnnotationRepository.h"

#include "Clock.h"
#include "Database.h"
#include "StoreError.h"

#include <QCoreApplication>

namespace feder {

qint64 AnnotationRepository::addThread(qint64 articleId, const QString &body, int start, int end,
                                       const QString &author, const QString &text)
{
    if (start < 0 || end <= start || end > body.size())
        throw StoreError(QCoreApplication::translate("Store", "a comment needs a non-empty range inside the text"));
    const QString now = Clock::nowStored();
    const int prefixStart = std::max(0, start - kContextLength);
    Statement insert(m_db,
        "INSERT INTO annotations (uuid, article_id, start_pos, end_pos, quote, prefix, suffix, author, text, "
        "created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, Clock::newUuid()).bind(2, articleId).bind(3, start).bind(4, end)
          .bind(5, body.mid(start, end - start))
          .bind(6, body.mid(prefixStart, start - prefixStart))
          .bind(7, body.mid(end, kContextLength))
          .bind(8, author).bind(9, text).bind(10, now).bind(11, now).run();
    return m_db.lastInsertId();
}

QList<AnnotationThread> AnnotationRepository::threads(qint64 articleId)
{
    QList<AnnotationThread> result;
    Statement query(m_db,
        "SELECT id, uuid, article_id, start_pos, end_pos, quote, prefix, suffix, author, text, state, orphaned, "
        "created FROM annotations WHERE article_id = ? AND parent_id IS NULL ORDER BY start_pos, id");
    query.bind(1, articleId);
    while (query.step()) {
        AnnotationThread t;
        t.id = query.integer(0);
        t.uuid = query.text(1);
        t.articleId = query.integer(2);
        t.start = int(query.integer(3));
        t.end = int(query.integer(4));
        t.quote = query.text(5);
        t.prefix = query.text(6);
        t.suffix = query.text(7);
        t.author = query.text(8);
        t.text = query.text(9);
        t.state = query.text(10);
        t.orphaned = query.integer(11) != 0;
        t.created = Clock::fromStored(query.text(12));
        result.append(t);
    }
    return result;
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
