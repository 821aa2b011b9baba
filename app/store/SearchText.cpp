#include "SearchText.h"

#include <QRegularExpression>
#include <QStringList>

namespace feder {

QString foldForSearch(const QString &text)
{
    QString lower = text.toLower();
    lower.replace(QChar(0x00E4), QLatin1String("ae"))
        .replace(QChar(0x00F6), QLatin1String("oe"))
        .replace(QChar(0x00FC), QLatin1String("ue"))
        .replace(QChar(0x00DF), QLatin1String("ss"))
        .replace(QChar(0x1E9E), QLatin1String("ss"));
    const QString decomposed = lower.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c;
    }
    return folded;
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
