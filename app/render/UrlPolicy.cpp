#include "UrlPolicy.h"

#include <QRegularExpression>
#include <QUrl>

namespace feder::UrlPolicy {

namespace {

// Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so the
// scheme is judged on the URL with those removed.
QString normalised(const QString &url)
{
    QString result;
    result.reserve(url.size());
    for (const QChar c : url) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7F)
            result += c;
    }
    return result;
}

QString schemeOf(const QString &url)
{
    const QString clean = normalised(url);
    const QUrl parsed(clean);
    if (parsed.isValid() && !parsed.scheme().isEmpty())
        return parsed.scheme().toLower();
    // QUrl rejects some hostile forms; fall back to "anything before the first colon that looks like a scheme".
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):"));
    const auto match = scheme.match(clean);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

} // namespace

bool isRemote(const QString &url)
{
    const QString clean = normalised(url);
    const QString scheme = schemeOf(clean);
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") || clean.startsWith(QLatin1String("//"));
}

bool isSafeLink(const QString &url)
{
    const QString scheme = schemeOf(url);
    return scheme.isEmpty() || scheme == QLatin1String("http") || scheme == QLatin1String("https")
           || scheme == QLatin1String("mailto") || scheme == QLatin1String("tel");
}

bool isSafeImage(const QString &url)
{
    const QString scheme = schemeOf(url);
    if (scheme.isEmpty() || scheme == QLatin1String("http") || scheme == QLatin1String("https")
        || scheme == QLatin1String("feder"))
        return true;
    if (scheme == QLatin1String("data")) {
        static const QRegularExpression image(QStringLiteral("^data:image/(png|jpeg|gif|webp)[;,]"),
                                              QRegularExpression::CaseInsensitiveOption);
        return image.match(normalised(url)).hasMatch();
    }
    return false;
}

} // namespace feder::UrlPolicy
