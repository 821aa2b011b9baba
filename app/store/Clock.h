#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace feder::Clock {

// Timestamps are stored as ISO-8601 UTC with milliseconds, so they sort as text.
inline QString toStored(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QString nowStored()
{
    return toStored(QDateTime::currentDateTimeUtc());
}

inline QDateTime fromStored(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace feder::Clock
