#include "ArticleRepository.h"

#include "AssetRepository.h"
#include "AuthorRepository.h"
#include "Clock.h"
#include "Database.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QHash>

namespace feder {

namespace {

const char *const kSelectArticles =
    "SELECT a.id, a.uuid, a.slug, a.title, a.body_md, a.language, a.status, "
    "       COALESCE(au.name, ''), COALESCE(au.role, ''), COALESCE(c.name, ''), a.excerpt, "
    "       COALESCE(s.sha256, ''), a.teaser_alt, a.seo_title, a.seo_description, a.extra_yaml, "
    "       a.created, a.updated "
    "FROM articles a "
    "LEFT JOIN authors au ON au.id = a.author_id "
    "LEFT JOIN categories c ON c.id = a.category_id "
    "LEFT JOIN assets s ON s.id = a.teaser_asset_id ";

Article readArticle(const Statement &row)
{
    Article a;
    a.id = row.integer(0);
    a.uuid = row.text(1);
    a.slug = row.text(2);
    a.title = row.text(3);
    a.body = row.text(4);
    a.language = row.text(5);
    a.status = row.text(6);
    a.author = row.text(7);
    a.role = row.text(8);
    a.category = row.text(9);
    a.excerpt = row.text(10);
    a.teaserAsset = row.text(11);
    a.teaserAlt = row.text(12);
    a.seoTitle = row.text(13);
    a.seoDescription = row.text(14);
    a.extraYaml = row.text(15);
    a.created = Clock::fromStored(row.text(16));
    a.updated = Clock::fromStored(row.text(17));
    return a;
}

} // namespace

QList<Article> ArticleRepository::select(const char *whereClause, const QString &parameter)
{
    const QByteArray sql = QByteArray(kSelectArticles) + whereClause;
    Statement query(m_db, sql.constData());
    if (!parameter.isNull())
        query.bind(1, parameter);
    QList<Article> result;
    QHash<qint64, qsizetype> indexById;
    while (query.step()) {
        indexById.insert(query.integer(0), result.size());
        result.append(readArticle(query));
    }
    if (result.isEmpty())
        return result;

    // Related slugs: for one article just its rows, for many all rows in one pass.
    const bool single = result.size() == 1;
    Statement related(m_db, single
        ? "SELECT article_id, related_slug FROM article_related WHERE article_id = ? ORDER BY position"
        : "SELECT article_id, related_slug FROM article_related ORDER BY article_id, position");
    if (single)
        related.bind(1, result.first().id);
    while (related.step()) {
        const auto found = indexById.constFind(related.integer(0));
        if (found != indexById.constEnd())
            result[*found].related.append(related.text(1));
    }
    return result;
}

std::optional<Article> ArticleRepository::findBySlug(const QString &slug)
{
    const QList<Article> found = select("WHERE a.slug = ?", slug);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<Article> ArticleRepository::findById(qint64 id)
{
    const QList<Article> found = select("WHERE a.id = ?", QString::number(id));
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Article> ArticleRepository::all()
{
    return select("ORDER BY a.slug", QString());
}

int ArticleRepository::count()
{
    Statement query(m_db, "SELECT COUNT(*) FROM articles");
    query.step();
    return int(query.integer(0));
}

void ArticleRepository::save(Article &article)
{
    const qint64 authorId = article.author.isEmpty() ? 0 : m_authors.ensureAuthor(article.author, article.role);
    const qint64 categoryId = article.category.isEmpty() ? 0 : m_authors.ensureCategory(article.category);
    qint64 assetId = 0;
    if (!article.teaserAsset.isEmpty()) {
        assetId = m_assets.idOf(article.teaserAsset);
        if (assetId == 0) {
            throw StoreError(QCoreApplication::translate("Store", "teaser image %1 is not in the store")
                                 .arg(article.teaserAsset));
        }
    }
    const QString now = Clock::nowStored();
    const bool inserting = article.id == 0;
    if (inserting) {
        if (article.uuid.isEmpty())
            article.uuid = Clock::newUuid();
        article.created = Clock::fromStored(now);
    }
    article.updated = Clock::fromStored(now);

    Statement write(m_db, inserting
        ? "INSERT INTO articles (slug, title, body_md, language, status, author_id, category_id, excerpt, "
          "teaser_asset_id, teaser_alt, seo_title, seo_description, extra_yaml, updated, uuid, created) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"
        : "UPDATE articles SET slug = ?1, title = ?2, body_md = ?3, language = ?4, status = ?5, "
          "author_id = ?6, category_id = ?7, excerpt = ?8, teaser_asset_id = ?9, teaser_alt = ?10, "
          "seo_title = ?11, seo_description = ?12, extra_yaml = ?13, updated = ?14 WHERE id = ?15");
    write.bind(1, article.slug).bind(2, article.title).bind(3, article.body)
         .bind(4, article.language).bind(5, article.status);
    authorId ? write.bind(6, authorId) : write.bindNull(6);
    categoryId ? write.bind(7, categoryId) : write.bindNull(7);
    write.bind(8, article.excerpt);
    assetId ? write.bind(9, assetId) : write.bindNull(9);
    write.bind(10, article.teaserAlt).bind(11, article.seoTitle).bind(12, article.seoDescription)
         .bind(13, article.extraYaml).bind(14, now);
    if (inserting)
        write.bind(15, article.uuid).bind(16, now);
    else
        write.bind(15, article.id);
    write.run();
    if (inserting)
        article.id = m_db.lastInsertId();
    writeRelated(article.id, article.related);
}

QDateTime ArticleRepository::saveBody(qint64 id, const QString &body)
{
    const QString now = Clock::nowStored();
    Statement update(m_db, "UPDATE articles SET body_md = ?, updated = ? WHERE id = ?");
    update.bind(1, body).bind(2, now).bind(3, id).run();
    if (m_db.changes() == 0)
        throw StoreError(QCoreApplication::translate("Store", "the article was deleted meanwhile"));
    return Clock::fromStored(now);
}

void ArticleRepository::remove(qint64 id)
{
    Statement del(m_db, "DELETE FROM articles WHERE id = ?");
    del.bind(1, id).run();
}

void ArticleRepository::writeRelated(qint64 id, const QStringList &related)
{
    Statement clear(m_db, "DELETE FROM article_related WHERE article_id = ?");
    clear.bind(1, id).run();
    Statement insert(m_db, "INSERT INTO article_related (article_id, position, related_slug) VALUES (?, ?, ?)");
    for (int i = 0; i < related.size(); ++i)
        insert.bind(1, id).bind(2, i).bind(3, related.at(i)).run();
}

} // namespace feder
