#include "Article.h"

namespace feder::ArticleVocabulary {

const QStringList &statuses()
{
    static const QStringList values = {
        QStringLiteral("draft"), QStringLiteral("review"), QStringLiteral("revision"),
        QStringLiteral("approved"), QStringLiteral("published")};
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
