#include "Article.h"

namespace feder::ArticleVocabulary {

const QStringList &statuses()
{
    static const QStringList values = [] {
        QStringList names;
        for (ArticleStatus status : articleStatuses())
            names.append(statusName(status));
        return names;
    }();
    return values;
}

const QStringList &languages()
{
    static const QStringList values = {
        QStringLiteral("de-DE"), QStringLiteral("de-AT"), QStringLiteral("de-CH"),
        QStringLiteral("en-US")};
    return values;
}

} // namespace feder::ArticleVocabulary
