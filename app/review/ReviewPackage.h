#pragma once

#include "article/ArticleFile.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace feder {

// A .federreview file read and checked, before anything of it reaches the store. A review
// package comes from another machine, so it is treated like any other outside input: every
// field must have its type, ids must be UUIDs, times must be times, the teaser image must be a
// real PNG, JPEG, GIF or WebP whose bytes match its hash, and sizes are bounded. The first
// problem throws ArticleFileError naming the field ("threads[2].replies[0].id: …").
struct ReviewPackage
{
    static constexpr qint64 kMaxBytes = 100 * 1024 * 1024;      // the whole file
    static constexpr qint64 kMaxImageBytes = 50 * 1024 * 1024;  // as for imports
    static constexpr int kMaxThreads = 10000;
    static constexpr int kMaxReplies = 10000;                   // per thread
    static constexpr int kMaxCommentChars = 1024 * 1024;

    struct Comment
    {
        QString uuid;
        QString author;
        QString text;
        QDateTime created;
        QDateTime updated;
    };
    struct Thread : Comment
    {
        QString state;     // open | resolved
        QString field;     // body or a commentable metadata field
        int start = 0;
        int end = 0;
        QString quote, prefix, suffix;
        QList<Comment> replies;
    };
    struct Image
    {
        QString sha256;
        QString mime;      // from the bytes, never from the package
        QString name;
        QByteArray bytes;
    };

    QString articleUuid;
    ParsedArticleFile article;
    std::optional<Image> teaser;   // only the image the article refers to; others are ignored
    QList<Thread> threads;

    // Throws ArticleFileError (with fileName) on the first problem.
    static ReviewPackage parse(const QByteArray &json, const QString &fileName);
    // Refuses a file over kMaxBytes before reading it into memory.
    static QByteArray readFile(const QString &path);
};

} // namespace feder
