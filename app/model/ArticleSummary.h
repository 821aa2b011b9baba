#pragma once

#include <QDateTime>
#include <QString>

namespace feder {

// What the library lists: no body, so that 10,000 rows load quickly.
struct ArticleSummary
{
    qint64 id = 0;
    QString slug;
    QString title;
    QString author;
    QString category;
    QString status;          // stored form; see ArticleStatus.h
    QString language;
    int wordCount = 0;
    QDateTime updated;
};

} // namespace feder
