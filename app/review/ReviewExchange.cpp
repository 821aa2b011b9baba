#include "ReviewExchange.h"

#include "article/ArticleFile.h"
#include "article/ArticleFileError.h"
#include "ReviewPackage.h"
#include "store/Clock.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace feder::ReviewExchange {

namespace {

QJsonObject commentJson(const QString &uuid, const QString &author, const QString &text, const QDateTime &created,
                        const QDateTime &updated)
{
    return QJsonObject{{QStringLiteral("id"), uuid}, {QStringLiteral("author"), author}, {QStringLiteral("text"), text},
                       {QStringLiteral("created"), Clock::toStored(created)}, {QStringLiteral("updated"), Clock::toStored(updated)}};
}

} // namespace

QByteArray exportArticle(Store &store, const QString &slug)
{
    const std::optional<Article> article = store.articles().findBySlug(slug);
    if (!article)
        throw StoreError(QCoreApplication::translate("Review", "no article with slug '%1'").arg(slug));
    QJsonObject assets;
    if (!article->teaserAsset.isEmpty()) {
        if (const auto asset = store.assets().find(article->teaserAsset)) {
            assets.insert(asset->sha256, QJsonObject{{QStringLiteral("mime"), asset->mime},
                                                     {QStringLiteral("name"), asset->originalName},
                                                     {QStringLiteral("base64"), QString::fromLatin1(asset->bytes.toBase64())}});
        }
    }
    QJsonArray threads;
    for (const AnnotationThread &t : store.annotations().threads(article->id)) {
        QJsonObject thread = commentJson(t.uuid, t.author, t.text, t.created, t.updated);
        QJsonArray replies;
        for (const Comment &reply : t.replies)
            replies.append(commentJson(reply.uuid, reply.author, reply.text, reply.created, reply.updated));
        thread.insert(QStringLiteral("state"), t.state);
        thread.insert(QStringLiteral("field"), t.field);
        thread.insert(QStringLiteral("start"), t.anchor.start);
        thread.insert(QStringLiteral("end"), t.anchor.end);
        thread.insert(QStringLiteral("quote"), t.anchor.quote);
        thread.insert(QStringLiteral("prefix"), t.anchor.prefix);
        thread.insert(QStringLiteral("suffix"), t.anchor.suffix);
        thread.insert(QStringLiteral("orphaned"), t.anchor.orphaned);
        thread.insert(QStringLiteral("replies"), replies);
        threads.append(thread);
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("feder-review")},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("article"), QJsonObject{{QStringLiteral("uuid"), article->uuid},
                                                {QStringLiteral("slug"), article->slug},
                                                {QStringLiteral("file"), QString::fromUtf8(ArticleFile::write(*article))}}},
        {QStringLiteral("assets"), assets},
        {QStringLiteral("threads"), threads},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

[[noreturn]] void refuse(const QString &fileName, const QString &message)
{
    throw ArticleFileError(fileName, 0, message);
}

// Ids come from another store: one that is already used here for something else (another
// article's comment, a reply where a thread is meant) is refused with a message, not left to
// fail as a database constraint.
void requireIdsFit(Store &store, const ReviewPackage &package, qint64 articleId, const QString &fileName)
{
    const auto check = [&](const QString &uuid, bool isReply) {
        const auto owner = store.annotations().ownerOf(uuid);
        if (!owner)
            return;
        if (owner->articleId != articleId)
            refuse(fileName, QCoreApplication::translate("Review", "the comment id %1 belongs to another article in this store").arg(uuid));
        if (owner->isReply != isReply)
            refuse(fileName, QCoreApplication::translate("Review", "the comment id %1 is a %2 here but a %3 in the package")
                                 .arg(uuid, owner->isReply ? QStringLiteral("reply") : QStringLiteral("thread"),
                                      isReply ? QStringLiteral("reply") : QStringLiteral("thread")));
    };
    for (const ReviewPackage::Thread &thread : package.threads) {
        check(thread.uuid, false);
        for (const ReviewPackage::Comment &reply : thread.replies)
            check(reply.uuid, true);
    }
}

} // namespace

ImportReport importReview(Store &store, const QByteArray &json, const QString &fileName)
{
    ReviewPackage package = ReviewPackage::parse(json, fileName);
    ParsedArticleFile &parsed = package.article;
    ImportReport report;
    report.slug = parsed.article.slug;

    Transaction transaction(store.database());
    std::optional<Article> local = store.articles().findBySlug(parsed.article.slug);
    if (local && local->uuid != package.articleUuid)
        refuse(fileName, QCoreApplication::translate("Review", "'%1' in this store is another article than the one in the package (different id); nothing was imported")
                             .arg(parsed.article.slug));
    if (!local) {
        if (package.teaser) { // only a new article takes the package's image; a known one keeps its own
            store.assets().put(package.teaser->bytes, package.teaser->mime, package.teaser->name);
            parsed.article.teaserAsset = package.teaser->sha256;
        }
        if (const auto other = store.articles().slugOfUuid(package.articleUuid))
            refuse(fileName, QCoreApplication::translate("Review", "the article id %1 belongs to '%2' in this store, not to '%3'")
                                 .arg(package.articleUuid, *other, parsed.article.slug));
        Article created = parsed.article;
        created.uuid = package.articleUuid;
        store.articles().save(created);
        local = created;
        report.articleCreated = true;
    } else if (local->body != parsed.article.body) {
        report.conflicts.append(QCoreApplication::translate("Review", "the text of '%1' differs from yours; your text was kept, comments were placed on it")
                                    .arg(parsed.article.slug));
    }
    requireIdsFit(store, package, local->id, fileName);

    const QList<AnnotationThread> existing = store.annotations().threads(local->id);
    QHash<QString, qint64> threadIdByUuid;
    for (const AnnotationThread &thread : existing)
        threadIdByUuid.insert(thread.uuid, thread.id);
    for (const ReviewPackage::Thread &t : std::as_const(package.threads)) {
        qint64 threadId = threadIdByUuid.value(t.uuid);
        if (threadId != 0) {
            if (store.annotations().mergeComment(t.uuid, t.text, t.state, t.updated))
                ++report.commentsUpdated;
        } else {
            AnnotationThread thread;
            thread.uuid = t.uuid;
            thread.author = t.author;
            thread.text = t.text;
            thread.state = t.state;
            thread.created = t.created;
            thread.updated = t.updated;
            thread.anchor.start = t.start;
            thread.anchor.end = t.end;
            thread.anchor.quote = t.quote;
            thread.anchor.prefix = t.prefix;
            thread.anchor.suffix = t.suffix;
            thread.field = t.field;
            // Offsets of the other store may not fit this text.
            thread.anchor.reanchor(AnnotationRepository::fieldText(*local, thread.field));
            threadId = store.annotations().insertThread(local->id, thread);
            ++report.threadsAdded;
        }
        for (const ReviewPackage::Comment &r : t.replies) {
            if (store.annotations().ownerOf(r.uuid)) {
                if (store.annotations().mergeComment(r.uuid, r.text, QString(), r.updated))
                    ++report.commentsUpdated;
                continue;
            }
            store.annotations().insertReply(threadId, Comment{0, r.uuid, r.author, r.text, r.created, r.updated});
            ++report.repliesAdded;
        }
    }
    transaction.commit();
    return report;
}

} // namespace feder::ReviewExchange
