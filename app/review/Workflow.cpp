#include "Workflow.h"

#include "article/ArticleFile.h"
#include "model/ArticleStatus.h"
#include "store/Clock.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace feder::Workflow {

void recordStatusChange(Store &store, const Article &article, const QString &from, const QString &who)
{
    if (from == article.status)
        return;
    Statement insert(store.database(),
        "INSERT INTO status_changes (uuid, article_id, from_status, to_status, who, at) VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, Clock::newUuid()).bind(2, article.id).bind(3, from).bind(4, article.status).bind(5, who)
          .bind(6, Clock::nowStored()).run();
    store.revisions().add(article, QStringLiteral("status"), QStringLiteral("Status: %1").arg(statusLabel(article.status)));
}

QList<StatusChange> history(Store &store, qint64 articleId)
{
    QList<StatusChange> result;
    Statement query(store.database(),
        "SELECT from_status, to_status, who, at FROM status_changes WHERE article_id = ? ORDER BY at, id");
    query.bind(1, articleId);
    while (query.step())
        result.append({query.text(0), query.text(1), query.text(2), Clock::fromStored(query.text(3))});
    return result;
}

bool needsConfirmation(Store &store, const Article &article, const QString &to)
{
    return statusFromName(to) == ArticleStatus::Approved && article.id != 0 && store.annotations().openThreadCount(article.id) > 0;
}

Article restore(Store &store, qint64 articleId, qint64 revisionId, const QString &who)
{
    const std::optional<Article> current = store.articles().findById(articleId);
    const std::optional<Revision> revision = store.revisions().find(revisionId);
    if (!current || !revision)
        throw StoreError(QCoreApplication::translate("Review", "the revision or its article no longer exists"));
    Article restored = ArticleFile::parse(revision->snapshot.toUtf8(), QStringLiteral("revision")).article;
    const QString sha = ArticleFile::sha256FromAssetReference(
        ArticleFile::parse(revision->snapshot.toUtf8(), QStringLiteral("revision")).teaserImage);
    restored.teaserAsset = sha.isEmpty() || !store.assets().idOf(sha) ? QString() : sha;
    restored.id = current->id;
    restored.uuid = current->uuid;
    restored.created = current->created;
    restored.slug = current->slug == restored.slug || !store.articles().slugExists(restored.slug, current->id) ? restored.slug : current->slug;
    store.revisions().add(*current, QStringLiteral("restore"), QStringLiteral("Vor der Wiederherstellung"));
    store.articles().save(restored);
    if (restored.status != current->status) {
        Statement insert(store.database(),
            "INSERT INTO status_changes (uuid, article_id, from_status, to_status, who, at) VALUES (?, ?, ?, ?, ?, ?)");
        insert.bind(1, Clock::newUuid()).bind(2, restored.id).bind(3, current->status).bind(4, restored.status)
              .bind(5, who).bind(6, Clock::nowStored()).run();
    }
    store.annotations().reanchorAll(restored);
    return restored;
}

} // namespace feder::Workflow
