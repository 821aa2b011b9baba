#include "SearchText.h"

#include "article/Slug.h"

#include <QRegularExpression>
#include <QStringList>

namespace feder {

QString foldForSearch(const QString &text)
{
    return foldGerman(text);
}

QString ftsQuery(const QString &userInput)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = foldForSearch(userInput).split(nonWord, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString &word : words)
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*")); // quoted: no FTS5 syntax from users
    return terms.join(QLatin1Char(' '));
}

} // namespace feder
