#include "Slug.h"

#include <QRegularExpression>

namespace feder {

namespace {
constexpr int kMaxSlugLength = 80;
}

QString foldGerman(const QString &text)
{
    QString lower = text.toLower();
    // German transliteration first: decomposition would otherwise turn ä into a plain a.
    lower.replace(QChar(0x00E4), QLatin1String("ae"))
        .replace(QChar(0x00F6), QLatin1String("oe"))
        .replace(QChar(0x00FC), QLatin1String("ue"))
        .replace(QChar(0x00DF), QLatin1String("ss"))
        .replace(QChar(0x1E9E), QLatin1String("ss"));
    const QString decomposed = lower.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) // accents left over: é → e
            folded += c;
    }
    return folded;
}

QString slugFromTitle(const QString &title)
{
    const QString text = foldGerman(title);
    QString slug;
    slug.reserve(text.size());
    bool pendingHyphen = false;
    for (const QChar c : text) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (pendingHyphen && !slug.isEmpty())
                slug += QLatin1Char('-');
            pendingHyphen = false;
            slug += c;
        } else {
            pendingHyphen = true;
        }
    }
    if (slug.size() > kMaxSlugLength) {
        slug.truncate(kMaxSlugLength);
        const int lastHyphen = int(slug.lastIndexOf(QLatin1Char('-')));
        if (lastHyphen > kMaxSlugLength / 2)
            slug.truncate(lastHyphen);
    }
    return slug;
}

bool isValidSlug(const QString &slug)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return slug.size() <= kMaxSlugLength && pattern.match(slug).hasMatch();
}

} // namespace feder
