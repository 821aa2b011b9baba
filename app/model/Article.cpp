#include "Article.h"

#include <QCoreApplication>

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

QString languageLabel(const QString &code)
{
    if (code == QLatin1String("de-DE"))
        return QCoreApplication::translate("ArticleVocabulary", "German (Germany)");
    if (code == QLatin1String("de-AT"))
        return QCoreApplication::translate("ArticleVocabulary", "German (Austria)");
    if (code == QLatin1String("de-CH"))
        return QCoreApplication::translate("ArticleVocabulary", "German (Switzerland)");
    if (code == QLatin1String("en-US"))
        return QCoreApplication::translate("ArticleVocabulary", "English (US)");
    return code;
}

} // namespace feder::ArticleVocabulary
