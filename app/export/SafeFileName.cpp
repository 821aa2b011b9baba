#include "SafeFileName.h"

#include "article/Slug.h"

#include <QRegularExpression>
#include <QStringList>

namespace feder {

QString safeFileName(const QString &slug)
{
    // slugFromTitle() keeps only [a-z0-9] runs joined by single hyphens and bounds the length.
    QString name = slugFromTitle(slug);
    static const QRegularExpression reserved(QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])$"));
    if (reserved.match(name).hasMatch())
        name += QStringLiteral("-artikel");
    if (name.isEmpty())
        name = QStringLiteral("artikel");
    return name;
}

bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')) || path.contains(QChar(0)))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return std::none_of(parts.begin(), parts.end(), [](const QString &part) {
        return part.isEmpty() || part.startsWith(QLatin1Char('.'));
    });
}

} // namespace feder
