#include "RevisionRepository.h"

#include "Clock.h"
#include "Database.h"
#include "article/ArticleFile.h"
#include "model/Article.h"

namespace feder {

qint64 RevisionRepository::add(const Article &article, const QString &reason, const QString &name)
{
    Statement insert(m_db,
        "INSERT INTO revisions (uuid, article_id, name, reason, snapshot, created) VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, Clock::newUuid()).bind(2, article.id).bind(3, name).bind(4, reason)
          .bind(5, QString::fromUtf8(ArticleFile::write(article))).bind(6, Clock::nowStored()).run();
    return m_db.lastInsertId();
}

QList<Revision> RevisionRepository::forArticle(qint64 articleId)
{
    QList<Revision> result;
    Statement query(m_db,
        "SELECT id, uuid, name, reason, snapshot, created FROM revisions WHERE article_id = ? ORDER BY created, id");
    query.bind(1, articleId);
    while (query.step()) {
        result.append({query.integer(0), query.text(1), query.text(2), query.text(3), query.text(4),
                       Clock::fromStored(query.text(5))});
    }
    return result;
}

std::optional<Revision> RevisionRepository::find(qint64 revisionId)
{
    Statement query(m_db, "SELECT id, uuid, name, reason, snapshot, created FROM revisions WHERE id = ?");
    query.bind(1, revisionId);
    if (!query.step())
        return std::nullopt;
    return Revision{query.integer(0), query.text(1), query.text(2), query.text(3), query.text(4), Clock::fromStored(query.text(5))};
}

void RevisionRepository::rename(qint64 revisionId, const QString &name)
{
    Statement update(m_db, "UPDATE revisions SET name = ? WHERE id = ?");
    update.bind(1, name.trimmed()).bind(2, revisionId).run();
}

} // namespace feder
