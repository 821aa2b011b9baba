#pragma once

#include "article/Article.h"

#include <QList>
#include <optional>

namespace feder {

class Database;
class AuthorRepository;
class AssetRepository;

// Reads and writes whole articles: the row, its author/category/teaser references and the
// ordered related slugs. The full-text index follows by itself (triggers in the schema).
class ArticleRepository
{
public:
    ArticleRepository(Database &db, AuthorRepository &authors, AssetRepository &assets)
        : m_db(db), m_authors(authors), m_assets(assets) {}

    std::optional<Article> findBySlug(const QString &slug);
    std::optional<Article> findById(qint64 id);
    QList<Article> all();              // ordered by slug
    int count();

    // Inserts when article.id is 0, updates otherwise; sets uuid, id and timestamps.
    void save(Article &article);
    // Replaces only the body (the editor's autosave); returns the new 'updated' time.
    QDateTime saveBody(qint64 id, const QString &body);
    void remove(qint64 id);

private:
    QList<Article> select(const char *whereClause, const QString &parameter);
    void writeRelated(qint64 id, const QStringList &related);

    Database &m_db;
    AuthorRepository &m_authors;
    AssetRepository &m_assets;
};

} // namespace feder
