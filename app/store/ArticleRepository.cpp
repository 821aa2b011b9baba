#include "ArticleRepository.h"

#include "AssetRepository.h"
#include "AuthorRepository.h"
#include "Clock.h"
#include "Database.h"
#include "SearchText.h"
#include "StoreError.h"
#include "markdown/VisibleText.h"

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
    // Articles in the trash are invisible to everything but the trash itself.
    QByteArray clause(whereClause);
    clause = clause.startsWith("WHERE ") ? "WHERE a.deleted IS NULL AND " + clause.mid(6)
                                         : "WHERE a.deleted IS NULL " + clause;
    const QByteArray sql = QByteArray(kSelectArticles) + clause;
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
    Statement query(m_db, "SELECT COUNT(*) FROM articles WHERE deleted IS NULL");
    query.step();
    return int(query.integer(0));
}

ArticleRepository::References ArticleRepository::resolveReferences(const Article &article)
{
    References refs;
    refs.author = article.author.isEmpty() ? 0 : m_authors.ensureAuthor(article.author, article.role);
    refs.category = article.category.isEmpty() ? 0 : m_authors.ensureCategory(article.category);
    if (!article.teaserAsset.isEmpty()) {
        refs.asset = m_assets.idOf(article.teaserAsset);
        if (refs.asset == 0) {
            throw StoreError(QCoreApplication::translate("Store", "teaser image %1 is not in the store")
                                 .arg(article.teaserAsset));
        }
    }
    return refs;
}

void ArticleRepository::index(qint64 id, const QString &title, const QString &excerpt, const QString &body)
{
    Statement remove(m_db, "DELETE FROM article_fts WHERE rowid = ?");
    remove.bind(1, id).run();
    Statement insert(m_db, "INSERT INTO article_fts (rowid, title, excerpt, body) VALUES (?, ?, ?, ?)");
    insert.bind(1, id).bind(2, foldForSearch(title)).bind(3, foldForSearch(excerpt)).bind(4, foldForSearch(body)).run();
}

void ArticleRepository::save(Article &article)
{
    const References refs = resolveReferences(article);
    const qint64 authorId = refs.author;
    const qint64 categoryId = refs.category;
    const qint64 assetId = refs.asset;
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
    Statement words(m_db, "UPDATE articles SET word_count = ? WHERE id = ?");
    words.bind(1, VisibleText::wordCount(article.body)).bind(2, article.id).run();
    index(article.id, article.title, article.excerpt, article.body);
}

void ArticleRepository::saveMetadata(Article &article)
{
    const std::optional<Article> stored = findById(article.id);
    if (!stored)
        throw StoreError(QCoreApplication::translate("Store", "the article was deleted meanwhile"));
    if (article.slug != stored->slug && slugExists(article.slug, article.id))
        throw StoreError(QCoreApplication::translate("Store", "the slug '%1' is already used by another article").arg(article.slug));
    const References refs = resolveReferences(article);
    const QString now = Clock::nowStored();
    Statement write(m_db,
        "UPDATE articles SET slug = ?1, title = ?2, language = ?3, status = ?4, author_id = ?5, category_id = ?6, "
        "excerpt = ?7, teaser_asset_id = ?8, teaser_alt = ?9, seo_title = ?10, seo_description = ?11, "
        "extra_yaml = ?12, updated = ?13 WHERE id = ?14");
    write.bind(1, article.slug).bind(2, article.title).bind(3, article.language).bind(4, article.status);
    refs.author ? write.bind(5, refs.author) : write.bindNull(5);
    refs.category ? write.bind(6, refs.category) : write.bindNull(6);
    write.bind(7, article.excerpt);
    refs.asset ? write.bind(8, refs.asset) : write.bindNull(8);
    write.bind(9, article.teaserAlt).bind(10, article.seoTitle).bind(11, article.seoDescription)
         .bind(12, article.extraYaml).bind(13, now).bind(14, article.id).run();
    writeRelated(article.id, article.related);
    if (article.slug != stored->slug) {
        Statement follow(m_db, "UPDATE article_related SET related_slug = ? WHERE related_slug = ?");
        follow.bind(1, article.slug).bind(2, stored->slug).run();
    }
    index(article.id, article.title, article.excerpt, stored->body);
    article.body = stored->body;
    article.updated = Clock::fromStored(now);
}

QList<ArticleSummary> ArticleRepository::summaries()
{
    return selectSummaries("", 0);
}

std::optional<ArticleSummary> ArticleRepository::summary(qint64 id)
{
    const QList<ArticleSummary> found = selectSummaries("AND a.id = ?1 ", id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<ArticleSummary> ArticleRepository::selectSummaries(const char *condition, qint64 id)
{
    QList<ArticleSummary> result;
    const QByteArray sql = QByteArray(
        "SELECT a.id, a.slug, a.title, COALESCE(au.name, ''), COALESCE(c.name, ''), a.status, a.language, "
        "       a.word_count, a.updated "
        "FROM articles a LEFT JOIN authors au ON au.id = a.author_id "
        "LEFT JOIN categories c ON c.id = a.category_id WHERE a.deleted IS NULL ")
        + condition + "ORDER BY a.slug";
    Statement query(m_db, sql.constData());
    if (id)
        query.bind(1, id);
    while (query.step()) {
        result.append({query.integer(0), query.text(1), query.text(2), query.text(3), query.text(4), query.text(5),
                       query.text(6), int(query.integer(7)), Clock::fromStored(query.text(8))});
    }
    return result;
}

int ArticleRepository::wordCount(qint64 id)
{
    Statement query(m_db, "SELECT word_count FROM articles WHERE id = ?");
    query.bind(1, id);
    return query.step() ? int(query.integer(0)) : 0;
}

bool ArticleRepository::slugExists(const QString &slug, qint64 exceptId)
{
    Statement query(m_db, "SELECT 1 FROM articles WHERE slug = ? AND id != ?");
    query.bind(1, slug).bind(2, exceptId);
    return query.step();
}

QString ArticleRepository::uniqueSlug(const QString &base, qint64 exceptId)
{
    QString candidate = base;
    for (int n = 2; slugExists(candidate, exceptId); ++n)
        candidate = QStringLiteral("%1-%2").arg(base).arg(n);
    return candidate;
}

QList<qint64> ArticleRepository::search(const QString &userQuery, int limit)
{
    QList<qint64> ids;
    const QString query = ftsQuery(userQuery);
    if (query.isEmpty())
        return ids;
    Statement select(m_db,
        "SELECT f.rowid FROM article_fts f JOIN articles a ON a.id = f.rowid "
        "WHERE article_fts MATCH ? AND a.deleted IS NULL ORDER BY bm25(article_fts, 10.0, 4.0, 1.0) LIMIT ?");
    select.bind(1, query).bind(2, limit);
    while (select.step())
        ids.append(select.integer(0));
    return ids;
}

std::optional<QString> ArticleRepository::slugOfUuid(const QString &uuid)
{
    Statement select(m_db, "SELECT slug FROM articles WHERE uuid = ?");
    select.bind(1, uuid);
    if (!select.step())
        return std::nullopt;
    return select.text(0);
}

std::optional<QString> ArticleRepository::storedBody(qint64 id)
{
    Statement select(m_db, "SELECT body_md FROM articles WHERE id = ?");
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    return select.text(0);
}

QDateTime ArticleRepository::saveBody(qint64 id, const QString &body)
{
    const QString now = Clock::nowStored();
    Statement update(m_db, "UPDATE articles SET body_md = ?, word_count = ?, updated = ? WHERE id = ?");
    update.bind(1, body).bind(2, VisibleText::wordCount(body)).bind(3, now).bind(4, id).run();
    if (m_db.changes() == 0)
        throw StoreError(QCoreApplication::translate("Store", "the article was deleted meanwhile"));
    Statement meta(m_db, "SELECT title, excerpt FROM articles WHERE id = ?");
    meta.bind(1, id);
    meta.step();
    index(id, meta.text(0), meta.text(1), body);
    return Clock::fromStored(now);
}

void ArticleRepository::remove(qint64 id)
{
    Statement del(m_db, "DELETE FROM articles WHERE id = ?");
    del.bind(1, id).run();
    Statement unindex(m_db, "DELETE FROM article_fts WHERE rowid = ?");
    unindex.bind(1, id).run();
}

void ArticleRepository::moveToTrash(qint64 id)
{
    Statement trash(m_db, "UPDATE articles SET deleted = ? WHERE id = ? AND deleted IS NULL");
    trash.bind(1, Clock::nowStored()).bind(2, id).run();
}

void ArticleRepository::restoreFromTrash(qint64 id)
{
    Statement restore(m_db, "UPDATE articles SET deleted = NULL WHERE id = ?");
    restore.bind(1, id).run();
}

QList<ArticleSummary> ArticleRepository::trash()
{
    QList<ArticleSummary> result;
    Statement query(m_db,
        "SELECT a.id, a.slug, a.title, COALESCE(au.name, ''), COALESCE(c.name, ''), a.status, a.language, "
        "       a.word_count, a.deleted "
        "FROM articles a LEFT JOIN authors au ON au.id = a.author_id "
        "LEFT JOIN categories c ON c.id = a.category_id WHERE a.deleted IS NOT NULL ORDER BY a.deleted DESC");
    while (query.step()) {
        result.append({query.integer(0), query.text(1), query.text(2), query.text(3), query.text(4), query.text(5),
                       query.text(6), int(query.integer(7)), Clock::fromStored(query.text(8))});
    }
    return result;
}

void ArticleRepository::emptyTrash()
{
    Statement ids(m_db, "SELECT id FROM articles WHERE deleted IS NOT NULL");
    QList<qint64> trashed;
    while (ids.step())
        trashed.append(ids.integer(0));
    for (const qint64 id : std::as_const(trashed))
        remove(id);
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
