#include "ReviewExchange.h"

#include "article/ArticleFile.h"
#include "article/ArticleFileError.h"
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

QDateTime timeOf(const QJsonObject &object, const char *key)
{
    return Clock::fromStored(object.value(QLatin1String(key)).toString());
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

ImportReport importReview(Store &store, const QByteArray &json, const QString &fileName)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (document.isNull())
        throw ArticleFileError(fileName, 0, QCoreApplication::translate("Review", "not a review file (%1)").arg(error.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("feder-review"))
        throw ArticleFileError(fileName, 0, QCoreApplication::translate("Review", "not a Feder review file"));
    if (root.value(QStringLiteral("version")).toInt() > kFormatVersion)
        throw ArticleFileError(fileName, 0, QCoreApplication::translate("Review", "written by a newer Feder (review format %1)").arg(root.value(QStringLiteral("version")).toInt()));

    const QJsonObject articleJson = root.value(QStringLiteral("article")).toObject();
    ParsedArticleFile parsed = ArticleFile::parse(articleJson.value(QStringLiteral("file")).toString().toUtf8(), fileName);
    ImportReport report;
    report.slug = parsed.article.slug;

    Transaction transaction(store.database());
    const QJsonObject assets = root.value(QStringLiteral("assets")).toObject();
    for (auto it = assets.begin(); it != assets.end(); ++it) {
        const QJsonObject asset = it.value().toObject();
        store.assets().put(QByteArray::fromBase64(asset.value(QStringLiteral("base64")).toString().toLatin1()),
                           asset.value(QStringLiteral("mime")).toString(), asset.value(QStringLiteral("name")).toString());
    }
    const QString sha = ArticleFile::sha256FromAssetReference(parsed.teaserImage);
    if (!sha.isEmpty() && store.assets().idOf(sha))
        parsed.article.teaserAsset = sha;

    std::optional<Article> local = store.articles().findBySlug(parsed.article.slug);
    if (!local) {
        Article created = parsed.article;
        created.uuid = articleJson.value(QStringLiteral("uuid")).toString();
        store.articles().save(created);
        local = created;
        report.articleCreated = true;
    } else if (local->body != parsed.article.body) {
        report.conflicts.append(QCoreApplication::translate("Review", "the text of '%1' differs from yours; your text was kept, comments were placed on it")
                                    .arg(parsed.article.slug));
    }

    const QList<AnnotationThread> existing = store.annotations().threads(local->id);
    QHash<QString, const AnnotationThread *> byUuid;
    QSet<QString> knownReplies;
    for (const AnnotationThread &thread : existing) {
        byUuid.insert(thread.uuid, &thread);
        for (const Comment &reply : thread.replies)
            knownReplies.insert(reply.uuid);
    }
    for (const QJsonValue &value : root.value(QStringLiteral("threads")).toArray()) {
        const QJsonObject t = value.toObject();
        const QString uuid = t.value(QStringLiteral("id")).toString();
        qint64 threadId = 0;
        if (const auto found = byUuid.constFind(uuid); found != byUuid.constEnd()) {
            threadId = (*found)->id;
            if (store.annotations().mergeComment(uuid, t.value(QStringLiteral("text")).toString(),
                                                 t.value(QStringLiteral("state")).toString(), timeOf(t, "updated")))
                ++report.commentsUpdated;
        } else {
            AnnotationThread thread;
            thread.uuid = uuid;
            thread.author = t.value(QStringLiteral("author")).toString();
            thread.text = t.value(QStringLiteral("text")).toString();
            thread.state = t.value(QStringLiteral("state")).toString() == QLatin1String("resolved") ? QStringLiteral("resolved") : QStringLiteral("open");
            thread.created = timeOf(t, "created");
            thread.updated = timeOf(t, "updated");
            thread.anchor.start = t.value(QStringLiteral("start")).toInt();
            thread.anchor.end = t.value(QStringLiteral("end")).toInt();
            thread.anchor.quote = t.value(QStringLiteral("quote")).toString();
            thread.anchor.prefix = t.value(QStringLiteral("prefix")).toString();
            thread.anchor.suffix = t.value(QStringLiteral("suffix")).toString();
            thread.field = t.value(QStringLiteral("field")).toString(QStringLiteral("body"));
            // Offsets of the other store may not fit this text.
            thread.anchor.reanchor(AnnotationRepository::fieldText(*local, thread.field));
            threadId = store.annotations().insertThread(local->id, thread);
            ++report.threadsAdded;
        }
        for (const QJsonValue &replyValue : t.value(QStringLiteral("replies")).toArray()) {
            const QJsonObject r = replyValue.toObject();
            const QString replyUuid = r.value(QStringLiteral("id")).toString();
            if (knownReplies.contains(replyUuid)) {
                if (store.annotations().mergeComment(replyUuid, r.value(QStringLiteral("text")).toString(), QString(), timeOf(r, "updated")))
                    ++report.commentsUpdated;
                continue;
            }
            store.annotations().insertReply(threadId, Comment{0, replyUuid, r.value(QStringLiteral("author")).toString(),
                                                              r.value(QStringLiteral("text")).toString(), timeOf(r, "created"),
                                                              timeOf(r, "updated")});
            knownReplies.insert(replyUuid);
            ++report.repliesAdded;
        }
    }
    transaction.commit();
    return report;
}

} // namespace feder::ReviewExchange
