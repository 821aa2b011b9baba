#include "ReadingTime.h"

#include "markdown/VisibleText.h"

#include <algorithm>

namespace feder::ReadingTime {

int minutes(int words, int wordsPerMinute)
{
    const int perMinute = wordsPerMinute > 0 ? wordsPerMinute : 200;
    return std::max(1, (std::max(0, words) + perMinute - 1) / perMinute);
}

QString text(int minutes)
{
    return QStringLiteral("%1 min.").arg(minutes);
}

QString label(const QString &language, int minutes)
{
    const bool german = language.startsWith(QLatin1String("de"));
    return (german ? QStringLiteral("Lesezeit, %1") : QStringLiteral("Reading time, %1")).arg(text(minutes));
}

} // namespace feder::ReadingTime

namespace feder {

int readingMinutes(const QString &markdown, int wordsPerMinute)
{
    return ReadingTime::minutes(VisibleText::wordCount(markdown), wordsPerMinute);
}

} // namespace feder
