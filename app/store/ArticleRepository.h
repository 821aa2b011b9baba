#pragma once

#include "model/Article.h"
#include "model/ArticleSummary.h"

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
    // The slug of the article with this UUID (also in the trash), if any.
    std::optional<QString> slugOfUuid(const QString &uuid);
    QList<Article> all();              // ordered by slug
    QList<ArticleSummary> summaries(); // ordered by slug
    std::optional<ArticleSummary> summary(qint64 id);
    int count();
    int wordCount(qint64 id);
    bool slugExists(const QString &slug, qint64 exceptId = 0);
    // A free slug: the base itself, else base-2, base-3, …
    QString uniqueSlug(const QString &base, qint64 exceptId = 0);

    // Full-text search over title, excerpt and body (German folding, prefix matching);
    // ids ranked best first (title hits weigh most).
    QList<qint64> search(const QString &userQuery, int limit = 500);

    // Inserts when article.id is 0, updates otherwise; sets uuid, id and timestamps.
    void save(Article &article);
    // The stored body alone (the editor checks it was not changed elsewhere before it saves).
    std::optional<QString> storedBody(qint64 id);
    // Replaces only the body (the editor's autosave); returns the new 'updated' time.
    QDateTime saveBody(qint64 id, const QString &body);
    // Replaces everything but the body (the metadata panel); a changed slug is followed by the
    // related lists of other articles.
    void saveMetadata(Article &article);
    void remove(qint64 id);               // for good (with its revisions and comments)

    // The trash: a trashed article disappears from every list and lookup (related teasers show
    // it as missing) but keeps its slug, revisions and comments until the trash is emptied.
    void moveToTrash(qint64 id);
    void restoreFromTrash(qint64 id);
    QList<ArticleSummary> trash();         // newest first; 'updated' holds the deletion time
    void emptyTrash();

private:
    QList<Article> select(const char *whereClause, const QString &parameter);
    QList<ArticleSummary> selectSummaries(const char *condition, qint64 id);
    void writeRelated(qint64 id, const QStringList &related);
    void index(qint64 id, const QString &title, const QString &excerpt, const QString &body);
    struct References { qint64 author = 0; qint64 category = 0; qint64 asset = 0; };
    References resolveReferences(const Article &article);

    Database &m_db;
    AuthorRepository &m_authors;
    AssetRepository &m_assets;
};

} // namespace feder
