#pragma once

#include "Outcome.h"
#include "model/Article.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace feder {

class Store;

// Writing articles: creating, duplicating, saving the body and the metadata, adding images and
// taking revisions. Each call is one transaction; a failure leaves the store as it was and says why.
class ArticleService
{
public:
    explicit ArticleService(Store &store) : m_store(store) {}

    // A new draft with a unique slug; the value is its id.
    // A new draft; `language` one of ArticleVocabulary::languages() (empty: the default).
    Result<qint64> create(const QString &title, const QString &language = {});
    // A draft copy („Kopie von …“, slug …-kopie) of an article; the value is the copy's id.
    Result<qint64> duplicate(qint64 id);

    struct BodySaved
    {
        QDateTime updated;
        // The store held another body than `loadedBody` (another program, a restore): that body
        // was kept as a "conflict" revision before this one replaced it, so neither is lost.
        bool changedElsewhere = false;
    };
    // With a revision reason ("save" for Ctrl+S, "auto"), the saved state is also kept as a
    // revision, in the same transaction.
    Result<BodySaved> saveBody(qint64 id, const QString &loadedBody, const QString &body, const QString &revisionReason = {});

    // Saves title, slug, people, teaser, SEO, related and status. A status change is recorded
    // (with who and when, and a revision) as part of the same write. The value is the article
    // as stored (normalised slug, resolved references).
    Result<Article> saveMetadata(const Article &article);

    // Stores an image's bytes once (content-addressed); the value is its SHA-256 for the article.
    Result<QString> addImage(const QByteArray &bytes, const QString &mime, const QString &fileName);

    // A snapshot of the stored article (reason: "save", "auto", "conflict", …; name optional).
    Outcome takeRevision(qint64 id, const QString &reason, const QString &name = {});

    // Which article the window showed last, so the next start opens it again.
    Outcome rememberLastOpened(const QString &slug);
    QString lastOpened();

private:
    Store &m_store;
};

} // namespace feder
