#include "SettingsRepository.h"

#include "Database.h"

namespace feder {

namespace {
const QString kWordsPerMinute = QStringLiteral("reading.words_per_minute");
const QString kGenderStyle = QStringLiteral("spelling.gender");
}

QString SettingsRepository::value(const QString &key, const QString &fallback)
{
    Statement query(m_db, "SELECT value FROM settings WHERE key = ?");
    query.bind(1, key);
    return query.step() ? query.text(0) : fallback;
}

void SettingsRepository::setValue(const QString &key, const QString &value)
{
    Statement upsert(m_db,
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    upsert.bind(1, key).bind(2, value).run();
}

int SettingsRepository::wordsPerMinute()
{
    bool ok = false;
    const int stored = value(kWordsPerMinute).toInt(&ok);
    return ok && stored > 0 ? stored : kDefaultWordsPerMinute;
}

void SettingsRepository::setWordsPerMinute(int wordsPerMinute)
{
    setValue(kWordsPerMinute, QString::number(wordsPerMinute));
}

QString SettingsRepository::genderStyle()
{
    return value(kGenderStyle);
}

void SettingsRepository::setGenderStyle(const QString &setting)
{
    setValue(kGenderStyle, setting);
}

} // namespace feder
