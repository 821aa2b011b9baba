#include "Containers.h"

#include <QRegularExpression>
#include <QStringList>

namespace feder::Containers {

namespace {
const QRegularExpression &openingPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^ {0,3}:{3,}\\s*([A-Za-z][A-Za-z0-9_-]*)\\s*$"));
    return pattern;
}
const QRegularExpression &closingPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^ {0,3}:{3,}\\s*$"));
    return pattern;
}
} // namespace

QString openingName(QStringView line)
{
    const auto match = openingPattern().match(line);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

bool isClosing(QStringView line)
{
    return closingPattern().match(line).hasMatch();
}

bool isMarker(QStringView line)
{
    return isClosing(line) || !openingName(line).isEmpty();
}

QString withoutMarkers(const QString &body)
{
    QStringList lines = body.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (isMarker(line))
            line.clear();
    }
    return lines.join(QLatin1Char('\n'));
}

QString maskMarkers(const QString &body)
{
    QStringList lines = body.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (isMarker(line))
            line.fill(QLatin1Char(' '));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace feder::Containers
