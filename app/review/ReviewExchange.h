#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace feder {

class Store;

// The offline round trip between machines: an article with its review threads as one
// .federreview file (JSON: the article in the canonical file format, its teaser image, every
// thread and reply with UUID and times). Importing merges by UUID: new threads and replies are
// added, a comment edited on both sides keeps the later version, and a body that differs from the
// local one is reported, never overwritten.
namespace ReviewExchange {

constexpr int kFormatVersion = 1;

struct ImportReport
{
    QString slug;
    bool articleCreated = false;
    int threadsAdded = 0;
    int repliesAdded = 0;
    int commentsUpdated = 0;
    QStringList conflicts;   // what was kept local, in words for the user
};

// Throws StoreError when the slug is unknown.
QByteArray exportArticle(Store &store, const QString &slug);
// Throws StoreError / ArticleFileError on bad files; one transaction: all or nothing.
ImportReport importReview(Store &store, const QByteArray &json, const QString &fileName);

} // namespace ReviewExchange

} // namespace feder
